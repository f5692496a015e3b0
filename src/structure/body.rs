//! Lines -> the article body's run of lines.
//!
//! Each line weighs for or against being body text by its shape: long lines that end a
//! sentence weigh for it in proportion to their length, short lines without an end stop (menus,
//! link lists, buttons) and known furniture weigh against it. The body is the run of lines
//! with the greatest total weight (a maximum-sum subarray, one linear pass), so a short
//! subhead or a single button between long paragraphs stays inside the run while the
//! navigation above and the related links below fall outside.

use std::ops::Range;

use super::line::Line;

/// A run of lines that weighs this much against the body ends it, even when more text
/// follows: a menu or a link list between the story and a cookie notice.
const GAP: i64 = 20;

/// How much `line` speaks for being body text.
pub(crate) fn weight(line: &Line) -> i64 {
    if line.wall {
        return -2 * GAP;
    }
    if line.boxed {
        return 0;
    }
    if line.furniture {
        return -6;
    }
    if line.repeated && !line.ends_sentence {
        return -5;
    }
    if line.truncated {
        return -3;
    }
    let units = i64::try_from(line.units).unwrap_or(i64::MAX).min(120);
    match (line.sentence_like(), units) {
        (true, 8..) => units,
        (false, 20..) => units / 2,
        (true, 4..) => 1,
        _ if line.leads_in && units >= 4 => 1,
        _ if line.list_item && units >= 2 => 0,
        _ => -3,
    }
}

/// The run of lines with the greatest total weight, cut at gaps that weigh `GAP` or more
/// against it; empty when no line weighs for the body. A substantial piece just above the
/// heaviest one joins it across a short gap: the story's opening paragraphs above an inline
/// box of links (furniture after a story is what follows it, not what precedes it).
pub(crate) fn region(lines: &[Line]) -> Range<usize> {
    let weights: Vec<i64> = lines.iter().map(weight).collect();
    let run = heaviest_run(&weights);
    // Pieces of the run between heavy gaps: (range, weight).
    let mut pieces: Vec<(Range<usize>, i64)> = Vec::new();
    let mut gap_sum = 0;
    for index in run {
        let weight = weights[index];
        if weight <= 0 {
            gap_sum += weight;
            continue;
        }
        match pieces.last_mut() {
            Some((range, sum)) if gap_sum > -GAP => {
                *sum += gap_sum + weight;
                range.end = index + 1;
            }
            _ => pieces.push((index..index + 1, weight)),
        }
        gap_sum = 0;
    }
    let Some(best) = (0..pieces.len()).max_by_key(|&i| (pieces[i].1, std::cmp::Reverse(i))) else {
        return 0..0;
    };
    let mut region = pieces[best].0.clone();
    for (range, sum) in pieces[..best].iter().rev() {
        if *sum >= 2 * GAP && region.start - range.end <= 8 {
            region.start = range.start;
        } else {
            break;
        }
    }
    // Below, only across a short box with no list header or footer in it (an inline ad or
    // link box), never past `Comments` or `© ...`.
    for (range, sum) in &pieces[best + 1..] {
        let gap = region.end..range.start;
        if *sum >= 2 * GAP && gap.len() <= 8 && !lines[gap].iter().any(|line| line.wall) {
            region.end = range.end;
        } else {
            break;
        }
    }
    region
}

/// The body run that starts at `start` (a line known to open the story, such as its
/// dateline): it runs on until a gap that weighs `GAP` against it.
pub(crate) fn region_from(lines: &[Line], start: usize) -> Range<usize> {
    let mut end = start + 1;
    let mut gap_sum = 0;
    for (index, line) in lines.iter().enumerate().skip(start + 1) {
        let weight = weight(line);
        if weight > 0 {
            gap_sum = 0;
            end = index + 1;
        } else {
            gap_sum += weight;
            if gap_sum <= -GAP {
                break;
            }
        }
    }
    start..end.min(lines.len())
}

/// The story's lines below a box of links set inside it: `Related articles`, two links, then
/// more of the story. A box header ends the body run, as a list after the story does; but when
/// up to `LINKS` link-shaped lines (no end stop) under it are followed by two paragraphs or
/// more, one of them long, that run on to the page's end or to its furniture, the story goes
/// on below the box. Teasers with their summaries alternate titles and sentences, and comments
/// have headers of their own. The extended run, and the boxes inside it.
pub(crate) fn past_link_boxes(
    lines: &[Line],
    mut region: Range<usize>,
) -> (Range<usize>, Vec<Range<usize>>) {
    const LINKS: usize = 6;
    let mut boxes = Vec::new();
    if region.is_empty() {
        return (region, boxes);
    }
    while lines.get(region.end).is_some_and(|line| line.box_header) {
        let header = region.end;
        let link = |line: &Line| {
            !line.sentence_like()
                && !line.furniture
                && !line.wall
                && !line.leads_in
                && line.units >= 3
        };
        let links = lines[header + 1..].iter().take_while(|l| link(l)).count();
        let first = header + 1 + links;
        let story = lines[first..]
            .iter()
            .take_while(|l| weight(l) > 0 && l.sentence_like() && !l.repeated)
            .count();
        let end = first + story;
        let long = lines[first..end].iter().any(|l| weight(l) >= 8);
        let closes = lines
            .get(end)
            .is_none_or(|l| l.furniture || l.wall || l.after_story);
        if !(1..=LINKS).contains(&links) || story < 2 || !long || !closes {
            break;
        }
        boxes.push(header..first);
        region.end = end;
    }
    (region, boxes)
}

