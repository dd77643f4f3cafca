//! A Pratt parser (matklad's "Simple but Powerful Pratt Parsing"): tokens to an [`Expr`].
//!
//! Precedence lives in one table, [`infix_binding_power`]. Loosest to tightest: `+ -`,
//! `* /` and implicit multiplication, unary minus, `^` (right-associative, so `2^3^2` is
//! 512 and `-x^2` is −(x²)), superscript powers.

use crate::error::formula::{ErrorKind, FormulaError};
use crate::error::span::Span;
use crate::formula::ast::{BinaryOp, Expr, ExprKind};
use crate::formula::functions;
use crate::formula::lexer::{lex, Token, TokenKind};

/// The longest formula accepted, in bytes.
pub const MAX_FORMULA_BYTES: usize = 10_000;
/// The deepest nesting of parentheses, operators and calls accepted, so that no input can
/// overflow the stack (wasm has 1 MiB of it).
pub const MAX_NESTING: usize = 200;

const PREFIX_MINUS_BP: u8 = 5;
const SUPERSCRIPT_BP: u8 = 9;

/// Parses a formula into its syntax tree.
///
/// ```
/// let tree = hessian_explorer::parse("2w1 - x^2^3").unwrap();
/// assert_eq!(tree.to_string(), "(- (* 2 w1) (^ x (^ 2 3)))");
/// let error = hessian_explorer::parse("sine(x)").unwrap_err();
/// assert_eq!(error.to_string(), "unknown function 'sine' (did you mean 'sin'?)");
/// assert_eq!((error.span.start, error.span.end), (0, 4));
/// ```
pub fn parse(text: &str) -> Result<Expr, FormulaError> {
    if text.len() > MAX_FORMULA_BYTES {
        let span = Span::new(MAX_FORMULA_BYTES, text.len());
        return Err(FormulaError::new(
            ErrorKind::TooLong {
                limit: MAX_FORMULA_BYTES,
            },
            span,
        ));
    }
    let tokens = lex(text);
    if let Some(bad) = tokens.iter().find_map(|token| match &token.kind {
        TokenKind::Error(kind) => Some(FormulaError::new(kind.clone(), token.span)),
        _ => None,
    }) {
        return Err(bad);
    }
    if tokens.len() == 1 {
        return Err(FormulaError::new(
            ErrorKind::Empty,
            Span::new(0, text.len()),
        ));
    }
    let mut parser = Parser {
        text,
        tokens,
        position: 0,
        depth: 0,
    };
    let expr = parser.expression(0)?;
    let token = parser.peek();
    let kind = match &token.kind {
        TokenKind::End => {
            check_tree_depth(&expr)?;
            return Ok(expr);
        }
        TokenKind::RParen => ErrorKind::UnmatchedClose,
        _ => ErrorKind::UnexpectedChar { found: ',' },
    };
    Err(FormulaError::new(kind, token.span))
}

struct Parser<'a> {
    text: &'a str,
    tokens: Vec<Token>,
    position: usize,
    depth: usize,
}

/// Left and right binding power of an infix operator: the one precedence table.
fn infix_binding_power(op: BinaryOp) -> (u8, u8) {
    match op {
        BinaryOp::Add | BinaryOp::Sub => (1, 2),
        BinaryOp::Mul | BinaryOp::Div => (3, 4),
        BinaryOp::Pow => (8, 7),
    }
}

