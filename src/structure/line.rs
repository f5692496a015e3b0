//! Lines -> shapes: how long a line is in any script, whether it ends a sentence, and whether
//! it is a known piece of site furniture (`Share`, `Read more`, `© 2019 ...`).

use std::collections::HashMap;

use crate::span::Span;
use crate::{word_list, word_set};

word_set!(fn furniture_lines, "structure_furniture.txt");

// Phrases that make any line containing them furniture: `This website uses cookies ...`.
word_list!(fn furniture_phrases, "structure_furniture_phrases.txt");

// Calls to action that make a line furniture where they open a sentence: `Click here for ...`.
word_list!(fn furniture_prompts, "structure_furniture_prompts.txt");

// Navigation words that open a section's name in a menu: `Latest Galleries`, `More in Sport`.
word_set!(fn section_words, "structure_section_words.txt");

// Labels that open a line of furniture: `Read | Farmer suicides rise`, `Tags: plague, China`.
word_list!(fn link_labels, "structure_link_labels.txt");

// Words of a newsletter box's calls to sign up: `Sign up`, `Subscribe`, `Free daily newsletter`.
word_list!(fn signup_calls, "structure_signup_calls.txt");

// List headers that end an article: `Related stories`, `Read also`.
word_list!(fn wall_lines, "structure_walls.txt");

// Those of them that may also head a box of links inside the story: `Related articles`.
word_list!(fn box_headers, "structure_box_headers.txt");

/// One non-empty line and the evidence its shape carries.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    /// The line, trimmed.
    pub span: Span,
    /// Words, with CJK text counted as one word per two characters.
    pub units: usize,
    /// Ends with `.`, `!`, `?`, `。`, `！`, `？` (before closing quotes or brackets).
    pub ends_sentence: bool,
    /// Prose that does not end with a stop: sentences, then more words after the last one
    /// (`Great show! We recommend it 100%`, a paragraph cut by an inline link).
    pub prose: bool,
    /// Ends with `:`, a lead-in to what follows: `The winners are:`.
    pub leads_in: bool,
    /// Opens with a number or a bullet: an item of a list in the text (`8-9 ripe pears`,
    /// `* Dates may change`); or a row of figures under a lead-in (`Results on Wednesday:` over
    /// `Aston Villa 2 Ajax 2`), see [`mark_table_rows`].
    pub list_item: bool,
    /// Ends with `...` or `…`: a teaser cut short, not a sentence.
    pub truncated: bool,
    /// A whole line of navigation or page furniture.
    pub furniture: bool,
    /// A line that ends an article: `© 2019 Company. All rights reserved.`, `Related stories`.
    pub wall: bool,
    /// A list header that may head a box of links inside the story: `Related articles`.
    pub box_header: bool,
    /// The same text stands on another line of the page too (menus, link lists).
    pub repeated: bool,
    /// In a newsletter box set between paragraphs: furniture that does not end the story.
    pub boxed: bool,
    /// Share buttons or tags: what a page puts right under its story (`Share this entry`,
    /// `Tags: plague, China`).
    pub after_story: bool,
}

impl Line {
    pub(crate) fn new(text: &str, span: Span) -> Line {
        let line = span.text(text);
        // Closing quotes and brackets, emoji and other symbols after the last stop do not
        // hide it: `"... today!" 🙂`.
        let tail = line.trim_end_matches(|c: char| {
            !c.is_alphanumeric()
                && !matches!(
                    c,
                    '.' | '!'
                        | '?'
                        | '。'
                        | '！'
                        | '？'
                        | '．'
                        | '…'
                        | ':'
                        | '：'
                        | '%'
                        | '('
                        | '['
                )
        });
        let truncated = tail.ends_with("...") || tail.ends_with('…');
        let ends_sentence = !truncated && tail.ends_with(['.', '!', '?', '。', '！', '？', '．']);
        let leads_in = tail.ends_with([':', '：']);
        let units = units(line);
        Line {
            span,
            // A caption with its credit after the stop is no prose: `... earnings. Photograph
            // by ...`
            prose: !ends_sentence
                && !truncated
                && units >= 10
                && has_inner_sentence_end(line)
                && !super::roles::has_credit_at_end(line),
            leads_in,
            list_item: line.starts_with(|c: char| {
                c.is_ascii_digit() || matches!(c, '*' | '•' | '·' | '–' | '-' | '▪' | '●')
            }),
            units,
            ends_sentence,
            truncated,
            furniture: is_furniture(line) || (!ends_sentence && !leads_in && is_contact(line)),
            wall: is_copyright(line) || is_wall(line),
            box_header: is_wall(line) && is_box_header(line),
            repeated: false,
            boxed: false,
            after_story: is_after_story(line),
        }
    }
}

