//! The reduced loss along one flat direction: the exact Taylor series of the loss along the
//! curve through θ′ on which the curved directions are relaxed (the centre manifold).
//!
//! At a critical point θ′ whose Hessian has flat directions (zero eigenvalues) and curved ones
//! (eigenvalues λᵢ of one sign, eigenvectors vᵢ), whether θ′ is a minimum is decided by the
//! *reduced function* φ(u) = min over the curved directions of L(θ′ + u + c) (max when the λᵢ
//! are negative): the splitting lemma says θ′ is a minimum of L exactly when u = 0 is one of
//! φ. Walking a straight line is not enough: on Peano's surface (y − x²)(y − 2x²) every line
//! through the origin rises while the parabola y = 1.5x² descends.
//!
//! Along a ray u = t·d the relaxed curve is γ(t) = θ′ + t·d + Σ_{j≥2} t^j·c_j with each c_j in
//! the span of the vᵢ, fixed order by order by asking the loss to be stationary across the
//! curve: the t^j coefficient of vᵢ·∇L(γ(t)) must vanish, and it is the one computed with
//! c_j = 0 plus λᵢ·(vᵢ·c_j), so c_j = −Σᵢ vᵢ·rᵢ/λᵢ (the implicit-function series). Each rᵢ is
//! one Taylor-mode pass on `Jet<Tangent<f64>>` truncated at order j. Then one pass on
//! `Jet<Approx>` gives L(γ(t)) to order [`ORDER`] with a rounding bound on every coefficient.
//!
//! The loss studied is L̃(θ) = L(θ) − g·(θ − θ′): θ′ counts as critical when ‖g‖ is under the
//! tolerance, and L̃ is the loss with that small slope removed, exactly critical at θ′.
//!
//! Any curve through θ′ along which L̃ drops proves that θ′ is not a minimum, whatever the
//! rounding in the c_j. For the converse, L̃(γ(t)) ≥ φ(t) differs from φ(t) by about
//! λ·|error of c_j|², a second-order effect of rounding that [`RaySeries::bias`] bounds.

use nalgebra::DVector;

use crate::analysis::budget::{cost, Budget};
use crate::eval::approx::{Approx, U};
use crate::eval::forward::forward;
use crate::eval::jet::{operations, Jet, LEN, ORDER};
use crate::eval::scalar::Scalar;
use crate::eval::tangent::Tangent;
use crate::formula::tape::Tape;

/// The reduced loss's series along one ray.
#[derive(Clone, Debug)]
pub struct RaySeries {
    /// L̃(γ(t)), orders 0 to [`ORDER`], each with its rounding bound.
    pub coefficients: Vec<Approx>,
    /// The most the relaxation's own rounding may have raised each coefficient (see the
    /// module documentation); add it to the rounding bound before calling one significant.
    pub bias: Vec<f64>,
    /// Proven along the whole of γ, not just to order 16: both series are known to end
    /// (exact polynomials), and every coefficient of L̃ along γ and of its slope across is
    /// zero to rounding. With one flat direction γ is then a level curve of critical points.
    pub level_critical_curve: bool,
}

/// The loss at θ′ and what the Hessian there says: the pieces every ray shares.
pub struct Reduction<'a> {
    pub tape: &'a Tape,
    pub theta: &'a [f64],
    pub gradient: &'a [f64],
    /// The curved directions: eigenvalue and unit eigenvector.
    pub curved: &'a [(f64, DVector<f64>)],
}

