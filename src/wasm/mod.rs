//! The JavaScript API: the only file that knows about wasm-bindgen. It converts arguments,
//! forwards to the core and turns every failure into a JS `Error` (never a panic, which would
//! kill the module for the whole page).
//!
//! Formula errors carry `start`/`end` in UTF-16 code units, so `formula.slice(start, end)` is
//! the culprit, plus a stable `code` and the message in both languages (`en`, `zh`).

mod convert;
mod critical;
mod network;
mod options;

use wasm_bindgen::prelude::*;

use convert::{
    argument_error, count, data_from, formula_error, formula_text, js_length, numbers,
    options_from, to_js, whole_number, with_work_limit, MAX_OPTION_ARRAY,
};
use options::{AnalyzeOptions, LineOptions, LossOptions, TrajectoryOptions, WindowOptions};

use crate::analysis::search::Window;
use crate::analysis::verdict::Tolerances;
use crate::error::argument::ArgumentError;
use crate::error::span::Lang;
use crate::eval::grid::{GridSpec, Plane};
use crate::optimize::{Method, MAX_STEPS};

/// Logs a panic to the console before the module dies, so a bug report has a message.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("hessian-explorer panicked: {info}").into());
    }));
}

/// A loss formula compiled for exact value, gradient, Hessian and analysis.
#[wasm_bindgen]
pub struct Loss {
    inner: crate::Loss,
    lang: Lang,
    tolerances: Tolerances,
}

const DEFAULT_RANGE: (f64, f64) = (-2.0, 2.0);
const DEFAULT_GRID_SIDE: f64 = 128.0;

#[wasm_bindgen]
impl Loss {
    /// `new Loss(formula, { data: { x: [1], y: [1] }, lang: "en" | "zh", tolGradient, tolEigen,
    /// workLimit })`.
    #[wasm_bindgen(constructor)]
    pub fn new(formula: JsValue, options: JsValue) -> Result<Loss, JsValue> {
        let parsed: LossOptions = options_from(&options, Lang::En, "options")?;
        let lang = parsed.lang.as_deref().map_or(Lang::En, Lang::parse);
        let formula = formula_text(&formula, lang)?;
        let data = data_from(&options, lang)?;
        let inner = crate::Loss::with_data(&formula, &data)
            .map_err(|e| formula_error(&e, &formula, lang))?;
        let inner = with_work_limit(inner, parsed.work_limit, lang)?;
        let defaults = Tolerances::default();
        let tolerances = Tolerances {
            gradient: parsed.tol_gradient.unwrap_or(defaults.gradient),
            eigen: parsed.tol_eigen.unwrap_or(defaults.eigen),
        };
        Ok(Loss {
            inner,
            lang,
            tolerances,
        })
    }

    /// The parameters in natural order; θ lists values in this order.
    #[wasm_bindgen(getter)]
    pub fn params(&self) -> Vec<String> {
        self.inner.params().to_vec()
    }

    /// The data columns the formula reads.
    #[wasm_bindgen(getter, js_name = dataColumns)]
    pub fn data_columns(&self) -> Vec<String> {
        self.inner.data_columns().to_vec()
    }

    /// The most grid points `grid` accepts for this loss within the page's work budget.
    #[wasm_bindgen(getter, js_name = maxGridPoints)]
    pub fn max_grid_points(&self) -> f64 {
        self.inner.grid_limits().0 as f64
    }

    /// The largest `nx` `grid` accepts for this loss within the page's memory budget.
    #[wasm_bindgen(getter, js_name = maxGridSide)]
    pub fn max_grid_side(&self) -> f64 {
        self.inner.grid_limits().1 as f64
    }

    /// The default tolerances of this loss: `{ gradient, eigen }`.
    #[wasm_bindgen(getter)]
    pub fn tolerances(&self) -> Result<JsValue, JsValue> {
        to_js(&self.tolerances)
    }

    /// L(θ).
    pub fn value(&self, theta: JsValue) -> Result<f64, JsValue> {
        let theta = self.vector(&theta)?;
        self.inner
            .value(&theta)
            .map_err(|e| self.argument_error(&e))
    }

    /// ∇L(θ) as an array.
    pub fn gradient(&self, theta: JsValue) -> Result<JsValue, JsValue> {
        let theta = self.vector(&theta)?;
        to_js(
            &self
                .inner
                .gradient(&theta)
                .map_err(|e| self.argument_error(&e))?,
        )
    }

