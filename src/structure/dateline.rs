//! Datelines at the start of a paragraph, in the styles of the big agencies:
//! `MOSCOW, April 27. /TASS/.`, `WASHINGTON (AP) —`, `PARIS, Aug 31 (Reuters) -`, and the
//! Indian papers' `NEW DELHI:`.

use super::scan::{char_before, counted, digit, line_of, lit, lower, mark, one, run, upper};
use super::Dateline;
use crate::span::Span;

/// Month names and their agency abbreviations, in the order they are tried.
const MONTHS: [&str; 24] = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The parts of a dateline, as byte ranges of its line.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Parts {
    /// Where the dateline ends: after its dash and the space after it, if any.
    pub end: usize,
    pub place: Option<(usize, usize)>,
    /// The place is capitalised words (`Mexico City`), not capitals.
    pub mixed: bool,
    pub date: Option<(usize, usize)>,
    /// A date with no place before it: `Aug 27 (Reuters) -`.
    pub lone_date: bool,
    /// `/TASS/`
    pub slash: Option<(usize, usize)>,
    /// `(AP)`
    pub paren: Option<(usize, usize)>,
    /// Ends with a colon, not a dash or an agency: `NEW DELHI: The government ...`.
    pub colon: bool,
}

/// What follows a part of the pattern: the rest of the match from a position, if it matches.
type Rest<'a> = dyn FnMut(usize) -> Option<Parts> + 'a;

/// `PLACE [/Region/] [, State]* [, Month Day [, Year]] [.] [/AGENCY/. | (AGENCY)] [— | - | –]`, or
/// `Month Day (AGENCY) -`, at the start of `line`. Where a part could end in more than one
/// place, the longest that lets the rest match wins.
///
/// The place is capitals (`ST. LOUIS`, `PORT-AU-PRINCE`: up to four words) or, with a date or an
/// agency after it (the caller checks), capitalised words (`Mexico City (AFP) –`: up to three).
pub(super) fn parts(line: &str) -> Option<Parts> {
    let after_place = |mixed: bool| {
        move |end: usize| {
            let mut found = dated(line, end)?;
            found.place = Some((0, end));
            found.mixed = mixed;
            Some(found)
        }
    };
    let in_capitals = capitals(line, 0, 3, &mut |end| {
        region_and_states(line, end, &mut after_place(false))
    });
    if in_capitals.is_some() {
        return in_capitals;
    }
    let capitalised = capitalised(line, 0, 2, &mut |end| {
        region_and_states(line, end, &mut after_place(true))
    });
    if capitalised.is_some() {
        return capitalised;
    }
    let date_end = day(line, 0)?;
    let mut found = ending(line, date_end)?;
    found.date = Some((0, date_end));
    found.lone_date = true;
    Some(found)
}

/// `ST. LOUIS`: a capital, then capitals, marks, dots, quotes and hyphens; `more` words may
/// follow after a space, a hyphen or a slash.
fn capitals(line: &str, at: usize, more: usize, rest: &mut Rest) -> Option<Parts> {
    let punctuation = |c: char| matches!(c, '.' | '\'' | '’' | '-');
    let body = one(line, at, upper)?;
    let mut end = run(line, body, |c| upper(c) || mark(c) || punctuation(c));
    // Longest first; only the dots, quotes and hyphens at the end are worth giving back
    // (`WASHINGTON-- The`): nothing after a place starts with a letter.
    loop {
        if more > 0 {
            // `NEW YORK/LONDON`: two places joined by a slash are one dateline place.
            if let Some(next) = one(line, end, |c| c == ' ' || c == '-' || c == '/') {
                if let Some(found) = capitals(line, next, more - 1, rest) {
                    return Some(found);
                }
            }
        }
        if let Some(found) = rest(end) {
            return Some(found);
        }
        match char_before(line, end) {
            Some(c) if end > body && punctuation(c) => end -= c.len_utf8(),
            _ => return None,
        }
    }
}

/// `Mexico City`: a capital and lowercase letters; `more` words may follow.
fn capitalised(line: &str, at: usize, more: usize, rest: &mut Rest) -> Option<Parts> {
    let first = one(line, at, upper)?;
    let end = run(line, first, lower);
    if end == first {
        return None;
    }
    if more > 0 {
        if let Some(next) = one(line, end, |c| c == ' ' || c == '-') {
            if let Some(found) = capitalised(line, next, more - 1, rest) {
                return Some(found);
            }
        }
    }
    rest(end)
}

