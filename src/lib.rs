//! Hessian Explorer's core: parse a loss formula, compute its exact value, gradient and
//! Hessian by automatic differentiation, and say what kind of point θ′ is.
//!
//! ```
//! use hessian_explorer::{Data, Kind, Loss, Tolerances};
//!
//! // The lecture's "world's worst network" y = w1·w2·x with one example (x = 1, ŷ = 1).
//! let data = Data::new().with_column("x", vec![1.0]).with_column("y", vec![1.0]);
//! let loss = Loss::with_data("(y - w1*w2*x)^2", &data).unwrap();
//! assert_eq!(loss.params(), ["w1", "w2"]);
//!
//! let origin = loss.analyze(&[0.0, 0.0], Tolerances::default()).unwrap();
//! assert_eq!(origin.kind, Kind::Saddle);
//! assert_eq!(origin.eigenvalues, [-2.0, 2.0]);
//!
//! // On the valley w1·w2 = 1 a zero eigenvalue leaves the second-order test undecided;
//! // the higher-order look along the flat direction finds the minimum.
//! let valley = loss.analyze(&[1.0, 1.0], Tolerances::default()).unwrap();
//! assert_eq!((valley.kind, valley.refined), (Kind::Inconclusive, Kind::Minimum));
//! ```
//!
//! The flow is one direction, and the folders follow it:
//!
//! - [`formula`]: text → tokens → syntax tree (Pratt, with spans) → a flat tape;
//! - [`eval`]: the tape evaluated for values, on grids, and differentiated exactly;
//! - [`analysis`]: eigen-decomposition and verdict, the higher-order look at degenerate
//!   points, critical points in a window;
//! - [`loss`] ([`Loss`]): the one object a caller holds, checking arguments and forwarding;
//! - [`network`]: networks as losses (a tape built straight from layers), seeded datasets
//!   and starting points;
//! - [`experiment`]: one run of the minimum-ratio study (train, polish, count the spectrum);
//! - [`optimize`], [`quiz`]: trajectories and seeded questions, built on [`Loss`];
//! - [`error`]: every error as data, its code and its message in English and Chinese;
//! - `wasm` alone knows JavaScript.

pub mod analysis;
pub mod error;
pub mod eval;
pub mod experiment;
pub mod formula;
pub mod loss;
pub mod network;
pub mod optimize;
pub mod quiz;
pub mod rng;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{Analysis, CriticalPoint, Kind, RefinedReason, Tolerances, Window};
pub use error::{ArgumentError, ErrorKind, FormulaError, Lang, NetworkError, Span};
pub use eval::GridSpec;
pub use formula::{parse, Data, MAX_FORMULA_BYTES, MAX_NESTING, MAX_PARAMS, MAX_TAPE_LEN};
pub use loss::{Derivatives, Loss};
