//! Newton's method on the exact gradient, run until the critical point is found to rounding,
//! degenerate ones included.
//!
//! At a nondegenerate critical point Newton converges quadratically. At a degenerate one (the
//! gradient of x² + y⁴ is 4y³ across y) it converges only linearly: each step shrinks the
//! distance by 1 − 1/μ for a root of multiplicity μ, so after 60 steps it stops 10⁻³ short and
//! every start ends somewhere else. Then the steps line up and shrink by a constant ratio r,
//! and the limit lies 1/(1 − r) steps ahead (Aitken's extrapolation, which for a pure power is
//! Schröder's μ-fold step): the point is reached to rounding in a few more steps.
//!
//! "To rounding" is decided by [`gradient_is_rounding`]: every partial derivative within the
//! bound on its own rounding error, computed alongside it ([`crate::eval::approx`]).

use nalgebra::{DMatrix, DVector};

use crate::analysis::budget::{cost, Budget};
use crate::analysis::linalg::{self, Eigen, SOLVE_ZERO};
use crate::eval::approx::Approx;
use crate::eval::autodiff::{gradient, hessian_vector_products};
use crate::eval::forward::forward;
use crate::eval::tangent::Tangent;
use crate::formula::tape::Tape;

/// Steps line up (cosine above this) and shrink by a ratio in this range: extrapolate.
const ALIGNED: f64 = 0.99;
const RATIO_RANGE: (f64, f64) = (0.1, 0.995);
/// Whether the gradient is zero to rounding is asked only once it is this small (relative to
/// max(1, |L|)): far from a critical point the answer is no, and asking costs passes.
const CHECK_BELOW: f64 = 1e-6;
/// A point where Newton stalls counts as critical when its gradient is this small (relative
/// to max(1, |L|)).
const STALLED_GRADIENT: f64 = 1e-9;
/// Points closer than this share of the window (or of |θ′|) are one point.
pub const SAME_POINT: f64 = 1e-6;
/// Newton steps when polishing θ′, and points checked on the segment back to it.
const POLISH_STEPS: usize = 40;
const SEGMENT_CHECKS: usize = 8;

/// The parameters Newton may move (`axes`); the others stay as in `base`. Every evaluation
/// is charged to `budget` and fails (`None`, `false`) once it is spent.
pub struct Slice<'a> {
    pub tape: &'a Tape,
    pub base: &'a [f64],
    pub axes: &'a [usize],
    pub budget: &'a Budget,
}

/// The loss, gradient and Hessian restricted to the slice's axes.
#[derive(Clone, Debug)]
pub struct Local {
    pub value: f64,
    pub gradient: DVector<f64>,
    pub hessian: DMatrix<f64>,
}

/// How far and how long to run.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// The longest step (a quarter of the window in a search).
    pub max_step: f64,
    /// Steps shorter than this mean the point is found as well as the slice can tell.
    pub resolution: f64,
    pub max_steps: usize,
}

impl Slice<'_> {
    /// The full θ for a point of the slice.
    pub fn full(&self, p: &DVector<f64>) -> Vec<f64> {
        let mut theta = self.base.to_vec();
        for (&axis, &x) in self.axes.iter().zip(p.iter()) {
            theta[axis] = x;
        }
        theta
    }

    /// Value, gradient and Hessian on the slice; `None` where not finite.
    pub fn local(&self, p: &DVector<f64>) -> Option<Local> {
        let k = self.axes.len() as u64;
        let steps = cost::GRADIENT + cost::HESSIAN_DIRECTION * k;
        self.budget
            .spend(self.tape.len() as u64 * steps + cost::CALL)?;
        let n = self.base.len();
        let units: Vec<Vec<f64>> = self
            .axes
            .iter()
            .map(|&axis| (0..n).map(|i| if i == axis { 1.0 } else { 0.0 }).collect())
            .collect();
        let (value, gradient, products) = hessian_vector_products(self.tape, &self.full(p), &units);
        let k = self.axes.len();
        let local = Local {
            value,
            gradient: DVector::from_fn(k, |i, _| gradient[self.axes[i]]),
            hessian: DMatrix::from_fn(k, k, |i, j| {
                0.5 * (products[j][self.axes[i]] + products[i][self.axes[j]])
            }),
        };
        let finite = value.is_finite()
            && local
                .gradient
                .iter()
                .chain(local.hessian.iter())
                .all(|x| x.is_finite());
        finite.then_some(local)
    }

    /// Whether the gradient on the slice at `p` is zero to rounding.
    pub fn is_critical(&self, p: &DVector<f64>) -> bool {
        let steps = cost::BOUNDED_SLOPE * self.axes.len() as u64;
        self.budget
            .spend(self.tape.len() as u64 * steps + cost::CALL)
            .is_some()
            && gradient_is_rounding(self.tape, &self.full(p), self.axes)
    }
}