/// ` /Leningrad Region/` (optional), then up to two `, State` parts (`, N.H.`, `, West Germany`).
fn region_and_states(line: &str, at: usize, rest: &mut Rest) -> Option<Parts> {
    if let Some(open) = lit(line, at, " /") {
        let close = run(line, open, |c| c != '/' && c != '\n');
        if let Some(end) = lit(line, close, "/").filter(|_| line_of(line, open, close, 1, 40)) {
            if let Some(found) = states(line, end, 2, rest) {
                return Some(found);
            }
        }
    }
    states(line, at, 2, rest)
}

fn states(line: &str, at: usize, more: usize, rest: &mut Rest) -> Option<Parts> {
    let word = |at: usize| {
        let body = one(line, at, upper)?;
        Some(run(line, body, |c| {
            c.is_alphabetic() || matches!(c, '.' | '\'' | '’')
        }))
    };
    if more > 0 {
        if let Some(first) = lit(line, at, ", ").and_then(word) {
            if let Some(second) = lit(line, first, " ").and_then(word) {
                if let Some(found) = states(line, second, more - 1, rest) {
                    return Some(found);
                }
            }
            if let Some(found) = states(line, first, more - 1, rest) {
                return Some(found);
            }
        }
    }
    rest(at)
}

/// `, April 27` or ` April 27` after the place (optional), then the ending.
fn dated(line: &str, at: usize) -> Option<Parts> {
    let with_date = [lit(line, at, ", "), lit(line, at, " ")]
        .into_iter()
        .flatten()
        .find_map(|start| {
            let end = day(line, start)?;
            // `SEPT. 21, 2016 —`, `June 3, 2025 (AFP) -`: the year after the day, only before a
            // dash or an agency; `November 20, 2019 (This Morning)` heads a teaser.
            let end = lit(line, end, ", ")
                .and_then(|at| counted(line, at, 4, 4, digit).next())
                .filter(|&year| {
                    dash(line, year).is_some()
                        || agency(line, year).is_some_and(|found| dash(line, found.end).is_some())
                })
                .unwrap_or(end);
            let mut found = ending(line, end)?;
            found.date = Some((start, end));
            Some(found)
        });
    with_date.or_else(|| ending(line, at))
}

/// `April 27`, `Dec. 11`, `Sept 5`, `SEPT. 21` (in capitals, the New York Times' style), and the
/// wire's `1996-08-22`.
fn day(line: &str, at: usize) -> Option<usize> {
    let named = MONTHS.iter().find_map(|month| {
        let end = lit(line, at, month).or_else(|| in_capitals(line, at, month))?;
        let space = lit(line, end, ". ").or_else(|| lit(line, end, " "))?;
        counted(line, space, 1, 2, digit).next()
    });
    named.or_else(|| {
        let year = counted(line, at, 4, 4, digit).next()?;
        let month = counted(line, lit(line, year, "-")?, 2, 2, digit).next()?;
        counted(line, lit(line, month, "-")?, 2, 2, digit).next()
    })
}

/// The position after `word` when `line` holds it in capitals at `at`: `SEPT` for `Sept`.
fn in_capitals(line: &str, at: usize, word: &str) -> Option<usize> {
    let end = at + word.len();
    let found = line.get(at..end)?;
    found
        .bytes()
        .zip(word.bytes())
        .all(|(got, want)| got == want.to_ascii_uppercase())
        .then_some(end)
}

/// `. /TASS/.` or ` (AP)`, with a dash after it or not; or a dash alone; or a colon and a space
/// (`NEW DELHI: `).
fn ending(line: &str, at: usize) -> Option<Parts> {
    if let Some(mut found) = agency(line, at) {
        found.end = dash(line, found.end).unwrap_or(found.end);
        return Some(found);
    }
    if let Some(end) = dash(line, at) {
        return Some(Parts {
            end,
            ..Parts::default()
        });
    }
    let end = one(line, lit(line, at, ":")?, char::is_whitespace)?;
    Some(Parts {
        end,
        colon: true,
        ..Parts::default()
    })
}

