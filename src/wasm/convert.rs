//! Conversions between JavaScript values and the core's types, and the one place a JS
//! `Error` is built: every failure becomes an `Error` with a stable `code` and a message in
//! the caller's language (never a panic, which would kill the module for the whole page).

use js_sys::{Array, Object, Reflect};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::error::argument::ArgumentError;
use crate::error::formula::FormulaError;
use crate::error::network::NetworkError;
use crate::error::span::Lang;
use crate::formula::data::Data;

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

/// Reads an options object; `undefined` or `null` gives the defaults.
pub fn options_from<T: DeserializeOwned + Default>(
    value: &JsValue,
    lang: Lang,
    what: &'static str,
) -> Result<T, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
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
        let values: Vec<f64> =
            serde_wasm_bindgen::from_value(pair.get(1)).map_err(|_| bad(Some(name.clone())))?;
        data = data.with_column(name, values);
    }
    Ok(data)
}
