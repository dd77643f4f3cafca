//! The JS API of networks, datasets and experiment runs: `Loss.network(spec, options)`,
//! `loss.formula`, `loss.initialPoint(seed, run)`, `loss.experimentRun(options)` and
//! `dataset(name, seed, options)`.

use js_sys::{Object, Reflect};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::analysis::verdict::Tolerances;
use crate::error::argument::ArgumentError;
use crate::error::network::NetworkError;
use crate::error::span::Lang;
use crate::experiment::run::{run, Method, RunOptions};
use crate::experiment::train::{Trainer, MAX_TRAIN_STEPS};
use crate::formula::data::Data;
use crate::loss::budget::experiment_work;
use crate::network::datasets::{dataset as make_dataset, DatasetOptions};
use crate::network::formula::formula;
use crate::network::init::initial_point;
use crate::network::spec::{Activation, LossFunction, NetworkSpec};
use crate::wasm::convert::{
    argument_error, data_from, network_error, options_from, to_js, whole_number, whole_of,
    with_work_limit, Field, OptionFields,
};
use crate::wasm::critical::steps;
use crate::wasm::Loss;

/// `spec` of `Loss.network(spec, options)`.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct SpecOptions {
    inputs: Option<Vec<String>>,
    target: Option<String>,
    hidden: Option<Vec<f64>>,
    activation: Option<String>,
    loss: Option<String>,
    bias: Option<bool>,
}

/// `options` of `Loss.network(spec, options)` besides `data`.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct NetworkOptions {
    dataset: Option<DatasetRequest>,
    lang: Option<String>,
    tol_gradient: Option<f64>,
    tol_eigen: Option<f64>,
    /// Steps of work one call may take (see `new Loss`): a Web Worker raises it.
    work_limit: Option<f64>,
}

/// `{ name, seed, n, noise }`: a generated dataset.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct DatasetRequest {
    name: String,
    seed: Option<f64>,
    n: Option<f64>,
    noise: Option<f64>,
}

/// Options of `loss.experimentRun(options)`.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct ExperimentOptions {
    seed: Option<f64>,
    run: Option<f64>,
    method: Option<String>,
    learning_rate: Option<f64>,
    train_tolerance: Option<f64>,
    max_train_steps: Option<f64>,
    tolerance: Option<f64>,
    max_polish_steps: Option<f64>,
    tol_eigen: Option<f64>,
}

impl OptionFields for SpecOptions {
    const FIELDS: &'static [(&'static str, Field)] = &[
        ("inputs", Field::Texts),
        ("target", Field::Text),
        ("hidden", Field::Numbers),
        ("activation", Field::Text),
        ("loss", Field::Text),
        ("bias", Field::Bool),
    ];
}

/// The fields of a `dataset` request.
const DATASET_FIELDS: &[(&str, Field)] = &[
    ("name", Field::Text),
    ("seed", Field::Number),
    ("n", Field::Number),
    ("noise", Field::Number),
];

impl OptionFields for NetworkOptions {
    const FIELDS: &'static [(&'static str, Field)] = &[
        ("dataset", Field::Record(DATASET_FIELDS)),
        ("lang", Field::Text),
        ("tolGradient", Field::Number),
        ("tolEigen", Field::Number),
        ("workLimit", Field::Number),
    ];
}

impl OptionFields for ExperimentOptions {
    const FIELDS: &'static [(&'static str, Field)] = &[
        ("seed", Field::Number),
        ("run", Field::Number),
        ("method", Field::Text),
        ("learningRate", Field::Number),
        ("trainTolerance", Field::Number),
        ("maxTrainSteps", Field::Number),
        ("tolerance", Field::Number),
        ("maxPolishSteps", Field::Number),
        ("tolEigen", Field::Number),
    ];
}

/// A seed or index from a JS number, read as every seed is ([`whole_of`]); 0 when absent.
fn whole(x: Option<f64>) -> u64 {
    x.map_or(0, whole_of)
}

/// Dataset options from JS numbers (`n` must be a whole number).
fn dataset_options(n: Option<f64>, noise: Option<f64>) -> Result<DatasetOptions, NetworkError> {
    let n = match n {
        Some(n) if n.fract() != 0.0 || n < 0.0 || !n.is_finite() => {
            return Err(NetworkError::BadCount {
                what: "n",
                min: 1,
                max: crate::network::datasets::MAX_DATASET_ROWS,
                found: 0,
            })
        }
        Some(n) => Some(n as usize),
        None => None,
    };
    Ok(DatasetOptions { n, noise })
}

