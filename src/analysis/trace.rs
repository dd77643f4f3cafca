//! Curves of critical points in a plane of two parameters, traced by continuation.
//!
//! Where the Hessian on the plane has exactly one zero eigenvalue, the critical points may go
//! on along its eigenvector (the lecture's valley w₁w₂ = 1, the ring (x² + y² − 1)², the axis
//! x = 0 of x²y). The tracer steps along that direction and corrects back onto the critical
//! set by Newton's method *across* the curve only, so that it cannot slide back. A point is
//! accepted when the loss's slope along the curve is zero to rounding (not merely small:
//! x² + y¹² is not a valley, though its slope 12y¹¹ is 2e-16 at y = 0.03) and the slope across
//! is too, or cannot be made smaller.
//!
//! Branches meet at singular points, where the Hessian on the plane vanishes (both axes of
//! x²y² cross at the origin). The tracer goes straight through them, keeping its direction;
//! and from a singular point that Newton's method converged to, [`Tracer::branches`] finds
//! the curves that leave it by correcting probes on a small circle around it.

use nalgebra::DVector;

use crate::analysis::budget::cost;
use crate::analysis::linalg::Eigen;
use crate::analysis::newton::{self, Local, Slice};

/// The most points traced each way from a start, and the most corrections per point.
const TRACE_STEPS: usize = 600;
const CORRECTIONS: usize = 10;
/// An eigenvalue of the plane's Hessian this flat (relative to max(1, max|λ|)) is a
/// direction along which critical points may continue.
const TRACE_ZERO: f64 = 1e-6;
/// Probes on the circle around a singular point.
const PROBES: usize = 36;

/// A traced curve: its points in order, and whether it closes on itself.
#[derive(Clone, Debug)]
pub struct Curve {
    pub points: Vec<DVector<f64>>,
    pub closed: bool,
}

/// What the plane's Hessian says about the critical set at a point.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// No zero eigenvalue: an isolated, nondegenerate critical point.
    Regular,
    /// One: a curve may pass, along this unit direction.
    Flat(DVector<f64>),
    /// Both: a singular point (curves may cross here), or a flat region.
    Singular,
}

pub struct Tracer<'a> {
    pub slice: &'a Slice<'a>,
    /// The step along a curve.
    pub step: f64,
    /// Steps across shorter than this cannot improve a point.
    pub resolution: f64,
    /// Whether a point is inside the window.
    pub inside: &'a dyn Fn(&DVector<f64>) -> bool,
}

impl Tracer<'_> {
    /// The shape of the critical set at `p`, from the plane's Hessian.
    pub fn shape(&self, p: &DVector<f64>) -> Option<Shape> {
        let local = self.slice.local(p)?;
        Some(shape_of(&local))
    }

    /// The curve of critical points through `start`, if one passes there.
    pub fn curve_through(&self, start: &DVector<f64>) -> Option<Curve> {
        let Shape::Flat(tangent) = self.shape(start)? else {
            return None;
        };
        self.trace(start, tangent)
    }

    /// The curve through `start` heading along `tangent`, traced both ways.
    fn trace(&self, start: &DVector<f64>, tangent: DVector<f64>) -> Option<Curve> {
        let (mut forward, closed) = self.walk(start, tangent.clone());
        if closed {
            let mut points = vec![start.clone()];
            points.append(&mut forward);
            points.push(start.clone());
            return Some(Curve {
                points,
                closed: true,
            });
        }
        let (mut backward, _) = self.walk(start, -tangent);
        if backward.len() + forward.len() < 4 {
            return None;
        }
        backward.reverse();
        backward.push(start.clone());
        backward.append(&mut forward);
        Some(Curve {
            points: backward,
            closed: false,
        })
    }

    /// Points one step apart along the curve from `start`; whether it came back to `start`.
    fn walk(&self, start: &DVector<f64>, mut tangent: DVector<f64>) -> (Vec<DVector<f64>>, bool) {
        let mut points: Vec<DVector<f64>> = Vec::new();
        let mut p = start.clone();
        for count in 0..TRACE_STEPS {
            // Straight on; if that fails (a singular point just ahead), jump over it.
            let Some(q) = self
                .correct(&p + &tangent * self.step, &tangent)
                .or_else(|| self.correct(&p + &tangent * (2.0 * self.step), &tangent))
            else {
                break;
            };
            if (&q - &p).norm() < 0.25 * self.step || !(self.inside)(&q) {
                break;
            }
            if let Some(Shape::Flat(next)) = self.shape(&q) {
                tangent = if next.dot(&tangent) < 0.0 {
                    -next
                } else {
                    next
                };
            }
            if count > 4 && (&q - start).norm() < 0.75 * self.step {
                return (points, true);
            }
            points.push(q.clone());
            p = q;
        }
        (points, false)
    }

    /// Newton back onto the critical set from `q`, moving only across `tangent`.
    pub fn correct(&self, mut q: DVector<f64>, tangent: &DVector<f64>) -> Option<DVector<f64>> {
        let normal = DVector::from_vec(vec![-tangent[1], tangent[0]]);
        for _ in 0..CORRECTIONS {
            let local = self.slice.local(&q)?;
            let curvature = normal.dot(&(&local.hessian * &normal));
            let across = -normal.dot(&local.gradient) / curvature;
            let along_is_flat = self.slope_is_rounding(&q, tangent);
            if along_is_flat && self.slope_is_rounding(&q, &normal) {
                return Some(q);
            }
            if !across.is_finite() {
                return None;
            }
            if along_is_flat && across.abs() <= self.resolution {
                // As critical as f64 can make it across the curve.
                return Some(q);
            }
            q += &normal * across;
        }
        None
    }

    /// Whether the loss's slope at `q` along `direction` (in the plane) is zero to rounding.
    fn slope_is_rounding(&self, q: &DVector<f64>, direction: &DVector<f64>) -> bool {
        let steps = self.slice.tape.len() as u64 * cost::BOUNDED_SLOPE + cost::CALL;
        if self.slice.budget.spend(steps).is_none() {
            return false;
        }
        let theta = self.slice.full(q);
        let mut along = vec![0.0; theta.len()];
        for (&axis, &d) in self.slice.axes.iter().zip(direction.iter()) {
            along[axis] = d;
        }
        newton::slope_is_rounding(self.slice.tape, &theta, &along, &mut Vec::new())
    }

    /// The curves leaving the singular point `p`: probes on a circle of two steps around it,
    /// each corrected across its ray. `None` when every probe is critical: `p` lies in a
    /// region where the loss is flat, not on curves.
    pub fn branches(&self, p: &DVector<f64>) -> Option<Vec<Curve>> {
        let radius = 2.0 * self.step;
        let mut starts = Vec::new();
        for k in 0..PROBES {
            let angle = 2.0 * std::f64::consts::PI * k as f64 / PROBES as f64;
            let ray = DVector::from_vec(vec![angle.cos(), angle.sin()]);
            let Some(q) = self.correct(p + &ray * radius, &ray) else {
                continue;
            };
            let distance = (&q - p).norm();
            if (0.5 * radius..=1.5 * radius).contains(&distance) && (self.inside)(&q) {
                starts.push((q, ray));
            }
        }
        if starts.len() == PROBES {
            return None;
        }
        let mut curves: Vec<Curve> = Vec::new();
        for (q, ray) in starts {
            if curves
                .iter()
                .any(|c| near_polyline(&q, &c.points, self.step))
            {
                continue;
            }
            let tangent = match self.shape(&q) {
                Some(Shape::Flat(t)) if t.dot(&ray) < 0.0 => -t,
                Some(Shape::Flat(t)) => t,
                _ => ray,
            };
            if let Some(curve) = self.trace(&q, tangent) {
                curves.push(curve);
            }
        }
        Some(curves)
    }
}

