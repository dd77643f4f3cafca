//! The exact Hessian as a sum of local curvatures: each step of the tape adds its own second
//! derivatives, pulled back to θ through the gradients of its operands.
//!
//! For a step v = φ(a, b) with adjoint v̄ = ∂L/∂v, the chain rule applied twice gives
//!
//! ```text
//! H = Σ over steps  v̄ · [ φ_aa ∇a∇aᵀ + φ_ab (∇a∇bᵀ + ∇b∇aᵀ) + φ_bb ∇b∇bᵀ ]
//! ```
//!
//! Linear steps (+, −, negation, min/max) have no curvature and add nothing. One forward
//! pass gives the values, one reverse pass the adjoints v̄, and a second forward pass the
//! operand gradients ∇a, each stored densely over the hull of the parameters it can depend on.
//! Parameters are numbered by their first use on the tape for this, so a hidden unit's
//! gradient is a handful of numbers, not n. The work is the Hessian's own products (for a
//! network's squared error, about n²/2 per data row), where n forward-over-reverse sweeps
//! cost n·(tape length); dense rows of products are plain loops the compiler vectorizes.
//!
//! The second derivatives of each function come from the one set of derivative rules in
//! [`crate::eval::scalar`], evaluated over dual numbers, so they cannot disagree with the
//! gradient. As in [`Dual`], an exact zero gradient entry stays zero even where a derivative
//! is infinite.

use nalgebra::DMatrix;

use crate::eval::forward::forward;
use crate::eval::reverse::reverse;
use crate::eval::scalar::{binary_partials, pow_const_derivative, unary_derivative, Dual};
use crate::formula::functions::{BinaryFn, UnaryFn};
use crate::formula::tape::{Instr, Tape};

/// The loss, its gradient and its Hessian at `theta`, exactly (to rounding); the Hessian is
/// exactly symmetric. A parameter index past the end of `theta` reads NaN, as in
/// [`forward`].
///
/// ```
/// use hessian_explorer::{eval::curvature::hessian, Loss};
/// // The lecture's loss (1 − w1·w2)² at the origin: H = [[0, −2], [−2, 0]].
/// let loss = Loss::new("(1 - w1*w2)^2").unwrap();
/// let (value, gradient, h) = hessian(loss.tape(), &[0.0, 0.0]);
/// assert_eq!((value, gradient), (1.0, vec![0.0, 0.0]));
/// assert_eq!(h.as_slice(), [0.0, -2.0, -2.0, 0.0]);
/// ```
pub fn hessian(tape: &Tape, theta: &[f64]) -> (f64, Vec<f64>, DMatrix<f64>) {
    let n = tape.n_params;
    let mut values = Vec::new();
    forward(tape, theta, &mut values);
    let mut adjoint = Vec::new();
    let mut gradient = vec![0.0; n];
    reverse(tape, &values, &mut adjoint, &mut gradient);
    let plan = Plan::of(tape);
    let mut sum = Accumulator::new(n);
    let mut grads = Gradients::new(tape.len());
    for (i, instr) in tape.instrs.iter().enumerate() {
        let (lo, hi) = plan.range[i];
        if plan.needed[i] && hi > lo {
            let mut out = grads.take(hi - lo);
            match *instr {
                Instr::Param(_) => out[0] = 1.0,
                Instr::Const(_) => {}
                Instr::Unary(function, a) => {
                    let d = unary_derivative(function, values[a as usize], values[i]);
                    grads.add_scaled(&mut out, lo, d, a as usize, &plan);
                }
                Instr::PowConst(a, c) => {
                    let d = pow_const_derivative(values[a as usize], c);
                    grads.add_scaled(&mut out, lo, d, a as usize, &plan);
                }
                Instr::Binary(function, a, b) => {
                    let (va, vb) = (values[a as usize], values[b as usize]);
                    let (da, db) = binary_partials(function, va, vb, values[i]);
                    grads.add_scaled(&mut out, lo, da, a as usize, &plan);
                    grads.add_scaled(&mut out, lo, db, b as usize, &plan);
                }
            }
            grads.put(i, out);
        }
        let bar = adjoint[i];
        if curved(instr) && bar != 0.0 {
            add_curvature(&mut sum, instr, bar, &values, i, &grads, &plan);
        }
        let (a, b) = instr.operands();
        for operand in [a, b].into_iter().flatten() {
            if plan.last_use[operand as usize] == i {
                grads.release(operand as usize);
            }
        }
    }
    let h = sum.into_hessian(&plan.order);
    (values[tape.output()], gradient, h)
}

