//! Evaluators of the tape, each written once and generic over the number type
//! ([`scalar`]: `f64` for values, dual numbers for derivatives; [`jet`]: truncated Taylor
//! series, whose coefficients may be [`approx`] numbers that bound their own rounding error):
//! [`forward`] for one point, [`grid`] for a whole surface a row at a time, [`autodiff`] for
//! exact gradients, Hessian-vector products and Hessians. Nothing here is a finite
//! difference.

pub mod approx;
pub mod autodiff;
pub mod curvature;
pub mod forward;
pub mod grid;
pub mod jet;
pub mod jet_functions;
pub mod reverse;
pub mod scalar;
pub mod tangent;

pub use forward::{forward, value};
pub use grid::{GridSpec, Plane};
