//! Fixture tests: every `tests/fixtures/<stage>/<name>.txt` is analysed and the keys that stage
//! produces are compared with `<name>.json` (offsets in UTF-16 units).
//!
//! `UPDATE_FIXTURES=1 cargo test --test fixtures` rewrites the expectations, for review in the diff.

mod common;

use std::fs;
use std::path::Path;

use newslens::OffsetUnit;
use serde_json::{Map, Value};

/// The stages with fixtures, and the top-level keys each one is judged on.
const STAGES: &[(&str, &[&str])] = &[
    ("structure", &["title", "blocks", "dateline", "bylines"]),
    ("segment", &["sentences"]),
    ("entities", &["entities"]),
    ("quotes", &["quotes"]),
];

#[test]
fn fixtures_match_their_expectations() {
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    let mut failures = Vec::new();
    let mut checked = 0;
    for (stage, keys) in STAGES {
        let dir = common::fixture_path(stage);
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        let mut texts: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        texts.sort();
        for text_path in texts {
            checked += 1;
            if let Err(message) = check(&text_path, keys, update) {
                failures.push(format!("{}: {message}", text_path.display()));
            }
        }
    }
    assert!(
        checked > 0,
        "no fixtures found under tests/fixtures/<stage>/"
    );
    assert!(
        failures.is_empty(),
        "{} fixture(s) differ (UPDATE_FIXTURES=1 rewrites them):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn check(text_path: &Path, keys: &[&str], update: bool) -> Result<(), String> {
    let text = fs::read_to_string(text_path).map_err(|e| e.to_string())?;
    let document = common::document(&text, OffsetUnit::Utf16);
    let got: Map<String, Value> = keys
        .iter()
        .map(|k| (k.to_string(), document[*k].clone()))
        .collect();
    let got = Value::Object(got);
    let expected_path = text_path.with_extension("json");
    if update {
        let pretty = serde_json::to_string_pretty(&got).map_err(|e| e.to_string())?;
        return fs::write(&expected_path, pretty + "\n").map_err(|e| e.to_string());
    }
    let expected = fs::read_to_string(&expected_path)
        .map_err(|e| format!("no expectation {}: {e}", expected_path.display()))?;
    let expected: Value =
        serde_json::from_str(&expected).map_err(|e| format!("bad expectation: {e}"))?;
    for key in keys {
        if got[*key] != expected[*key] {
            return Err(format!(
                "`{key}` differs\n  expected: {}\n  got:      {}",
                expected[*key], got[*key]
            ));
        }
    }
    Ok(())
}
