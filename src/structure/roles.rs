//! Lines -> block kinds. The body run (body.rs) splits a page into head, body and tail:
//! - head: the headline is the nearest title-shaped line above the body, the standfirst the
//!   line between them; author lines, credits, captions, timestamps and furniture are told by
//!   their own patterns; the rest above the headline is boilerplate.
//! - body: paragraphs and subheads, with furniture, link-list runs, captions, credits and
//!   sign-offs picked out.
//! - tail: sign-offs, then boilerplate.

use super::line::{has_inner_sentence_end, Line};
use super::scan::{
    boundary, char_at, char_before, counted, digit, letter, line_of, line_without, lit, lit_ci,
    one, run, spaced_line_of, upper,
};
use super::{body, byline, dateline, BlockKind};
use crate::lexicon::credit_labels;

crate::word_set!(fn caption_labels, "structure_caption_labels.txt");
crate::word_set!(fn meta_labels, "structure_meta_labels.txt");
crate::word_set!(fn kicker_labels, "structure_kicker_labels.txt");
crate::word_list!(pub(super) fn photo_agencies, "structure_photo_agencies.txt");

// Notes on how a story was made that close it: `This article was translated from German.`
crate::word_list!(fn end_notes, "structure_end_notes.txt");

// What a reporter gave a story, after `contributed` in its closing note: `reporting`.
crate::word_list!(pub(super) fn contributions, "structure_contributions.txt");

/// The kind of each line, and the index of the line that holds the dateline.
pub(super) fn classify(text: &str, lines: &[Line]) -> (Vec<BlockKind>, Option<usize>) {
    let mut kinds = vec![BlockKind::Boilerplate; lines.len()];
    if lines.is_empty() {
        return (kinds, None);
    }
    let mut region = body::region(lines);
    // A first line short enough to be a title is the headline, not body: `Clinton wins Iowa.`
    if region.start == 0 && region.end > 1 && lines[0].units <= 25 && !is_listed(text, &lines[0]) {
        region.start = 1;
    }
    // The story starts at its dateline: `MOSCOW, April 27. /TASS/. ...` ends the head.
    // Not the first line, the headline's place; unless the story was pasted without one and
    // opens with its agency's dateline (`NEW DELHI, Nov 27 (PTI) The Supreme Court ...`).
    let story_first = lines[0].units >= 10
        && dateline::at_start(text, lines[0].span)
            .is_some_and(|d| d.source.is_some() || d.date.is_some());
    let first = usize::from(lines.len() > 1 && !story_first);
    // `LONDON 1996-08-22` on a line of its own, over the story's first line.
    let dateline_alone = |i: usize| {
        lines
            .get(i + 1)
            .is_some_and(|next| !next.furniture && !next.wall)
            && dateline::alone(text, lines[i].span).is_some()
    };
    // Lines above it in the run may be captions, author and time lines, and the standfirst
    // (the run's first line, of a standfirst's length), never other sentences of the story.
    let head_line = |i: usize| {
        !lines[i].ends_sentence
            || (i == region.start && lines[i].units <= STANDFIRST_UNITS)
            || is_byline(text, &lines[i])
            || is_listed(text, &lines[i])
    };
    let dateline_at = (region.start.saturating_sub(3).max(first)..region.end.min(region.start + 4))
        .take_while(|&i| i <= region.start || head_line(i - 1))
        .find(|&i| {
            let opens = lines[i].units >= 4 && dateline::at_start(text, lines[i].span).is_some();
            opens || dateline_alone(i)
        });
    let dateline_at = dateline_at.or_else(|| {
        // An agency dateline elsewhere (`ST. JOSEPH, Mich. (AP) — ...`) opens the story even when
        // a longer run of teasers stands before it.
        // Not one inside the run (a later `(AP)` paragraph of the same story), and only
        // where a story of some length follows it.
        let at = (first..lines.len()).find(|&i| {
            !region.contains(&i)
                && lines[i].units >= 10
                && dateline::at_start(text, lines[i].span).is_some_and(|d| d.source.is_some())
        })?;
        let story = body::region_from(lines, at);
        let weight: i64 = lines[story.clone()].iter().map(body::weight).sum();
        if story.len() < 3 || weight < 40 {
            return None;
        }
        region = story;
        Some(at)
    });
    if let Some(at) = dateline_at {
        region.start = at;
    } else {
        // `By Mike Wall 2019-11-18 ...` near the top of the run: what stands above it is the head.
        let top = region.start..region.end.min(region.start + 8);
        if let Some(meta) = top
            .rev()
            .find(|&i| is_listed(text, &lines[i]) || is_byline(text, &lines[i]))
        {
            // A live page's entries each open with their time (`09:42 GMT`): the run starts
            // at the first entry's time, not after the last.
            let clock = |i: usize| is_clock_line(lines[i].span.text(text));
            let first_entry = (region.start.saturating_sub(3)..region.start)
                .find(|&i| clock(i))
                .filter(|_| clock(meta));
            if let Some(first_entry) = first_entry {
                region.start = first_entry;
            } else if region.end > meta + 3 {
                region.start = meta + 1;
            }
        }
    }
    if dateline_at.is_none() {
        // Only a list under the story's own head: its date or author line stands just above.
        let headed = |list: &std::ops::Range<usize>| {
            (list.start.saturating_sub(6)..list.start)
                .any(|i| is_listed(text, &lines[i]) || is_byline(text, &lines[i]))
        };
        if let Some(list) = body::list_story(lines, region.start).filter(headed) {
            region = list;
        }
    }
    // `pilgrims at the Grand Mosque in 2008.` over the story's first paragraph: the tail of a
    // picture's caption whose start the page lost (no story opens in lower case), in the head.
    if dateline_at.is_none() && region.len() > 2 && is_caption_tail(text, &lines[region.start]) {
        let next = &lines[region.start + 1];
        if next.sentence_like() && next.units >= 15 {
            region.start += 1;
        }
    }
    if region.is_empty() {
        classify_head(text, lines, &mut kinds, lines.len());
        return (kinds, None);
    }
    classify_head(text, lines, &mut kinds, region.start);
    let (region, boxes) = body::past_link_boxes(lines, region);
    let region = body::past_buttons(lines, region);
    let region = body::through_table(lines, region);
    let text_end = region.end;
    let region = body::through_box(lines, region);
    // The author's box closes the story: it is page furniture, not body.
    let authors: Vec<&str> = (0..region.start)
        .filter(|&i| kinds[i] == BlockKind::Byline)
        .filter_map(|i| {
            byline::parse(text, lines[i].span).or_else(|| byline::bare_name(text, lines[i].span))
        })
        .flat_map(|b| b.names)
        .map(|name| name.text(text))
        .collect();
    let bio = author_box(text, lines, region.clone(), &authors).unwrap_or(region.end);
    for (index, kind) in kinds.iter_mut().enumerate().take(bio).skip(region.start) {
        *kind = if index < text_end {
            body_kind(text, lines, index)
        } else {
            // An info box's lines are short but no links: each is a paragraph of the story.
            local_kind(text, lines, index).unwrap_or(BlockKind::Paragraph)
        };
    }
    // `Related articles` and its links inside the story.
    for index in boxes.into_iter().flatten() {
        kinds[index] = BlockKind::Boilerplate;
    }
    // The dateline alone on its line is the story's first paragraph, as it would be if the
    // first sentence followed it on the line.
    if let Some(at) = dateline_at.filter(|&at| dateline_alone(at)) {
        kinds[at] = BlockKind::Paragraph;
    }
    let tail = region.end;
    // A picture's caption with its label and credit (`PHOTO: ... (AFP)`) may close the story too.
    for (index, kind) in kinds.iter_mut().enumerate().skip(tail) {
        let credited = || is_credited_caption(lines[index].span.text(text));
        *kind = local_kind(text, lines, index)
            .filter(|kind| match kind {
                BlockKind::Signoff | BlockKind::Credit => true,
                BlockKind::Caption => credited(),
                _ => false,
            })
            .unwrap_or(BlockKind::Boilerplate);
    }
    (kinds, dateline_at)
}

/// The longest standfirst over a dateline, in words: a dek of a sentence or two.
const STANDFIRST_UNITS: usize = 60;

