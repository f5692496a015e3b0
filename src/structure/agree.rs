//! The line patterns were regular expressions; they are plain code now (scan.rs says why). These
//! tests hold the code to the expressions it replaced, on every line of the fixtures and on lines
//! assembled from the pieces the patterns look for.
//!
//! Letters are told by std's Unicode properties (`char::is_uppercase`, `is_alphabetic`), where
//! the expressions used general categories (`\p{Lu}`, `\p{L}`): they differ on characters that
//! datelines, bylines and credits do not hold (Roman numerals, circled letters, the vowel signs of
//! Indic scripts), which the assembled lines leave out.

use proptest::prelude::*;
use regex::Regex;

use super::{byline, dateline, roles};

struct Patterns {
    dateline: Regex,
    date_line: Regex,
    joiners: Regex,
    by: Regex,
    timestamp: Regex,
    signoff: Regex,
    /// `Jane Doe contributed reporting.`, of one sentence.
    contributed: Regex,
    signoff_contact: Regex,
    credit: Regex,
    credit_at_end: Regex,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: std::sync::OnceLock<Patterns> = std::sync::OnceLock::new();
    PATTERNS.get_or_init(|| {
        let months = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December";
        let caps = r"\p{Lu}[\p{Lu}\p{M}.'’-]*(?:[ /-]\p{Lu}[\p{Lu}\p{M}.'’-]*){0,3}";
        let capitalised = r"(?P<mixed>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})";
        let region = r"(?: /[^/\n]{1,40}/)?";
        let state = r", \p{Lu}[\p{L}.'’]*(?: \p{Lu}[\p{L}.'’]*)?";
        let place = format!(r"(?P<place>(?:{caps}|{capitalised}){region}(?:{state}){{0,2}})");
        let day = format!(
            r"(?:(?:{months}|{})\.? \d{{1,2}}|\d{{4}}-\d{{2}}-\d{{2}})",
            months.to_uppercase()
        );
        // In brackets, a name or a listed agency in any case: `(AP)`, `(dpa)`, not `(left)`.
        let listed: Vec<String> = byline::agencies()
            .iter()
            .filter(|name| (2..=20).contains(&name.chars().count()))
            .map(regex::escape)
            .collect();
        // The credit labels the code reads (`Image`, `Photo` ...), longest first.
        let mut labels: Vec<&str> = crate::lexicon::credit_labels().iter().collect();
        labels.sort_by_key(|label| std::cmp::Reverse(label.len()));
        let labels = labels.join("|");
        let agency = format!(
            r"(?:\.? /(?P<slash>[\p{{Lu}}\p{{N}}-]{{2,12}})/\.|\s*\((?P<paren>\p{{Lu}}[\p{{L}}\p{{N}} -]{{1,19}}|(?i:{}))\))",
            listed.join("|")
        );
        let dash = r"(?:\s*[—–]|\s*--|\s+-)(?:\s|$)";
        let start = format!(r"(?:{place}(?:,? (?P<date>{day}))?|(?P<lone_date>{day}))");
        let weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
        let contributions: Vec<String> =
            roles::contributions().iter().map(|w| regex::escape(w)).collect();
        let agencies = "AP|AFP|TASS|Reuters|REUTERS|Getty Images|EPA|Bloomberg|Xinhua|Sputnik|ANP|dpa|Shutterstock|AAP|PA";
        let labelled = r"(?:photo|photos|image|images|picture|photograph|photographs|credit|video|illustration|foto)(?:\s*(?:credit)?\s*(?::|\.\.\.|…)\s*[^\n]{1,60}|\s*source\s*[:,]\s*[^\n]{1,60}| by\s+(?-i:\p{Lu})[^\n]{0,59})";
        // A picture agency alone, or in brackets: `AFP via Getty Images`, `(Reuters)`.
        let photo_agencies: Vec<String> = roles::photo_agencies()
            .iter()
            .map(|w| regex::escape(w))
            .collect();
        let photo_agency = format!(
            r"(?:{})(?: via [^\n]{{1,30}})?",
            photo_agencies.join("|")
        );
        let new = |pattern: &str| Regex::new(pattern).unwrap();
        Patterns {
            // The year after a place's date only before a dash, or an agency and a dash:
            // `SEPT. 21, 2016 —`, `DAKAR, June 3, 2025 (AFP) -`.
            dateline: new(&format!(
                "^(?:{}(?:,? (?P<dated>{day}, \\d{{4}}))(?:{}|{dash})|{start}(?:{agency}(?:{dash})?|{dash}|(?P<colon>:)\\s))",
                place.replace("?P<place>", "?P<dated_place>").replace("?P<mixed>", "?P<dated_mixed>"),
                format!("{agency}{dash}")
                    .replace("?P<slash>", "?P<dated_slash>")
                    .replace("?P<paren>", "?P<dated_paren>"),
            )),
            date_line: new(&format!(r"^(?:{weekday}), (?:{months}) \d{{1,2}}, \d{{4}}$")),
            joiners: new(r"\s*(?:[,;|/]|\s(?:and|And|AND|&)\s|\s[—–-]\s)\s*"),
            by: new(r"^(?:(?:(?:Written|Words|Opinion|Analysis|Commentary|Review|Interview) )?(?:[Bb]y|BY)|Authors?)[:\s]\s*"),
            timestamp: new(r"(?i)\b\d{1,2}:\d{2}\b|\b\d{4}[-./]\d{1,2}[-./]\d{1,2}\b|\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|fév|fev|avr|mai|jui|aoû|déc|ene|abr|ago|dic|set|out|dez|mär|okt|gen|mag|giu|lug|ott|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|ноя|дек)\p{L}*\.? \d{1,2},? \d{4}\b|\b\d{1,2}\.? (?:de )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|fév|fev|avr|mai|jui|aoû|déc|ene|abr|ago|dic|set|out|dez|mär|okt|gen|mag|giu|lug|ott|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|ноя|дек)\p{L}*\.? (?:de )?\d{4}\b|\b(?:updated|published|posted)\b[^\n]{0,12}\d|\d{4}년|\d{4}年"),
            signoff: new(r"^(?:REUTERS?|Reuters?|(?:--|—|–)\s*\p{Lu}[\p{L}]{1,20}|\(?(?:[Rr]eporting|[Aa]dditional reporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ee]dited) by [^\n]{1,200}\)?)$"),
            contributed: new(&format!(
                r"^(?:[^\n]{{0,90}}\s)?contributed (?:{})(?:[ ,][^\n]*)?\.$",
                contributions.join("|")
            )),
            signoff_contact: new(r"^(?:--|—|–)\s*\p{Lu}[^\n]*\d(?:[ ()/.-]*\d){6,}[^\n]*$"),
            // A labelled credit stands alone or in brackets: `(Image: Jane Doe)`.
            credit: new(&format!(r"(?i)^(?:(?:©|\(c\))\s*\p{{L}}[^\n]{{0,60}}/[^\n]{{1,40}}|{labelled}|\({labelled}\)|\(AP Photo[^\n]{{0,80}}\)|{photo_agency}|\({photo_agency}\)|\p{{Lu}}[\p{{L}}.'’-]*(?: \p{{Lu}}[\p{{L}}.'’-]*){{0,2}}\s?/\s?(?:AP|AFP|TASS|Reuters|Getty Images|EPA|Shutterstock|Bloomberg|Xinhua|Sputnik)\.?)$")),
            credit_at_end: new(&format!(r"(?:\b(?:{labels})s?(?: by|:|\.\.\.|…)\s*[^\n]{{1,60}}|\((?:AP )?(?:{labels})s?(?: by|:|/)[^\n)]{{1,80}}\)|\((?:{agencies})\s?/\s?\p{{Lu}}[\p{{L}}. -]{{1,40}}\)|(?:©|\(c\))[^\n©]{{1,60}}|\p{{Lu}}[\p{{L}}.'’-]+(?: \p{{Lu}}[\p{{L}}.'’-]+){{0,3}}\s?/\s?(?:{agencies})|\b(?:{agencies})\s?/\s?\p{{Lu}}[\p{{L}}. -]{{1,40}})\.?$")),
        }
    })
}