/// Whether every ∂L/∂θₖ (k in `axes`) at `theta` lies within the bound on its own rounding
/// error: zero as far as f64 can tell. One forward pass with error bounds per axis.
///
/// ```
/// use hessian_explorer::analysis::newton::gradient_is_rounding;
/// use hessian_explorer::Loss;
/// let valley = Loss::new("(1 - x y)^2").unwrap();
/// let third = 1.0 / 3.0;
/// assert!(gradient_is_rounding(valley.tape(), &[3.0, third], &[0, 1]));
/// // x² + y¹² at y = 0.03: the gradient 12y¹¹ ≈ 2e-16 is tiny but real.
/// let flat = Loss::new("x^2 + y^12").unwrap();
/// assert!(!gradient_is_rounding(flat.tape(), &[0.0, 0.03], &[0, 1]));
/// ```
pub fn gradient_is_rounding(tape: &Tape, theta: &[f64], axes: &[usize]) -> bool {
    let mut slots = Vec::new();
    axes.iter().all(|&axis| {
        let along: Vec<f64> = (0..theta.len())
            .map(|k| if k == axis { 1.0 } else { 0.0 })
            .collect();
        slope_is_rounding(tape, theta, &along, &mut slots)
    })
}

/// Whether the loss's slope at `theta` along `along` (a direction in every parameter) is zero
/// to rounding: within the bound on its own rounding error, computed alongside it. `slots` is
/// the evaluator's scratch, reused between calls.
pub fn slope_is_rounding(
    tape: &Tape,
    theta: &[f64],
    along: &[f64],
    slots: &mut Vec<Tangent<Approx>>,
) -> bool {
    let point: Vec<Tangent<Approx>> = theta
        .iter()
        .zip(along)
        .map(|(&x, &d)| Tangent::new(Approx::exact(x), Approx::exact(d)))
        .collect();
    forward(tape, &point, slots);
    slots[tape.output()].derivative.is_rounding()
}

/// The Newton step −H⁺g, directions flatter than rounding left alone instead of divided by
/// noise; `None` if not finite. Flat is relative to the largest |λ| alone (no floor of 1, unlike
/// [`linalg::pseudo_solve`]): near x⁴'s root all of H is tiny, and its curvature still counts.
pub fn newton_step(local: &Local) -> Option<DVector<f64>> {
    let eigen = Eigen::of(&local.hessian)?;
    let largest = eigen.values.iter().fold(0.0f64, |m, l| m.max(l.abs()));
    linalg::solve_above(&eigen, &-&local.gradient, SOLVE_ZERO * largest)
}

/// Runs Newton from `start` while `keep_going` accepts the point; the critical point it
/// reaches (to rounding, or to `limits.resolution` when the steps stop shrinking it), or
/// `None`.
pub fn converge(
    slice: &Slice,
    start: DVector<f64>,
    limits: Limits,
    keep_going: impl Fn(&DVector<f64>) -> bool,
) -> Option<DVector<f64>> {
    let mut p = start;
    let mut previous: Option<DVector<f64>> = None;
    for _ in 0..limits.max_steps {
        let local = slice.local(&p)?;
        let mut step = newton_step(&local)?;
        if step.norm() > limits.max_step {
            step *= limits.max_step / step.norm();
            previous = None;
        }
        let near = local.gradient.norm() <= CHECK_BELOW * local.value.abs().max(1.0);
        if near && slice.is_critical(&p) {
            return Some(p);
        }
        if step.norm() <= limits.resolution {
            // Newton cannot move it: a critical point as near as f64 gets (a small gradient
            // that its tiny step accounts for: H·step ≈ −g, as on Peano's surface, where the
            // gradient cancels to a few ulps of its terms), or a slope with no curvature to
            // divide by (relu's, or a plateau tilted by 1e-300), which is no critical point.
            let small = local.gradient.norm() <= STALLED_GRADIENT * local.value.abs().max(1.0);
            let explained =
                (&local.hessian * &step + &local.gradient).norm() <= 0.5 * local.gradient.norm();
            return (small && explained).then_some(p);
        }
        let next = &p + &step;
        p = match previous
            .as_ref()
            .and_then(|prev| extrapolated(&p, &step, prev))
        {
            Some(far) if skips_nothing(slice, &p, &far) && better(slice, &far, &next) => {
                previous = None;
                far
            }
            _ => {
                previous = Some(step);
                next
            }
        };
        if !keep_going(&p) {
            return None;
        }
    }
    slice.is_critical(&p).then_some(p)
}

/// Where steps shrinking by a constant ratio along one line lead: p + step/(1 − r).
fn extrapolated(
    p: &DVector<f64>,
    step: &DVector<f64>,
    previous: &DVector<f64>,
) -> Option<DVector<f64>> {
    let (a, b) = (step.norm(), previous.norm());
    if a == 0.0 || b == 0.0 {
        return None;
    }
    let ratio = a / b;
    let aligned = step.dot(previous) / (a * b) > ALIGNED;
    (aligned && ratio > RATIO_RANGE.0 && ratio < RATIO_RANGE.1).then(|| p + step / (1.0 - ratio))
}

