//! What kind of point θ′ is: the second-order rule ([`verdict`]), the analysis at a point
//! ([`analyze`]), the higher-order look at degenerate points ([`refine`], from the sign of
//! the formula ([`sign`]), the reduced loss's exact Taylor series ([`reduce`]) and the sign of
//! a form on a circle ([`form`])), the critical points in a window ([`search`]: Newton's
//! method to rounding ([`newton`]), curves traced ([`trace`]) and split by kind ([`pieces`]),
//! isolated points merged ([`isolated`])), and the linear algebra they share ([`linalg`]: one
//! eigen-decomposition, one rule for zero).

pub mod analyze;
pub mod budget;
pub mod form;
pub mod isolated;
pub mod linalg;
pub mod newton;
pub mod pieces;
pub mod polish;
pub mod reduce;
pub mod refine;
pub mod search;
pub mod sign;
pub mod spectrum;
pub mod trace;
pub mod trend;
pub mod verdict;

pub use analyze::{analyze, Analysis};
pub use polish::{NearbyCriticalPoint, Reason};
pub use search::{CriticalPoint, Window};
pub use spectrum::Spectrum;
pub use verdict::{classify, Kind, RefinedReason, Tolerances};
