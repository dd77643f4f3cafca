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
use crate::formula::data::Data;
use crate::loss::budget::{MAX_DATA_ROWS, MAX_FORMULA_BYTES, MAX_PARAMS};

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
    let (start, end) = error.span.to_utf16(formula);
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
        return Err(js_error(
            &error.message(lang),
            error.code(),
            &[
                ("start", (MAX_FORMULA_BYTES as f64).into()),
                ("end", (units as f64).into()),
                ("en", error.message(Lang::En).into()),
                ("zh", error.message(Lang::Zh).into()),
            ],
        ));
    }
    Ok(String::from(text))
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

/// Reads an options object; `undefined` or `null` gives the defaults. An array in it longer
/// than [`MAX_OPTION_ARRAY`] is refused before it is copied into wasm (an allocation that
/// fails would kill the module).
pub fn options_from<T: DeserializeOwned + Default>(
    value: &JsValue,
    lang: Lang,
    what: &'static str,
) -> Result<T, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    if let Some(object) = value.dyn_ref::<Object>() {
        for key in Object::keys(object).iter() {
            let field = Reflect::get(value, &key).unwrap_or(JsValue::UNDEFINED);
            if key.as_string().as_deref() != Some("data")
                && js_length(&field).is_some_and(|n| n > MAX_OPTION_ARRAY as f64)
            {
                let detail = format!(
                    "'{}' has more than {MAX_OPTION_ARRAY} entries",
                    key.as_string().unwrap_or_default()
                );
                return Err(argument_error(
                    &ArgumentError::BadOptions { what, detail },
                    lang,
                ));
            }
        }
    }
    serde_wasm_bindgen::from_value(value.clone()).map_err(|e| {
        let detail = e.to_string();
        argument_error(&ArgumentError::BadOptions { what, detail }, lang)
    })
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
    for entry in Object::entries(columns).iter() {
        let pair = Array::from(&entry);
        let name = pair.get(0).as_string().unwrap_or_default();
        if let Some(rows) = js_length(&pair.get(1)).filter(|&n| n > MAX_DATA_ROWS as f64) {
            let error = ArgumentError::TooManyRows {
                column: name,
                rows: rows as usize,
                limit: MAX_DATA_ROWS,
            };
            return Err(argument_error(&error, lang));
        }
        let values: Vec<f64> =
            serde_wasm_bindgen::from_value(pair.get(1)).map_err(|_| bad(Some(name.clone())))?;
        data = data.with_column(name, values);
    }
    Ok(data)
}

/// A whole number in 0..2⁵³ from any JS value: numbers and BigInts truncated, taken modulo
/// 2⁵³ (every whole number below is exactly a JS number), anything else 0.
pub fn whole_number(value: &JsValue) -> u64 {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2⁵³: every whole number below is a JS number
    let x = if value.is_bigint() {
        js_sys::BigInt::unchecked_from_js_ref(value)
            .to_string(10)
            .ok()
            .and_then(|text| String::from(text).parse::<f64>().ok())
            .unwrap_or(0.0)
    } else {
        value.as_f64().unwrap_or(0.0)
    };
    if x.is_finite() {
        (x.abs().floor() % EXACT) as u64
    } else {
        0
    }
}

/// The options without `data`, which `data_from` reads column by column with its limits.
pub fn without_data(options: &JsValue) -> JsValue {
    let Some(object) = options.dyn_ref::<js_sys::Object>() else {
        return options.clone();
    };
    let copy = js_sys::Object::assign(&js_sys::Object::new(), object);
    let _ = js_sys::Reflect::delete_property(&copy, &"data".into());
    copy.into()
}