/// Checks every pattern on `line`; the message names the first that disagrees.
fn agree(line: &str) -> Result<(), String> {
    let p = patterns();
    let range = |m: Option<regex::Match>| m.map(|m| (m.start(), m.end()));
    let expected = p.dateline.captures(line).map(|c| {
        (
            c.get(0).map_or(0, |m| m.end()),
            range(c.name("place").or_else(|| c.name("dated_place"))),
            c.name("mixed").or_else(|| c.name("dated_mixed")).is_some(),
            range(
                c.name("date")
                    .or_else(|| c.name("dated"))
                    .or_else(|| c.name("lone_date")),
            ),
            c.name("lone_date").is_some(),
            range(c.name("slash").or_else(|| c.name("dated_slash"))),
            range(c.name("paren").or_else(|| c.name("dated_paren"))),
            c.name("colon").is_some(),
        )
    });
    let got = dateline::parts(line).map(|f| {
        (
            f.end,
            f.place,
            f.mixed,
            f.date,
            f.lone_date,
            f.slash,
            f.paren,
            f.colon,
        )
    });
    let checks = [
        ("dateline", format!("{expected:?}"), format!("{got:?}")),
        (
            "date line",
            p.date_line.is_match(line).to_string(),
            dateline::is_date_line(line).to_string(),
        ),
        (
            "joiners",
            format!(
                "{:?}",
                p.joiners
                    .find_iter(line)
                    .map(|m| (m.start(), m.end()))
                    .collect::<Vec<_>>()
            ),
            format!("{:?}", byline::joiners(line)),
        ),
        (
            "by",
            format!("{:?}", p.by.find(line).map(|m| m.end())),
            format!("{:?}", byline::by_prefix(line)),
        ),
        (
            "timestamp",
            p.timestamp.is_match(line).to_string(),
            roles::has_timestamp(line).to_string(),
        ),
        (
            "signoff",
            (p.signoff.is_match(line.trim())
                || (p.contributed.is_match(line.trim())
                    && !super::line::has_inner_sentence_end(line.trim()))
                || (line.trim().chars().count() <= roles::CONTACT_CHARS
                    && p.signoff_contact.is_match(line.trim())))
            .to_string(),
            roles::is_signoff(line).to_string(),
        ),
        (
            "credit",
            (line.chars().count() <= 100 && p.credit.is_match(line.trim())).to_string(),
            roles::is_credit(line).to_string(),
        ),
        (
            "credit at end",
            p.credit_at_end.is_match(line).to_string(),
            roles::ends_with_credit(line).to_string(),
        ),
    ];
    match checks
        .into_iter()
        .find(|(_, expected, got)| expected != got)
    {
        Some((name, expected, got)) => {
            Err(format!("{name} on {line:?}: regex {expected}, code {got}"))
        }
        None => Ok(()),
    }
}

