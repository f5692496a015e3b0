//! Helpers shared by the integration tests.
#![allow(dead_code)]

use newslens::{analyze, json::Document, OffsetUnit, Options};
use serde_json::Value;

/// The `newslens/1` document of `text` as a JSON value, offsets in `unit`.
pub fn document(text: &str, unit: OffsetUnit) -> Value {
    let options = Options { offsets: unit };
    let analysis = analyze(text, &options);
    serde_json::to_value(Document::new(text, &analysis, unit)).expect("the view serializes")
}

/// The path of a file under tests/fixtures.
pub fn fixture_path(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The text of a file under tests/fixtures.
pub fn fixture(name: &str) -> String {
    let path = fixture_path(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Text of `[start, end]` UTF-16 offsets, as JS `text.slice(start, end)` would give it.
pub fn slice_utf16(text: &str, span: &Value) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    let (start, end) = (
        span[0].as_u64().unwrap() as usize,
        span[1].as_u64().unwrap() as usize,
    );
    String::from_utf16(&units[start..end]).expect("span on a UTF-16 boundary")
}

/// Every `[start, end]` pair anywhere in a document (or part of one), in document order.
pub fn spans(value: &Value) -> Vec<(usize, usize)> {
    fn collect(value: &Value, out: &mut Vec<(usize, usize)>) {
        match value {
            Value::Array(items) if items.len() == 2 && items.iter().all(Value::is_u64) => {
                out.push((
                    items[0].as_u64().unwrap() as usize,
                    items[1].as_u64().unwrap() as usize,
                ));
            }
            Value::Array(items) => items.iter().for_each(|v| collect(v, out)),
            Value::Object(fields) => fields.values().for_each(|v| collect(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    collect(value, &mut out);
    out
}
