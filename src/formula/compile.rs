//! From syntax tree to tape: resolve names (constant, data column or parameter), expand
//! `sum(…)`/`mean(…)` over the data rows, fold constants and share repeated steps.
//!
//! A formula that uses a data column outside any `sum`/`mean` is averaged over the rows as a
//! whole: with the lecture's single example, `(y - w1*w2*x)^2` is exactly its one term, and
//! with more rows it is the mean squared error a student expects.

use std::collections::HashMap;

use crate::error::formula::{ErrorKind, FormulaError};
use crate::error::span::Span;
use crate::formula::ast::{BinaryOp, Expr, ExprKind};
use crate::formula::data::Data;
use crate::formula::functions::{self, Aggregate, BinaryFn, Function, UnaryFn};
use crate::formula::lexer::normalize_name;
use crate::formula::names::{collect_names, first_use, natural_cmp, uses_data_outside_aggregate};
use crate::formula::rewrite::stabilize;
use crate::formula::tape::{Instr, Slot, Tape};

/// The most instructions a formula may compile to, after expansion over the data rows.
pub const MAX_TAPE_LEN: usize = 200_000;
/// The most formula nodes compiling may visit across all data rows: a few per step of
/// [`MAX_TAPE_LEN`], so that a table whose rows fold to shared steps cannot keep the
/// compiler busy without growing the tape.
pub const MAX_COMPILE_VISITS: usize = 4 * MAX_TAPE_LEN;
/// The most numbers a data table may hold in all (8 MB): reading a plain JS array costs about
/// 250 ns per number in wasm, so a full table is read in a quarter of a second.
pub const MAX_DATA_VALUES: usize = 1_000_000;
/// The most parameters a loss may have (its Hessian has this many squared entries).
pub const MAX_PARAMS: usize = 512;

/// A compiled formula with the names it resolved.
pub struct Compiled {
    pub tape: Tape,
    /// Parameters in natural order (`w2` before `w10`).
    pub params: Vec<String>,
    /// Data columns the formula reads, in the table's order.
    pub data_columns: Vec<String>,
}

/// Resolves and compiles `expr` against the data table.
pub fn compile(expr: &Expr, data: &Data) -> Result<Compiled, FormulaError> {
    let columns = check_data(expr, data)?;
    let mut uses = Vec::new();
    collect_names(expr, &mut uses);
    let mut params: Vec<String> = Vec::new();
    for (name, span) in &uses {
        let is_free = functions::constant(name).is_none() && !columns.contains_key(name.as_str());
        if is_free && !params.contains(name) {
            if params.len() == MAX_PARAMS {
                let kind = ErrorKind::TooManyParams { limit: MAX_PARAMS };
                return Err(FormulaError::new(kind, *span));
            }
            params.push(name.clone());
        }
    }
    params.sort_by(|a, b| natural_cmp(a, b));
    let data_columns = data
        .columns()
        .iter()
        .filter_map(|(raw, _)| normalize_name(raw))
        .filter(|name| uses.iter().any(|(used, _)| used == name))
        .collect();
    let rows = data.columns().first().map_or(0, |(_, values)| values.len());
    let mut compiler = Compiler {
        instrs: Vec::new(),
        shared: HashMap::new(),
        memo: HashMap::new(),
        visits: 0,
        params: &params,
        columns: &columns,
        rows,
    };
    let output = if rows > 0 && uses_data_outside_aggregate(expr, &columns) {
        compiler.aggregate(expr, Aggregate::Mean, false)?
    } else {
        compiler.expr(expr, Row::None)?
    };
    let mut instrs = compiler.instrs;
    // The evaluators read the loss from the last slot.
    if output as usize != instrs.len() - 1 {
        let value = instrs[output as usize];
        instrs.push(value);
    }
    let tape = Tape {
        instrs: stabilize(&instrs),
        n_params: params.len(),
    };
    Ok(Compiled {
        tape,
        params,
        data_columns,
    })
}