#[test]
fn fixture_lines() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut dirs = vec![std::path::PathBuf::from(root)];
    let mut lines = 0;
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                for line in std::fs::read_to_string(&path).unwrap().lines() {
                    agree(line.trim()).unwrap();
                    lines += 1;
                }
            }
        }
    }
    assert!(lines > 100);
}

#[test]
fn the_examples_in_the_docs() {
    for line in [
        "MOSCOW, April 27. /TASS/. The talks",
        "WASHINGTON-- The mayor",
        "ST. LOUIS. /TASS/. x",
        "PORT-AU-PRINCE, Haiti (AP) — x",
        "NEW YORK, March 26 - British",
        "LEVERKUSEN, West Germany, April 2 - Bayer",
        "Sept. 5 (Reuters) - x",
        "Friday, July 21, 2017",
        "NEW DELHI: The government",
        "LONDON 1996-08-22 - Two goals",
        "By Jane Doe and John Roe, Reuters",
        "Jane Doe / AP - x",
        "November 18, 2019 | 4:10pm",
        "18 Nov. 2019",
        "Текст: Венера Ерофеева·24 сентября 2018",
        "22 de janeiro de 2018",
        "Updated: 2 hours ago",
        "2019年 11月",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Jane Doe contributed to this report.",
        "Jane Doe contributed reporting from Paris.",
        "WASHINGTON, SEPT. 21, 2016 — x",
        "-- AP",
        "-- London Newsroom +44 171 542 7658",
        "© Stanislav Krasilnikov/TASS",
        "Photo credit : Jane",
        "Image source, West Yorkshire Police",
        "Photographs by Ewan Mackie",
        "Author Julia Becker (Berlin), Pierre Lemoine (Paris)",
        "(AP Photo/Evan Vucci)",
        "(Image: Jane Doe / City Star)",
        "AFP via Getty Images",
        "stanislav krasilnikov / tass.",
        "A man walks. Jaafar ASHTIYEH / AFP",
        "A caption © Reuters / David Mercado.",
        "A caption (Photo by Kevin Mazur/Getty Images)",
        "A bridge in Wuxi. (Xinhua/Li Bo)",
        "Russian Defense Minister Sergey Shoigu Stanislav Krasilnikov/TASS",
    ] {
        agree(line).unwrap();
        // Each is an example of some pattern, so the agreement is not only on misses.
        let found = dateline::parts(line).is_some()
            || dateline::is_date_line(line)
            || !byline::joiners(line).is_empty()
            || roles::has_timestamp(line)
            || roles::is_signoff(line)
            || roles::is_credit(line)
            || roles::ends_with_credit(line);
        assert!(found, "{line}");
    }
}

