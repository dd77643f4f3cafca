//! The higher-order look: what an inconclusive critical point really is, decided from exact
//! higher-order information or reported as unknown, with the reason.
//!
//! θ′ is critical to the tolerance; the look is taken at the exact critical point it stands for
//! (Newton from θ′, kept when the gradient stays under the tolerance all the way) with the
//! remaining slope removed. There the Hessian has flat directions (|λ| under the zero
//! threshold) and curved ones whose eigenvalues share a sign s (mixed signs are a saddle
//! already). Three arguments, each a proof, are tried in turn:
//!
//! 1. **The form of the formula** ([`crate::analysis::sign`]): a loss that cannot be negative
//!    (a sum of squares, …) and is zero at θ′ is at a global minimum there. This settles the
//!    lecture's valleys, the axes of x²y², the ring (x² + y² − 1)².
//! 2. **The reduced loss's leading term** ([`crate::analysis::reduce`],
//!    [`crate::analysis::trend`]): along rays of the flat subspace, the exact Taylor series of
//!    the loss with the curved directions relaxed, each coefficient with a bound on its rounding
//!    error; a coefficient counts as zero when it is within its bound, as an eigenvalue counts
//!    as zero under the threshold. A ray whose first significant coefficient goes against s
//!    (down when s > 0) is a way down or up that the quadratic model did not see: a saddle.
//!    With one flat direction, rising on both sides is a minimum; with two, the leading form
//!    must be positive on the whole circle ([`crate::analysis::form`]).
//! 3. **A level curve of critical points**: both series known to end (exact polynomials) and
//!    every coefficient zero to rounding, along the flat direction or one next to it with
//!    rounder components. x²y along x = 0 is a curve of minima above the origin and of maxima
//!    below it; −cos(x − y) has lines of minima and of maxima.
//!
//! Anything else is [`Kind::Unknown`] with a [`RefinedReason`]: no coefficient up to order 16
//! ([`crate::eval::jet::ORDER`]) stands clear of its rounding (x⁶ − x⁶ as computed, or x² − y¹⁸),
//! several flat directions with no proof of the leading form's sign, a kink or a function
//! undefined along a flat direction, or the work budget spent. The one outcome ruled out is a
//! confident wrong answer.
//!
//! `kind` "saddle" means "critical, and neither a minimum nor a maximum": x³ in one parameter
//! (an inflection) is a saddle in this vocabulary.

use nalgebra::DVector;

use crate::analysis::budget::{cost, second_order, Budget};
use crate::analysis::linalg::Eigen;
use crate::analysis::newton::polish_critical_point;
use crate::analysis::reduce::Reduction;
use crate::analysis::sign::loss_signs;
use crate::analysis::trend::{
    level_along_a_rounder_direction, one_flat_direction, order, rays, trend, two_flat_directions,
    unknown_reason, Trend,
};
use crate::analysis::verdict::{Kind, Refined, RefinedReason};
use crate::eval::approx::Approx;
use crate::eval::autodiff::hessian;
use crate::eval::forward::forward;
use crate::formula::tape::Tape;

/// The most work one look may spend, in steps (see [`crate::analysis::budget`]): tens of
/// milliseconds in the browser. Past it the answer is "unknown", never a hang.
pub const REFINE_WORK: u64 = 20_000_000;

/// What the analysis at θ′ found: the gradient, the Hessian's eigenvalues (ascending) with
/// unit eigenvectors, and the zero threshold and gradient tolerance it used.
#[derive(Clone, Copy)]
pub struct AtPoint<'a> {
    pub gradient: &'a [f64],
    pub eigenvalues: &'a [f64],
    pub eigenvectors: &'a [DVector<f64>],
    pub threshold: f64,
    pub tolerance: f64,
}

/// The exact critical point θ′ stands for, with its gradient and the Hessian's
/// eigen-decomposition there.
pub struct Polished {
    pub point: Vec<f64>,
    pub gradient: Vec<f64>,
    pub eigen: Eigen,
}

impl Polished {
    /// The analysis at the polished point, with θ′'s threshold and tolerance.
    fn at<'a>(&'a self, theta: &AtPoint<'a>) -> AtPoint<'a> {
        AtPoint {
            gradient: &self.gradient,
            eigenvalues: &self.eigen.values,
            eigenvectors: &self.eigen.vectors,
            ..*theta
        }
    }
}

