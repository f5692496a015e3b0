//! Datelines at the start of a paragraph, in the styles of the big agencies:
//! `MOSCOW, April 27. /TASS/.`, `WASHINGTON (AP) —`, `PARIS, Aug 31 (Reuters) -`.

use std::sync::OnceLock;

use regex::Regex;

use super::Dateline;
use crate::span::Span;

const MONTHS: &str = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December";

fn pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        // PLACE [/Region/] [, State]* [, Month Day] [.] [/AGENCY/. | (AGENCY)] [— | - | –]
        // The place is capitals (`ST. LOUIS`, `PORT-AU-PRINCE`) or, with a date or an agency
        // after it, capitalised words (`Mexico City (AFP) –`).
        let caps = r"\p{Lu}[\p{Lu}\p{M}.'’-]*(?:[ -]\p{Lu}[\p{Lu}\p{M}.'’-]*){0,3}";
        let capitalised = r"(?P<mixed>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})";
        let region = r"(?: /[^/\n]{1,40}/)?";
        let state = r", \p{Lu}[\p{L}.'’]*(?: \p{Lu}[\p{L}.'’]*)?";
        let place = format!(r"(?P<place>(?:{caps}|{capitalised}){region}(?:{state}){{0,2}})");
        let day = format!(r"(?:{MONTHS})\.? \d{{1,2}}");
        let agency =
            r"(?:\.? /(?P<slash>[\p{Lu}\p{N}-]{2,12})/\.|\s*\((?P<paren>[\p{L}\p{N} -]{2,20})\))";
        // `—`, `–`, `--`, or a hyphen with a space before it (`AP-GfK` is no dateline).
        let dash = r"(?:\s*[—–]|\s*--|\s+-)(?:\s|$)";
        // `Aug 27 (Reuters) -`: a date and an agency, no place.
        let start = format!(r"(?:{place}(?:,? (?P<date>{day}))?|(?P<lone_date>{day}))");
        Regex::new(&format!("^{start}(?:{agency}(?:{dash})?|{dash})")).expect("dateline pattern")
    })
}

fn wikinews_pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        let weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
        Regex::new(&format!(
            r"^(?:{weekday}), (?:{MONTHS}) \d{{1,2}}, \d{{4}}$"
        ))
        .expect("date line pattern")
    })
}

/// The dateline at the very start of `block`, if its text starts with one.
pub(super) fn at_start(text: &str, block: Span) -> Option<Dateline> {
    let line = block.text(text);
    let found = pattern().captures(line)?;
    let whole = found.get(0)?;
    let has_agency = found.name("slash").is_some() || found.name("paren").is_some();
    let date = found.name("date").or_else(|| found.name("lone_date"));
    if found.name("lone_date").is_some() && !has_agency {
        return None;
    }
    // `Washington said - ...` is no dateline: capitalised (not capital) places need a date
    // or an agency.
    if found.name("mixed").is_some() && !has_agency && date.is_none() {
        return None;
    }
    let place = found.name("place");
    if let Some(place) = place {
        if place.as_str().chars().filter(|c| c.is_alphabetic()).count() < 2 {
            return None;
        }
    }
    // The dateline is followed by the story, not by the end of the line.
    if line[whole.end()..].trim().is_empty() {
        return None;
    }
    let at = |m: regex::Match| Span::new(block.start + m.start(), block.start + m.end());
    let span = Span::new(block.start, block.start + whole.end()).trim(text);
    let source = found.name("slash").or_else(|| found.name("paren")).map(at);
    Some(Dateline {
        span,
        place: place.map(at),
        date: date.map(at),
        source,
    })
}

/// A Wikinews date line, a whole block: `Friday, July 21, 2017`.
pub(super) fn date_line(text: &str, block: Span) -> Option<Dateline> {
    wikinews_pattern()
        .is_match(block.text(text))
        .then_some(Dateline {
            span: block,
            place: None,
            date: Some(block),
            source: None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    type Parts = (String, Option<String>, Option<String>, Option<String>);

    fn parts(line: &str) -> Option<Parts> {
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
        let table: [Row; 14] = [
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
            "WASHINGTON (AP) —",
        ] {
            assert_eq!(parts(line), None, "{line}");
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
