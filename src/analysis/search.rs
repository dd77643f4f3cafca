//! Critical points in a window of one or two axes, the other parameters held fixed.
//!
//! Newton's method on the gradient restricted to the axes (exact gradient and Hessian, a
//! pseudo-inverse where the Hessian is singular) runs from a grid of starts; the points it
//! converges to are deduplicated and each is classified by the full n×n analysis.
//!
//! A continuum of critical points, such as the lecture's valley of minima w1·w2 = 1, would
//! otherwise flood the list with one point per start. Where a point's slice Hessian has
//! exactly one zero eigenvalue, the curve of critical points through it is traced by
//! continuation (step along the flat direction, correct back across it) and reported once,
//! as a polyline, absorbing every start that converged onto it.

use nalgebra::{DMatrix, DVector};
use serde::Serialize;

use crate::analysis::analyze::analyze;
use crate::analysis::linalg::{pseudo_solve, Eigen};
use crate::analysis::verdict::{Kind, Tolerances};
use crate::eval::autodiff::hessian_vector_products;
use crate::formula::tape::Tape;

/// Starts per axis: 12×12 in two dimensions, 48 along one.
const STARTS_2D: usize = 12;
const STARTS_1D: usize = 48;
const NEWTON_STEPS: usize = 60;
/// The most points reported: beyond this a window holds too many to read anyway.
const MAX_POINTS: usize = 100;
/// Curve tracing: the step as a fraction of the window, and the most steps each way.
const TRACE_STEP: f64 = 1.0 / 128.0;
const TRACE_STEPS: usize = 600;
/// Curve tracing follows a slice Hessian with one eigenvalue this flat (relative, see
/// [`crate::analysis::linalg::zero_threshold`]): looser than the verdict's tolerance, since a
/// traced point is only corrected back onto the curve to about this accuracy.
const TRACE_ZERO: f64 = 1e-6;

/// The window to search: the axes (parameter indices), their ranges, and a full θ that fixes
/// every other parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct Window {
    pub axes: Vec<usize>,
    pub ranges: Vec<(f64, f64)>,
    pub at: Vec<f64>,
}

/// One critical point, or one curve of them.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CriticalPoint {
    /// The full θ.
    pub point: Vec<f64>,
    pub value: f64,
    /// The full n×n analysis at `point`.
    pub kind: Kind,
    pub refined: Kind,
    pub eigenvalues: Vec<f64>,
    /// For a continuum of critical points, full θ points along it in order; `point` is one
    /// of them.
    pub curve: Option<Vec<Vec<f64>>>,
}

/// Restricted derivatives at a point of the slice.
struct Local {
    value: f64,
    gradient: DVector<f64>,
    hessian: DMatrix<f64>,
}

struct Search<'a> {
    tape: &'a Tape,
    window: &'a Window,
    units: Vec<Vec<f64>>,
    size: f64,
}

/// Finds the critical points of the loss on `tape` in `window`. The window must be valid
/// (see `Loss::critical_points`).
pub fn critical_points(tape: &Tape, window: &Window, tolerances: Tolerances) -> Vec<CriticalPoint> {
    let n = tape.n_params;
    let units = window
        .axes
        .iter()
        .map(|&axis| (0..n).map(|i| if i == axis { 1.0 } else { 0.0 }).collect())
        .collect();
    let size = window
        .ranges
        .iter()
        .map(|(a, b)| (b - a).abs())
        .fold(0.0, f64::max);
    let search = Search {
        tape,
        window,
        units,
        size,
    };

    let mut found: Vec<DVector<f64>> = Vec::new();
    for start in search.starts() {
        if let Some(point) = search.newton(start) {
            let duplicate = found.iter().any(|p| (p - &point).norm() <= 1e-6 * size);
            if search.inside(&point) && !duplicate {
                found.push(point);
            }
        }
    }

    let mut results = Vec::new();
    let mut curves: Vec<Vec<DVector<f64>>> = Vec::new();
    let near_curve = |p: &DVector<f64>, curves: &[Vec<DVector<f64>>]| {
        curves
            .iter()
            .flatten()
            .any(|q| (p - q).norm() <= 2.0 * TRACE_STEP * size)
    };
    for point in &found {
        if results.len() >= MAX_POINTS {
            break;
        }
        if near_curve(point, &curves) {
            continue;
        }
        let curve = search.trace(point);
        let representative = curve
            .as_ref()
            .map_or(point.clone(), |c| c[c.len() / 2].clone());
        let analysis = analyze(tape, &search.full(&representative), tolerances);
        results.push(CriticalPoint {
            point: search.full(&representative),
            value: analysis.value,
            kind: analysis.kind,
            refined: analysis.refined,
            eigenvalues: analysis.eigenvalues,
            curve: curve
                .as_ref()
                .map(|c| c.iter().map(|p| search.full(p)).collect()),
        });
        if let Some(curve) = curve {
            curves.push(curve);
        }
    }
    results.sort_by(|a, b| {
        a.value.total_cmp(&b.value).then(
            a.point
                .iter()
                .partial_cmp(b.point.iter())
                .unwrap_or(std::cmp::Ordering::Equal),
        )
    });
    results
}

