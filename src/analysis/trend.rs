//! How the reduced loss leaves θ′ along rays of the flat subspace, and what the rays
//! together prove ([`crate::analysis::refine`] runs them).
//!
//! Each ray's series ([`crate::analysis::reduce`]) rises or falls from its first coefficient
//! that stands clear of its rounding bound, is proven level, or says nothing up to order 16.
//! With one flat direction both sides decide; with two, the leading form must keep its sign on
//! the whole circle ([`crate::analysis::form`]); with more, only a way down (or up) is a proof.

use nalgebra::DVector;

use crate::analysis::budget::Budget;
use crate::analysis::form::minimum_on_circle;
use crate::analysis::reduce::{RaySeries, Reduction};
use crate::analysis::verdict::{Kind, Refined, RefinedReason};
use crate::eval::approx::Approx;
use crate::eval::jet::LEN;
use crate::rng::Rng;

/// Rays around the circle of two flat directions: more than twice the highest order, so
/// that the leading form is determined by its samples.
const RAYS_IN_A_PLANE: usize = 36;
/// Random rays, besides the axes both ways, in three or more flat directions.
const RANDOM_RAYS: usize = 64;

/// How the reduced loss leaves θ′ along one ray.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Trend {
    /// Its first significant coefficient, of this order, is positive.
    Rises(usize),
    Falls(usize),
    /// Proven constant along a curve of critical points.
    Level,
    /// Nothing significant up to [`crate::eval::jet::ORDER`].
    Flat,
    /// A coefficient is not a number: not smooth or not defined.
    Undefined,
}

/// How the reduced loss leaves θ′ along the ray of `series`.
///
/// The first-order coefficient is the slope, which L̃ removes: what is left of it is
/// rounding in the gradient, zero under the gradient `tolerance`. Above the tolerance it is a
/// real one-sided slope, a kink at θ′ (|x| rises at rate 1 both ways), and counts.
pub fn trend(series: &RaySeries, tolerance: f64) -> Trend {
    let slope = series.coefficients[1];
    let first = if slope.value.abs() > slope.error + tolerance {
        1
    } else {
        2
    };
    for p in first..LEN {
        let c = series.coefficients[p];
        if !c.value.is_finite() || c.error.is_nan() {
            return Trend::Undefined;
        }
        if c.value.abs() > c.error + series.bias[p] {
            return if c.value > 0.0 {
                Trend::Rises(p)
            } else {
                Trend::Falls(p)
            };
        }
    }
    if series.level_critical_curve {
        Trend::Level
    } else {
        Trend::Flat
    }
}

/// The order of the coefficient that decided a rise or fall.
pub fn order(trend: Trend) -> Option<usize> {
    match trend {
        Trend::Rises(p) | Trend::Falls(p) => Some(p),
        _ => None,
    }
}

/// Whether a direction next to the flat eigenvector `d`, with its components rounded to fewer
/// digits, carries a proven level curve of critical points both ways. The eigenvector of
/// −cos(x − y) comes out as (0.70710678118654746, 0.70710678118654757): along it x − y drifts
/// by 1e-16·t and no coefficient is exactly zero, while along (1, 1)/√2 rounded alike the loss
/// is exactly constant. Any direction across the curved ones proves the curve. `None`: out of
/// budget.
pub fn level_along_a_rounder_direction(
    reduction: &Reduction,
    d: &DVector<f64>,
    budget: &Budget,
) -> Option<bool> {
    for digits in [1, 2, 3, 4, 6, 8] {
        let scale = 10f64.powi(digits);
        let rounded = d.map(|x| (x * scale).round() / scale);
        let norm = rounded.norm();
        if norm == 0.0 {
            continue;
        }
        let candidate = rounded / norm;
        if (&candidate - d).norm() > 1e-3 || &candidate == d {
            continue;
        }
        let level = |ray: &DVector<f64>, budget: &Budget| -> Option<bool> {
            let series = reduction.along(ray, true, budget)?;
            Some(trend(&series, f64::INFINITY) == Trend::Level)
        };
        if level(&candidate, budget)? && level(&-&candidate, budget)? {
            return Some(true);
        }
    }
    Some(false)
}