/// Whether the jump from `p` to `far` passes no other critical point on the way: the slope
/// along it keeps its sign at four points up to `far` (or vanishes there). The steps of
/// x⁴ − 10⁻⁶x² shrink by 2/3 far out, as if heading for 0, but the minima at ±7·10⁻⁴ lie
/// on the way; there the slope turns and the jump is refused.
fn skips_nothing(slice: &Slice, p: &DVector<f64>, far: &DVector<f64>) -> bool {
    let jump = far - p;
    let slope = |q: &DVector<f64>| -> Option<f64> {
        slice
            .budget
            .spend(slice.tape.len() as u64 * cost::GRADIENT + cost::CALL)?;
        let (_, g) = gradient(slice.tape, &slice.full(q));
        Some(
            slice
                .axes
                .iter()
                .zip(jump.iter())
                .map(|(&a, d)| g[a] * d)
                .sum(),
        )
    };
    let Some(start) = slope(p) else {
        return false;
    };
    [0.25, 0.5, 0.75, 1.0]
        .iter()
        .all(|&t| slope(&(p + &jump * t)).is_some_and(|s| s * start >= 0.0 && s.is_finite()))
}

/// Whether `a` has a smaller gradient than `b` (a point where the loss is undefined never is).
fn better(slice: &Slice, a: &DVector<f64>, b: &DVector<f64>) -> bool {
    match (slice.local(a), slice.local(b)) {
        (Some(la), Some(lb)) => la.gradient.norm() <= lb.gradient.norm(),
        (Some(_), None) => true,
        _ => false,
    }
}

/// The exact critical point that θ′ stands for, when θ′ is critical only to the tolerance:
/// Newton in every parameter from θ′, kept if the gradient stays under `tolerance` all along
/// the segment from θ′ to it (at the student's tolerance the two are one point). `None` when
/// θ′ is already critical to rounding, Newton fails, or the segment leaves the tolerance.
///
/// ```
/// use hessian_explorer::analysis::{budget::Budget, newton::polish_critical_point};
/// use hessian_explorer::Loss;
/// // 1e-5 from the degenerate minimum of x⁴ + y⁴, where the gradient is 4e-15.
/// let loss = Loss::new("x^4 + y^4").unwrap();
/// let budget = Budget::new(1_000_000);
/// let exact = polish_critical_point(loss.tape(), &[1e-5, 0.0], 1e-6, &budget).unwrap();
/// assert!(exact.iter().all(|x| x.abs() < 1e-12));
/// ```
pub fn polish_critical_point(
    tape: &Tape,
    theta: &[f64],
    tolerance: f64,
    budget: &Budget,
) -> Option<Vec<f64>> {
    let axes: Vec<usize> = (0..theta.len()).collect();
    let slice = Slice {
        tape,
        base: theta,
        axes: &axes,
        budget,
    };
    let start = DVector::from_column_slice(theta);
    if slice.is_critical(&start) {
        return None;
    }
    let scale = theta.iter().fold(1.0f64, |m, x| m.max(x.abs()));
    let limits = Limits {
        max_step: scale,
        resolution: 1e-15 * scale,
        max_steps: POLISH_STEPS,
    };
    let end = snap(
        &slice,
        &converge(&slice, start.clone(), limits, |_| true)?,
        scale,
    );
    let within = (1..=SEGMENT_CHECKS).all(|i| {
        let t = i as f64 / SEGMENT_CHECKS as f64;
        let point = &start + (&end - &start) * t;
        if budget.spend(tape.len() as u64 * cost::GRADIENT).is_none() {
            return false;
        }
        let (_, g) = gradient(tape, point.as_slice());
        g.iter().map(|x| x * x).sum::<f64>().sqrt() <= tolerance
    });
    within.then(|| end.iter().copied().collect())
}

/// `p` rounded to the fewest decimals (relative to the window) at which it is still critical
/// to rounding and moves by less than [`SAME_POINT`] of `span`; `p` itself otherwise.
pub fn snap(slice: &Slice, p: &DVector<f64>, span: f64) -> DVector<f64> {
    if !span.is_finite() || span <= 0.0 {
        return p.clone();
    }
    let coarsest = span.log10().ceil() as i32;
    for exponent in (coarsest - 16..=coarsest).rev() {
        // Divide by a power of ten that is exact (10^k, k ≤ 22), so that 3.0000000000000004
        // rounds to exactly 3.
        let power = 10f64.powi(exponent.abs());
        let rounded = p.map(|x| {
            let r = if exponent < 0 {
                (x * power).round() / power
            } else {
                (x / power).round() * power
            };
            // An exact zero, never −0.
            if r == 0.0 {
                0.0
            } else {
                r
            }
        });
        if !rounded.iter().all(|x| x.is_finite()) {
            continue;
        }
        if (&rounded - p).norm() <= SAME_POINT * span && slice.is_critical(&rounded) {
            return rounded;
        }
    }
    p.clone()
}