    /// The Hessian at θ as an array of rows.
    pub fn hessian(&self, theta: JsValue) -> Result<JsValue, JsValue> {
        let theta = self.vector(&theta)?;
        let d = self
            .inner
            .derivatives(&theta)
            .map_err(|e| self.argument_error(&e))?;
        to_js(&crate::analysis::linalg::rows(&d.hessian))
    }

    /// The full analysis at θ′ (see the README for its fields).
    pub fn analyze(&self, theta: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        let theta = self.vector(&theta)?;
        let options: AnalyzeOptions = options_from(&options, self.lang, "analyze")?;
        let tolerances = self.tolerances_with(options.tol_gradient, options.tol_eigen);
        to_js(
            &self
                .inner
                .analyze(&theta, tolerances)
                .map_err(|e| self.argument_error(&e))?,
        )
    }

    /// The loss on a grid: a Float64Array, `values[i + j*nx]`, endpoints included.
    ///
    /// With `{ origin, u, v, xRange, yRange, nx, ny }` instead of axes, it samples the plane
    /// θ = origin + x·u + y·v (e.g. spanned by two eigenvectors).
    pub fn grid(&self, options: JsValue) -> Result<Vec<f64>, JsValue> {
        let options: WindowOptions = options_from(&options, self.lang, "grid")?;
        if let (Some(u), Some(v)) = (&options.u, &options.v) {
            let n = self.inner.params().len();
            let plane = Plane {
                origin: options.origin.clone().unwrap_or_else(|| vec![0.0; n]),
                u: u.clone(),
                v: v.clone(),
            };
            let side = |value: Option<f64>, what| count(value.unwrap_or(DEFAULT_GRID_SIDE), what);
            let nx = side(options.nx, "nx").map_err(|e| self.argument_error(&e))?;
            let ny = side(options.ny, "ny").map_err(|e| self.argument_error(&e))?;
            let x_range = options.x_range.unwrap_or(DEFAULT_RANGE);
            let y_range = options.y_range.unwrap_or(DEFAULT_RANGE);
            return self
                .inner
                .plane_grid(&plane, x_range, y_range, nx, ny)
                .map_err(|e| self.argument_error(&e));
        }
        let (axes, ranges, at) = self.window(&options)?;
        let side = |value: Option<f64>, what| count(value.unwrap_or(DEFAULT_GRID_SIDE), what);
        let nx = side(options.nx, "nx").map_err(|e| self.argument_error(&e))?;
        let ny = match axes.get(1) {
            Some(_) => side(options.ny, "ny").map_err(|e| self.argument_error(&e))?,
            None => 1,
        };
        let spec = GridSpec {
            x: axes.first().copied().unwrap_or(usize::MAX),
            y: axes.get(1).copied(),
            x_range: ranges.first().copied().unwrap_or(DEFAULT_RANGE),
            y_range: ranges.get(1).copied().unwrap_or(DEFAULT_RANGE),
            nx,
            ny,
            at,
        };
        self.inner.grid(&spec).map_err(|e| self.argument_error(&e))
    }

    /// `line(from, direction, { tRange, n })`: L(from + t·direction) at n evenly spaced t
    /// (default t ∈ [-1, 1], n = 101), a Float64Array.
    pub fn line(
        &self,
        from: JsValue,
        direction: JsValue,
        options: JsValue,
    ) -> Result<Vec<f64>, JsValue> {
        let from = self.vector(&from)?;
        let direction = self.vector(&direction)?;
        let options: LineOptions = options_from(&options, self.lang, "line")?;
        let n = count(options.n.unwrap_or(101.0), "n").map_err(|e| self.argument_error(&e))?;
        let t_range = options.t_range.unwrap_or((-1.0, 1.0));
        self.inner
            .line(&from, &direction, t_range, n)
            .map_err(|e| self.argument_error(&e))
    }

