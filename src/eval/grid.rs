//! Batch evaluation on a grid: the drawing hot path.
//!
//! Each instruction runs over a whole row of points at once, so the cost of dispatching on
//! the instruction is paid once per row, not once per point, and the inner loops are plain
//! slices the compiler vectorizes. Steps that do not depend on the x axis are computed once
//! per row, and steps that depend on neither axis once per grid.

use crate::eval::scalar::Scalar;
use crate::formula::functions::{BinaryFn, UnaryFn};
use crate::formula::tape::{Instr, Tape};

/// A rectangular grid over two parameters (or one, for a loss of one parameter).
///
/// Values are row-major, `values[i + j*nx]`, `i` along x, endpoints included:
/// `x_i = x0 + i·(x1−x0)/(nx−1)` and likewise for y. `at` is a full θ that fixes every
/// other parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct GridSpec {
    /// Index of the parameter along x.
    pub x: usize,
    /// Index of the parameter along y; `None` for a one-row grid over x alone (`ny` = 1).
    pub y: Option<usize>,
    pub x_range: (f64, f64),
    pub y_range: (f64, f64),
    pub nx: usize,
    pub ny: usize,
    pub at: Vec<f64>,
}

impl GridSpec {
    /// The coordinate of column `i` (or row `j`, with the y range).
    pub fn coordinate(range: (f64, f64), count: usize, i: usize) -> f64 {
        if count < 2 {
            return range.0;
        }
        let t = i as f64 / (count - 1) as f64;
        // Exact at both ends, so the window's edges are sampled exactly.
        if i + 1 == count {
            range.1
        } else {
            range.0 + t * (range.1 - range.0)
        }
    }
}

/// A plane through parameter space: θ(x, y) = origin + x·u + y·v. An axis-aligned grid is
/// the plane with u and v unit vectors; a slice along two eigenvectors of H is another.
#[derive(Clone, Debug, PartialEq)]
pub struct Plane {
    pub origin: Vec<f64>,
    pub u: Vec<f64>,
    pub v: Vec<f64>,
}

impl GridSpec {
    /// The plane this grid samples: `at` with the axis coordinates replaced by x and y.
    pub fn plane(&self) -> Plane {
        let n = self.at.len();
        let unit = |k: Option<usize>| {
            (0..n)
                .map(|i| if Some(i) == k { 1.0 } else { 0.0 })
                .collect()
        };
        let mut origin = self.at.clone();
        for axis in [Some(self.x), self.y].into_iter().flatten() {
            if let Some(o) = origin.get_mut(axis) {
                *o = 0.0;
            }
        }
        Plane {
            origin,
            u: unit(Some(self.x)),
            v: unit(self.y),
        }
    }
}

/// On what an instruction's value depends.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Varies {
    /// Neither axis: computed once per grid.
    Never,
    /// The y axis only: once per row.
    PerRow,
    /// The x axis: a whole row of values.
    PerPoint,
}

/// An operand: one number for the whole row, or a row of numbers.
#[derive(Clone, Copy)]
enum Operand<'a> {
    Scalar(f64),
    Row(&'a [f64]),
}

/// Evaluates the loss on an axis-aligned grid. `spec` must already be valid (see
/// `Loss::grid`).
pub fn evaluate(tape: &Tape, spec: &GridSpec) -> Vec<f64> {
    let rows = (spec.x_range, spec.y_range, spec.nx, spec.ny);
    evaluate_plane(tape, &spec.plane(), rows)
}

/// Evaluates the loss at θ = origin + x_i·u + y_j·v, `values[i + j*nx]`, for `(x_range,
/// y_range, nx, ny)` spaced as [`GridSpec::coordinate`] says.
pub fn evaluate_plane(
    tape: &Tape,
    plane: &Plane,
    grid: ((f64, f64), (f64, f64), usize, usize),
) -> Vec<f64> {
    let (x_range, y_range, nx, ny) = grid;
    let n = tape.len();
    let coefficient = |k: usize| {
        let get = |v: &[f64]| v.get(k).copied().unwrap_or(0.0);
        (get(&plane.origin), get(&plane.u), get(&plane.v))
    };
    let mut varies = vec![Varies::Never; n];
    for (i, instr) in tape.instrs.iter().enumerate() {
        varies[i] = match *instr {
            Instr::Param(p) if coefficient(p).1 != 0.0 => Varies::PerPoint,
            Instr::Param(p) if coefficient(p).2 != 0.0 => Varies::PerRow,
            _ => {
                let (a, b) = instr.operands();
                let of = |slot: Option<u32>| slot.map_or(Varies::Never, |s| varies[s as usize]);
                of(a).max(of(b))
            }
        };
    }
    // A parameter that is exactly the x coordinate (an axis-aligned grid) reads the
    // coordinates directly and needs no row of its own.
    let is_x = |slot: usize| matches!(tape.instrs[slot], Instr::Param(p) if coefficient(p) == (0.0, 1.0, 0.0));
    // Rows of values live in one buffer; `row_of[slot]` says where.
    let mut row_of = vec![usize::MAX; n];
    let mut rows_needed = 0;
    for (slot, &v) in varies.iter().enumerate() {
        if v == Varies::PerPoint && !is_x(slot) {
            row_of[slot] = rows_needed;
            rows_needed += 1;
        }
    }
    let mut rows = vec![0.0; rows_needed * nx];
    let mut scalars = vec![0.0; n];
    let xs: Vec<f64> = (0..nx)
        .map(|i| GridSpec::coordinate(x_range, nx, i))
        .collect();
    let mut values = Vec::with_capacity(nx * ny);
    let output = tape.output();
    // θ at x = 0 on the current row: what the scalar passes read.
    let mut theta: Vec<f64> = (0..tape.n_params).map(|k| coefficient(k).0).collect();

    scalar_pass(tape, &varies, Varies::Never, &theta, &mut scalars);
    for j in 0..ny {
        let y = GridSpec::coordinate(y_range, ny, j);
        for (k, value) in theta.iter_mut().enumerate() {
            let (o, _, v) = coefficient(k);
            *value = if v == 0.0 { o } else { o + y * v };
        }
        scalar_pass(tape, &varies, Varies::PerRow, &theta, &mut scalars);
        for (slot, instr) in tape.instrs.iter().enumerate() {
            if varies[slot] != Varies::PerPoint || is_x(slot) {
                continue;
            }
            // Operands come before the instruction, so their rows lie before its row.
            let (done, rest) = rows.split_at_mut(row_of[slot] * nx);
            let out = &mut rest[..nx];
            let operand = |s: u32| -> Operand {
                let s = s as usize;
                if is_x(s) {
                    Operand::Row(&xs)
                } else if varies[s] == Varies::PerPoint {
                    Operand::Row(&done[row_of[s] * nx..(row_of[s] + 1) * nx])
                } else {
                    Operand::Scalar(scalars[s])
                }
            };
            match *instr {
                Instr::Unary(function, a) => unary_row(function, operand(a), out),
                Instr::PowConst(a, c) => map1(operand(a), out, |x| x.pow_const(c)),
                Instr::Binary(function, a, b) => binary_row(function, operand(a), operand(b), out),
                Instr::Param(p) => {
                    let (base, slope) = (theta[p], coefficient(p).1);
                    out.iter_mut()
                        .zip(&xs)
                        .for_each(|(o, &x)| *o = base + x * slope);
                }
                Instr::Const(_) => {}
            }
        }
        if is_x(output) {
            values.extend_from_slice(&xs);
        } else if varies[output] == Varies::PerPoint {
            let start = row_of[output] * nx;
            values.extend_from_slice(&rows[start..start + nx]);
        } else {
            values.extend(std::iter::repeat_n(scalars[output], nx));
        }
    }
    values
}

