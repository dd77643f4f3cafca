//! Training as the lecture does it: gradient descent or Adam from a starting point until ‖g‖
//! is small, within a bounded number of steps. Only the end point is kept (a study runs
//! thousands of steps per run; [`crate::optimize`] records whole paths for drawing).

use crate::eval::autodiff;
use crate::formula::tape::Tape;

/// The most training steps one run may take.
pub const MAX_TRAIN_STEPS: usize = 100_000;
/// θ this far from the origin has run off.
const RUN_OFF: f64 = 1e6;

/// A first-order optimizer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Trainer {
    /// θ ← θ − η·g.
    GradientDescent { learning_rate: f64 },
    /// Adam (Kingma & Ba 2015) with β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸.
    Adam { learning_rate: f64 },
}

/// How training ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TrainingStop {
    /// ‖g‖ ≤ the training tolerance.
    SmallGradient,
    /// All steps taken.
    Steps,
    /// The loss stopped being finite or θ ran off.
    Diverged,
}

/// Where training ended.
#[derive(Clone, Debug, PartialEq)]
pub struct Trained {
    pub point: Vec<f64>,
    pub value: f64,
    pub gradient_norm: f64,
    pub steps: usize,
    pub stop: TrainingStop,
}

/// Trains from `start` for at most `max_steps` steps (capped at [`MAX_TRAIN_STEPS`]),
/// stopping once ‖g‖ ≤ `tolerance`.
///
/// ```
/// use hessian_explorer::experiment::train::{train, Trainer, TrainingStop};
/// use hessian_explorer::Loss;
/// let loss = Loss::new("(w - 3)^2").unwrap();
/// let gd = Trainer::GradientDescent { learning_rate: 0.25 };
/// let trained = train(loss.tape(), &[0.0], gd, 1e-9, 1000);
/// assert_eq!(trained.stop, TrainingStop::SmallGradient);
/// assert!((trained.point[0] - 3.0).abs() < 1e-9);
/// ```
pub fn train(
    tape: &Tape,
    start: &[f64],
    trainer: Trainer,
    tolerance: f64,
    max_steps: usize,
) -> Trained {
    let n = start.len();
    let mut theta = start.to_vec();
    let (mut first, mut second) = (vec![0.0; n], vec![0.0; n]);
    let (beta1, beta2, epsilon) = (0.9f64, 0.999f64, 1e-8);
    let mut step = 0;
    loop {
        let (value, gradient) = autodiff::gradient(tape, &theta);
        let norm = gradient.iter().map(|g| g * g).sum::<f64>().sqrt();
        let far = theta.iter().map(|t| t * t).sum::<f64>().sqrt() > RUN_OFF;
        let stop = if !value.is_finite() || !norm.is_finite() || far {
            Some(TrainingStop::Diverged)
        } else if norm <= tolerance {
            Some(TrainingStop::SmallGradient)
        } else if step >= max_steps.min(MAX_TRAIN_STEPS) {
            Some(TrainingStop::Steps)
        } else {
            None
        };
        if let Some(stop) = stop {
            return Trained {
                point: theta,
                value,
                gradient_norm: norm,
                steps: step,
                stop,
            };
        }
        step += 1;
        match trainer {
            Trainer::GradientDescent { learning_rate } => {
                for (t, g) in theta.iter_mut().zip(&gradient) {
                    *t -= learning_rate * g;
                }
            }
            Trainer::Adam { learning_rate } => {
                let t = step as i32;
                let (correction1, correction2) = (1.0 - beta1.powi(t), 1.0 - beta2.powi(t));
                for k in 0..n {
                    let g = gradient[k];
                    first[k] = beta1 * first[k] + (1.0 - beta1) * g;
                    second[k] = beta2 * second[k] + (1.0 - beta2) * g * g;
                    let m = first[k] / correction1;
                    let v = second[k] / correction2;
                    theta[k] -= learning_rate * m / (v.sqrt() + epsilon);
                }
            }
        }
    }
}
