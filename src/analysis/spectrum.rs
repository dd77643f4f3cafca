//! What a critical point's spectrum says: how many eigenvalues are positive, negative and
//! zero, and the lecture's minimum ratio.

use nalgebra::DMatrix;
use serde::Serialize;

use crate::analysis::linalg::{eigenvalues, zero_threshold};

/// The eigenvalues of a Hessian, counted by sign, with the ratios the lecture and Dauphin et
/// al. plot.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Spectrum {
    /// Ascending.
    pub eigenvalues: Vec<f64>,
    pub positive: usize,
    pub negative: usize,
    pub zero: usize,
    /// |λ| ≤ this counts as zero (the analysis's rule, [`zero_threshold`]).
    pub zero_threshold: f64,
    /// Positive eigenvalues / all eigenvalues: the lecture's minimum ratio (1 at a strict
    /// local minimum). `None` for an empty spectrum.
    pub minimum_ratio: Option<f64>,
    /// Positive / non-zero eigenvalues. An over-parameterized network has many exactly flat
    /// directions (symmetries, dead units), which hold the lecture's ratio below 1 even at a
    /// minimum; this ratio leaves them out. `None` when every eigenvalue is zero.
    pub minimum_ratio_nonzero: Option<f64>,
    /// Negative eigenvalues / all: the index as a fraction, Dauphin et al.'s axis.
    pub index: Option<f64>,
}

impl Spectrum {
    /// The spectrum of `h`, with zero meaning |λ| ≤ `tol_eigen`·max(1, max|λ|). `None` when
    /// `h` is not finite.
    ///
    /// ```
    /// use hessian_explorer::analysis::spectrum::Spectrum;
    /// use nalgebra::DMatrix;
    /// let h = DMatrix::from_diagonal(&nalgebra::DVector::from_vec(vec![2.0, -1.0, 0.0, 3.0]));
    /// let s = Spectrum::of(&h, 1e-8).unwrap();
    /// assert_eq!((s.positive, s.negative, s.zero), (2, 1, 1));
    /// assert_eq!(s.minimum_ratio, Some(0.5));
    /// assert_eq!(s.minimum_ratio_nonzero, Some(2.0 / 3.0));
    /// ```
    pub fn of(h: &DMatrix<f64>, tol_eigen: f64) -> Option<Spectrum> {
        let eigenvalues = eigenvalues(h)?;
        let threshold = zero_threshold(&eigenvalues, tol_eigen);
        let positive = eigenvalues.iter().filter(|&&l| l > threshold).count();
        let negative = eigenvalues.iter().filter(|&&l| l < -threshold).count();
        Some(Spectrum::counted(
            eigenvalues,
            positive,
            negative,
            threshold,
        ))
    }

    /// The spectrum with its ratios, from counts already made.
    fn counted(
        eigenvalues: Vec<f64>,
        positive: usize,
        negative: usize,
        threshold: f64,
    ) -> Spectrum {
        let all = eigenvalues.len();
        let ratio = |count: usize, of: usize| (of > 0).then(|| count as f64 / of as f64);
        Spectrum {
            zero: all - positive - negative,
            minimum_ratio: ratio(positive, all),
            minimum_ratio_nonzero: ratio(positive, positive + negative),
            index: ratio(negative, all),
            eigenvalues,
            positive,
            negative,
            zero_threshold: threshold,
        }
    }

    /// No spectrum: where the loss or its Hessian is not finite.
    pub fn empty() -> Spectrum {
        Spectrum::counted(Vec::new(), 0, 0, f64::NAN)
    }
}