/// The spec with its defaults: target `y`, inputs every other column, no hidden layer, tanh,
/// squared error, biases.
fn network_spec(spec: SpecOptions, data: &Data) -> Result<NetworkSpec, NetworkError> {
    let target = spec.target.unwrap_or_else(|| "y".to_string());
    let inputs = spec.inputs.unwrap_or_else(|| {
        let columns = data.columns().iter().map(|(name, _)| name.clone());
        columns.filter(|name| *name != target).collect()
    });
    let mut hidden = Vec::new();
    for (layer, width) in spec.hidden.unwrap_or_default().into_iter().enumerate() {
        if width.fract() != 0.0 || !(1.0..=crate::network::spec::MAX_WIDTH as f64).contains(&width)
        {
            let width = if width.is_finite() && width > 0.0 {
                width as usize
            } else {
                0
            };
            let max = crate::network::spec::MAX_WIDTH;
            return Err(NetworkError::BadWidth {
                layer: layer + 1,
                width,
                max,
            });
        }
        hidden.push(width as usize);
    }
    Ok(NetworkSpec {
        inputs,
        target,
        hidden,
        activation: Activation::parse(spec.activation.as_deref().unwrap_or("tanh"))?,
        loss: LossFunction::parse(spec.loss.as_deref().unwrap_or("squared_error"))?,
        bias: spec.bias.unwrap_or(true),
    })
}

/// The current time in milliseconds (`performance.now()` where there is one: Window,
/// Worker, Node), for the runs' `timeMs`.
fn now_ms() -> f64 {
    let performance = Reflect::get(&js_sys::global(), &"performance".into()).ok();
    let now = performance.and_then(|p| {
        let function: js_sys::Function = Reflect::get(&p, &"now".into()).ok()?.dyn_into().ok()?;
        function.call0(&p).ok()?.as_f64()
    });
    now.unwrap_or_else(js_sys::Date::now)
}

#[wasm_bindgen]
impl Loss {
    /// `Loss.network(spec, { data | dataset, lang, tolGradient, tolEigen })`: the mean loss of
    /// a network over a data table (see the README for `spec`).
    pub fn network(spec: JsValue, options: JsValue) -> Result<Loss, JsValue> {
        let parsed: NetworkOptions = options_from(&options, Lang::En, "options")?;
        let lang = parsed.lang.as_deref().map_or(Lang::En, Lang::parse);
        let spec: SpecOptions = options_from(&spec, lang, "spec")?;
        let mut data = data_from(&options, lang)?;
        if data.is_empty() {
            let Some(request) = parsed.dataset else {
                return Err(argument_error(
                    &ArgumentError::BadData { column: None },
                    lang,
                ));
            };
            let sizes = dataset_options(request.n, request.noise);
            data = sizes
                .and_then(|sizes| make_dataset(&request.name, whole(request.seed), sizes))
                .map_err(|e| network_error(&e, lang))?;
        }
        let spec = network_spec(spec, &data).map_err(|e| network_error(&e, lang))?;
        let inner = crate::Loss::network(&spec, &data).map_err(|e| network_error(&e, lang))?;
        let inner = with_work_limit(inner, parsed.work_limit, lang)?;
        let defaults = Tolerances::default();
        Ok(Loss {
            inner,
            lang,
            tolerances: Tolerances {
                gradient: parsed.tol_gradient.unwrap_or(defaults.gradient),
                eigen: parsed.tol_eigen.unwrap_or(defaults.eigen),
            },
        })
    }

    /// The loss as formula text when it is a network small enough to read, else `null`.
    #[wasm_bindgen(getter)]
    pub fn formula(&self) -> Option<String> {
        self.inner.network_spec().and_then(formula)
    }

    /// `initialPoint(seed, run)`: the seeded Glorot start of run `run`, an array like every
    /// θ the API returns (a network loss only).
    #[wasm_bindgen(js_name = initialPoint)]
    pub fn initial_point(&self, seed: JsValue, run: JsValue) -> Result<JsValue, JsValue> {
        let spec = self.inner.network_spec();
        let spec = spec.ok_or_else(|| network_error(&NetworkError::NotANetwork, self.lang))?;
        to_js(&initial_point(
            spec,
            whole_number(&seed),
            whole_number(&run),
        ))
    }

