//! Any UTF-8 string -> `analyze`: it must return, and every span must lie on char boundaries
//! inside the text, with blocks and sentences in order and disjoint.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::{analyze, Options, Span};

fn check(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} outside the text"
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} splits a char"
    );
}

fn ordered(text: &str, spans: impl Iterator<Item = Span>, what: &str) {
    let mut last_end = 0;
    for span in spans {
        check(text, span, what);
        assert!(span.start >= last_end, "{what} {span:?} overlaps the one before");
        last_end = span.end;
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let analysis = analyze(text, &Options::default());
    ordered(text, analysis.layout.blocks.iter().map(|b| b.span), "block");
    ordered(text, analysis.sentences.iter().copied(), "sentence");
    if let Some(dateline) = &analysis.layout.dateline {
        check(text, dateline.span, "dateline");
    }
    for entity in &analysis.entities {
        for mention in &entity.mentions {
            check(text, mention.span, "mention");
        }
    }
    for quote in &analysis.quotes {
        check(text, quote.span, "quote");
    }
});
