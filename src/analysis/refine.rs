//! The higher-order look: what an inconclusive critical point really is, decided from exact
//! higher-order information or reported as unknown, with the reason.
//!
//! At θ′ the Hessian has flat directions (|λ| under the zero threshold) and curved ones whose
//! eigenvalues share a sign s (mixed signs are a saddle already). Three arguments, each a
//! proof, are tried in turn:
//!
//! 1. **The form of the formula** ([`crate::analysis::sign`]): a loss that cannot be negative
//!    (a sum of squares, …) and is zero at θ′ is at a global minimum there. This settles the
//!    lecture's valleys, the axes of x²y², the ring (x² + y² − 1)².
//! 2. **The reduced loss's leading term** ([`crate::analysis::reduce`]): along rays of the flat
//!    subspace, the exact Taylor series of the loss with the curved directions relaxed, each
//!    coefficient with a bound on its rounding error; a coefficient counts as zero when it is
//!    within its bound, as an eigenvalue counts as zero under the threshold. A ray whose first
//!    significant coefficient goes against s (down when s > 0) is a way down or up that the
//!    quadratic model did not see: a saddle. With one flat direction, rising (or proven level)
//!    on both sides is a minimum; with two, the leading form must be positive on the whole
//!    circle ([`crate::analysis::form`]).
//! 3. **A level curve of critical points**, proven exactly (every coefficient 0 ± 0 and the
//!    series known to end): x²y along x = 0 is a curve of minima above the origin and of maxima
//!    below it.
//!
//! Anything else is [`Kind::Unknown`] with a [`Reason`]: no coefficient up to order 16
//! stands clear of its rounding ([`crate::eval::jet::ORDER`]; x⁶ − x⁶ as computed), several flat directions with no proof
//! of the leading form's sign, a kink or a function undefined along a flat direction, or
//! the work budget spent. The one outcome ruled out is a confident wrong answer.
//!
//! `kind` "saddle" means "critical, and neither a minimum nor a maximum": x³ in one parameter
//! (an inflection) is a saddle in this vocabulary.

use nalgebra::DVector;
use serde::Serialize;

use crate::analysis::form::minimum_on_circle;
use crate::analysis::linalg::Eigen;
use crate::analysis::newton::polish_critical_point;
use crate::analysis::reduce::{Budget, RaySeries, Reduction};
use crate::analysis::sign::loss_signs;
use crate::analysis::verdict::Kind;
use crate::eval::approx::Approx;
use crate::eval::autodiff::hessian;
use crate::eval::forward::forward;
use crate::eval::jet::LEN;
use crate::formula::tape::Tape;
use crate::rng::Rng;

/// The most work one look may spend (about one f64 operation per unit): a few tens of
/// milliseconds in the browser. Past it the answer is "unknown", never a hang.
pub const REFINE_WORK: u64 = 100_000_000;
/// Rays around the circle of two flat directions: more than twice the highest order, so
/// that the leading form is determined by its samples.
const RAYS_IN_A_PLANE: usize = 36;
/// Random rays, besides the axes both ways, in three or more flat directions.
const RANDOM_RAYS: usize = 64;
/// Work per parameter and tape step of polishing θ′ (Newton steps × passes per step).
const POLISH_WEIGHT: u64 = 40 * 8;

/// Why the refined verdict is what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The reduced loss's leading Taylor term (of order `refined_order`) decides.
    LeadingTerm,
    /// The loss cannot be negative, by its form, and is 0 at θ′: a global minimum.
    NonnegativeLoss,
    /// The loss cannot be positive, by its form, and is 0 at θ′: a global maximum.
    NonpositiveLoss,
    /// θ′ lies on a curve of critical points along which the loss is constant, proven exactly.
    CriticalCurve,
    /// Unknown: no Taylor coefficient up to order 16 stands clear of its rounding error.
    FlatToOrder,
    /// Unknown: several flat directions, and no proof that the leading term keeps its sign.
    SeveralFlatDirections,
    /// Unknown: the loss has a kink at θ′ or is undefined along a flat direction.
    NotSmooth,
    /// Unknown: the look would take more work than it may spend.
    WorkBudget,
}

