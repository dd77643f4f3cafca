//! A critical point near a start, of any kind (saddles included): Levenberg–Marquardt on
//! ½‖g‖² with the exact Hessian, to ‖g‖ ≤ 1e-10.
//!
//! The zeros of the gradient are the critical points, and H is the Jacobian of g, so
//! Newton's step on g, δ = −H⁻¹g, is drawn to saddles and maxima as much as to minima, which
//! is what this needs (and why training does not use it raw). The step taken is the damped
//! one, δ = −(H² + μI)⁻¹Hg (Levenberg–Marquardt on ½‖g‖²), with μ = ‖g‖·max|λ|: as g
//! vanishes it becomes Newton's step and converges quadratically, and directions of nearly
//! zero curvature get almost no step. That matters on a continuum of critical points (a
//! valley of minima, a network's symmetric saddles): the search lands on the nearby point
//! of the set instead of running along it (Fan & Yuan 2005 prove quadratic convergence to
//! such non-isolated solutions). A step is kept only when ‖g‖ falls as its linear model
//! promised; otherwise μ is raised tenfold and the step tried again, and after each kept
//! step μ is lowered tenfold, so where the model is good the step becomes Newton's even
//! along small curvatures (a network's Hessian has many).
//! With H = VΛVᵀ the step is −V·diag(λ/(λ² + μ))·Vᵀg, so one eigen-decomposition per
//! accepted step serves every μ tried.

use nalgebra::DVector;
use serde::Serialize;

use crate::analysis::linalg::Eigen;
use crate::eval::autodiff;
use crate::formula::tape::Tape;

/// The default target: ‖g‖ ≤ this.
pub const DEFAULT_TOLERANCE: f64 = 1e-10;
/// The default and the largest number of accepted steps (each one Hessian and one
/// eigen-decomposition).
pub const DEFAULT_MAX_STEPS: usize = 50;
pub const MAX_POLISH_STEPS: usize = 1000;
/// The most damping values tried for one step (each one gradient evaluation).
pub const MAX_TRIES: usize = 40;
/// A step is kept when ‖g‖² falls by at least this share of the fall its linear model
/// predicts (the usual trust-region test).
const MIN_AGREEMENT: f64 = 0.25;
/// The damping's factor falls tenfold after each kept step, down to this: where the model of
/// g is good the step becomes Newton's even when some curvatures are small.
const MIN_EXTRA: f64 = 1e-12;
const START_EXTRA: f64 = 1.0;
/// θ this far from the origin has run off.
const RUN_OFF: f64 = 1e6;

/// Why the search ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// ‖g‖ ≤ tolerance.
    Converged,
    /// `max_steps` steps were taken without reaching the tolerance.
    MaxSteps,
    /// No step lowers ‖g‖ any more: rounding has the last word (the loss is too large or too
    /// badly scaled for the tolerance), or the start is not near a critical point.
    Stalled,
    /// The loss, gradient or Hessian is not finite at the start or along the way.
    Undefined,
    /// θ ran off (‖θ‖ > 10⁶).
    Diverged,
}

/// Where the search ended and how.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NearbyCriticalPoint {
    /// The last point reached (the best one: every accepted step lowers ‖g‖).
    pub point: Vec<f64>,
    pub value: f64,
    pub gradient_norm: f64,
    /// Accepted steps.
    pub steps: usize,
    pub converged: bool,
    pub reason: Reason,
}

