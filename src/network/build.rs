//! A network's loss compiled straight to a tape, without formula text: for a 2–16–16–1
//! network over a few hundred rows the text would be long and its parse and expansion slow,
//! while the tape is the same shape the compiler makes (one step per product, sum and
//! activation, every data row unrolled, the mean over rows last).
//!
//! Parameters enter the tape in build order (layer by layer, unit by unit), so a unit's
//! weights sit next to each other in first-use order, which keeps the Hessian's per-slot
//! gradients short (see [`crate::eval::curvature`]).

use crate::error::formula::{ErrorKind, FormulaError};
use crate::error::network::NetworkError;
use crate::error::span::Span;
use crate::formula::compile::MAX_TAPE_LEN;
use crate::formula::data::Data;
use crate::formula::functions::{BinaryFn, UnaryFn};
use crate::formula::tape::{Instr, Slot, Tape};
use crate::network::spec::{Activation, LossFunction, NetworkSpec};

/// A network's loss as a tape, with its parameters in natural order.
pub struct Built {
    pub tape: Tape,
    pub params: Vec<String>,
    /// The inputs, then the target.
    pub data_columns: Vec<String>,
}

/// Compiles the mean loss of `spec` over the rows of `data`.
pub fn build(spec: &NetworkSpec, data: &Data) -> Result<Built, NetworkError> {
    let names: Vec<String> = data.columns().iter().map(|(n, _)| n.clone()).collect();
    spec.check(&names)?;
    let rows = check_rows(data)?;
    let column = |name: &String| -> &[f64] {
        let found = data.columns().iter().find(|(n, _)| n == name);
        found.map_or(&[], |(_, values)| values.as_slice())
    };
    let inputs: Vec<&[f64]> = spec.inputs.iter().map(column).collect();
    let target = column(&spec.target);
    if spec.loss == LossFunction::CrossEntropy {
        if let Some(row) = target.iter().position(|&y| y != 0.0 && y != 1.0) {
            return Err(NetworkError::NotBinary {
                column: spec.target.clone(),
                row: row + 1,
            });
        }
    }
    let steps = tape_len(spec, rows);
    if steps > MAX_TAPE_LEN {
        return Err(NetworkError::TooLarge {
            steps,
            limit: MAX_TAPE_LEN,
        });
    }
    let params = spec.param_names();
    let index = |name: &String| params.iter().position(|p| p == name).unwrap_or(0);
    let build_order: Vec<usize> = spec.names_in_build_order().iter().map(index).collect();
    let mut tape = Emitter {
        instrs: Vec::with_capacity(steps),
        param_slots: vec![None; params.len()],
    };
    let widths = spec.widths();
    let mut total = None;
    for r in 0..rows {
        let mut layer_in: Vec<Slot> = inputs.iter().map(|x| tape.constant(x[r])).collect();
        let mut next_param = build_order.iter();
        for layer in 1..widths.len() {
            let last = layer + 1 == widths.len();
            let mut layer_out = Vec::with_capacity(widths[layer]);
            for _unit in 0..widths[layer] {
                let mut sum = None;
                for &a in &layer_in {
                    let w = tape.param(*next_param.next().unwrap_or(&0));
                    let term = tape.binary(BinaryFn::Mul, w, a);
                    sum = Some(sum.map_or(term, |s| tape.binary(BinaryFn::Add, s, term)));
                }
                let mut z = sum.unwrap_or(0);
                if spec.bias {
                    let b = tape.param(*next_param.next().unwrap_or(&0));
                    z = tape.binary(BinaryFn::Add, z, b);
                }
                layer_out.push(if last {
                    z
                } else {
                    tape.activate(spec.activation, z)
                });
            }
            layer_in = layer_out;
        }
        let f = layer_in[0];
        let term = tape.row_loss(spec.loss, f, target[r]);
        total = Some(total.map_or(term, |t| tape.binary(BinaryFn::Add, t, term)));
    }
    if rows > 1 {
        let count = tape.constant(rows as f64);
        tape.binary(BinaryFn::Div, total.unwrap_or(0), count);
    }
    let mut data_columns = spec.inputs.clone();
    data_columns.push(spec.target.clone());
    Ok(Built {
        tape: Tape {
            instrs: tape.instrs,
            n_params: params.len(),
        },
        params,
        data_columns,
    })
}