/// The story's last lines when an info box stands between its text and the share buttons or
/// tags under it (dates, prices, a cast list): up to `BOX` clean lines that end right at such a
/// line join the body. Not across furniture, a list header, a repeated line or a teaser.
pub(crate) fn through_box(lines: &[Line], region: Range<usize>) -> Range<usize> {
    const BOX: usize = 16;
    let after = lines.iter().enumerate().skip(region.end).take(BOX + 1);
    for (index, line) in after {
        if line.after_story {
            return region.start..index;
        }
        if line.furniture || line.wall || line.repeated || line.truncated {
            break;
        }
    }
    region
}

/// The story's closing lines past a button or an ad that stands inside it: `Advertisement`,
/// `Share`, then `Work starts in May.` as the page's last text. A short last paragraph weighs
/// too little to bridge the furniture on its own, but a reader loses it if it falls out.
/// Only up to `BUTTONS` furniture lines, then up to `LAST` sentences, then the page's end or
/// more furniture: a sentence followed by other text may be a teaser.
pub(crate) fn past_buttons(lines: &[Line], region: Range<usize>) -> Range<usize> {
    const BUTTONS: usize = 2;
    const LAST: usize = 2;
    if region.is_empty() {
        return region;
    }
    let buttons = lines[region.end..]
        .iter()
        .take_while(|line| line.furniture && !line.wall)
        .count();
    if buttons == 0 || buttons > BUTTONS {
        return region;
    }
    let first = region.end + buttons;
    let sentences = lines[first..]
        .iter()
        .take_while(|line| {
            line.ends_sentence && line.units >= 3 && !line.repeated && !line.furniture && !line.wall
        })
        .count();
    let end = first + sentences;
    let closes_page = lines[end..].iter().all(|line| line.furniture || line.wall);
    if (1..=LAST).contains(&sentences) && closes_page {
        region.start..end
    } else {
        region
    }
}

/// The story's table when it closes the story: `Results on Sunday:` ends the body run, and the
/// rows under it (`1. John Smith (USA) 9.92`, `Women's 200 metres`, see
/// [`super::line::mark_table_rows`]) weigh nothing for it, so the run stops at the lead-in. Its
/// rows, two or more, join the body up to the first line that is none.
pub(crate) fn through_table(lines: &[Line], region: Range<usize>) -> Range<usize> {
    const ROWS: usize = 2;
    if region.is_empty() || !lines[region.end - 1].leads_in {
        return region;
    }
    let part = |line: &Line| (line.list_item || line.leads_in) && !line.furniture && !line.wall;
    let table = lines[region.end..].iter().take_while(|l| part(l)).count();
    // Not a lead-in with no rows under it.
    let table = lines[region.end..region.end + table]
        .iter()
        .rposition(|line| line.list_item)
        .map_or(0, |last| last + 1);
    let rows = lines[region.end..region.end + table]
        .iter()
        .filter(|line| line.list_item)
        .count();
    if rows >= ROWS {
        region.start..region.end + table
    } else {
        region
    }
}

/// A schedule or results page: the story is a list of five items or more (`1st round: 10 March
/// – Interlagos`) that ends at the share buttons or tags under it, and the heavier run that
/// `region()` found starts below them (a sidebar of teasers). The list with the lines between
/// it and the buttons.
pub(crate) fn list_story(lines: &[Line], heaviest_start: usize) -> Option<Range<usize>> {
    const ITEMS: usize = 5;
    // Up to this many clean lines between the list's last item and the buttons.
    const AFTER: usize = 4;
    let item = |line: &Line| line.list_item && line.units >= 3 && !line.repeated && !line.furniture;
    let mut start = 0;
    let mut count = 0;
    for index in 0..heaviest_start.min(lines.len()) {
        if item(&lines[index]) {
            if count == 0 {
                start = index;
            }
            count += 1;
            continue;
        }
        if count >= ITEMS {
            let marker = lines[index..]
                .iter()
                .take(AFTER + 1)
                .take_while(|l| l.after_story || !(l.wall || l.furniture))
                .position(|l| l.after_story)
                .map(|at| index + at)
                .filter(|&marker| marker < heaviest_start);
            if let Some(marker) = marker {
                return Some(start..marker);
            }
        }
        count = 0;
    }
    None
}