/// Where an author's box starts among the last lines of the body run:
/// - `About Jane Doe` or `Jane Doe`, then a short bio that names her (`Jane joined ... in 2017.`);
/// - a last line that says who the author is: `Jane is a staff writer for City News.`, or
///   opens with the byline's name: `Jane Doe covers education for City News.`
fn author_box(
    text: &str,
    lines: &[Line],
    region: std::ops::Range<usize>,
    authors: &[&str],
) -> Option<usize> {
    const ABOUT: [&str; 6] = [
        "About ",
        "Über ",
        "À propos de ",
        "Sobre ",
        "Acerca de ",
        "Info su ",
    ];
    let words = |i: usize| lines[i].span.text(text);
    let first = region.start + 1;
    let headed =
        (region.end.saturating_sub(4).max(first)..region.end.saturating_sub(1)).find(|&i| {
            let line = words(i);
            let name = ABOUT
                .iter()
                .find_map(|about| line.strip_prefix(about))
                .unwrap_or(line);
            let offset = line.len() - name.len();
            let span = crate::span::Span::new(lines[i].span.start + offset, lines[i].span.end);
            let Some(first_name) = name.split_whitespace().next() else {
                return false;
            };
            // The bio names the author, is short and reads as sentences.
            let bio = &lines[i + 1..region.end];
            byline::bare_name(text, span).is_some()
                && words(i + 1).contains(first_name)
                && bio.len() <= 3
                && bio.iter().all(|l| l.units <= 80 && l.sentence_like())
        });
    headed.or_else(|| {
        let last = region
            .clone()
            .rev()
            .find(|&i| body::weight(&lines[i]) > 0)
            .filter(|&i| i > region.start)?;
        let note = is_author_note(words(last), &lines[last])
            || about_author(words(last), &lines[last], authors);
        note.then_some(last)
    })
}

/// `Maren Estrada covers education for The Gazette. Reach her at ...`: a short last line that
/// opens with the full name of the page's author, then what she does (not what she said).
fn about_author(words: &str, line: &Line, authors: &[&str]) -> bool {
    line.units <= 40
        && line.ends_sentence
        && authors.iter().any(|&author| {
            author.split_whitespace().nth(1).is_some()
                && words.strip_prefix(author).is_some_and(|rest| {
                    let verb = rest.split_whitespace().next().unwrap_or_default();
                    rest.starts_with(' ')
                        && verb.starts_with(char::is_lowercase)
                        && !matches!(verb, "said" | "says" | "told" | "and")
                })
        })
}

/// `Julius is an entertainment reporter for City News.`: one or two capitalised words, `is a`,
/// and a job title of the trade.
fn is_author_note(words: &str, line: &Line) -> bool {
    if line.units > 30 || !line.ends_sentence {
        return false;
    }
    // Split on any space: pages join the name with a no-break space.
    let all: Vec<&str> = words.split_whitespace().collect();
    let Some(is) = (1..=3).find(|&k| {
        all.get(k) == Some(&"is") && all.get(k + 1).is_some_and(|w| matches!(*w, "a" | "an"))
    }) else {
        return false;
    };
    let named = all[..is].iter().all(|w| w.starts_with(char::is_uppercase));
    let rest = all[is + 2..].join(" ").to_lowercase();
    named
        && [
            "reporter",
            "writer",
            "editor",
            "correspondent",
            "journalist",
            "columnist",
            "contributor",
        ]
        .iter()
        .any(|role| rest.contains(role))
}

/// The head: everything above the body.
fn classify_head(text: &str, lines: &[Line], kinds: &mut [BlockKind], end: usize) {
    let mut local: Vec<Option<BlockKind>> = (0..end).map(|i| local_kind(text, lines, i)).collect();
    // `PTI`, `Reuters`, `Press Trust of India` right under the headline: the story's source, an
    // author line, not a title of its own, a sign-off or a picture's credit.
    // `Reuters` and `AP` are credits too, and made the title over them a caption.
    for index in 1..end {
        let above = &lines[index - 1];
        let words = above.span.text(text);
        let unclaimed = match local[index - 1] {
            None => true,
            Some(BlockKind::Caption) => !has_credit_at_end(words) && !is_labelled_caption(words),
            Some(_) => false,
        };
        let under_title = unclaimed && !above.furniture && !above.ends_sentence && is_title(above);
        // Not the site's name over a menu's section (`The Riverton Gazette` over `Local News`,
        // which the menu repeats).
        let masthead = || lines[index].repeated || super::is_outlet(words);
        if under_title && byline::agency_line(text, lines[index].span).is_some() && !masthead() {
            local[index - 1] = None;
            local[index] = Some(BlockKind::Byline);
        }
        // `Angelique Chrisafis in Paris` or `Jane Doe, USA TODAY` under the headline or the
        // standfirst: the author.
        let line = &lines[index];
        if local[index].is_none()
            && !line.furniture
            && !above.furniture
            && (byline::placed(text, line.span).is_some()
                || byline::signed_for(text, line.span).is_some())
        {
            local[index] = Some(BlockKind::Byline);
        }
    }
    // The headline stands right above its author and date lines when the head has them
    // (`Headline / By Jane Doe / November 18, 2019`), else right above the body.
    // Of a list of items that open with their times (a live page's key events), the first.
    let meta = (end.saturating_sub(15)..end)
        .rev()
        .find(|&i| local[i] == Some(BlockKind::Byline) || is_listed(text, &lines[i]))
        .map(|mut meta| {
            let entry =
                |i: usize| is_listed(text, &lines[i]) && opens_with_clock(lines[i].span.text(text));
            while meta > 0 && entry(meta) && entry(meta - 1) {
                meta -= 1;
            }
            meta
        });
    let (headline, standfirst) = meta
        .map(|meta| title_above(lines, &local, meta))
        .filter(|(headline, _)| headline.is_some())
        .unwrap_or_else(|| title_above(lines, &local, end));
    for index in 0..end {
        kinds[index] = match local[index] {
            // End matter above the story is the page's record: `Edited by Li Na` over it.
            Some(BlockKind::Paragraph | BlockKind::Signoff) | None => BlockKind::Boilerplate,
            Some(kind) => kind,
        };
        if lines[index].furniture && local[index].is_none() {
            kinds[index] = BlockKind::Boilerplate;
        }
    }
    if let Some(headline) = headline {
        kinds[headline] = BlockKind::Headline;
        if let Some(standfirst) = standfirst {
            kinds[standfirst] = BlockKind::Standfirst;
        }
        // `EXCLUSIVE` right above the headline.
        if let Some(above) = headline.checked_sub(1) {
            if local[above].is_none() && is_kicker(text, lines, above) {
                kinds[above] = BlockKind::Kicker;
            }
        }
        // Lines between the headline and the body that no pattern claims describe pictures.
        for index in headline + 1..end {
            if local[index].is_none()
                && kinds[index] == BlockKind::Boilerplate
                && !lines[index].furniture
                && lines[index].units >= 4
            {
                kinds[index] = BlockKind::Caption;
            }
        }
    }
}

/// The nearest two lines above `end` that no pattern claims: the headline, and the standfirst
/// when the lower one is long and the upper one title-shaped.
fn title_above(
    lines: &[Line],
    local: &[Option<BlockKind>],
    end: usize,
) -> (Option<usize>, Option<usize>) {
    let mut open = (end.saturating_sub(40)..end)
        .rev()
        .filter(|&i| local[i].is_none() && !lines[i].furniture);
    let lower = open.next();
    // Not the last item of a list above the story (`5. Mayor opens the new library wing`).
    let listed = |i: usize| lines[i].list_item && i > 0 && lines[i - 1].list_item;
    // Nor a site's name over its menu: no furniture stands between a headline and its standfirst.
    let upper = open.next().filter(|&i| {
        lower.is_some_and(|l| l - i <= 3 && !lines[i + 1..l].iter().any(|line| line.furniture))
            && !listed(i)
    });
    // `Dozens killed as fighting flares in North Kordofan` over `Aid groups warn of famine` at
    // the top of the page: the longer first line is the headline, the short one under it its
    // standfirst.
    let first_over_short = |upper: usize, lower: usize| {
        upper == 0 && lines[upper].units >= 6 && lines[upper].units > lines[lower].units
    };
    match (upper, lower) {
        (Some(upper), Some(lower))
            if is_title(&lines[upper])
                && (lines[lower].units >= 6 || first_over_short(upper, lower)) =>
        {
            (Some(upper), Some(lower))
        }
        (_, Some(lower)) if is_title(&lines[lower]) || end - lower <= 1 => (Some(lower), None),
        _ => (None, None),
    }
}

