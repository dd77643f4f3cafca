//! The second-order test at θ′: eigen-decompose the Hessian and say what kind of point it is.
//!
//! Near θ′, L(θ) ≈ L(θ′) + (θ−θ′)ᵀg + ½(θ−θ′)ᵀH(θ−θ′). Where g = 0 the Hessian decides: all
//! eigenvalues positive → local minimum, all negative → local maximum, both signs → saddle
//! point, and a zero eigenvalue without a sign conflict leaves the test inconclusive; then
//! [`crate::analysis::refine`] looks at higher orders along the flat directions. θ′ whose
//! gradient is under the tolerance but not zero is judged by the exact critical point it
//! stands for ([`crate::analysis::refine::polish`]): x³ at 10⁻⁴ is not a minimum.

use nalgebra::DMatrix;
use serde::Serialize;

use crate::analysis::budget::{second_order, Budget};
use crate::analysis::linalg::{self, rows, Eigen};
use crate::analysis::refine::{polish, refine, AtPoint, REFINE_WORK};
use crate::analysis::verdict::{classify, Kind, RefinedReason, Tolerances};
use crate::eval::autodiff;
use crate::formula::tape::Tape;

/// Everything the second-order test says about one point.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    pub value: f64,
    pub gradient: Vec<f64>,
    pub gradient_norm: f64,
    /// H as rows.
    pub hessian: Vec<Vec<f64>>,
    /// Ascending.
    pub eigenvalues: Vec<f64>,
    /// Unit length, one per eigenvalue, largest-magnitude component positive.
    pub eigenvectors: Vec<Vec<f64>>,
    /// The second-order test at the critical point θ′ stands for: θ′ itself when its gradient
    /// is zero, else the exact critical point Newton reaches from θ′ without leaving the
    /// gradient tolerance. When the test at θ′ and at that point disagree (a hair off a valley
    /// of minima the Hessian has a tiny eigenvalue of either sign), it is inconclusive.
    pub kind: Kind,
    /// Equals `kind` except for [`Kind::Inconclusive`]: then minimum, maximum, saddle or
    /// unknown, from the higher-order look ([`crate::analysis::refine`]).
    pub refined: Kind,
    /// Why `refined` is what it is, when `kind` is inconclusive (`None` otherwise).
    pub refined_reason: Option<RefinedReason>,
    /// The order of the Taylor term that decided `refined`, for [`RefinedReason::LeadingTerm`].
    pub refined_order: Option<usize>,
    /// The unit eigenvector of the most negative eigenvalue, when one is negative.
    pub escape: Option<Vec<f64>>,
    /// |λ| at or below this counts as zero.
    pub zero_threshold: f64,
    pub tolerances: Tolerances,
    /// How many eigenvalues count as zero.
    pub flat_directions: usize,
}

impl Analysis {
    /// The quadratic Taylor model at θ′ evaluated at θ:
    /// L(θ′) + (θ−θ′)ᵀg + ½(θ−θ′)ᵀH(θ−θ′).
    ///
    /// ```
    /// use hessian_explorer::{Loss, Tolerances};
    /// let loss = Loss::new("x^2 - y^2 + x*y").unwrap();
    /// let at = [0.5, 0.25];
    /// let analysis = loss.analyze(&at, Tolerances::default()).unwrap();
    /// // A quadratic equals its own Taylor model.
    /// let theta = [1.5, -2.0];
    /// let exact = loss.value(&theta).unwrap();
    /// assert!((analysis.quadratic_model(&at, &theta) - exact).abs() < 1e-12);
    /// ```
    pub fn quadratic_model(&self, at: &[f64], theta: &[f64]) -> f64 {
        let d: Vec<f64> = theta.iter().zip(at).map(|(t, a)| t - a).collect();
        let linear: f64 = self.gradient.iter().zip(&d).map(|(g, d)| g * d).sum();
        let quadratic: f64 = self
            .hessian
            .iter()
            .zip(&d)
            .map(|(row, di)| di * row.iter().zip(&d).map(|(h, dj)| h * dj).sum::<f64>())
            .sum();
        self.value + linear + 0.5 * quadratic
    }
}

/// The full analysis of the loss on `tape` at `theta`: value, gradient, Hessian, its
/// eigen-decomposition, the second-order verdict and, when that is inconclusive, the refined
/// one (within [`REFINE_WORK`]). The arguments are the caller's to check (see
/// [`crate::Loss::analyze`]).
pub fn analyze(tape: &Tape, theta: &[f64], tolerances: Tolerances) -> Analysis {
    analyze_within(tape, theta, tolerances, &Budget::new(REFINE_WORK))
}

