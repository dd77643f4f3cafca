//! Every limit of the core in one place, and the work budget of each call the page makes on
//! its main thread: checked before the work starts, so that no input can freeze the page.
//!
//! | limit | value | where it is enforced |
//! |---|---|---|
//! | formula length | [`MAX_FORMULA_BYTES`] bytes | parsing |
//! | nesting depth | [`MAX_NESTING`] levels | parsing |
//! | compiled size (after the data rows are expanded) | [`MAX_TAPE_LEN`] steps | compiling |
//! | formula nodes compiled over all rows | [`MAX_COMPILE_VISITS`] | compiling |
//! | parameters | [`MAX_PARAMS`] | compiling |
//! | rows of a data column | [`MAX_DATA_ROWS`] | reading the `data` option |
//! | numbers in the data table | [`MAX_DATA_VALUES`] | reading the `data` option |
//! | grid side, grid points | [`MAX_GRID_SIDE`], [`MAX_GRID_POINTS`] | `grid` |
//! | values a grid holds while it is computed | [`GRID_MEMORY`] floats (256 MiB) | `grid` |
//! | optimizer steps | [`MAX_STEPS`] | `trajectory` |
//! | work of one call | [`WORK_LIMIT`] steps, per loss unless raised | every call below |
//! | work of one higher-order look | [`REFINE_WORK`] steps | `analyze` (then "unknown") |
//!
//! Work is counted in *steps*: one instruction of the compiled loss evaluated once on f64,
//! about 4 ns in wasm (Node 20 on the 2-core machine the limits were measured on; a
//! classroom laptop is within a factor of two). [`WORK_LIMIT`] is 50 million steps, about
//! 0.2 s; each call's cost model below bounds its work from the tape length, the number of
//! parameters and its arguments, and a call over the limit is refused with the error
//! `too_much_work`, which names the limit. The critical-point search is also metered while it
//! runs, and stops with the same error rather than return a partial list.
//!
//! The limit is for the page's main thread. A Web Worker running a long study (many
//! parameters, a large table) raises it for its own loss: `Loss::with_work_limit`, or the
//! `workLimit` option in JavaScript.

use crate::analysis::budget::{cost, hessian, second_order};
use crate::analysis::polish::MAX_TRIES;
use crate::error::argument::ArgumentError;
use crate::formula::tape::{Instr, Tape};

pub use crate::analysis::refine::REFINE_WORK;
pub use crate::formula::compile::{MAX_COMPILE_VISITS, MAX_DATA_VALUES, MAX_PARAMS, MAX_TAPE_LEN};
pub use crate::formula::parser::{MAX_FORMULA_BYTES, MAX_NESTING};
pub use crate::loss::args::{MAX_GRID_POINTS, MAX_GRID_SIDE};
pub use crate::optimize::MAX_STEPS;

/// The most steps of work one call may take.
pub const WORK_LIMIT: u64 = 50_000_000;
/// The most rows a data column may have (each row adds at least one step to the tape).
pub const MAX_DATA_ROWS: usize = MAX_TAPE_LEN;
/// The most floats the grid evaluator may hold at once: a row of nx values for each step of
/// the tape that varies along x.
pub const GRID_MEMORY: u64 = 32 * 1024 * 1024;
/// Grid points evaluated per step of work. The grid runs each instruction over a whole row
/// (measured in wasm: 2 ns per instruction and point when every instruction is a sin or cos of
/// the point, 0.3 ns for arithmetic); a point counts as a whole step anyway, for a margin of
/// two on a busy machine.
const GRID_POINTS_PER_STEP: u64 = 1;
/// The critical-point search, in tape passes per start of Newton's method, typically (the
/// search is metered as it runs, against [`WORK_LIMIT`], and this estimate refuses early
/// what cannot fit): about eight Newton steps of a gradient and two Hessian directions.
const SEARCH_STEPS_PER_START: u64 = 8 * (cost::GRADIENT + 2 * cost::HESSIAN_DIRECTION);
/// The search's starts, rounded up: 12 × 12 over the window plus its centre, `at` and the
/// origin (`analysis::search`).
const SEARCH_STARTS: u64 = 150;

/// Refuses work over `limit` ([`WORK_LIMIT`] unless the loss was given another), naming
/// `what`.
pub fn check(what: &'static str, work: u64, limit: u64) -> Result<(), ArgumentError> {
    if work > limit {
        return Err(ArgumentError::TooMuchWork {
            what,
            work: Some(work),
            limit,
        });
    }
    Ok(())
}

fn times(a: usize, b: u64) -> u64 {
    (a as u64).saturating_mul(b)
}

/// The value, gradient and Hessian.
pub fn hessian_work(tape_len: usize, n: usize) -> u64 {
    hessian(tape_len, n)
}

/// The analysis: the Hessian and its eigen-decomposition. The higher-order look, when there
/// is one, brings its own limit, [`REFINE_WORK`].
pub fn analyze_work(tape_len: usize, n: usize) -> u64 {
    second_order(tape_len, n)
}