impl Line {
    /// Reads as sentences: ends with a stop, or is prose.
    pub(crate) fn sentence_like(&self) -> bool {
        self.ends_sentence || self.prose
    }
}

/// `... is amazing! Wonderful ...`: a stop after a lower-case word, then a capital, with three
/// words or more before it. Abbreviations are written in capitals (`U.S. Army`) or stand alone;
/// a question is left out, as teasers open with one (`Pay to breathe? Oxygen bars hit ...`).
pub(crate) fn has_inner_sentence_end(line: &str) -> bool {
    let mut previous: Option<&str> = None;
    for (words, word) in line.split_whitespace().enumerate() {
        if let Some(before) = previous {
            let stop = before
                .trim_end_matches(['"', '\'', '”', '’', ')'])
                .strip_suffix(['.', '!']);
            let lower_before = stop
                .and_then(|w| w.chars().next_back())
                .is_some_and(char::is_lowercase);
            let capital_after = word
                .trim_start_matches(['"', '\'', '“', '‘', '('])
                .starts_with(char::is_uppercase);
            if words >= 3 && lower_before && capital_after && !is_title_word(before) {
                return true;
            }
        }
        previous = Some(word);
    }
    false
}

/// `Mr.`, `Dr.`, `St.`: short abbreviations that end with a stop before a name.
fn is_title_word(word: &str) -> bool {
    let bare = word.trim_end_matches('.');
    bare.chars().count() <= 3 && bare.starts_with(char::is_uppercase)
}

/// Marks lines of a few words whose text stands on another line too: menus and link lists
/// repeat, paragraphs do not.
pub(crate) fn mark_repeated(text: &str, lines: &mut [Line]) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for line in lines.iter() {
        *seen.entry(line.span.text(text)).or_default() += 1;
    }
    for line in lines.iter_mut() {
        line.repeated = line.units >= 2 && seen.get(line.span.text(text)).is_some_and(|&n| n > 1);
    }
}

/// Marks a newsletter box set between paragraphs: up to `BLURB` lines between two calls to
/// sign up (`Sign up` over its blurb over `Subscribe`, `Free weekly newsletter` over its blurb
/// over `Privacy Notice: Newsletters may contain ...`) are furniture too, and so is the
/// newsletter's name over the box (`Sign up to Down to Earth`); the box, with up to two
/// furniture lines either side (`after newsletter promotion`), does not end the body run.
pub(crate) fn mark_newsletter_boxes(text: &str, lines: &mut [Line]) {
    const SIDE: usize = 2;
    const BLURB: usize = 2;
    // A blurb is a sentence or two: a longer line is the story's.
    const BLURB_UNITS: usize = 45;
    // A furniture line that names a call; or a short line that opens with one, though no
    // furniture (`Sign up to our free Business Today newsletter`, `Subscribe now for $1.`).
    let calls = |line: &Line| {
        let furniture = line.furniture || line.wall;
        let short = line.units <= 20;
        (furniture || short) && line.units <= 30 && {
            let key = line.span.text(text).to_lowercase();
            signup_calls()
                .iter()
                .any(|call| key.starts_with(call) || furniture && key.contains(call))
        }
    };
    let mut i = 0;
    while i < lines.len() {
        if !calls(&lines[i]) {
            i += 1;
            continue;
        }
        // The blurb, and buttons and fields beside it (`Enter your email address`), up to the
        // next call.
        let inside = |l: &Line| !l.wall && (l.furniture || l.units <= BLURB_UNITS);
        let close = lines[i + 1..]
            .iter()
            .take(BLURB + SIDE + 1)
            .position(|l| calls(l) || !inside(l))
            .map(|at| i + 1 + at)
            .filter(|&at| calls(&lines[at]));
        let blurb = close.map_or(0, |close| {
            lines[i + 1..close].iter().filter(|l| !l.furniture).count()
        });
        // `Sign up to our free newsletter for the week's best stories` over `Subscribe`: the
        // call is its own blurb.
        let own_blurb = blurb == 0 && lines[i].sentence_like();
        let Some(close) = close.filter(|_| blurb <= BLURB && (blurb > 0 || own_blurb)) else {
            i += 1;
            continue;
        };
        // The blurb is furniture wherever the box stands.
        for line in &mut lines[i..close] {
            line.furniture = true;
        }
        // `Sign up to Down to Earth`: the newsletter's name over its label.
        let named = i.checked_sub(1).filter(|&at| {
            let name = &lines[at];
            !name.furniture && !name.wall && !name.sentence_like() && name.units <= 8
        });
        // Furniture either side, and a call that would head a list (`Sign up to First
        // Edition`): part of the box.
        let side = |l: &Line| (l.furniture && !l.wall) || calls(l);
        let top = named.unwrap_or(i);
        let above = lines[..top]
            .iter()
            .rev()
            .take(SIDE)
            .take_while(|l| side(l))
            .count();
        let below = lines[close + 1..]
            .iter()
            .take(SIDE)
            .take_while(|l| side(l))
            .count();
        let (top, bottom) = (top - above, close + 1 + below);
        // Set between paragraphs of the story: a box under the story's end is the page's.
        let paragraph = |at: Option<usize>| {
            at.and_then(|at| lines.get(at))
                .is_some_and(|l| !l.furniture && !l.wall && l.sentence_like())
        };
        if !paragraph(top.checked_sub(1)) || !paragraph(Some(bottom)) {
            i += 1;
            continue;
        }
        for line in &mut lines[top..bottom] {
            line.boxed = true;
            line.furniture = true;
            line.wall = false;
        }
        // The lines under the box close it; they open no other.
        i = bottom;
    }
}

