//! [`Budget`]: the work a computation may still spend, shared by everything it calls.
//!
//! Work is counted in *steps*: one instruction of the tape evaluated once on f64 (about 4 ns
//! in wasm on a laptop). Each evaluator costs a known number of steps per instruction
//! ([`cost`]), so a search or a look can stop, and say so, before it hangs the page.

use std::cell::Cell;

/// What each kind of pass over the tape costs, in steps per instruction (measured natively
/// against a plain f64 pass, rounded up; see `loss::budget` for the wall-clock figures).
pub mod cost {
    /// What every evaluation costs besides its tape steps (allocating its vectors, a 2×2
    /// eigen-decomposition): about 2 µs, which dominates on a short tape.
    pub const CALL: u64 = 500;
    /// Eigen-decomposing an n×n Hessian: n³ divided by this (0.4–1.5 ns per n³ measured
    /// natively, about twice that in wasm).
    pub const EIGEN_CUBES_PER_STEP: u64 = 2;
    /// Looking at one point of a traced curve (is an end on it?).
    pub const CURVE_POINT: u64 = 10;
    /// The value and gradient (one reverse sweep).
    pub const GRADIENT: u64 = 4;
    /// One Hessian-vector product (a reverse sweep over dual numbers).
    pub const HESSIAN_DIRECTION: u64 = 6;
    /// The whole Hessian, per parameter: sweeps along the axes for up to
    /// [`SWEPT_PARAMETERS`] parameters, local curvatures beyond (measured: a quarter to a
    /// third of an f64 pass per parameter).
    pub const HESSIAN_PER_PARAMETER: u64 = 1;
    pub const SWEPT_PARAMETERS: u64 = 4;
    /// One derivative with its rounding bound (`Tangent<Approx>`).
    pub const BOUNDED_SLOPE: u64 = 18;
    /// One coefficient operation of a Taylor series ([`crate::eval::jet::operations`]): with
    /// rounding bounds (`Jet<Approx>`), with a derivative across (`Jet<Tangent<f64>>`), and
    /// both. A pass is allowed when its worst case (len² operations per step) fits.
    pub const BOUNDED_JET: u64 = 3;
    pub const TANGENT_JET: u64 = 4;
    pub const BOUNDED_TANGENT_JET: u64 = 8;
}

/// The value, gradient, Hessian and its eigen-decomposition at one point of `n` parameters on
/// a tape of `tape_len` steps.
pub fn second_order(tape_len: usize, n: usize) -> u64 {
    hessian(tape_len, n)
        .saturating_add((n as u64).saturating_pow(3) / cost::EIGEN_CUBES_PER_STEP)
        .saturating_add(cost::CALL)
}

/// The value, gradient and Hessian at one point of `n` parameters (see `eval::autodiff`).
pub fn hessian(tape_len: usize, n: usize) -> u64 {
    let n = n as u64;
    let swept = n.min(cost::SWEPT_PARAMETERS) * cost::HESSIAN_DIRECTION;
    (tape_len as u64).saturating_mul(cost::GRADIENT + swept + n * cost::HESSIAN_PER_PARAMETER)
}

/// Steps left to spend, and whether a request was ever refused.
#[derive(Debug)]
pub struct Budget {
    left: Cell<u64>,
    exhausted: Cell<bool>,
}

/// A computation stopped because its budget ran out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutOfWork;

impl Budget {
    pub fn new(steps: u64) -> Budget {
        Budget {
            left: Cell::new(steps),
            exhausted: Cell::new(false),
        }
    }

    /// Takes `steps`, or `None` (taking nothing, and remembering it) when they are not left.
    pub fn spend(&self, steps: u64) -> Option<()> {
        match self.left.get().checked_sub(steps) {
            Some(left) => {
                self.left.set(left);
                Some(())
            }
            None => {
                self.exhausted.set(true);
                None
            }
        }
    }

    /// Steps left.
    pub fn left(&self) -> u64 {
        self.left.get()
    }

    /// Whether some request was refused: the computation did not finish.
    pub fn is_exhausted(&self) -> bool {
        self.exhausted.get()
    }

    /// Runs `work` on a portion of at most `steps` of this budget and charges what it used.
    /// Running out of the portion does not exhaust this budget: the caller of a portion
    /// (a look at one critical point of many) has its own answer for that.
    pub fn portion<T>(&self, steps: u64, work: impl FnOnce(&Budget) -> T) -> T {
        let portion = Budget::new(steps.min(self.left()));
        let out = work(&portion);
        let used = steps.min(self.left()) - portion.left();
        self.left.set(self.left() - used);
        out
    }
}