/// The shape of the critical set from the plane's Hessian (see [`Shape`]).
pub fn shape_of(local: &Local) -> Shape {
    let Some(eigen) = Eigen::of(&local.hessian) else {
        return Shape::Regular;
    };
    let threshold = eigen.zero_threshold(TRACE_ZERO);
    let flat: Vec<usize> = (0..eigen.values.len())
        .filter(|&i| eigen.values[i].abs() <= threshold)
        .collect();
    match flat.as_slice() {
        [] => Shape::Regular,
        [i] if eigen.values.len() == 2 => Shape::Flat(eigen.vectors[*i].clone()),
        _ if eigen.values.len() == 2 => Shape::Singular,
        // One parameter: a zero second derivative is a degenerate point (or a flat stretch).
        _ => Shape::Singular,
    }
}

/// Whether `q` lies within `distance` of one of `curves`, charging the points looked at.
pub fn on_any(slice: &Slice, q: &DVector<f64>, curves: &[Curve], distance: f64) -> bool {
    let points: usize = curves.iter().map(|c| c.points.len()).sum();
    let _ = slice.budget.spend(points as u64 * cost::CURVE_POINT);
    curves.iter().any(|c| near_polyline(q, &c.points, distance))
}

/// Whether `q` lies within `distance` of the polyline through `points`. Computed in units of
/// the largest coordinate, so that a window of ±f64::MAX does not overflow.
pub fn near_polyline(q: &DVector<f64>, points: &[DVector<f64>], distance: f64) -> bool {
    let largest = points
        .iter()
        .chain([q])
        .flat_map(|p| p.iter())
        .fold(1.0f64, |m, x| m.max(x.abs()));
    let scaled = |p: &DVector<f64>, k: usize| p[k] / largest;
    let dimension = q.len();
    // The distance from q to the segment a–b, in units of `largest`.
    let to_segment = |a: &DVector<f64>, b: &DVector<f64>| -> f64 {
        let (mut along, mut length) = (0.0, 0.0);
        for k in 0..dimension {
            let ab = scaled(b, k) - scaled(a, k);
            along += (scaled(q, k) - scaled(a, k)) * ab;
            length += ab * ab;
        }
        let t = if length > 0.0 {
            (along / length).clamp(0.0, 1.0)
        } else {
            0.0
        };
        (0..dimension)
            .map(|k| {
                let closest = scaled(a, k) + t * (scaled(b, k) - scaled(a, k));
                (scaled(q, k) - closest).powi(2)
            })
            .sum::<f64>()
            .sqrt()
    };
    let limit = distance / largest;
    match points {
        [] => false,
        [only] => to_segment(only, only) <= limit,
        _ => points.windows(2).any(|w| to_segment(&w[0], &w[1]) <= limit),
    }
}
