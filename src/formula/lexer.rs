//! The lexer: formula text to tokens with spans. It never fails: a character with no meaning
//! becomes an [`TokenKind::Error`] token, and the parser reports it with its span.
//!
//! Besides ASCII it reads what people paste from notes: `−` (U+2212) as minus, `×` and `·` as
//! times, `÷` as divide, `**` as power, superscript digits (`x²`) as powers, and subscript
//! digits in names (`w₁` is the name `w1`). A Chinese input method's full-width forms
//! (`（ ） ＋ ＊ ， ｗ１`, U+FF01–FF5E) and the ideographic space (U+3000) read as their ASCII
//! twins; spans still point at the characters as typed.

use crate::error::formula::ErrorKind;
use crate::error::span::Span;

#[derive(Clone, Debug, PartialEq)]
pub enum TokenKind {
    Number(f64),
    /// A name, with subscript digits already turned into ASCII digits.
    Name(String),
    Plus,
    Minus,
    Star,
    Slash,
    Caret,
    /// A superscript exponent such as `²` or `¹⁰`.
    Superscript(f64),
    LParen,
    RParen,
    Comma,
    /// Something that is not a token; the parser turns it into this error.
    Error(ErrorKind),
    End,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
    /// White space stands right before this token (so `f (x)` is not `f(x)`).
    pub space_before: bool,
}

/// Splits `text` into tokens; the last one is always [`TokenKind::End`]. Spans are byte
/// offsets into `text` as given, full-width characters included.
pub fn lex(text: &str) -> Vec<Token> {
    let (folded, origin) = fold_full_width(text);
    let mut tokens = lex_folded(&folded);
    for token in &mut tokens {
        token.span = Span::new(origin[token.span.start], origin[token.span.end]);
    }
    tokens
}

/// `text` with full-width ASCII forms and the ideographic space replaced by their ASCII
/// twins, and for each byte of the result (and one past its end) the byte offset in `text`
/// of the character it came from.
fn fold_full_width(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    for (offset, c) in text.char_indices() {
        let c = ascii_twin(c).unwrap_or(c);
        let before = folded.len();
        folded.push(c);
        origin.extend(std::iter::repeat_n(offset, folded.len() - before));
    }
    origin.push(text.len());
    (folded, origin)
}

/// The ASCII character a full-width form (U+FF01–FF5E) or the ideographic space stands for.
fn ascii_twin(c: char) -> Option<char> {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFF01 + 0x21),
        '\u{3000}' => Some(' '),
        _ => None,
    }
}

fn lex_folded(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut space_before = false;
    while let Some(&(start, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            space_before = true;
            continue;
        }
        let kind = if c.is_ascii_digit() || (c == '.' && next_is_digit(text, start + 1)) {
            lex_number(text, start, &mut chars)
        } else if is_name_start(c) {
            lex_name(&mut chars)
        } else if let Some(digit) = superscript_digit(c) {
            let mut value = f64::from(digit);
            chars.next();
            while let Some(d) = chars.peek().and_then(|&(_, c)| superscript_digit(c)) {
                value = value * 10.0 + f64::from(d);
                chars.next();
            }
            TokenKind::Superscript(value)
        } else {
            chars.next();
            match c {
                '+' => TokenKind::Plus,
                '-' | '−' | '–' => TokenKind::Minus,
                '*' if chars.peek().map(|&(_, c)| c) == Some('*') => {
                    chars.next();
                    TokenKind::Caret
                }
                '*' | '×' | '·' | '⋅' => TokenKind::Star,
                '/' | '÷' => TokenKind::Slash,
                '^' => TokenKind::Caret,
                '(' => TokenKind::LParen,
                ')' => TokenKind::RParen,
                ',' => TokenKind::Comma,
                other => TokenKind::Error(ErrorKind::UnexpectedChar { found: other }),
            }
        };
        let end = chars.peek().map_or(text.len(), |&(i, _)| i);
        tokens.push(Token {
            kind,
            span: Span::new(start, end),
            space_before,
        });
        space_before = false;
    }
    tokens.push(Token {
        kind: TokenKind::End,
        span: Span::new(text.len(), text.len()),
        space_before,
    });
    tokens
}

fn next_is_digit(text: &str, byte: usize) -> bool {
    text.as_bytes().get(byte).is_some_and(u8::is_ascii_digit)
}

type Chars<'a> = std::iter::Peekable<std::str::CharIndices<'a>>;

