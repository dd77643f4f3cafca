//! [`Loss::spectrum`]: the exact Hessian's eigenvalues at θ, counted by sign.

use crate::analysis::spectrum::Spectrum;
use crate::error::argument::ArgumentError;
use crate::eval::autodiff;
use crate::loss::{budget, Loss};

impl Loss {
    /// The Hessian's eigenvalues at θ (ascending, without eigenvectors: the fast path for
    /// many parameters), counted as positive, negative or zero (|λ| ≤
    /// `tol_eigen`·max(1, max|λ|)), with the minimum ratio. An empty spectrum where the loss
    /// or its Hessian is not finite.
    ///
    /// ```
    /// use hessian_explorer::Loss;
    /// let loss = Loss::new("x^2 - y^2 + 0*z").unwrap();
    /// let s = loss.spectrum(&[0.0, 0.0, 0.0], 1e-8).unwrap();
    /// assert_eq!(s.eigenvalues, [-2.0, 0.0, 2.0]);
    /// assert_eq!((s.positive, s.negative, s.zero), (1, 1, 1));
    /// ```
    pub fn spectrum(&self, theta: &[f64], tol_eigen: f64) -> Result<Spectrum, ArgumentError> {
        self.check_theta(theta, "θ")?;
        if !tol_eigen.is_finite() || tol_eigen < 0.0 {
            return Err(ArgumentError::NotFinite { what: "tolEigen" });
        }
        let work = budget::analyze_work(self.tape().len(), self.params().len());
        self.check_work("spectrum", work)?;
        let (value, _, hessian) = autodiff::hessian(self.tape(), theta);
        let spectrum = value.is_finite().then(|| Spectrum::of(&hessian, tol_eigen));
        Ok(spectrum.flatten().unwrap_or_else(Spectrum::empty))
    }
}
