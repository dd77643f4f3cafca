//! Stable forms of the exp/log pairs a loss is written with, and the removal of steps the
//! loss does not use.
//!
//! A formula such as the logistic loss `log(1 + exp(z))` or the cross-entropy
//! `log(sigmoid(z))` is exact mathematics but poor floating point: where e^z underflows next
//! to 1 the value rounds to 0 (2e-22 is lost at z = −50), and the chain rule through
//! ln ∘ σ subtracts two numbers near 1 in the second derivative. Each pattern is replaced by
//! the same function written without the cancellation:
//!
//! | written             | computed as          |
//! |---------------------|----------------------|
//! | `log(1 + exp(u))`   | `softplus(u)`        |
//! | `log(exp(u))`       | `u`                  |
//! | `log(sigmoid(u))`   | `−softplus(−u)`      |
//! | `log(1 − sigmoid(u))` | `−softplus(u)`     |
//!
//! The rewrites change no value in exact arithmetic; they only keep the relative precision
//! (`tests/reference/derivatives.py` checks them against SymPy at |u| up to 50).

use crate::formula::functions::{BinaryFn, UnaryFn};
use crate::formula::tape::{Instr, Slot};

/// The instructions with the stable forms substituted and every step the loss (the last
/// instruction) does not read removed. The loss stays the last instruction.
pub fn stabilize(instrs: &[Instr]) -> Vec<Instr> {
    let mut out: Vec<Instr> = Vec::with_capacity(instrs.len());
    // Where each old slot's value now lives.
    let mut map: Vec<Slot> = Vec::with_capacity(instrs.len());
    for instr in instrs {
        let instr = renumber(*instr, &map);
        let slot = match stable_form(&out, instr) {
            Some(Form::Same(slot)) => slot,
            Some(Form::Steps(steps)) => push_all(&mut out, &steps),
            None => push(&mut out, instr),
        };
        map.push(slot);
    }
    let output = map.last().copied().unwrap_or(0);
    without_dead_steps(&out, output)
}

/// A replacement: an existing slot, or new steps whose last one is the value.
enum Form {
    Same(Slot),
    Steps(Vec<Step>),
}

/// A new step; operands are existing slots or earlier steps of the same replacement.
#[derive(Clone, Copy)]
enum Step {
    Unary(UnaryFn, Operand),
}

#[derive(Clone, Copy)]
enum Operand {
    Slot(Slot),
    Previous,
}

/// The stable form of `instr` (whose operands are slots of `out`), if it has one.
fn stable_form(out: &[Instr], instr: Instr) -> Option<Form> {
    let Instr::Unary(UnaryFn::Ln, a) = instr else {
        return None;
    };
    let at = |slot: Slot| out[slot as usize];
    let is_one = |slot: Slot| at(slot) == Instr::Const(1.0);
    let exp_of = |slot: Slot| match at(slot) {
        Instr::Unary(UnaryFn::Exp, u) => Some(u),
        _ => None,
    };
    let sigmoid_of = |slot: Slot| match at(slot) {
        Instr::Unary(UnaryFn::Sigmoid, u) => Some(u),
        _ => None,
    };
    use Operand::{Previous, Slot as S};
    match at(a) {
        // log(1 + exp(u)) and log(exp(u) + 1)
        Instr::Binary(BinaryFn::Add, p, q) => {
            let u = if is_one(p) {
                exp_of(q)
            } else {
                exp_of(p).filter(|_| is_one(q))
            }?;
            Some(Form::Steps(vec![Step::Unary(UnaryFn::Softplus, S(u))]))
        }
        Instr::Unary(UnaryFn::Exp, u) => Some(Form::Same(u)),
        Instr::Unary(UnaryFn::Sigmoid, u) => Some(Form::Steps(vec![
            Step::Unary(UnaryFn::Neg, S(u)),
            Step::Unary(UnaryFn::Softplus, Previous),
            Step::Unary(UnaryFn::Neg, Previous),
        ])),
        // log(1 − sigmoid(u))
        Instr::Binary(BinaryFn::Sub, p, q) if is_one(p) => {
            let u = sigmoid_of(q)?;
            Some(Form::Steps(vec![
                Step::Unary(UnaryFn::Softplus, S(u)),
                Step::Unary(UnaryFn::Neg, Previous),
            ]))
        }
        _ => None,
    }
}

fn push(out: &mut Vec<Instr>, instr: Instr) -> Slot {
    out.push(instr);
    (out.len() - 1) as Slot
}

fn push_all(out: &mut Vec<Instr>, steps: &[Step]) -> Slot {
    let mut previous = 0;
    for step in steps {
        let Step::Unary(function, operand) = *step;
        let a = match operand {
            Operand::Slot(slot) => slot,
            Operand::Previous => previous,
        };
        previous = push(out, Instr::Unary(function, a));
    }
    previous
}

/// `instr` with its operands moved to where `map` says their values live.
fn renumber(instr: Instr, map: &[Slot]) -> Instr {
    let m = |slot: Slot| map[slot as usize];
    match instr {
        Instr::Const(_) | Instr::Param(_) => instr,
        Instr::Unary(function, a) => Instr::Unary(function, m(a)),
        Instr::PowConst(a, c) => Instr::PowConst(m(a), c),
        Instr::Binary(function, a, b) => Instr::Binary(function, m(a), m(b)),
    }
}

/// The steps `output` depends on, in order, renumbered; `output` is the last.
fn without_dead_steps(instrs: &[Instr], output: Slot) -> Vec<Instr> {
    let mut live = vec![false; instrs.len()];
    if let Some(flag) = live.get_mut(output as usize) {
        *flag = true;
    }
    for i in (0..instrs.len()).rev() {
        if live[i] {
            let (a, b) = instrs[i].operands();
            for slot in [a, b].into_iter().flatten() {
                live[slot as usize] = true;
            }
        }
    }
    let mut map = vec![0; instrs.len()];
    let mut kept = Vec::new();
    for (i, instr) in instrs.iter().enumerate().take(output as usize + 1) {
        if live[i] {
            map[i] = kept.len() as Slot;
            kept.push(renumber(*instr, &map));
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_of_one_plus_exp_becomes_softplus_and_the_rest_goes() {
        let instrs = [
            Instr::Param(0),
            Instr::Unary(UnaryFn::Exp, 0),
            Instr::Const(1.0),
            Instr::Binary(BinaryFn::Add, 2, 1),
            Instr::Unary(UnaryFn::Ln, 3),
        ];
        assert_eq!(
            stabilize(&instrs),
            [Instr::Param(0), Instr::Unary(UnaryFn::Softplus, 0)]
        );
    }

    #[test]
    fn log_of_exp_is_its_argument() {
        let instrs = [
            Instr::Param(0),
            Instr::Unary(UnaryFn::Exp, 0),
            Instr::Unary(UnaryFn::Ln, 1),
        ];
        assert_eq!(stabilize(&instrs), [Instr::Param(0)]);
    }
}
