//! Errors as data: what went wrong, where in the formula, in the user's language.
//!
//! Every error has a stable `code` and a message worded once per language in the
//! [`messages`] table; a formula error also carries a [`Span`] of byte offsets into the
//! formula, which [`Span::to_utf16`] turns into JavaScript string indices.

pub mod argument;
pub mod formula;
pub mod messages;
pub mod network;
pub mod span;

pub use argument::ArgumentError;
pub use formula::{ErrorKind, FormulaError};
pub use network::NetworkError;
pub use span::{Lang, Span};
