//! [`Approx`]: a number that carries a bound on its own rounding error (running error
//! analysis, as in Wilkinson's and Higham's books).
//!
//! Every operation rounds its result once (relative error at most u = 2⁻⁵³) and passes on the
//! errors of its operands, scaled by how much the operation can amplify them. The bound is
//! rigorous for the arithmetic and, for the elementary functions, assumes the math library
//! is within [`LIBM_ULPS`] units in the last place (Rust's and the browsers' are within one).
//! Constants and parameters enter exact: the loss *is* the formula with its f64 numbers.
//!
//! The higher-order look uses it to tell a Taylor coefficient that is really there from one
//! that is rounding: a coefficient counts as zero when |value| ≤ error, just as an eigenvalue
//! counts as zero under the zero threshold. An exact zero (0 ± 0) stays exact through
//! products and sums, which is how a factor that vanishes identically (x along the line
//! x = 0) is recognised as a proof and not as an approximation.

use std::ops::{Add, Div, Mul, Neg, Sub};

use crate::eval::scalar::{sech_squared, Scalar};
use crate::formula::functions::{BinaryFn, UnaryFn};

/// The unit roundoff of f64: one rounding moves a result by at most this, relatively.
pub const U: f64 = f64::EPSILON / 2.0;
/// How many units in the last place the math library may be off (exp, ln, sin, …).
pub const LIBM_ULPS: f64 = 2.0;
/// The largest absolute error of a result that underflowed (subnormal or flushed to 0).
const UNDERFLOW: f64 = f64::MIN_POSITIVE * f64::EPSILON;

/// `value`, and `error` ≥ 0 such that the exact result of the same computation lies in
/// `value ± error`.
///
/// ```
/// use hessian_explorer::eval::{approx::Approx, scalar::Scalar};
/// let third = Approx::exact(1.0) / Approx::exact(3.0);
/// let back = third * Approx::exact(3.0) - Approx::exact(1.0);
/// // 3·fl(1/3) − 1 rounds to 0, and the bound says it may not be.
/// assert!(back.value.abs() <= back.error && back.error > 0.0);
/// assert!(back.error < 1e-15);
/// // A product with an exact zero is exactly zero.
/// assert!((back * Approx::exact(0.0)).is_zero());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Approx {
    pub value: f64,
    pub error: f64,
}

impl Approx {
    /// A number known exactly.
    pub fn exact(value: f64) -> Approx {
        Approx { value, error: 0.0 }
    }

    /// Whether the number may be zero: finite, and no farther from 0 than its rounding bound.
    pub fn is_rounding(self) -> bool {
        self.value.is_finite() && self.value.abs() <= self.error
    }

    /// Whether the sign is certain: the error bound does not reach zero, or it is 0 ± 0.
    pub fn is_certain(self) -> bool {
        self.value.abs() > self.error || self.is_zero()
    }

    /// The result of one rounded operation from operands whose errors propagate to
    /// `propagated`. `from_nonzero` says whether the operands were nonzero, so that a result
    /// of 0 is known to have underflowed.
    fn rounded(value: f64, propagated: f64, ulps: f64, from_nonzero: bool) -> Approx {
        let underflow = value.abs() < f64::MIN_POSITIVE && (value != 0.0 || from_nonzero);
        let error = propagated + ulps * U * value.abs() + if underflow { UNDERFLOW } else { 0.0 };
        Approx { value, error }
    }

    /// `slope`·`error`, where an exact input contributes nothing (even through an infinite
    /// slope: ln at 0 is the caller's NaN, not an infinite error).
    fn carried(slope: f64, error: f64) -> f64 {
        if error == 0.0 {
            0.0
        } else {
            slope.abs() * error
        }
    }

    /// The interval the exact input may lie in.
    fn interval(self) -> (f64, f64) {
        (self.value - self.error, self.value + self.error)
    }

    /// The distance from 0 to the interval: where even functions peak, how close it gets.
    fn distance_from_zero(self) -> f64 {
        (self.value.abs() - self.error).max(0.0)
    }
}

impl Add for Approx {
    type Output = Approx;
    fn add(self, o: Approx) -> Approx {
        let value = self.value + o.value;
        Approx::rounded(value, self.error + o.error, 1.0, false)
    }
}

impl Sub for Approx {
    type Output = Approx;
    fn sub(self, o: Approx) -> Approx {
        self + -o
    }
}

impl Mul for Approx {
    type Output = Approx;
    fn mul(self, o: Approx) -> Approx {
        let value = self.value * o.value;
        let propagated = Approx::carried(self.value, o.error)
            + Approx::carried(o.value, self.error)
            + self.error * o.error;
        let nonzero = self.value != 0.0 && o.value != 0.0;
        Approx::rounded(value, propagated, 1.0, nonzero)
    }
}

impl Div for Approx {
    type Output = Approx;
    fn div(self, o: Approx) -> Approx {
        let value = self.value / o.value;
        let margin = o.value.abs() - o.error;
        if margin <= 0.0 {
            // The divisor may be zero: nothing is known.
            return Approx {
                value,
                error: f64::INFINITY,
            };
        }
        let propagated = if self.error == 0.0 && o.error == 0.0 {
            0.0
        } else {
            (self.error + value.abs() * o.error) / margin
        };
        Approx::rounded(value, propagated, 1.0, self.value != 0.0)
    }
}