/// Whether a step can have a nonzero second derivative. A conservative answer only costs
/// work: the curvature is then computed and found to be zero.
fn curved(instr: &Instr) -> bool {
    match instr {
        Instr::Const(_) | Instr::Param(_) => false,
        Instr::Unary(function, _) => *function != UnaryFn::Neg,
        Instr::PowConst(_, c) => *c != 0.0 && *c != 1.0,
        Instr::Binary(function, _, _) => !matches!(
            function,
            BinaryFn::Add | BinaryFn::Sub | BinaryFn::Min | BinaryFn::Max
        ),
    }
}

/// Adds step `i`'s curvature, weighted by its adjoint `bar`, to the sum.
fn add_curvature(
    sum: &mut Accumulator,
    instr: &Instr,
    bar: f64,
    values: &[f64],
    i: usize,
    grads: &Gradients,
    plan: &Plan,
) {
    let vi = values[i];
    match *instr {
        Instr::Unary(function, a) => {
            let x = values[a as usize];
            let d = unary_derivative(function, x, vi);
            let dd = unary_derivative(function, Dual::new(x, 1.0), Dual::new(vi, d)).eps;
            sum.symmetric(bar * dd, grads.get(a as usize), plan.lo(a));
        }
        Instr::PowConst(a, c) => {
            let dd = pow_const_derivative(Dual::new(values[a as usize], 1.0), c).eps;
            sum.symmetric(bar * dd, grads.get(a as usize), plan.lo(a));
        }
        Instr::Binary(function, a, b) => {
            let (va, vb) = (values[a as usize], values[b as usize]);
            let (da, db) = binary_partials(function, va, vb, vi);
            let (daa, dab) = binary_partials(
                function,
                Dual::new(va, 1.0),
                Dual::new(vb, 0.0),
                Dual::new(vi, da),
            );
            let (_, dbb) = binary_partials(
                function,
                Dual::new(va, 0.0),
                Dual::new(vb, 1.0),
                Dual::new(vi, db),
            );
            let (daa, dab, dbb) = (daa.eps, dab.eps, dbb.eps);
            if a == b {
                // φ(a, a): both operands move together.
                let total = daa + 2.0 * dab + dbb;
                sum.symmetric(bar * total, grads.get(a as usize), plan.lo(a));
            } else {
                let (ga, gb) = (grads.get(a as usize), grads.get(b as usize));
                sum.symmetric(bar * daa, ga, plan.lo(a));
                sum.symmetric(bar * dbb, gb, plan.lo(b));
                sum.cross(bar * dab, ga, plan.lo(a), gb, plan.lo(b));
            }
        }
        Instr::Const(_) | Instr::Param(_) => {}
    }
}

/// What one Hessian needs to know about the tape before any numbers: the order parameters
/// are numbered in, which parameters each slot can depend on, whose gradients are needed, and
/// when each gradient is read for the last time (so its buffer can be reused).
struct Plan {
    /// `order[p]`: the position of parameter p by first use on the tape.
    order: Vec<usize>,
    /// The positions `lo..hi` the gradient of each slot can be nonzero at (empty: `lo == hi`).
    range: Vec<(usize, usize)>,
    /// Whether a slot's gradient is read, by a curved step or by a needed one.
    needed: Vec<bool>,
    /// The last step reading each slot's gradient.
    last_use: Vec<usize>,
}

impl Plan {
    fn of(tape: &Tape) -> Plan {
        let n = tape.n_params;
        let mut order = vec![usize::MAX; n];
        let mut next = 0;
        for instr in &tape.instrs {
            if let Instr::Param(p) = *instr {
                if p < n && order[p] == usize::MAX {
                    order[p] = next;
                    next += 1;
                }
            }
        }
        for position in order.iter_mut().filter(|o| **o == usize::MAX) {
            *position = next;
            next += 1;
        }
        let mut range = Vec::with_capacity(tape.len());
        for instr in &tape.instrs {
            let hull = match *instr {
                Instr::Param(p) if p < n => (order[p], order[p] + 1),
                Instr::Param(_) | Instr::Const(_) => (0, 0),
                Instr::Unary(_, a) | Instr::PowConst(a, _) => range[a as usize],
                Instr::Binary(_, a, b) => hull(range[a as usize], range[b as usize]),
            };
            range.push(hull);
        }
        let mut needed = vec![false; tape.len()];
        let mut last_use = vec![0; tape.len()];
        for (i, instr) in tape.instrs.iter().enumerate().rev() {
            if needed[i] || curved(instr) {
                let (a, b) = instr.operands();
                for operand in [a, b].into_iter().flatten() {
                    let operand = operand as usize;
                    if !needed[operand] {
                        last_use[operand] = i;
                    }
                    needed[operand] = true;
                }
            }
        }
        Plan {
            order,
            range,
            needed,
            last_use,
        }
    }

