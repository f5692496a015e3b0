//! Stage 5, everything -> counts: words, sentences, paragraphs, quotes, and each speaker's share.

use std::collections::HashMap;

use crate::entities::Entity;
use crate::quotes::{Quote, QuoteKind, Speaker};
use crate::span::{char_at, Span};
use crate::structure::{BlockKind, Layout};

/// Counts over one analysis.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// Words in the whole text.
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Body paragraphs.
    pub paragraphs: usize,
    /// Direct quotes.
    pub direct_quotes: usize,
    /// Indirect quotes.
    pub indirect_quotes: usize,
    /// Mixed quotes.
    pub mixed_quotes: usize,
    /// Words inside quote contents (nested quotes are counted once, in their outer quote).
    pub quoted_words: usize,
    /// Each speaker with their quotes and quoted words, most words first.
    pub speakers: Vec<SpeakerStats>,
}

/// How much one speaker is quoted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerStats {
    /// The entity the speaker resolves to, if any.
    pub entity: Option<usize>,
    /// The entity's name, else the speaker's words as written.
    pub name: String,
    /// Quotes attributed to the speaker.
    pub quotes: usize,
    /// Words in those quotes' contents.
    pub words: usize,
}

/// Counts the analysis of `text`.
pub fn count(
    text: &str,
    layout: &Layout,
    sentences: &[Span],
    entities: &[Entity],
    quotes: &[Quote],
) -> Stats {
    let mut stats = Stats {
        words: count_words(text),
        sentences: sentences.len(),
        paragraphs: layout
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph)
            .count(),
        ..Stats::default()
    };
    // Where each speaker stands in `stats.speakers`: by entity, or by the words as written
    // for a speaker with none. A list search per quote would cost quotes x speakers.
    let mut index: HashMap<Result<usize, String>, usize> = HashMap::new();
    for quote in quotes {
        match quote.kind {
            QuoteKind::Direct => stats.direct_quotes += 1,
            QuoteKind::Indirect => stats.indirect_quotes += 1,
            QuoteKind::Mixed => stats.mixed_quotes += 1,
        }
        let words: usize = quote
            .content
            .iter()
            .map(|part| count_words(part.text(text)))
            .sum();
        if quote.nested_in.is_none() {
            stats.quoted_words += words;
        }
        let Some(speaker) = quote.speaker else {
            continue;
        };
        // `"..., I think it will rain," she said`: a view given inside one's own quotation is
        // part of that quotation, counted once for its speaker, with the outer quote.
        let outer = quote.nested_in.and_then(|at| quotes.get(at)?.speaker);
        if outer.is_some_and(|outer| same_speaker(text, outer, speaker)) {
            continue;
        }
        let key = speaker
            .entity
            .ok_or_else(|| speaker.span.text(text).to_string());
        match index.get(&key) {
            Some(&at) => {
                let entry = &mut stats.speakers[at];
                entry.quotes += 1;
                entry.words += words;
            }
            None => {
                // Named once, for its entry: not for every quote.
                let name = match speaker.entity.and_then(|id| entities.get(id)) {
                    Some(entity) => entity.name.clone(),
                    None => speaker.span.text(text).to_string(),
                };
                index.insert(key, stats.speakers.len());
                stats.speakers.push(SpeakerStats {
                    entity: speaker.entity,
                    name,
                    quotes: 1,
                    words,
                });
            }
        }
    }
    stats
        .speakers
        .sort_by(|a, b| b.words.cmp(&a.words).then(b.quotes.cmp(&a.quotes)));
    stats
}

/// True when `inner`, speaking inside `outer`'s quotation, is `outer`: the same entity, the
/// same words when neither has one, or `I`/`we`.
fn same_speaker(text: &str, outer: Speaker, inner: Speaker) -> bool {
    let words = inner.span.text(text);
    if ["I", "we", "We"].contains(&words) {
        return true;
    }
    match (outer.entity, inner.entity) {
        (Some(x), Some(y)) => x == y,
        (None, None) => outer.span.text(text) == words,
        _ => false,
    }
}

/// Words are runs of letters and digits, with inner apostrophes, hyphens and dots
/// (`Russia’s`, `Russia-NATO`, `3.5`); each CJK ideograph or kana counts as a word, since those
/// scripts put no spaces between words.
pub fn count_words(text: &str) -> usize {
    let mut words = 0;
    let mut in_word = false;
    let char_at = |at: usize| char_at(text, at);
    let mut at = 0;
    while let Some(ch) = char_at(at) {
        at += ch.len_utf8();
        if ch.is_ascii_alphanumeric() {
            if !in_word {
                words += 1;
                in_word = true;
            }
        } else if is_cjk(ch) {
            words += 1;
            in_word = false;
        } else if ch.is_alphanumeric() {
            if !in_word {
                words += 1;
                in_word = true;
            }
        } else if in_word && matches!(ch, '\'' | '’' | '-' | '.' | ',') {
            // A joiner inside a word keeps it going only when a letter or digit follows.
            in_word = char_at(at).is_some_and(|next| next.is_alphanumeric() && !is_cjk(next));
        } else {
            in_word = false;
        }
    }
    words
}

fn is_cjk(ch: char) -> bool {
    matches!(ch as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words() {
        let table = [
            ("", 0),
            ("Russia’s cooperation with the Russia-NATO Council", 6),
            ("It rose 3.5% to 1,200 dollars.", 6),
            ("北京下雨", 4),
            ("  - -- ", 0),
        ];
        for (text, words) in table {
            assert_eq!(count_words(text), words, "{text}");
        }
    }

    #[test]
    fn a_view_inside_ones_own_quotation_counts_once() {
        let text = "Crane falls\n\n\"Had it come later, I think the toll would be higher,\" \
                    Khaled Nasser said.\n";
        let analysis = crate::analyze(text, &crate::Options::default());
        let nested = analysis
            .quotes
            .iter()
            .filter(|q| q.nested_in.is_some())
            .count();
        assert_eq!(nested, 1, "{:?}", analysis.quotes);
        let nasser = &analysis.stats.speakers;
        assert_eq!(nasser.len(), 1, "{nasser:?}");
        assert_eq!((nasser[0].quotes, nasser[0].words), (1, 11), "{nasser:?}");
    }
}