impl Search<'_> {
    /// A grid of starts at cell centres.
    fn starts(&self) -> Vec<DVector<f64>> {
        let per_axis = if self.window.axes.len() == 1 {
            STARTS_1D
        } else {
            STARTS_2D
        };
        let coordinate = |axis: usize, k: usize| {
            let (a, b) = self.window.ranges[axis];
            a + (b - a) * (k as f64 + 0.5) / per_axis as f64
        };
        match self.window.axes.len() {
            1 => (0..per_axis)
                .map(|i| DVector::from_vec(vec![coordinate(0, i)]))
                .collect(),
            _ => (0..per_axis * per_axis)
                .map(|k| {
                    DVector::from_vec(vec![
                        coordinate(0, k % per_axis),
                        coordinate(1, k / per_axis),
                    ])
                })
                .collect(),
        }
    }

    /// The full θ for a point of the slice.
    fn full(&self, p: &DVector<f64>) -> Vec<f64> {
        let mut theta = self.window.at.clone();
        for (&axis, &x) in self.window.axes.iter().zip(p.iter()) {
            theta[axis] = x;
        }
        theta
    }

    fn inside(&self, p: &DVector<f64>) -> bool {
        p.iter().zip(&self.window.ranges).all(|(&x, &(a, b))| {
            let margin = 1e-9 * self.size;
            x >= a.min(b) - margin && x <= a.max(b) + margin
        })
    }

    /// Value, gradient and Hessian restricted to the axes; `None` where not finite.
    fn local(&self, p: &DVector<f64>) -> Option<Local> {
        let theta = self.full(p);
        let (value, gradient, products) = hessian_vector_products(self.tape, &theta, &self.units);
        let axes = &self.window.axes;
        let k = axes.len();
        let local = Local {
            value,
            gradient: DVector::from_fn(k, |i, _| gradient[axes[i]]),
            hessian: DMatrix::from_fn(k, k, |i, j| {
                0.5 * (products[j][axes[i]] + products[i][axes[j]])
            }),
        };
        let finite = local.value.is_finite()
            && local
                .gradient
                .iter()
                .chain(local.hessian.iter())
                .all(|x| x.is_finite());
        finite.then_some(local)
    }

    fn converged(local: &Local) -> bool {
        local.gradient.norm() <= 1e-9 * local.value.abs().max(1.0)
    }

    /// Newton's method on the restricted gradient from `start`; the point it converges to.
    fn newton(&self, start: DVector<f64>) -> Option<DVector<f64>> {
        let mut p = start;
        for _ in 0..NEWTON_STEPS {
            let local = self.local(&p)?;
            if Self::converged(&local) {
                return Some(self.polish(p, local));
            }
            let mut step = pseudo_solve(&local.hessian, &(-&local.gradient))?;
            let limit = 0.25 * self.size;
            if step.norm() > limit {
                step *= limit / step.norm();
            }
            if step.norm() == 0.0 {
                return None;
            }
            p += step;
            // Far outside the window: it is heading for a point we will not report.
            let far = p.iter().zip(&self.window.ranges).any(|(&x, &(a, b))| {
                x < a.min(b) - 0.5 * self.size || x > a.max(b) + 0.5 * self.size
            });
            if far {
                return None;
            }
        }
        None
    }

    /// A few more Newton steps while they still shrink the gradient, so that a point such as
    /// the lecture's saddle comes out as (0, 0) rather than (1e-12, 1e-11).
    fn polish(&self, mut p: DVector<f64>, mut local: Local) -> DVector<f64> {
        for _ in 0..3 {
            let Some(step) = pseudo_solve(&local.hessian, &(-&local.gradient)) else {
                break;
            };
            let candidate = &p + step;
            match self.local(&candidate) {
                Some(next) if next.gradient.norm() < local.gradient.norm() => {
                    p = candidate;
                    local = next;
                }
                _ => break,
            }
        }
        p
    }

    /// The curve of critical points through `start`, if the slice Hessian there has exactly
    /// one zero eigenvalue and the critical points really continue along it.
    fn trace(&self, start: &DVector<f64>) -> Option<Vec<DVector<f64>>> {
        if start.len() != 2 {
            return None;
        }
        let tangent = flat_direction(&self.local(start)?.hessian)?;
        let h = TRACE_STEP * self.size;
        let mut backward = self.walk(start, -&tangent, h);
        let forward = self.walk(start, tangent, h);
        if backward.len() + forward.len() < 4 {
            return None;
        }
        backward.reverse();
        backward.push(start.clone());
        backward.extend(forward);
        Some(backward)
    }

    /// Steps of length `h` along the curve from `start`, heading along `tangent`.
    fn walk(&self, start: &DVector<f64>, mut tangent: DVector<f64>, h: f64) -> Vec<DVector<f64>> {
        let mut points: Vec<DVector<f64>> = Vec::new();
        let mut p = start.clone();
        for step in 0..TRACE_STEPS {
            let Some((q, local)) = self.correct(&p + &tangent * h, &tangent) else {
                break;
            };
            if (&q - &p).norm() < 0.25 * h || !self.inside(&q) {
                break;
            }
            let Some(next) = flat_direction(&local.hessian) else {
                break;
            };
            tangent = if next.dot(&tangent) < 0.0 {
                -next
            } else {
                next
            };
            points.push(q.clone());
            if step > 4 && (&q - start).norm() < 0.5 * h {
                break; // a closed curve
            }
            p = q;
        }
        points
    }

    /// Newton back onto the critical set, moving only across the curve (normal to `tangent`)
    /// so that it cannot slide back to where it came from.
    fn correct(
        &self,
        mut q: DVector<f64>,
        tangent: &DVector<f64>,
    ) -> Option<(DVector<f64>, Local)> {
        let normal = DVector::from_vec(vec![-tangent[1], tangent[0]]);
        for _ in 0..10 {
            let local = self.local(&q)?;
            if Self::converged(&local) {
                return Some((q, local));
            }
            let curvature = normal.dot(&(&local.hessian * &normal));
            let slope = normal.dot(&local.gradient);
            if curvature == 0.0 {
                return None;
            }
            q -= &normal * (slope / curvature);
        }
        None
    }
}

/// The unit eigenvector of the one zero eigenvalue of a 2×2 Hessian, if exactly one is zero.
fn flat_direction(h: &DMatrix<f64>) -> Option<DVector<f64>> {
    let eigen = Eigen::of(h)?;
    let threshold = eigen.zero_threshold(TRACE_ZERO);
    let largest = eigen.values.iter().fold(0.0f64, |m, l| m.max(l.abs()));
    let flat: Vec<usize> = (0..eigen.values.len())
        .filter(|&i| eigen.values[i].abs() <= threshold)
        .collect();
    match flat.as_slice() {
        [i] if largest > threshold => Some(eigen.vectors[*i].clone()),
        _ => None,
    }
}
