//! Numbers the tape can be evaluated on: plain `f64` for values and [`Dual`] numbers for
//! derivatives. Every evaluator is written once, generic over [`Scalar`] (num-dual's rule:
//! a function is differentiable when it is generic over the number type).
//!
//! Each derivative rule is written once, generically ([`unary_derivative`],
//! [`pow_const_derivative`], [`binary_partials`]): [`Dual`] uses it over `f64` for forward
//! tangents, and the reverse sweep in [`crate::eval::autodiff`] uses it over `Dual` to get second
//! derivatives. The two can therefore never disagree.

use std::ops::{Add, Div, Mul, Neg, Sub};

use crate::formula::functions::{self, BinaryFn, UnaryFn};

/// A number type closed under the formula language's operations.
pub trait Scalar:
    Copy
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + Neg<Output = Self>
{
    fn constant(value: f64) -> Self;
    /// The ordinary (real) part.
    fn real(self) -> f64;
    /// Exactly zero in every part (so a reverse sweep can skip it, and 0·∞ never arises
    /// from a branch the loss does not take).
    fn is_zero(self) -> bool;
    /// Applies a function of one argument.
    fn unary(self, function: UnaryFn) -> Self;
    /// `x^c` for a constant `c`: exact for negative `x` when `c` is an integer.
    fn pow_const(self, c: f64) -> Self;
    /// `min`, `max` and the power with a variable exponent (arithmetic uses the operators).
    fn special_binary(self, function: BinaryFn, other: Self) -> Self;

    /// Whether the sign of the real part is known for certain. Always, for an exact number
    /// type; [`crate::eval::approx::Approx`] says no when its error bound reaches zero.
    fn sign_is_certain(self) -> bool {
        true
    }

    /// Applies a function of two arguments.
    fn binary(self, function: BinaryFn, other: Self) -> Self {
        match function {
            BinaryFn::Add => self + other,
            BinaryFn::Sub => self - other,
            BinaryFn::Mul => self * other,
            BinaryFn::Div => self / other,
            BinaryFn::Pow | BinaryFn::Min | BinaryFn::Max => self.special_binary(function, other),
        }
    }
}

/// d f(x)/dx, given `x` and `fx` = f(x).
pub fn unary_derivative<T: Scalar>(function: UnaryFn, x: T, fx: T) -> T {
    let one = T::constant(1.0);
    match function {
        UnaryFn::Neg => T::constant(-1.0),
        UnaryFn::Exp => fx,
        UnaryFn::Ln => one / x,
        UnaryFn::Sqrt => T::constant(0.5) / fx,
        UnaryFn::Sin => x.unary(UnaryFn::Cos),
        UnaryFn::Cos => -x.unary(UnaryFn::Sin),
        UnaryFn::Tan => one + fx * fx,
        // sech², from the value at hand where 1 − tanh² is safe (as sech_squared does there).
        UnaryFn::Tanh if x.real().abs() < 0.5 => one - fx * fx,
        UnaryFn::Tanh => sech_squared(x),
        UnaryFn::Abs => T::constant(sign(x.real())),
        // σ′ = σ(1 − σ) = ¼·sech²(x/2), written without the difference 1 − σ.
        UnaryFn::Sigmoid => T::constant(0.25) * sech_squared(x * T::constant(0.5)),
        UnaryFn::Relu => T::constant(if x.real() > 0.0 { 1.0 } else { 0.0 }),
        UnaryFn::Softplus => x.unary(UnaryFn::Sigmoid),
    }
}

/// sech²(x) = tanh′(x) = 1 − tanh²(x), computed so that it keeps its relative precision
/// everywhere, also where tanh(x) rounds to ±1 (|x| ≳ 19, where 1 − tanh² would give 0
/// instead of 4e^(−2|x|)). Written with the generic operations, so a [`Dual`] (or any other
/// [`Scalar`]) gets the derivative of the rule, tanh″ = −2·tanh·sech², just as precise.
///
/// For |x| < ½ the difference 1 − tanh² is safe (tanh² < 0.22); elsewhere it is
/// 4e/(1 + e)² with e = e^(−2|x|) ≤ 1/e, a ratio of positive terms.
///
/// ```
/// use hessian_explorer::eval::scalar::sech_squared;
/// let exact = 4.0 * (-40.0f64).exp(); // sech²(20), to 1e-17 relative
/// assert!((sech_squared(20.0) - exact).abs() <= 1e-15 * exact);
/// assert_eq!(1.0 - 20.0f64.tanh().powi(2), 0.0); // what the difference gives
/// ```
pub fn sech_squared<T: Scalar>(x: T) -> T {
    let one = T::constant(1.0);
    if x.real().abs() < 0.5 {
        let t = x.unary(UnaryFn::Tanh);
        return one - t * t;
    }
    let toward_zero = if x.real() > 0.0 { -2.0 } else { 2.0 };
    let e = (x * T::constant(toward_zero)).unary(UnaryFn::Exp);
    let denominator = one + e;
    T::constant(4.0) * e / (denominator * denominator)
}

/// d(x^c)/dx = c·x^(c−1).
pub fn pow_const_derivative<T: Scalar>(x: T, c: f64) -> T {
    if c == 0.0 {
        T::constant(0.0)
    } else {
        T::constant(c) * x.pow_const(c - 1.0)
    }
}

