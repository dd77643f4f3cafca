//! The tape: a formula compiled once into a flat list of instructions in evaluation order.
//!
//! Instruction `i` writes slot `i`; its operands are slots before it, and the last
//! instruction is the loss. Every evaluator (values, grids, derivatives) walks this list.

use crate::formula::functions::{BinaryFn, UnaryFn};

/// The index of an earlier instruction whose result is an operand.
pub type Slot = u32;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    Const(f64),
    /// θ[i].
    Param(usize),
    Unary(UnaryFn, Slot),
    Binary(BinaryFn, Slot, Slot),
    /// `x^c` with a constant exponent: exact for negative `x` when `c` is an integer, and
    /// differentiated as c·x^(c−1) instead of through log x.
    PowConst(Slot, f64),
}

impl Instr {
    /// The slots this instruction reads.
    pub fn operands(&self) -> (Option<Slot>, Option<Slot>) {
        match *self {
            Instr::Const(_) | Instr::Param(_) => (None, None),
            Instr::Unary(_, a) | Instr::PowConst(a, _) => (Some(a), None),
            Instr::Binary(_, a, b) => (Some(a), Some(b)),
        }
    }
}

/// A compiled formula: instructions and the number of parameters they read.
#[derive(Clone, Debug, PartialEq)]
pub struct Tape {
    pub instrs: Vec<Instr>,
    pub n_params: usize,
}

impl Tape {
    /// The slot holding the loss.
    pub fn output(&self) -> usize {
        self.instrs.len() - 1
    }

    pub fn len(&self) -> usize {
        self.instrs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.instrs.is_empty()
    }
}