/// A short line that opens with a lower-case word (`pilgrims at ...`, not `iPhone sales ...`).
fn is_caption_tail(text: &str, line: &Line) -> bool {
    let mut letters = line.span.text(text).chars();
    let opens_lower = letters.next().is_some_and(char::is_lowercase)
        && letters.next().is_some_and(char::is_lowercase);
    opens_lower && line.units <= 12
}

/// A line of the body run.
fn body_kind(text: &str, lines: &[Line], index: usize) -> BlockKind {
    let line = &lines[index];
    match local_kind(text, lines, index) {
        Some(kind) => return kind,
        None if line.furniture => return BlockKind::Boilerplate,
        None => {}
    }
    // `TAYLOR SWIFT'S FORMER LABEL BOSS BLASTS HER CLAIMS`: a link to another story. But a
    // numbered one over a paragraph heads an item of the story (`1. FIREWORKS FLY IN FIRST
    // DEBATE.` in a list of things to know).
    if line.units >= 8 && is_all_caps(line.span.text(text)) {
        let numbered = line
            .span
            .text(text)
            .starts_with(|c: char| c.is_ascii_digit());
        return if numbered && over_paragraph(lines, index) {
            BlockKind::Subhead
        } else {
            BlockKind::Boilerplate
        };
    }
    // `Pause.`, `The winners are:`: short, but a sentence of the story.
    // `8-9 ripe pears` beside `1 lemon`: a list of the story; a lone `7 key moments ...` is a link.
    let listed = |i: usize| lines.get(i).is_some_and(|l| l.list_item && l.units >= 2);
    let in_list = listed(index) && (listed(index + 1) || index.checked_sub(1).is_some_and(listed));
    if body::weight(line) > 0 || line.sentence_like() || line.leads_in || in_list {
        return BlockKind::Paragraph;
    }
    // `___`, `* * *`: a rule between the story and its notes, no heading of the story.
    if !line.span.text(text).contains(char::is_alphanumeric) {
        return BlockKind::Boilerplate;
    }
    // Lines without an end stop in a run of three or more are a link list; a lone one is an
    // intertitle.
    let weak = |i: Option<usize>| {
        i.and_then(|i| lines.get(i)).is_some_and(|l| {
            l.furniture || (body::weight(l) <= 0 && !l.sentence_like() && !l.leads_in)
        })
    };
    let at = |offset: isize| index.checked_add_signed(offset);
    // `09:42 GMT` over `Zelensky calls for more air defence` over its entry: a live page's
    // entry heading.
    let after_clock = index
        .checked_sub(1)
        .is_some_and(|above| is_clock_line(lines[above].span.text(text)));
    if after_clock && over_paragraph(lines, index) {
        return BlockKind::Subhead;
    }
    // Looks two lines either way only, so a long run costs no more than a short one.
    let in_run = (weak(at(-2)) && weak(at(-1)))
        || (weak(at(-1)) && weak(at(1)))
        || (weak(at(1)) && weak(at(2)));
    if in_run {
        BlockKind::Boilerplate
    } else if line.units >= 7
        && line.span.text(text).starts_with(char::is_uppercase)
        && !is_title_case(line.span.text(text))
    {
        // `The slimmer bezels of the new laptop`: a picture's caption between paragraphs;
        // intertitles are short or title-cased.
        BlockKind::Caption
    } else {
        BlockKind::Subhead
    }
}

/// True when the line after line `index` is a sentence of the story: what a heading over it
/// heads (`4:40 p.m.:`, `1. FIREWORKS FLY IN FIRST DEBATE.`).
fn over_paragraph(lines: &[Line], index: usize) -> bool {
    lines
        .get(index + 1)
        .is_some_and(|next| !next.furniture && next.sentence_like())
}

/// `Republicans' Long, Uneasy History With Race`: most words capitalised.
fn is_title_case(words: &str) -> bool {
    let total = words
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    let capitalised = words
        .split_whitespace()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        .count();
    total > 0 && capitalised * 10 >= total * 6
}

/// What a line's own pattern says it is, wherever it stands; `None` when nothing does.
fn local_kind(text: &str, lines: &[Line], index: usize) -> Option<BlockKind> {
    let line = &lines[index];
    let words = line.span.text(text);
    if is_signoff(words) || is_end_note(words) {
        return Some(BlockKind::Signoff);
    }
    if is_page_record(words) {
        return Some(BlockKind::Boilerplate);
    }
    if line.units <= 20
        && (byline::parse(text, line.span).is_some()
            || byline::stamped(text, line.span).is_some()
            || byline::dated(text, line.span).is_some())
    {
        return Some(BlockKind::Byline);
    }
    // `By` on a line of its own over the author's name, and the name under it: one author line
    // that the page set on two.
    let named = |i: usize| {
        lines
            .get(i)
            .is_some_and(|l| !l.furniture && byline::bare_name(text, l.span).is_some())
    };
    let lone_by = |i: usize| byline::is_lone_by(lines[i].span.text(text));
    if (lone_by(index) && named(index + 1)) || (index > 0 && lone_by(index - 1) && named(index)) {
        return Some(BlockKind::Byline);
    }
    // `David Ehrlich` right above or below `Nov 13, 2019 4:26 pm`.
    // Not beside an age (`1 hour ago`), which also closes each item of a list of teasers.
    let beside_date = |i: Option<usize>| {
        i.and_then(|i| lines.get(i))
            .is_some_and(|l| is_listed(text, l) && !is_age(l.span.text(text)))
    };
    if !line.furniture
        && (beside_date(index.checked_sub(1)) || beside_date(Some(index + 1)))
        && byline::bare_name(text, line.span).is_some()
    {
        return Some(BlockKind::Byline);
    }
    // `BBC Scotland education correspondent` under `By Kirsty Grant`: the cheap test on this
    // line first, the byline parse of the line above only for a job title.
    let under_byline = || {
        index
            .checked_sub(1)
            .is_some_and(|i| byline::parse(text, lines[i].span).is_some())
    };
    // `Gwen Morris` over `BBC Wales education correspondent`: the author's name over the job
    // title, both with no `By`.
    let under_name = || {
        index.checked_sub(1).is_some_and(|i| {
            !lines[i].furniture && byline::bare_name(text, lines[i].span).is_some()
        })
    };
    if byline::role_line(text, line.span) && (under_byline() || under_name()) {
        return Some(BlockKind::Byline);
    }
    let over_role = || {
        lines
            .get(index + 1)
            .is_some_and(|next| byline::role_line(text, next.span))
    };
    if !line.furniture && byline::bare_name(text, line.span).is_some() && over_role() {
        return Some(BlockKind::Byline);
    }
    if is_credited_caption(words) {
        return Some(BlockKind::Caption);
    }
    if is_credit(words) {
        return Some(BlockKind::Credit);
    }
    // `Image caption,` over the caption it labels.
    if is_caption_label(words) {
        return Some(BlockKind::Boilerplate);
    }
    if index > 0 && is_caption_label(lines[index - 1].span.text(text)) || is_labelled_caption(words)
    {
        return Some(BlockKind::Caption);
    }
    if is_listed(text, line) {
        // `4:40 p.m.:` over an entry of a live report heads the entry.
        let heads_entry = words.trim_end().ends_with(':') && over_paragraph(lines, index);
        return Some(if heads_entry {
            BlockKind::Subhead
        } else {
            BlockKind::Boilerplate
        });
    }
    // A line right above a picture credit describes the picture; but the BBC's `Image source,
    // ...` stands over the picture and its caption, under the headline, and a credit set
    // apart from a paragraph heads the caption under it. Several sentences of some length
    // above a credit are the story's, not a caption. A credit in brackets closes its caption
    // on the caption's own line (`... (Image: Jane Doe)`): alone, it is a picture with none.
    let above_credit = lines.get(index + 1).is_some_and(|next| {
        let credit = next.span.text(text);
        is_credit(credit)
            && !credit.starts_with('(')
            && !names_source(credit)
            && !is_credited_caption(credit)
            && !heads_caption(text, lines, index + 1)
    }) && !reads_as_body(text, line);
    let below_credit = index
        .checked_sub(1)
        .is_some_and(|credit| heads_caption(text, lines, credit));
    if has_credit_at_end(words)
        || is_file_picture(words)
        || repeats_neighbour(text, lines, index)
        || ((above_credit || below_credit) && line.units <= 60)
    {
        return Some(BlockKind::Caption);
    }
    None
}

