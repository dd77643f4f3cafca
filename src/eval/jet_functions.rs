//! The functions of the formula language on [`Jet`]s: Taylor-mode recurrences.
//!
//! For y = f(x(t)) most of them come from y′ = f′(x)·x′, which for coefficients reads
//! y_k = (1/k)·Σ_{j=1..k} j·x_j·q_{k−j} with q the series of f′(x) (`integrate`). The factor
//! q is kept in a form without cancellation, as the derivative rules are
//! ([`crate::eval::scalar`]): tanh′ as sech² (its own recurrence, never 1 − tanh²), σ′ as
//! σ(x)·σ(−x), so saturated units keep their relative precision in every coefficient.
//!
//! The loops index coefficients by order, as the recurrences are written on paper.
#![allow(clippy::needless_range_loop)]

use crate::eval::jet::{count, Jet, LEN};
use crate::eval::scalar::{sech_squared, Scalar};
use crate::formula::functions::{BinaryFn, UnaryFn};

/// The largest integer exponent taken by repeated squaring (exact for polynomials, defined at
/// 0); larger ones use the general recurrence.
const MAX_SQUARING_EXPONENT: f64 = 64.0;

/// y_k = (1/k)·Σ_{j=1..k} j·x_j·q_{k−j}: the coefficient k of ∫ q·x′ dt.
fn integrate<C: Scalar>(x: &[C], q: &[C], k: usize) -> C {
    let mut sum = C::constant(0.0);
    for j in 1..=k {
        if !x[j].is_zero() && !q[k - j].is_zero() {
            sum = sum + C::constant(j as f64) * x[j] * q[k - j];
        }
    }
    if sum.is_zero() {
        sum
    } else {
        sum / C::constant(k as f64)
    }
}

/// Σ_{i=0..k} a_i·b_{k−i}: the coefficient k of a product.
fn product<C: Scalar>(a: &[C], b: &[C], k: usize) -> C {
    let mut sum = C::constant(0.0);
    for i in 0..=k {
        if !a[i].is_zero() && !b[k - i].is_zero() {
            sum = sum + a[i] * b[k - i];
        }
    }
    sum
}

fn zeros<C: Scalar>() -> [C; LEN] {
    [C::constant(0.0); LEN]
}

impl<C: Scalar> Scalar for Jet<C> {
    fn constant(value: f64) -> Jet<C> {
        Jet::polynomial(&[C::constant(value)], LEN)
    }

    fn real(self) -> f64 {
        self.c[0].real()
    }

    fn is_zero(self) -> bool {
        self.coefficients().iter().all(|x| x.is_zero())
    }

    fn unary(self, function: UnaryFn) -> Jet<C> {
        unary(self, function)
    }

    fn pow_const(self, c: f64) -> Jet<C> {
        pow_const(self, c)
    }

    fn special_binary(self, function: BinaryFn, other: Jet<C>) -> Jet<C> {
        match function {
            BinaryFn::Min | BinaryFn::Max => {
                // The branch taken for small t > 0: by the sign of a − b's series.
                let Some(sign) = (self - other).leading_sign() else {
                    return Jet::undefined(self.len.min(other.len));
                };
                let first = if function == BinaryFn::Min {
                    sign <= 0.0
                } else {
                    sign >= 0.0
                };
                if first {
                    self
                } else {
                    other
                }
            }
            // a^b: with a constant exponent as x^c, otherwise e^(b·ln a) (a > 0).
            _ => {
                if other.is_exact_constant() {
                    return pow_const(self, other.real());
                }
                (other * self.unary(UnaryFn::Ln)).unary(UnaryFn::Exp)
            }
        }
    }
}

