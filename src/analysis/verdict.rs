//! The second-order test's rule: at a critical point the signs of the Hessian's eigenvalues
//! decide (all positive → minimum, all negative → maximum, both → saddle); a zero eigenvalue
//! without a sign conflict leaves it inconclusive. When a number counts as zero is set by
//! [`Tolerances`], shown on the page so students see why.

use serde::Serialize;

/// What kind of point θ′ is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Minimum,
    Maximum,
    Saddle,
    /// A zero eigenvalue and no sign conflict: the second-order test cannot decide.
    Inconclusive,
    /// The gradient is not zero.
    NotCritical,
    /// The loss, its gradient or its Hessian is not finite at θ′ (log 0, 1/0).
    Undefined,
    /// Only as a refined verdict: the higher-order look could not decide either.
    Unknown,
}

/// When a number counts as zero. Shown on the page, so students see why.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Tolerances {
    /// θ′ is critical when ‖g‖₂ ≤ `gradient`.
    pub gradient: f64,
    /// An eigenvalue is zero when |λ| ≤ `eigen`·max(1, max|λ|).
    pub eigen: f64,
}

impl Default for Tolerances {
    fn default() -> Tolerances {
        Tolerances {
            gradient: 1e-6,
            eigen: 1e-8,
        }
    }
}

/// The second-order verdict from the eigenvalues, before any higher-order look.
pub fn classify(
    gradient_norm: f64,
    eigenvalues: &[f64],
    zero_threshold: f64,
    tolerances: Tolerances,
) -> Kind {
    if gradient_norm > tolerances.gradient {
        return Kind::NotCritical;
    }
    let positive = eigenvalues.iter().any(|&l| l > zero_threshold);
    let negative = eigenvalues.iter().any(|&l| l < -zero_threshold);
    let flat = eigenvalues.iter().any(|&l| l.abs() <= zero_threshold);
    match (positive, negative, flat) {
        (true, true, _) => Kind::Saddle,
        (true, false, false) => Kind::Minimum,
        (false, true, false) => Kind::Maximum,
        _ => Kind::Inconclusive,
    }
}

/// Why the refined verdict is what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RefinedReason {
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
    pub reason: RefinedReason,
    pub order: Option<usize>,
}

impl Refined {
    pub fn new(kind: Kind, reason: RefinedReason) -> Refined {
        Refined {
            kind,
            reason,
            order: None,
        }
    }

    pub fn unknown(reason: RefinedReason) -> Refined {
        Refined::new(Kind::Unknown, reason)
    }
}
