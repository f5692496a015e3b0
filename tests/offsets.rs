//! Offsets in the three units, against what JS and Python would index.

mod common;

use newslens::OffsetUnit;
use serde_json::Value;

fn spans(doc: &Value) -> Vec<Value> {
    let mut all: Vec<Value> = doc["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["span"].clone())
        .collect();
    all.extend(doc["sentences"].as_array().unwrap().iter().cloned());
    all
}

#[test]
fn seed_is_all_bmp_so_utf16_and_codepoint_agree() {
    let text = common::fixture("tass-shoigu.txt");
    let utf16 = common::document(&text, OffsetUnit::Utf16);
    let codepoint = common::document(&text, OffsetUnit::Codepoint);
    assert_eq!(spans(&utf16), spans(&codepoint));
    assert_eq!(codepoint["offsets"], "codepoint");
}

#[test]
fn emoji_shift_utf16_but_not_codepoints() {
    let text = "😀 Headline\n\nLONDON (Reuters) - Shares “rose” 😀😀 today. Шойгу said 北京 hi.";
    let utf16 = common::document(text, OffsetUnit::Utf16);
    let codepoint = common::document(text, OffsetUnit::Codepoint);
    let bytes = common::document(text, OffsetUnit::Byte);
    assert_ne!(spans(&utf16), spans(&codepoint));
    assert_eq!(utf16["length"], text.encode_utf16().count());
    assert_eq!(codepoint["length"], text.chars().count());
    assert_eq!(bytes["length"], text.len());
    let chars: Vec<char> = text.chars().collect();
    for ((u, c), b) in spans(&utf16)
        .iter()
        .zip(spans(&codepoint))
        .zip(spans(&bytes))
    {
        let by_utf16 = common::slice_utf16(text, u);
        let by_codepoint: String = chars
            [c[0].as_u64().unwrap() as usize..c[1].as_u64().unwrap() as usize]
            .iter()
            .collect();
        let by_byte = &text[b[0].as_u64().unwrap() as usize..b[1].as_u64().unwrap() as usize];
        assert_eq!(by_utf16, by_codepoint);
        assert_eq!(by_utf16, by_byte);
    }
    assert_eq!(utf16["dateline"]["place"], "LONDON");
}
