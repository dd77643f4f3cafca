//! Conversions between JavaScript values and the core's types, and the one place a JS
//! `Error` is built: every failure becomes an `Error` with a stable `code` and a message in
//! the caller's language (never a panic, which would kill the module for the whole page).

use js_sys::{Array, Object, Reflect};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::error::argument::ArgumentError;
use crate::error::formula::{ErrorKind, FormulaError};
use crate::error::network::NetworkError;
use crate::error::span::{Lang, Span};
use crate::formula::compile::{MAX_DATA_VALUES, MAX_PARAMS};
use crate::formula::data::Data;
use crate::formula::parser::MAX_FORMULA_BYTES;
use crate::loss::budget::MAX_DATA_ROWS;

/// The most columns a data table may have: far more than any uses.
pub const MAX_OPTION_KEYS: usize = 1000;
/// The longest string option (an axis name, a method): far longer than any parameter's name.
pub const MAX_OPTION_TEXT: usize = 1000;
/// Formulas longer than this (UTF-16 units) are refused before they are copied into wasm;
/// shorter ones reach the parser, whose error carries the exact span.
const MAX_FORMULA_COPY: usize = 100 * MAX_FORMULA_BYTES;

/// The longest array an options object may hold (θ, `at`, `u`, `v`, ranges): longer than any
/// loss has parameters, short enough to copy safely.
pub const MAX_OPTION_ARRAY: usize = 4 * MAX_PARAMS;

/// A JS `Error` with `message` and `code`, plus any further properties.
fn js_error(message: &str, code: &str, extra: &[(&str, JsValue)]) -> JsValue {
    let error = js_sys::Error::new(message);
    set(&error, "code", &code.into());
    for (key, value) in extra {
        set(&error, key, value);
    }
    error.into()
}

fn set(target: &JsValue, key: &str, value: &JsValue) {
    // Setting a property on a fresh Error cannot fail; there is nothing to do if it did.
    let _ = Reflect::set(target, &key.into(), value);
}

/// A wrong argument as a JS `Error` in `lang`.
pub fn argument_error(error: &ArgumentError, lang: Lang) -> JsValue {
    js_error(&error.message(lang), error.code(), &[])
}

/// A network, dataset or experiment error as a JS `Error` in `lang` (a data-table error
/// keeps its own code, e.g. `data_length`).
pub fn network_error(error: &NetworkError, lang: Lang) -> JsValue {
    js_error(&error.message(lang), error.code(), &[])
}

/// A formula error as a JS `Error` whose `start`/`end` are UTF-16 offsets into `formula`
/// (so `formula.slice(start, end)` is the culprit) and which carries both languages' words
/// as `en` and `zh`.
pub fn formula_error(error: &FormulaError, formula: &str, lang: Lang) -> JsValue {
    formula_error_at(error, error.span.to_utf16(formula), lang)
}

/// A formula error as a JS `Error` at UTF-16 offsets `(start, end)`.
fn formula_error_at(error: &FormulaError, (start, end): (usize, usize), lang: Lang) -> JsValue {
    js_error(
        &error.message(lang),
        error.code(),
        &[
            ("start", (start as f64).into()),
            ("end", (end as f64).into()),
            ("en", error.message(Lang::En).into()),
            ("zh", error.message(Lang::Zh).into()),
        ],
    )
}

/// The formula from a JS value: a string, refused without copying when it is far longer than
/// any formula accepted (parsing gives the exact error, with its span, for the rest).
pub fn formula_text(value: &JsValue, lang: Lang) -> Result<String, JsValue> {
    let Some(text) = value.dyn_ref::<js_sys::JsString>() else {
        return Err(argument_error(
            &ArgumentError::NotAString { what: "formula" },
            lang,
        ));
    };
    let units = text.length() as usize;
    if units > MAX_FORMULA_COPY {
        let kind = ErrorKind::TooLong {
            limit: MAX_FORMULA_BYTES,
        };
        let error = FormulaError::new(kind, Span::default());
        // Offsets in UTF-16 units: from the limit to the end.
        return Err(formula_error_at(&error, (MAX_FORMULA_BYTES, units), lang));
    }
    Ok(String::from(text))
}

/// `loss` with the `workLimit` option applied: steps of work one call may take (a Web
/// Worker raises it; `Infinity` is no limit, as `as` saturates).
pub fn with_work_limit(
    loss: crate::Loss,
    limit: Option<f64>,
    lang: Lang,
) -> Result<crate::Loss, JsValue> {
    match limit {
        None => Ok(loss),
        Some(limit) if limit.is_nan() || limit < 0.0 => {
            let what = "workLimit";
            Err(argument_error(&ArgumentError::NotFinite { what }, lang))
        }
        Some(limit) => Ok(loss.with_work_limit(limit as u64)),
    }
}

