//! Errors as data: what went wrong, where in the formula, in the user's language.
//!
//! Every error carries a [`Span`] of byte offsets into the formula; [`Span::to_utf16`] turns
//! it into JavaScript string indices. Messages are written in one place per language
//! ([`FormulaError::message`], [`ArgumentError::message`]), so the page and the tests read the
//! same words.

use std::fmt;

/// A half-open range of **byte** offsets into the formula text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The smallest span that covers both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The same span in UTF-16 code units, the unit of JavaScript string indices, so that
    /// `formula.slice(start, end)` in JS is the culprit even after `θ` or `w₁`.
    ///
    /// ```
    /// use hessian_explorer::Span;
    /// let text = "θ₁ + (";
    /// let paren = Span::new(text.find('(').unwrap(), text.len());
    /// assert_eq!(paren.to_utf16(text), (5, 6));
    /// ```
    pub fn to_utf16(self, text: &str) -> (usize, usize) {
        let units = |byte: usize| {
            let byte = floor_char_boundary(text, byte);
            text[..byte].encode_utf16().count()
        };
        (units(self.start), units(self.end))
    }

    /// 1-based position in characters, as a reader counts ("the '(' at 5").
    pub fn column(self, text: &str) -> usize {
        let byte = floor_char_boundary(text, self.start);
        text[..byte].chars().count() + 1
    }
}

fn floor_char_boundary(text: &str, byte: usize) -> usize {
    let mut byte = byte.min(text.len());
    while !text.is_char_boundary(byte) {
        byte -= 1;
    }
    byte
}

/// The language of messages shown to the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    /// `"zh"`, `"zh-CN"`, `"zh-Hans"` … give Chinese; anything else English.
    pub fn parse(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }
}

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
        }
    }

    /// The message in the given language: what is wrong, and a hint where one helps.
    pub fn message(&self, lang: Lang) -> String {
        use ErrorKind::*;
        let zh = lang == Lang::Zh;
        match &self.kind {
            Empty if zh => "公式是空的：请输入一个 loss，例如 (y - w1*w2*x)^2".into(),
            Empty => "the formula is empty: type a loss, e.g. (y - w1*w2*x)^2".into(),
            TooLong { limit } if zh => format!("公式太长（最多 {limit} 字节）"),
            TooLong { limit } => format!("the formula is too long (at most {limit} bytes)"),
            TooDeep { limit } if zh => format!("括号或运算嵌套太深（最多 {limit} 层）"),
            TooDeep { limit } => {
                format!("parentheses or operators nest too deeply (at most {limit} levels)")
            }
            TooLarge { limit } if zh => {
                format!("公式在数据表的每一行展开后太大（最多 {limit} 步）：请减少行数")
            }
            TooLarge { limit } => format!(
                "the formula expanded over the data rows is too large (at most {limit} steps): use fewer rows"
            ),
            TooManyParams { limit } if zh => format!("参数太多（最多 {limit} 个）"),
            TooManyParams { limit } => format!("too many parameters (at most {limit})"),
            UnexpectedChar { found } if zh => format!("无法识别的字符 '{found}'"),
            UnexpectedChar { found } => format!("unexpected character '{found}'"),
            InvalidNumber { text } if zh => format!("'{text}' 不是一个合法的数字"),
            InvalidNumber { text } => format!("'{text}' is not a valid number"),
            NumberOutOfRange { text } if zh => format!("数字 '{text}' 太大，无法表示"),
            NumberOutOfRange { text } => format!("the number '{text}' is too large to represent"),
            ExpectedOperand { found } if zh => {
                format!("这里应该是数字、名字或 '('，却是 '{found}'")
            }
            ExpectedOperand { found } => {
                format!("expected a number, a name or '(' but found '{found}'")
            }
            UnexpectedEnd if zh => "公式不完整：结尾还缺一个数字、名字或 '('".into(),
            UnexpectedEnd => {
                "the formula ends too early: a number, a name or '(' should follow".into()
            }
            MissingOperator { found } if zh => format!("'{found}' 前面缺少运算符"),
            MissingOperator { found } => format!("missing an operator before '{found}'"),
            UnmatchedClose if zh => "这个 ')' 没有对应的 '('".into(),
            UnmatchedClose => "this ')' has no matching '('".into(),
            UnclosedParen { column, found: None } if zh => {
                format!("第 {column} 个字符处的 '(' 缺少对应的 ')'")
            }
            UnclosedParen { column, found: None } => {
                format!("expected ')' to close the '(' at {column}")
            }
            UnclosedParen { column, found: Some(found) } if zh => {
                format!("应该用 ')' 闭合第 {column} 个字符处的 '('，却是 '{found}'")
            }
            UnclosedParen { column, found: Some(found) } => {
                format!("expected ')' to close the '(' at {column} but found '{found}'")
            }
            UnknownFunction { name, suggestion: Some(s) } if zh => {
                format!("未知函数 '{name}'（你是不是想写 '{s}'？）")
            }
            UnknownFunction { name, suggestion: Some(s) } => {
                format!("unknown function '{name}' (did you mean '{s}'?)")
            }
            UnknownFunction { name, suggestion: None } if zh => format!(
                "未知函数 '{name}'；要表示相乘请写 '{name}*(…)'。可用函数：{}",
                crate::functions::FUNCTION_NAMES.join(" ")
            ),
            UnknownFunction { name, suggestion: None } => format!(
                "unknown function '{name}'; to multiply, write '{name}*(…)'. Functions: {}",
                crate::functions::FUNCTION_NAMES.join(" ")
            ),
            ConstantCalled { name } if zh => {
                format!("'{name}' 是常数，不是函数；要表示相乘请写 '{name}*(…)'")
            }
            ConstantCalled { name } => {
                format!("'{name}' is a constant, not a function; to multiply, write '{name}*(…)'")
            }
            MissingCallParens { name } if zh => {
                format!("函数 '{name}' 的参数要放在括号里：{name}(…)")
            }
            MissingCallParens { name } => {
                format!("the function '{name}' needs its argument in parentheses: {name}(…)")
            }
            WrongArity { name, expected, found } if zh => {
                format!("函数 '{name}' 需要 {expected} 个参数，这里给了 {found} 个")
            }
            WrongArity { name, expected, found } => format!(
                "'{name}' takes {expected} argument{}, but {found} {} given",
                if *expected == 1 { "" } else { "s" },
                if *found == 1 { "was" } else { "were" }
            ),
            NestedAggregate { name } if zh => {
                format!("'{name}(…)' 不能放在另一个 sum(…) 或 mean(…) 里面")
            }
            NestedAggregate { name } => {
                format!("'{name}(…)' cannot be inside another sum(…) or mean(…)")
            }
            AggregateWithoutData { name } if zh => {
                format!("'{name}(…)' 对数据表的每一行求和，但还没有数据表")
            }
            AggregateWithoutData { name } => {
                format!("'{name}(…)' runs over the rows of the data table, but there is no data")
            }
            DataLength { column, rows, first, first_rows } if zh => format!(
                "数据列 '{column}' 有 {rows} 行，但 '{first}' 有 {first_rows} 行：每一列的行数必须相同"
            ),
            DataLength { column, rows, first, first_rows } => format!(
                "data column '{column}' has {rows} rows but '{first}' has {first_rows}: all columns need the same number of rows"
            ),
            DataEmpty { column } if zh => format!("数据列 '{column}' 是空的"),
            DataEmpty { column } => format!("data column '{column}' has no rows"),
            DataNotFinite { column, row } if zh => {
                format!("数据列 '{column}' 第 {row} 行不是有限的数")
            }
            DataNotFinite { column, row } => {
                format!("data column '{column}', row {row}, is not a finite number")
            }
            DataBadName { column } if zh => {
                format!("'{column}' 不能用作数据列名（要用字母开头的名字，且不能是函数或常数）")
            }
            DataBadName { column } => format!(
                "'{column}' cannot name a data column (use a name that starts with a letter and is not a function or constant)"
            ),
            DataDuplicate { column } if zh => format!("数据列 '{column}' 出现了两次"),
            DataDuplicate { column } => format!("data column '{column}' appears twice"),
        }
    }
}