/// Refuses a grid `nx` wide over a tape of `tape_len` steps that would hold more than
/// [`GRID_MEMORY`] floats at once.
pub fn check_grid_memory(
    what: &'static str,
    tape_len: usize,
    nx: usize,
) -> Result<(), ArgumentError> {
    let floats = grid_memory(tape_len, nx);
    if floats > GRID_MEMORY {
        return Err(ArgumentError::TooMuchMemory {
            what,
            floats,
            limit: GRID_MEMORY,
        });
    }
    Ok(())
}

/// A grid of `nx` × `ny` points over the plane θ = origin + x·u + y·v: the steps that move
/// with x run at every point, those that move with y only once per row, the rest once (the
/// grid evaluator shares them, see [`crate::eval::grid`]).
pub fn grid_work(tape: &Tape, u: &[f64], v: &[f64], nx: usize, ny: usize) -> u64 {
    let along = |direction: &[f64]| -> Vec<bool> {
        let mut moves = vec![false; tape.len()];
        for (i, instr) in tape.instrs.iter().enumerate() {
            moves[i] = match *instr {
                Instr::Param(p) => direction.get(p).is_some_and(|&d| d != 0.0),
                _ => {
                    let (a, b) = instr.operands();
                    [a, b].into_iter().flatten().any(|s| moves[s as usize])
                }
            };
        }
        moves
    };
    let (with_x, with_y) = (along(u), along(v));
    let per_point = with_x.iter().filter(|&&m| m).count();
    let per_row = with_y
        .iter()
        .zip(&with_x)
        .filter(|(&y, &x)| y && !x)
        .count();
    let points = times(per_point, nx as u64).saturating_mul(ny as u64) / GRID_POINTS_PER_STEP;
    points
        .saturating_add(times(per_row, ny as u64))
        .saturating_add(tape.len() as u64)
}

/// The floats a grid `nx` wide may hold at once: one row per step of the tape.
pub fn grid_memory(tape_len: usize, nx: usize) -> u64 {
    times(tape_len, nx as u64)
}

/// The loss at `n` points of a line (a point costs one and a half f64 passes, measured:
/// the point is rebuilt and the slots refilled each time).
pub fn line_work(tape_len: usize, n: usize) -> u64 {
    times(tape_len, 2 * n as u64)
}

/// `steps` optimizer steps: a gradient each, or a Hessian and a solve for Newton's method.
pub fn trajectory_work(tape_len: usize, n: usize, steps: usize, newton: bool) -> u64 {
    let per_step = if newton {
        second_order(tape_len, n)
    } else {
        times(tape_len, cost::GRADIENT)
    };
    per_step.saturating_mul(steps as u64 + 1)
}

/// The critical-point search, as estimated before it starts: the Newton runs and the full
/// analysis of at least one point of `n` parameters.
pub fn critical_points_work(tape_len: usize, n: usize) -> u64 {
    times(tape_len, SEARCH_STARTS * SEARCH_STEPS_PER_START)
        .saturating_add(second_order(tape_len, n))
}

/// The most points a grid over a tape of `tape_len` steps may have within `limit` (and
/// [`MAX_GRID_POINTS`]), counting every step as moving with x: a page picks its resolution
/// from it, and any grid of that many points is accepted.
pub fn max_grid_points(tape_len: usize, limit: u64) -> usize {
    let points = limit.saturating_mul(GRID_POINTS_PER_STEP) / tape_len.max(1) as u64;
    points.min(MAX_GRID_POINTS as u64) as usize
}

/// The widest grid over a tape of `tape_len` steps within [`GRID_MEMORY`] (and
/// [`MAX_GRID_SIDE`]).
pub fn max_grid_side(tape_len: usize) -> usize {
    let side = GRID_MEMORY / tape_len.max(1) as u64;
    side.min(MAX_GRID_SIDE as u64) as usize
}

/// The critical point near a start: at most `steps` accepted steps, each a Hessian with its
/// eigen-decomposition and up to [`MAX_TRIES`] gradients (see [`crate::analysis::polish`]).
pub fn polish_work(tape_len: usize, n: usize, steps: usize) -> u64 {
    let tries = times(tape_len, MAX_TRIES as u64 * cost::GRADIENT);
    second_order(tape_len, n)
        .saturating_add(tries)
        .saturating_mul(steps as u64 + 1)
}

/// One run of a study: `train_steps` steps of training (a gradient and an update of the n
/// parameters each), the polish, and the spectrum where it ends.
pub fn experiment_work(tape_len: usize, n: usize, train_steps: usize, polish_steps: usize) -> u64 {
    let step = times(tape_len, cost::GRADIENT).saturating_add(8 * n as u64);
    step.saturating_mul(train_steps as u64)
        .saturating_add(polish_work(tape_len, n, polish_steps))
        .saturating_add(second_order(tape_len, n))
}