/// A grid side from a JS number: a whole number within bounds.
pub fn count(value: f64, what: &'static str) -> Result<usize, ArgumentError> {
    let max = crate::loss::MAX_GRID_SIDE;
    if value.fract() != 0.0 || !(0.0..=max as f64).contains(&value) {
        let found = if value.is_finite() && value > 0.0 {
            value.min(usize::MAX as f64) as usize
        } else {
            0
        };
        return Err(ArgumentError::BadResolution {
            what,
            min: 2,
            max,
            found,
        });
    }
    Ok(value as usize)
}

/// A result of the core as a JS value; `undefined` fields become `null`.
pub fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    value.serialize(&serializer).map_err(|e| {
        let error = ArgumentError::BadOptions {
            what: "result",
            detail: e.to_string(),
        };
        argument_error(&error, Lang::En)
    })
}

/// The `length` of a JS value that has one (an array, a typed array, a string), read
/// without copying it into wasm.
pub fn js_length(value: &JsValue) -> Option<f64> {
    if let Some(text) = value.dyn_ref::<js_sys::JsString>() {
        return Some(f64::from(text.length()));
    }
    if !value.is_object() {
        return None;
    }
    Reflect::get(value, &"length".into()).ok()?.as_f64()
}

/// The shape an option must have, checked before it is read: a long or deeply nested value
/// in the wrong place is refused with a short message, never copied nor quoted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Field {
    /// A JS number.
    Number,
    /// `true` or `false`.
    Bool,
    /// A string of at most [`MAX_OPTION_TEXT`] characters.
    Text,
    /// Two numbers: `[a, b]`.
    Range,
    /// At most [`MAX_OPTION_ARRAY`] numbers (an array or a typed array).
    Numbers,
    /// At most [`MAX_OPTION_ARRAY`] strings of at most [`MAX_OPTION_TEXT`] characters.
    Texts,
    /// An object with these fields (the others are not read).
    Record(&'static [(&'static str, Field)]),
}

impl Field {
    fn describe(self) -> String {
        match self {
            Field::Number => "a number".into(),
            Field::Bool => "true or false".into(),
            Field::Text => format!("a string of at most {MAX_OPTION_TEXT} characters"),
            Field::Range => "two numbers [a, b]".into(),
            Field::Numbers => format!("an array of at most {MAX_OPTION_ARRAY} numbers"),
            Field::Texts => format!("an array of at most {MAX_OPTION_ARRAY} strings"),
            Field::Record(_) => "an object".into(),
        }
    }

    /// A string short enough to copy into wasm (its length is read on the JS side).
    pub(crate) fn is_text(value: &JsValue) -> bool {
        value.is_string() && js_length(value).is_some_and(|n| n <= MAX_OPTION_TEXT as f64)
    }

    /// `value` if it has this shape (a record rebuilt with its known fields only), else what
    /// is wrong with it, naming the field.
    fn clean(self, name: &str, value: &JsValue) -> Result<JsValue, String> {
        let fits = match self {
            Field::Number => value.as_f64().is_some(),
            Field::Bool => value.as_bool().is_some(),
            Field::Text => Field::is_text(value),
            Field::Range => numbers(value).is_some_and(|v| v.len() == 2),
            Field::Numbers => numbers(value).is_some(),
            Field::Texts => {
                Array::is_array(value)
                    && js_length(value).is_some_and(|n| n <= MAX_OPTION_ARRAY as f64)
                    && Array::from(value).iter().all(|item| Field::is_text(&item))
            }
            Field::Record(fields) => return known_fields(value, fields).map(JsValue::from),
        };
        if fits {
            Ok(value.clone())
        } else {
            Err(format!("'{name}' must be {}", self.describe()))
        }
    }
}

/// A fresh object with the `fields` of `value` that are set, each checked against its shape.
fn known_fields(value: &JsValue, fields: &[(&'static str, Field)]) -> Result<Object, String> {
    if !value.is_object() || Array::is_array(value) || js_sys::ArrayBuffer::is_view(value) {
        return Err("an object is expected".into());
    }
    // Only the known fields are looked up: the object's other keys (a million of them, `data`)
    // are never enumerated nor read.
    let known = Object::new();
    for &(name, field) in fields {
        let option = Reflect::get(value, &name.into()).unwrap_or(JsValue::UNDEFINED);
        if option.is_undefined() || option.is_null() {
            continue;
        }
        set(&known, name, &field.clean(name, &option)?);
    }
    Ok(known)
}

/// The options an options struct reads, with their shapes (camelCase, as in JavaScript).
pub trait OptionFields {
    const FIELDS: &'static [(&'static str, Field)];
}

/// The numbers of an array or typed array of at most [`MAX_OPTION_ARRAY`] numbers, read
/// without copying anything longer.
pub fn numbers(value: &JsValue) -> Option<Vec<f64>> {
    numbers_up_to(value, MAX_OPTION_ARRAY)
}

