//! `loss.criticalPointNear(θ₀, { tolerance, maxSteps })` and `loss.spectrum(θ, { tolEigen })`:
//! what the study asks of any loss at many parameters.

use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::analysis::polish::{DEFAULT_MAX_STEPS, DEFAULT_TOLERANCE, MAX_POLISH_STEPS};
use crate::wasm::convert::{options_from, to_js, Field, OptionFields};
use crate::wasm::Loss;

/// Options of `criticalPointNear(theta0, options)`.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct NearOptions {
    tolerance: Option<f64>,
    max_steps: Option<f64>,
}

/// Options of `spectrum(theta, options)`.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct SpectrumOptions {
    tol_eigen: Option<f64>,
}

impl OptionFields for NearOptions {
    const FIELDS: &'static [(&'static str, Field)] =
        &[("tolerance", Field::Number), ("maxSteps", Field::Number)];
}

impl OptionFields for SpectrumOptions {
    const FIELDS: &'static [(&'static str, Field)] = &[("tolEigen", Field::Number)];
}

/// A whole number of steps from a JS number, clamped to `0..=max`.
pub fn steps(value: Option<f64>, default: usize, max: usize) -> usize {
    match value {
        Some(v) if v.is_finite() && v > 0.0 => (v.floor() as usize).min(max),
        Some(_) => 0,
        None => default,
    }
}

#[wasm_bindgen]
impl Loss {
    /// `criticalPointNear(theta0, { tolerance = 1e-10, maxSteps = 50 })`: the critical point
    /// near θ₀, of any kind: `{ point, value, gradientNorm, steps, converged, reason }`,
    /// reason being "converged", "max_steps", "stalled", "undefined" or "diverged".
    #[wasm_bindgen(js_name = criticalPointNear)]
    pub fn critical_point_near(
        &self,
        theta0: JsValue,
        options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let start = self.vector(&theta0)?;
        let options: NearOptions = options_from(&options, self.lang, "criticalPointNear")?;
        let tolerance = options.tolerance.unwrap_or(DEFAULT_TOLERANCE);
        let max_steps = steps(options.max_steps, DEFAULT_MAX_STEPS, MAX_POLISH_STEPS);
        let found = self
            .inner
            .critical_point_near(&start, tolerance, max_steps)
            .map_err(|e| self.argument_error(&e))?;
        to_js(&found)
    }

    /// `spectrum(theta, { tolEigen })`: the Hessian's eigenvalues without eigenvectors (n
    /// numbers cross to JavaScript instead of 2n²), counted: `{ eigenvalues, positive,
    /// negative, zero, zeroThreshold, minimumRatio, minimumRatioNonzero, index }`.
    pub fn spectrum(&self, theta: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        let theta = self.vector(&theta)?;
        let options: SpectrumOptions = options_from(&options, self.lang, "spectrum")?;
        let tol_eigen = options.tol_eigen.unwrap_or(self.tolerances.eigen);
        let spectrum = self
            .inner
            .spectrum(&theta, tol_eigen)
            .map_err(|e| self.argument_error(&e))?;
        to_js(&spectrum)
    }
}