impl fmt::Display for FormulaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message(Lang::En))
    }
}

impl std::error::Error for FormulaError {}

/// A wrong argument to a method of [`crate::Loss`]: a programming or input mistake of the
/// caller, not of the formula.
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
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::Zh;
        match self {
            ArgumentError::WrongLength {
                what,
                expected,
                found,
            } if zh => {
                format!("{what} 应该有 {expected} 个数，却有 {found} 个")
            }
            ArgumentError::WrongLength {
                what,
                expected,
                found,
            } => {
                format!("{what} needs {expected} numbers but has {found}")
            }
            ArgumentError::NotFinite { what } if zh => format!("{what} 必须是有限的数"),
            ArgumentError::NotFinite { what } => format!("{what} must be finite numbers"),
            ArgumentError::UnknownAxis { name, params } if zh => {
                format!("坐标轴 '{name}' 不是参数；参数有：{}", params.join(", "))
            }
            ArgumentError::UnknownAxis { name, params } => format!(
                "the axis '{name}' is not a parameter; the parameters are: {}",
                params.join(", ")
            ),
            ArgumentError::SameAxes { name } if zh => format!("两个坐标轴都是 '{name}'"),
            ArgumentError::SameAxes { name } => format!("both axes are '{name}'"),
            ArgumentError::EmptyRange { what } if zh => format!("{what} 的两端不能相等"),
            ArgumentError::EmptyRange { what } => format!("{what} needs two different ends"),
            ArgumentError::BadResolution {
                what,
                min,
                max,
                found,
            } if zh => {
                format!("{what} 必须在 {min} 到 {max} 之间，却是 {found}")
            }
            ArgumentError::BadResolution {
                what,
                min,
                max,
                found,
            } => {
                format!("{what} must be between {min} and {max}, not {found}")
            }
            ArgumentError::MissingAxis { what } if zh => format!("缺少坐标轴 {what}"),
            ArgumentError::MissingAxis { what } => format!("the axis {what} is missing"),
        }
    }
}

impl fmt::Display for ArgumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message(Lang::En))
    }
}

impl std::error::Error for ArgumentError {}
