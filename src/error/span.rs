//! Where an error is (a [`Span`] of the formula) and which language to word it in.

/// A half-open range of **byte** offsets into the formula text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The smallest span that covers both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The same span in UTF-16 code units, the unit of JavaScript string indices, so that
    /// `formula.slice(start, end)` in JS is the culprit even after `θ` or `w₁`.
    ///
    /// ```
    /// use hessian_explorer::Span;
    /// let text = "θ₁ + (";
    /// let paren = Span::new(text.find('(').unwrap(), text.len());
    /// assert_eq!(paren.to_utf16(text), (5, 6));
    /// ```
    pub fn to_utf16(self, text: &str) -> (usize, usize) {
        let units = |byte: usize| {
            let byte = floor_char_boundary(text, byte);
            text[..byte].encode_utf16().count()
        };
        (units(self.start), units(self.end))
    }

    /// 1-based position in characters, as a reader counts ("the '(' at 5").
    pub fn column(self, text: &str) -> usize {
        let byte = floor_char_boundary(text, self.start);
        text[..byte].chars().count() + 1
    }
}

fn floor_char_boundary(text: &str, byte: usize) -> usize {
    let mut byte = byte.min(text.len());
    while !text.is_char_boundary(byte) {
        byte -= 1;
    }
    byte
}

/// The language of messages shown to the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    /// `"zh"`, `"zh-CN"`, `"zh-Hans"` … give Chinese; anything else English.
    pub fn parse(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }
}