impl Parser<'_> {
    fn peek(&self) -> &Token {
        &self.tokens[self.position.min(self.tokens.len() - 1)]
    }

    fn advance(&mut self) -> Token {
        let token = self.peek().clone();
        if self.position < self.tokens.len() - 1 {
            self.position += 1;
        }
        token
    }

    fn slice(&self, span: Span) -> String {
        self.text
            .get(span.start..span.end)
            .unwrap_or("")
            .to_string()
    }

    fn expression(&mut self, min_bp: u8) -> Result<Expr, FormulaError> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            let span = self.peek().span;
            return Err(FormulaError::new(
                ErrorKind::TooDeep { limit: MAX_NESTING },
                span,
            ));
        }
        let mut lhs = self.prefix()?;
        loop {
            let token = self.peek().clone();
            let (op, implicit) = match token.kind {
                TokenKind::Plus => (BinaryOp::Add, false),
                TokenKind::Minus => (BinaryOp::Sub, false),
                TokenKind::Star => (BinaryOp::Mul, false),
                TokenKind::Slash => (BinaryOp::Div, false),
                TokenKind::Caret => (BinaryOp::Pow, false),
                TokenKind::Name(_) | TokenKind::LParen => (BinaryOp::Mul, true),
                TokenKind::Superscript(exponent) => {
                    if SUPERSCRIPT_BP < min_bp {
                        break;
                    }
                    self.advance();
                    let power = Expr {
                        kind: ExprKind::Number(exponent),
                        span: token.span,
                    };
                    let span = lhs.span.to(token.span);
                    lhs = binary(BinaryOp::Pow, lhs, power, span);
                    continue;
                }
                TokenKind::Number(_) => {
                    let found = self.slice(token.span);
                    let kind = ErrorKind::MissingOperator { found };
                    return Err(FormulaError::new(kind, token.span));
                }
                TokenKind::RParen | TokenKind::Comma | TokenKind::End | TokenKind::Error(_) => {
                    break
                }
            };
            let (left_bp, right_bp) = infix_binding_power(op);
            if left_bp < min_bp {
                break;
            }
            if !implicit {
                self.advance();
            }
            let rhs = self.expression(right_bp)?;
            let span = lhs.span.to(rhs.span);
            lhs = binary(op, lhs, rhs, span);
        }
        self.depth -= 1;
        Ok(lhs)
    }

    fn prefix(&mut self) -> Result<Expr, FormulaError> {
        let token = self.advance();
        match token.kind {
            TokenKind::Number(value) => Ok(Expr {
                kind: ExprKind::Number(value),
                span: token.span,
            }),
            TokenKind::Name(name) => self.name_or_call(name, token.span),
            TokenKind::Minus => {
                let operand = self.expression(PREFIX_MINUS_BP)?;
                let span = token.span.to(operand.span);
                Ok(Expr {
                    kind: ExprKind::Neg(Box::new(operand)),
                    span,
                })
            }
            TokenKind::Plus => {
                let operand = self.expression(PREFIX_MINUS_BP)?;
                let span = token.span.to(operand.span);
                Ok(Expr { span, ..operand })
            }
            TokenKind::LParen => {
                let inner = self.expression(0)?;
                let close = self.expect_close(token.span)?;
                Ok(Expr {
                    span: token.span.to(close),
                    ..inner
                })
            }
            TokenKind::End => {
                // Point at what is left hanging (`x +`, `f(`), not at the empty end.
                let hanging = self.position.checked_sub(1).map(|i| self.tokens[i].span);
                Err(FormulaError::new(
                    ErrorKind::UnexpectedEnd,
                    hanging.unwrap_or(token.span),
                ))
            }
            _ => {
                let found = self.slice(token.span);
                Err(FormulaError::new(
                    ErrorKind::ExpectedOperand { found },
                    token.span,
                ))
            }
        }
    }

    /// A name directly followed by `(` is a call; a known function may have a space before
    /// its `(`. Anything else is a plain name (parameter, data column or constant).
    fn name_or_call(&mut self, name: String, span: Span) -> Result<Expr, FormulaError> {
        let function = functions::lookup(&name);
        let next = self.peek();
        let opens = next.kind == TokenKind::LParen && (function.is_some() || !next.space_before);
        if !opens {
            if function.is_some() {
                return Err(FormulaError::new(
                    ErrorKind::MissingCallParens { name },
                    span,
                ));
            }
            return Ok(Expr {
                kind: ExprKind::Name(name),
                span,
            });
        }
        let Some(function) = function else {
            let kind = if functions::constant(&name).is_some() {
                ErrorKind::ConstantCalled { name }
            } else {
                let suggestion = functions::suggest(&name).map(str::to_string);
                ErrorKind::UnknownFunction { name, suggestion }
            };
            return Err(FormulaError::new(kind, span));
        };
        let open = self.advance().span;
        let mut args = Vec::new();
        if self.peek().kind != TokenKind::RParen {
            loop {
                args.push(self.expression(0)?);
                if self.peek().kind != TokenKind::Comma {
                    break;
                }
                self.advance();
            }
        }
        let close = self.expect_close(open)?;
        let call_span = span.to(close);
        if args.len() != function.arity() {
            let kind = ErrorKind::WrongArity {
                name,
                expected: function.arity(),
                found: args.len(),
            };
            return Err(FormulaError::new(kind, call_span));
        }
        Ok(Expr {
            kind: ExprKind::Call {
                name,
                name_span: span,
                args,
            },
            span: call_span,
        })
    }

    /// Consumes the `)` that closes the `(` at `open`, or explains what came instead.
    fn expect_close(&mut self, open: Span) -> Result<Span, FormulaError> {
        let token = self.peek().clone();
        if token.kind == TokenKind::RParen {
            self.advance();
            return Ok(token.span);
        }
        let column = open.column(self.text);
        if token.kind == TokenKind::End {
            let kind = ErrorKind::UnclosedParen {
                column,
                found: None,
            };
            return Err(FormulaError::new(kind, open));
        }
        let kind = ErrorKind::UnclosedParen {
            column,
            found: Some(self.slice(token.span)),
        };
        Err(FormulaError::new(kind, token.span))
    }
}

fn binary(op: BinaryOp, lhs: Expr, rhs: Expr, span: Span) -> Expr {
    Expr {
        kind: ExprKind::Binary(op, Box::new(lhs), Box::new(rhs)),
        span,
    }
}

/// Long chains such as `1+1+…+1` are parsed without recursion but make a deep tree; later
/// passes recurse over the tree, so its depth is bounded too. Checked without recursion.
fn check_tree_depth(expr: &Expr) -> Result<(), FormulaError> {
    const MAX_TREE_DEPTH: usize = 4 * MAX_NESTING;
    let mut stack = vec![(expr, 1usize)];
    while let Some((node, depth)) = stack.pop() {
        if depth > MAX_TREE_DEPTH {
            let kind = ErrorKind::TooDeep {
                limit: MAX_TREE_DEPTH,
            };
            return Err(FormulaError::new(kind, node.span));
        }
        match &node.kind {
            ExprKind::Number(_) | ExprKind::Name(_) => {}
            ExprKind::Neg(operand) => stack.push((operand, depth + 1)),
            ExprKind::Binary(_, left, right) => {
                stack.push((left, depth + 1));
                stack.push((right, depth + 1));
            }
            ExprKind::Call { args, .. } => stack.extend(args.iter().map(|arg| (arg, depth + 1))),
        }
    }
    Ok(())
}
