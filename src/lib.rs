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
//! The flow is one direction: [`lexer`] → [`parser`] (Pratt, with spans) → [`compile`]
//! (names, data rows) → [`tape`] → evaluators ([`eval`] for points, [`grid`] for surfaces,
//! [`autodiff`] for exact derivatives) → [`analysis`] (eigen and verdict, with [`refine`]
//! for degenerate points) → [`search`] (critical points). [`wasm`] alone knows JavaScript.

pub mod analysis;
pub mod ast;
pub mod autodiff;
pub mod compile;
pub mod data;
pub mod error;
pub mod eval;
pub mod functions;
pub mod grid;
pub mod lexer;
pub mod loss;
pub mod optimize;
pub mod parser;
pub mod quiz;
pub mod refine;
pub mod scalar;
pub mod search;
pub mod tape;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{Analysis, Kind, Tolerances};
pub use compile::{MAX_PARAMS, MAX_TAPE_LEN};
pub use data::Data;
pub use error::{ArgumentError, ErrorKind, FormulaError, Lang, Span};
pub use grid::GridSpec;
pub use loss::{Derivatives, Loss};
pub use parser::{parse, MAX_FORMULA_BYTES, MAX_NESTING};
pub use search::{CriticalPoint, Window};
