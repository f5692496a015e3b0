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

use common::assert_valid;

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
fn reports_inside_reports_without_a_sentence_end() {
    assert_valid("cue flood", &news::cue_flood(20_000));
}

#[test]
fn views_inside_one_endless_quotation() {
    assert_valid("view flood", &news::view_flood(20_000));
}

#[test]
fn thousands_of_speakers_and_pronoun_subjects() {
    assert_valid("many speakers", &news::many_speakers(2_000));
}

#[test]
fn a_page_of_nothing_but_bylines() {
    assert_valid("many bylines", &news::many_bylines(2_000));
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
fn numbers_glued_to_other_scripts() {
    // A number's token may hold letters of any script (`1년`, `2024年`): every rule that reads
    // digits by position must stay on char boundaries.
    let numbers = [
        "1년", "2024年", "12월", "3ª", "5€", "1105", "19٩6", "٢٠٢٤", "0050",
    ];
    let after = [
        "GMT",
        "UTC",
        "BC",
        "percent",
        "million dollars",
        "p.m.",
        "Nov",
        "Swiss francs",
    ];
    for number in numbers {
        for word in after {
            let text = format!(
                "Harbour talks resume\n\nBy {number} {word} the board met. In {number}, \
                 it said {number} {word} was {number}-{number}, or ${number} {word}."
            );
            assert_valid(&format!("{number} {word}"), &text);
        }
    }
}

#[test]
fn attributions_with_nothing_before_them() {
    // A closing attribution whose clause is missing or a single word: the rules that read the
    // words before `, the agency said` must not reach before the paragraph's start.
    for opening in ["", ",", ", ,", "\"\",", "Rose,", "Rose rose,", "(", "'s,"] {
        for attribution in [
            ", the agency said.",
            " , traders said on Friday.",
            ", data showed.",
        ] {
            let text = format!("Harbour talks resume\n\n{opening}{attribution}\n");
            assert_valid(&format!("{opening}{attribution}"), &text);
        }
    }
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
