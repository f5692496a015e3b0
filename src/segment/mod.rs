//! Stage 2, blocks -> sentences.
//!
//! A sentence ends at `.`, `!`, `?`, `…` (or the CJK `。！？`) with any closing quotation marks and
//! brackets after it, when white space and a plausible sentence opener follow. A full stop after
//! a title (`Mr.`, `Gen.`), an initial (`J. R. R. Tolkien`), a list item's number (`1. The ...`)
//! or inside a number (`3.5%`, `10.30`) ends nothing; after an ambiguous abbreviation (`U.S.`,
//! `Inc.`, `a.m.`) it ends the sentence only when a usual opener (`The`, `He`) follows. A block
//! never shares a sentence with another block, so a headline or caption without a full stop is a
//! sentence of its own. The dateline is in no sentence: the block's first sentence starts after
//! it.

use crate::structure::Layout;
use crate::{span::Span, word_set};

word_set!(fn title_abbreviations, "abbreviations_title.txt");
word_set!(fn other_abbreviations, "abbreviations.txt");
word_set!(pub(crate) fn sentence_starters, "sentence_starters.txt");
word_set!(fn openers_after_abbreviation, "sentence_openers_after_abbreviation.txt");
word_set!(fn clock_followers, "sentence_clock_followers.txt");
word_set!(fn time_zones, "entities/time_zones.txt");

/// The sentences of every block, in text order.
pub fn sentences(text: &str, layout: &Layout) -> Vec<Span> {
    let mut found = Vec::new();
    for block in &layout.blocks {
        let mut span = block.span;
        if let Some(dateline) = layout.dateline.filter(|d| block.span.contains(d.span)) {
            span.start = dateline.span.end;
            span = span.trim(text);
        }
        split_block(text, span, &mut found);
    }
    found
}

/// Appends the sentences of one block (already trimmed) to `out`.
fn split_block(text: &str, block: Span, out: &mut Vec<Span>) {
    let line = block.text(text);
    let mut start = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((at, ch)) = chars.next() {
        if !is_terminator(ch) {
            continue;
        }
        // Swallow the rest of "?!", "..." and closing marks: `upside down."` ends after the `"`.
        let mut end = at + ch.len_utf8();
        while let Some(&(next_at, next)) = chars.peek() {
            if is_terminator(next) || is_closing(next) {
                end = next_at + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        if ends_sentence(line, start, at, ch, end) {
            push_trimmed(text, Span::new(block.start + start, block.start + end), out);
            start = end;
        }
    }
    push_trimmed(text, Span::new(block.start + start, block.end), out);
}

fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let span = span.trim(text);
    if !span.is_empty() {
        out.push(span);
    }
}

/// Decides whether the terminator `ch` at `at` (its run and closing marks end at `end`) ends the
/// sentence that began at `start`. All offsets are into `line`.
fn ends_sentence(line: &str, start: usize, at: usize, ch: char, end: usize) -> bool {
    let rest = &line[end..];
    if matches!(ch, '。' | '！' | '？') {
        return true;
    }
    // `3.5%`, `U.S.-led`, `www.tass.com`: a terminator followed by no space ends nothing.
    let after_space = rest.trim_start();
    if after_space.len() == rest.len() || after_space.is_empty() {
        return after_space.is_empty();
    }
    let next = after_space.chars().next().unwrap_or(' ');
    if next.is_lowercase() {
        return false;
    }
    let run = &line[at..end];
    if ch != '.' || run.starts_with("..") {
        // `!`, `?` and an ellipsis end a sentence before anything but lowercase.
        return true;
    }
    let word = word_before(&line[start..at]);
    if word.is_empty() {
        return true;
    }
    // `1. The lanes don't connect.`: an item's number, not a sentence of its own.
    if word.len() <= 2 && line[start..at].trim() == word && word.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    let with_stop = &line[at - word.len()..at + 1];
    if title_abbreviations().contains(with_stop) || is_initial(word) {
        return false;
    }
    let next_word = after_space
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m") {
        return !goes_on_clock_time(after_space, next_word);
    }
    if other_abbreviations().contains(with_stop) || is_dotted_abbreviation(word) {
        // `Dec. 11` goes on; `... U.S. The ...`, `... at the U.N. Last year ...` end.
        return sentence_starters().contains(next_word)
            || openers_after_abbreviation().contains(next_word);
    }
    true
}

/// True when the capitalised `next_word` (opening `rest`) after a clock time's `a.m.`/`p.m.`
/// still belongs to the time: a day (`10 a.m. Tuesday`, `Dec. 3`), a zone (`10 a.m. EST`,
/// `Eastern`) or a place's time (`4.50 a.m. Iraq time`, `Eastern Standard Time`). Any other
/// capitalised word opens a sentence: `at 10 p.m. Police said`, `at 6 a.m. One woman said`.
fn goes_on_clock_time(rest: &str, next_word: &str) -> bool {
    // `10 a.m. (0800 GMT) in Naqoura`, `at 9 a.m. 30 people ...`: only a capitalised word
    // ends it.
    if !next_word.starts_with(char::is_uppercase) {
        return true;
    }
    let lower = next_word.to_lowercase();
    if crate::lexicon::WEEKDAYS.contains(&lower.as_str())
        || crate::lexicon::MONTHS.contains(&lower.as_str())
        || time_zones().contains(next_word)
        || clock_followers().contains(next_word)
        || rest[next_word.len()..].starts_with('.')
            && other_abbreviations().contains(&rest[..next_word.len() + 1])
    {
        return true;
    }
    let mut after = rest[next_word.len()..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    matches!(
        after.next(),
        Some("time" | "Time" | "Standard" | "Daylight" | "Summer")
    )
}

/// The word just before a full stop, including inner dots (`U.S` of `U.S.`, `a.m` of `a.m.`).
fn word_before(before: &str) -> &str {
    let from = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(at, c)| at + c.len_utf8());
    before[from..].trim_start_matches('.')
}

