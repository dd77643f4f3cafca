//! The options objects of the JS API: what each call reads, with the shape of each field
//! (checked before it is read, see [`crate::wasm::convert::options_from`]).

use serde::Deserialize;

use crate::wasm::convert::{Field, OptionFields};

/// Options of `new Loss(formula, options)`.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct LossOptions {
    pub lang: Option<String>,
    pub tol_gradient: Option<f64>,
    pub tol_eigen: Option<f64>,
    /// Steps of work one call may take: the main thread keeps the default; a Web Worker may
    /// raise it (`Infinity` for no limit).
    pub work_limit: Option<f64>,
}

/// Options of `analyze(theta, options)`.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct AnalyzeOptions {
    pub tol_gradient: Option<f64>,
    pub tol_eigen: Option<f64>,
}

/// Options of `grid(options)` and `criticalPoints(options)`.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct WindowOptions {
    pub x: Option<String>,
    pub y: Option<String>,
    pub x_range: Option<(f64, f64)>,
    pub y_range: Option<(f64, f64)>,
    pub nx: Option<f64>,
    pub ny: Option<f64>,
    pub at: Option<Vec<f64>>,
    pub origin: Option<Vec<f64>>,
    pub u: Option<Vec<f64>>,
    pub v: Option<Vec<f64>>,
    pub tol_gradient: Option<f64>,
    pub tol_eigen: Option<f64>,
}

/// Options of `line(from, direction, options)`.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct LineOptions {
    pub t_range: Option<(f64, f64)>,
    pub n: Option<f64>,
}

/// Options of `trajectory(start, options)`.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct TrajectoryOptions {
    pub method: Option<String>,
    pub learning_rate: Option<f64>,
    pub beta: Option<f64>,
    pub steps: Option<f64>,
    pub tolerance: Option<f64>,
}

impl OptionFields for LossOptions {
    const FIELDS: &'static [(&'static str, Field)] = &[
        ("lang", Field::Text),
        ("tolGradient", Field::Number),
        ("tolEigen", Field::Number),
        ("workLimit", Field::Number),
    ];
}

impl OptionFields for AnalyzeOptions {
    const FIELDS: &'static [(&'static str, Field)] =
        &[("tolGradient", Field::Number), ("tolEigen", Field::Number)];
}

impl OptionFields for WindowOptions {
    const FIELDS: &'static [(&'static str, Field)] = &[
        ("x", Field::Text),
        ("y", Field::Text),
        ("xRange", Field::Range),
        ("yRange", Field::Range),
        ("nx", Field::Number),
        ("ny", Field::Number),
        ("at", Field::Numbers),
        ("origin", Field::Numbers),
        ("u", Field::Numbers),
        ("v", Field::Numbers),
        ("tolGradient", Field::Number),
        ("tolEigen", Field::Number),
    ];
}

impl OptionFields for LineOptions {
    const FIELDS: &'static [(&'static str, Field)] =
        &[("tRange", Field::Range), ("n", Field::Number)];
}

impl OptionFields for TrajectoryOptions {
    const FIELDS: &'static [(&'static str, Field)] = &[
        ("method", Field::Text),
        ("learningRate", Field::Number),
        ("beta", Field::Number),
        ("steps", Field::Number),
        ("tolerance", Field::Number),
    ];
}
