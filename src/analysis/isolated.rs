//! Isolated critical points from the ends of many Newton runs: one entry per point, at the
//! point itself.
//!
//! Runs from different starts that reach one critical point end within rounding of it, or,
//! at a degenerate point where even the extrapolated Newton stalls, a little apart. Two ends
//! are one point when they are closer than [`SAME_POINT`] of the window, or closer than
//! [`SAME_CLUSTER`] with the loss flat to rounding in between (sampled at three interior points
//! of the segment: two distinct critical points have a slope somewhere between them, unless
//! they are closer than f64 can tell apart). The point reported is the best end, rounded to
//! the fewest decimals at which it is still critical to rounding: x² + y⁴ gets (0, 0) and
//! Himmelblau's minimum (3, 2), not (1e-17, −3e-18) and (3.0000000000000004, 2).

use nalgebra::DVector;

use crate::analysis::newton::{snap, Slice, SAME_POINT};

/// Ends closer than this share, with a flat segment between them, are one point too.
pub const SAME_CLUSTER: f64 = 1e-3;

/// One point per critical point among `ends` (ordered best first by the caller).
pub fn merge(slice: &Slice, ends: &[DVector<f64>], span: f64) -> Vec<DVector<f64>> {
    let mut points: Vec<DVector<f64>> = Vec::new();
    for end in ends {
        let same = points.iter().any(|p| {
            let distance = (p - end).norm();
            distance <= SAME_POINT * span
                || (distance <= SAME_CLUSTER * span && flat_between(slice, p, end))
        });
        if !same {
            points.push(end.clone());
        }
    }
    points.into_iter().map(|p| snap(slice, &p, span)).collect()
}

/// Whether the loss is flat to rounding at the segment's interior sample points.
pub fn flat_between(slice: &Slice, a: &DVector<f64>, b: &DVector<f64>) -> bool {
    [0.25, 0.5, 0.75]
        .iter()
        .all(|&t| slice.is_critical(&(a + (b - a) * t)))
}
