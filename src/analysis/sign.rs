//! What the formula's shape says about its sign, everywhere at once.
//!
//! A square is never negative, nor a sum of squares, an exp, an abs or a relu; a product of
//! two nonnegative factors is nonnegative; and so on, instruction by instruction. When the
//! loss is nonnegative *by its form* and zero at θ′, θ′ is a global minimum, whatever its
//! Taylor series does: that settles the valleys of (y − w₁w₂x)², the axes of x²y², the ring
//! (x² + y² − 1)² and a dead ReLU's plateau, which no finite number of coefficients could.

use crate::formula::functions::{BinaryFn, UnaryFn};
use crate::formula::tape::{Instr, Tape};

/// Which signs a value can take (wherever it is defined).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signs {
    pub positive: bool,
    pub negative: bool,
}

const ANY: Signs = Signs {
    positive: true,
    negative: true,
};
const NONNEGATIVE: Signs = Signs {
    positive: true,
    negative: false,
};

impl Signs {
    fn of_constant(c: f64) -> Signs {
        if c.is_nan() {
            return ANY;
        }
        Signs {
            positive: c > 0.0,
            negative: c < 0.0,
        }
    }

    fn flipped(self) -> Signs {
        Signs {
            positive: self.negative,
            negative: self.positive,
        }
    }

    fn union(self, o: Signs) -> Signs {
        Signs {
            positive: self.positive || o.positive,
            negative: self.negative || o.negative,
        }
    }

    fn product(self, o: Signs) -> Signs {
        Signs {
            positive: (self.positive && o.positive) || (self.negative && o.negative),
            negative: (self.positive && o.negative) || (self.negative && o.positive),
        }
    }
}

/// The signs the loss on `tape` can take, from its form alone.
///
/// ```
/// use hessian_explorer::analysis::sign::loss_signs;
/// use hessian_explorer::Loss;
/// let signs = |f: &str| loss_signs(Loss::new(f).unwrap().tape());
/// assert!(!signs("(1 - a b)^2 + relu(c)").negative);
/// assert!(!signs("-(x^2 y^2)").positive);
/// assert!(signs("x^2 y").negative && signs("x^2 y").positive);
/// ```
pub fn loss_signs(tape: &Tape) -> Signs {
    let mut signs: Vec<Signs> = Vec::with_capacity(tape.len());
    for instr in &tape.instrs {
        let of = |slot: u32| signs[slot as usize];
        let s = match *instr {
            Instr::Const(c) => Signs::of_constant(c),
            Instr::Param(_) => ANY,
            Instr::Unary(function, a) => unary(function, of(a)),
            Instr::PowConst(a, c) => power(of(a), c),
            Instr::Binary(BinaryFn::Mul, a, b) if a == b => NONNEGATIVE,
            Instr::Binary(function, a, b) => binary(function, of(a), of(b)),
        };
        signs.push(s);
    }
    signs.last().copied().unwrap_or(ANY)
}

fn unary(function: UnaryFn, a: Signs) -> Signs {
    match function {
        UnaryFn::Neg => a.flipped(),
        UnaryFn::Exp | UnaryFn::Sigmoid | UnaryFn::Softplus => NONNEGATIVE,
        UnaryFn::Abs | UnaryFn::Relu | UnaryFn::Sqrt => NONNEGATIVE,
        // Odd and increasing: keeps the sign.
        UnaryFn::Tanh => a,
        UnaryFn::Ln | UnaryFn::Sin | UnaryFn::Cos | UnaryFn::Tan => ANY,
    }
}

/// x^c: an odd integer power keeps the sign; an even one (x⁰ = 1 included) and a fractional
/// one (defined for x ≥ 0 only) are nonnegative.
fn power(a: Signs, c: f64) -> Signs {
    let odd = c.fract() == 0.0 && (c / 2.0).fract() != 0.0;
    if odd {
        a
    } else {
        NONNEGATIVE
    }
}

fn binary(function: BinaryFn, a: Signs, b: Signs) -> Signs {
    match function {
        BinaryFn::Add => a.union(b),
        BinaryFn::Sub => a.union(b.flipped()),
        BinaryFn::Mul | BinaryFn::Div => a.product(b),
        // e^(b·ln a) for a > 0, and 0^b = 0.
        BinaryFn::Pow if !a.negative => NONNEGATIVE,
        BinaryFn::Pow => ANY,
        BinaryFn::Min => Signs {
            positive: a.positive && b.positive,
            negative: a.negative || b.negative,
        },
        BinaryFn::Max => Signs {
            positive: a.positive || b.positive,
            negative: a.negative && b.negative,
        },
    }
}