/// Validates the table and indexes its columns by normalized name (`w₁` → `w1`).
fn check_data<'d>(expr: &Expr, data: &'d Data) -> Result<HashMap<String, &'d [f64]>, FormulaError> {
    let mut columns: HashMap<String, &[f64]> = HashMap::new();
    let first = data.columns().first();
    let values: usize = data.columns().iter().map(|(_, v)| v.len()).sum();
    if values > MAX_DATA_VALUES {
        let kind = ErrorKind::DataTooLarge {
            values,
            limit: MAX_DATA_VALUES,
        };
        return Err(FormulaError::new(kind, Span::default()));
    }
    for (raw, values) in data.columns() {
        let error = |kind| {
            let span = normalize_name(raw)
                .and_then(|name| first_use(expr, &name))
                .unwrap_or_default();
            Err(FormulaError::new(kind, span))
        };
        let Some(name) = normalize_name(raw).filter(|name| {
            functions::lookup(name).is_none() && functions::constant(name).is_none()
        }) else {
            return error(ErrorKind::DataBadName {
                column: raw.clone(),
            });
        };
        if columns.contains_key(&name) {
            return error(ErrorKind::DataDuplicate { column: name });
        }
        if values.is_empty() {
            return error(ErrorKind::DataEmpty { column: name });
        }
        if values.len() > MAX_TAPE_LEN {
            // Each row adds at least one step: the expanded loss could not fit anyway.
            return error(ErrorKind::DataTooManyRows {
                column: name,
                rows: values.len(),
                limit: MAX_TAPE_LEN,
            });
        }
        if let Some((first_name, first_values)) = first {
            if values.len() != first_values.len() {
                return error(ErrorKind::DataLength {
                    column: name,
                    rows: values.len(),
                    first: first_name.clone(),
                    first_rows: first_values.len(),
                });
            }
        }
        if let Some(row) = values.iter().position(|v| !v.is_finite()) {
            return error(ErrorKind::DataNotFinite {
                column: name,
                row: row + 1,
            });
        }
        columns.insert(name, values);
    }
    Ok(columns)
}

/// A hashable image of an instruction, for sharing repeated steps.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    Const(u64),
    Param(usize),
    Unary(UnaryFn, Slot),
    Binary(BinaryFn, Slot, Slot),
    PowConst(Slot, u64),
}

/// Which data row a subexpression is compiled for.
#[derive(Clone, Copy, PartialEq)]
enum Row {
    /// Outside any aggregate: data may not be read here.
    None,
    /// Row `r` of the implicit mean over the whole formula; an explicit `sum` may still appear.
    Implicit(usize),
    /// Row `r` inside an explicit `sum(…)` or `mean(…)`.
    Explicit(usize),
}

impl Row {
    fn index(self) -> Option<usize> {
        match self {
            Row::None => None,
            Row::Implicit(r) | Row::Explicit(r) => Some(r),
        }
    }
}

/// Whether a syntax node's value depends on the data row it is compiled for. A node that
/// reads no data outside its own `sum`/`mean` has the same value on every row, so it is
/// compiled once, not once per row: that keeps compilation linear in the rows (`y*sum(w)`
/// over 10,000 rows would otherwise expand `sum(w)` 10,000 times).
#[derive(Clone, Copy, PartialEq)]
enum Memo {
    PerRow,
    SameOnEveryRow,
    Compiled(Slot),
}

struct Compiler<'a> {
    instrs: Vec<Instr>,
    shared: HashMap<Key, Slot>,
    /// What is known of each syntax node, by address (see [`Memo`]).
    memo: HashMap<usize, Memo>,
    /// Nodes compiled so far, across the rows: at most [`MAX_COMPILE_VISITS`].
    visits: usize,
    params: &'a [String],
    columns: &'a HashMap<String, &'a [f64]>,
    rows: usize,
}