/// The partial derivatives of `a ∘ b` in `a` and in `b`, given `out` = a ∘ b.
pub fn binary_partials<T: Scalar>(function: BinaryFn, a: T, b: T, out: T) -> (T, T) {
    let (zero, one) = (T::constant(0.0), T::constant(1.0));
    match function {
        BinaryFn::Add => (one, one),
        BinaryFn::Sub => (one, -one),
        BinaryFn::Mul => (b, a),
        BinaryFn::Div => (one / b, -out / b),
        BinaryFn::Pow => (b * power(a, b - one), out * a.unary(UnaryFn::Ln)),
        BinaryFn::Min if b.real() < a.real() => (zero, one),
        BinaryFn::Max if b.real() > a.real() => (zero, one),
        BinaryFn::Min | BinaryFn::Max => (one, zero),
    }
}

/// The sign as the derivative of |x|: 0 at 0.
fn sign(x: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else {
        0.0
    }
}

/// `a^b` with a variable exponent: e^(b·ln a), so defined for a > 0 (and 0^b = 0, b > 0).
fn power<T: Scalar>(a: T, b: T) -> T {
    if a.real() == 0.0 && b.real() > 0.0 {
        return T::constant(0.0);
    }
    (b * a.unary(UnaryFn::Ln)).unary(UnaryFn::Exp)
}

impl Scalar for f64 {
    fn constant(value: f64) -> f64 {
        value
    }

    fn real(self) -> f64 {
        self
    }

    fn is_zero(self) -> bool {
        self == 0.0
    }

    fn unary(self, function: UnaryFn) -> f64 {
        function.apply(self)
    }

    fn pow_const(self, c: f64) -> f64 {
        functions::pow_const(self, c)
    }

    fn special_binary(self, function: BinaryFn, other: f64) -> f64 {
        function.apply(self, other)
    }
}

/// A dual number `re + eps·ε` with ε² = 0: a value and one directional derivative.
///
/// The Hessian evaluator runs a reverse sweep over `Dual` (forward-over-reverse), which
/// costs n sweeps for an n×n Hessian instead of n² work per instruction.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Dual {
    pub re: f64,
    pub eps: f64,
}

impl Dual {
    pub fn new(re: f64, eps: f64) -> Dual {
        Dual { re, eps }
    }

    /// `value` with tangent `derivative·eps`. An exact zero tangent stays zero even where
    /// the derivative is infinite (√x at 0 along a direction that does not move x).
    fn chain(self, value: f64, derivative: f64) -> Dual {
        let eps = if self.eps == 0.0 {
            0.0
        } else {
            derivative * self.eps
        };
        Dual::new(value, eps)
    }
}

impl Add for Dual {
    type Output = Dual;
    fn add(self, o: Dual) -> Dual {
        Dual::new(self.re + o.re, self.eps + o.eps)
    }
}

impl Sub for Dual {
    type Output = Dual;
    fn sub(self, o: Dual) -> Dual {
        Dual::new(self.re - o.re, self.eps - o.eps)
    }
}

impl Mul for Dual {
    type Output = Dual;
    fn mul(self, o: Dual) -> Dual {
        Dual::new(self.re * o.re, self.eps * o.re + self.re * o.eps)
    }
}

impl Div for Dual {
    type Output = Dual;
    fn div(self, o: Dual) -> Dual {
        let re = self.re / o.re;
        Dual::new(re, (self.eps - re * o.eps) / o.re)
    }
}

impl Neg for Dual {
    type Output = Dual;
    fn neg(self) -> Dual {
        Dual::new(-self.re, -self.eps)
    }
}

impl Scalar for Dual {
    fn constant(value: f64) -> Dual {
        Dual::new(value, 0.0)
    }

    fn real(self) -> f64 {
        self.re
    }

    fn is_zero(self) -> bool {
        self.re == 0.0 && self.eps == 0.0
    }

    fn unary(self, function: UnaryFn) -> Dual {
        let value = self.re.unary(function);
        self.chain(value, unary_derivative(function, self.re, value))
    }

    fn pow_const(self, c: f64) -> Dual {
        self.chain(self.re.pow_const(c), pow_const_derivative(self.re, c))
    }

    fn special_binary(self, function: BinaryFn, other: Dual) -> Dual {
        let value = self.re.special_binary(function, other.re);
        let (da, db) = binary_partials(function, self.re, other.re, value);
        let tangent = |d: f64, eps: f64| if eps == 0.0 { 0.0 } else { d * eps };
        Dual::new(value, tangent(da, self.eps) + tangent(db, other.eps))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_at_extremes() {
        use crate::formula::functions::{sigmoid, softplus};
        assert_eq!(sigmoid(-800.0), 0.0);
        assert_eq!(sigmoid(800.0), 1.0);
        assert_eq!(softplus(800.0), 800.0);
        assert!(softplus(-800.0) >= 0.0);
    }

    #[test]
    fn dual_chain_rule() {
        let x = Dual::new(0.3, 1.0);
        let y = x.unary(UnaryFn::Sin).pow_const(3.0);
        let expected = 3.0 * 0.3f64.sin().powi(2) * 0.3f64.cos();
        assert!((y.eps - expected).abs() < 1e-15);
    }
}
