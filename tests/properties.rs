//! Properties over any string: analysing never panics, every span lies on char boundaries inside
//! the text, blocks and sentences are ordered and disjoint, every non-space char is in exactly
//! one block, UTF-16 offsets are exact, and leading spaces shift every span.

mod common;

use newslens::OffsetUnit;
use proptest::prelude::*;

fn check_text(text: &str) -> Result<(), TestCaseError> {
    // Spans on char boundaries in all three units, order, blocks, ids, slices: what the schema
    // promises. proptest catches the panic of a failed assertion and shrinks the input.
    common::assert_valid("generated text", text);
    let byte_spans = common::spans(&common::document(text, OffsetUnit::Byte));
    let shifted = format!("   {text}");
    let shifted_spans = common::spans(&common::document(&shifted, OffsetUnit::Byte));
    let expected: Vec<(usize, usize)> = byte_spans.iter().map(|&(s, e)| (s + 3, e + 3)).collect();
    prop_assert_eq!(
        shifted_spans,
        expected,
        "leading spaces must shift every span"
    );
    Ok(())
}

/// Pieces of news text and of the accidents pasted text carries.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("MOSCOW, April 27. /TASS/. ".to_string()),
        Just("WASHINGTON (AP) — ".to_string()),
        Just("\"We are ready,\" he said, \"to talk.\" ".to_string()),
        Just("“Nested ‘NATO’s doorstep.’ quote” ".to_string()),
        Just("«Мы готовы», — сказал Шойгу. ".to_string()),
        Just("According to Sergey Shoigu, talks stalled. ".to_string()),
        Just("For years, Reed noted, ".to_string()),
        Just(", which he said ".to_string()),
        Just("the candidate said no".to_string()),
        Just("He said, \"we are ready\n\n".to_string()),
        Just("It was a long day.\" ".to_string()),
        Just("called it “a disaster,” adding ".to_string()),
        Just("The fix, the engineer told them, ".to_string()),
        Just(
            "Reed said the plan was weak - \"We need the details,\" she said - and charged that "
                .to_string()
        ),
        Just("Varga to Harbour Board: ".to_string()),
        Just("Russian defense minister: No optimism\n".to_string()),
        Just("© Stanislav Krasilnikov/TASS\n".to_string()),
        Just("By Jane Doe, Reuters\n".to_string()),
        Just("Mr. J. R. Smith of Acme Inc. said 3.5% at 10.30 a.m. ".to_string()),
        Just("北京今天下雨了。".to_string()),
        Just("😀👍🏽 ".to_string()),
        Just("\u{0}\u{200b}\u{202e}\u{feff}e\u{301} ".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\n\n".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("...".to_string()),
        "[A-Z][a-z]{0,8}".prop_map(|w| format!("{w} ")),
        "[A-Z]{2,6}".prop_map(|w| format!("{w} ")),
        "[a-z]{1,8}[.,;:!?]? ".prop_map(|w| w),
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_string_gives_a_valid_analysis(text in any::<String>()) {
        check_text(&text)?;
    }

    #[test]
    fn news_like_text_gives_a_valid_analysis(text in newsy_text()) {
        check_text(&text)?;
    }
}

#[test]
fn seed_and_edge_cases_give_valid_analyses() {
    let seed = common::fixture("tass-shoigu.txt");
    for text in [
        seed.as_str(),
        "",
        " ",
        "\n\n\n",
        "\"",
        "\u{0}",
        "a\rb\r\nc",
        &"\"".repeat(10_000),
        &"Aa. ".repeat(2_000),
        "For years, Reed noted, the harbour is shut,",
        "Reed said the fares rose, which",
        "He said, \"ready\n\nGo.\"",
        "He said, \"ready\n\n\n\n12\"",
        "Varga to Harbour Board:",
        "Varga to:",
        "The fix, the engineer told them,",
        "He called it",
        "Even as he",
        "Reed said the plan was weak - \"We need the details,\" she said - and charged that it failed.",
        "Reed to said it.",
    ] {
        check_text(text).unwrap_or_else(|e| panic!("{e}"));
    }
}
