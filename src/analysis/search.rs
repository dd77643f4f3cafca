//! Critical points in a window of one or two axes, the other parameters held fixed: one entry
//! per isolated critical point, however degenerate; each continuum as curves, every branch
//! traced and split where its kind changes; a flat region as one entry.
//!
//! 1. Newton's method on the exact gradient restricted to the axes runs from a grid of starts
//!    (plus the window's centre, θ′ and the origin when inside), extrapolated where a
//!    degenerate point slows it ([`crate::analysis::newton`]), to the critical point to rounding.
//! 2. An end where the plane's Hessian has one zero eigenvalue may lie on a curve of critical
//!    points, which is traced ([`crate::analysis::trace`]); one where it vanishes may be a
//!    crossing of curves, whose branches are traced from probes around it, or a flat region.
//!    Ends on a traced curve or in a region are absorbed by it.
//! 3. The other ends are merged into one point each and rounded for display
//!    ([`crate::analysis::isolated`]); curves are split by kind ([`crate::analysis::pieces`]);
//!    every entry gets the full n×n analysis.

use nalgebra::DVector;
use serde::Serialize;

use crate::analysis::analyze::Analysis;
use crate::analysis::budget::{Budget, OutOfWork};
use crate::analysis::isolated::{flat_between, merge};
use crate::analysis::newton::{converge, Limits, Slice, SAME_POINT};
use crate::analysis::pieces::{analysis_in_search, pieces};
use crate::analysis::trace::{on_any, Curve, Shape, Tracer};
use crate::analysis::verdict::{Kind, RefinedReason, Tolerances};
use crate::formula::tape::Tape;

/// Starts per axis: 12×12 in two dimensions, 48 along one.
const STARTS_2D: usize = 12;
const STARTS_1D: usize = 48;
/// Newton steps per start.
const NEWTON_STEPS: usize = 60;
/// The most entries reported: beyond this a window holds too many to read anyway.
const MAX_POINTS: usize = 100;
/// The tracer's step, as a share of the window's half-width (1/128 of the window).
const TRACE_STEP: f64 = 1.0 / 64.0;
/// Newton's steps shorter than this share of the half-width cannot improve a point.
const RESOLUTION: f64 = 1e-13;
/// An end this close to a traced curve (share of the half-width) lies on it: a little more
/// than a chord of the polyline strays from the curve.
const ON_CURVE: f64 = 2e-3;

/// The window to search: the axes (parameter indices), their ranges, and a full θ that fixes
/// every other parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct Window {
    pub axes: Vec<usize>,
    pub ranges: Vec<(f64, f64)>,
    pub at: Vec<f64>,
}

/// One critical point, one piece of a curve of them, or one flat region.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CriticalPoint {
    /// The full θ (for a curve, its middle point; for a region, one of its points).
    pub point: Vec<f64>,
    pub value: f64,
    /// The full n×n analysis at `point`.
    pub kind: Kind,
    pub refined: Kind,
    pub refined_reason: Option<RefinedReason>,
    pub eigenvalues: Vec<f64>,
    /// For a continuum of critical points, full θ points along it in order (a closed curve
    /// repeats its first point at the end); `point` is one of them.
    pub curve: Option<Vec<Vec<f64>>>,
    /// A whole region where the loss is flat (every point critical): this entry stands for it.
    pub region: bool,
}

/// The window's extent per axis, computed without overflow (ranges up to ±f64::MAX).
struct Geometry {
    lo: Vec<f64>,
    hi: Vec<f64>,
    center: Vec<f64>,
    half: Vec<f64>,
    /// The largest half-width: the unit of every distance in the search.
    span: f64,
}

