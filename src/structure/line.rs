//! Lines -> shapes: how long a line is in any script, whether it ends a sentence, and whether
//! it is a known piece of site furniture (`Share`, `Read more`, `© 2019 ...`).

use crate::span::Span;
use crate::word_set;

word_set!(fn furniture_lines, "structure_furniture.txt");

/// One non-empty line and the evidence its shape carries.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    /// The line, trimmed.
    pub span: Span,
    /// Words, with CJK text counted as one word per two characters.
    pub units: usize,
    /// Ends with `.`, `!`, `?`, `。`, `！`, `？` (before closing quotes or brackets).
    pub ends_sentence: bool,
    /// Ends with `...` or `…`: a teaser cut short, not a sentence.
    pub truncated: bool,
    /// A whole line of navigation or page furniture.
    pub furniture: bool,
}

impl Line {
    pub(crate) fn new(text: &str, span: Span) -> Line {
        let line = span.text(text);
        let tail = line.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '」' | '』' | '）')
        });
        let truncated = tail.ends_with("...") || tail.ends_with('…');
        let ends_sentence =
            !truncated && tail.ends_with(['.', '!', '?', '。', '！', '？', '．']);
        Line {
            span,
            units: units(line),
            ends_sentence,
            truncated,
            furniture: is_furniture(line),
        }
    }
}

/// Length in words, comparable across scripts: a space-separated word counts one, and runs of
/// Han or kana (written without spaces) count one per two characters.
pub(crate) fn units(line: &str) -> usize {
    let mut count = 0;
    for word in line.split_whitespace() {
        let cjk = word.chars().filter(|&c| is_cjk(c)).count();
        if cjk > 0 {
            count += cjk.div_ceil(2);
        } else if word.chars().any(char::is_alphanumeric) {
            count += 1;
        }
    }
    count
}

/// Han ideographs, kana and CJK punctuation: scripts written without spaces between words.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' // hiragana, katakana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}')
}

/// `Share`, `Read more »`, `© 2019 Company`, `Copyright ...`, `Tags: ...`: lines that are furniture
/// wherever they stand.
fn is_furniture(line: &str) -> bool {
    let key = line
        .trim()
        .trim_end_matches([':', '»', '›', '>', ' ', '|', '.'])
        .trim_start_matches(['»', '›', '|', ' ', '-', '•', '·'])
        .to_lowercase();
    if key.is_empty() || furniture_lines().contains(key.as_str()) {
        return true;
    }
    let copyright = key.starts_with('©')
        || key.starts_with("copyright")
        || key.starts_with("(c) ")
        || key.contains("all rights reserved")
        || key.contains("all right reserved");
    let labelled = ["tags:", "tagged:", "filed under", "topics:", "share this", "related:", "read more:", "see also:", "read also:"]
        .iter()
        .any(|label| key.starts_with(label));
    copyright || labelled
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str) -> Line {
        Line::new(text, Span::new(0, text.len()))
    }

    #[test]
    fn units_count_words_in_any_script() {
        let table = [
            ("The talks stalled again.", 4),
            ("Москва заявила о переговорах.", 4),
            ("엘제이의 리벤지인가, 류화영의 코스프레인가", 4),
            ("北京时间今天上午举行会议", 6),
            ("— 12 ,", 1),
        ];
        for (text, expected) in table {
            assert_eq!(units(text), expected, "{text}");
        }
    }

    #[test]
    fn sentence_ends_and_teasers() {
        let table = [
            ("He left.", true, false),
            ("\"We will win,\" he said.\u{201d}", true, false),
            ("会议在北京举行。", true, false),
            ("Two people in China have been diagnosed...", false, true),
            ("Russian defense minister: no optimism", false, false),
        ];
        for (text, ends, truncated) in table {
            let got = line(text);
            assert_eq!((got.ends_sentence, got.truncated), (ends, truncated), "{text}");
        }
    }

    #[test]
    fn furniture_lines_are_known() {
        for text in ["Share", "Read more »", "© 2019 NYP Holdings, Inc.", "Tags: plague, China", "All news", "Copyright © Mortons Media"] {
            assert!(line(text).furniture, "{text}");
        }
        for text in ["Shares fell sharply.", "Moscow", "The share of votes rose."] {
            assert!(!line(text).furniture, "{text}");
        }
    }
}
