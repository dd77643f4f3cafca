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

/// The axes of a grid or a window: the first two parameters' worth (two when the loss has two
/// or more, one for one, none for none), existing and different.
pub fn check_axes(axes: &[usize], params: &[String]) -> Result<(), ArgumentError> {
    let wanted = params.len().min(2);
    if axes.len() != wanted {
        let what = if axes.is_empty() { "x" } else { "y" };
        return Err(ArgumentError::MissingAxis { what });
    }
    if let Some(&missing) = axes.iter().find(|&&a| a >= params.len()) {
        let what = if Some(&missing) == axes.first() {
            "x"
        } else {
            "y"
        };
        return Err(ArgumentError::MissingAxis { what });
    }
    if let [x, y] = axes {
        if x == y {
            let name = params[*x].clone();
            return Err(ArgumentError::SameAxes { name });
        }
    }
    Ok(())
}