/// `PHOTO: Villagers wade through flood water (AFP)`, `Photo: Wasserman Schultz at the breakfast.
/// (AP Photo/Matt Rourke)`: a picture's label, then its caption and its credit in brackets. What
/// follows the label describes the picture (lower-case words, not only a name), so the line is
/// the caption, not a credit for the line above it.
fn is_credited_caption(words: &str) -> bool {
    let Some((label, rest)) = words.trim().split_once(':') else {
        return false;
    };
    let label = label.trim().to_lowercase();
    let label = label.strip_suffix('s').unwrap_or(&label);
    let labelled = credit_labels()
        .iter()
        .any(|w| w.eq_ignore_ascii_case(label));
    let rest = rest.trim().trim_end_matches('.');
    let Some(open) = rest.rfind('(').filter(|_| labelled && rest.ends_with(')')) else {
        return false;
    };
    let credit = rest[open + 1..rest.len() - 1].trim().to_lowercase();
    let described = rest[..open]
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count()
        >= 2;
    described && (byline::agencies().contains(&credit) || ends_with_credit(rest))
}

/// True when the bare credit at `credit` heads the caption under it rather than closing the
/// line above: it stands apart from the line above (a blank line between) and right over the
/// next; or the page sets it apart from both or from neither, and the next line is a caption's
/// length while the line above reads as the story (reported speech, several sentences) or is
/// the longer of the two.
fn heads_caption(text: &str, lines: &[Line], credit: usize) -> bool {
    let (Some(above), Some(below)) = (
        credit.checked_sub(1).map(|i| &lines[i]),
        lines.get(credit + 1),
    ) else {
        return false;
    };
    let words = lines[credit].span.text(text);
    if below.furniture || !is_credit(words) || names_source(words) || is_credited_caption(words) {
        return false;
    }
    let apart_above = blank_between(text, above, &lines[credit]);
    let apart_below = blank_between(text, &lines[credit], below);
    if apart_above && !apart_below {
        return true;
    }
    if reads_as_body(text, above) && below.units <= 30 {
        return true;
    }
    // Glued to the line above and set apart from the next: it closes the caption above.
    let glued_above = !apart_above && apart_below;
    let storylike = |line: &Line| reads_as_body(text, line) || reports_speech(text, line);
    let caption_sized = below.units <= 30 && !has_inner_sentence_end(below.span.text(text));
    !glued_above
        && caption_sized
        && !storylike(below)
        && !above.furniture
        && above.sentence_like()
        && (storylike(above) || above.units > below.units)
}

/// `..., officials said.`, `She told reporters ...`: a line that reports what someone said, as
/// the story does and a picture's caption does not.
fn reports_speech(text: &str, line: &Line) -> bool {
    line.span
        .text(text)
        .split_whitespace()
        .any(|word| matches!(word.trim_end_matches([',', '.']), "said" | "says" | "told"))
}

/// Two sentences or more, long for a caption: a paragraph of the story.
fn reads_as_body(text: &str, line: &Line) -> bool {
    line.units >= 30 && line.ends_sentence && has_inner_sentence_end(line.span.text(text))
}

/// A blank line between two lines of the page: the paste keeps them in separate paragraphs.
fn blank_between(text: &str, upper: &Line, lower: &Line) -> bool {
    let gap = &text[upper.span.end..lower.span.start];
    let ends = gap.matches('\n').count();
    ends >= 2 || (ends == 0 && gap.matches('\r').count() >= 2)
}

/// What stands between a credit's label and the name: `Photo: Jane Doe`, and the dots of one
/// paper's style, `Credit...Jamie Chen for The New York Times`.
const CREDIT_SEPARATORS: &[&str] = &[":", "...", "…"];

/// `Image caption,`: a line that labels the next as a picture's caption.
fn is_caption_label(words: &str) -> bool {
    // Only a short line is lowercased: this runs for every line and the line before it.
    let label = words.trim().trim_end_matches([',', ':']);
    label.len() <= 20 && caption_labels().contains(&label.to_lowercase())
}

/// `(This story has not been edited by our staff and is auto-generated from a syndicated feed.)`,
/// `This article was translated from German.`: a note on how the story was made.
fn is_end_note(words: &str) -> bool {
    words.len() <= 300 && {
        let key = words.to_lowercase();
        end_notes().iter().any(|note| key.contains(note))
    }
}

/// `Image caption, Officers at the scene on Monday`: the BBC's label and its caption on one line.
fn is_labelled_caption(words: &str) -> bool {
    words
        .split_once([',', ':'])
        .is_some_and(|(label, caption)| !caption.trim().is_empty() && is_caption_label(label))
}

/// `Image source, West Yorkshire Police`: a credit labelled as the picture's source.
fn names_source(credit: &str) -> bool {
    credit
        .split_whitespace()
        .nth(1)
        .is_some_and(|word| word.to_lowercase().starts_with("source"))
}

/// `Editor: Zhang Wei`, `Source: Xinhua`, `Edited by Li Na`: the page's record of who handled
/// the story and where it came from, a label and a few words.
fn is_page_record(words: &str) -> bool {
    let words = words.trim();
    if words.len() > 80 {
        return false;
    }
    let (label, rest) = match words.split_once([':', '：']) {
        Some(parts) => parts,
        None => match words.find(" by ") {
            Some(at) => (&words[..at + 3], &words[at + 3..]),
            None => return false,
        },
    };
    let count = rest.split_whitespace().count();
    (1..=8).contains(&count) && meta_labels().contains(&label.trim().to_lowercase())
}

/// `Jane Doe; from file, 2015.`: an archive picture's caption.
fn is_file_picture(words: &str) -> bool {
    let s = words.trim_end_matches('.');
    let s = s
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end_matches([',', ' ']);
    s.len() < 150
        && (s.ends_with("; from file")
            || s.ends_with("(file photo)")
            || s.ends_with("; file photo"))
}

/// Written in capitals, in a script that has them: `BREAKING NEWS`, not `속보`.
fn is_all_caps(words: &str) -> bool {
    let upper = words.chars().filter(|c| c.is_uppercase()).count();
    let letters = words.chars().filter(|c| c.is_alphabetic()).count();
    !words.chars().any(char::is_lowercase) && upper >= 4 && upper * 10 >= letters * 9
}

/// An author line, or a short line opening with `By `: `By Mike Wall 2019-11-18 Science`.
fn is_byline(text: &str, line: &Line) -> bool {
    let words = line.span.text(text);
    line.units <= 20
        && (byline::parse(text, line.span).is_some()
            || (!line.ends_sentence
                && (words.starts_with("By ") || words.starts_with("BY "))
                && line.units <= 10))
}

/// Words that label a page's timestamp: `Updated 2 hours ago`, `Published March 4, 2025`.
pub(super) const TIMESTAMP_LABELS: &[&str] = &["updated", "published", "posted"];

/// Timestamps and date lines of the page: `November 18, 2019 | 4:10pm`, `Friday, July 21, 2017`.
fn is_listed(text: &str, line: &Line) -> bool {
    let words = line.span.text(text);
    // `Published March 4, 2025 at 6:12 p.m.`: the stop ends the clock's abbreviation, not a
    // sentence.
    let stamped = || {
        let low = words.trim().to_lowercase();
        let label = low.strip_prefix("last ").unwrap_or(&low);
        TIMESTAMP_LABELS.iter().any(|w| label.starts_with(w))
            && (low.ends_with("a.m.") || low.ends_with("p.m."))
    };
    dateline::date_line(text, line.span).is_some()
        || ((line.units <= 12 && !line.ends_sentence || line.units <= 20 && stamped())
            && has_timestamp(words))
        || is_age(words)
}