impl Geometry {
    fn of(window: &Window) -> Geometry {
        let lo: Vec<f64> = window.ranges.iter().map(|&(a, b)| a.min(b)).collect();
        let hi: Vec<f64> = window.ranges.iter().map(|&(a, b)| a.max(b)).collect();
        let center = lo.iter().zip(&hi).map(|(l, h)| l / 2.0 + h / 2.0).collect();
        let half: Vec<f64> = lo.iter().zip(&hi).map(|(l, h)| h / 2.0 - l / 2.0).collect();
        let span = half.iter().fold(0.0f64, |m, &h| m.max(h));
        Geometry {
            lo,
            hi,
            center,
            half,
            span,
        }
    }

    fn inside(&self, p: &DVector<f64>) -> bool {
        // Finite first: at ±f64::MAX the margin rounds the bounds to ±∞.
        let margin = 1e-9 * self.span;
        p.iter()
            .enumerate()
            .all(|(k, &x)| x.is_finite() && x >= self.lo[k] - margin && x <= self.hi[k] + margin)
    }

    /// Farther than a half-width outside: Newton is heading for a point not reported.
    fn far(&self, p: &DVector<f64>) -> bool {
        p.iter().enumerate().any(|(k, &x)| {
            !x.is_finite() || x < self.lo[k] - self.span || x > self.hi[k] + self.span
        })
    }

    /// A grid of starts at cell centres, then the window's centre, `at` and the origin.
    fn starts(&self, at: &[f64]) -> Vec<DVector<f64>> {
        let k = self.lo.len();
        let per_axis = if k == 1 { STARTS_1D } else { STARTS_2D };
        let coordinate = |axis: usize, i: usize| {
            let t = (2 * i + 1) as f64 / per_axis as f64 - 1.0;
            self.center[axis] + self.half[axis] * t
        };
        let mut starts: Vec<DVector<f64>> = (0..per_axis.pow(k as u32))
            .map(|index| {
                DVector::from_fn(k, |axis, _| {
                    coordinate(axis, index / per_axis.pow(axis as u32) % per_axis)
                })
            })
            .collect();
        for extra in [
            DVector::from_column_slice(&self.center),
            DVector::from_column_slice(at),
            DVector::zeros(k),
        ] {
            if self.inside(&extra) {
                starts.push(extra);
            }
        }
        starts
    }
}

