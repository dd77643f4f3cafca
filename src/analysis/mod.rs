//! What kind of point θ′ is: the second-order rule ([`verdict`]), the analysis at a point
//! ([`analyze`]), the higher-order look at
//! degenerate points ([`refine`]), the critical points in a window ([`search`]), and the
//! linear algebra they share ([`linalg`]: one eigen-decomposition, one rule for zero).

pub mod analyze;
pub mod linalg;
pub mod polish;
pub mod refine;
pub mod search;
pub mod spectrum;
pub mod verdict;

pub use analyze::{analyze, Analysis};
pub use polish::{NearbyCriticalPoint, Reason};
pub use search::{CriticalPoint, Window};
pub use spectrum::Spectrum;
pub use verdict::{classify, Kind, Tolerances};