/// Both sides of the one flat direction, neither against the curved sign (already checked).
pub fn one_flat_direction(trends: &[Trend], sign: f64) -> Refined {
    let decided = |t: &Trend| matches!(t, Trend::Rises(_) | Trend::Falls(_) | Trend::Level);
    if !trends.iter().all(decided) {
        return Refined::unknown(unknown_reason(trends));
    }
    let rises = trends.iter().any(|t| matches!(t, Trend::Rises(_)));
    let falls = trends.iter().any(|t| matches!(t, Trend::Falls(_)));
    let kind = match (rises || sign > 0.0, falls || sign < 0.0) {
        (true, false) => Kind::Minimum,
        (false, true) => Kind::Maximum,
        // Level both ways with nothing curved: constant near θ′, both and neither.
        _ => return Refined::unknown(RefinedReason::FlatToOrder),
    };
    let highest = trends.iter().filter_map(|&t| order(t)).max();
    match highest {
        Some(p) if !trends.contains(&Trend::Level) => Refined {
            kind,
            reason: RefinedReason::LeadingTerm,
            order: Some(p),
        },
        _ => Refined::new(kind, RefinedReason::CriticalCurve),
    }
}

/// Every ray rises (or every one falls): the leading form must keep that sign everywhere.
pub fn two_flat_directions(trends: &[Trend], series: &[RaySeries], sign: f64) -> Refined {
    let all_rise = trends.iter().all(|t| matches!(t, Trend::Rises(_)));
    let all_fall = trends.iter().all(|t| matches!(t, Trend::Falls(_)));
    if !((all_rise && sign >= 0.0) || (all_fall && sign <= 0.0)) {
        return Refined::unknown(unknown_reason(trends));
    }
    let Some(p) = trends.iter().filter_map(|&t| order(t)).min() else {
        return Refined::unknown(RefinedReason::SeveralFlatDirections);
    };
    let flip = if all_rise { 1.0 } else { -1.0 };
    let samples: Vec<Approx> = series
        .iter()
        .map(|s| Approx {
            value: flip * s.coefficients[p].value,
            error: s.coefficients[p].error + s.bias[p],
        })
        .collect();
    match minimum_on_circle(&samples, p) {
        Some(lowest) if lowest > 0.0 => Refined {
            kind: if all_rise {
                Kind::Minimum
            } else {
                Kind::Maximum
            },
            reason: RefinedReason::LeadingTerm,
            order: Some(p),
        },
        Some(_) => Refined::unknown(RefinedReason::SeveralFlatDirections),
        None => Refined::unknown(RefinedReason::NotSmooth),
    }
}

/// Why no verdict: a kink first, then nothing significant at all, then several directions.
pub fn unknown_reason(trends: &[Trend]) -> RefinedReason {
    if trends.contains(&Trend::Undefined) {
        RefinedReason::NotSmooth
    } else if trends.iter().all(|t| *t == Trend::Flat) {
        RefinedReason::FlatToOrder
    } else if trends.len() > 2 {
        RefinedReason::SeveralFlatDirections
    } else {
        RefinedReason::FlatToOrder
    }
}

/// Unit rays of the flat subspace: both ways along one direction; every 10° around a plane
/// of two; the axes both ways and a fixed, seeded spread of others for more.
pub fn rays(flat: &[DVector<f64>]) -> Vec<DVector<f64>> {
    match flat {
        [v] => vec![v.clone(), -v],
        [v, w] => (0..RAYS_IN_A_PLANE)
            .map(|k| {
                let angle = 2.0 * std::f64::consts::PI * k as f64 / RAYS_IN_A_PLANE as f64;
                v * angle.cos() + w * angle.sin()
            })
            .collect(),
        _ => {
            let mut rays: Vec<DVector<f64>> = flat.iter().flat_map(|v| [v.clone(), -v]).collect();
            // A fixed seed: the same point always gets the same verdict.
            let mut rng = Rng::new(0x9E37_79B9_7F4A_7C15);
            for _ in 0..RANDOM_RAYS {
                let mut d = DVector::zeros(flat[0].len());
                for v in flat {
                    d += v * rng.gaussian();
                }
                let norm = d.norm();
                if norm > 0.0 {
                    rays.push(d / norm);
                }
            }
            rays
        }
    }
}