/// A clock time alone on a line, perhaps with its zone: `09:42 GMT`, `8.15am`, `14:03`.
fn is_clock_line(words: &str) -> bool {
    let zone = |w: &str| {
        w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase())
            || ["am", "pm", "a.m.", "p.m."].contains(&w)
    };
    let mut parts = words.split_whitespace().skip(1);
    opens_with_clock(words) && parts.clone().count() <= 1 && parts.all(zone)
}

/// A line that opens with a clock time: `09:42 Zelensky calls for more air defence`.
fn opens_with_clock(words: &str) -> bool {
    let Some(time) = words.split_whitespace().next() else {
        return false;
    };
    let time = time.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
    time.split_once([':', '.']).is_some_and(|(hours, minutes)| {
        (1..=2).contains(&hours.len())
            && minutes.len() == 2
            && hours
                .chars()
                .chain(minutes.chars())
                .all(|c| c.is_ascii_digit())
    })
}

/// A page's relative timestamp on a line of its own: `2 hours ago`, `1 day ago`.
pub(super) fn is_age(words: &str) -> bool {
    const UNITS: [&str; 6] = ["second", "minute", "min", "hour", "day", "week"];
    let mut parts = words.split_whitespace();
    let (Some(count), Some(unit), Some("ago"), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    count.len() <= 2
        && count.chars().all(|c| c.is_ascii_digit())
        && UNITS.contains(&unit.strip_suffix('s').unwrap_or(unit))
}

/// `4:10`, `2019-11-18`, `18.11.19`, `Nov 18, 2019`, `18 November 2019`, `Updated 2 hours ago`,
/// `2019年`: a timestamp anywhere in `words`.
pub(super) fn has_timestamp(words: &str) -> bool {
    // English stems, then the other languages' that differ: French, Spanish, Portuguese,
    // German, Italian, Russian (`24 сентября 2018`, `22 de janeiro de 2018`).
    const MONTHS: [&str; 45] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "fév",
        "fev", "avr", "mai", "jui", "aoû", "déc", "ene", "abr", "ago", "dic", "set", "out", "dez",
        "mär", "okt", "gen", "mag", "giu", "lug", "ott", "янв", "фев", "мар", "апр", "мая", "май",
        "июн", "июл", "авг", "сен", "ноя", "дек",
    ];
    let s = words;
    let digits = |at, min, max| counted(s, at, min, max, digit);
    let separator = |at| one(s, at, |c| matches!(c, '-' | '.' | '/'));
    // `Nov`, `November`, `Nov.` and the space after it.
    let month = |at| {
        let word = MONTHS.iter().find_map(|m| lit_fold(s, at, m))?;
        let end = run(s, word, char::is_alphabetic);
        lit(s, end, ". ").or_else(|| lit(s, end, " "))
    };
    let at = |start: usize| {
        let word_start = boundary(s, start);
        // 4:10
        let clock = || {
            digits(start, 1, 2)
                .filter_map(|at| lit(s, at, ":"))
                .flat_map(|at| digits(at, 2, 2))
                .any(|end| boundary(s, end))
        };
        // 2019-11-18
        let year_first = || {
            digits(start, 4, 4)
                .filter_map(separator)
                .flat_map(|at| digits(at, 1, 2))
                .filter_map(separator)
                .flat_map(|at| digits(at, 1, 2))
                .any(|end| boundary(s, end))
        };
        // 18.11.2019
        let day_first = || {
            digits(start, 1, 2)
                .filter_map(separator)
                .flat_map(|at| digits(at, 1, 2))
                .filter_map(separator)
                .flat_map(|at| digits(at, 2, 4))
                .any(|end| boundary(s, end))
        };
        let year = |at| digits(at, 4, 4).any(|end| boundary(s, end));
        // Nov 18, 2019
        let month_first = || {
            month(start).is_some_and(|at| {
                digits(at, 1, 2)
                    .filter_map(|at| lit(s, at, ", ").or_else(|| lit(s, at, " ")))
                    .any(year)
            })
        };
        // 18 November 2019
        let month_second = || {
            digits(start, 1, 2)
                .filter_map(|at| lit(s, at, ". ").or_else(|| lit(s, at, " ")))
                .map(|at| lit(s, at, "de ").unwrap_or(at))
                .filter_map(month)
                .map(|at| lit(s, at, "de ").unwrap_or(at))
                .any(year)
        };
        // Updated 2 hours ago: a digit within twelve characters of the word.
        let updated = || {
            TIMESTAMP_LABELS
                .iter()
                .filter_map(|w| lit_ci(s, start, w))
                .any(|end| {
                    boundary(s, end)
                        && s[end..]
                            .chars()
                            .take(13)
                            .take_while(|&c| c != '\n')
                            .any(digit)
                })
        };
        let year_in_cjk = || {
            digits(start, 4, 4).any(|end| lit(s, end, "년").or_else(|| lit(s, end, "年")).is_some())
        };
        if char_at(s, start).is_some_and(digit) {
            (word_start && (clock() || year_first() || day_first() || month_second()))
                || year_in_cjk()
        } else {
            word_start && (month_first() || updated())
        }
    };
    // Every form holds a digit; most lines of a page hold none.
    s.contains(digit) && s.char_indices().any(|(start, _)| at(start))
}

/// The position after `word` (lower case) when `s` holds it at `at` in any case, in any script.
fn lit_fold(s: &str, at: usize, word: &str) -> Option<usize> {
    let mut end = at;
    for expected in word.chars() {
        let c = char_at(s, end)?;
        if !c.to_lowercase().eq([expected]) {
            return None;
        }
        end += c.len_utf8();
    }
    Some(end)
}

/// `Reuter`, `-- AP`, `-- London Newsroom +44 171 542 7658`, `(Reporting by Jane Doe; Editing
/// by John Roe)`.
pub(super) fn is_signoff(words: &str) -> bool {
    let s = words.trim();
    if matches!(s, "REUTER" | "REUTERS" | "Reuter" | "Reuters") {
        return true;
    }
    // -- AP
    let dashed = || {
        let at = lit(s, 0, "--").or_else(|| one(s, 0, |c| c == '—' || c == '–'))?;
        let name = one(s, run(s, at, char::is_whitespace), upper)?;
        Some(run(s, name, letter) == s.len() && line_of(s, name, s.len(), 1, 20))
    };
    // -- London Newsroom +44 171 542 7658, -- Jane Doe, New York Energy Desk, +1 212-859-1761:
    // the desk or the reporter to call, with the number.
    let contact = || {
        let at = lit(s, 0, "--").or_else(|| one(s, 0, |c| c == '—' || c == '–'))?;
        one(s, run(s, at, char::is_whitespace), upper)?;
        Some(s.chars().count() <= CONTACT_CHARS && has_phone_number(s))
    };
    // (Reporting by Jane Doe; Editing by John Roe)
    let credits = || {
        let at = lit(s, 0, "(").unwrap_or(0);
        let first = char_at(s, at)?;
        let word = [
            "eporting",
            "dditional reporting",
            "riting",
            "diting",
            "ompiled",
            "dited",
        ]
        .iter()
        .zip(['r', 'a', 'w', 'e', 'c', 'e'])
        .filter(|&(_, initial)| first.to_ascii_lowercase() == initial && first.is_ascii())
        .find_map(|(rest, _)| lit(s, at + 1, rest))?;
        let names = lit(s, word, " by ")?;
        let close = if s.ends_with(')') {
            s.len() - 1
        } else {
            s.len()
        };
        Some(line_of(s, names, s.len(), 1, 200) || line_of(s, names, close, 1, 200))
    };
    // Jane Doe contributed to this report. John Roe contributed reporting from Paris.
    // One sentence: a note that goes on (`... from Charleston. Ryan Grim reported from ...`)
    // is a paragraph of the page.
    let contributed = || {
        let at = s.rfind("contributed")?;
        let names = &s[..at];
        let named = names.is_empty()
            || (names.ends_with(char::is_whitespace) && names.chars().count() <= 91);
        let what = s[at + "contributed".len()..].strip_prefix(' ')?;
        let gave = contributions().iter().any(|w| {
            what.strip_prefix(w)
                .is_some_and(|rest| rest == "." || rest.starts_with([' ', ',']))
        });
        Some(named && gave && s.ends_with('.') && !has_inner_sentence_end(s))
    };
    dashed().unwrap_or(false)
        || contact().unwrap_or(false)
        || credits().unwrap_or(false)
        || contributed().unwrap_or(false)
}

