//! [`Jet`]: truncated Taylor series in one variable t, the number type of Taylor-mode
//! automatic differentiation. Evaluating the tape on jets (the one generic walker,
//! [`crate::eval::forward::forward`]) at θ(t) = θ′ + t·d + t²·c₂ + … gives the exact Taylor
//! coefficients of L(θ(t)) up to order [`ORDER`]: no finite differences, no noise floor.
//!
//! The coefficients are generic ([`Scalar`]): `Jet<Approx>` carries a rounding-error bound on
//! every coefficient ([`crate::eval::approx`]), `Jet<Dual>` a derivative of every coefficient
//! across the curve (which the higher-order look needs to relax the curved directions).
//!
//! Functions of a jet follow the classical recurrences (Griewank & Walther, *Evaluating
//! Derivatives*, ch. 13), in [`crate::eval::jet_functions`], which also makes `Jet` a
//! [`Scalar`]. Three refinements:
//!
//! - **One-sided.** A jet describes t → 0⁺. Where a kink sits exactly at θ′ (|x| at 0, a tie in
//!   `min`/`max`, `relu` at 0) the branch is chosen by the sign of the leading coefficient, which
//!   is exact for small t > 0; the other side is the jet along −d.
//! - **Truncation order per evaluation.** `len` coefficients are kept (≤ [`ORDER`] + 1), so a
//!   pass that needs only low orders costs less.
//! - **Exactness.** `exact` says the jet is the whole function near t = 0⁺, a polynomial with no
//!   terms beyond its length (products of polynomials of low degree, functions of constants,
//!   an exact zero times anything). With exact zero coefficients this proves that the loss is
//!   constant along a curve, which no finite number of coefficients could.

use std::cell::Cell;
use std::ops::{Add, Div, Mul, Neg, Sub};

use crate::eval::scalar::Scalar;

/// The highest order computed: x² − y¹² is decided by its twelfth-order term.
pub const ORDER: usize = 16;
/// Coefficients stored: orders 0 to [`ORDER`].
pub const LEN: usize = ORDER + 1;

thread_local! {
    static OPERATIONS: Cell<u64> = const { Cell::new(0) };
}

/// Coefficient operations jets have done on this thread so far, each operation on a jet also
/// counting [`LEN`] for the array it builds: the higher-order look charges its budget what a
/// pass really did (a product with a constant costs about len, of two series len²/2), not a
/// worst case.
pub fn operations() -> u64 {
    OPERATIONS.with(|n| n.get())
}

/// Adds `n` to [`operations`].
pub(crate) fn count(n: usize) {
    OPERATIONS.with(|c| c.set(c.get() + n as u64));
}

/// c₀ + c₁t + … + c_{len−1}t^{len−1} + O(tˡᵉⁿ), or exactly that polynomial when `exact`.
///
/// ```
/// use hessian_explorer::eval::jet::Jet;
/// use hessian_explorer::eval::forward::forward;
/// use hessian_explorer::Loss;
/// // Monkey saddle x³ − 3xy² along (x, y) = (t, 0): the series is t³.
/// let loss = Loss::new("x^3 - 3x y^2").unwrap();
/// let theta = [Jet::<f64>::line(0.0, 1.0), Jet::line(0.0, 0.0)];
/// let mut slots = Vec::new();
/// forward(loss.tape(), &theta, &mut slots);
/// let series = slots.last().unwrap();
/// assert_eq!(&series.coefficients()[..5], [0.0, 0.0, 0.0, 1.0, 0.0]);
/// assert!(series.is_exact());
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Jet<C> {
    pub(crate) c: [C; LEN],
    pub(crate) len: usize,
    pub(crate) exact: bool,
}

impl<C: Scalar> Jet<C> {
    /// The polynomial with these coefficients (at most [`LEN`]), kept to `len` orders.
    pub fn polynomial(coefficients: &[C], len: usize) -> Jet<C> {
        let mut c = [C::constant(0.0); LEN];
        for (slot, value) in c.iter_mut().zip(coefficients) {
            *slot = *value;
        }
        let len = len.clamp(1, LEN);
        let exact = coefficients.iter().skip(len).all(|x| x.is_zero());
        Jet { c, len, exact }
    }

    /// `start + t·slope`, to every order.
    pub fn line(start: f64, slope: f64) -> Jet<C> {
        Jet::polynomial(&[C::constant(start), C::constant(slope)], LEN)
    }

    /// Every coefficient NaN: a function the series cannot describe here (√ at 0, ln at 0).
    pub fn undefined(len: usize) -> Jet<C> {
        Jet {
            c: [C::constant(f64::NAN); LEN],
            len,
            exact: false,
        }
    }

