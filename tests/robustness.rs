//! Hostile and odd input: every one must be analysed (no panic, no stall) into a valid
//! `newslens/1` document. No timing is asserted here; `cargo bench -- scaling` measures time.
//!
//! Valid means what the schema promises: every span inside the text on char boundaries in all
//! three units, UTF-16 offsets exact, blocks and sentences in order and disjoint, every
//! non-space char in exactly one block, quotes ordered by start, ids equal to indices, the
//! text fields equal to the text their spans cover, and the dateline in no sentence.

mod common;

#[path = "../benches/common/news.rs"]
mod news;

use newslens::OffsetUnit;
use serde_json::Value;

fn span(value: &Value) -> (usize, usize) {
    let pair = common::spans(value);
    assert_eq!(pair.len(), 1, "not one span: {value}");
    pair[0]
}

/// For each byte offset on a char boundary, the offset in `unit`; `None` inside a char.
fn offset_table(text: &str, unit: OffsetUnit) -> Vec<Option<usize>> {
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

/// Asserts everything the schema promises about the analysis of `text`.
fn assert_valid(name: &str, text: &str) {
    let doc = common::document(text, OffsetUnit::Byte);
    let byte_spans = common::spans(&doc);
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
        let list = common::spans(&doc[key]);
        for pair in list.windows(2) {
            assert!(
                pair[0].1 <= pair[1].0,
                "{name}: {key} overlap or out of order: {pair:?}"
            );
        }
    }
    // Every non-whitespace char lies in exactly one block (blocks are sorted and disjoint, so
    // one sweep tells).
    let blocks = common::spans(&doc["blocks"]);
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
        for (s, e) in common::spans(&doc["sentences"]) {
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
        for (cs, ce) in common::spans(&quote["content"]) {
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
        let other = common::document(text, unit);
        let converted = common::spans(&other);
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

#[test]
fn ten_thousand_unmatched_quote_marks() {
    assert_valid("unmatched quotes", &news::unmatched_quotes(10_000));
    assert_valid("only quote marks", &"\"“‘«„”’»".repeat(1_000));
}

#[test]
fn long_text_without_a_full_stop_or_newline() {
    assert_valid("no full stop", &news::no_full_stop(50_000));
}

#[test]
fn a_long_run_of_capitalised_words() {
    assert_valid("capitalised words", &news::capitalised_words(5_000));
}

#[test]
fn one_character_repeated() {
    for ch in [
        'a', 'A', '.', '"', '“', '\n', '\r', ' ', '-', '—', 'é', '😀', '\u{0}',
    ] {
        assert_valid(&format!("repeated {ch:?}"), &news::repeated(ch, 16_000));
    }
}

#[test]
fn deeply_nested_alternating_quote_styles() {
    assert_valid("alternating quotes", &news::alternating_quotes(1_000));
}

#[test]
fn nul_bytes_anywhere() {
    let article = news::article(&mut news::Rng::new(3), 3000);
    assert_valid("NUL between words", &article.replace(' ', "\0"));
    assert_valid("NUL at the ends", &format!("\0{article}\0"));
    assert_valid("NUL lines", &article.replace("\n\n", "\n\0\n"));
}

#[test]
fn every_line_ending() {
    let article = news::article(&mut news::Rng::new(4), 3000);
    assert_valid("CRLF", &article.replace('\n', "\r\n"));
    assert_valid("CR", &article.replace('\n', "\r"));
    assert_valid(
        "mixed",
        &article.replacen('\n', "\r\n", 3).replacen('\n', "\r", 3),
    );
    assert_valid(
        "U+2028/2029",
        &article
            .replace("\n\n", "\u{2029}")
            .replace('\n', "\u{2028}"),
    );
    assert_valid(
        "form feed and VT",
        &article.replace("\n\n", "\u{c}").replace('\n', "\u{b}"),
    );
}

#[test]
fn invisible_and_combining_characters() {
    let article = news::article(&mut news::Rng::new(5), 3000);
    let zero_width = [
        "\u{200b}", "\u{200c}", "\u{200d}", "\u{2060}", "\u{feff}", "\u{ad}",
    ];
    for mark in zero_width {
        assert_valid(
            &format!("{mark:?} between words"),
            &article.replace(' ', mark),
        );
        assert_valid(
            &format!("{mark:?} after capitals"),
            &article.replace('M', &format!("M{mark}")),
        );
    }
    let bidi = [
        "\u{202e}", "\u{202d}", "\u{2066}", "\u{2067}", "\u{2069}", "\u{200f}", "\u{61c}",
    ];
    for mark in bidi {
        assert_valid(
            &format!("{mark:?} around quotes"),
            &article.replace('"', &format!("{mark}\"{mark}")),
        );
    }
    // Combining marks on letters, on quote marks, on full stops, and stacked deep.
    assert_valid("combining on letters", &article.replace('e', "e\u{301}"));
    assert_valid(
        "combining on marks",
        &article.replace('.', ".\u{301}").replace('“', "“\u{308}"),
    );
    assert_valid(
        "stacked combining",
        &format!(
            "Z{}a said. “Q{}”",
            "\u{301}\u{316}".repeat(500),
            "\u{35c}".repeat(500)
        ),
    );
    assert_valid("lone combining", &"\u{301}".repeat(1000));
}

#[test]
fn replacement_characters_where_js_had_lone_surrogates() {
    // The binding receives JS strings as UTF-8: a lone surrogate arrives as U+FFFD, one UTF-16
    // unit like the surrogate it replaces, so JS offsets still line up.
    let article = news::article(&mut news::Rng::new(6), 2000);
    assert_valid("U+FFFD", &article.replace("the ", "the \u{fffd}"));
    assert_valid("only U+FFFD", &"\u{fffd}".repeat(1000));
    assert_eq!("\u{fffd}".encode_utf16().count(), 1);
}

#[test]
fn mixed_scripts_and_astral_characters() {
    let article = news::article(&mut news::Rng::new(7), 3000);
    assert_valid("emoji", &article.replace(", ", " 😀🏳️‍🌈 , "));
    assert_valid(
        "cyrillic",
        &article.replace("Anna", "Анна").replace("MOSCOW", "МОСКВА"),
    );
    assert_valid("cjk", &article.replace(". ", "。 "));
    assert_valid("arabic", &article.replace("Farid", "فريد"));
}

#[test]
fn many_tiny_documents() {
    // Every short string over a small alphabet of characters that matter to some stage.
    let alphabet = [
        'A', 'a', ' ', '.', '"', '“', '”', '\n', ':', '—', '(', ')', '/',
    ];
    let mut rng = news::Rng::new(8);
    for _ in 0..1_000 {
        let length = rng.below(24);
        let text: String = (0..length)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        assert_valid(&format!("{text:?}"), &text);
    }
}

#[test]
fn generated_articles() {
    let text = news::news(40_000, 9);
    assert_valid("news", &text);
    for (i, article) in text.split("\n\n\n\n").enumerate().take(20) {
        assert_valid(&format!("article {i}"), article);
    }
}