/// Marks the rows of a table of figures under a lead-in as list items: `Results of friendlies on
/// Wednesday:` over `Aston Villa 2 Ajax 2`, `Leeds United 0 Lazio 1`. A row is short, holds a
/// digit and ends no sentence; the rows run on to the first line that is none. A short line of
/// words over a row inside the table heads its next part (`Men's high jump` over `1. Ivan
/// Sokolov (Russia) 2.35`): an item of the table too.
pub(crate) fn mark_table_rows(text: &str, lines: &mut [Line]) {
    let clean = |line: &Line| !line.sentence_like() && !line.furniture && !line.wall;
    let row = |line: &Line| {
        (2..=15).contains(&line.units)
            && clean(line)
            && line.span.text(text).contains(|c: char| c.is_ascii_digit())
    };
    let mut in_table = false;
    for index in 0..lines.len() {
        let header = || {
            (2..=8).contains(&lines[index].units)
                && clean(&lines[index])
                && !lines[index].repeated
                && lines.get(index + 1).is_some_and(row)
        };
        in_table = if in_table && (row(&lines[index]) || header()) {
            lines[index].list_item = true;
            true
        } else {
            lines[index].leads_in
        };
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

/// CJK or Hangul: scripts whose labels join without spaces (`관련기사`).
pub(crate) fn is_cjk_or_hangul(c: char) -> bool {
    is_cjk(c) || matches!(c, '\u{AC00}'..='\u{D7AF}')
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
        .trim_end_matches([':', '»', '›', '>', ' ', '|', '.', '!'])
        .trim_start_matches(['»', '›', '|', ' ', '-', '•', '·'])
        .to_lowercase();
    if key.is_empty() || furniture_lines().contains(key.as_str()) {
        return true;
    }
    // `Share  Tweet  Email`: every word a button.
    if key.split_whitespace().count() > 1
        && key
            .split_whitespace()
            .all(|w| furniture_lines().contains(w))
    {
        return true;
    }
    // `Advertisement · Scroll to continue`, `14 Comments / 14 New`: buttons and counts joined by
    // a separator.
    let items: Vec<&str> = key
        .split(['·', '|', '•', '/'])
        .map(|item| {
            item.trim()
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .trim()
        })
        .collect();
    if items.len() > 1
        && items
            .iter()
            .all(|item| !item.is_empty() && furniture_lines().contains(item))
    {
        return true;
    }
    let labelled = link_labels().iter().any(|label| key.starts_with(label));
    let phrase = furniture_phrases().iter().any(|p| key.contains(p))
        || furniture_prompts().iter().any(|p| prompts(&key, p));
    // Consent notices in any language name cookies beside the site or its privacy terms.
    let consent = key.contains("cookie")
        && [
            "website",
            "site",
            "browser",
            "consent",
            "privacy",
            "accept",
            "datenschutz",
            "navigat",
            "сайт",
            "política",
            "politique",
        ]
        .iter()
        .any(|w| key.contains(w));
    labelled
        || phrase
        || consent
        || is_copyright(line)
        || key.ends_with(" ago") && key.len() < 30
        || is_labelled_timestamp(line)
}

/// True when the call to action `prompt` opens a sentence or an item of `key` (lowercased), or
/// `key` is a short line: `Stay informed. Join our newsletter.`, not `people who join our scheme`.
fn prompts(key: &str, prompt: &str) -> bool {
    let short = key.split_whitespace().nth(12).is_none();
    key.match_indices(prompt).any(|(at, _)| {
        let before = key[..at].trim_end();
        short || before.is_empty() || before.ends_with(['.', '!', '?', '|', '·', '•'])
    })
}

/// `Last Updated: Wednesday, 21 July, 2004, 14:32 GMT`, `Published: 4 May 2019`: the page's
/// timestamp behind its label, a short line that names nothing of the story.
fn is_labelled_timestamp(line: &str) -> bool {
    let Some((label, _)) = line.split_once(':').filter(|(label, _)| label.len() <= 20) else {
        return false;
    };
    let label = label.trim().to_lowercase();
    let label = label.strip_prefix("last ").unwrap_or(&label);
    super::roles::TIMESTAMP_LABELS.contains(&label)
        && units(line) <= 15
        && super::roles::has_timestamp(line)
}

/// True for a whole line of site furniture whose names are the site's, not the story's: `Share
/// on Facebook`, `Privacy Policy | Terms of Use`, `© 2025 Riverton Gazette`. Not an author's
/// line, though it carries a timestamp: `By Maren Estrada 2 days ago`.
pub(crate) fn names_no_story(line: &str) -> bool {
    !line.trim_start().starts_with("By ")
        && (is_furniture(line) || is_after_story(line) || is_wall(line) || is_section_link(line))
}

/// `Latest Galleries`, `More Latest Galleries`, `Top Videos`: a short line that opens with a
/// navigation button's word names a section of the site (the caller knows it is furniture).
fn is_section_link(line: &str) -> bool {
    let key = line.trim().to_lowercase();
    let mut words = key.split_whitespace();
    let first = words.next().unwrap_or_default();
    let rest = words.count();
    (1..=3).contains(&rest)
        && !key.contains(|c: char| c.is_ascii_digit())
        && section_words().contains(first)
}

/// `Share this entry`, `Share on Facebook`, `Tags: plague, China`, `Filed under ...`.
fn is_after_story(line: &str) -> bool {
    let key = line.trim().to_lowercase();
    let first = key
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    key.chars().count() <= 200
        && (matches!(first, "share" | "tags" | "tagged" | "topics")
            || key.starts_with("filed under"))
}

/// `Follow Jane on Twitter`, `@janedoe`, `Email: jane@example.com`: a short contact line.
fn is_contact(line: &str) -> bool {
    let key = line.to_lowercase();
    units(line) <= 10
        && ["twitter", "facebook", "instagram", "@", "email:", "e-mail:"]
            .iter()
            .any(|w| key.contains(w))
}

/// `Related stories`, `Read also:`, `Читайте также`: the header of a list after the article.
fn is_wall(line: &str) -> bool {
    let key = line
        .trim()
        .trim_start_matches(['»', '›', '|', ' ', '-', '•', '·', '[', '('])
        .to_lowercase();
    if key.chars().count() > 40 {
        return false;
    }
    let key = key.trim_end_matches([':', '»', '›', '>', ' ', '|', '.', ']', ')']);
    // `12 Comments`, `3 responses`: the count before a header.
    let key = key.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
    // Starts with a wall phrase followed by at most three words (`Related stories`, `More from
    // the BBC`), not by a link's title (`Read more: Why the bridge closed` is a link inside the
    // story).
    key.chars().count() <= 30
        && wall_lines().iter().any(|wall| {
            key.strip_prefix(wall).is_some_and(|rest| {
                rest.is_empty()
                    || (rest.starts_with(' ') && rest.split_whitespace().count() <= 3)
                    || wall.chars().any(is_cjk_or_hangul)
            })
        })
}

/// `Related articles`, `Read also:`: a list header that may stand inside a story (the caller
/// checks it is a header).
fn is_box_header(line: &str) -> bool {
    let key = line
        .trim()
        .trim_start_matches(['»', '›', '|', ' ', '-', '•', '·', '[', '('])
        .to_lowercase();
    box_headers().iter().any(|header| key.starts_with(header))
}

/// `© 2019 NYP Holdings, Inc. All Rights Reserved`, `Copyright (C) EnterMedia.co.kr`: the
/// page footer, which ends an article.
fn is_copyright(line: &str) -> bool {
    let key = line.trim().to_lowercase();
    let starts = key.starts_with("copyright")
        || key.starts_with("(c) ")
        || (key.starts_with('©')
            && key
                .chars()
                .nth(1)
                .is_some_and(|c| c.is_whitespace() || c.is_numeric())
            && !key.contains('/'));
    starts
        || key.contains("all rights reserved")
        || key.contains("all right reserved")
        || (key.contains("©") && key.contains("rights"))
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
            assert_eq!(
                (got.ends_sentence, got.truncated),
                (ends, truncated),
                "{text}"
            );
        }
    }

    #[test]
    fn prose_without_a_final_stop() {
        let table = [
            (
                "What a great show! Sharp dancing and bright costumes, we rate it 100%",
                true,
            ),
            (
                "Keyboards are a matter of taste. Even so, this one has deep travel,",
                true,
            ),
            (
                "Pay to breathe? Oxygen bars open in the city as smog chokes it",
                false,
            ),
            (
                "Talks with Mr. Smith and Dr. Jones went on into the night",
                false,
            ),
            (
                "U.S. Army and Navy leaders meet to plan the joint exercise",
                false,
            ),
            ("The talks went on. He left.", false),
        ];
        for (text, prose) in table {
            assert_eq!(line(text).prose, prose, "{text}");
        }
    }

    #[test]
    fn rows_of_figures_under_a_lead_in_are_list_items() {
        let text = "Scores on Saturday:\nRiverside 3 Hillcrest 1\nNorth End 0 Dockers 0\n\
                    Home\nRiverside 3 Hillcrest 1\n";
        let mut lines: Vec<Line> = super::super::lines(text)
            .map(|span| Line::new(text, span))
            .collect();
        mark_table_rows(text, &mut lines);
        let items: Vec<bool> = lines.iter().map(|l| l.list_item).collect();
        assert_eq!(items, [false, true, true, false, false]);
    }

    #[test]
    fn furniture_lines_are_known() {
        for text in [
            "Share",
            "Read more »",
            "© 2019 NYP Holdings, Inc.",
            "Tags: plague, China",
            "All news",
            "Copyright © Mortons Media",
            "Zurück zur Übersicht",
            "Back to overview",
            "Advertisement · Scroll to continue",
            "14 Comments / 14 New",
            "Read | Farmer suicides in Vidarbha rise for third straight year",
            "Sign up to First Edition, our free daily newsletter – every weekday morning at 7am",
            "Explore more on these topics",
            "Our Standards: The Thomson Reuters Trust Principles.",
            "If you buy something from a Verge link, Vox Media may earn a commission.",
            "A version of this article appears in print on May 2, 2019, on Page B3 of the New York \
             edition with the headline: Port Reopens.",
            "E-mail this to a friend",
            "Last Updated: Monday, 3 May, 2004, 09:15 GMT 10:15 UK",
        ] {
            assert!(line(text).furniture, "{text}");
        }
        for text in [
            "Shares fell sharply.",
            "Moscow",
            "The share of votes rose.",
            "She baked cookies for the fair.",
            "TV/Radio",
            "Readers | Writers",
            "___",
        ] {
            assert!(!line(text).furniture, "{text}");
        }
        for text in [
            "Related stories",
            "12 Comments",
            "Read also:",
            "Читайте также",
            "관련기사",
        ] {
            assert!(line(text).wall, "{text}");
        }
        for text in [
            "7 key moments from the hearing",
            "Relatedness of species",
            "The related talks",
        ] {
            assert!(!line(text).wall, "{text}");
        }
    }
}