/// Letters joined by dots, each piece at most two long: `U.S`, `a.m`, `Ph.D`, `D-S.C`. A web
/// address (`www.standfor.co.nz`) or a file name has a longer piece and ends a sentence like
/// any word, and so does a decimal number (`magnitude 5.1.`).
pub(crate) fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word.chars().any(char::is_alphabetic)
        && word
            .split(['.', '-'])
            .all(|piece| piece.chars().count() <= 2)
}

/// A single capital letter: `J` of `J. R. R. Tolkien`.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

fn is_terminator(ch: char) -> bool {
    matches!(ch, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

fn is_closing(ch: char) -> bool {
    matches!(
        ch,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '」' | '』' | '“'
    )
}

/// A BCP 47 tag for the script most letters of the text are written in. The rules of the later
/// stages are written for English; other scripts still get blocks and sentences.
pub fn guess_language(text: &str) -> &'static str {
    let (mut latin, mut cyrillic, mut hangul, mut kana, mut han, mut arabic) = (0, 0, 0, 0, 0, 0);
    for ch in text.chars().filter(|c| c.is_alphabetic()).take(4000) {
        match ch as u32 {
            0x0041..=0x024F => latin += 1,
            0x0400..=0x04FF => cyrillic += 1,
            0xAC00..=0xD7AF | 0x1100..=0x11FF => hangul += 1,
            0x3040..=0x30FF => kana += 1,
            0x4E00..=0x9FFF => han += 1,
            0x0600..=0x06FF => arabic += 1,
            _ => {}
        }
    }
    let counts = [
        (latin, "en"),
        (cyrillic, "ru"),
        (hangul, "ko"),
        (kana, "ja"),
        (han, "zh"),
        (arabic, "ar"),
    ];
    let (most, tag) = counts
        .iter()
        .copied()
        .max_by_key(|&(n, _)| n)
        .unwrap_or((0, "en"));
    match (most, tag) {
        (0, _) => "und",
        // Japanese mixes kana with kanji: any real share of kana makes it Japanese.
        (_, "zh") if kana * 5 > han => "ja",
        _ => tag,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::structure;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, &structure::parse(text))
            .iter()
            .map(|s| s.text(text))
            .collect()
    }

    #[test]
    fn news_sentences() {
        let table: &[(&str, &[&str])] = &[
            (
                "Mr. Smith went to Washington. He stayed.",
                &["Mr. Smith went to Washington.", "He stayed."],
            ),
            (
                "Prices rose 3.5% at 10.30 a.m. on Monday. Then fell.",
                &["Prices rose 3.5% at 10.30 a.m. on Monday.", "Then fell."],
            ),
            (
                "It opened at 10:17 p.m. Police said so. At 6 a.m. EST it stopped.",
                &[
                    "It opened at 10:17 p.m.",
                    "Police said so.",
                    "At 6 a.m. EST it stopped.",
                ],
            ),
            (
                "It began at 10 a.m. (0800 GMT) in Naqoura. It ended.",
                &["It began at 10 a.m. (0800 GMT) in Naqoura.", "It ended."],
            ),
            (
                "Polls close at 8 p.m. Tuesday. At 4.50 a.m. Iraq time they fired.",
                &[
                    "Polls close at 8 p.m. Tuesday.",
                    "At 4.50 a.m. Iraq time they fired.",
                ],
            ),
            (
                "The strongest was of magnitude 5.1. Officials urged calm.",
                &[
                    "The strongest was of magnitude 5.1.",
                    "Officials urged calm.",
                ],
            ),
            (
                "The U.S. Army said so. The U.S. The end.",
                &["The U.S. Army said so.", "The U.S.", "The end."],
            ),
            (
                "J. R. R. Tolkien wrote it. Fans cheered.",
                &["J. R. R. Tolkien wrote it.", "Fans cheered."],
            ),
            (
                "Gen. Gerasimov spoke on Dec. 11 in Moscow. It rained.",
                &["Gen. Gerasimov spoke on Dec. 11 in Moscow.", "It rained."],
            ),
            (
                "\"Everything is upside down.\" Shoigu said.",
                &["\"Everything is upside down.\"", "Shoigu said."],
            ),
            (
                "Wait... What? Really! yes.",
                &["Wait...", "What?", "Really! yes."],
            ),
            (
                "Apple Inc. said it would. Apple Inc. The firm.",
                &["Apple Inc. said it would.", "Apple Inc.", "The firm."],
            ),
            (
                "Names go on www.standfor.co.nz. Names of donors too. Not in the U.S. The end.",
                &[
                    "Names go on www.standfor.co.nz.",
                    "Names of donors too.",
                    "Not in the U.S.",
                    "The end.",
                ],
            ),
            (
                "A headline with no stop\nA caption",
                &["A headline with no stop", "A caption"],
            ),
            ("北京下雨了。明天晴。", &["北京下雨了。", "明天晴。"]),
        ];
        for (text, expected) in table {
            assert_eq!(split(text), *expected, "{text}");
        }
    }

    #[test]
    fn dateline_is_in_no_sentence() {
        let text = "MOSCOW, April 27. /TASS/. The talks stalled. Nothing moved.";
        assert_eq!(split(text), ["The talks stalled.", "Nothing moved."]);
    }

    #[test]
    fn guesses_script() {
        assert_eq!(guess_language("The talks stalled."), "en");
        assert_eq!(guess_language("Переговоры зашли в тупик."), "ru");
        assert_eq!(guess_language("엘제이의 리벤지인가"), "ko");
        assert_eq!(guess_language("123 !!"), "und");
    }
}
