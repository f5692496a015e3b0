//! The WebAssembly binding: the only file that names `wasm_bindgen`. Each export deserializes
//! the options, calls the core and serializes the `newslens/1` view; it adds no logic.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{json::Document, Options};

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Analyses `text` and returns the `newslens/1` object. `options` may be undefined, null or an
/// object such as `{offsets: "codepoint"}`; anything else throws an `Error` that says why.
#[wasm_bindgen(js_name = analyze, skip_typescript)]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options = parse_options(options)?;
    let analysis = crate::analyze(text, &options);
    let document = Document::new(text, &analysis, options.offsets);
    // json_compatible: None becomes null (not undefined) and maps become plain objects.
    document
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|error| JsError::new(&format!("newslens: could not build the result: {error}")))
}

fn parse_options(options: JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    if !options.is_object() || js_sys::Array::is_array(&options) {
        return Err(JsError::new(
            "newslens: options must be an object such as {offsets: \"utf16\"}",
        ));
    }
    // Through serde_json, because serde_wasm_bindgen reads only the known keys of an object and
    // so cannot honour `deny_unknown_fields`: {offset: "utf16"} must fail, not pass silently.
    let value: serde_json::Value = serde_wasm_bindgen::from_value(options)
        .map_err(|error| JsError::new(&format!("newslens: bad options: {error}")))?;
    serde_json::from_value(value).map_err(|error| {
        JsError::new(&format!(
            "newslens: bad options: {error} (known options: offsets = \"utf16\" | \"codepoint\" | \"byte\")"
        ))
    })
}
