//! A speaker's own view inside their quotation: `"Had it happened earlier, I think the death
//! toll would have been higher," Al-Maeena said.` The `I think` reports a view of its own,
//! nested in the quotation whose speaker its `I` is.

use super::reported::{FINITE_MARKERS, MAX_REACH};
use super::speakers::Phrase;
use super::words::{lower, own_view_verbs, PREPOSITIONS};
use super::{paragraph_of, Draft, Paragraph, QuoteKind};
use crate::span::Span;

/// Words that may stand between `I` and its verb: `I really think`, `I do believe`.
const ADVERBS: &[&str] = &[
    "really",
    "still",
    "just",
    "also",
    "personally",
    "honestly",
    "do",
    "truly",
    "actually",
    "certainly",
    "genuinely",
];

/// Words after which `I` opens a clause of its own: `..., I think`, `and I believe`.
const CLAUSE_JOINS: &[&str] = &[",", ";", ":", "—", "–", "and", "but", "so", "because"];

/// Words after the verb that open no clause: `I think so`, `I thought for sure`, `I think
/// back to`.
const NOT_CLAUSE: &[&str] = &[
    "so", "not", "also", "back", "too", "by", "for", "with", "of", "about",
];

/// The fewest words a view holds: `I think it's coming` is one, `I think so` is not.
const MIN_WORDS: usize = 2;

/// The views given inside the direct quotes among `drafts`, each nested in its quote.
pub(crate) fn find(
    text: &str,
    paragraphs: &[Paragraph],
    sentences: &[Span],
    drafts: &[Draft],
) -> Vec<Draft> {
    let mut views = Vec::new();
    for draft in drafts {
        let (QuoteKind::Direct, Some(passage), None) =
            (draft.kind, draft.passage, draft.parent_passage)
        else {
            continue;
        };
        for part in &draft.content {
            let Some(at) = paragraph_of(paragraphs, part.start) else {
                continue;
            };
            let paragraph = &paragraphs[at];
            let tokens = &paragraph.tokens;
            let first = tokens.partition_point(|t| t.span.start < part.start);
            let last = tokens.partition_point(|t| t.span.end <= part.end);
            for k in first..last {
                let Some(view) = view_at(text, paragraph, sentences, *part, first, last, k) else {
                    continue;
                };
                views.push(Draft {
                    passage: None,
                    parent_passage: Some(passage),
                    paragraph: at,
                    ..view
                });
            }
        }
    }
    views
}

/// The view whose `I` or `we` is token `k`, within the quoted words `part` (tokens
/// `first..last` of the paragraph).
fn view_at(
    text: &str,
    paragraph: &Paragraph,
    sentences: &[Span],
    part: Span,
    first: usize,
    last: usize,
    k: usize,
) -> Option<Draft> {
    let tokens = &paragraph.tokens;
    let low = |i: usize| lower(tokens[i].text(text));
    if !matches!(low(k).as_str(), "i" | "we") {
        return None;
    }
    let sentence_at = sentences.partition_point(|s| s.end <= tokens[k].span.start);
    let sentence = sentences
        .get(sentence_at)
        .filter(|s| s.start <= tokens[k].span.start)?;
    let opens_clause = k == first
        || sentence.start == tokens[k].span.start
        || CLAUSE_JOINS.contains(&low(k - 1).as_str());
    if !opens_clause {
        return None;
    }
    let mut verb = k + 1;
    while verb < last && ADVERBS.contains(&low(verb).as_str()) {
        verb += 1;
    }
    if verb >= last || !own_view_verbs().contains(&low(verb)) {
        return None;
    }
    let mut start = verb + 1;
    // `I think that was the start`: a `that` before its verb is the view's subject.
    let that_is_subject = || start + 1 < last && FINITE_MARKERS.contains(&low(start + 1).as_str());
    if start < last && low(start) == "that" && !that_is_subject() {
        start += 1;
    }
    let opener = tokens.get(start).filter(|_| start < last)?;
    let opener_low = low(start);
    if !opener.word
        || NOT_CLAUSE.contains(&opener_low.as_str())
        || PREPOSITIONS.contains(&opener_low.as_str())
    {
        return None;
    }
    // The view runs to the end of its sentence, within the quoted words, and at most
    // MAX_REACH tokens: the work per view stays bounded on text with no sentence end.
    let reach = tokens[start..last]
        .get(MAX_REACH)
        .map_or(usize::MAX, |t| t.span.start);
    let end = sentence.end.min(part.end).min(reach);
    let words = text[opener.span.start..end].trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | '…' | '"' | '\'' | '’' | '”'
            )
    });
    let content = Span::new(opener.span.start, opener.span.start + words.len());
    let word_count = tokens[start..last]
        .iter()
        .take_while(|t| t.span.end <= content.end)
        .filter(|t| t.word)
        .take(MIN_WORDS)
        .count();
    if word_count < MIN_WORDS {
        return None;
    }
    Some(Draft {
        kind: QuoteKind::Indirect,
        span: Span::new(tokens[k].span.start, content.end),
        content: vec![content],
        speaker: Some(Phrase {
            name: tokens[k].span,
            first: k,
            last: k + 1,
            pronoun: true,
        }),
        cue: Some(tokens[verb].span),
        passage: None,
        parent_passage: None,
        paragraph: 0,
        ends_on_comma: false,
    })
}