fn agency(line: &str, at: usize) -> Option<Parts> {
    let between = |open: usize, close: usize, min, max| {
        (min..=max).contains(&line[open..close].chars().count())
    };
    let slash = [lit(line, at, "."), Some(at)]
        .into_iter()
        .flatten()
        .find_map(|at| {
            let open = lit(line, at, " /")?;
            let close = run(line, open, |c| upper(c) || c.is_numeric() || c == '-');
            let end = lit(line, close, "/.").filter(|_| between(open, close, 2, 12))?;
            Some(Parts {
                end,
                slash: Some((open, close)),
                ..Parts::default()
            })
        });
    slash.or_else(|| {
        let open = lit(line, run(line, at, char::is_whitespace), "(")?;
        let close = run(line, open, |c| {
            c.is_alphabetic() || c.is_numeric() || c == ' ' || c == '-'
        });
        let end = lit(line, close, ")").filter(|_| between(open, close, 2, 20))?;
        // An agency is a name (`(AP)`, `(Newslens)`) or a listed one (`(dpa)`), not a word
        // in brackets: `Braverman (left) and Sunak (right)`.
        let name = &line[open..close];
        if !name.starts_with(char::is_uppercase)
            && !super::byline::agencies().contains(&name.to_lowercase())
        {
            return None;
        }
        Some(Parts {
            end,
            paren: Some((open, close)),
            ..Parts::default()
        })
    })
}

/// `—`, `–`, `--`, or a hyphen with a space before it (`AP-GfK` is no dateline); then a space or
/// the end of the line.
fn dash(line: &str, at: usize) -> Option<usize> {
    let spaces = run(line, at, char::is_whitespace);
    let after = one(line, spaces, |c| c == '—' || c == '–')
        .or_else(|| lit(line, spaces, "--"))
        .or_else(|| lit(line, spaces, "-").filter(|_| spaces > at))?;
    one(line, after, char::is_whitespace).or((after == line.len()).then_some(after))
}

/// The dateline at the very start of `block`, if its text starts with one.
pub(super) fn at_start(text: &str, block: Span) -> Option<Dateline> {
    let line = block.text(text);
    let found = parts(line)?;
    let has_agency = found.slash.is_some() || found.paren.is_some();
    if found.lone_date && !has_agency {
        return None;
    }
    // `NEW DELHI: The government ...`, but not `ISSUER: Kingdom of Sweden` or `SCHIFF: The
    // committee will come to order`: before a colon, only a known place in capitals.
    if found.colon && (found.mixed || !found.place.is_some_and(|(s, e)| known_place(&line[s..e]))) {
        return None;
    }
    // `Washington said - ...` is no dateline: capitalised (not capital) places need a date,
    // an agency or a state the gazetteer knows after them (`Des Moines, Iowa —`).
    let known_state = |(start, end): (usize, usize)| {
        line[start..end]
            .rsplit_once(", ")
            .is_some_and(|(_, state)| crate::entities::is_known_place(state))
    };
    if found.mixed && !has_agency && found.date.is_none() && !found.place.is_some_and(known_state) {
        return None;
    }
    if let Some((start, end)) = found.place {
        if line[start..end]
            .chars()
            .filter(|c| c.is_alphabetic())
            .count()
            < 2
        {
            return None;
        }
    }
    // The dateline is followed by the story, not by the end of the line, and the story opens
    // as a sentence does: `Author Julia Becker (Berlin), Pierre Lemoine (Paris)` is a list of
    // names with places, and `Julia Becker (Berlin) and ...` goes on with a lowercase word.
    let story = line[found.end..].trim_start();
    if story.is_empty() || story.starts_with(|c: char| c.is_lowercase() || ",;:)".contains(c)) {
        return None;
    }
    let at = |(start, end): (usize, usize)| Span::new(block.start + start, block.start + end);
    Some(Dateline {
        span: Span::new(block.start, block.start + found.end).trim(text),
        place: found.place.map(at),
        date: found.date.map(at),
        source: found.slash.or(found.paren).map(at),
    })
}

/// `LONDON 1996-08-22`, `MILWAUKEE, Wisconsin 1996-08-29`: a dateline that is a whole block, a
/// place in capitals and a date, over the story's first paragraph (the Reuters wire as
/// CoNLL-2003 keeps it).
pub(super) fn alone(text: &str, block: Span) -> Option<Dateline> {
    let line = block.text(text);
    let whole = |end: usize| {
        let start = lit(line, end, ", ").or_else(|| lit(line, end, " "))?;
        let date = day(line, start).filter(|&date| date == line.len())?;
        Some(Parts {
            end: date,
            date: Some((start, date)),
            ..Parts::default()
        })
    };
    let found = capitals(line, 0, 3, &mut |end| {
        region_and_states(line, end, &mut |at| {
            let mut found = whole(at)?;
            found.place = Some((0, at));
            Some(found)
        })
    })?;
    let at = |(start, end): (usize, usize)| Span::new(block.start + start, block.start + end);
    Some(Dateline {
        span: block,
        place: found.place.map(at),
        date: found.date.map(at),
        source: None,
    })
}

