//! Checks of the arguments of [`crate::Loss`]'s methods, written once: every call fed by
//! user input goes through them before any work starts.

use crate::error::argument::ArgumentError;

/// The largest grid side, and the most points in one grid.
pub const MAX_GRID_SIDE: usize = 4096;
pub const MAX_GRID_POINTS: usize = 4096 * 4096;

/// A range of two finite, different ends.
pub fn check_range(range: (f64, f64), what: &'static str) -> Result<(), ArgumentError> {
    if !range.0.is_finite() || !range.1.is_finite() {
        return Err(ArgumentError::NotFinite { what });
    }
    if range.0 == range.1 {
        return Err(ArgumentError::EmptyRange { what });
    }
    Ok(())
}

/// A count within `min..=max`.
pub fn check_count(
    count: usize,
    what: &'static str,
    min: usize,
    max: usize,
) -> Result<(), ArgumentError> {
    if count < min || count > max {
        return Err(ArgumentError::BadResolution {
            what,
            min,
            max,
            found: count,
        });
    }
    Ok(())
}

/// A grid of `nx` × `ny` points: `nx` in 2..=[`MAX_GRID_SIDE`], `ny` in `ny_min..=ny_max`,
/// and at most [`MAX_GRID_POINTS`] in all.
pub fn check_grid_size(
    nx: usize,
    ny: usize,
    ny_min: usize,
    ny_max: usize,
) -> Result<(), ArgumentError> {
    check_count(nx, "nx", 2, MAX_GRID_SIDE)?;
    check_count(ny, "ny", ny_min, ny_max)?;
    check_count(nx * ny, "nx·ny", 2, MAX_GRID_POINTS)
}