/// f(x) for a function of one argument.
pub fn unary<C: Scalar>(x: Jet<C>, function: UnaryFn) -> Jet<C> {
    let constant_input = x.exact && x.degree().unwrap_or(0) == 0;
    // The recurrences below take about len² products (two or three series for some).
    count(
        LEN + if constant_input {
            x.len
        } else {
            2 * x.len * x.len
        },
    );
    let c = match function {
        UnaryFn::Neg => return -x,
        UnaryFn::Abs => return abs(x),
        UnaryFn::Relu => return relu(x),
        UnaryFn::Ln if x.c[0].real() == 0.0 => return Jet::undefined(x.len),
        UnaryFn::Sqrt if x.c[0].real() == 0.0 => return sqrt_at_zero(x),
        UnaryFn::Exp => exp(&x),
        UnaryFn::Ln => ln(&x),
        UnaryFn::Sqrt => sqrt(&x),
        UnaryFn::Sin => sin_cos(&x).0,
        UnaryFn::Cos => sin_cos(&x).1,
        UnaryFn::Tan => tan(&x),
        UnaryFn::Tanh => tanh(&x),
        UnaryFn::Sigmoid => sigmoid(&x).0,
        UnaryFn::Softplus => softplus(&x),
    };
    // A function of a constant is that constant; of anything else, a series that goes on.
    Jet {
        c,
        len: x.len,
        exact: constant_input,
    }
}

fn exp<C: Scalar>(x: &Jet<C>) -> [C; LEN] {
    let mut y = zeros();
    y[0] = x.c[0].unary(UnaryFn::Exp);
    for k in 1..x.len {
        y[k] = integrate(&x.c, &y, k);
    }
    y
}

/// From x·y′ = x′: y_k = (x_k − (1/k)·Σ_{j=1..k−1} (k−j)·x_j·y_{k−j}) / x₀.
fn ln<C: Scalar>(x: &Jet<C>) -> [C; LEN] {
    let mut y = zeros();
    y[0] = x.c[0].unary(UnaryFn::Ln);
    for k in 1..x.len {
        let mut sum = C::constant(0.0);
        for j in 1..k {
            if !x.c[j].is_zero() && !y[k - j].is_zero() {
                sum = sum + C::constant((k - j) as f64) * x.c[j] * y[k - j];
            }
        }
        y[k] = (x.c[k] - sum / C::constant(k as f64)) / x.c[0];
    }
    y
}

/// From y² = x: y_k = (x_k − Σ_{j=1..k−1} y_j·y_{k−j}) / (2y₀).
fn sqrt<C: Scalar>(x: &Jet<C>) -> [C; LEN] {
    let mut y = zeros();
    y[0] = x.c[0].unary(UnaryFn::Sqrt);
    let twice = C::constant(2.0) * y[0];
    for k in 1..x.len {
        let mut sum = x.c[k];
        for j in 1..k {
            sum = sum - y[j] * y[k - j];
        }
        y[k] = sum / twice;
    }
    y
}

/// √x where x(0) = 0: zero if x is the zero function, otherwise not a power series.
fn sqrt_at_zero<C: Scalar>(x: Jet<C>) -> Jet<C> {
    if x.exact && x.degree().is_none() {
        x
    } else {
        Jet::undefined(x.len)
    }
}

fn sin_cos<C: Scalar>(x: &Jet<C>) -> ([C; LEN], [C; LEN]) {
    let (mut s, mut c) = (zeros(), zeros());
    s[0] = x.c[0].unary(UnaryFn::Sin);
    c[0] = x.c[0].unary(UnaryFn::Cos);
    for k in 1..x.len {
        s[k] = integrate(&x.c, &c, k);
        c[k] = -integrate(&x.c, &s, k);
    }
    (s, c)
}

/// tan′ = 1 + tan²: a sum of positive terms, no cancellation.
fn tan<C: Scalar>(x: &Jet<C>) -> [C; LEN] {
    let (mut y, mut w) = (zeros(), zeros());
    y[0] = x.c[0].unary(UnaryFn::Tan);
    w[0] = C::constant(1.0) + y[0] * y[0];
    for k in 1..x.len {
        y[k] = integrate(&x.c, &w, k);
        w[k] = product(&y, &y, k);
    }
    y
}

/// tanh′ = z with z = sech²(x) started from its accurate value and continued by
/// z′ = −2·tanh·tanh′, i.e. z_k = −(y²)_k: never 1 − tanh², which cancels when saturated.
fn tanh<C: Scalar>(x: &Jet<C>) -> [C; LEN] {
    let (mut y, mut z) = (zeros(), zeros());
    y[0] = x.c[0].unary(UnaryFn::Tanh);
    z[0] = sech_squared(x.c[0]);
    for k in 1..x.len {
        y[k] = integrate(&x.c, &z, k);
        z[k] = -product(&y, &y, k);
    }
    y
}

