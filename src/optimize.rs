//! Optimizer trajectories from θ′: what training does near a critical point.
//!
//! Gradient descent crawls near a saddle because the gradient vanishes there; momentum
//! carries through; Newton's method jumps to the nearest critical point of any kind, saddles
//! included, which is why it is not used raw in deep learning. Each method is a few lines
//! over the exact gradient and Hessian.

use nalgebra::DVector;
use serde::Serialize;

use crate::analysis::linalg::pseudo_solve;
use crate::eval::autodiff;

/// Which optimizer to run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Method {
    /// θ ← θ − η·g.
    GradientDescent { learning_rate: f64 },
    /// v ← β·v − η·g; θ ← θ + v.
    Momentum { learning_rate: f64, beta: f64 },
    /// θ ← θ − H⁻¹g (a pseudo-inverse where H is singular).
    Newton,
}

/// Why a trajectory ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stop {
    /// ‖g‖ fell below the tolerance: a critical point.
    Converged,
    /// All steps were taken.
    Steps,
    /// The loss or a step stopped being finite, or θ ran off (‖θ‖ > 1e6).
    Diverged,
}

/// The points visited, with the loss and gradient norm at each, and why it stopped.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Trajectory {
    pub points: Vec<Vec<f64>>,
    pub values: Vec<f64>,
    pub gradient_norms: Vec<f64>,
    pub stop: Stop,
}

/// The most steps one call may take.
pub const MAX_STEPS: usize = 10_000;
const RUN_OFF: f64 = 1e6;

/// Runs `method` from `start` for at most `steps` steps (capped at [`MAX_STEPS`]), stopping
/// early where ‖g‖ ≤ `tolerance`.
pub fn trajectory(
    tape: &crate::formula::tape::Tape,
    start: &[f64],
    method: Method,
    steps: usize,
    tolerance: f64,
) -> Trajectory {
    let mut theta = DVector::from_column_slice(start);
    let mut velocity = DVector::zeros(start.len());
    let mut out = Trajectory {
        points: Vec::new(),
        values: Vec::new(),
        gradient_norms: Vec::new(),
        stop: Stop::Steps,
    };
    for step in 0..=steps.min(MAX_STEPS) {
        let (value, gradient, hessian) = match method {
            Method::Newton => {
                let (v, g, h) = autodiff::hessian(tape, theta.as_slice());
                (v, g, Some(h))
            }
            _ => {
                let (v, g) = autodiff::gradient(tape, theta.as_slice());
                (v, g, None)
            }
        };
        let g = DVector::from_vec(gradient);
        let norm = g.norm();
        if !value.is_finite() || !norm.is_finite() || theta.norm() > RUN_OFF {
            out.stop = Stop::Diverged;
            break;
        }
        out.points.push(theta.iter().copied().collect());
        out.values.push(value);
        out.gradient_norms.push(norm);
        if norm <= tolerance {
            out.stop = Stop::Converged;
            break;
        }
        if step == steps.min(MAX_STEPS) {
            break;
        }
        match method {
            Method::GradientDescent { learning_rate } => theta -= &g * learning_rate,
            Method::Momentum {
                learning_rate,
                beta,
            } => {
                velocity = &velocity * beta - &g * learning_rate;
                theta += &velocity;
            }
            Method::Newton => match hessian.and_then(|h| pseudo_solve(&h, &g)) {
                Some(delta) => theta -= delta,
                None => {
                    out.stop = Stop::Diverged;
                    break;
                }
            },
        }
    }
    out
}