/// Computes the instructions that vary exactly as `which` does, as single numbers.
fn scalar_pass(tape: &Tape, varies: &[Varies], which: Varies, theta: &[f64], scalars: &mut [f64]) {
    for (slot, instr) in tape.instrs.iter().enumerate() {
        if varies[slot] != which {
            continue;
        }
        scalars[slot] = match *instr {
            Instr::Const(c) => c,
            Instr::Param(p) => theta.get(p).copied().unwrap_or(f64::NAN),
            Instr::Unary(function, a) => scalars[a as usize].unary(function),
            Instr::Binary(function, a, b) => {
                scalars[a as usize].binary(function, scalars[b as usize])
            }
            Instr::PowConst(a, c) => scalars[a as usize].pow_const(c),
        };
    }
}

/// One loop per function, so each loop body is a single inlined operation.
fn unary_row(function: UnaryFn, a: Operand, out: &mut [f64]) {
    match function {
        UnaryFn::Neg => map1(a, out, |x| -x),
        UnaryFn::Exp => map1(a, out, f64::exp),
        UnaryFn::Ln => map1(a, out, f64::ln),
        UnaryFn::Sqrt => map1(a, out, f64::sqrt),
        UnaryFn::Sin => map1(a, out, f64::sin),
        UnaryFn::Cos => map1(a, out, f64::cos),
        UnaryFn::Tan => map1(a, out, f64::tan),
        UnaryFn::Tanh => map1(a, out, f64::tanh),
        UnaryFn::Abs => map1(a, out, f64::abs),
        UnaryFn::Sigmoid => map1(a, out, crate::formula::functions::sigmoid),
        UnaryFn::Relu => map1(a, out, |x| x.unary(UnaryFn::Relu)),
        UnaryFn::Softplus => map1(a, out, crate::formula::functions::softplus),
    }
}

fn binary_row(function: BinaryFn, a: Operand, b: Operand, out: &mut [f64]) {
    match function {
        BinaryFn::Add => map2(a, b, out, |x, y| x + y),
        BinaryFn::Sub => map2(a, b, out, |x, y| x - y),
        BinaryFn::Mul => map2(a, b, out, |x, y| x * y),
        BinaryFn::Div => map2(a, b, out, |x, y| x / y),
        BinaryFn::Pow => map2(a, b, out, f64::powf),
        BinaryFn::Min => map2(a, b, out, |x, y| x.special_binary(BinaryFn::Min, y)),
        BinaryFn::Max => map2(a, b, out, |x, y| x.special_binary(BinaryFn::Max, y)),
    }
}

#[inline(always)]
fn map1(a: Operand, out: &mut [f64], f: impl Fn(f64) -> f64) {
    match a {
        Operand::Row(a) => out.iter_mut().zip(a).for_each(|(o, &x)| *o = f(x)),
        Operand::Scalar(x) => out.fill(f(x)),
    }
}

#[inline(always)]
fn map2(a: Operand, b: Operand, out: &mut [f64], f: impl Fn(f64, f64) -> f64) {
    match (a, b) {
        (Operand::Row(a), Operand::Row(b)) => out
            .iter_mut()
            .zip(a.iter().zip(b))
            .for_each(|(o, (&x, &y))| *o = f(x, y)),
        (Operand::Row(a), Operand::Scalar(y)) => {
            out.iter_mut().zip(a).for_each(|(o, &x)| *o = f(x, y))
        }
        (Operand::Scalar(x), Operand::Row(b)) => {
            out.iter_mut().zip(b).for_each(|(o, &y)| *o = f(x, y))
        }
        (Operand::Scalar(x), Operand::Scalar(y)) => out.fill(f(x, y)),
    }
}
