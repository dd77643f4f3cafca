//! A small network's loss as formula text, for the page to show: the same loss the tape
//! computes, in the language a student types (compiled, it gives the same values and
//! derivatives: a test holds them together).

use crate::network::spec::{bias_name, weight_name, Activation, LossFunction, NetworkSpec};

/// Up to this many parameters a network's formula is short enough to read.
pub const MAX_FORMULA_PARAMS: usize = 40;
/// And at most this long.
pub const MAX_FORMULA_CHARS: usize = 2000;

/// The loss as formula text, averaged over the rows (the language's rule for data outside
/// `sum`/`mean`), or `None` when the network is too large to read.
///
/// ```
/// use hessian_explorer::network::{formula, Activation, LossFunction, NetworkSpec};
/// let lecture = NetworkSpec {
///     inputs: vec!["x".into()],
///     target: "y".into(),
///     hidden: vec![1],
///     activation: Activation::Linear,
///     loss: LossFunction::SquaredError,
///     bias: false,
/// };
/// assert_eq!(formula(&lecture).unwrap(), "(y - w2_1_1*(w1_1_1*x))^2");
/// ```
pub fn formula(spec: &NetworkSpec) -> Option<String> {
    if spec.param_count() > MAX_FORMULA_PARAMS {
        return None;
    }
    let widths = spec.widths();
    let mut units: Vec<String> = spec.inputs.clone();
    for layer in 1..widths.len() {
        let last = layer + 1 == widths.len();
        units = (1..=widths[layer])
            .map(|unit| {
                let mut terms: Vec<String> = units
                    .iter()
                    .enumerate()
                    .map(|(i, input)| format!("{}*{}", weight_name(layer, unit, i + 1), input))
                    .collect();
                if spec.bias {
                    terms.push(bias_name(layer, unit));
                }
                let sum = terms.join(" + ");
                match (last, spec.activation) {
                    (true, _) => sum,
                    (false, Activation::Linear) => format!("({sum})"),
                    (false, activation) => format!("{}({sum})", function_name(activation)),
                }
            })
            .collect();
    }
    let f = &units[0];
    let text = match spec.loss {
        LossFunction::SquaredError if f.contains(" + ") => {
            format!("({} - ({f}))^2", spec.target)
        }
        LossFunction::SquaredError => format!("({} - {f})^2", spec.target),
        LossFunction::CrossEntropy => format!("softplus({f}) - {}*({f})", spec.target),
    };
    (text.chars().count() <= MAX_FORMULA_CHARS).then_some(text)
}

fn function_name(activation: Activation) -> &'static str {
    match activation {
        Activation::Tanh => "tanh",
        Activation::Sigmoid => "sigmoid",
        Activation::Softplus => "softplus",
        Activation::Relu => "relu",
        Activation::Linear => "",
    }
}