/// Searches from `start` for a point where ‖g‖ ≤ `tolerance`, in at most `max_steps`
/// accepted steps (capped at [`MAX_POLISH_STEPS`]). The arguments are the caller's to check.
///
/// ```
/// use hessian_explorer::analysis::polish::{critical_point_near, Reason};
/// use hessian_explorer::Loss;
/// // The lecture's loss: from next to the origin, Newton's method lands on the saddle.
/// let loss = Loss::new("(1 - w1*w2)^2").unwrap();
/// let found = critical_point_near(loss.tape(), &[0.1, -0.05], 1e-10, 50);
/// assert_eq!(found.reason, Reason::Converged);
/// assert!(found.point.iter().all(|x| x.abs() < 1e-10));
/// ```
pub fn critical_point_near(
    tape: &Tape,
    start: &[f64],
    tolerance: f64,
    max_steps: usize,
) -> NearbyCriticalPoint {
    let mut theta = DVector::from_column_slice(start);
    let (mut value, gradient, mut hessian) = autodiff::hessian(tape, start);
    let mut g = DVector::from_vec(gradient);
    let mut norm = g.norm();
    // The damping is μ = ‖g‖·max|λ|·extra; `extra` grows tenfold per rejected step and
    // shrinks tenfold per kept one.
    let mut extra = START_EXTRA;
    let mut steps = 0;
    let finish = |theta: &DVector<f64>, value, norm, steps, reason| NearbyCriticalPoint {
        point: theta.iter().copied().collect(),
        value,
        gradient_norm: norm,
        steps,
        converged: reason == Reason::Converged,
        reason,
    };
    if !value.is_finite() || !norm.is_finite() {
        return finish(&theta, value, norm, 0, Reason::Undefined);
    }
    loop {
        if norm <= tolerance {
            return finish(&theta, value, norm, steps, Reason::Converged);
        }
        if steps >= max_steps.min(MAX_POLISH_STEPS) {
            return finish(&theta, value, norm, steps, Reason::MaxSteps);
        }
        let Some(eigen) = Eigen::of(&hessian) else {
            return finish(&theta, value, norm, steps, Reason::Undefined);
        };
        let coordinates: Vec<f64> = eigen.vectors.iter().map(|v| v.dot(&g)).collect();
        let largest = eigen.values.iter().fold(0.0f64, |m, l| m.max(l.abs()));
        let mut accepted = None;
        for _ in 0..MAX_TRIES {
            let mu = norm * largest * extra;
            let mut delta = DVector::zeros(theta.len());
            // ‖g + H·δ‖²: what the linear model of g predicts after the step.
            let mut predicted = 0.0;
            for ((lambda, v), c) in eigen.values.iter().zip(&eigen.vectors).zip(&coordinates) {
                let denominator = lambda * lambda + mu;
                let factor = if denominator > 0.0 {
                    lambda / denominator
                } else {
                    0.0
                };
                delta -= v * (factor * c);
                predicted += (c * (1.0 - lambda * factor)).powi(2);
            }
            let trial = &theta + &delta;
            let (trial_value, trial_gradient) = autodiff::gradient(tape, trial.as_slice());
            let trial_g = DVector::from_vec(trial_gradient);
            let trial_norm = trial_g.norm();
            // The step is kept when ‖g‖ falls by at least a quarter of what the model
            // promised: a long step into a nearly flat direction, where the model of g is
            // wrong, is damped instead of taken (it would leave the start's neighbourhood).
            let promised = norm * norm - predicted;
            let achieved = norm * norm - trial_norm * trial_norm;
            let finite = trial_value.is_finite() && trial_norm.is_finite();
            if finite && trial_norm < norm && achieved >= MIN_AGREEMENT * promised {
                accepted = Some((trial, trial_g, trial_norm));
                extra = (extra / 10.0).max(MIN_EXTRA);
                break;
            }
            extra *= 10.0;
        }
        let Some((next, next_g, next_norm)) = accepted else {
            return finish(&theta, value, norm, steps, Reason::Stalled);
        };
        theta = next;
        g = next_g;
        norm = next_norm;
        steps += 1;
        if theta.norm() > RUN_OFF {
            return finish(&theta, value, norm, steps, Reason::Diverged);
        }
        let (v, _, h) = autodiff::hessian(tape, theta.as_slice());
        value = v;
        hessian = h;
    }
}
