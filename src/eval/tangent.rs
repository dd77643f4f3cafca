//! [`Tangent`]: a value and one directional derivative, over any [`Scalar`] (the generic
//! twin of [`crate::eval::scalar::Dual`], which stays concrete over f64 for speed).
//!
//! The higher-order look needs the derivative *across* a curve of every Taylor coefficient
//! *along* it: `Jet<Tangent<f64>>` (and `Jet<Tangent<Approx>>` when the zeros must be proven,
//! not just computed). Each rule comes from [`crate::eval::scalar`], written once.

use std::ops::{Add, Div, Mul, Neg, Sub};

use crate::eval::scalar::{binary_partials, pow_const_derivative, unary_derivative, Scalar};
use crate::formula::functions::{BinaryFn, UnaryFn};

/// `value + derivative·ε` with ε² = 0.
///
/// ```
/// use hessian_explorer::eval::tangent::Tangent;
/// use hessian_explorer::eval::scalar::Scalar;
/// use hessian_explorer::formula::functions::UnaryFn;
/// let x = Tangent::new(0.5, 1.0);
/// let y = x.unary(UnaryFn::Sin) * x; // x·sin x, derivative sin x + x·cos x
/// assert!((y.derivative - (0.5f64.sin() + 0.5 * 0.5f64.cos())).abs() < 1e-15);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tangent<C> {
    pub value: C,
    pub derivative: C,
}

impl<C: Scalar> Tangent<C> {
    pub fn new(value: C, derivative: C) -> Tangent<C> {
        Tangent { value, derivative }
    }

    /// `value` with derivative `slope`·(this derivative); an exactly zero derivative stays
    /// zero even through an infinite slope (√x at 0 along a direction that does not move x).
    fn chain(self, value: C, slope: C) -> Tangent<C> {
        let derivative = if self.derivative.is_zero() {
            self.derivative
        } else {
            slope * self.derivative
        };
        Tangent { value, derivative }
    }
}

impl<C: Scalar> Add for Tangent<C> {
    type Output = Tangent<C>;
    fn add(self, o: Tangent<C>) -> Tangent<C> {
        Tangent::new(self.value + o.value, self.derivative + o.derivative)
    }
}

impl<C: Scalar> Sub for Tangent<C> {
    type Output = Tangent<C>;
    fn sub(self, o: Tangent<C>) -> Tangent<C> {
        Tangent::new(self.value - o.value, self.derivative - o.derivative)
    }
}

impl<C: Scalar> Mul for Tangent<C> {
    type Output = Tangent<C>;
    fn mul(self, o: Tangent<C>) -> Tangent<C> {
        let term = |d: C, factor: C| {
            if d.is_zero() {
                d
            } else {
                d * factor
            }
        };
        Tangent::new(
            self.value * o.value,
            term(self.derivative, o.value) + term(o.derivative, self.value),
        )
    }
}

impl<C: Scalar> Div for Tangent<C> {
    type Output = Tangent<C>;
    fn div(self, o: Tangent<C>) -> Tangent<C> {
        let value = self.value / o.value;
        let numerator = if o.derivative.is_zero() {
            self.derivative
        } else {
            self.derivative - value * o.derivative
        };
        let derivative = if numerator.is_zero() {
            numerator
        } else {
            numerator / o.value
        };
        Tangent::new(value, derivative)
    }
}

impl<C: Scalar> Neg for Tangent<C> {
    type Output = Tangent<C>;
    fn neg(self) -> Tangent<C> {
        Tangent::new(-self.value, -self.derivative)
    }
}

impl<C: Scalar> Scalar for Tangent<C> {
    fn constant(value: f64) -> Tangent<C> {
        Tangent::new(C::constant(value), C::constant(0.0))
    }

    fn real(self) -> f64 {
        self.value.real()
    }

    fn is_zero(self) -> bool {
        self.value.is_zero() && self.derivative.is_zero()
    }

    fn sign_is_certain(self) -> bool {
        self.value.sign_is_certain()
    }

    fn unary(self, function: UnaryFn) -> Tangent<C> {
        let value = self.value.unary(function);
        self.chain(value, unary_derivative(function, self.value, value))
    }

    fn pow_const(self, c: f64) -> Tangent<C> {
        self.chain(self.value.pow_const(c), pow_const_derivative(self.value, c))
    }

    fn special_binary(self, function: BinaryFn, other: Tangent<C>) -> Tangent<C> {
        let value = self.value.special_binary(function, other.value);
        let (da, db) = binary_partials(function, self.value, other.value, value);
        let part = |d: C, tangent: C| {
            if tangent.is_zero() {
                tangent
            } else {
                d * tangent
            }
        };
        Tangent::new(
            value,
            part(da, self.derivative) + part(db, other.derivative),
        )
    }
}
