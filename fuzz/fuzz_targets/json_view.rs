//! Any UTF-8 string and offset unit -> the `newslens/1` JSON view: it must serialize, parse
//! back, and every `[start, end]` must lie within the document's `length`, on a boundary of
//! its unit (a UTF-16 offset never splits a surrogate pair).
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::{analyze, json::Document, OffsetUnit, Options};
use serde_json::Value;

fn spans(value: &Value, out: &mut Vec<(u64, u64)>) {
    match value {
        Value::Array(items) if items.len() == 2 && items.iter().all(Value::is_u64) => {
            out.push((items[0].as_u64().unwrap_or(0), items[1].as_u64().unwrap_or(0)));
        }
        Value::Array(items) => items.iter().for_each(|v| spans(v, out)),
        Value::Object(fields) => fields.values().for_each(|v| spans(v, out)),
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&unit, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let unit = [OffsetUnit::Utf16, OffsetUnit::Codepoint, OffsetUnit::Byte][unit as usize % 3];
    let analysis = analyze(text, &Options { offsets: unit });
    let json = serde_json::to_string(&Document::new(text, &analysis, unit)).expect("serializes");
    let value: Value = serde_json::from_str(&json).expect("parses back");
    let length = value["length"].as_u64().expect("length");
    // Offsets at which a span may start or end, in the unit.
    let mut boundaries = vec![false; length as usize + 1];
    let mut at = 0usize;
    for ch in text.chars() {
        boundaries[at] = true;
        at += match unit {
            OffsetUnit::Utf16 => ch.len_utf16(),
            OffsetUnit::Codepoint => 1,
            OffsetUnit::Byte => ch.len_utf8(),
        };
    }
    assert_eq!(at as u64, length, "length is the text's length in the unit");
    boundaries[at] = true;
    let mut found = Vec::new();
    spans(&value, &mut found);
    for (start, end) in found {
        assert!(start <= end && end <= length, "[{start}, {end}] outside 0..{length}");
        assert!(
            boundaries[start as usize] && boundaries[end as usize],
            "[{start}, {end}] is not on a char boundary"
        );
    }
});
