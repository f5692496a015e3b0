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

pub fn span(value: &Value) -> (usize, usize) {
    let pair = spans(value);
    assert_eq!(pair.len(), 1, "not one span: {value}");
    pair[0]
}

/// For each byte offset on a char boundary, the offset in `unit`; `None` inside a char.
pub fn offset_table(text: &str, unit: OffsetUnit) -> Vec<Option<usize>> {
    let mut table = vec![None; text.len() + 1];
    let mut at = 0;
    for (byte, ch) in text.char_indices() {
        table[byte] = Some(at);
        at += match unit {
            OffsetUnit::Utf16 => ch.len_utf16(),
            OffsetUnit::Codepoint => 1,
            OffsetUnit::Byte => ch.len_utf8(),
        };
    }
    table[text.len()] = Some(at);
    table
}

/// Asserts everything the schema promises about the analysis of `text` (`name` says which
/// input failed): every span inside the text on char boundaries in all three units, UTF-16 and
/// code point offsets exact, blocks and sentences in order and disjoint, every non-space char in
/// exactly one block, the dateline in no sentence, entities and quotes ordered with ids equal to
/// indices, and text fields equal to the text their spans cover.
pub fn assert_valid(name: &str, text: &str) {
    let doc = document(text, OffsetUnit::Byte);
    let byte_spans = spans(&doc);
    for &(start, end) in &byte_spans {
        assert!(
            start <= end && end <= text.len(),
            "{name}: span {start}..{end} outside text"
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "{name}: span {start}..{end} splits a char"
        );
    }
    assert_eq!(
        doc["length"].as_u64(),
        Some(text.len() as u64),
        "{name}: length"
    );

    // Blocks and sentences: text order, never overlapping.
    for key in ["blocks", "sentences"] {
        let list = spans(&doc[key]);
        for pair in list.windows(2) {
            assert!(
                pair[0].1 <= pair[1].0,
                "{name}: {key} overlap or out of order: {pair:?}"
            );
        }
    }
    // Every non-whitespace char lies in exactly one block (blocks are sorted and disjoint, so
    // one sweep tells).
    let blocks = spans(&doc["blocks"]);
    let mut next_block = 0;
    for (at, ch) in text.char_indices().filter(|(_, c)| !c.is_whitespace()) {
        while next_block < blocks.len() && blocks[next_block].1 <= at {
            next_block += 1;
        }
        let inside = blocks
            .get(next_block)
            .is_some_and(|&(s, e)| s <= at && at < e);
        assert!(inside, "{name}: char {ch:?} at {at} lies in no block");
    }
    // The dateline lies in no sentence.
    if !doc["dateline"].is_null() {
        let (ds, de) = span(&doc["dateline"]["span"]);
        for (s, e) in spans(&doc["sentences"]) {
            assert!(
                e <= ds || s >= de,
                "{name}: sentence {s}..{e} holds the dateline"
            );
        }
    }
    // Entities: id = index, ordered by first mention, mentions in order, text = slice.
    let entities = doc["entities"].as_array().expect("entities");
    let mut last_first = 0;
    for (index, entity) in entities.iter().enumerate() {
        assert_eq!(
            entity["id"].as_u64(),
            Some(index as u64),
            "{name}: entity id"
        );
        let mentions = entity["mentions"].as_array().expect("mentions");
        let mut last_start = 0;
        for (i, mention) in mentions.iter().enumerate() {
            let (s, e) = span(&mention["span"]);
            assert_eq!(
                mention["text"].as_str(),
                Some(&text[s..e]),
                "{name}: mention text"
            );
            assert!(s >= last_start, "{name}: mentions out of order");
            if i == 0 {
                assert!(
                    s >= last_first,
                    "{name}: entities not ordered by first mention"
                );
                last_first = s;
            }
            last_start = s;
        }
    }
    // Quotes: id = index, ordered by span start, content inside, text fields = slices.
    let quotes = doc["quotes"].as_array().expect("quotes");
    let mut last_start = 0;
    for (index, quote) in quotes.iter().enumerate() {
        assert_eq!(quote["id"].as_u64(), Some(index as u64), "{name}: quote id");
        let (s, e) = span(&quote["span"]);
        assert!(s >= last_start, "{name}: quotes not ordered by start");
        last_start = s;
        for (cs, ce) in spans(&quote["content"]) {
            assert!(
                s <= cs && ce <= e,
                "{name}: quote content outside its quote"
            );
        }
        for part in ["speaker", "cue"] {
            if !quote[part].is_null() {
                let (ps, pe) = span(&quote[part]["span"]);
                assert_eq!(
                    quote[part]["text"].as_str(),
                    Some(&text[ps..pe]),
                    "{name}: {part}"
                );
            }
        }
        if let Some(entity) = quote["speaker"].get("entity").and_then(Value::as_u64) {
            assert!(
                (entity as usize) < entities.len(),
                "{name}: speaker entity id"
            );
        }
        if let Some(outer) = quote["nested_in"].as_u64() {
            let (os, oe) = span(&quotes[outer as usize]["span"]);
            assert!(
                os <= s && e <= oe,
                "{name}: nested quote outside its outer quote"
            );
        }
    }

    // The same spans in UTF-16 and code points, exactly converted.
    for unit in [OffsetUnit::Utf16, OffsetUnit::Codepoint] {
        let table = offset_table(text, unit);
        let other = document(text, unit);
        let converted = spans(&other);
        assert_eq!(
            converted.len(),
            byte_spans.len(),
            "{name}: {unit:?} span count"
        );
        for (&(bs, be), &(us, ue)) in byte_spans.iter().zip(&converted) {
            assert_eq!(Some(us), table[bs], "{name}: {unit:?} start of {bs}..{be}");
            assert_eq!(Some(ue), table[be], "{name}: {unit:?} end of {bs}..{be}");
        }
        assert_eq!(
            other["length"].as_u64(),
            table[text.len()].map(|n| n as u64)
        );
    }
}
