//! The WebAssembly binding: the only file that names `wasm_bindgen`. Each export reads the
//! options, calls the core and serializes the `newslens/1` view; it adds no logic.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{json::Document, OffsetUnit, Options};

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
    // Read by hand rather than through serde: the serde path (and its error messages, which
    // format floats) cost a tenth of the wasm for one optional key. Unknown keys are an error,
    // so {offset: "utf16"} fails instead of passing silently.
    let mut parsed = Options::default();
    for key in js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>()) {
        let key = key.as_string().unwrap_or_default();
        if key != "offsets" {
            return Err(JsError::new(&format!(
                "newslens: bad options: unknown field `{key}`, {KNOWN}"
            )));
        }
        let value = js_sys::Reflect::get(&options, &JsValue::from_str("offsets"))
            .ok()
            .and_then(|value| value.as_string());
        parsed.offsets = value
            .as_deref()
            .and_then(OffsetUnit::from_name)
            .ok_or_else(|| {
                let given = value.map_or(String::new(), |v| format!(", not \"{v}\""));
                JsError::new(&format!(
                    "newslens: bad options: offsets must be {UNITS}{given}"
                ))
            })?;
    }
    Ok(parsed)
}

const UNITS: &str = "\"utf16\", \"codepoint\" or \"byte\"";
const KNOWN: &str = "the one option is offsets = \"utf16\" | \"codepoint\" | \"byte\"";
