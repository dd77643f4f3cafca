//! Errors in a network's description, its dataset or its experiment: what the caller asked
//! for that cannot be built, with the limit it crossed where there is one.

use std::fmt;

use crate::error::formula::FormulaError;
use crate::error::messages::render;
use crate::error::span::Lang;

/// A network, dataset or experiment that cannot be built as asked.
#[derive(Clone, Debug, PartialEq)]
pub enum NetworkError {
    /// No input column.
    NoInputs,
    /// An input or target that is not a column of the data.
    UnknownColumn {
        column: String,
        columns: Vec<String>,
    },
    /// The same column twice among the inputs and the target.
    SameColumn {
        column: String,
    },
    /// A hidden layer (counted from 1) with no units or too many.
    BadWidth {
        layer: usize,
        width: usize,
        max: usize,
    },
    /// More hidden layers than the limit.
    TooManyLayers {
        limit: usize,
    },
    /// More parameters than [`crate::MAX_PARAMS`].
    TooManyParams {
        count: usize,
        limit: usize,
    },
    /// More tape steps (network size × data rows) than [`crate::MAX_TAPE_LEN`].
    TooLarge {
        steps: usize,
        limit: usize,
    },
    /// Cross-entropy with a target that is not 0 or 1 (`row` counts from 1).
    NotBinary {
        column: String,
        row: usize,
    },
    UnknownActivation {
        name: String,
    },
    UnknownLossFunction {
        name: String,
    },
    UnknownDataset {
        name: String,
    },
    UnknownMethod {
        name: String,
    },
    /// A count (rows of a dataset, steps) outside its bounds.
    BadCount {
        what: &'static str,
        min: usize,
        max: usize,
        found: usize,
    },
    /// A number that must be finite and not negative (noise, a learning rate) is not.
    BadNumber {
        what: &'static str,
    },
    /// An experiment asked of a loss that was not built from a network.
    NotANetwork,
    /// The data table itself is wrong (columns of different lengths, a value not finite).
    Data(FormulaError),
}

impl NetworkError {
    /// A stable, machine-readable name of the kind of error.
    pub fn code(&self) -> &'static str {
        match self {
            NetworkError::NoInputs => "network_no_inputs",
            NetworkError::UnknownColumn { .. } => "network_unknown_column",
            NetworkError::SameColumn { .. } => "network_same_column",
            NetworkError::BadWidth { .. } => "network_bad_width",
            NetworkError::TooManyLayers { .. } => "network_too_many_layers",
            NetworkError::TooManyParams { .. } => "network_too_many_params",
            NetworkError::TooLarge { .. } => "network_too_large",
            NetworkError::NotBinary { .. } => "network_not_binary",
            NetworkError::UnknownActivation { .. } => "network_unknown_activation",
            NetworkError::UnknownLossFunction { .. } => "network_unknown_loss",
            NetworkError::UnknownDataset { .. } => "unknown_dataset",
            NetworkError::UnknownMethod { .. } => "experiment_unknown_method",
            NetworkError::BadCount { .. } => "bad_count",
            NetworkError::BadNumber { .. } => "bad_number",
            NetworkError::NotANetwork => "not_a_network",
            NetworkError::Data(error) => error.code(),
        }
    }

    /// The message in the given language.
    pub fn message(&self, lang: Lang) -> String {
        let s = |value: &dyn ToString| value.to_string();
        let args: Vec<(&str, String)> = match self {
            NetworkError::NoInputs | NetworkError::NotANetwork => vec![],
            NetworkError::UnknownColumn { column, columns } => {
                vec![("column", s(column)), ("columns", columns.join(", "))]
            }
            NetworkError::SameColumn { column } => vec![("column", s(column))],
            NetworkError::BadWidth { layer, width, max } => {
                vec![("layer", s(layer)), ("width", s(width)), ("max", s(max))]
            }
            NetworkError::TooManyLayers { limit } => vec![("limit", s(limit))],
            NetworkError::TooManyParams { count, limit }
            | NetworkError::TooLarge {
                steps: count,
                limit,
            } => vec![("count", s(count)), ("limit", s(limit))],
            NetworkError::NotBinary { column, row } => {
                vec![("column", s(column)), ("row", s(row))]
            }
            NetworkError::UnknownActivation { name }
            | NetworkError::UnknownLossFunction { name }
            | NetworkError::UnknownDataset { name }
            | NetworkError::UnknownMethod { name } => vec![("name", s(name))],
            NetworkError::BadCount {
                what,
                min,
                max,
                found,
            } => vec![
                ("what", s(what)),
                ("min", s(min)),
                ("max", s(max)),
                ("found", s(found)),
            ],
            NetworkError::BadNumber { what } => vec![("what", s(what))],
            NetworkError::Data(error) => return error.message(lang),
        };
        render(self.code(), lang, &args)
    }
}

impl fmt::Display for NetworkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message(Lang::En))
    }
}

impl std::error::Error for NetworkError {}