/// The longest desk sign-off with its number: `-- Harry Milling, New York Energy Desk, ...`.
pub(super) const CONTACT_CHARS: usize = 120;

/// `+44 171 542 7658`, `(613) 235-6745`, `40-1 3120264`: seven digits or more, with only spaces,
/// hyphens, dots, slashes and brackets between them.
fn has_phone_number(s: &str) -> bool {
    let mut digits = 0;
    for c in s.chars() {
        if digit(c) {
            digits += 1;
            if digits >= 7 {
                return true;
            }
        } else if !matches!(c, ' ' | '(' | ')' | '/' | '.' | '-') {
            digits = 0;
        }
    }
    false
}

/// A whole line of picture credit: `© Stanislav Krasilnikov/TASS`, `Photo: Jane Doe`,
/// `(AP Photo/Evan Vucci)`, `Getty Images`.
pub(super) fn is_credit(words: &str) -> bool {
    if words.chars().count() > 100 {
        return false;
    }
    let s = words.trim();
    let end = s.len();
    let space = char::is_whitespace;
    // © Stanislav Krasilnikov/TASS
    let copyright = || {
        let at = lit(s, 0, "©").or_else(|| lit_ci(s, 0, "(c)"))?;
        let name = one(s, run(s, at, space), letter)?;
        Some(s[name..].match_indices('/').any(|(i, _)| {
            line_of(s, name, name + i, 0, 60) && line_of(s, name + i + 1, end, 1, 40)
        }))
    };
    // `(Image: Sheffield Star / Dean Atkins)`: the same in brackets.
    let labelled = || {
        is_labelled_credit(s)
            || s.strip_prefix('(')
                .and_then(|inner| inner.strip_suffix(')'))
                .is_some_and(is_labelled_credit)
    };
    // (AP Photo/Evan Vucci)
    let ap_photo = || {
        lit_ci(s, 0, "(ap photo")
            .is_some_and(|at| s.ends_with(')') && line_of(s, at, end.saturating_sub(1), 0, 80))
    };
    // Getty Images, AFP via Getty Images, (Reuters)
    let agency = || {
        let inner = s
            .strip_prefix('(')
            .and_then(|inner| inner.strip_suffix(')'))
            .unwrap_or(s);
        let end = inner.len();
        photo_agencies()
            .iter()
            .filter_map(|w| lit_ci(inner, 0, w))
            .any(|at| {
                at == end
                    || lit_ci(inner, at, " via ").is_some_and(|at| line_of(inner, at, end, 1, 30))
            })
    };
    // Stanislav Krasilnikov/TASS: one to three names, a slash, an agency.
    let named = || {
        // Any case: the line is matched ignoring case.
        let cased = |c: char| c.is_uppercase() || c.is_lowercase();
        let name = |c: char| letter(c) || matches!(c, '.' | '\'' | '’' | '-');
        let mut at = run(s, one(s, 0, cased)?, name);
        for _ in 0..2 {
            match lit(s, at, " ").and_then(|at| one(s, at, cased)) {
                Some(next) => at = run(s, next, name),
                None => break,
            }
        }
        let at = one(s, at, space).unwrap_or(at);
        let at = lit(s, at, "/")?;
        let at = one(s, at, space).unwrap_or(at);
        const AGENCIES: [&str; 10] = [
            "AP",
            "AFP",
            "TASS",
            "Reuters",
            "Getty Images",
            "EPA",
            "Shutterstock",
            "Bloomberg",
            "Xinhua",
            "Sputnik",
        ];
        Some(
            AGENCIES
                .iter()
                .filter_map(|w| lit_ci(s, at, w))
                .any(|at| at == end || lit(s, at, ".") == Some(end)),
        )
    };
    copyright().unwrap_or(false) || labelled() || ap_photo() || agency() || named().unwrap_or(false)
}

/// `Photo: Jane Doe`, `Photo credit: ...`, `Image source, West Yorkshire Police` (the BBC's
/// label), `Photographs by Ewan Mackie`: a credit's label, then the name.
fn is_labelled_credit(s: &str) -> bool {
    let end = s.len();
    let space = char::is_whitespace;
    const LABELS: [&str; 11] = [
        "photo",
        "photos",
        "image",
        "images",
        "picture",
        "photograph",
        "photographs",
        "credit",
        "video",
        "illustration",
        "foto",
    ];
    LABELS.iter().filter_map(|w| lit_ci(s, 0, w)).any(|label| {
        let at = run(s, label, space);
        let separated = [
            Some(at),
            lit_ci(s, at, "credit").map(|at| run(s, at, space)),
        ]
        .into_iter()
        .flatten()
        .flat_map(|at| {
            CREDIT_SEPARATORS
                .iter()
                .filter_map(move |sep| lit(s, at, sep))
        });
        let source = lit_ci(s, at, "source")
            .map(|at| run(s, at, space))
            .and_then(|at| lit(s, at, ":").or_else(|| lit(s, at, ",")));
        // `by` before a capital: `Photographs by the river` describes a picture.
        let by = lit_ci(s, label, " by")
            .and_then(|at| one(s, at, space))
            .and_then(|at| one(s, run(s, at, space), upper))
            .is_some_and(|name| line_of(s, name, end, 0, 59));
        separated
            .chain(source)
            .any(|at| spaced_line_of(s, at, end, 1, 60))
            || by
    })
}

/// A caption that carries its credit: `... Image: Nick Moreau.`, `... Video: Jane Doe.`,
/// `... (AP Photo/Evan Vucci)`, `... (Photo by Kevin Mazur/Getty Images)`, `... (Xinhua/Li
/// Bo)`, `... Jaafar ASHTIYEH / AFP`, `... © Reuters / David Mercado`, `Russian Defense Minister
/// Sergey Shoigu Stanislav Krasilnikov/TASS`.
pub(super) fn has_credit_at_end(words: &str) -> bool {
    let words = words.trim();
    if words.chars().count() > 600 {
        return false;
    }
    // The credit is anchored at the end and none of its forms is longer than this: searching the
    // tail alone keeps a long caption from costing a scan from every position.
    const LONGEST_CREDIT_CHARS: usize = 200;
    let tail = &words[words
        .char_indices()
        .rev()
        .nth(LONGEST_CREDIT_CHARS)
        .map_or(0, |(at, _)| at)..];
    // Every form of credit holds one of these; most body lines hold none.
    let may_hold_credit =
        tail.contains(['/', '(', '©', ':']) || credit_labels().iter().any(|w| tail.contains(w));
    may_hold_credit && ends_with_credit(tail)
}

