//! [`Loss::critical_point_near`]: a start polished to a critical point of any kind.

use crate::analysis::polish::{self, NearbyCriticalPoint};
use crate::error::argument::ArgumentError;
use crate::loss::{budget, Loss};

impl Loss {
    /// The critical point near `start` (a minimum, maximum or saddle alike) to
    /// ‖g‖ ≤ `tolerance`, in at most `max_steps` Newton / Levenberg–Marquardt steps (see
    /// [`crate::analysis::polish`]). It says how it ended: `converged`, or why not.
    ///
    /// ```
    /// use hessian_explorer::Loss;
    /// // Himmelblau's function has a saddle near (−0.128, −1.954).
    /// let loss = Loss::new("(w1^2 + w2 - 11)^2 + (w1 + w2^2 - 7)^2").unwrap();
    /// let found = loss.critical_point_near(&[-0.1, -1.9], 1e-10, 50).unwrap();
    /// assert!(found.converged && found.gradient_norm <= 1e-10);
    /// assert!((found.point[0] + 0.127961).abs() < 1e-6);
    /// ```
    pub fn critical_point_near(
        &self,
        start: &[f64],
        tolerance: f64,
        max_steps: usize,
    ) -> Result<NearbyCriticalPoint, ArgumentError> {
        self.check_theta(start, "θ₀")?;
        if !tolerance.is_finite() || tolerance < 0.0 {
            return Err(ArgumentError::NotFinite { what: "tolerance" });
        }
        let steps = max_steps.min(polish::MAX_POLISH_STEPS);
        let work = budget::polish_work(self.tape().len(), self.params().len(), steps);
        self.check_work("criticalPointNear", work)?;
        Ok(polish::critical_point_near(
            self.tape(),
            start,
            tolerance,
            max_steps,
        ))
    }
}
