//! What a critical point's spectrum says: how many eigenvalues are positive, negative and
//! zero, and the lecture's minimum ratio.

use nalgebra::DMatrix;

use crate::analysis::linalg::{eigenvalues, zero_threshold};

/// The eigenvalues of a Hessian, counted by sign.
#[derive(Clone, Debug, PartialEq)]
pub struct Spectrum {
    /// Ascending.
    pub eigenvalues: Vec<f64>,
    pub positive: usize,
    pub negative: usize,
    pub zero: usize,
    /// |λ| ≤ this counts as zero (the analysis's rule, [`zero_threshold`]).
    pub zero_threshold: f64,
}

impl Spectrum {
    /// The spectrum of `h`, with zero meaning |λ| ≤ `tol_eigen`·max(1, max|λ|). `None` when
    /// `h` is not finite.
    ///
    /// ```
    /// use hessian_explorer::experiment::spectrum::Spectrum;
    /// use nalgebra::DMatrix;
    /// let h = DMatrix::from_diagonal(&nalgebra::DVector::from_vec(vec![2.0, -1.0, 0.0, 3.0]));
    /// let s = Spectrum::of(&h, 1e-8).unwrap();
    /// assert_eq!((s.positive, s.negative, s.zero), (2, 1, 1));
    /// assert_eq!(s.minimum_ratio(), Some(0.5));
    /// assert_eq!(s.minimum_ratio_nonzero(), Some(2.0 / 3.0));
    /// ```
    pub fn of(h: &DMatrix<f64>, tol_eigen: f64) -> Option<Spectrum> {
        let eigenvalues = eigenvalues(h)?;
        let threshold = zero_threshold(&eigenvalues, tol_eigen);
        let positive = eigenvalues.iter().filter(|&&l| l > threshold).count();
        let negative = eigenvalues.iter().filter(|&&l| l < -threshold).count();
        Some(Spectrum {
            zero: eigenvalues.len() - positive - negative,
            eigenvalues,
            positive,
            negative,
            zero_threshold: threshold,
        })
    }

    /// The lecture's minimum ratio: positive eigenvalues / all eigenvalues (1 at a strict
    /// local minimum). `None` for an empty spectrum.
    pub fn minimum_ratio(&self) -> Option<f64> {
        let all = self.eigenvalues.len();
        (all > 0).then(|| self.positive as f64 / all as f64)
    }

    /// Positive / non-zero eigenvalues. An over-parameterized network has many exactly flat
    /// directions (symmetries, dead units), which hold the lecture's ratio below 1 even at a
    /// minimum; this ratio leaves them out. `None` when every eigenvalue is zero.
    pub fn minimum_ratio_nonzero(&self) -> Option<f64> {
        let nonzero = self.positive + self.negative;
        (nonzero > 0).then(|| self.positive as f64 / nonzero as f64)
    }

    /// Negative eigenvalues / all: the index as a fraction, Dauphin et al.'s axis.
    pub fn index(&self) -> Option<f64> {
        let all = self.eigenvalues.len();
        (all > 0).then(|| self.negative as f64 / all as f64)
    }
}
