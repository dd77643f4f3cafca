//! Evaluators of the tape, each written once and generic over the number type
//! ([`scalar`]: `f64` for values, dual numbers for derivatives): [`forward`] for one point,
//! [`grid`] for a whole surface a row at a time, [`autodiff`] for exact gradients, Hessian-
//! vector products and Hessians. Nothing here is a finite difference.

pub mod autodiff;
pub mod curvature;
pub mod forward;
pub mod grid;
pub mod reverse;
pub mod scalar;

pub use forward::{forward, value};
pub use grid::{GridSpec, Plane};