/// σ and σ′ = σ(x)·σ(−x): σ(−x) = 1 − σ(x) has the same higher coefficients negated and its
/// own accurate constant term, so nothing is subtracted from 1.
fn sigmoid<C: Scalar>(x: &Jet<C>) -> ([C; LEN], [C; LEN]) {
    let (mut y, mut w) = (zeros(), zeros());
    y[0] = x.c[0].unary(UnaryFn::Sigmoid);
    let complement = (-x.c[0]).unary(UnaryFn::Sigmoid);
    w[0] = C::constant(0.25) * sech_squared(x.c[0] * C::constant(0.5));
    for k in 1..x.len {
        y[k] = integrate(&x.c, &w, k);
        // (σ·σ̄)_k with σ̄₀ = σ(−x₀) and σ̄_i = −σ_i.
        let mut sum = y[k] * complement - y[0] * y[k];
        for i in 1..k {
            sum = sum - y[i] * y[k - i];
        }
        w[k] = sum;
    }
    (y, w)
}

fn softplus<C: Scalar>(x: &Jet<C>) -> [C; LEN] {
    let (s, _) = sigmoid(x);
    let mut y = zeros();
    y[0] = x.c[0].unary(UnaryFn::Softplus);
    for k in 1..x.len {
        y[k] = integrate(&x.c, &s, k);
    }
    y
}

/// |x| for small t > 0: x or −x by the sign of its leading coefficient.
fn abs<C: Scalar>(x: Jet<C>) -> Jet<C> {
    match x.leading_sign() {
        Some(s) if s > 0.0 => x,
        Some(s) if s < 0.0 => -x,
        Some(_) => Jet::constant(0.0),
        None => Jet::undefined(x.len),
    }
}

/// max(x, 0) for small t > 0.
fn relu<C: Scalar>(x: Jet<C>) -> Jet<C> {
    match x.leading_sign() {
        Some(s) if s > 0.0 => x,
        Some(_) => Jet::constant(0.0),
        None => Jet::undefined(x.len),
    }
}

/// x^c for a constant c.
pub fn pow_const<C: Scalar>(x: Jet<C>, c: f64) -> Jet<C> {
    let integer = c.fract() == 0.0;
    if integer && c.abs() <= MAX_SQUARING_EXPONENT {
        let power = power_by_squaring(x, c.abs());
        return if c >= 0.0 {
            power
        } else {
            Jet::constant(1.0) / power
        };
    }
    let x0 = x.c[0].real();
    if x0 == 0.0 || (x0 < 0.0 && !integer) || x0.is_nan() {
        return if c > 0.0 && x.exact && x.degree().is_none() {
            x
        } else {
            Jet::undefined(x.len)
        };
    }
    // From x·y′ = c·x′·y: y_k = (1/(k·x₀))·Σ_{j=1..k} ((c+1)·j − k)·x_j·y_{k−j}.
    count(LEN + x.len * x.len);
    let mut y = zeros();
    y[0] = x.c[0].pow_const(c);
    for k in 1..x.len {
        let mut sum = C::constant(0.0);
        for j in 1..=k {
            let weight = (c + 1.0) * j as f64 - k as f64;
            if !x.c[j].is_zero() && weight != 0.0 {
                sum = sum + C::constant(weight) * x.c[j] * y[k - j];
            }
        }
        y[k] = sum / (C::constant(k as f64) * x.c[0]);
    }
    let constant_input = x.exact && x.degree().unwrap_or(0) == 0;
    Jet {
        c: y,
        len: x.len,
        exact: constant_input,
    }
}

/// x^n for a whole n ≥ 0 by repeated squaring: exact for a polynomial x, defined at x = 0.
pub fn power_by_squaring<C: Scalar>(x: Jet<C>, n: f64) -> Jet<C> {
    let mut result = Jet::constant(1.0);
    let mut base = x;
    let mut n = n as u64;
    while n > 0 {
        if n & 1 == 1 {
            result = result * base;
        }
        n >>= 1;
        if n > 0 {
            base = base * base;
        }
    }
    result
}
