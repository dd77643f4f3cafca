//! The linear algebra the analysis needs, written once: one symmetric eigen-decomposition
//! (sorted, signs fixed) and one rule for when an eigenvalue counts as zero.
//!
//! The rule: |λ| ≤ `relative`·max(1, max|λ|). Relative to the largest eigenvalue, so the
//! verdict does not change when the loss is scaled by a large factor; never below
//! `relative` itself, so round-off in a Hessian of tiny entries does not pass for curvature.
//! Each caller names the `relative` it uses and why: the verdict takes the student's
//! tolerance ([`crate::Tolerances::eigen`]), a Newton solve a much smaller one.

use nalgebra::{DMatrix, DVector, SymmetricEigen};

/// The most QR sweeps the eigen-solver may take before giving up (it converges in far
/// fewer for any finite symmetric matrix of the sizes the page uses).
const MAX_SWEEPS: usize = 10_000;
/// A Newton step ignores curvature below this (relative, in [`zero_threshold`]'s sense):
/// directions flatter than round-off are left alone instead of divided by noise.
pub const SOLVE_ZERO: f64 = 1e-12;

/// Eigenvalues ascending, with unit eigenvectors in the same order.
#[derive(Clone, Debug, PartialEq)]
pub struct Eigen {
    pub values: Vec<f64>,
    /// Unit length; the largest-magnitude component is positive (see [`normalize_sign`]).
    pub vectors: Vec<DVector<f64>>,
}

impl Eigen {
    /// The decomposition of a symmetric matrix (only its lower triangle is read, as
    /// nalgebra's `SymmetricEigen` does). `None` when the solver does not converge or the
    /// matrix is not finite: callers never see an eigenvector of NaN.
    ///
    /// nalgebra returns the eigenvalues unsorted and the vectors with arbitrary signs; a
    /// fixed order and sign keep the arrows on the page from flickering while θ′ is dragged.
    ///
    /// ```
    /// use hessian_explorer::analysis::linalg::Eigen;
    /// use nalgebra::DMatrix;
    /// let h = DMatrix::from_row_slice(2, 2, &[0.0, -2.0, -2.0, 0.0]);
    /// let eigen = Eigen::of(&h).unwrap();
    /// assert_eq!(eigen.values, [-2.0, 2.0]);
    /// ```
    pub fn of(h: &DMatrix<f64>) -> Option<Eigen> {
        let n = h.nrows();
        if n == 0 {
            return Some(Eigen {
                values: Vec::new(),
                vectors: Vec::new(),
            });
        }
        if !h.iter().all(|x| x.is_finite()) {
            return None;
        }
        let eigen = SymmetricEigen::try_new(h.clone(), f64::EPSILON, MAX_SWEEPS)?;
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&a, &b| eigen.eigenvalues[a].total_cmp(&eigen.eigenvalues[b]));
        Some(Eigen {
            values: order.iter().map(|&i| eigen.eigenvalues[i]).collect(),
            vectors: order
                .iter()
                .map(|&i| normalize_sign(eigen.eigenvectors.column(i).normalize()))
                .collect(),
        })
    }

    /// The absolute bound below which |λ| counts as zero (see the module's rule).
    pub fn zero_threshold(&self, relative: f64) -> f64 {
        zero_threshold(&self.values, relative)
    }
}

/// The eigenvalues of a symmetric matrix, ascending, without eigenvectors (the lower
/// triangle is read): a Householder reduction and QR sweeps on the tridiagonal, several times
/// faster than [`Eigen::of`] for large matrices. `None` when the matrix is not finite.
///
/// ```
/// use hessian_explorer::analysis::linalg::eigenvalues;
/// use nalgebra::DMatrix;
/// let h = DMatrix::from_row_slice(2, 2, &[0.0, -2.0, -2.0, 0.0]);
/// assert_eq!(eigenvalues(&h).unwrap(), [-2.0, 2.0]);
/// ```
pub fn eigenvalues(h: &DMatrix<f64>) -> Option<Vec<f64>> {
    if !h.iter().all(|x| x.is_finite()) {
        return None;
    }
    if h.nrows() == 0 {
        return Some(Vec::new());
    }
    // On a finite matrix the QR sweeps converge (nalgebra's eigenvalue-only entry point has
    // no iteration limit, so finiteness is checked first).
    let mut values: Vec<f64> = h.symmetric_eigenvalues().iter().copied().collect();
    values.sort_by(f64::total_cmp);
    Some(values)
}

/// |λ| at or below this counts as zero: `relative`·max(1, max|λ|).
pub fn zero_threshold(eigenvalues: &[f64], relative: f64) -> f64 {
    let largest = eigenvalues.iter().fold(0.0f64, |m, l| m.max(l.abs()));
    relative * largest.max(1.0)
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

/// Solves H·x = b with a pseudo-inverse: directions of zero curvature (in the sense of
/// [`SOLVE_ZERO`]) are left alone, which keeps Newton's steps finite on a valley of critical
/// points. `None` when H is not finite or the result is not.
pub fn pseudo_solve(h: &DMatrix<f64>, b: &DVector<f64>) -> Option<DVector<f64>> {
    let eigen = Eigen::of(h)?;
    solve_above(&eigen, b, eigen.zero_threshold(SOLVE_ZERO))
}

/// H·x = b from H's eigen-decomposition, directions with |λ| ≤ `threshold` left alone; `None`
/// when the result is not finite.
pub fn solve_above(eigen: &Eigen, b: &DVector<f64>, threshold: f64) -> Option<DVector<f64>> {
    let mut x = DVector::zeros(b.len());
    for (&lambda, v) in eigen.values.iter().zip(&eigen.vectors) {
        if lambda.abs() > threshold {
            x += v * (v.dot(b) / lambda);
        }
    }
    x.iter().all(|v| v.is_finite()).then_some(x)
}

/// A matrix as a vector of rows.
pub fn rows(h: &DMatrix<f64>) -> Vec<Vec<f64>> {
    h.row_iter()
        .map(|row| row.iter().copied().collect())
        .collect()
}