/// [`analyze`], charging `budget` (the higher-order look says "unknown" when it runs out).
pub fn analyze_within(
    tape: &Tape,
    theta: &[f64],
    tolerances: Tolerances,
    budget: &Budget,
) -> Analysis {
    // Computed whatever is left (a search has checked before, and notices an overdraft).
    let _ = budget.spend(second_order(tape.len(), theta.len()));
    let (value, gradient, hessian) = autodiff::hessian(tape, theta);
    let finite = value.is_finite() && gradient.iter().all(|x| x.is_finite());
    let eigen = if finite { Eigen::of(&hessian) } else { None };
    let Some(Eigen { values, vectors }) = eigen else {
        return undefined(value, gradient, &hessian, tolerances);
    };
    let gradient_norm = gradient.iter().map(|g| g * g).sum::<f64>().sqrt();
    let zero_threshold = linalg::zero_threshold(&values, tolerances.eigen);
    let at = AtPoint {
        gradient: &gradient,
        eigenvalues: &values,
        eigenvectors: &vectors,
        threshold: zero_threshold,
        tolerance: tolerances.gradient,
    };
    let second_order_here = classify(gradient_norm, &values, zero_threshold, tolerances);
    // θ′ is critical to the tolerance only: what kind of point it is, is what kind the exact
    // critical point it stands for is. A hair off the lecture's valley the Hessian has a tiny
    // eigenvalue of either sign (a "saddle" or "minimum" at θ′); at the valley it is zero.
    let polished = match second_order_here {
        Kind::NotCritical | Kind::Undefined => None,
        _ if gradient_norm == 0.0 => None,
        Kind::Inconclusive => polish(tape, theta, tolerances.gradient, budget),
        _ if !could_change_class(&values, gradient_norm) => None,
        _ => polish(tape, theta, tolerances.gradient, budget),
    };
    let kind = match &polished {
        Some(exact)
            if classify(0.0, &exact.eigen.values, zero_threshold, tolerances)
                != second_order_here =>
        {
            Kind::Inconclusive
        }
        _ => second_order_here,
    };
    let look =
        (kind == Kind::Inconclusive).then(|| refine(tape, theta, &at, polished.as_ref(), budget));
    let escape = match values.first() {
        Some(&lowest) if lowest < -zero_threshold => Some(vectors[0].iter().copied().collect()),
        _ => None,
    };
    Analysis {
        value,
        gradient,
        gradient_norm,
        hessian: rows(&hessian),
        flat_directions: values.iter().filter(|l| l.abs() <= zero_threshold).count(),
        eigenvalues: values,
        eigenvectors: vectors
            .iter()
            .map(|v| v.iter().copied().collect())
            .collect(),
        kind,
        refined: look.map_or(kind, |l| l.kind),
        refined_reason: look.map(|l| l.reason),
        refined_order: look.and_then(|l| l.order),
        escape,
        zero_threshold,
        tolerances,
    }
}

/// How near zero, relative to the gradient, an eigenvalue must be for the polish to be worth
/// its cost at a point the second-order test decides (see [`could_change_class`]).
const FRAGILE: f64 = 1e3;

/// Whether an eigenvalue could change sign on the way to the exact critical point θ′ stands
/// for. Newton's step there is about ‖g‖/|λ| long; over it λ moves by about the third
/// derivative times the step, so a λ with λ² well above ‖g‖ (in the Hessian's own scale) keeps
/// its sign. x² at 10⁻⁷ (λ = 2, ‖g‖ = 2e-7) is safe; 10⁻⁷ off the lecture's valley (λ = −2e-7)
/// and x³ at 10⁻⁴ (λ = 6e-4, ‖g‖ = 3e-8) are not. Spares the polish, whose first check alone
/// is a few passes per parameter, at the clear minima, maxima and saddles a search finds.
fn could_change_class(eigenvalues: &[f64], gradient_norm: f64) -> bool {
    let scale = eigenvalues.iter().fold(1.0f64, |m, l| m.max(l.abs()));
    eigenvalues
        .iter()
        .any(|l| l * l <= FRAGILE * gradient_norm * scale)
}

/// The undefined outcome: θ′ is outside the loss's domain.
fn undefined(value: f64, gradient: Vec<f64>, h: &DMatrix<f64>, tolerances: Tolerances) -> Analysis {
    let gradient_norm = gradient.iter().map(|g| g * g).sum::<f64>().sqrt();
    Analysis {
        value,
        gradient,
        gradient_norm,
        hessian: rows(h),
        eigenvalues: Vec::new(),
        eigenvectors: Vec::new(),
        kind: Kind::Undefined,
        refined: Kind::Undefined,
        refined_reason: None,
        refined_order: None,
        escape: None,
        zero_threshold: f64::NAN,
        tolerances,
        flat_directions: 0,
    }
}
