//! Networks as losses: a fully connected network's loss over a data table, built straight to
//! a tape, so that every tool (analysis, grids, optimizers, critical points) works on it like
//! on any formula.
//!
//! ```
//! use hessian_explorer::network::{dataset, initial_point, Activation, DatasetOptions, LossFunction, NetworkSpec};
//! use hessian_explorer::Loss;
//!
//! let spec = NetworkSpec {
//!     inputs: vec!["x1".into(), "x2".into()],
//!     target: "y".into(),
//!     hidden: vec![4],
//!     activation: Activation::Tanh,
//!     loss: LossFunction::CrossEntropy,
//!     bias: true,
//! };
//! let data = dataset("xor", 0, DatasetOptions::default()).unwrap();
//! let loss = Loss::network(&spec, &data).unwrap();
//! assert_eq!(loss.params().len(), 17);
//! let theta = initial_point(&spec, 42, 0);
//! assert!(loss.value(&theta).unwrap() > 0.0);
//! ```
//!
//! [`spec`]: what a network is and its parameters' names; [`build`]: the tape;
//! [`formula`]: the same loss as readable text for small networks; [`datasets`]: seeded
//! tables; [`init`]: seeded starting points.

pub mod build;
pub mod datasets;
pub mod formula;
pub mod init;
pub mod spec;

pub use datasets::{dataset, DatasetOptions, DATASETS, MAX_DATASET_ROWS};
pub use formula::formula;
pub use init::initial_point;
pub use spec::{Activation, LossFunction, NetworkSpec, MAX_HIDDEN_LAYERS, MAX_WIDTH};
