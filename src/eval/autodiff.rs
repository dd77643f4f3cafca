//! Exact derivatives over the tape: a reverse sweep for the gradient, and the same sweep run
//! over dual numbers (forward-over-reverse) for Hessian-vector products and the Hessian.
//!
//! A reverse sweep over `Dual` seeded with direction d gives, in one forward and one
//! backward pass, the gradient (real parts) and H·d (dual parts). The n×n Hessian is n such
//! sweeps along the unit vectors: cost n·(tape length), where a second-order forward mode
//! would pay n² per instruction. Nothing here is a finite difference.

use nalgebra::DMatrix;

use crate::eval::forward::forward;
use crate::eval::scalar::{binary_partials, pow_const_derivative, unary_derivative, Dual, Scalar};
use crate::formula::tape::{Instr, Tape};

/// Accumulates ∂(output)/∂(slot) for every slot into `adjoint`, and ∂(output)/∂θᵢ into
/// `gradient`, given the slot values of a forward pass.
fn reverse<T: Scalar>(tape: &Tape, slots: &[T], adjoint: &mut Vec<T>, gradient: &mut [T]) {
    let zero = T::constant(0.0);
    adjoint.clear();
    adjoint.resize(tape.len(), zero);
    gradient.iter_mut().for_each(|g| *g = zero);
    adjoint[tape.output()] = T::constant(1.0);
    for (i, instr) in tape.instrs.iter().enumerate().rev() {
        let bar = adjoint[i];
        if bar.is_zero() {
            continue;
        }
        match *instr {
            Instr::Const(_) => {}
            Instr::Param(p) => {
                if let Some(g) = gradient.get_mut(p) {
                    *g = *g + bar;
                }
            }
            Instr::Unary(function, a) => {
                let a = a as usize;
                adjoint[a] = adjoint[a] + bar * unary_derivative(function, slots[a], slots[i]);
            }
            Instr::PowConst(a, c) => {
                let a = a as usize;
                adjoint[a] = adjoint[a] + bar * pow_const_derivative(slots[a], c);
            }
            Instr::Binary(function, a, b) => {
                let (a, b) = (a as usize, b as usize);
                let (da, db) = binary_partials(function, slots[a], slots[b], slots[i]);
                adjoint[a] = adjoint[a] + bar * da;
                adjoint[b] = adjoint[b] + bar * db;
            }
        }
    }
}

/// The loss and its gradient at `theta`.
pub fn gradient(tape: &Tape, theta: &[f64]) -> (f64, Vec<f64>) {
    let mut slots = Vec::new();
    forward(tape, theta, &mut slots);
    let mut gradient = vec![0.0; tape.n_params];
    reverse(tape, &slots, &mut Vec::new(), &mut gradient);
    (slots[tape.output()], gradient)
}

/// The loss, its gradient, and H·d for each direction d (each of length n).
pub fn hessian_vector_products(
    tape: &Tape,
    theta: &[f64],
    directions: &[Vec<f64>],
) -> (f64, Vec<f64>, Vec<Vec<f64>>) {
    let n = tape.n_params;
    let mut slots = Vec::new();
    let mut adjoint = Vec::new();
    let mut seeded = vec![Dual::default(); n];
    let mut bars = vec![Dual::default(); n];
    let mut products = Vec::with_capacity(directions.len());
    let (mut value, mut gradient) = (f64::NAN, vec![f64::NAN; n]);
    if directions.is_empty() {
        (value, gradient) = self::gradient(tape, theta);
    }
    for direction in directions {
        for (i, seed) in seeded.iter_mut().enumerate() {
            *seed = Dual::new(
                theta.get(i).copied().unwrap_or(f64::NAN),
                direction.get(i).copied().unwrap_or(0.0),
            );
        }
        forward(tape, &seeded, &mut slots);
        reverse(tape, &slots, &mut adjoint, &mut bars);
        value = slots[tape.output()].re;
        gradient = bars.iter().map(|b| b.re).collect();
        products.push(bars.iter().map(|b| b.eps).collect());
    }
    (value, gradient, products)
}

/// The loss, its gradient and its Hessian at `theta`, exactly (to rounding).
///
/// The Hessian is symmetrized, (H + Hᵀ)/2, which only evens out rounding: the mixed
/// partials are equal in exact arithmetic.
pub fn hessian(tape: &Tape, theta: &[f64]) -> (f64, Vec<f64>, DMatrix<f64>) {
    let n = tape.n_params;
    let units: Vec<Vec<f64>> = (0..n)
        .map(|k| (0..n).map(|i| if i == k { 1.0 } else { 0.0 }).collect())
        .collect();
    let (value, gradient, columns) = hessian_vector_products(tape, theta, &units);
    let h = DMatrix::from_fn(n, n, |i, j| 0.5 * (columns[j][i] + columns[i][j]));
    (value, gradient, h)
}
