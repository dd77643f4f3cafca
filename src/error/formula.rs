//! Errors in a formula or its data table: what is wrong, and where.

use std::fmt;

use crate::error::messages::render;
use crate::error::span::{Lang, Span};

/// What is wrong with a formula or its data table.
#[derive(Clone, Debug, PartialEq)]
pub enum ErrorKind {
    /// The formula is empty or only white space.
    Empty,
    /// The formula is longer than [`crate::MAX_FORMULA_BYTES`].
    TooLong { limit: usize },
    /// Parentheses or operators nest deeper than [`crate::MAX_NESTING`].
    TooDeep { limit: usize },
    /// Expanding the formula over the data rows gives more than [`crate::MAX_TAPE_LEN`] steps.
    TooLarge { limit: usize },
    /// More free names than [`crate::MAX_PARAMS`].
    TooManyParams { limit: usize },
    /// A character that has no meaning in a formula, such as `$` or `=`.
    UnexpectedChar { found: char },
    /// Something that starts like a number but is not one, such as `1.2.3`.
    InvalidNumber { text: String },
    /// A number that is too large to represent, such as `1e999`.
    NumberOutOfRange { text: String },
    /// An operator or `)` where a number, name or `(` should start.
    ExpectedOperand { found: String },
    /// The formula ends where a number, name or `(` should follow.
    UnexpectedEnd,
    /// Two things side by side that cannot be multiplied implicitly, such as `x 2`.
    MissingOperator { found: String },
    /// A `)` with no `(` before it.
    UnmatchedClose,
    /// A `(` that is never closed; `found` is what came instead (`None`: the end).
    UnclosedParen {
        column: usize,
        found: Option<String>,
    },
    /// `name(` where `name` is not a function.
    UnknownFunction {
        name: String,
        suggestion: Option<String>,
    },
    /// `pi(…)`, `e(…)`: a constant used as if it were a function.
    ConstantCalled { name: String },
    /// A function name without its parentheses, such as `sin x`.
    MissingCallParens { name: String },
    /// A function called with the wrong number of arguments.
    WrongArity {
        name: String,
        expected: usize,
        found: usize,
    },
    /// `sum(…)` or `mean(…)` inside another `sum(…)` or `mean(…)`.
    NestedAggregate { name: String },
    /// `sum(…)` or `mean(…)` with no data table to run over.
    AggregateWithoutData { name: String },
    /// A data column with a different number of rows than the first column.
    DataLength {
        column: String,
        rows: usize,
        first: String,
        first_rows: usize,
    },
    /// A data column with no rows.
    DataEmpty { column: String },
    /// A data value that is NaN or infinite (`row` counts from 1).
    DataNotFinite { column: String, row: usize },
    /// A data column whose name is not a valid name, or is a function or constant.
    DataBadName { column: String },
    /// The same data column twice.
    DataDuplicate { column: String },
    /// A data column with more rows than allowed (see `loss::budget::MAX_DATA_ROWS`).
    DataTooManyRows {
        column: String,
        rows: usize,
        limit: usize,
    },
    /// A data table with more numbers in all than allowed (`loss::budget::MAX_DATA_VALUES`).
    DataTooLarge { values: usize, limit: usize },
}

/// A formula or data error, with the span of the formula it concerns.
///
/// For data errors the span is the first use of the column in the formula, or an empty span
/// at 0 when the formula does not use it.
#[derive(Clone, Debug, PartialEq)]
pub struct FormulaError {
    pub kind: ErrorKind,
    pub span: Span,
}

impl FormulaError {
    pub fn new(kind: ErrorKind, span: Span) -> FormulaError {
        FormulaError { kind, span }
    }