#[test]
fn decimal_digits() {
    let digit = Regex::new(r"^\d$").unwrap();
    let wrong: Vec<String> = ('\0'..=char::MAX)
        .filter(|&c| digit.is_match(c.encode_utf8(&mut [0; 4])) != super::scan::digit(c))
        .map(|c| format!("{:X}", u32::from(c)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:?}");
}

/// The pieces the patterns are made of, and some that are near them.
const PIECES: &[&str] = &[
    "MOSCOW",
    "WASHINGTON",
    "Mexico",
    "City",
    "ST.",
    "PORT-AU-PRINCE",
    "N.H.",
    "Mass.",
    "SÃO",
    "A\u{303}",
    "/Leningrad Region/",
    "/TASS/.",
    "/",
    " /",
    "(AP)",
    "(Reuters)",
    "NEW DELHI",
    ": ",
    "(",
    ")",
    "—",
    "–",
    "-",
    "--",
    "+44 171",
    "(613) 235-6745",
    " ",
    " ",
    "  ",
    ", ",
    ",",
    ".",
    ":",
    ";",
    "|",
    "&",
    "'",
    "’",
    "\t",
    "April",
    "Aug",
    "Sept",
    "Dec.",
    "January",
    "SEPT.",
    "MAY",
    "contributed",
    "to this report",
    "Friday",
    "27",
    "2019",
    "7",
    "123",
    "٢٧",
    "½",
    "By",
    "by",
    "BY",
    "Author",
    "Authors",
    "source",
    "Source",
    "Photographs",
    "and",
    "AND",
    "Photo",
    "Photos",
    "Image",
    "Photograph",
    "Credit",
    "credit",
    "©",
    "(c)",
    "(C)",
    "AP",
    "AP Photo",
    "Getty Images",
    "AFP",
    "via",
    "Reuters",
    "Xinhua",
    "REUTER",
    "PA",
    "dpa",
    "Reporting",
    "reporting",
    "Additional reporting",
    "Editing",
    "Writing",
    "Edited",
    " by ",
    "Updated",
    "POSTED",
    "published",
    "4:10",
    "2019-11-18",
    "1996-08-22",
    "18.11.19",
    "Nov",
    "nov",
    "November",
    "년",
    "年",
    "Jane",
    "Doe",
    "ASHTIYEH",
    "é",
    "Ü",
    "ß",
    "x",
    "e",
    "_",
    "\u{200D}",
    "д",
    "Москва",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn assembled_lines(pieces in prop::collection::vec(prop::sample::select(PIECES), 0..14)) {
        let line = pieces.concat();
        prop_assert_eq!(agree(&line), Ok(()));
    }
}

/// Single characters the patterns test, for lines no piece list would think of.
const CHARS: &[char] = &[
    'A', 'P', 'M', 'a', 'p', 'e', 'é', 'Ü', '1', '2', '٢', ' ', '\t', '/', '(', ')', '.', ',', ':',
    '-', '—', '–', '\'', '’', '©', '|', '&', '\u{303}', '年',
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn lines_of_single_characters(chars in prop::collection::vec(prop::sample::select(CHARS), 0..40)) {
        let line: String = chars.into_iter().collect();
        prop_assert_eq!(agree(&line), Ok(()));
    }
}