/// The refined verdict, why, and the order of the term that decided it (for `LeadingTerm`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Refined {
    pub kind: Kind,
    pub reason: Reason,
    pub order: Option<usize>,
}

impl Refined {
    fn new(kind: Kind, reason: Reason) -> Refined {
        Refined {
            kind,
            reason,
            order: None,
        }
    }

    fn unknown(reason: Reason) -> Refined {
        Refined::new(Kind::Unknown, reason)
    }
}

/// How the reduced loss leaves θ′ along one ray.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Trend {
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

/// What the analysis at θ′ found: the gradient, the Hessian's eigenvalues (ascending) with
/// unit eigenvectors, and the zero threshold and gradient tolerance it used.
pub struct AtPoint<'a> {
    pub gradient: &'a [f64],
    pub eigenvalues: &'a [f64],
    pub eigenvectors: &'a [DVector<f64>],
    pub threshold: f64,
    pub tolerance: f64,
}

/// The refined verdict at an inconclusive critical point `theta`.
///
/// θ′ is critical to the tolerance, not exactly: the look is taken at the exact critical
/// point it stands for ([`polish_critical_point`]: Newton from θ′, kept when the gradient
/// stays under the tolerance all the way), or at θ′ itself with its small gradient removed
/// (see [`crate::analysis::reduce`]). A point a hair off the lecture's valley is judged on
/// the valley, not by the hair.
pub fn refine(tape: &Tape, theta: &[f64], at: &AtPoint) -> Refined {
    let affordable = (theta.len() * tape.len()) as u64 * POLISH_WEIGHT <= REFINE_WORK;
    if let Some(exact) = affordable
        .then(|| polish_critical_point(tape, theta, at.tolerance))
        .flatten()
    {
        let (_, gradient, h) = hessian(tape, &exact);
        if let Some(eigen) = Eigen::of(&h) {
            return decide(
                tape,
                &exact,
                &gradient,
                &eigen.values,
                &eigen.vectors,
                at.threshold,
            );
        }
    }
    decide(
        tape,
        theta,
        at.gradient,
        at.eigenvalues,
        at.eigenvectors,
        at.threshold,
    )
}

/// The look at `theta`, taken as exactly critical (its gradient removed).
fn decide(
    tape: &Tape,
    theta: &[f64],
    gradient: &[f64],
    eigenvalues: &[f64],
    eigenvectors: &[DVector<f64>],
    threshold: f64,
) -> Refined {
    let mut flat = Vec::new();
    let mut curved = Vec::new();
    for (&lambda, vector) in eigenvalues.iter().zip(eigenvectors) {
        if lambda.abs() <= threshold {
            flat.push(vector.clone());
        } else {
            curved.push((lambda, vector.clone()));
        }
    }
    let sign = curved.first().map_or(0.0, |(lambda, _)| lambda.signum());
    if flat.is_empty() || curved.iter().any(|(l, _)| l.signum() != sign) {
        // Polished onto the exact point, the second-order test decides after all.
        let kind = match (sign > 0.0, curved.iter().any(|(l, _)| l.signum() != sign)) {
            (_, true) => Kind::Saddle,
            (true, false) => Kind::Minimum,
            (false, false) => Kind::Maximum,
        };
        let mut second_order = Refined::new(kind, Reason::LeadingTerm);
        second_order.order = Some(2);
        return second_order;
    }
    let mut budget = Budget::new(REFINE_WORK);
    if let Some(refined) = by_form(tape, theta, sign, &mut budget) {
        return refined;
    }
    let reduction = Reduction {
        tape,
        theta,
        gradient,
        curved: &curved,
    };
    let mut trends = Vec::new();
    let mut series = Vec::new();
    for ray in rays(&flat) {
        let Some(along) = reduction.along(&ray, flat.len() == 1, &mut budget) else {
            return Refined::unknown(Reason::WorkBudget);
        };
        let trend = trend(&along);
        let rises = matches!(trend, Trend::Rises(_));
        let falls = matches!(trend, Trend::Falls(_));
        let against = (sign > 0.0 && falls) || (sign < 0.0 && rises);
        let both = (rises && trends.iter().any(|t| matches!(t, Trend::Falls(_))))
            || (falls && trends.iter().any(|t| matches!(t, Trend::Rises(_))));
        if against || both {
            let mut saddle = Refined::new(Kind::Saddle, Reason::LeadingTerm);
            saddle.order = order(trend);
            return saddle;
        }
        trends.push(trend);
        series.push(along);
    }
    match flat.len() {
        1 => one_flat_direction(&trends, sign),
        2 => two_flat_directions(&trends, &series, sign),
        _ => Refined::unknown(unknown_reason(&trends)),
    }
}

