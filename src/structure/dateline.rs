//! Datelines at the start of a paragraph, in the styles of the big agencies:
//! `MOSCOW, April 27. /TASS/.`, `WASHINGTON (AP) —`, `PARIS, Aug 31 (Reuters) -`.

use std::sync::OnceLock;

use regex::Regex;

use super::Dateline;
use crate::span::Span;

fn pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        // PLACE [/Region/] [, State] [, Month Day] [.] [/AGENCY/. | (AGENCY)] [— | - | –]
        let place = r"(?P<place>\p{Lu}[\p{Lu}\p{M}.'’-]*(?:[ -]\p{Lu}[\p{Lu}\p{M}.'’-]*){0,3})";
        let region = r"(?: /[^/\n]{1,40}/)?";
        let month = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December";
        // The date is tried before a state, so `, April 27` is never read as a state `April`.
        let day = format!(r"(?:{month})\.? \d{{1,2}}");
        let state = r"\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?";
        let date = format!(r"(?:,? (?P<date>{day})|, {state}(?:,? (?P<state_date>{day}))?)?");
        let agency = r"(?:\.? /(?P<slash>[\p{Lu}\p{N}-]{2,12})/\.|\s*\((?P<paren>[\p{L}\p{N} -]{2,20})\))?";
        let dash = r"(?P<dash>\s*[—–-]{1,2}\s?)?";
        Regex::new(&format!("^{place}{region}{date}{agency}{dash}")).expect("dateline pattern")
    })
}

/// The dateline at the very start of `block`, if its text starts with one.
pub(super) fn at_start(text: &str, block: Span) -> Option<Dateline> {
    let line = block.text(text);
    let found = pattern().captures(line)?;
    let whole = found.get(0)?;
    let has_agency = found.name("slash").is_some() || found.name("paren").is_some();
    let has_dash = found.name("dash").is_some();
    // A capitalised word alone is no dateline; one needs an agency or a dash after the place.
    if !has_agency && !has_dash {
        return None;
    }
    let place = found.name("place")?;
    if place.as_str().chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return None;
    }
    let at = |m: regex::Match| Span::new(block.start + m.start(), block.start + m.end());
    let span = Span::new(block.start, block.start + whole.end()).trim(text);
    let source = found.name("slash").or_else(|| found.name("paren")).map(at);
    let date = found
        .name("date")
        .or_else(|| found.name("state_date"))
        .map(at);
    Some(Dateline {
        span,
        place: Some(at(place)),
        date,
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(line: &str) -> Option<(String, Option<String>, Option<String>)> {
        let d = at_start(line, Span::new(0, line.len()))?;
        let text = |s: Option<Span>| s.map(|s| s.text(line).to_string());
        Some((d.span.text(line).to_string(), text(d.date), text(d.source)))
    }

    #[test]
    fn agency_styles() {
        let table = [
            (
                "MOSCOW, April 27. /TASS/. The talks",
                "MOSCOW, April 27. /TASS/.",
                Some("April 27"),
                Some("TASS"),
            ),
            (
                "WASHINGTON (AP) — The vote",
                "WASHINGTON (AP) —",
                None,
                Some("AP"),
            ),
            (
                "PARIS, Aug 31 (Reuters) - Shares",
                "PARIS, Aug 31 (Reuters) -",
                Some("Aug 31"),
                Some("Reuters"),
            ),
            (
                "NEW YORK, March 26 - British",
                "NEW YORK, March 26 -",
                Some("March 26"),
                None,
            ),
            (
                "CAMBRIDGE, Mass., Dec. 11 (UPI) — Scientists",
                "CAMBRIDGE, Mass., Dec. 11 (UPI) —",
                Some("Dec. 11"),
                Some("UPI"),
            ),
            ("KYIV, Ukraine — Drones", "KYIV, Ukraine —", None, None),
        ];
        for (line, whole, date, source) in table {
            let (got, got_date, got_source) =
                parts(line).unwrap_or_else(|| panic!("no dateline in {line}"));
            assert_eq!(got, whole);
            assert_eq!(got_date.as_deref(), date);
            assert_eq!(got_source.as_deref(), source);
        }
    }

    #[test]
    fn ordinary_sentences_are_not_datelines() {
        for line in [
            "The talks stalled - again.",
            "NATO said no.",
            "US",
            "I - went home",
        ] {
            assert_eq!(parts(line), None, "{line}");
        }
    }
}