impl Neg for Approx {
    type Output = Approx;
    fn neg(self) -> Approx {
        Approx {
            value: -self.value,
            error: self.error,
        }
    }
}

/// A bound on |f′| over the input's interval, for each function of one argument.
fn slope(function: UnaryFn, x: Approx) -> f64 {
    let (lo, hi) = x.interval();
    match function {
        UnaryFn::Neg | UnaryFn::Abs | UnaryFn::Relu | UnaryFn::Sin | UnaryFn::Cos => 1.0,
        UnaryFn::Exp => hi.exp(),
        UnaryFn::Ln if lo > 0.0 => 1.0 / lo,
        UnaryFn::Sqrt if lo > 0.0 => 0.5 / lo.sqrt(),
        UnaryFn::Tan if (hi - lo) < 1.0 && lo.cos().signum() == hi.cos().signum() => {
            1.0 + lo.tan().powi(2).max(hi.tan().powi(2))
        }
        UnaryFn::Tanh => sech_squared(x.distance_from_zero()),
        UnaryFn::Sigmoid => 0.25 * sech_squared(0.5 * x.distance_from_zero()),
        UnaryFn::Softplus => UnaryFn::Sigmoid.apply(hi),
        // ln, sqrt near 0 or tan across a pole: no bound.
        _ => f64::INFINITY,
    }
}

impl Scalar for Approx {
    fn constant(value: f64) -> Approx {
        Approx::exact(value)
    }

    fn real(self) -> f64 {
        self.value
    }

    fn is_zero(self) -> bool {
        self.value == 0.0 && self.error == 0.0
    }

    fn sign_is_certain(self) -> bool {
        self.is_certain()
    }

    fn unary(self, function: UnaryFn) -> Approx {
        let value = function.apply(self.value);
        if function == UnaryFn::Neg {
            return -self;
        }
        if function == UnaryFn::Sqrt && self.interval().0 <= 0.0 && self.error > 0.0 {
            // √ is not Lipschitz at 0, but |√a − √b| ≤ √|a − b|.
            let error = self.error.sqrt() + LIBM_ULPS * U * value.abs();
            return Approx { value, error };
        }
        let exact_operation = matches!(function, UnaryFn::Abs | UnaryFn::Relu);
        let ulps = if exact_operation { 0.0 } else { LIBM_ULPS };
        let propagated = Approx::carried(slope(function, self), self.error);
        Approx::rounded(value, propagated, ulps, self.value != 0.0)
    }

    fn pow_const(self, c: f64) -> Approx {
        let value = self.value.pow_const(c);
        let (lo, hi) = self.interval();
        let largest = lo.abs().max(hi.abs());
        let smallest = self.distance_from_zero();
        // |d/dx x^c| = |c|·|x|^(c−1), largest at the end of the interval farthest from 0
        // when c ≥ 1 and at the nearest one when c < 1.
        let slope = if c >= 1.0 {
            c.abs() * largest.powf(c - 1.0)
        } else if smallest > 0.0 {
            c.abs() * smallest.powf(c - 1.0)
        } else {
            f64::INFINITY
        };
        // powi rounds once per multiplication of its binary powering.
        let ulps = LIBM_ULPS + 2.0 * (c.abs() + 1.0).log2();
        let propagated = Approx::carried(slope, self.error);
        Approx::rounded(value, propagated, ulps, self.value != 0.0)
    }

    fn special_binary(self, function: BinaryFn, other: Approx) -> Approx {
        match function {
            // min and max move by at most the larger of the two errors.
            BinaryFn::Min | BinaryFn::Max => Approx {
                value: function.apply(self.value, other.value),
                error: self.error.max(other.error),
            },
            // a^b = e^(b·ln a), with the error carried through each step.
            _ => (other * self.unary(UnaryFn::Ln)).unary(UnaryFn::Exp),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bound_holds_for_a_cancellation() {
        // (1 + 1e-10) − 1 in f64 is off by about 1e-17 relative to 1: the bound covers it.
        let a = Approx::exact(1.0) + Approx::exact(1e-10);
        let d = a - Approx::exact(1.0);
        assert!((d.value - 1e-10).abs() <= d.error);
        assert!(d.error < 1e-15);
    }

    #[test]
    fn functions_carry_the_input_error() {
        let x = Approx {
            value: 1.0,
            error: 1e-10,
        };
        let y = x.unary(UnaryFn::Exp);
        assert!(y.error >= 1e-10 * 1.0f64.exp());
        assert!(y.error < 1e-9);
        let z = Approx::exact(0.0).unary(UnaryFn::Sin);
        assert!(z.is_zero(), "sin(0 ± 0) is 0 ± 0");
        let w = x.unary(UnaryFn::Ln);
        assert!(w.value.abs() <= w.error, "ln(1 ± 1e-10) may be 0");
    }
}
