//! The product's first example: the TASS article in tests/fixtures/tass-shoigu.txt against its
//! hand-made analysis tass-shoigu.gold.json (UTF-16 offsets). One test per stage.

mod common;

use newslens::OffsetUnit;
use serde_json::Value;

fn seed() -> (String, Value, Value) {
    let text = common::fixture("tass-shoigu.txt");
    let gold: Value =
        serde_json::from_str(&common::fixture("tass-shoigu.gold.json")).expect("gold is JSON");
    let got = common::document(&text, OffsetUnit::Utf16);
    (text, gold, got)
}

#[test]
fn thirteen_lines_are_thirteen_blocks_with_the_gold_spans() {
    let (_, gold, got) = seed();
    let spans = |doc: &Value| {
        doc["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["span"].clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(spans(&got), spans(&gold));
    assert_eq!(got["length"], gold["length"]);
    assert_eq!(got["schema"], "newslens/1");
    assert_eq!(got["offsets"], "utf16");
}

#[test]
fn dateline_matches_gold_and_is_in_no_sentence() {
    let (text, gold, got) = seed();
    assert_eq!(got["dateline"], gold["dateline"]);
    let dateline = &got["dateline"]["span"];
    assert_eq!(
        common::slice_utf16(&text, dateline),
        "MOSCOW, April 27. /TASS/."
    );
    let (d_start, d_end) = (dateline[0].as_u64().unwrap(), dateline[1].as_u64().unwrap());
    for sentence in got["sentences"].as_array().unwrap() {
        let (s, e) = (sentence[0].as_u64().unwrap(), sentence[1].as_u64().unwrap());
        assert!(
            e <= d_start || s >= d_end,
            "sentence {sentence} overlaps the dateline"
        );
    }
}

#[test]
fn blocks_and_title_match_gold() {
    let (_, gold, got) = seed();
    assert_eq!(got["blocks"], gold["blocks"]);
    assert_eq!(got["title"], gold["title"]);
    assert_eq!(got["bylines"], gold["bylines"]);
}

#[test]
fn every_required_gold_entity_is_found_with_all_its_name_mentions() {
    let (_, gold, got) = seed();
    let found = got["entities"].as_array().unwrap();
    for entity in gold["entities"].as_array().unwrap() {
        if entity["optional"] == true {
            continue;
        }
        let names: Vec<&Value> = entity["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["form"] == "name")
            .map(|m| &m["span"])
            .collect();
        let matching = found.iter().find(|e| {
            e["kind"] == entity["kind"]
                && e["mentions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|m| m["span"] == *names[0])
        });
        let Some(matching) = matching else {
            panic!("not found: {} {}", entity["kind"], entity["name"])
        };
        let got_spans: Vec<&Value> = matching["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| &m["span"])
            .collect();
        for span in names {
            assert!(
                got_spans.contains(&span),
                "{}: mention {span} missing",
                entity["name"]
            );
        }
    }
    // Nothing else is tagged as a person, organisation or place.
    let gold_names: Vec<&Value> = gold["entities"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["mentions"].as_array().unwrap())
        .filter(|m| m["form"] == "name")
        .map(|m| &m["span"])
        .collect();
    for entity in found
        .iter()
        .filter(|e| ["person", "organization", "location"].contains(&e["kind"].as_str().unwrap()))
    {
        for mention in entity["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["form"] == "name")
        {
            assert!(
                gold_names.contains(&&mention["span"]),
                "extra {} mention {}",
                entity["kind"],
                mention["text"]
            );
        }
    }
}

#[test]
fn all_ten_quotes_with_kind_span_and_speaker_entity() {
    let (_, gold, got) = seed();
    let quotes = got["quotes"].as_array().unwrap();
    let gold_quotes = gold["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), gold_quotes.len(), "quote count");
    let shoigu = got["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "Sergey Shoigu")
        .map(|e| e["id"].clone());
    for (quote, expected) in quotes.iter().zip(gold_quotes) {
        assert_eq!(quote["kind"], expected["kind"], "kind of {expected}");
        assert_eq!(quote["span"], expected["span"], "span of {expected}");
        assert_eq!(
            quote["content"], expected["content"],
            "content of {expected}"
        );
        if expected["speaker"].is_null() {
            assert!(quote["speaker"].is_null());
        } else {
            assert_eq!(quote["speaker"]["span"], expected["speaker"]["span"]);
            assert_eq!(Some(quote["speaker"]["entity"].clone()), shoigu);
        }
    }
}