/// The maximum-sum run of `weights` (Kadane's algorithm).
fn heaviest_run(weights: &[i64]) -> Range<usize> {
    let mut best = 0..0;
    let mut best_sum = 0;
    let mut start = 0;
    let mut sum = 0;
    for (index, &weight) in weights.iter().enumerate() {
        if sum <= 0 {
            start = index;
            sum = 0;
        }
        sum += weight;
        if sum > best_sum {
            best_sum = sum;
            best = start..index + 1;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line> {
        super::super::lines(text)
            .map(|s| Line::new(text, s))
            .collect()
    }

    #[test]
    fn body_is_the_run_of_long_sentences() {
        let text = "Home\nNews\nSport\nWeather\n\
            The council voted on Tuesday to close the old bridge for repairs next spring.\n\
            Repairs\n\
            Engineers said the work would take about four months and cost two million pounds.\n\
            Share\nRelated\nBridge reopens after storm\nTrain fares rise\n";
        let lines = lines(text);
        let body = region(&lines);
        let first = lines[body.start].span.text(text);
        let last = lines[body.end - 1].span.text(text);
        assert!(first.starts_with("The council"), "{first}");
        assert!(last.starts_with("Engineers"), "{last}");
    }

    #[test]
    fn an_inline_box_does_not_split_the_story_but_comments_end_it() {
        let paragraph = "The council voted on Tuesday to close the old bridge for repairs next spring, the mayor said.\n";
        let later = "Engineers said the work would take about four months and would cost two million pounds.\n";
        let comment = "I cross this bridge every day and I think the repairs are long overdue, frankly speaking.\n";
        let boxed = "Deals\nShop now\nGift cards\nTop offers\nNew in\nSale items\nBest sellers\n";
        let text = format!("{paragraph}{paragraph}{paragraph}{boxed}{later}{later}{later}Comments\n{comment}{comment}");
        let lines = lines(&text);
        let body = region(&lines);
        assert_eq!(
            body,
            0..13,
            "{:?}",
            lines.iter().map(|l| l.span.text(&text)).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_last_short_paragraph_past_a_button_stays_in_the_story() {
        let paragraph =
            "The council voted on Tuesday to close the old bridge for repairs next spring.\n";
        let text = format!("{paragraph}{paragraph}Advertisement\nShare\nWork starts in May.\n");
        let closing = lines(&text);
        assert_eq!(past_buttons(&closing, region(&closing)), 0..5);
        // Not when more text follows it: that may be a teaser under the buttons.
        let text = format!(
            "{paragraph}{paragraph}Share\nWork starts in May.\nBridge reopens after storm\n"
        );
        let teased = lines(&text);
        assert_eq!(past_buttons(&teased, region(&teased)), 0..2);
    }

    #[test]
    fn the_story_goes_on_below_a_box_of_links() {
        let paragraph =
            "The council voted on Tuesday to close the old bridge for repairs next spring.\n";
        let boxed = "Related articles\nTrain fares rise again\nBus station to close in May\n";
        let text = format!("{paragraph}{paragraph}{boxed}{paragraph}Work starts in May.\n");
        let story = lines(&text);
        let (body, boxes) = past_link_boxes(&story, region(&story));
        assert_eq!(body, 0..7);
        assert_eq!(boxes.first(), Some(&(2..5)));
        // Not teasers with their summaries, nor a lone sentence under the links.
        for after in [
            "Fares rise again.\nBus station to close in May\nThe station will close.\n",
            "A teaser with its summary, as pages set them under a list of links.\n",
        ] {
            let text = format!("{paragraph}{paragraph}{boxed}{after}");
            let teased = lines(&text);
            let (body, boxes) = past_link_boxes(&teased, region(&teased));
            assert_eq!((body, boxes.len()), (0..2, 0));
        }
    }

    #[test]
    fn a_table_under_the_last_lead_in_closes_the_story() {
        let text = "Ice hockey results\n\
            MOSCOW, May 3 (Reuters) - Results of the world championship matches on Sunday:\n\
            Group A\nSweden 3 Finland 2\nCanada 4 Latvia 1\nGroup B\nUSA 2 Norway 0\n\
            Share\nRelated stories\n";
        let mut story = lines(text);
        super::super::line::mark_table_rows(text, &mut story);
        assert_eq!(through_table(&story, region(&story)), 1..7);
        // Not a lead-in over links that hold no digit.
        let text = "The council voted on Tuesday to close the old bridge, and named its reasons:\n\
            Bridge reopens after storm\nTrain fares rise\n";
        let mut teased = lines(text);
        super::super::line::mark_table_rows(text, &mut teased);
        assert_eq!(through_table(&teased, region(&teased)), 0..1);
    }

    #[test]
    fn no_body_in_a_menu() {
        assert_eq!(region(&lines("Home\nNews\nSport\n")), 0..0);
    }
}
