//! `parseFormula(text, { lang })`: the formula's syntax tree as the engine read it, for the
//! page to show under the formula box (see `crate::formula::tree` for its shape).

use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::error::span::Lang;
use crate::formula::tree::formula_tree;
use crate::wasm::convert::{formula_error, formula_text, options_from, to_js, Field, OptionFields};

/// Options of `parseFormula(text, options)`.
#[derive(Deserialize, Default)]
struct ParseOptions {
    lang: Option<String>,
}

impl OptionFields for ParseOptions {
    const FIELDS: &'static [(&'static str, Field)] = &[("lang", Field::Text)];
}

/// `parseFormula(text, { lang })`: `{ type: "binary", op: "*", implicit: true, left, right,
/// start, end }` and so on down to numbers and names; a bad formula throws the same `Error`
/// as `new Loss` (code, message in `lang`, `start`/`end`).
#[wasm_bindgen(js_name = parseFormula)]
pub fn parse_formula(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let options: ParseOptions = options_from(&options, Lang::En, "parseFormula")?;
    let lang = options.lang.as_deref().map_or(Lang::En, Lang::parse);
    // Read like `new Loss`'s formula: a string, refused before a huge one is copied in.
    let text = formula_text(&text, lang)?;
    let tree = formula_tree(&text).map_err(|e| formula_error(&e, &text, lang))?;
    to_js(&tree)
}