    fn lo(&self, slot: u32) -> usize {
        self.range[slot as usize].0
    }
}

/// The smallest range holding both.
fn hull(a: (usize, usize), b: (usize, usize)) -> (usize, usize) {
    match (a.1 > a.0, b.1 > b.0) {
        (false, _) => b,
        (_, false) => a,
        _ => (a.0.min(b.0), a.1.max(b.1)),
    }
}

/// The gradients of the slots still to be read, each over its slot's range, with the
/// buffers of released ones kept for reuse.
struct Gradients {
    by_slot: Vec<Vec<f64>>,
    spare: Vec<Vec<f64>>,
}

impl Gradients {
    fn new(slots: usize) -> Gradients {
        Gradients {
            by_slot: vec![Vec::new(); slots],
            spare: Vec::new(),
        }
    }

    /// A zeroed buffer of `len` entries.
    fn take(&mut self, len: usize) -> Vec<f64> {
        let mut buffer = self.spare.pop().unwrap_or_default();
        buffer.clear();
        buffer.resize(len, 0.0);
        buffer
    }

    fn put(&mut self, slot: usize, gradient: Vec<f64>) {
        self.by_slot[slot] = gradient;
    }

    fn get(&self, slot: usize) -> &[f64] {
        &self.by_slot[slot]
    }

    fn release(&mut self, slot: usize) {
        let buffer = std::mem::take(&mut self.by_slot[slot]);
        if buffer.capacity() > 0 {
            self.spare.push(buffer);
        }
    }

    /// `out += d · ∇(slot)`, where `out` covers positions from `lo`. An exact zero entry of
    /// the gradient stays zero even when `d` is infinite.
    fn add_scaled(&self, out: &mut [f64], lo: usize, d: f64, slot: usize, plan: &Plan) {
        let gradient = self.get(slot);
        if gradient.is_empty() {
            return;
        }
        let start = plan.range[slot].0 - lo;
        let out = &mut out[start..start + gradient.len()];
        if d.is_finite() {
            for (o, g) in out.iter_mut().zip(gradient) {
                *o += d * g;
            }
        } else {
            for (o, &g) in out.iter_mut().zip(gradient) {
                if g != 0.0 {
                    *o += d * g;
                }
            }
        }
    }
}

/// The sum of curvatures, kept as a matrix M in first-use order with H = M + Mᵀ, so a
/// symmetric term fills only a triangle and a cross term only a rectangle.
struct Accumulator {
    n: usize,
    m: Vec<f64>,
}

impl Accumulator {
    fn new(n: usize) -> Accumulator {
        Accumulator {
            n,
            m: vec![0.0; n * n],
        }
    }

    /// H += c·g·gᵀ for g over positions from `lo`.
    fn symmetric(&mut self, c: f64, g: &[f64], lo: usize) {
        if c == 0.0 || g.is_empty() {
            return;
        }
        for (j, &gj) in g.iter().enumerate() {
            if gj == 0.0 {
                continue;
            }
            let row = (lo + j) * self.n + lo;
            let cj = c * gj;
            add_row(&mut self.m[row..row + j], cj, &g[..j]);
            self.m[row + j] += 0.5 * cj * gj;
        }
    }

    /// H += c·(a·bᵀ + b·aᵀ) for a from `lo_a` and b from `lo_b`.
    fn cross(&mut self, c: f64, a: &[f64], lo_a: usize, b: &[f64], lo_b: usize) {
        if c == 0.0 || b.is_empty() {
            return;
        }
        for (j, &aj) in a.iter().enumerate() {
            if aj == 0.0 {
                continue;
            }
            let row = (lo_a + j) * self.n + lo_b;
            add_row(&mut self.m[row..row + b.len()], c * aj, b);
        }
    }

    /// H = M + Mᵀ, back in the caller's parameter order.
    fn into_hessian(self, order: &[usize]) -> DMatrix<f64> {
        let n = self.n;
        DMatrix::from_fn(n, n, |p, q| {
            let (i, j) = (order[p], order[q]);
            self.m[i * n + j] + self.m[j * n + i]
        })
    }
}

/// `row += c·g`; an exact zero in `g` adds nothing even when `c` is infinite.
fn add_row(row: &mut [f64], c: f64, g: &[f64]) {
    if c.is_finite() {
        for (r, x) in row.iter_mut().zip(g) {
            *r += c * x;
        }
    } else {
        for (r, &x) in row.iter_mut().zip(g) {
            if x != 0.0 {
                *r += c * x;
            }
        }
    }
}