/// Finds the critical points of the loss on `tape` in `window`, or stops when `budget` runs
/// out (never a partial list). The window must be valid (see `Loss::critical_points`).
pub fn critical_points(
    tape: &Tape,
    window: &Window,
    tolerances: Tolerances,
    budget: &Budget,
) -> Result<Vec<CriticalPoint>, OutOfWork> {
    let geometry = Geometry::of(window);
    let span = geometry.span;
    let slice = Slice {
        tape,
        base: &window.at,
        axes: &window.axes,
        budget,
    };
    let limits = Limits {
        max_step: span,
        resolution: RESOLUTION * span,
        max_steps: NEWTON_STEPS,
    };
    let at_on_axes: Vec<f64> = window.axes.iter().map(|&a| window.at[a]).collect();
    let mut ends: Vec<(f64, DVector<f64>)> = geometry
        .starts(&at_on_axes)
        .into_iter()
        .filter_map(|start| converge(&slice, start, limits, |p| !geometry.far(p)))
        .filter(|p| geometry.inside(p))
        .filter_map(|p| Some((slice.local(&p)?.gradient.norm(), p)))
        .collect();
    ends.sort_by(|a, b| a.0.total_cmp(&b.0));

    let inside = |p: &DVector<f64>| geometry.inside(p);
    let tracer = Tracer {
        slice: &slice,
        step: TRACE_STEP * span,
        resolution: RESOLUTION * span,
        inside: &inside,
    };
    let mut curves: Vec<Curve> = Vec::new();
    let mut regions: Vec<DVector<f64>> = Vec::new();
    let mut isolated: Vec<DVector<f64>> = Vec::new();
    let on_curve = |p: &DVector<f64>, curves: &[Curve]| on_any(&slice, p, curves, ON_CURVE * span);
    for (_, end) in &ends {
        if on_curve(end, &curves) || regions.iter().any(|r| flat_between(&slice, r, end)) {
            continue;
        }
        if isolated
            .iter()
            .any(|p| (p - end).norm() <= SAME_POINT * span)
        {
            // Another end of a point already examined: merged below, not probed again.
            isolated.push(end.clone());
            continue;
        }
        match tracer.shape(end) {
            Some(Shape::Flat(_)) => {
                if let Some(curve) = tracer.curve_through(end) {
                    curves.push(curve);
                    continue;
                }
            }
            Some(Shape::Singular) => match singular(&tracer, end) {
                None => {
                    regions.push(end.clone());
                    continue;
                }
                Some(branches) => {
                    for branch in branches {
                        if !on_curve(&branch.points[branch.points.len() / 2], &curves) {
                            curves.push(branch);
                        }
                    }
                    if on_curve(end, &curves) {
                        continue;
                    }
                }
            },
            _ => {}
        }
        isolated.push(end.clone());
    }

    // An end may have been kept before the region around it was found.
    isolated.retain(|p| !regions.iter().any(|r| flat_between(&slice, r, p)));
    if budget.is_exhausted() {
        return Err(OutOfWork);
    }
    // Entries past MAX_POINTS would be dropped: they are not analysed either.
    let mut results = Vec::new();
    for curve in &curves {
        if results.len() >= MAX_POINTS {
            break;
        }
        if budget.is_exhausted() {
            return Err(OutOfWork);
        }
        for piece in pieces(&slice, curve, tolerances) {
            let points = piece.points.iter().map(|p| slice.full(p)).collect();
            results.push(entry(
                slice.full(&piece.middle),
                piece.analysis,
                Some(points),
                false,
            ));
        }
    }
    for region in &regions {
        if results.len() >= MAX_POINTS {
            break;
        }
        if budget.is_exhausted() {
            return Err(OutOfWork);
        }
        let theta = slice.full(region);
        let analysis = analysis_in_search(&slice, &theta, tolerances);
        results.push(entry(theta, analysis, None, true));
    }
    for point in merge(&slice, &isolated, span) {
        if results.len() >= MAX_POINTS {
            break;
        }
        if budget.is_exhausted() {
            return Err(OutOfWork);
        }
        let theta = slice.full(&point);
        let analysis = analysis_in_search(&slice, &theta, tolerances);
        results.push(entry(theta, analysis, None, false));
    }
    if budget.is_exhausted() {
        return Err(OutOfWork);
    }
    results.truncate(MAX_POINTS);
    results.sort_by(|a, b| {
        a.value.total_cmp(&b.value).then(
            a.point
                .iter()
                .partial_cmp(b.point.iter())
                .unwrap_or(std::cmp::Ordering::Equal),
        )
    });
    Ok(results)
}

/// The branches through a singular point, or `None` for a flat region. With one axis there
/// are no curves: the point is a region when the loss is flat two steps either side.
fn singular(tracer: &Tracer, p: &DVector<f64>) -> Option<Vec<Curve>> {
    if p.len() == 2 {
        return tracer.branches(p);
    }
    let reach = 2.0 * tracer.step;
    let probes: Vec<DVector<f64>> = [-reach, reach]
        .iter()
        .map(|&d| p.add_scalar(d))
        .filter(|q| (tracer.inside)(q))
        .collect();
    if !probes.is_empty() && probes.iter().all(|q| tracer.slice.is_critical(q)) {
        None
    } else {
        Some(Vec::new())
    }
}

fn entry(
    point: Vec<f64>,
    analysis: Analysis,
    curve: Option<Vec<Vec<f64>>>,
    region: bool,
) -> CriticalPoint {
    CriticalPoint {
        point,
        value: analysis.value,
        kind: analysis.kind,
        refined: analysis.refined,
        refined_reason: analysis.refined_reason,
        eigenvalues: analysis.eigenvalues,
        curve,
        region,
    }
}
