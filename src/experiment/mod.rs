//! The lecture's closing experiment: many seeded starts brought to critical points, each
//! one's Hessian spectrum counted, to see how often training stops at a minimum (minimum
//! ratio 1) and how often at a saddle point.
//!
//! [`run`] is one run (what the page's Web Worker calls per run); [`train`] the first-order
//! optimizers it uses; the counting is [`crate::analysis::spectrum`].

pub mod run;
pub mod train;

pub use run::{run, Method, RunOptions, RunResult};
pub use train::{Trainer, TrainingStop};