    /// A stable, machine-readable name of the kind of error, e.g. `"unknown_function"`.
    pub fn code(&self) -> &'static str {
        use ErrorKind::*;
        match self.kind {
            Empty => "empty",
            TooLong { .. } => "too_long",
            TooDeep { .. } => "too_deep",
            TooLarge { .. } => "too_large",
            TooManyParams { .. } => "too_many_params",
            UnexpectedChar { .. } => "unexpected_char",
            InvalidNumber { .. } => "invalid_number",
            NumberOutOfRange { .. } => "number_out_of_range",
            ExpectedOperand { .. } => "expected_operand",
            UnexpectedEnd => "unexpected_end",
            MissingOperator { .. } => "missing_operator",
            UnmatchedClose => "unmatched_close",
            UnclosedParen { .. } => "unclosed_paren",
            UnknownFunction { .. } => "unknown_function",
            ConstantCalled { .. } => "constant_called",
            MissingCallParens { .. } => "missing_call_parens",
            WrongArity { .. } => "wrong_arity",
            NestedAggregate { .. } => "nested_aggregate",
            AggregateWithoutData { .. } => "aggregate_without_data",
            DataLength { .. } => "data_length",
            DataEmpty { .. } => "data_empty",
            DataNotFinite { .. } => "data_not_finite",
            DataBadName { .. } => "data_bad_name",
            DataDuplicate { .. } => "data_duplicate",
            DataTooManyRows { .. } => "data_too_many_rows",
            DataTooLarge { .. } => "data_too_large",
        }
    }

    /// The message in the given language: what is wrong, and a hint where one helps.
    pub fn message(&self, lang: Lang) -> String {
        let (id, args) = self.message_parts();
        render(&id, lang, &args)
    }

    /// The message's id in [`crate::error::messages::MESSAGES`] and the values of its
    /// placeholders.
    fn message_parts(&self) -> (String, Vec<(&'static str, String)>) {
        use ErrorKind::*;
        let code = self.code().to_string();
        let s = |value: &dyn ToString| value.to_string();
        match &self.kind {
            Empty | UnexpectedEnd | UnmatchedClose => (code, vec![]),
            TooLong { limit }
            | TooDeep { limit }
            | TooLarge { limit }
            | TooManyParams { limit } => (code, vec![("limit", s(limit))]),
            UnexpectedChar { found } => (code, vec![("found", s(found))]),
            InvalidNumber { text } | NumberOutOfRange { text } => (code, vec![("text", s(text))]),
            ExpectedOperand { found } | MissingOperator { found } => {
                (code, vec![("found", s(found))])
            }
            UnclosedParen { column, found } => match found {
                Some(found) => (
                    format!("{code}.found"),
                    vec![("column", s(column)), ("found", s(found))],
                ),
                None => (code, vec![("column", s(column))]),
            },
            UnknownFunction { name, suggestion } => match suggestion {
                Some(suggestion) => (
                    format!("{code}.suggestion"),
                    vec![("name", s(name)), ("suggestion", s(suggestion))],
                ),
                None => (code, vec![("name", s(name))]),
            },
            ConstantCalled { name }
            | MissingCallParens { name }
            | NestedAggregate { name }
            | AggregateWithoutData { name } => (code, vec![("name", s(name))]),
            WrongArity {
                name,
                expected,
                found,
            } => (
                code,
                vec![
                    ("name", s(name)),
                    ("expected", s(expected)),
                    ("found", s(found)),
                ],
            ),
            DataLength {
                column,
                rows,
                first,
                first_rows,
            } => (
                code,
                vec![
                    ("column", s(column)),
                    ("rows", s(rows)),
                    ("first", s(first)),
                    ("first_rows", s(first_rows)),
                ],
            ),
            DataNotFinite { column, row } => (code, vec![("column", s(column)), ("row", s(row))]),
            DataTooManyRows {
                column,
                rows,
                limit,
            } => (
                code,
                vec![
                    ("column", s(column)),
                    ("rows", s(rows)),
                    ("limit", s(limit)),
                ],
            ),
            DataTooLarge { values, limit } => {
                (code, vec![("values", s(values)), ("limit", s(limit))])
            }
            DataEmpty { column } | DataBadName { column } | DataDuplicate { column } => {
                (code, vec![("column", s(column))])
            }
        }
    }
}

impl fmt::Display for FormulaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message(Lang::En))
    }
}

impl std::error::Error for FormulaError {}