/// Reads `12`, `2.5`, `.5`, `1e-3`. An `e` starts an exponent only when a digit follows
/// (after an optional sign), so `2e` is 2·e and `2ex` is 2·ex.
fn lex_number(text: &str, start: usize, chars: &mut Chars) -> TokenKind {
    let bytes = text.as_bytes();
    let mut end = start;
    while end < bytes.len() && bytes[end].is_ascii_digit() {
        end += 1;
    }
    if end < bytes.len() && bytes[end] == b'.' {
        end += 1;
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
    }
    if end < bytes.len() && (bytes[end] == b'e' || bytes[end] == b'E') {
        let mut exponent = end + 1;
        if exponent < bytes.len() && (bytes[exponent] == b'+' || bytes[exponent] == b'-') {
            exponent += 1;
        }
        if exponent < bytes.len() && bytes[exponent].is_ascii_digit() {
            end = exponent;
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                end += 1;
            }
        }
    }
    // `1.2.3` or `1e5.2`: swallow the rest of the run so the error covers all of it.
    let mut invalid = false;
    while end < bytes.len() && (bytes[end] == b'.' || (invalid && bytes[end].is_ascii_digit())) {
        invalid = true;
        end += 1;
    }
    while chars.peek().is_some_and(|&(i, _)| i < end) {
        chars.next();
    }
    let literal = &text[start..end];
    if invalid {
        return TokenKind::Error(ErrorKind::InvalidNumber {
            text: literal.to_string(),
        });
    }
    match literal.parse::<f64>() {
        Ok(value) if value.is_finite() => TokenKind::Number(value),
        Ok(_) => TokenKind::Error(ErrorKind::NumberOutOfRange {
            text: literal.to_string(),
        }),
        Err(_) => TokenKind::Error(ErrorKind::InvalidNumber {
            text: literal.to_string(),
        }),
    }
}

/// A name ends after its subscript digits, so `w₁w₂x` reads as w₁·w₂·x, as a reader sees it.
fn lex_name(chars: &mut Chars) -> TokenKind {
    let mut name = String::new();
    let mut subscripted = false;
    while let Some(&(_, c)) = chars.peek() {
        if let Some(digit) = subscript_digit(c) {
            name.push(char::from(b'0' + digit));
            subscripted = true;
        } else if subscripted {
            break;
        } else if is_name_continue(c) {
            name.push(c);
        } else {
            break;
        }
        chars.next();
    }
    TokenKind::Name(name)
}

/// Letters of any script (`w`, `θ`, `ŷ`) and `_` start a name.
pub fn is_name_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

/// Letters, digits, `_`, subscript digits and combining accents (`y` + U+0302 is `ŷ`).
pub fn is_name_continue(c: char) -> bool {
    superscript_digit(c).is_none() && c.is_alphanumeric()
        || c == '_'
        || subscript_digit(c).is_some()
        || is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

fn subscript_digit(c: char) -> Option<u8> {
    match c {
        '₀'..='₉' => Some((c as u32 - '₀' as u32) as u8),
        _ => None,
    }
}

fn superscript_digit(c: char) -> Option<u8> {
    match c {
        '⁰' => Some(0),
        '¹' => Some(1),
        '²' => Some(2),
        '³' => Some(3),
        '⁴'..='⁹' => Some((c as u32 - '⁴' as u32) as u8 + 4),
        _ => None,
    }
}

/// Turns a user-typed name into the name the formula language uses: subscript digits become
/// ASCII digits and surrounding white space goes. Returns `None` when it is not a valid name.
pub fn normalize_name(text: &str) -> Option<String> {
    let (folded, _) = fold_full_width(text);
    let text = folded.trim();
    let mut chars = text.chars();
    let first = chars.next()?;
    if !is_name_start(first) {
        return None;
    }
    let mut name = String::new();
    for c in text.chars() {
        match subscript_digit(c) {
            Some(digit) => name.push(char::from(b'0' + digit)),
            None if is_name_continue(c) => name.push(c),
            None => return None,
        }
    }
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<TokenKind> {
        lex(text).into_iter().map(|t| t.kind).collect()
    }

    #[test]
    fn numbers_and_names() {
        use TokenKind::*;
        assert_eq!(kinds("2.5e-3"), vec![Number(2.5e-3), End]);
        assert_eq!(kinds("2e"), vec![Number(2.0), Name("e".into()), End]);
        assert_eq!(kinds("w₁₂"), vec![Name("w12".into()), End]);
        assert_eq!(kinds("x²"), vec![Name("x".into()), Superscript(2.0), End]);
        assert_eq!(
            kinds("a**b"),
            vec![Name("a".into()), Caret, Name("b".into()), End]
        );
        assert!(matches!(
            kinds("1.2.3")[0],
            Error(ErrorKind::InvalidNumber { .. })
        ));
        assert!(matches!(
            kinds("$")[0],
            Error(ErrorKind::UnexpectedChar { found: '$' })
        ));
    }

    /// What a Chinese input method types reads as ASCII, and spans cover what was typed.
    #[test]
    fn full_width_forms_read_as_ascii() {
        use TokenKind::*;
        assert_eq!(
            kinds("（ｗ１＋２）＊３，"),
            vec![
                LParen,
                Name("w1".into()),
                Plus,
                Number(2.0),
                RParen,
                Star,
                Number(3.0),
                Comma,
                End
            ]
        );
        let text = "x\u{3000}＋　$";
        let tokens = lex(text);
        assert_eq!(tokens[1].kind, Plus);
        assert_eq!(&text[tokens[1].span.start..tokens[1].span.end], "＋");
        assert!(tokens[1].space_before);
        assert_eq!(&text[tokens[2].span.start..tokens[2].span.end], "$");
        assert_eq!(normalize_name("ｗ１"), Some("w1".into()));
    }

    #[test]
    fn spans_are_bytes() {
        let tokens = lex("θ + 1");
        assert_eq!(tokens[0].span, Span::new(0, 2));
        assert_eq!(tokens[2].span, Span::new(5, 6));
        assert!(tokens[2].space_before);
    }
}
