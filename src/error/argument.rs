//! Errors in the arguments of a call: a programming or input mistake of the caller, not of
//! the formula.

use std::fmt;

use crate::error::messages::render;
use crate::error::span::Lang;

/// A wrong argument to a method of [`crate::Loss`] or of the JS API.
#[derive(Clone, Debug, PartialEq)]
pub enum ArgumentError {
    /// θ has the wrong number of entries.
    WrongLength {
        what: &'static str,
        expected: usize,
        found: usize,
    },
    /// A number that must be finite is NaN or infinite.
    NotFinite { what: &'static str },
    /// An axis names no parameter of the loss.
    UnknownAxis { name: String, params: Vec<String> },
    /// Both axes name the same parameter.
    SameAxes { name: String },
    /// A range whose ends are equal.
    EmptyRange { what: &'static str },
    /// A grid size outside the allowed bounds.
    BadResolution {
        what: &'static str,
        min: usize,
        max: usize,
        found: usize,
    },
    /// A grid needs a y axis when the loss has two or more parameters, and none otherwise.
    MissingAxis { what: &'static str },
    /// An optimizer the API does not know.
    UnknownMethod { name: String },
    /// A value that should be an array of numbers is something else.
    WrongType { what: &'static str, expected: usize },
    /// An options object that does not have the expected shape.
    BadOptions { what: &'static str, detail: String },
    /// The `data` option is not an object of number arrays (`column`: the bad one).
    BadData { column: Option<String> },
    /// A value that should be a string (the formula) is something else.
    NotAString { what: &'static str },
    /// A data column longer than the page allows (checked before it is read).
    TooManyRows {
        column: String,
        rows: usize,
        limit: usize,
    },
    /// A data table with more numbers in all than the page allows (checked before it is read).
    TooMuchData { values: usize, limit: usize },
    /// A call that would take more work than the page allows (see `loss::budget`): `work`
    /// is the estimate that refused it, or `None` when it was stopped on reaching the limit.
    TooMuchWork {
        what: &'static str,
        work: Option<u64>,
        limit: u64,
    },
    /// A grid that would hold more numbers at once than the page allows.
    TooMuchMemory {
        what: &'static str,
        floats: u64,
        limit: u64,
    },
}

impl ArgumentError {
    /// A stable, machine-readable name of the kind of error.
    pub fn code(&self) -> &'static str {
        match self {
            ArgumentError::WrongLength { .. } => "wrong_length",
            ArgumentError::NotFinite { .. } => "not_finite",
            ArgumentError::UnknownAxis { .. } => "unknown_axis",
            ArgumentError::SameAxes { .. } => "same_axes",
            ArgumentError::EmptyRange { .. } => "empty_range",
            ArgumentError::BadResolution { .. } => "bad_resolution",
            ArgumentError::MissingAxis { .. } => "missing_axis",
            ArgumentError::UnknownMethod { .. } => "unknown_method",
            ArgumentError::WrongType { .. } => "wrong_type",
            ArgumentError::BadOptions { .. } => "bad_options",
            ArgumentError::BadData { .. } => "bad_data",
            ArgumentError::NotAString { .. } => "not_a_string",
            ArgumentError::TooManyRows { .. } => "data_too_many_rows",
            ArgumentError::TooMuchData { .. } => "data_too_large",
            ArgumentError::TooMuchWork { .. } => "too_much_work",
            ArgumentError::TooMuchMemory { .. } => "too_much_memory",
        }
    }

    /// The message in the given language.
    pub fn message(&self, lang: Lang) -> String {
        let code = self.code();
        let s = |value: &dyn ToString| value.to_string();
        match self {
            ArgumentError::WrongLength {
                what,
                expected,
                found,
            } => render(
                code,
                lang,
                &[
                    ("what", s(what)),
                    ("expected", s(expected)),
                    ("found", s(found)),
                ],
            ),
            ArgumentError::NotFinite { what }
            | ArgumentError::EmptyRange { what }
            | ArgumentError::MissingAxis { what }
            | ArgumentError::NotAString { what } => render(code, lang, &[("what", s(what))]),
            ArgumentError::UnknownAxis { name, params } => render(
                code,
                lang,
                &[("name", s(name)), ("params", params.join(", "))],
            ),
            ArgumentError::SameAxes { name } | ArgumentError::UnknownMethod { name } => {
                render(code, lang, &[("name", s(name))])
            }
            ArgumentError::BadResolution {
                what,
                min,
                max,
                found,
            } => render(
                code,
                lang,
                &[
                    ("what", s(what)),
                    ("min", s(min)),
                    ("max", s(max)),
                    ("found", s(found)),
                ],
            ),
            ArgumentError::WrongType { what, expected } => {
                render(code, lang, &[("what", s(what)), ("expected", s(expected))])
            }
            ArgumentError::BadOptions { what, detail } => {
                render(code, lang, &[("what", s(what)), ("detail", s(detail))])
            }
            ArgumentError::BadData { column: None } => render(code, lang, &[]),
            ArgumentError::BadData {
                column: Some(column),
            } => render("bad_data.column", lang, &[("column", s(column))]),
            ArgumentError::TooManyRows {
                column,
                rows,
                limit,
            } => render(
                code,
                lang,
                &[
                    ("column", s(column)),
                    ("rows", s(rows)),
                    ("limit", s(limit)),
                ],
            ),
            ArgumentError::TooMuchData { values, limit } => {
                render(code, lang, &[("values", s(values)), ("limit", s(limit))])
            }
            ArgumentError::TooMuchWork {
                what,
                work: Some(work),
                limit,
            } => render(
                code,
                lang,
                &[("what", s(what)), ("work", s(work)), ("limit", s(limit))],
            ),
            ArgumentError::TooMuchWork {
                what,
                work: None,
                limit,
            } => render(
                "too_much_work.stopped",
                lang,
                &[("what", s(what)), ("limit", s(limit))],
            ),
            ArgumentError::TooMuchMemory {
                what,
                floats,
                limit,
            } => render(
                code,
                lang,
                &[
                    ("what", s(what)),
                    ("floats", s(floats)),
                    ("limit", s(limit)),
                ],
            ),
        }
    }
}

impl fmt::Display for ArgumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message(Lang::En))
    }
}

impl std::error::Error for ArgumentError {}
