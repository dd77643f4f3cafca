//! From formula text to a tape: [`lexer`] (never fails: unknown characters are error
//! tokens) → [`parser`] (Pratt, with spans, into an [`ast`]) → [`compile`] (names resolved
//! against [`functions`] and the [`data`] table, `sum`/`mean` expanded, constants folded)
//! → [`rewrite`] (exp/log pairs in their stable forms, unused steps dropped) → [`tape`], the
//! flat instruction list every evaluator walks.

pub mod ast;
pub mod compile;
pub mod data;
pub mod functions;
pub mod lexer;
pub mod names;
pub mod parser;
pub mod rewrite;
pub mod tape;

pub use compile::{MAX_PARAMS, MAX_TAPE_LEN};
pub use data::Data;
pub use parser::{parse, MAX_FORMULA_BYTES, MAX_NESTING};
pub use tape::Tape;
