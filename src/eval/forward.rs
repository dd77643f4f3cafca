//! The forward walk over the tape, generic over the number type: `f64` gives values,
//! [`crate::eval::scalar::Dual`] gives a value with a directional derivative.

use crate::eval::scalar::Scalar;
use crate::formula::tape::{Instr, Tape};

/// Evaluates every slot of the tape at `theta`, into `slots` (cleared first, so a caller can
/// reuse the buffer). A parameter index past the end of `theta` reads NaN, never panics.
pub fn forward<T: Scalar>(tape: &Tape, theta: &[T], slots: &mut Vec<T>) {
    slots.clear();
    slots.reserve(tape.len());
    for instr in &tape.instrs {
        let value = match *instr {
            Instr::Const(c) => T::constant(c),
            Instr::Param(i) => theta.get(i).copied().unwrap_or(T::constant(f64::NAN)),
            Instr::Unary(function, a) => slots[a as usize].unary(function),
            Instr::Binary(function, a, b) => slots[a as usize].binary(function, slots[b as usize]),
            Instr::PowConst(a, c) => slots[a as usize].pow_const(c),
        };
        slots.push(value);
    }
}

/// The loss at `theta`.
pub fn value(tape: &Tape, theta: &[f64]) -> f64 {
    let mut slots = Vec::new();
    forward(tape, theta, &mut slots);
    slots[tape.output()]
}