    /// `trajectory(start, { method: "gd" | "momentum" | "newton", learningRate, beta, steps,
    /// tolerance })`: `{ points, values, gradientNorms, stop }`, stop being "converged",
    /// "steps" or "diverged".
    pub fn trajectory(&self, start: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        let start = self.vector(&start)?;
        let options: TrajectoryOptions = options_from(&options, self.lang, "trajectory")?;
        let learning_rate = options.learning_rate.unwrap_or(0.05);
        let method = match options.method.as_deref().unwrap_or("gd") {
            "gd" | "gradient_descent" => Method::GradientDescent { learning_rate },
            "momentum" => Method::Momentum {
                learning_rate,
                beta: options.beta.unwrap_or(0.9),
            },
            "newton" => Method::Newton,
            other => {
                let name = other.to_string();
                return Err(self.argument_error(&ArgumentError::UnknownMethod { name }));
            }
        };
        let steps = options.steps.unwrap_or(200.0);
        let steps = if steps.is_finite() && steps > 0.0 {
            steps.min(MAX_STEPS as f64) as usize
        } else {
            0
        };
        let tolerance = options.tolerance.unwrap_or(self.tolerances.gradient);
        let path = self
            .inner
            .trajectory(&start, method, steps, tolerance)
            .map_err(|e| self.argument_error(&e))?;
        to_js(&path)
    }

    /// The critical points in a window: `[{ point, value, kind, refined, eigenvalues, curve }]`.
    #[wasm_bindgen(js_name = criticalPoints)]
    pub fn critical_points(&self, options: JsValue) -> Result<JsValue, JsValue> {
        let options: WindowOptions = options_from(&options, self.lang, "criticalPoints")?;
        let (axes, ranges, at) = self.window(&options)?;
        let tolerances = self.tolerances_with(options.tol_gradient, options.tol_eigen);
        let window = Window { axes, ranges, at };
        to_js(
            &self
                .inner
                .critical_points(&window, tolerances)
                .map_err(|e| self.argument_error(&e))?,
        )
    }
}

impl Loss {
    fn tolerances_with(&self, gradient: Option<f64>, eigen: Option<f64>) -> Tolerances {
        Tolerances {
            gradient: gradient.unwrap_or(self.tolerances.gradient),
            eigen: eigen.unwrap_or(self.tolerances.eigen),
        }
    }

    fn argument_error(&self, error: &ArgumentError) -> JsValue {
        argument_error(error, self.lang)
    }

    fn vector(&self, value: &JsValue) -> Result<Vec<f64>, JsValue> {
        let expected = self.inner.params().len();
        let what = "θ";
        if let Some(found) = js_length(value).filter(|&n| n > MAX_OPTION_ARRAY as f64) {
            // Refused before it is copied into wasm.
            let found = found as usize;
            let error = ArgumentError::WrongLength {
                what,
                expected,
                found,
            };
            return Err(self.argument_error(&error));
        }
        numbers(value)
            .ok_or_else(|| self.argument_error(&ArgumentError::WrongType { what, expected }))
    }

    /// Axes (defaults: the first two parameters), ranges (default [-2, 2]) and `at`
    /// (default: zeros).
    #[allow(clippy::type_complexity)]
    fn window(
        &self,
        options: &WindowOptions,
    ) -> Result<(Vec<usize>, Vec<(f64, f64)>, Vec<f64>), JsValue> {
        let params = self.inner.params();
        let index = |name: &Option<String>, default: usize| match name {
            Some(name) => self
                .inner
                .param_index(name)
                .map_err(|e| self.argument_error(&e)),
            None => Ok(default),
        };
        let mut axes = Vec::new();
        let mut ranges = Vec::new();
        if !params.is_empty() {
            axes.push(index(&options.x, 0)?);
            ranges.push(options.x_range.unwrap_or(DEFAULT_RANGE));
        }
        if params.len() >= 2 {
            let default_y = if axes[0] == 0 { 1 } else { 0 };
            axes.push(index(&options.y, default_y)?);
            ranges.push(options.y_range.unwrap_or(DEFAULT_RANGE));
        }
        let at = options
            .at
            .clone()
            .unwrap_or_else(|| vec![0.0; params.len()]);
        Ok((axes, ranges, at))
    }
}

/// `quizQuestion(level, seed, index)`: question `index` of the seeded set, with its answer
/// and the analysis that explains it. Any values are accepted: numbers (and BigInts) are
/// truncated to whole numbers, seed and index taken modulo 2⁵³ (so that they come back
/// exactly in the question), the level clamped to 1–4; anything else counts as 0.
#[wasm_bindgen(js_name = quizQuestion)]
pub fn quiz_question(level: JsValue, seed: JsValue, index: JsValue) -> Result<JsValue, JsValue> {
    let level = whole_number(&level).min(u64::from(crate::quiz::MAX_LEVEL)) as u32;
    let (seed, index) = (whole_number(&seed), whole_number(&index));
    to_js(&crate::quiz::question(level, seed, index))
}