/// The credit forms of [`has_credit_at_end`], each ending `s` or right before a final full stop.
pub(super) fn ends_with_credit(s: &str) -> bool {
    const AGENCIES: [&str; 15] = [
        "AP",
        "AFP",
        "TASS",
        "Reuters",
        "REUTERS",
        "Getty Images",
        "EPA",
        "Bloomberg",
        "Xinhua",
        "Sputnik",
        "ANP",
        "dpa",
        "Shutterstock",
        "AAP",
        "PA",
    ];
    let space = char::is_whitespace;
    let starts = || s.char_indices().map(|(at, _)| at);
    // A space or none before `at`: the positions it leaves.
    let spaced_before = |at: usize| {
        let before = char_before(s, at)
            .filter(|&c| space(c))
            .map(|c| at - c.len_utf8());
        [Some(at), before].into_iter().flatten()
    };
    let ends_at = |end: usize| {
        // `Image: Nick Moreau`, `Photos by Jane Doe`
        let labelled = || {
            starts().filter(|&at| boundary(s, at)).any(|at| {
                credit_labels()
                    .iter()
                    .filter_map(|w| lit(s, at, w))
                    .flat_map(|at| [Some(at), lit(s, at, "s")].into_iter().flatten())
                    .flat_map(|at| {
                        [" by"]
                            .iter()
                            .chain(CREDIT_SEPARATORS)
                            .filter_map(move |sep| lit(s, at, sep))
                    })
                    .any(|at| spaced_line_of(s, at, end, 1, 60))
            })
        };
        // `(AP Photo/Evan Vucci)`, `(Photo by Kevin Mazur/Getty Images)`
        let in_brackets = || {
            s[..end].ends_with(')')
                && s.match_indices('(').any(|(at, _)| {
                    [lit(s, at + 1, "AP "), Some(at + 1)]
                        .into_iter()
                        .flatten()
                        .flat_map(|at| credit_labels().iter().filter_map(move |w| lit(s, at, w)))
                        .flat_map(|at| [Some(at), lit(s, at, "s")].into_iter().flatten())
                        .flat_map(|at| {
                            [lit(s, at, " by"), lit(s, at, ":"), lit(s, at, "/")]
                                .into_iter()
                                .flatten()
                        })
                        .any(|at| line_without(s, at, end - 1, 1, 80, |c| c == ')'))
                })
        };
        // `(Xinhua/Li Bo)`: an agency and its photographer in brackets.
        let agency_in_brackets = || {
            s[..end].ends_with(')')
                && s.match_indices('(').any(|(at, _)| {
                    AGENCIES
                        .iter()
                        .filter_map(|w| lit(s, at + 1, w))
                        .filter_map(|at| lit(s, one(s, at, space).unwrap_or(at), "/"))
                        .filter_map(|at| one(s, one(s, at, space).unwrap_or(at), upper))
                        .any(|at| {
                            line_without(s, at, end - 1, 1, 40, |c| {
                                !(letter(c) || matches!(c, '.' | ' ' | '-'))
                            })
                        })
                })
        };
        // `© Reuters / David Mercado`
        let copyright = || {
            starts()
                .filter_map(|at| lit(s, at, "©").or_else(|| lit(s, at, "(c)")))
                .any(|at| line_without(s, at, end, 1, 60, |c| c == '©'))
        };
        // `Jaafar ASHTIYEH / AFP`: a capitalised name, a slash, an agency.
        let name_then_agency = || {
            let name = |c: char| letter(c) || matches!(c, '.' | '\'' | '’' | '-');
            AGENCIES
                .iter()
                .filter(|w| s[..end].ends_with(*w))
                .flat_map(|w| spaced_before(end - w.len()))
                .filter(|&at| char_before(s, at) == Some('/'))
                .flat_map(|at| spaced_before(at - 1))
                .any(|name_end| {
                    // The name's last word may start anywhere inside a word: some capital in the
                    // letters right before the slash, with at least one more after it.
                    let mut at = name_end;
                    while let Some(c) = char_before(s, at).filter(|&c| name(c)) {
                        at -= c.len_utf8();
                        if upper(c) && at + c.len_utf8() < name_end {
                            return true;
                        }
                    }
                    false
                })
        };
        // `AFP / Jaafar Ashtiyeh`: an agency, a slash, a capitalised name.
        let agency_then_name = || {
            s.match_indices('/').any(|(slash, _)| {
                let named = one(s, slash + 1, space)
                    .and_then(|at| one(s, at, upper))
                    .or_else(|| one(s, slash + 1, upper))
                    .is_some_and(|at| {
                        line_without(s, at, end, 1, 40, |c| {
                            !(letter(c) || matches!(c, '.' | ' ' | '-'))
                        })
                    });
                named
                    && spaced_before(slash).any(|at| {
                        AGENCIES
                            .iter()
                            .any(|w| s[..at].ends_with(w) && boundary(s, at - w.len()))
                    })
            })
        };
        labelled()
            || in_brackets()
            || agency_in_brackets()
            || copyright()
            || name_then_agency()
            || agency_then_name()
    };
    ends_at(s.len()) || (s.ends_with('.') && ends_at(s.len() - 1))
}

/// The alt text repeated beside its caption: a short line that the next or previous line
/// starts with (or equals).
fn repeats_neighbour(text: &str, lines: &[Line], index: usize) -> bool {
    let words = lines[index].span.text(text);
    if lines[index].units < 2 || lines[index].units > 40 {
        return false;
    }
    // Whole words of two or more: `Keyboard` above `Keyboards are highly subjective.` is an
    // intertitle above its paragraph.
    let opens = |long: &str, short: &str| {
        long.strip_prefix(short)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
            && super::line::units(short) >= 2
    };
    let starts = |other: Option<&Line>| {
        other.is_some_and(|o| {
            let other = o.span.text(text);
            opens(other, words) || opens(words, other)
        })
    };
    starts(index.checked_sub(1).and_then(|i| lines.get(i))) || starts(lines.get(index + 1))
}

/// A headline's shape: a few words, up to a long title.
fn is_title(line: &Line) -> bool {
    (3..=30).contains(&line.units)
}

/// `EXCLUSIVE`, `WORLD:`: a section label of up to three words, in capitals or ending with a
/// colon, that is not the last item of a menu (the line above it is no other short label).
fn is_kicker(text: &str, lines: &[Line], index: usize) -> bool {
    let line = &lines[index];
    let words = line.span.text(text);
    let capitals = !words.chars().any(char::is_lowercase)
        && words.chars().filter(|c| c.is_uppercase()).count() >= 2;
    let in_menu = index
        .checked_sub(1)
        .is_some_and(|above| lines[above].units <= 3 && !lines[above].ends_sentence);
    (1..=3).contains(&line.units) && (words.ends_with(':') || capitals) && !in_menu
}