/// An upper bound on the tape's length, checked before anything is built.
fn tape_len(spec: &NetworkSpec, rows: usize) -> usize {
    let widths = spec.widths();
    let per_row: usize = widths
        .windows(2)
        .map(|pair| pair[1] * (2 * pair[0] + 2))
        .sum::<usize>()
        + widths[0]
        + 4;
    per_row.saturating_mul(rows) + spec.param_count() + 2
}

/// The number of rows, once every column is checked: the same length, finite, not empty.
fn check_rows(data: &Data) -> Result<usize, NetworkError> {
    let error = |kind| Err(NetworkError::Data(FormulaError::new(kind, Span::default())));
    let Some((first, first_values)) = data.columns().first() else {
        return Err(NetworkError::NoInputs);
    };
    for (name, values) in data.columns() {
        if values.is_empty() {
            return error(ErrorKind::DataEmpty {
                column: name.clone(),
            });
        }
        if values.len() != first_values.len() {
            return error(ErrorKind::DataLength {
                column: name.clone(),
                rows: values.len(),
                first: first.clone(),
                first_rows: first_values.len(),
            });
        }
        if let Some(row) = values.iter().position(|v| !v.is_finite()) {
            return error(ErrorKind::DataNotFinite {
                column: name.clone(),
                row: row + 1,
            });
        }
    }
    Ok(first_values.len())
}

/// Appends steps to the tape; each parameter is read once, where it is first used.
struct Emitter {
    instrs: Vec<Instr>,
    param_slots: Vec<Option<Slot>>,
}

impl Emitter {
    fn push(&mut self, instr: Instr) -> Slot {
        self.instrs.push(instr);
        (self.instrs.len() - 1) as Slot
    }

    fn constant(&mut self, value: f64) -> Slot {
        self.push(Instr::Const(value))
    }

    fn param(&mut self, index: usize) -> Slot {
        match self.param_slots[index] {
            Some(slot) => slot,
            None => {
                let slot = self.push(Instr::Param(index));
                self.param_slots[index] = Some(slot);
                slot
            }
        }
    }

    fn binary(&mut self, function: BinaryFn, a: Slot, b: Slot) -> Slot {
        self.push(Instr::Binary(function, a, b))
    }

    fn activate(&mut self, activation: Activation, z: Slot) -> Slot {
        let function = match activation {
            Activation::Tanh => UnaryFn::Tanh,
            Activation::Sigmoid => UnaryFn::Sigmoid,
            Activation::Softplus => UnaryFn::Softplus,
            Activation::Relu => UnaryFn::Relu,
            Activation::Linear => return z,
        };
        self.push(Instr::Unary(function, z))
    }

    /// One row's loss: (y − f)², or softplus(f) − y·f.
    fn row_loss(&mut self, loss: LossFunction, f: Slot, y: f64) -> Slot {
        match loss {
            LossFunction::SquaredError => {
                let target = self.constant(y);
                let residual = self.binary(BinaryFn::Sub, target, f);
                self.binary(BinaryFn::Mul, residual, residual)
            }
            LossFunction::CrossEntropy => {
                let softplus = self.push(Instr::Unary(UnaryFn::Softplus, f));
                if y == 0.0 {
                    return softplus;
                }
                let target = self.constant(y);
                let yf = self.binary(BinaryFn::Mul, target, f);
                self.binary(BinaryFn::Sub, softplus, yf)
            }
        }
    }
}
