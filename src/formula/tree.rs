//! The syntax tree as plain data for a caller that shows a student what the engine read
//! (the page renders it as maths under the formula box): every multiplication is a node of
//! its own, marked `implicit` when no `*` was typed (`w₁w₂x` is w₁·w₂·x), and every node
//! keeps its place in the text.
//!
//! ```
//! use hessian_explorer::formula::tree::{formula_tree, Node};
//! let tree = formula_tree("2w1*x").unwrap();
//! let Node::Binary { op, implicit, left, .. } = &tree else { panic!() };
//! assert_eq!((*op, *implicit), ("*", false));
//! let Node::Binary { implicit: inner, .. } = left.as_ref() else { panic!() };
//! assert!(*inner); // "2w1" was written without a star
//! ```
//!
//! Offsets (`start`, `end`) are in UTF-16 code units, like a formula error's, so that
//! `formula.slice(start, end)` in JavaScript is the node's text even after `θ` or `w₁`.

use serde::Serialize;

use crate::error::formula::FormulaError;
use crate::error::span::Span;
use crate::formula::ast::{BinaryOp, Expr, ExprKind};
use crate::formula::functions;
use crate::formula::lexer::{lex, TokenKind};
use crate::formula::parser::parse;

/// One node of the tree, tagged by `type` when serialized (`"number"`, `"name"`, `"neg"`,
/// `"binary"`, `"call"`).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Node {
    Number {
        value: f64,
        start: usize,
        end: usize,
    },
    /// A name as the language reads it (`w₁` is `w1`); `constant` for `pi`, `π` and `e`.
    Name {
        name: String,
        constant: bool,
        start: usize,
        end: usize,
    },
    /// Unary minus (a unary plus leaves no node).
    Neg {
        operand: Box<Node>,
        start: usize,
        end: usize,
    },
    /// `op` is one of `+ - * / ^`; `implicit` is true for a product written without `*`
    /// (`2w1`, `w1 w2`, `(a+b)(c+d)`), false otherwise.
    Binary {
        op: &'static str,
        implicit: bool,
        left: Box<Node>,
        right: Box<Node>,
        start: usize,
        end: usize,
    },
    /// A call of a known function (`sin`, `sum`, …) with its arguments.
    Call {
        name: String,
        args: Vec<Node>,
        start: usize,
        end: usize,
    },
}

/// The tree of `text`, or the same error as [`parse`] gives.
pub fn formula_tree(text: &str) -> Result<Node, FormulaError> {
    let expr = parse(text)?;
    // Where a `*` (or `×`, `·`, a full-width `＊`) was typed: a product is explicit when its
    // operator's token lies between its two operands.
    let stars: Vec<usize> = lex(text)
        .into_iter()
        .filter(|token| token.kind == TokenKind::Star)
        .map(|token| token.span.start)
        .collect();
    Ok(convert(&expr, text, &stars))
}

fn convert(expr: &Expr, text: &str, stars: &[usize]) -> Node {
    let (start, end) = expr.span.to_utf16(text);
    match &expr.kind {
        ExprKind::Number(value) => Node::Number {
            value: *value,
            start,
            end,
        },
        ExprKind::Name(name) => Node::Name {
            name: name.clone(),
            constant: functions::constant(name).is_some(),
            start,
            end,
        },
        ExprKind::Neg(operand) => Node::Neg {
            operand: Box::new(convert(operand, text, stars)),
            start,
            end,
        },
        ExprKind::Binary(op, left, right) => {
            let between = Span::new(left.span.end, right.span.start);
            let implicit = *op == BinaryOp::Mul
                && !stars.iter().any(|&s| s >= between.start && s < between.end);
            Node::Binary {
                op: op.symbol(),
                implicit,
                left: Box::new(convert(left, text, stars)),
                right: Box::new(convert(right, text, stars)),
                start,
                end,
            }
        }
        ExprKind::Call { name, args, .. } => Node::Call {
            name: name.clone(),
            args: args.iter().map(|arg| convert(arg, text, stars)).collect(),
            start,
            end,
        },
    }
}
