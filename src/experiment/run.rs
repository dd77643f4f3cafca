//! One run of the minimum-ratio experiment: a seeded start, trained to a critical point,
//! polished to ‖g‖ ≤ 1e-10, its full spectrum counted. The page's Web Worker calls it once
//! per run, so a study shows partial results as they come and can be cancelled between runs.

use serde::Serialize;

use crate::analysis::polish::{critical_point_near, Reason, DEFAULT_MAX_STEPS};
use crate::analysis::spectrum::Spectrum;
use crate::analysis::verdict::{classify, Kind, Tolerances};
use crate::error::network::NetworkError;
use crate::eval::autodiff;
use crate::experiment::train::{train, Trainer, TrainingStop};
use crate::loss::Loss;
use crate::network::init::initial_point;

/// How a run brings its start to a critical point.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Method {
    /// Gradient descent or Adam until ‖g‖ is small, as the lecture does; then polished.
    Train(Trainer),
    /// Newton's method on ∇L (damped, see [`crate::analysis::polish`]) from the start: it
    /// finds critical points of every index, as Dauphin et al. (2014) did.
    Newton,
}

/// The knobs of a run; [`RunOptions::new`] gives the defaults.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RunOptions {
    pub method: Method,
    /// Training stops once ‖g‖ ≤ this (default 10⁻⁴) …
    pub train_tolerance: f64,
    /// … or after this many steps (default 5000).
    pub max_train_steps: usize,
    /// The polish's target, ‖g‖ ≤ this (default 10⁻¹⁰).
    pub tolerance: f64,
    /// The polish's (or Newton's) most steps (default 50; Newton from the start: 100).
    pub max_polish_steps: usize,
    /// Zero eigenvalues: |λ| ≤ `tol_eigen`·max(1, max|λ|) (default 10⁻⁸, as the analysis).
    pub tol_eigen: f64,
}

impl RunOptions {
    pub fn new(method: Method) -> RunOptions {
        RunOptions {
            method,
            train_tolerance: 1e-4,
            max_train_steps: 5000,
            tolerance: 1e-10,
            max_polish_steps: match method {
                Method::Newton => 2 * DEFAULT_MAX_STEPS,
                Method::Train(_) => DEFAULT_MAX_STEPS,
            },
            tol_eigen: Tolerances::default().eigen,
        }
    }
}

/// What one run found. The spectrum is empty and its ratios `None` when the loss or its
/// Hessian is not finite where the run ended (`kind` is then `undefined`).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RunResult {
    pub run: u64,
    /// θ₀, the seeded start.
    pub start: Vec<f64>,
    /// Where the run ended: the critical point when `converged`.
    pub point: Vec<f64>,
    /// The training loss there.
    pub value: f64,
    pub gradient_norm: f64,
    /// Whether ‖g‖ ≤ the polish's tolerance was reached.
    pub converged: bool,
    /// Training steps (0 for Newton) and how training ended (`None` for Newton).
    pub training_steps: usize,
    pub training_stop: Option<TrainingStop>,
    /// Newton / Levenberg–Marquardt steps, and how they ended.
    pub polish_steps: usize,
    pub polish_reason: Reason,
    /// The Hessian's eigenvalues there, counted by sign, with the minimum ratio (empty where
    /// the loss or its Hessian is not finite).
    pub spectrum: Spectrum,
    /// The second-order verdict (‖g‖ against the polish's tolerance; no higher-order look).
    pub kind: Kind,
}

/// Run `run` of a study seeded with `seed` on a network loss: start at
/// [`initial_point`]`(spec, seed, run)`, bring it to a critical point by `options.method`,
/// and count its spectrum. The same (network, data, seed, run, options) give the same result.
///
/// ```
/// use hessian_explorer::experiment::run::{run, Method, RunOptions};
/// use hessian_explorer::network::{dataset, Activation, DatasetOptions, LossFunction, NetworkSpec};
/// use hessian_explorer::Loss;
/// let spec = NetworkSpec {
///     inputs: vec!["x".into()], target: "y".into(), hidden: vec![3],
///     activation: Activation::Tanh, loss: LossFunction::SquaredError, bias: true,
/// };
/// let data = dataset("regression", 1, DatasetOptions::default()).unwrap();
/// let loss = Loss::network(&spec, &data).unwrap();
/// let result = run(&loss, 7, 0, RunOptions::new(Method::Newton)).unwrap();
/// let s = &result.spectrum;
/// assert_eq!(s.eigenvalues.len(), 10);
/// assert_eq!(s.positive + s.negative + s.zero, 10);
/// assert_eq!(result, run(&loss, 7, 0, RunOptions::new(Method::Newton)).unwrap());
/// ```
pub fn run(
    loss: &Loss,
    seed: u64,
    run: u64,
    options: RunOptions,
) -> Result<RunResult, NetworkError> {
    let spec = loss.network_spec().ok_or(NetworkError::NotANetwork)?;
    let usable = |t: f64| t.is_finite() && t >= 0.0;
    if !(usable(options.tolerance) && usable(options.train_tolerance) && usable(options.tol_eigen))
    {
        return Err(NetworkError::BadNumber { what: "tolerance" });
    }
    let start = initial_point(spec, seed, run);
    let tape = loss.tape();
    let (from, training_steps, training_stop) = match options.method {
        Method::Train(trainer) => {
            let trained = train(
                tape,
                &start,
                trainer,
                options.train_tolerance,
                options.max_train_steps,
            );
            (trained.point, trained.steps, Some(trained.stop))
        }
        Method::Newton => (start.clone(), 0, None),
    };
    let polished = critical_point_near(tape, &from, options.tolerance, options.max_polish_steps);
    let (_, _, hessian) = autodiff::hessian(tape, &polished.point);
    let spectrum = polished
        .value
        .is_finite()
        .then(|| Spectrum::of(&hessian, options.tol_eigen))
        .flatten();
    let tolerances = Tolerances {
        gradient: options.tolerance,
        eigen: options.tol_eigen,
    };
    let kind = match &spectrum {
        Some(s) => classify(
            polished.gradient_norm,
            &s.eigenvalues,
            s.zero_threshold,
            tolerances,
        ),
        None => Kind::Undefined,
    };
    let spectrum = spectrum.unwrap_or_else(Spectrum::empty);
    Ok(RunResult {
        run,
        start,
        point: polished.point,
        value: polished.value,
        gradient_norm: polished.gradient_norm,
        converged: polished.converged,
        training_steps,
        training_stop,
        polish_steps: polished.steps,
        polish_reason: polished.reason,
        spectrum,
        kind,
    })
}