/// `NEW DELHI`, `PUNE`, `KOCHI, Kerala`: a city, region or country the entity stage's
/// gazetteer knows, by its first part.
fn known_place(place: &str) -> bool {
    let first = place.split([',', '/']).next().unwrap_or(place).trim();
    crate::entities::is_known_place(first)
}

/// A Wikinews date line, a whole block: `Friday, July 21, 2017`.
pub(super) fn date_line(text: &str, block: Span) -> Option<Dateline> {
    is_date_line(block.text(text)).then_some(Dateline {
        span: block,
        place: None,
        date: Some(block),
        source: None,
    })
}

/// `Friday, July 21, 2017` and nothing else.
pub(super) fn is_date_line(line: &str) -> bool {
    let digits = |at, min, max| counted(line, at, min, max, digit);
    WEEKDAYS
        .iter()
        .find_map(|weekday| lit(line, 0, weekday))
        .and_then(|at| lit(line, at, ", "))
        .and_then(|at| {
            MONTHS
                .iter()
                .find_map(|month| lit(line, lit(line, at, month)?, " "))
        })
        .and_then(|at| digits(at, 1, 2).find_map(|end| lit(line, end, ", ")))
        .and_then(|at| digits(at, 4, 4).next())
        .is_some_and(|end| end == line.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    type Parts = (String, Option<String>, Option<String>, Option<String>);

    pub(super) fn parts(line: &str) -> Option<Parts> {
        let d = at_start(line, Span::new(0, line.len()))?;
        let text = |s: Option<Span>| s.map(|s| s.text(line).to_string());
        Some((
            d.span.text(line).to_string(),
            text(d.place),
            text(d.date),
            text(d.source),
        ))
    }

    #[test]
    fn agency_styles() {
        // (paragraph, dateline, place, date, source)
        type Row<'a> = (
            &'a str,
            &'a str,
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
        );
        let table: [Row; 22] = [
            (
                "Des Moines, Iowa — Caucus-goers",
                "Des Moines, Iowa —",
                Some("Des Moines, Iowa"),
                None,
                None,
            ),
            (
                "DAKAR, June 3, 2025 (AFP) - Senegal's",
                "DAKAR, June 3, 2025 (AFP) -",
                Some("DAKAR"),
                Some("June 3, 2025"),
                Some("AFP"),
            ),
            (
                "Palm Bay, Fla., June 3, 2025 (AP) — A rocket",
                "Palm Bay, Fla., June 3, 2025 (AP) —",
                Some("Palm Bay, Fla."),
                Some("June 3, 2025"),
                Some("AP"),
            ),
            (
                "LONDON/SINGAPORE, Nov 26 (Reuters) - Oil prices",
                "LONDON/SINGAPORE, Nov 26 (Reuters) -",
                Some("LONDON/SINGAPORE"),
                Some("Nov 26"),
                Some("Reuters"),
            ),
            (
                "MOSCOW, April 27. /TASS/. The talks",
                "MOSCOW, April 27. /TASS/.",
                Some("MOSCOW"),
                Some("April 27"),
                Some("TASS"),
            ),
            (
                "IGORA /Leningrad Region/, December 26. /TASS/. Talks",
                "IGORA /Leningrad Region/, December 26. /TASS/.",
                Some("IGORA /Leningrad Region/"),
                Some("December 26"),
                Some("TASS"),
            ),
            (
                "WASHINGTON (AP) — The vote",
                "WASHINGTON (AP) —",
                Some("WASHINGTON"),
                None,
                Some("AP"),
            ),
            (
                "PARIS, Aug 31 (Reuters) - Shares",
                "PARIS, Aug 31 (Reuters) -",
                Some("PARIS"),
                Some("Aug 31"),
                Some("Reuters"),
            ),
            (
                "WARSAW, March 26 - Polish",
                "WARSAW, March 26 -",
                Some("WARSAW"),
                Some("March 26"),
                None,
            ),
            (
                "NEW YORK, March 26 - British",
                "NEW YORK, March 26 -",
                Some("NEW YORK"),
                Some("March 26"),
                None,
            ),
            (
                "LONDON (Reuters) - Oil",
                "LONDON (Reuters) -",
                Some("LONDON"),
                None,
                Some("Reuters"),
            ),
            (
                "CAMBRIDGE, Mass., Dec. 11 (UPI) — Scientists",
                "CAMBRIDGE, Mass., Dec. 11 (UPI) —",
                Some("CAMBRIDGE, Mass."),
                Some("Dec. 11"),
                Some("UPI"),
            ),
            (
                "KYIV, Ukraine — Drones",
                "KYIV, Ukraine —",
                Some("KYIV, Ukraine"),
                None,
                None,
            ),
            (
                "BEDFORD, N.H. (AP) — Voters",
                "BEDFORD, N.H. (AP) —",
                Some("BEDFORD, N.H."),
                None,
                Some("AP"),
            ),
            (
                "LEVERKUSEN, West Germany, April 2 - Bayer",
                "LEVERKUSEN, West Germany, April 2 -",
                Some("LEVERKUSEN, West Germany"),
                Some("April 2"),
                None,
            ),
            (
                "Mexico City (AFP) – Mexico",
                "Mexico City (AFP) –",
                Some("Mexico City"),
                None,
                Some("AFP"),
            ),
            (
                "Aug 27 (Reuters) - Shares",
                "Aug 27 (Reuters) -",
                None,
                Some("Aug 27"),
                Some("Reuters"),
            ),
            (
                "LONDON 1996-08-22 - Two goals",
                "LONDON 1996-08-22 -",
                Some("LONDON"),
                Some("1996-08-22"),
                None,
            ),
            (
                "NEW DELHI: The government",
                "NEW DELHI:",
                Some("NEW DELHI"),
                None,
                None,
            ),
            (
                "PUNE, Oct 3: The civic body",
                "PUNE, Oct 3:",
                Some("PUNE"),
                Some("Oct 3"),
                None,
            ),
            (
                "WASHINGTON, SEPT. 21, 2016 — The House",
                "WASHINGTON, SEPT. 21, 2016 —",
                Some("WASHINGTON"),
                Some("SEPT. 21, 2016"),
                None,
            ),
            (
                "LOS ANGELES -- The mayor",
                "LOS ANGELES --",
                Some("LOS ANGELES"),
                None,
                None,
            ),
        ];
        for (line, whole, place, date, source) in table {
            let (got, got_place, got_date, got_source) =
                parts(line).unwrap_or_else(|| panic!("no dateline in {line}"));
            assert_eq!(got, whole);
            assert_eq!(got_place.as_deref(), place, "{line}");
            assert_eq!(got_date.as_deref(), date, "{line}");
            assert_eq!(got_source.as_deref(), source, "{line}");
        }
    }

    #[test]
    fn ordinary_sentences_are_not_datelines() {
        for line in [
            "The talks stalled - again.",
            "NATO said no.",
            "US",
            "I - went home",
            "US officials said - the talks",
            "Washington said - nothing",
            "Washington, Trump - nothing",
            "WASHINGTON (AP) —",
            "Julia Becker (Berlin), Pierre Lemoine (Paris)",
            "Anthony Hill (Australia) beat Mark Cairns (England) 15-10",
            "ISSUER: Kingdom of Sweden",
            "SCHIFF: The committee will come to order.",
            "New Delhi: The government",
            "NEW DELHI:The government",
            "Morning Weather Report November 20, 2019 (Overnight) Fog lifts",
            "Morning Weather Report, November 20, 2019 (Overnight) Fog lifts",
        ] {
            assert_eq!(parts(line), None, "{line}");
        }
    }

    #[test]
    fn datelines_alone() {
        fn found(line: &str) -> Option<(&str, &str)> {
            let d = alone(line, Span::new(0, line.len()))?;
            Some((d.place?.text(line), d.date?.text(line)))
        }
        assert_eq!(found("LONDON 1996-08-22"), Some(("LONDON", "1996-08-22")));
        assert_eq!(found("NEW YORK, Aug 22"), Some(("NEW YORK", "Aug 22")));
        assert_eq!(
            found("ROCHESTER, N.H. 1996-08-30"),
            Some(("ROCHESTER, N.H.", "1996-08-30"))
        );
        for line in [
            "LONDON",
            "LONDON 1996-08-22 extra",
            "London 1996-08-22",
            "1996-08-22",
        ] {
            assert_eq!(found(line), None, "{line}");
        }
    }

    #[test]
    fn wikinews_date_lines() {
        let line = "Friday, July 21, 2017";
        let found = date_line(line, Span::new(0, line.len())).map(|d| d.date);
        assert_eq!(found, Some(Some(Span::new(0, line.len()))));
        assert!(date_line("Friday, July 21, 2017, was hot.", Span::new(0, 30)).is_none());
    }
}