impl Compiler<'_> {
    /// Compiles `expr` for one data row (`None` outside any aggregate).
    fn expr(&mut self, expr: &Expr, row: Row) -> Result<Slot, FormulaError> {
        let key = expr as *const Expr as usize;
        let memo = match self.memo.get(&key) {
            Some(Memo::Compiled(slot)) => return Ok(*slot),
            Some(memo) => *memo,
            None if uses_data_outside_aggregate(expr, self.columns) => Memo::PerRow,
            None => Memo::SameOnEveryRow,
        };
        self.memo.insert(key, memo);
        self.visits += 1;
        if self.visits > MAX_COMPILE_VISITS {
            let kind = ErrorKind::TooLarge {
                limit: MAX_TAPE_LEN,
            };
            return Err(FormulaError::new(kind, expr.span));
        }
        let slot = self.expr_uncached(expr, row)?;
        if memo == Memo::SameOnEveryRow {
            self.memo.insert(key, Memo::Compiled(slot));
        }
        Ok(slot)
    }

    fn expr_uncached(&mut self, expr: &Expr, row: Row) -> Result<Slot, FormulaError> {
        match &expr.kind {
            ExprKind::Number(value) => self.emit(Instr::Const(*value), expr.span),
            ExprKind::Name(name) => {
                if let Some(value) = functions::constant(name) {
                    return self.emit(Instr::Const(value), expr.span);
                }
                if let Some(values) = self.columns.get(name.as_str()) {
                    // `row` is set whenever data is read: see `uses_data_outside_aggregate`.
                    let value = row
                        .index()
                        .and_then(|r| values.get(r))
                        .copied()
                        .unwrap_or(f64::NAN);
                    return self.emit(Instr::Const(value), expr.span);
                }
                let index = self.params.iter().position(|p| p == name).unwrap_or(0);
                self.emit(Instr::Param(index), expr.span)
            }
            ExprKind::Neg(operand) => {
                let a = self.expr(operand, row)?;
                self.emit(Instr::Unary(UnaryFn::Neg, a), expr.span)
            }
            ExprKind::Binary(op, left, right) => {
                let a = self.expr(left, row)?;
                let b = self.expr(right, row)?;
                let function = match op {
                    BinaryOp::Add => BinaryFn::Add,
                    BinaryOp::Sub => BinaryFn::Sub,
                    BinaryOp::Mul => BinaryFn::Mul,
                    BinaryOp::Div => BinaryFn::Div,
                    BinaryOp::Pow => return self.power(a, b, expr.span),
                };
                self.emit(Instr::Binary(function, a, b), expr.span)
            }
            ExprKind::Call {
                name,
                name_span,
                args,
            } => match functions::lookup(name) {
                Some(Function::Unary(function)) => {
                    let a = self.expr(&args[0], row)?;
                    self.emit(Instr::Unary(function, a), expr.span)
                }
                Some(Function::Binary(function)) => {
                    let a = self.expr(&args[0], row)?;
                    let b = self.expr(&args[1], row)?;
                    self.emit(Instr::Binary(function, a, b), expr.span)
                }
                Some(Function::Aggregate(aggregate)) => {
                    if matches!(row, Row::Explicit(_)) {
                        let kind = ErrorKind::NestedAggregate { name: name.clone() };
                        return Err(FormulaError::new(kind, *name_span));
                    }
                    if self.rows == 0 {
                        let kind = ErrorKind::AggregateWithoutData { name: name.clone() };
                        return Err(FormulaError::new(kind, *name_span));
                    }
                    self.aggregate(&args[0], aggregate, true)
                }
                None => {
                    let kind = ErrorKind::UnknownFunction {
                        name: name.clone(),
                        suggestion: None,
                    };
                    Err(FormulaError::new(kind, *name_span))
                }
            },
        }
    }

    /// Σ over the rows of `body`, divided by the number of rows for a mean.
    /// `explicit` is false for the implicit mean over the whole formula. Repeated steps are
    /// shared, so an explicit `sum` inside the implicit mean is compiled only once.
    fn aggregate(
        &mut self,
        body: &Expr,
        aggregate: Aggregate,
        explicit: bool,
    ) -> Result<Slot, FormulaError> {
        let row = |r| {
            if explicit {
                Row::Explicit(r)
            } else {
                Row::Implicit(r)
            }
        };
        let mut total = self.expr(body, row(0))?;
        for r in 1..self.rows {
            let term = self.expr(body, row(r))?;
            total = self.emit(Instr::Binary(BinaryFn::Add, total, term), body.span)?;
        }
        if aggregate == Aggregate::Mean {
            let count = self.emit(Instr::Const(self.rows as f64), body.span)?;
            total = self.emit(Instr::Binary(BinaryFn::Div, total, count), body.span)?;
        }
        Ok(total)
    }

    /// `a^b`: `x^2` becomes x·x (exact and fast), a constant exponent becomes
    /// [`Instr::PowConst`], and only a variable exponent uses the general power.
    fn power(&mut self, a: Slot, b: Slot, span: Span) -> Result<Slot, FormulaError> {
        match self.instrs[b as usize] {
            Instr::Const(1.0) => Ok(a),
            Instr::Const(2.0) => self.emit(Instr::Binary(BinaryFn::Mul, a, a), span),
            Instr::Const(c) => self.emit(Instr::PowConst(a, c), span),
            _ => self.emit(Instr::Binary(BinaryFn::Pow, a, b), span),
        }
    }

    /// Appends an instruction, folding it when its operands are constants and reusing an
    /// identical earlier one.
    fn emit(&mut self, instr: Instr, span: Span) -> Result<Slot, FormulaError> {
        let constant = |slot: Slot| match self.instrs[slot as usize] {
            Instr::Const(value) => Some(value),
            _ => None,
        };
        let folded = match instr {
            Instr::Unary(function, a) => constant(a).map(|x| function.apply(x)),
            Instr::Binary(function, a, b) => constant(a)
                .zip(constant(b))
                .map(|(x, y)| function.apply(x, y)),
            Instr::PowConst(a, c) => constant(a).map(|x| functions::pow_const(x, c)),
            Instr::Const(_) | Instr::Param(_) => None,
        };
        let instr = folded.map_or(instr, Instr::Const);
        let key = match instr {
            Instr::Const(value) => Key::Const(value.to_bits()),
            Instr::Param(index) => Key::Param(index),
            Instr::Unary(function, a) => Key::Unary(function, a),
            Instr::Binary(function, a, b) => Key::Binary(function, a, b),
            Instr::PowConst(a, c) => Key::PowConst(a, c.to_bits()),
        };
        if let Some(&slot) = self.shared.get(&key) {
            return Ok(slot);
        }
        if self.instrs.len() >= MAX_TAPE_LEN {
            return Err(FormulaError::new(
                ErrorKind::TooLarge {
                    limit: MAX_TAPE_LEN,
                },
                span,
            ));
        }
        let slot = self.instrs.len() as Slot;
        self.instrs.push(instr);
        self.shared.insert(key, slot);
        Ok(slot)
    }
}