/// θ′ is critical to the tolerance, not exactly: the exact critical point it stands for
/// ([`polish_critical_point`]: Newton from θ′, kept when the gradient stays under the
/// tolerance all the way), or `None` when θ′ is critical to rounding already, Newton fails
/// or the budget is spent. A point a hair off the lecture's valley stands for a point of the
/// valley.
pub fn polish(tape: &Tape, theta: &[f64], tolerance: f64, budget: &Budget) -> Option<Polished> {
    let point = polish_critical_point(tape, theta, tolerance, budget)?;
    budget.spend(second_order(tape.len(), theta.len()))?;
    let (_, gradient, h) = hessian(tape, &point);
    let eigen = Eigen::of(&h)?;
    Some(Polished {
        point,
        gradient,
        eigen,
    })
}

/// The refined verdict at an inconclusive critical point `theta`: the look is taken at the
/// exact point it stands for (`polished`, see [`polish`]), or at θ′ itself with its small
/// gradient removed (see [`crate::analysis::reduce`]). A point a hair off the lecture's
/// valley is judged on the valley, not by the hair.
pub fn refine(
    tape: &Tape,
    theta: &[f64],
    at: &AtPoint,
    polished: Option<&Polished>,
    budget: &Budget,
) -> Refined {
    match polished {
        Some(exact) => decide(tape, &exact.point, &exact.at(at), budget),
        None => decide(tape, theta, at, budget),
    }
}

/// The look at `theta`, taken as exactly critical (its gradient removed).
fn decide(tape: &Tape, theta: &[f64], at: &AtPoint, budget: &Budget) -> Refined {
    let mut flat = Vec::new();
    let mut curved = Vec::new();
    for (&lambda, vector) in at.eigenvalues.iter().zip(at.eigenvectors) {
        if lambda.abs() <= at.threshold {
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
        let mut second_order = Refined::new(kind, RefinedReason::LeadingTerm);
        second_order.order = Some(2);
        return second_order;
    }
    if let Some(refined) = by_form(tape, theta, sign, budget) {
        return refined;
    }
    let reduction = Reduction {
        tape,
        theta,
        gradient: at.gradient,
        curved: &curved,
    };
    let mut trends = Vec::new();
    let mut series = Vec::new();
    for ray in rays(&flat) {
        let Some(along) = reduction.along(&ray, flat.len() == 1, budget) else {
            return Refined::unknown(RefinedReason::WorkBudget);
        };
        let trend = trend(&along, at.tolerance);
        let rises = matches!(trend, Trend::Rises(_));
        let falls = matches!(trend, Trend::Falls(_));
        let against = (sign > 0.0 && falls) || (sign < 0.0 && rises);
        let both = (rises && trends.iter().any(|t| matches!(t, Trend::Falls(_))))
            || (falls && trends.iter().any(|t| matches!(t, Trend::Rises(_))));
        if against || both {
            // The order reported is the way out's: down from a minimum-like point (or with
            // nothing curved), up from a maximum-like one.
            let out = |t: &Trend| match sign < 0.0 {
                true => matches!(t, Trend::Rises(_)),
                false => matches!(t, Trend::Falls(_)),
            };
            let way_out = std::iter::once(&trend).chain(&trends).find(|t| out(t));
            let mut saddle = Refined::new(Kind::Saddle, RefinedReason::LeadingTerm);
            saddle.order = way_out.and_then(|&t| order(t));
            return saddle;
        }
        trends.push(trend);
        series.push(along);
    }
    if flat.len() == 1 && trends.contains(&Trend::Flat) {
        match level_along_a_rounder_direction(&reduction, &flat[0], budget) {
            None => return Refined::unknown(RefinedReason::WorkBudget),
            Some(true) => trends = vec![Trend::Level, Trend::Level],
            Some(false) => {}
        }
    }
    match flat.len() {
        1 => one_flat_direction(&trends, sign),
        2 => two_flat_directions(&trends, &series, sign),
        _ => Refined::unknown(unknown_reason(&trends)),
    }
}

/// The certificate of item 1: `None` when it does not apply.
fn by_form(tape: &Tape, theta: &[f64], sign: f64, budget: &Budget) -> Option<Refined> {
    let signs = loss_signs(tape);
    if signs.negative && signs.positive {
        return None;
    }
    budget.spend(tape.len() as u64 * cost::BOUNDED_SLOPE)?;
    let point: Vec<Approx> = theta.iter().map(|&x| Approx::exact(x)).collect();
    let mut slots = Vec::new();
    forward(tape, &point, &mut slots);
    let value = slots[tape.output()];
    if value.value.abs() > value.error {
        return None;
    }
    match (signs.negative, signs.positive) {
        (false, _) if sign >= 0.0 => {
            Some(Refined::new(Kind::Minimum, RefinedReason::NonnegativeLoss))
        }
        (_, false) if sign <= 0.0 => {
            Some(Refined::new(Kind::Maximum, RefinedReason::NonpositiveLoss))
        }
        _ => None,
    }
}