    /// The coefficients kept, c₀ first.
    pub fn coefficients(&self) -> &[C] {
        &self.c[..self.len]
    }

    /// Whether the jet is the whole function near t = 0⁺ (see the module documentation).
    pub fn is_exact(&self) -> bool {
        self.exact
    }

    /// The highest order with a coefficient that is not exactly zero, if any.
    pub(crate) fn degree(&self) -> Option<usize> {
        self.coefficients().iter().rposition(|x| !x.is_zero())
    }

    /// The sign of the function for small t > 0, from its first coefficient that is not
    /// exactly zero: `Some(0.0)` when every kept one is, `None` when that coefficient's sign
    /// is uncertain (or when the first nonzero one lies beyond the series and it is not
    /// exact).
    pub(crate) fn leading_sign(&self) -> Option<f64> {
        for x in self.coefficients() {
            if !x.sign_is_certain() {
                return None;
            }
            // A real part of exactly zero: the next order decides.
            match x.real() {
                r if r > 0.0 => return Some(1.0),
                r if r < 0.0 => return Some(-1.0),
                r if r.is_nan() => return None,
                _ => {}
            }
        }
        self.exact.then_some(0.0)
    }

    /// Applies `f` to every kept coefficient.
    pub(crate) fn map(self, f: impl Fn(C) -> C) -> Jet<C> {
        let mut out = self;
        for k in 0..self.len {
            out.c[k] = f(self.c[k]);
        }
        out
    }

    fn zip(self, o: Jet<C>, f: impl Fn(C, C) -> C) -> Jet<C> {
        let len = self.len.min(o.len);
        count(LEN);
        let mut c = [C::constant(0.0); LEN];
        for ((out, &a), &b) in c.iter_mut().zip(&self.c[..len]).zip(&o.c[..len]) {
            *out = f(a, b);
        }
        let exact = self.exact && o.exact;
        Jet { c, len, exact }
    }

    /// Exactly zero in every coefficient, and exact: the zero function.
    pub(crate) fn is_zero_function(&self) -> bool {
        self.exact && self.degree().is_none()
    }
}

impl<C: Scalar> Add for Jet<C> {
    type Output = Jet<C>;
    fn add(self, o: Jet<C>) -> Jet<C> {
        self.zip(o, |a, b| a + b)
    }
}

impl<C: Scalar> Sub for Jet<C> {
    type Output = Jet<C>;
    fn sub(self, o: Jet<C>) -> Jet<C> {
        self.zip(o, |a, b| a - b)
    }
}

impl<C: Scalar> Neg for Jet<C> {
    type Output = Jet<C>;
    fn neg(self) -> Jet<C> {
        self.map(|a| -a)
    }
}

impl<C: Scalar> Mul for Jet<C> {
    type Output = Jet<C>;
    /// The Cauchy product, truncated.
    fn mul(self, o: Jet<C>) -> Jet<C> {
        let len = self.len.min(o.len);
        let mut c = [C::constant(0.0); LEN];
        let mut products = 0;
        for (i, &a) in self.c[..len].iter().enumerate() {
            if a.is_zero() {
                continue;
            }
            for (j, &b) in o.c[..len - i].iter().enumerate() {
                if !b.is_zero() {
                    c[i + j] = c[i + j] + a * b;
                    products += 1;
                }
            }
        }
        count(products + LEN);
        let fits = match (self.degree(), o.degree()) {
            (Some(p), Some(q)) => p + q < len,
            _ => true,
        };
        let exact =
            self.is_zero_function() || o.is_zero_function() || (self.exact && o.exact && fits);
        Jet { c, len, exact }
    }
}

impl<C: Scalar> Div for Jet<C> {
    type Output = Jet<C>;
    /// q = a/b from a = q·b: q_k = (a_k − Σ_{j=1..k} b_j q_{k−j}) / b₀.
    fn div(self, o: Jet<C>) -> Jet<C> {
        let len = self.len.min(o.len);
        count(len * (len + 1) / 2 + LEN);
        let mut q = [C::constant(0.0); LEN];
        for k in 0..len {
            let mut sum = self.c[k];
            for j in 1..=k {
                if !o.c[j].is_zero() {
                    sum = sum - o.c[j] * q[k - j];
                }
            }
            q[k] = sum / o.c[0];
        }
        let constant_divisor = o.exact && o.degree().unwrap_or(0) == 0;
        let exact = self.is_zero_function() || (self.exact && constant_divisor);
        Jet { c: q, len, exact }
    }
}

impl<C: Scalar> Jet<C> {
    pub(crate) fn is_exact_constant(&self) -> bool {
        self.exact && self.degree().unwrap_or(0) == 0
    }
}
