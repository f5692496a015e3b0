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

/// How much `line` speaks for being body text.
pub(crate) fn weight(line: &Line) -> i64 {
    if line.furniture {
        return -6;
    }
    if line.truncated {
        return -3;
    }
    let units = i64::try_from(line.units).unwrap_or(i64::MAX).min(120);
    match (line.ends_sentence, units) {
        (true, 8..) => units,
        (false, 20..) => units / 2,
        (true, 4..) => 1,
        _ => -3,
    }
}

/// The run of lines with the greatest total weight; empty when no line weighs for the body.
pub(crate) fn region(lines: &[Line]) -> Range<usize> {
    let mut best = 0..0;
    let mut best_sum = 0;
    let mut start = 0;
    let mut sum = 0;
    for (index, line) in lines.iter().enumerate() {
        if sum <= 0 {
            start = index;
            sum = 0;
        }
        sum += weight(line);
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
    use crate::span::Span;

    fn lines(text: &str) -> Vec<Line> {
        super::super::lines(text).map(|s| Line::new(text, s)).collect()
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
        assert_eq!(Span::new(0, 0).len(), 0);
    }

    #[test]
    fn no_body_in_a_menu() {
        assert_eq!(region(&lines("Home\nNews\nSport\n")), 0..0);
    }
}