/// The certificate of item 1: `None` when it does not apply.
fn by_form(tape: &Tape, theta: &[f64], sign: f64, budget: &mut Budget) -> Option<Refined> {
    let signs = loss_signs(tape);
    if signs.negative && signs.positive {
        return None;
    }
    budget.spend(tape.len() as u64 * 4)?;
    let point: Vec<Approx> = theta.iter().map(|&x| Approx::exact(x)).collect();
    let mut slots = Vec::new();
    forward(tape, &point, &mut slots);
    let value = slots[tape.output()];
    if value.value.abs() > value.error {
        return None;
    }
    match (signs.negative, signs.positive) {
        (false, _) if sign >= 0.0 => Some(Refined::new(Kind::Minimum, Reason::NonnegativeLoss)),
        (_, false) if sign <= 0.0 => Some(Refined::new(Kind::Maximum, Reason::NonpositiveLoss)),
        _ => None,
    }
}

fn trend(series: &RaySeries) -> Trend {
    // Order 1 is the slope g, which the tolerance declares zero (and L̃ removes).
    for p in 2..LEN {
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

fn order(trend: Trend) -> Option<usize> {
    match trend {
        Trend::Rises(p) | Trend::Falls(p) => Some(p),
        _ => None,
    }
}

/// Both sides of the one flat direction, neither against the curved sign (already checked).
fn one_flat_direction(trends: &[Trend], sign: f64) -> Refined {
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
        _ => return Refined::unknown(Reason::FlatToOrder),
    };
    let highest = trends.iter().filter_map(|&t| order(t)).max();
    match highest {
        Some(p) if !trends.contains(&Trend::Level) => Refined {
            kind,
            reason: Reason::LeadingTerm,
            order: Some(p),
        },
        _ => Refined::new(kind, Reason::CriticalCurve),
    }
}

/// Every ray rises (or every one falls): the leading form must keep that sign everywhere.
fn two_flat_directions(trends: &[Trend], series: &[RaySeries], sign: f64) -> Refined {
    let all_rise = trends.iter().all(|t| matches!(t, Trend::Rises(_)));
    let all_fall = trends.iter().all(|t| matches!(t, Trend::Falls(_)));
    if !((all_rise && sign >= 0.0) || (all_fall && sign <= 0.0)) {
        return Refined::unknown(unknown_reason(trends));
    }
    let Some(p) = trends.iter().filter_map(|&t| order(t)).min() else {
        return Refined::unknown(Reason::SeveralFlatDirections);
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
            reason: Reason::LeadingTerm,
            order: Some(p),
        },
        Some(_) => Refined::unknown(Reason::SeveralFlatDirections),
        None => Refined::unknown(Reason::NotSmooth),
    }
}

/// Why no verdict: a kink first, then nothing significant at all, then several directions.
fn unknown_reason(trends: &[Trend]) -> Reason {
    if trends.contains(&Trend::Undefined) {
        Reason::NotSmooth
    } else if trends.iter().all(|t| *t == Trend::Flat) {
        Reason::FlatToOrder
    } else if trends.len() > 2 {
        Reason::SeveralFlatDirections
    } else {
        Reason::FlatToOrder
    }
}

/// Unit rays of the flat subspace: both ways along one direction; every 10° around a plane
/// of two; the axes both ways and a fixed, seeded spread of others for more.
fn rays(flat: &[DVector<f64>]) -> Vec<DVector<f64>> {
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
