//! The reverse sweep over the tape, generic over the number type: over `f64` it gives the
//! gradient; over [`crate::eval::scalar::Dual`] (forward-over-reverse) the gradient and a
//! Hessian-vector product at once.

use crate::eval::scalar::{binary_partials, pow_const_derivative, unary_derivative, Scalar};
use crate::formula::tape::{Instr, Tape};

/// Accumulates ∂(output)/∂(slot) for every slot into `adjoint`, and ∂(output)/∂θᵢ into
/// `gradient`, given the slot values of a forward pass.
pub fn reverse<T: Scalar>(tape: &Tape, slots: &[T], adjoint: &mut Vec<T>, gradient: &mut [T]) {
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
