//! What a network is: inputs (data columns), hidden layers, activation, the loss it is
//! trained on, with or without biases; its parameters, their names and their order.
//!
//! Layers are counted from 1 (the first hidden layer) to L + 1 (the output, one unit); the
//! inputs are layer 0, numbered in the order given. `w{l}_{j}_{i}` is the weight into unit j
//! of layer l from unit i of layer l − 1, `b{l}_{j}` the bias of unit j of layer l. Like
//! every loss's parameters they are listed in natural order (`b1_1`, `b1_2`, …, `b2_1`, …,
//! `w1_1_1`, `w1_1_2`, …, `w1_2_1`, …: digit runs compare as numbers).

use crate::error::network::NetworkError;
use crate::formula::names::natural_cmp;

/// The most hidden layers.
pub const MAX_HIDDEN_LAYERS: usize = 8;
/// The most units in one hidden layer.
pub const MAX_WIDTH: usize = 256;

/// The function applied to each hidden unit's weighted sum (the output unit has none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Activation {
    Tanh,
    Sigmoid,
    Softplus,
    /// No activation: the lecture's y = w₁·w₂·x is a 1–1–1 linear network without biases.
    Linear,
    /// Its Hessian is zero or undefined almost everywhere: offered with a warning.
    Relu,
}

impl Activation {
    /// `"tanh"`, `"sigmoid"`, `"softplus"`, `"linear"` (or `"none"`), `"relu"`.
    pub fn parse(name: &str) -> Result<Activation, NetworkError> {
        match name {
            "tanh" => Ok(Activation::Tanh),
            "sigmoid" => Ok(Activation::Sigmoid),
            "softplus" => Ok(Activation::Softplus),
            "linear" | "none" => Ok(Activation::Linear),
            "relu" => Ok(Activation::Relu),
            _ => Err(NetworkError::UnknownActivation {
                name: name.to_string(),
            }),
        }
    }
}

/// What the network's output is compared with the target by, averaged over the rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LossFunction {
    /// (y − f)².
    SquaredError,
    /// −[y·log σ(f) + (1 − y)·log(1 − σ(f))] = softplus(f) − y·f, for targets 0 or 1.
    CrossEntropy,
}

impl LossFunction {
    /// `"squared_error"` (or `"mse"`), `"cross_entropy"`.
    pub fn parse(name: &str) -> Result<LossFunction, NetworkError> {
        match name {
            "squared_error" | "mse" => Ok(LossFunction::SquaredError),
            "cross_entropy" => Ok(LossFunction::CrossEntropy),
            _ => Err(NetworkError::UnknownLossFunction {
                name: name.to_string(),
            }),
        }
    }
}

/// A fully connected network with one output, as a loss over a data table.
///
/// ```
/// use hessian_explorer::network::{Activation, LossFunction, NetworkSpec};
/// let lecture = NetworkSpec {
///     inputs: vec!["x".into()],
///     target: "y".into(),
///     hidden: vec![1],
///     activation: Activation::Linear,
///     loss: LossFunction::SquaredError,
///     bias: false,
/// };
/// assert_eq!(lecture.param_names(), ["w1_1_1", "w2_1_1"]);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct NetworkSpec {
    /// The data columns fed in, in order (layer 0).
    pub inputs: Vec<String>,
    /// The data column the output is compared with.
    pub target: String,
    /// The widths of the hidden layers, first to last.
    pub hidden: Vec<usize>,
    pub activation: Activation,
    pub loss: LossFunction,
    /// Whether every hidden and output unit has a bias.
    pub bias: bool,
}

impl NetworkSpec {
    /// The widths of every layer: inputs, hidden layers, the output (1).
    pub fn widths(&self) -> Vec<usize> {
        let mut widths = vec![self.inputs.len()];
        widths.extend(&self.hidden);
        widths.push(1);
        widths
    }

    /// How many weights and biases the network has.
    pub fn param_count(&self) -> usize {
        let widths = self.widths();
        widths
            .windows(2)
            .map(|pair| pair[1] * (pair[0] + usize::from(self.bias)))
            .sum()
    }

    /// Every parameter's name, in the order the network computes with them: layer by layer,
    /// unit by unit, its weights and then its bias.
    pub fn names_in_build_order(&self) -> Vec<String> {
        let widths = self.widths();
        let mut names = Vec::with_capacity(self.param_count());
        for layer in 1..widths.len() {
            for unit in 1..=widths[layer] {
                for from in 1..=widths[layer - 1] {
                    names.push(weight_name(layer, unit, from));
                }
                if self.bias {
                    names.push(bias_name(layer, unit));
                }
            }
        }
        names
    }

    /// The parameters' names in natural order: θ lists values in this order.
    pub fn param_names(&self) -> Vec<String> {
        let mut names = self.names_in_build_order();
        names.sort_by(|a, b| natural_cmp(a, b));
        names
    }

    /// Checks the shape against the limits and the column names against the data's.
    pub fn check(&self, columns: &[String]) -> Result<(), NetworkError> {
        if self.inputs.is_empty() {
            return Err(NetworkError::NoInputs);
        }
        if self.hidden.len() > MAX_HIDDEN_LAYERS {
            return Err(NetworkError::TooManyLayers {
                limit: MAX_HIDDEN_LAYERS,
            });
        }
        for (layer, &width) in self.hidden.iter().enumerate() {
            if width == 0 || width > MAX_WIDTH {
                return Err(NetworkError::BadWidth {
                    layer: layer + 1,
                    width,
                    max: MAX_WIDTH,
                });
            }
        }
        let mut seen: Vec<&String> = Vec::new();
        for column in self.inputs.iter().chain([&self.target]) {
            if !columns.contains(column) {
                return Err(NetworkError::UnknownColumn {
                    column: column.clone(),
                    columns: columns.to_vec(),
                });
            }
            if seen.contains(&column) {
                return Err(NetworkError::SameColumn {
                    column: column.clone(),
                });
            }
            seen.push(column);
        }
        let count = self.param_count();
        if count > crate::formula::compile::MAX_PARAMS {
            return Err(NetworkError::TooManyParams {
                count,
                limit: crate::formula::compile::MAX_PARAMS,
            });
        }
        Ok(())
    }
}

/// `w{layer}_{unit}_{from}`.
pub fn weight_name(layer: usize, unit: usize, from: usize) -> String {
    format!("w{layer}_{unit}_{from}")
}

/// `b{layer}_{unit}`.
pub fn bias_name(layer: usize, unit: usize) -> String {
    format!("b{layer}_{unit}")
}