/// Where a headline line's opening label ends, with the dash or colon that sets it off:
/// `EXCLUSIVE -- ` of `EXCLUSIVE -- Stephen Miller: ...`, `Breaking: `, `WATCH — `. The label is
/// listed (data/structure_kicker_labels.txt) and capitalised, and a headline (a word or a
/// quotation) follows. Returns the end of the dash or colon.
pub(super) fn kicker_in_headline(line: &str) -> Option<usize> {
    let set_off = |label_end: usize| {
        let label = line[..label_end].trim_end();
        if !label.starts_with(char::is_uppercase)
            || !kicker_labels().contains(label.to_lowercase().as_str())
        {
            return None;
        }
        let spaces = run(line, label_end, char::is_whitespace);
        let mark_end = lit(line, label_end, ":")
            .or_else(|| one(line, spaces, |c| c == '—' || c == '–'))
            .or_else(|| lit(line, spaces, "--"))
            .or_else(|| lit(line, spaces, "-").filter(|_| spaces > label_end))?;
        let rest = run(
            line,
            one(line, mark_end, char::is_whitespace)?,
            char::is_whitespace,
        );
        line[rest..]
            .starts_with(|c: char| c.is_alphanumeric() || "\"'“‘".contains(c))
            .then_some(mark_end)
    };
    line.char_indices()
        .filter(|&(_, c)| matches!(c, ':' | ' ' | '—' | '–' | '-'))
        .take(4)
        .find_map(|(at, _)| set_off(at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn kinds(text: &str) -> Vec<(&'static str, &str)> {
        let lines: Vec<Line> = super::super::lines(text)
            .map(|s| Line::new(text, s))
            .collect();
        let (kinds, _) = classify(text, &lines);
        lines
            .iter()
            .zip(kinds)
            .map(|(line, kind)| (kind.name(), line.span.text(text)))
            .collect()
    }

    #[test]
    fn kicker_labels_open_a_headline() {
        for (line, kicker) in [
            (
                "EXCLUSIVE -- Jane Roe: Rates Must Fall",
                Some("EXCLUSIVE --"),
            ),
            ("Exclusive — Port Strike Ends", Some("Exclusive —")),
            ("BREAKING: Senate passes bill", Some("BREAKING:")),
            ("Watch Live: the count in Leeds", Some("Watch Live:")),
            ("Breaking News - Dam bursts", Some("Breaking News -")),
            ("WATCH What Happens Next", None),
            ("Exclusive Excerpt–A Memoir, Part 3.", None),
            ("Live-Updates From Kyiv", None),
            ("Explainer: Why rates rise", None),
            ("Breaking:", None),
        ] {
            let found = kicker_in_headline(line).map(|end| &line[..end]);
            assert_eq!(found, kicker, "{line}");
        }
    }

    #[test]
    fn line_patterns() {
        // (line, signoff, credit, caption with its credit)
        let table = [
            ("Reuter", true, false, false),
            ("-- AP", true, false, false),
            ("-- London Newsroom +44 171 542 7658", true, false, false),
            (
                "-- Reuters Ottawa Bureau (613) 235-6745",
                true,
                false,
                false,
            ),
            ("-- London Newsroom", false, false, false),
            ("— in 1996, 2000 and 2004", false, false, false),
            ("Jane Doe contributed reporting.", true, false, false),
            (
                "Jane Doe contributed reporting from Paris, and John Roe from Rome.",
                true,
                false,
                false,
            ),
            ("Jane Doe contributed to this report.", true, false, false),
            (
                "Jane Doe contributed reporting from Paris. John Roe reported from Rome.",
                false,
                false,
                false,
            ),
            (
                "The fund contributed reportedly more than it could afford.",
                false,
                false,
                false,
            ),
            (
                "(Reporting by Jane Doe; Editing by John Roe)",
                true,
                false,
                false,
            ),
            ("© Ivan Petrov/TASS", false, true, false),
            ("Photo: Jane Doe", false, true, false),
            ("(AP Photo/Sam Lee)", false, true, false),
            ("(Image: City Star / Jane Doe)", false, true, false),
            ("Jim Black / Reuters.", false, true, false),
            ("Getty Images", false, true, false),
            ("Photographs by Ewan Mackie", false, true, false),
            ("Image source, West Yorkshire Police", false, true, false),
            (
                "A man crosses the bridge on Monday. (AP Photo/Sam Lee)",
                false,
                false,
                true,
            ),
            (
                "Volunteers plant saplings. Image: Jan Novak.",
                false,
                false,
                true,
            ),
            ("Minister Pavel Orlov Ivan Petrov/TASS", false, false, true),
            (
                "Photo taken on March 1, 2025 shows a bridge in Wuxi. (Xinhua/Li Bo)",
                false,
                false,
                true,
            ),
            ("Talks resumed in Geneva (AP).", false, false, false),
            (
                "Fans wait outside the stadium. REUTERS/Jane Doe",
                false,
                false,
                true,
            ),
            (
                "The minister said the port would reopen.",
                false,
                false,
                false,
            ),
            ("Reuters reported the deal on Monday.", false, false, false),
        ];
        for (line, signoff, credit, caption) in table {
            assert_eq!(is_signoff(line), signoff, "signoff: {line}");
            assert_eq!(is_credit(line), credit, "credit: {line}");
            // A bare credit also ends with one; it is told apart first.
            assert_eq!(
                has_credit_at_end(line) && !credit,
                caption,
                "caption: {line}"
            );
        }
    }

    #[test]
    fn labelled_captions_with_their_credit() {
        for line in [
            "PHOTO: Fishermen haul nets on the shore at dawn (AFP)",
            "Photo: The mayor at the opening. (AP Photo/Sam Lee)",
        ] {
            assert!(is_credited_caption(line), "{line}");
        }
        for line in [
            "Photo: Jane Doe (AFP)",
            "Photo: Jane Doe",
            "Note: talks resumed in the capital on Monday (AFP)",
        ] {
            assert!(!is_credited_caption(line), "{line}");
        }
    }

    #[test]
    fn page_records_and_labelled_captions() {
        for line in [
            "Editor: Zhang Wei",
            "Source: Xinhua",
            "Edited by Li Na",
            "Responsible editor：Wang Fang",
        ] {
            assert!(is_page_record(line), "{line}");
        }
        for line in [
            "Editor's note",
            "Source: a senior official who spoke on condition of anonymity said the talks had stalled",
            "Sources said the deal was close.",
            "Edited by",
        ] {
            assert!(!is_page_record(line), "{line}");
        }
        assert!(is_labelled_caption(
            "Image caption, Officers at the scene on Monday"
        ));
        assert!(is_labelled_caption("Caption: Fans outside the stadium"));
        assert!(!is_labelled_caption("Image caption,"));
        assert!(!is_labelled_caption("Captions are hard, she said."));
    }

    #[test]
    fn timestamps_and_title_case() {
        let text = "November 18, 2019 | 4:10pm";
        assert!(is_listed(text, &Line::new(text, Span::new(0, text.len()))));
        let text = "We recently-published the plan";
        assert!(!is_listed(text, &Line::new(text, Span::new(0, text.len()))));
        assert!(is_title_case("Republicans' Long, Uneasy History With Race"));
        assert!(!is_title_case("The slimmer bezels of the new laptop"));
    }

    #[test]
    fn clean_article_head_body_and_tail() {
        let got = kinds(
            "EXCLUSIVE\nPort to reopen after long pause\nBy Jane Doe, Reuters\n\n\
             WARSAW, March 26 - The river port will reopen in April after a two-year pause, officials said.\n\n\
             Ships will carry grain and timber, the port authority said on Tuesday.\n\nReuter\n",
        );
        let expected = [
            ("kicker", "EXCLUSIVE"),
            ("headline", "Port to reopen after long pause"),
            ("byline", "By Jane Doe, Reuters"),
            ("paragraph", "WARSAW, March 26 - The river port will reopen in April after a two-year pause, officials said."),
            ("paragraph", "Ships will carry grain and timber, the port authority said on Tuesday."),
            ("signoff", "Reuter"),
        ];
        assert_eq!(got, expected);
    }

    #[test]
    fn an_agency_under_the_headline_is_its_source() {
        for agency in ["Reuters", "AP", "PTI", "Press Trust of India"] {
            let text = format!(
                "Port to reopen after long pause\n{agency}\n\
                 The river port will reopen in April after a two-year pause, officials said.\n"
            );
            let got = kinds(&text);
            assert_eq!(
                got[0],
                ("headline", "Port to reopen after long pause"),
                "{agency}"
            );
            assert_eq!(got[1], ("byline", agency), "{agency}");
        }
    }

    #[test]
    fn a_later_agency_paragraph_does_not_cut_the_story() {
        let got = kinds(
            "Markets calm after rate decision\n\n\
             Stock markets were calm on Thursday after the central bank left its main rate unchanged.\n\n\
             Traders said the decision had been widely expected for several weeks.\n\n\
             LONDON (Reuters) - In London, the main index closed slightly higher on the day, dealers said.\n",
        );
        let paragraphs = got.iter().filter(|(k, _)| *k == "paragraph").count();
        assert_eq!(paragraphs, 3, "{got:?}");
    }

    #[test]
    fn pasted_page_keeps_the_story_and_drops_the_furniture() {
        let got = kinds(
            "Home\nNews\nSport\nBridge to close for repairs\nBy Sam Taylor\nShare\n\
             Sam Taylor\nNov 13, 2019 4:26 pm\n\
             The council voted on Tuesday to close the old bridge for repairs next spring, officials said.\n\
             Repairs\n\
             Engineers said the work would take about four months and cost two million pounds in total.\n\
             Related stories\nTrain fares rise again\nBus station closes\n\
             This website uses cookies to improve your experience, as explained in our policy.\n\
             © 2019 City News Ltd. All rights reserved.\n",
        );
        let kind_of = |line: &str| got.iter().find(|(_, l)| *l == line).map(|(k, _)| *k);
        assert_eq!(kind_of("Bridge to close for repairs"), Some("headline"));
        assert_eq!(kind_of("Sam Taylor"), Some("byline"));
        assert_eq!(kind_of("By Sam Taylor"), Some("byline"));
        assert_eq!(kind_of("Repairs"), Some("subhead"));
        for line in [
            "Home",
            "Share",
            "Related stories",
            "Train fares rise again",
            "© 2019 City News Ltd. All rights reserved.",
        ] {
            assert_eq!(kind_of(line), Some("boilerplate"), "{line}");
        }
        let paragraphs = got.iter().filter(|(k, _)| *k == "paragraph").count();
        assert_eq!(paragraphs, 2, "{got:?}");
    }
}
