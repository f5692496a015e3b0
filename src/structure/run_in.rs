//! A headline run into the body: `Storm closes ports across the north coast Heavy rain closed
//! three ports on Monday, officials said, ...` on one line, the page's line break lost.
//!
//! The split needs strong evidence, as a wrong one makes a headline of the story's first words:
//! - the line opens the page's story and no line above it is the headline;
//! - its first words read as a headline: three to `MAX_WORDS`, no stop among them, the last
//!   no word that needs another after it (`of`, `the`, `said`), written in sentence case
//!   (`... north coast`) or in title case (`... North Coast`, its last word no given name or
//!   title: `Minister`, `John`);
//! - the next word opens a sentence: a capitalised common word the word lists know as no name
//!   (`Heavy`, `Officials`), with a lower-case word after it that is no verb of saying, and
//!   the text never writes it capitalised after a lower-case word (`rival Apple`); after a
//!   title, where names run on in capitals, only a word that opens sentences (`The`, `He`);
//! - the sentence it opens runs on for `MIN_SENTENCE` words or more, not in title case;
//! - no other place in the line's first words passes all of that.

use super::line::Line;
use crate::span::Span;

crate::word_set!(fn open_ends, "structure_headline_open_ends.txt");

/// The longest headline that may lose its break, in words.
const MAX_WORDS: usize = 14;

/// The fewest words of the first sentence after the split before its stop.
const MIN_SENTENCE: usize = 6;

/// Where the body starts in `line` (a byte offset into `text`) when a headline opens it.
pub(super) fn split(text: &str, line: &Line) -> Option<usize> {
    if !line.ends_sentence {
        return None;
    }
    let start = line.span.start;
    let words: Vec<(usize, &str)> = line
        .span
        .text(text)
        .split_whitespace()
        .take(MAX_WORDS + MIN_SENTENCE + 2)
        .scan(0, |from, word| {
            let at = line.span.text(text)[*from..]
                .find(word)
                .map(|at| *from + at)?;
            *from = at + word.len();
            Some((start + at, word))
        })
        .collect();
    if !words
        .first()
        .is_some_and(|(_, w)| w.starts_with(char::is_uppercase))
    {
        return None;
    }
    // The head's words up to the first that ends with a stop or a colon: no headline runs past it.
    let open = words
        .iter()
        .position(|(_, w)| {
            w.trim_end_matches(['"', '\'', '”', '’', ')'])
                .ends_with(['.', '!', '?', ';', ':'])
        })
        .unwrap_or(words.len());
    let mut found = None;
    for k in 3..=MAX_WORDS.min(open) {
        if words.len() < k + MIN_SENTENCE {
            break;
        }
        if opens_after(&words, k) {
            if found.is_some() {
                return None;
            }
            found = Some(k);
        }
    }
    let k = found?;
    let opener = words[k].1;
    (!named_elsewhere(text, opener, words[k].0)).then_some(words[k].0)
}

/// True when `words[k]` opens a sentence after a headline of `words[..k]`.
fn opens_after(words: &[(usize, &str)], k: usize) -> bool {
    let last = words[k - 1].1;
    let word = words[k].1;
    let next = words[k + 1].1;
    let mut rest = word.chars();
    let capitalised = rest.next().is_some_and(char::is_uppercase) && rest.all(char::is_lowercase);
    let lower = |w: &str| w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit());
    if !capitalised
        || !last.ends_with(char::is_alphanumeric)
        || open_ends().contains(last.to_lowercase().as_str())
        || !lower(next)
        || crate::entities::is_speech_verb(next)
        || !crate::entities::is_plain_word(word)
    {
        return false;
    }
    // `MIN_SENTENCE` words of the sentence before its first stop.
    // And in sentence case: `Across the North Coast Heavy rain` in a title goes on as a title.
    let sentence = &words[k..k + MIN_SENTENCE];
    let capitalised = sentence[1..]
        .iter()
        .filter(|(_, w)| w.starts_with(char::is_uppercase))
        .count();
    let runs_on = sentence.iter().all(|(_, w)| !w.ends_with(['.', '!', '?']))
        && capitalised * 2 < MIN_SENTENCE;
    // After a title, a capitalised word may go on a name (`The Republican National Committee
    // set ...`): only a word that never does opens the sentence there (`The`, `He`).
    let sentence_case = lower(last);
    let title_case = !sentence_case
        && is_title_case(&words[..k])
        && !crate::entities::is_name_lead(last)
        && crate::segment::sentence_starters().contains(word);
    runs_on && (sentence_case || title_case)
}

/// Every one of `words` capitalised, short function words aside: `Storm Closes Ports Across
/// the North Coast`.
fn is_title_case(words: &[(usize, &str)]) -> bool {
    let long: Vec<&str> = words
        .iter()
        .map(|&(_, w)| w)
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3)
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    long.len() >= 2 && capitalised == long.len()
}

/// True when `word` stands capitalised after a lower-case word elsewhere in `text`: a name
/// (`rival Apple`), not a sentence's first word.
fn named_elsewhere(text: &str, word: &str, at: usize) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].trim_end_matches([' ', '\t']);
        let whole = text[i + word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        i != at && whole && before.len() < i && before.ends_with(char::is_lowercase)
    })
}

/// The headline and the paragraph `span` splits into at `at`.
pub(super) fn parts(text: &str, span: Span, at: usize) -> (Span, Span) {
    (
        Span::new(span.start, at).trim(text),
        Span::new(at, span.end),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_text(text: &str) -> Option<&str> {
        let line = Line::new(text, Span::new(0, text.len()));
        split(text, &line).map(|at| &text[..at])
    }

    #[test]
    fn a_headline_that_lost_its_break_splits_off() {
        let table = [
            (
                "Storm closes ports across the north coast Heavy rain closed three ports on \
                 Monday, officials said, as the storm moved inland.",
                Some("Storm closes ports across the north coast "),
            ),
            (
                "Storm Closes Ports Across the North Coast The storm closed three ports on \
                 Monday, officials said.",
                Some("Storm Closes Ports Across the North Coast "),
            ),
            // A first sentence with a name in it, no headline.
            (
                "Shares in the company rose sharply on Monday as rival Apple cut its prices \
                 again. Apple said later that rival Apple stores would stay open.",
                None,
            ),
            (
                "The party's leader Brown said on Monday that the vote would go ahead in May.",
                None,
            ),
            (
                "Man jailed over Bath attack A man who attacked a shopkeeper was jailed on \
                 Friday.",
                Some("Man jailed over Bath attack "),
            ),
            // Title case runs into a name: where the headline ends is not known.
            (
                "Storm Closes Ports Across North Coast Harbour Master Ian Reid said on Monday \
                 that ships would stay at anchor.",
                None,
            ),
            (
                "Heavy rain closed three ports on Monday, officials said, as the storm moved \
                 inland.",
                None,
            ),
        ];
        for (text, head) in table {
            assert_eq!(split_text(text), head, "{text}");
        }
    }
}
