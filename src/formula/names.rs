//! The names a formula reads: which ones, where, whether data is read outside an
//! aggregate, and the natural order parameters are listed in (`w2` before `w10`).

use std::collections::HashMap;

use crate::error::span::Span;
use crate::formula::ast::{Expr, ExprKind};
use crate::formula::functions::{self, Function};

/// Every name the formula reads, with its span, in order of appearance.
pub fn collect_names(expr: &Expr, out: &mut Vec<(String, Span)>) {
    match &expr.kind {
        ExprKind::Number(_) => {}
        ExprKind::Name(name) => out.push((name.clone(), expr.span)),
        ExprKind::Neg(operand) => collect_names(operand, out),
        ExprKind::Binary(_, left, right) => {
            collect_names(left, out);
            collect_names(right, out);
        }
        ExprKind::Call { args, .. } => args.iter().for_each(|arg| collect_names(arg, out)),
    }
}

pub fn first_use(expr: &Expr, name: &str) -> Option<Span> {
    let mut uses = Vec::new();
    collect_names(expr, &mut uses);
    uses.into_iter()
        .find(|(used, _)| used == name)
        .map(|(_, span)| span)
}

pub fn uses_data_outside_aggregate(expr: &Expr, columns: &HashMap<String, &[f64]>) -> bool {
    match &expr.kind {
        ExprKind::Number(_) => false,
        ExprKind::Name(name) => columns.contains_key(name.as_str()),
        ExprKind::Neg(operand) => uses_data_outside_aggregate(operand, columns),
        ExprKind::Binary(_, left, right) => {
            uses_data_outside_aggregate(left, columns)
                || uses_data_outside_aggregate(right, columns)
        }
        ExprKind::Call { name, args, .. } => {
            !matches!(functions::lookup(name), Some(Function::Aggregate(_)))
                && args
                    .iter()
                    .any(|arg| uses_data_outside_aggregate(arg, columns))
        }
    }
}

/// Compares names so that digit runs compare as numbers: `w2` < `w10`, `a` < `b`.
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    fn chunks(s: &str) -> Vec<(bool, &str)> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut digit = None;
        for (i, c) in s.char_indices() {
            let is_digit = c.is_ascii_digit();
            if digit.is_some_and(|d| d != is_digit) {
                out.push((digit == Some(true), &s[start..i]));
                start = i;
            }
            digit = Some(is_digit);
        }
        if start < s.len() {
            out.push((digit == Some(true), &s[start..]));
        }
        out
    }
    let (ca, cb) = (chunks(a), chunks(b));
    for (x, y) in ca.iter().zip(&cb) {
        let order = match (x, y) {
            ((true, dx), (true, dy)) => {
                let (tx, ty) = (dx.trim_start_matches('0'), dy.trim_start_matches('0'));
                tx.len()
                    .cmp(&ty.len())
                    .then(tx.cmp(ty))
                    .then(dx.len().cmp(&dy.len()))
            }
            ((_, sx), (_, sy)) => sx.cmp(sy),
        };
        if order.is_ne() {
            return order;
        }
    }
    ca.len().cmp(&cb.len())
}

#[cfg(test)]
mod tests {
    use super::natural_cmp;

    #[test]
    fn natural_order() {
        let mut names = vec!["w10", "w2", "b", "a1", "w1", "θ"];
        names.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(names, ["a1", "b", "w1", "w2", "w10", "θ"]);
    }
}
