//! The built-in functions and constants of the formula language, and "did you mean" hints.

/// A function a formula can call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Function {
    Unary(UnaryFn),
    Binary(BinaryFn),
    /// `sum(…)` or `mean(…)` over the rows of the data table.
    Aggregate(Aggregate),
}

/// Functions of one argument. Their derivatives live in [`crate::eval::scalar`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryFn {
    Neg,
    Exp,
    Ln,
    Sqrt,
    Sin,
    Cos,
    Tan,
    Tanh,
    Abs,
    Sigmoid,
    Relu,
    Softplus,
}

/// Operators and functions of two arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryFn {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
    Min,
    Max,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Aggregate {
    Sum,
    Mean,
}

impl UnaryFn {
    /// The function's value at `x`, in plain `f64` (see [`crate::eval::scalar`] for the
    /// other number types and the derivatives).
    pub fn apply(self, x: f64) -> f64 {
        match self {
            UnaryFn::Neg => -x,
            UnaryFn::Exp => x.exp(),
            UnaryFn::Ln => x.ln(),
            UnaryFn::Sqrt => x.sqrt(),
            UnaryFn::Sin => x.sin(),
            UnaryFn::Cos => x.cos(),
            UnaryFn::Tan => x.tan(),
            UnaryFn::Tanh => x.tanh(),
            UnaryFn::Abs => x.abs(),
            UnaryFn::Sigmoid => sigmoid(x),
            UnaryFn::Relu => {
                if x > 0.0 {
                    x
                } else {
                    0.0
                }
            }
            UnaryFn::Softplus => softplus(x),
        }
    }
}

impl BinaryFn {
    /// The function's value at (`a`, `b`) in plain `f64`.
    pub fn apply(self, a: f64, b: f64) -> f64 {
        match self {
            BinaryFn::Add => a + b,
            BinaryFn::Sub => a - b,
            BinaryFn::Mul => a * b,
            BinaryFn::Div => a / b,
            // powf is exact where e^(b ln a) is not (2^10), and defined for a < 0 with an
            // integer b; the derivatives use the general form, defined for a > 0.
            BinaryFn::Pow => a.powf(b),
            BinaryFn::Min if b < a => b,
            BinaryFn::Max if b > a => b,
            BinaryFn::Min | BinaryFn::Max => a,
        }
    }
}

/// `x^c` for a constant `c`: exact for negative `x` when `c` is an integer.
pub fn pow_const(x: f64, c: f64) -> f64 {
    if c.fract() == 0.0 && c.abs() <= f64::from(i32::MAX) {
        x.powi(c as i32)
    } else {
        x.powf(c)
    }
}

/// 1/(1+e^(−x)), written to stay accurate for large |x|.
pub fn sigmoid(x: f64) -> f64 {
    if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
}

/// ln(1+e^x) = max(x, 0) + ln(1 + e^(−|x|)), finite for large |x|.
pub fn softplus(x: f64) -> f64 {
    x.max(0.0) + (-x.abs()).exp().ln_1p()
}

/// Every callable name, in the order the error hint lists them.
pub const FUNCTION_NAMES: &[&str] = &[
    "sin", "cos", "tan", "exp", "log", "ln", "sqrt", "abs", "tanh", "sigmoid", "relu", "softplus",
    "min", "max", "sum", "mean",
];

/// The function called `name`, if there is one. `log` and `ln` are both the natural log.
pub fn lookup(name: &str) -> Option<Function> {
    use Function::*;
    Some(match name {
        "sin" => Unary(UnaryFn::Sin),
        "cos" => Unary(UnaryFn::Cos),
        "tan" => Unary(UnaryFn::Tan),
        "exp" => Unary(UnaryFn::Exp),
        "log" | "ln" => Unary(UnaryFn::Ln),
        "sqrt" => Unary(UnaryFn::Sqrt),
        "abs" => Unary(UnaryFn::Abs),
        "tanh" => Unary(UnaryFn::Tanh),
        "sigmoid" => Unary(UnaryFn::Sigmoid),
        "relu" => Unary(UnaryFn::Relu),
        "softplus" => Unary(UnaryFn::Softplus),
        "min" => Binary(BinaryFn::Min),
        "max" => Binary(BinaryFn::Max),
        "sum" => Aggregate(self::Aggregate::Sum),
        "mean" => Aggregate(self::Aggregate::Mean),
        _ => return None,
    })
}

impl Function {
    /// How many arguments the function takes.
    pub fn arity(self) -> usize {
        match self {
            Function::Unary(_) | Function::Aggregate(_) => 1,
            Function::Binary(_) => 2,
        }
    }
}

/// The value of a named constant: `pi`, `π` and `e`.
pub fn constant(name: &str) -> Option<f64> {
    match name {
        "pi" | "π" => Some(std::f64::consts::PI),
        "e" => Some(std::f64::consts::E),
        _ => None,
    }
}

/// The known function name closest to `name`, if it is close enough to be a likely typo
/// (`sine` → `sin`, `sqr` → `sqrt`, `Exp` → `exp`).
pub fn suggest(name: &str) -> Option<&'static str> {
    let lower = name.to_lowercase();
    FUNCTION_NAMES
        .iter()
        .map(|&candidate| (edit_distance(&lower, candidate), candidate))
        .filter(|&(distance, candidate)| distance <= 1 || (distance == 2 && candidate.len() > 3))
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

/// Levenshtein distance in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        assert_eq!(suggest("sine"), Some("sin"));
        assert_eq!(suggest("sqr"), Some("sqrt"));
        assert_eq!(suggest("Exp"), Some("exp"));
        assert_eq!(suggest("sigmod"), Some("sigmoid"));
        assert_eq!(suggest("w"), None);
        assert_eq!(suggest("foo"), None);
    }

    /// The "unknown function" message lists every function, in both languages.
    #[test]
    fn the_error_message_lists_every_function() {
        use crate::error::formula::{ErrorKind, FormulaError};
        use crate::error::span::{Lang, Span};
        let kind = ErrorKind::UnknownFunction {
            name: "foo".into(),
            suggestion: None,
        };
        let error = FormulaError::new(kind, Span::default());
        for lang in [Lang::En, Lang::Zh] {
            assert!(error.message(lang).ends_with(&FUNCTION_NAMES.join(" ")));
        }
    }
}