impl Reduction<'_> {
    /// The reduced loss's series along the ray from θ′ in the unit flat direction `d`.
    /// `prove_level` also checks, exactly, whether the curve is a level curve of critical
    /// points (worth it only when the series is identically zero). `None`: out of budget.
    pub fn along(&self, d: &DVector<f64>, prove_level: bool, budget: &Budget) -> Option<RaySeries> {
        let curve = self.relaxed_curve(d, budget)?;
        let raw = self.value_series(&curve, budget)?;
        let mut coefficients = raw.coefficients().to_vec();
        for (j, c) in coefficients.iter_mut().enumerate().skip(1) {
            *c = *c - dot(self.gradient, &curve[j]);
        }
        let level = prove_level
            && raw.is_exact()
            && coefficients[1..].iter().all(|c| c.is_rounding())
            && self.curved_gradient_vanishes(&curve, budget)?;
        Some(RaySeries {
            bias: self.bias(&curve),
            coefficients,
            level_critical_curve: level,
        })
    }

    /// γ's coefficients: θ′, d, then c₂ … c_ORDER.
    fn relaxed_curve(&self, d: &DVector<f64>, budget: &Budget) -> Option<Vec<DVector<f64>>> {
        let n = self.theta.len();
        let mut curve = vec![DVector::zeros(n); LEN];
        curve[0] = DVector::from_column_slice(self.theta);
        curve[1] = d.clone();
        if self.curved.is_empty() {
            return Some(curve);
        }
        for j in 2..=ORDER {
            let mut c = DVector::zeros(n);
            for (lambda, v) in self.curved {
                let pass = || self.across::<f64>(&curve, v, j + 1);
                let r = self
                    .metered(budget, j + 1, cost::TANGENT_JET, pass)?
                    .coefficients()[j]
                    .derivative;
                if !r.is_finite() {
                    return Some(curve);
                }
                c -= v * (r / lambda);
            }
            curve[j] = c;
        }
        Some(curve)
    }

    /// The series of vᵢ·∇L(γ(t)) (in the tangents) with L(γ(t)) (in the values), kept to
    /// `len` coefficients: one pass on `Jet<Tangent<C>>`.
    fn across<C: Scalar>(
        &self,
        curve: &[DVector<f64>],
        v: &DVector<f64>,
        len: usize,
    ) -> Jet<Tangent<C>> {
        let theta: Vec<Jet<Tangent<C>>> = (0..self.theta.len())
            .map(|k| {
                let coefficients: Vec<Tangent<C>> = curve
                    .iter()
                    .enumerate()
                    .map(|(j, cj)| {
                        let across = if j == 0 { v[k] } else { 0.0 };
                        Tangent::new(C::constant(cj[k]), C::constant(across))
                    })
                    .collect();
                Jet::polynomial(&coefficients, len)
            })
            .collect();
        let mut slots = Vec::new();
        forward(self.tape, &theta, &mut slots);
        slots[self.tape.output()]
    }

    /// L(γ(t)) with rounding bounds (before the slope g is removed).
    fn value_series(&self, curve: &[DVector<f64>], budget: &Budget) -> Option<Jet<Approx>> {
        self.metered(budget, LEN, cost::BOUNDED_JET, || self.value_pass(curve))
    }

    fn value_pass(&self, curve: &[DVector<f64>]) -> Jet<Approx> {
        let theta: Vec<Jet<Approx>> = (0..self.theta.len())
            .map(|k| {
                let coefficients: Vec<Approx> =
                    curve.iter().map(|cj| Approx::exact(cj[k])).collect();
                Jet::polynomial(&coefficients, LEN)
            })
            .collect();
        let mut slots = Vec::new();
        forward(self.tape, &theta, &mut slots);
        slots[self.tape.output()]
    }

    /// Runs a jet `pass` of `len` coefficients if its worst case (every step a function of a
    /// full series: 2·len² + LEN operations) fits in what is left, then charges what it really
    /// did, `weight` steps per coefficient operation. `None`: it does not fit.
    fn metered<T>(
        &self,
        budget: &Budget,
        len: usize,
        weight: u64,
        pass: impl FnOnce() -> T,
    ) -> Option<T> {
        let worst = (self.tape.len() * (2 * len * len + LEN)) as u64 * weight;
        if worst > budget.left() {
            let _ = budget.spend(worst); // refused: marks the budget exhausted
            return None;
        }
        let before = operations();
        let out = pass();
        budget.spend(((operations() - before) * weight).min(budget.left()))?;
        Some(out)
    }

    /// Whether every vᵢ·∇L(γ(t)) is identically zero: each coefficient exactly 0 ± 0 and the
    /// series known to end (so the zero is a proof, not a truncation).
    fn curved_gradient_vanishes(&self, curve: &[DVector<f64>], budget: &Budget) -> Option<bool> {
        for (_, v) in self.curved {
            let pass = || self.across::<Approx>(curve, v, LEN);
            let series = self.metered(budget, LEN, cost::BOUNDED_TANGENT_JET, pass)?;
            // The slope across, of L̃: the slope g·v at θ′ comes off the constant term.
            let slope = |(j, c): (usize, &Tangent<Approx>)| {
                if j == 0 {
                    c.derivative - dot(self.gradient, v)
                } else {
                    c.derivative
                }
            };
            let zero = series
                .coefficients()
                .iter()
                .enumerate()
                .all(|jc| slope(jc).is_rounding());
            if !(zero && series.is_exact()) {
                return Some(false);
            }
        }
        Some(true)
    }

    /// The rounding of the c_j moves γ off the true relaxed curve by εⱼ ≈ κ·u·|c_j| per order
    /// (κ: the ratio of the largest to the smallest curved |λ|), which raises L̃ along γ by
    /// about |λ|max·|Σ εⱼ t^j|². Generous constants: this is a second-order quantity.
    fn bias(&self, curve: &[DVector<f64>]) -> Vec<f64> {
        if self.curved.is_empty() {
            return vec![0.0; LEN];
        }
        let largest = self.curved.iter().fold(0.0f64, |m, (l, _)| m.max(l.abs()));
        let smallest = self
            .curved
            .iter()
            .fold(f64::INFINITY, |m, (l, _)| m.min(l.abs()));
        let kappa = largest / smallest;
        let epsilon: Vec<f64> = curve
            .iter()
            .enumerate()
            .map(|(j, c)| {
                if j == 0 {
                    0.0
                } else {
                    64.0 * U * kappa * c.norm()
                }
            })
            .collect();
        (0..LEN)
            .map(|p| largest * (1..p).map(|i| epsilon[i] * epsilon[p - i]).sum::<f64>())
            .collect()
    }
}

/// Zero as far as f64 can tell: within its rounding bound.
/// g·c as an [`Approx`] (g and c exact, the sum rounded).
fn dot(g: &[f64], c: &DVector<f64>) -> Approx {
    g.iter()
        .zip(c.iter())
        .fold(Approx::exact(0.0), |sum, (&a, &b)| {
            sum + Approx::exact(a) * Approx::exact(b)
        })
}
