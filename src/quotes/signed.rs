//! A pull quote that lost its marks in the paste, signed with its speaker's name at the end of
//! its paragraph: `I was hauled in and told to disconnect from her. Valeska Paris`.

use std::collections::HashSet;

use super::words::lower;
use super::{speakers::Phrase, Draft, Paragraph, QuoteKind};
use crate::entities::{Entity, EntityKind};
use crate::span::Span;

/// Words that show the paragraph speaks for itself: a pull quote is said in the first person.
const FIRST_PERSON: &[&str] = &["i", "me", "my", "we", "us", "our"];

/// The most words a signature holds: `Valeska Paris`, `Mary Ann Jones`.
const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=3;

/// The signed pull quotes among `paragraphs`: a paragraph with no quotation marks, in the
/// first person, whose last sentence is nothing but a person's full name.
pub(crate) fn find(text: &str, paragraphs: &[Paragraph], entities: &[Entity]) -> Vec<Draft> {
    let person_names: HashSet<Span> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .flat_map(|e| e.mentions.iter().map(|m| m.span))
        .collect();
    let mut found = Vec::new();
    for (at, paragraph) in paragraphs.iter().enumerate() {
        if paragraph.headline || paragraph.caption || paragraph.inside.iter().any(Option::is_some) {
            continue;
        }
        let tokens = &paragraph.tokens;
        let Some(&(a, b)) = paragraph.units.last() else {
            continue;
        };
        let signature = &tokens[a..b];
        let name_only =
            NAME_WORDS.contains(&signature.len()) && signature.iter().all(|t| t.capitalized(text));
        let after_sentence = a > 0 && matches!(tokens[a - 1].text(text), "." | "!" | "?");
        if !name_only || !after_sentence {
            continue;
        }
        let name = Span::new(
            signature[0].span.start,
            signature[signature.len() - 1].span.end,
        );
        let first_person = tokens[..a]
            .iter()
            .any(|t| t.word && FIRST_PERSON.contains(&lower(t.text(text)).as_str()));
        if !first_person || !person_names.contains(&name) {
            continue;
        }
        let words = Span::new(tokens[0].span.start, tokens[a - 1].span.end);
        found.push(Draft {
            kind: QuoteKind::Direct,
            span: Span::new(words.start, name.end),
            content: vec![words],
            speaker: Some(Phrase {
                name,
                first: a,
                last: b,
                pronoun: false,
            }),
            cue: None,
            passage: None,
            parent_passage: None,
            paragraph: at,
            ends_on_comma: false,
        });
    }
    found
}