/// The numbers of an array or typed array of at most `max` numbers; `None` for anything
/// else (checked before anything is copied, element by element, never quoted).
pub fn numbers_up_to(value: &JsValue, max: usize) -> Option<Vec<f64>> {
    if let Some(typed) = value.dyn_ref::<js_sys::Float64Array>() {
        return (typed.length() as usize <= max).then(|| typed.to_vec());
    }
    if !(Array::is_array(value) || js_sys::ArrayBuffer::is_view(value)) {
        return None;
    }
    let length = js_length(value)?;
    if length > max as f64 {
        return None;
    }
    (0..length as u32)
        .map(|i| Reflect::get_u32(value, i).ok()?.as_f64())
        .collect()
}

/// Reads an options object; `undefined` or `null` gives the defaults. Only the fields `T`
/// knows are read, each checked against its shape first (see [`Field`]).
pub fn options_from<T: DeserializeOwned + Default + OptionFields>(
    value: &JsValue,
    lang: Lang,
    what: &'static str,
) -> Result<T, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    let refuse = |detail: String| argument_error(&ArgumentError::BadOptions { what, detail }, lang);
    let known = known_fields(value, T::FIELDS).map_err(refuse)?;
    serde_wasm_bindgen::from_value(known.into()).map_err(|e| refuse(e.to_string()))
}

/// The keys of a data table, refusing arrays and objects with more than [`MAX_OPTION_KEYS`]
/// keys before reading any value.
fn plain_object_keys(value: &JsValue, lang: Lang, what: &'static str) -> Result<Array, JsValue> {
    let refuse = |detail: String| argument_error(&ArgumentError::BadOptions { what, detail }, lang);
    if Array::is_array(value) || js_sys::ArrayBuffer::is_view(value) {
        return Err(refuse("an object is expected, not an array".into()));
    }
    let keys = Object::keys(value.unchecked_ref::<Object>());
    if keys.length() as usize > MAX_OPTION_KEYS {
        return Err(refuse(format!("more than {MAX_OPTION_KEYS} keys")));
    }
    Ok(keys)
}

/// The `data` option: an object of columns, read in its own key order.
pub fn data_from(options: &JsValue, lang: Lang) -> Result<Data, JsValue> {
    let mut data = Data::new();
    if !options.is_object() {
        return Ok(data);
    }
    let columns = Reflect::get(options, &"data".into()).unwrap_or(JsValue::UNDEFINED);
    if columns.is_undefined() || columns.is_null() {
        return Ok(data);
    }
    let bad = |column: Option<String>| argument_error(&ArgumentError::BadData { column }, lang);
    let Some(columns) = columns.dyn_ref::<Object>() else {
        return Err(bad(None));
    };
    if plain_object_keys(columns, lang, "data").is_err() {
        return Err(bad(None));
    }
    let mut values_so_far = 0usize;
    for entry in Object::entries(columns).iter() {
        let pair = Array::from(&entry);
        let name = pair.get(0).as_string().unwrap_or_default();
        let column = pair.get(1);
        let length = js_length(&column);
        values_so_far =
            values_so_far.saturating_add(length.unwrap_or(0.0).min(usize::MAX as f64) as usize);
        if values_so_far > MAX_DATA_VALUES {
            let error = ArgumentError::TooMuchData {
                values: values_so_far,
                limit: MAX_DATA_VALUES,
            };
            return Err(argument_error(&error, lang));
        }
        let array_like = Array::is_array(&column) || js_sys::ArrayBuffer::is_view(&column);
        if let Some(rows) = length.filter(|&n| array_like && n > MAX_DATA_ROWS as f64) {
            let error = ArgumentError::TooManyRows {
                column: name,
                rows: rows as usize,
                limit: MAX_DATA_ROWS,
            };
            return Err(argument_error(&error, lang));
        }
        let values =
            numbers_up_to(&column, MAX_DATA_ROWS).ok_or_else(|| bad(Some(name.clone())))?;
        data = data.with_column(name, values);
    }
    Ok(data)
}

/// A whole number in 0..2⁵³ from any JS value: numbers and BigInts truncated, taken modulo
/// 2⁵³ (every whole number below is exactly a JS number), anything else 0.
pub fn whole_number(value: &JsValue) -> u64 {
    let x = if value.is_bigint() {
        js_sys::BigInt::unchecked_from_js_ref(value)
            .to_string(10)
            .ok()
            .and_then(|text| String::from(text).parse::<f64>().ok())
            .unwrap_or(0.0)
    } else {
        value.as_f64().unwrap_or(0.0)
    };
    whole_of(x)
}

/// [`whole_number`] of a JS number: its whole part modulo 2⁵³, 0 when not finite. Seeds and
/// indices are read so everywhere, so one seed gives one dataset and one start in every call.
pub fn whole_of(x: f64) -> u64 {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2⁵³: every whole number below is a JS number
    if x.is_finite() {
        (x.abs().floor() % EXACT) as u64
    } else {
        0
    }
}
