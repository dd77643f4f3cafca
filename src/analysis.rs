//! The second-order test at θ′: eigen-decompose the Hessian and say what kind of point it is.
//!
//! Near θ′, L(θ) ≈ L(θ′) + (θ−θ′)ᵀg + ½(θ−θ′)ᵀH(θ−θ′). Where g = 0 the Hessian decides: all
//! eigenvalues positive → local minimum, all negative → local maximum, both signs → saddle
//! point, and a zero eigenvalue without a sign conflict leaves the test inconclusive; then
//! [`crate::refine`] looks at higher orders along the flat directions.

use nalgebra::{DMatrix, DVector, SymmetricEigen};
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
    pub kind: Kind,
    /// Equals `kind` except for [`Kind::Inconclusive`]: then minimum, maximum, saddle or
    /// unknown, from the higher-order look.
    pub refined: Kind,
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

/// Eigenvalues ascending with unit eigenvectors in the same order, sign-normalized.
///
/// nalgebra's `SymmetricEigen` returns them unsorted and with arbitrary signs; a fixed order
/// and sign keep the arrows on the page from flickering while θ′ is dragged. Returns `None`
/// when the solver does not converge (it never sees a non-finite matrix: callers check).
pub fn sorted_eigen(h: &DMatrix<f64>) -> Option<(Vec<f64>, Vec<DVector<f64>>)> {
    let n = h.nrows();
    if n == 0 {
        return Some((Vec::new(), Vec::new()));
    }
    let eigen = SymmetricEigen::try_new(h.clone(), f64::EPSILON, 10_000)?;
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| eigen.eigenvalues[a].total_cmp(&eigen.eigenvalues[b]));
    let values = order.iter().map(|&i| eigen.eigenvalues[i]).collect();
    let vectors = order
        .iter()
        .map(|&i| normalize_sign(eigen.eigenvectors.column(i).normalize()))
        .collect();
    Some((values, vectors))
}

/// Flips `v` so that its largest-magnitude component is positive; among components equal in
/// magnitude up to rounding, the first one decides.
pub fn normalize_sign(v: DVector<f64>) -> DVector<f64> {
    let largest = v.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    match v
        .iter()
        .find(|x| x.abs() >= largest - 1e-9 * largest.max(1.0))
    {
        Some(&x) if x < 0.0 => -v,
        _ => v,
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

/// The absolute bound below which |λ| counts as zero.
pub fn zero_threshold(eigenvalues: &[f64], tolerances: Tolerances) -> f64 {
    let largest = eigenvalues.iter().fold(0.0f64, |m, l| m.max(l.abs()));
    tolerances.eigen * largest.max(1.0)
}

/// The undefined outcome: θ′ is outside the loss's domain.
pub fn undefined(
    value: f64,
    gradient: Vec<f64>,
    h: &DMatrix<f64>,
    tolerances: Tolerances,
) -> Analysis {
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
        escape: None,
        zero_threshold: f64::NAN,
        tolerances,
        flat_directions: 0,
    }
}

/// A matrix as a vector of rows.
pub fn rows(h: &DMatrix<f64>) -> Vec<Vec<f64>> {
    h.row_iter()
        .map(|row| row.iter().copied().collect())
        .collect()
}