    /// `experimentRun({ seed, run, method, learningRate, trainTolerance, maxTrainSteps,
    /// tolerance, maxPolishSteps, tolEigen })`: one run of the minimum-ratio study, with
    /// `timeMs` (see the README for the result's fields).
    #[wasm_bindgen(js_name = experimentRun)]
    pub fn experiment_run(&self, options: JsValue) -> Result<JsValue, JsValue> {
        let started = now_ms();
        let o: ExperimentOptions = options_from(&options, self.lang, "experimentRun")?;
        let method = match o.method.as_deref().unwrap_or("adam") {
            "gd" => Method::Train(Trainer::GradientDescent {
                learning_rate: o.learning_rate.unwrap_or(0.1),
            }),
            "adam" => Method::Train(Trainer::Adam {
                learning_rate: o.learning_rate.unwrap_or(0.01),
            }),
            "newton" => Method::Newton,
            other => {
                let error = NetworkError::UnknownMethod {
                    name: other.to_string(),
                };
                return Err(network_error(&error, self.lang));
            }
        };
        if let Method::Train(
            Trainer::GradientDescent { learning_rate } | Trainer::Adam { learning_rate },
        ) = method
        {
            if !learning_rate.is_finite() || learning_rate <= 0.0 {
                let error = NetworkError::BadNumber {
                    what: "learningRate",
                };
                return Err(network_error(&error, self.lang));
            }
        }
        let mut run_options = RunOptions::new(method);
        run_options.train_tolerance = o.train_tolerance.unwrap_or(run_options.train_tolerance);
        run_options.max_train_steps = steps(
            o.max_train_steps,
            run_options.max_train_steps,
            MAX_TRAIN_STEPS,
        );
        run_options.tolerance = o.tolerance.unwrap_or(run_options.tolerance);
        let polish_max = crate::analysis::polish::MAX_POLISH_STEPS;
        run_options.max_polish_steps =
            steps(o.max_polish_steps, run_options.max_polish_steps, polish_max);
        run_options.tol_eigen = o.tol_eigen.unwrap_or(self.tolerances.eigen);
        let train_steps = match method {
            Method::Train(_) => run_options.max_train_steps,
            Method::Newton => 0,
        };
        let (steps_of_tape, n) = (self.inner.tape().len(), self.inner.params().len());
        let work = experiment_work(steps_of_tape, n, train_steps, run_options.max_polish_steps);
        self.inner
            .check_work("experimentRun", work)
            .map_err(|e| self.argument_error(&e))?;
        let result = run(&self.inner, whole(o.seed), whole(o.run), run_options)
            .map_err(|e| network_error(&e, self.lang))?;
        let value = to_js(&result)?;
        let _ = Reflect::set(&value, &"timeMs".into(), &(now_ms() - started).into());
        Ok(value)
    }
}

/// `dataset(name, seed, { n, noise })`: a seeded table as `{ column: [numbers…] }`, columns
/// in order (`x`, `y` or `x1`, `x2`, `y`), ready for `new Loss(formula, { data })` or
/// `Loss.network(spec, { data })`.
#[wasm_bindgen]
pub fn dataset(name: JsValue, seed: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    // Checked on the JS side before the text is copied into wasm.
    let Some(name) = Some(&name)
        .filter(|n| Field::is_text(n))
        .and_then(JsValue::as_string)
    else {
        let error = ArgumentError::NotAString { what: "name" };
        return Err(argument_error(&error, Lang::En));
    };
    #[derive(Deserialize, Default)]
    struct Sizes {
        n: Option<f64>,
        noise: Option<f64>,
    }
    impl OptionFields for Sizes {
        const FIELDS: &'static [(&'static str, Field)] =
            &[("n", Field::Number), ("noise", Field::Number)];
    }
    let sizes: Sizes = options_from(&options, Lang::En, "dataset")?;
    let table = dataset_options(sizes.n, sizes.noise)
        .and_then(|options| make_dataset(&name, whole_number(&seed), options))
        .map_err(|e| network_error(&e, Lang::En))?;
    let object = Object::new();
    for (column, values) in table.columns() {
        let array: js_sys::Array = values.iter().map(|&v| JsValue::from(v)).collect();
        let _ = Reflect::set(&object, &column.into(), &array);
    }
    Ok(object.into())
}
