//! Tokens -> dates, times, money and percentages: `April 27`, `1996-08-30`, `Wednesday`,
//! `tomorrow`, `10.30 a.m.`, `$3.2 million`, `3.5%`, `12 percent`.
//!
//! A date's value is ISO 8601 as far as the text tells: `--04-27` without a year, `2016-04-27`
//! with one. Weekdays and `today`/`tomorrow`/`yesterday` get a value only when the story's own
//! date (its dateline) is known with its year.

use super::tokens::{Token, TokenKind};
use super::EntityKind;
use crate::lexicon::{MONTHS, WEEKDAYS};
use crate::span::Span;

/// A date, time or amount found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Amount {
    pub kind: EntityKind,
    pub span: Span,
    /// ISO 8601 for dates (`--04-27`), else None.
    pub value: Option<String>,
}

/// A calendar date as far as known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Day {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl Day {
    pub fn iso(self) -> Option<String> {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => Some(format!("{y:04}-{m:02}-{d:02}")),
            (None, Some(m), Some(d)) => Some(format!("--{m:02}-{d:02}")),
            (Some(y), Some(m), None) => Some(format!("{y:04}-{m:02}")),
            (Some(y), None, None) => Some(format!("{y:04}")),
            _ => None,
        }
    }

    fn full(self) -> Option<(i32, u32, u32)> {
        Some((self.year?, self.month?, self.day?))
    }
}

const CURRENCY_WORDS: &[&str] = &[
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan", "rouble",
    "roubles", "ruble", "rubles", "franc", "francs", "mark", "marks", "rupee", "rupees", "peso",
    "pesos", "cent", "cents", "pence", "crown", "crowns", "lira", "lire", "guilder", "guilders",
    "rand", "dinar", "dinars", "shekel", "shekels", "won", "baht", "ringgit", "real", "reais",
    "kronor", "kroner", "krona", "zloty", "forint", "hryvnia", "riyal", "riyals", "dirham",
];
const SCALES: &[&str] = &[
    "thousand", "million", "billion", "trillion", "bn", "mln", "bln", "trln", "m", "k", "crore",
    "lakh",
];

/// What a sum written with a currency sign comes to, as a grouping key: `$95m` and `$95
/// million` are both `$ 95000000`. `None` for other forms (`20 euros`).
pub(crate) fn money_key(s: &str) -> Option<String> {
    let digits_at = s.find(|c: char| c.is_ascii_digit())?;
    let currency = s[..digits_at].trim().trim_end_matches('.');
    if currency.is_empty() {
        return None;
    }
    let rest = &s[digits_at..];
    let number_end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(rest.len());
    let number: f64 = rest[..number_end].replace(',', "").parse().ok()?;
    // `Rs 1,240-crore`: the scale may be joined by a hyphen.
    let scale = rest[number_end..]
        .trim()
        .trim_start_matches('-')
        .to_ascii_lowercase();
    let multiplier = match scale.as_str() {
        "" => 1.0,
        "k" | "thousand" => 1e3,
        "m" | "mn" | "mln" | "million" => 1e6,
        "lakh" => 1e5,
        "crore" => 1e7,
        "bn" | "bln" | "billion" => 1e9,
        "trillion" | "tn" | "trln" => 1e12,
        _ => return None,
    };
    // To the hundredth of a cent, so `$2.52` and `$2.53` stay two sums.
    let amount = format!("{:.4}", number * multiplier);
    let amount = amount.trim_end_matches('0').trim_end_matches('.');
    Some(format!("{currency} {amount}"))
}

/// `April` -> 4, `Sept.` -> 9, `AUG` -> 8.
pub(crate) fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 || w.len() > 9 {
        return None;
    }
    if w.eq_ignore_ascii_case("sept") {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(w) || w.len() == 3 && m[..3].eq_ignore_ascii_case(w))
        .map(|i| i as u32 + 1)
}

fn weekday(word: &str) -> Option<u32> {
    WEEKDAYS
        .iter()
        .position(|d| d.eq_ignore_ascii_case(word))
        .map(|i| i as u32)
}

// Time zones written after a clock time: `5:02 p.m. ET`, `10:30 GMT`.
crate::word_set!(pub(super) fn time_zones, "entities/time_zones.txt");

/// `Thu`, `Tues`, `Thurs.`: a weekday shortened to three or four letters.
fn weekday_abbreviation(word: &str) -> Option<u32> {
    let word = word.strip_suffix('.').unwrap_or(word);
    if !(3..=5).contains(&word.len()) || !word.is_ascii() {
        return None;
    }
    WEEKDAYS
        .iter()
        .position(|d| d.len() > word.len() && d[..word.len()].eq_ignore_ascii_case(word))
        .map(|i| i as u32)
}

fn number_value(word: &str) -> Option<u32> {
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .unwrap_or(word);
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

fn day_of_month(word: &str) -> Option<u32> {
    // `27`, `27th`, and the first day of a range `27-29`.
    let first = word.split('-').next().unwrap_or(word);
    number_value(first).filter(|d| (1..=31).contains(d))
}

fn year(word: &str) -> Option<i32> {
    if word.len() != 4 {
        return None;
    }
    number_value(word)
        .filter(|y| (1000..=2199).contains(y))
        .map(|y| y as i32)
}

/// A year as an era writes it: `79`, `3000`, `1,500`.
fn is_era_year(word: &str) -> bool {
    (1..=6).contains(&word.len())
        && word.starts_with(|c: char| c.is_ascii_digit())
        && word.chars().all(|c| c.is_ascii_digit() || c == ',')
}

/// `1996-08-30` -> that day.
pub(crate) fn iso_date(word: &str) -> Option<Day> {
    let mut parts = word.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (month, day) = (m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(Day {
        year: Some(y.parse().ok()?),
        month: Some(month),
        day: Some(day),
    })
}

/// Reads a date written as `April 27`, `April 27, 2016`, `27 April 2016` or `1996-08-30`.
pub(crate) fn parse_date(text: &str) -> Option<Day> {
    let mut tokens = Vec::new();
    super::tokens::tokenize(text, Span::new(0, text.len()), &mut tokens);
    let found = scan(text, &tokens, None);
    // The first date with a value: `Thursday, May 7, 2015` is read from `May 7, 2015`.
    found
        .into_iter()
        .filter(|a| a.kind == EntityKind::Date)
        .find_map(|a| parse_iso_value(a.value.as_deref()?))
}

fn parse_iso_value(value: &str) -> Option<Day> {
    if let Some(md) = value.strip_prefix("--") {
        let (m, d) = md.split_once('-')?;
        return Some(Day {
            year: None,
            month: m.parse().ok(),
            day: d.parse().ok(),
        });
    }
    iso_date(value).or_else(|| {
        let (y, m) = value.split_once('-')?;
        Some(Day {
            year: y.parse().ok(),
            month: m.parse().ok(),
            day: None,
        })
    })
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(if m <= 2 { y - 1 } else { y });
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400) as i32 + i32::from(m <= 2);
    (y, m, d)
}

fn iso_of_days(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The day `offset` days from `anchor`, when the anchor is a full date.
fn relative(anchor: Option<Day>, offset: i64) -> Option<String> {
    let (y, m, d) = anchor?.full()?;
    Some(iso_of_days(days_from_civil(y, m, d) + offset))
}

/// The weekday nearest the anchor date (the earlier one on a tie): news tells of the days
/// around the day it was filed.
fn nearest_weekday(anchor: Option<Day>, weekday: u32) -> Option<String> {
    let (y, m, d) = anchor?.full()?;
    let days = days_from_civil(y, m, d);
    // 1970-01-01 was a Thursday (3 with Monday = 0).
    let today = (days + 3).rem_euclid(7);
    let mut back = (today - i64::from(weekday)).rem_euclid(7);
    if back > 3 {
        back -= 7;
    }
    Some(iso_of_days(days - back))
}

fn is_word(t: Option<&Token>, text: &str, pred: impl Fn(&str) -> bool) -> bool {
    t.is_some_and(|t| t.kind == TokenKind::Word && pred(t.text(text)))
}

/// `the Sunday Telegraph`, `The Sunday Times`, `the Sunday Mirror`: a weekday that opens a
/// paper's or a programme's name is no date. It stands before another capitalised word (no
/// month, weekday, given name or listed place) after `the`, or before a body's word
/// (`Telegraph`, `Times`, `Post`) after no preposition or other time word (not `on Sunday
/// Times Square was shut`).
pub(crate) fn weekday_opens_name(text: &str, tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let (Some(day), Some(next)) = (tokens.get(i), tokens.get(i + 1)) else {
        return false;
    };
    let named = next.kind == TokenKind::Word
        && next.space_before
        && next.text(text).starts_with(char::is_uppercase)
        && next.text(text).chars().any(char::is_lowercase);
    if day.kind != TokenKind::Word || weekday(word(i)).is_none() || !named {
        return false;
    }
    let g = super::gazetteer::Gazetteer::get();
    let next = word(i + 1);
    if month_number(next).is_some()
        || weekday(next).is_some()
        || g.is_given_name(next)
        || g.known(next).is_some()
    {
        return false;
    }
    let before = if i > 0 { word(i - 1) } else { "" };
    const TIME_WORDS: &[&str] = &[
        "last", "next", "this", "until", "since", "till", "every", "each", "early", "late",
    ];
    let the = before.eq_ignore_ascii_case("the");
    let free = !super::names::is_function_word(before)
        && !TIME_WORDS.contains(&before.to_lowercase().as_str())
        && !matches!(before, "," | "-" | "–" | "—");
    the || free && g.is_org_word(next)
}

/// The dates, times and amounts of one sentence's tokens; `anchor` is the story's own date.
pub(crate) fn scan(text: &str, tokens: &[Token], anchor: Option<Day>) -> Vec<Amount> {
    let mut found = Vec::new();
    let mut i = 0;
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let kind = |i: usize| tokens.get(i).map(|t| t.kind);
    while i < tokens.len() {
        let t = tokens[i];
        let w = t.text(text);
        let span_to = |j: usize| Span::new(t.span.start, tokens[j].span.end);
        // `AD 79`: the era before its year.
        if w == "AD" && tokens.get(i + 1).is_some_and(|n| is_era_year(n.text(text))) {
            found.push(plain(EntityKind::Date, span_to(i + 1)));
            i += 2;
            continue;
        }
        // Month Day[, Year] / Month Year
        if t.kind == TokenKind::Word && w.starts_with(|c: char| c.is_uppercase()) {
            if let Some(month) = month_number(w) {
                let may_is_verb = w == "May" || w == "March";
                if kind(i + 1) == Some(TokenKind::Number) {
                    if let Some(day) = day_of_month(word(i + 1)) {
                        let mut date = Day {
                            year: None,
                            month: Some(month),
                            day: Some(day),
                        };
                        let mut end = i + 1;
                        if word(i + 2) == "," && kind(i + 3) == Some(TokenKind::Number) {
                            if let Some(y) = year(word(i + 3)) {
                                date.year = Some(y);
                                end = i + 3;
                            }
                        } else if let Some(y) = year(word(i + 2)) {
                            date.year = Some(y);
                            end = i + 2;
                        }
                        found.push(date_amount(span_to(end), date));
                        i = end + 1;
                        continue;
                    }
                    if let Some(y) = year(word(i + 1)) {
                        let date = Day {
                            year: Some(y),
                            month: Some(month),
                            day: None,
                        };
                        found.push(date_amount(span_to(i + 1), date));
                        i += 2;
                        continue;
                    }
                }
                // `in May`, `last March`: a month alone after a time preposition.
                let before = if i > 0 { word(i - 1) } else { "" };
                const TIME_WORDS: &[&str] = &[
                    "in", "since", "until", "by", "early", "late", "mid", "last", "next", "of",
                    "from",
                ];
                let alone_ok = !may_is_verb || TIME_WORDS.contains(&before);
                if alone_ok && (w.len() > 3 || w.ends_with('.')) {
                    found.push(Amount {
                        kind: EntityKind::Date,
                        span: t.span,
                        value: None,
                    });
                    i += 1;
                    continue;
                }
            }
            // `Thu 26 Nov 2026`, `Wed December 13, 2023`: an abbreviated weekday before the
            // day of the month or the month.
            let abbreviated = || {
                tokens
                    .get(i + 1)
                    .is_some_and(|n| {
                        n.kind == TokenKind::Number && day_of_month(n.text(text)).is_some()
                            || n.kind == TokenKind::Word
                                && n.text(text).starts_with(char::is_uppercase)
                                && month_number(n.text(text)).is_some()
                    })
                    .then(|| weekday_abbreviation(w))
                    .flatten()
            };
            let weekday = weekday(w).filter(|_| !weekday_opens_name(text, tokens, i));
            if let Some(wd) = weekday.or_else(abbreviated) {
                found.push(Amount {
                    kind: EntityKind::Date,
                    span: t.span,
                    value: nearest_weekday(anchor, wd),
                });
                i += 1;
                continue;
            }
        }
        if t.kind == TokenKind::Word {
            let offset = [("today", 0), ("tomorrow", 1), ("yesterday", -1)]
                .iter()
                .find(|(day, _)| day.eq_ignore_ascii_case(w))
                .map(|&(_, offset)| offset);
            // `BBC Radio 4's Today programme`, `USA Today`, `the Today show`: a title.
            let before = text[..t.span.start].trim_end();
            let titled = w.starts_with(char::is_uppercase)
                && (before.ends_with("'s")
                    || before.ends_with("’s")
                    || before.ends_with(" the")
                    || before.ends_with("USA")
                    || tokens.get(i + 1).is_some_and(|next| {
                        ["programme", "program", "show", "newspaper"].contains(&next.text(text))
                    }));
            if let Some(offset) = offset.filter(|_| !titled) {
                found.push(Amount {
                    kind: EntityKind::Date,
                    span: t.span,
                    value: relative(anchor, offset),
                });
                i += 1;
                continue;
            }
        }
        if t.kind == TokenKind::Number {
            // 27 April [2016]
            if let (Some(day), Some(month)) = (
                day_of_month(w),
                tokens
                    .get(i + 1)
                    .filter(|n| n.kind == TokenKind::Word)
                    .and_then(|n| month_number(n.text(text)))
                    .filter(|_| word(i + 1).starts_with(|c: char| c.is_uppercase())),
            ) {
                let mut date = Day {
                    year: None,
                    month: Some(month),
                    day: Some(day),
                };
                let mut end = i + 1;
                if let Some(y) = year(word(i + 2)) {
                    date.year = Some(y);
                    end = i + 2;
                }
                found.push(date_amount(span_to(end), date));
                i = end + 1;
                continue;
            }
            if let Some(date) = iso_date(w) {
                found.push(date_amount(t.span, date));
                i += 1;
                continue;
            }
            // `3000 BC`, `1,500 BCE`, `79 AD`: a year of an era. Its ISO value would need a
            // sign convention for years before Christ, so none is given.
            if is_era_year(w) && matches!(word(i + 1), "BC" | "BCE" | "AD" | "CE") {
                found.push(plain(EntityKind::Date, span_to(i + 1)));
                i += 2;
                continue;
            }
            // `by 1105 GMT`: a wire's four-digit clock before its zone, not a year.
            let wire_clock = w.len() == 4
                && w.bytes().all(|b| b.is_ascii_digit())
                && w[..2].parse::<u32>().is_ok_and(|h| h <= 24)
                && w[2..].parse::<u32>().is_ok_and(|m| m < 60)
                && is_word(tokens.get(i + 1), text, |n| {
                    n.len() > 2 && time_zones().contains(n)
                });
            if wire_clock {
                found.push(plain(EntityKind::Time, span_to(i + 1)));
                i += 2;
                continue;
            }
            // A year after a preposition: `in 1996`.
            if let Some(y) = year(w) {
                let before = if i > 0 { word(i - 1) } else { "" };
                if matches!(
                    before,
                    "in" | "since" | "until" | "by" | "of" | "from" | "during" | "before" | "after"
                ) {
                    found.push(date_amount(
                        t.span,
                        Day {
                            year: Some(y),
                            month: None,
                            day: None,
                        },
                    ));
                    i += 1;
                    continue;
                }
            }
            // 3.5% / 12 percent / 12 per cent
            if word(i + 1) == "%" && !tokens[i + 1].space_before {
                found.push(plain(EntityKind::Percent, span_to(i + 1)));
                i += 2;
                continue;
            }
            if matches!(word(i + 1), "percent" | "pct") {
                found.push(plain(EntityKind::Percent, span_to(i + 1)));
                i += 2;
                continue;
            }
            if word(i + 1) == "per" && word(i + 2) == "cent" {
                found.push(plain(EntityKind::Percent, span_to(i + 2)));
                i += 3;
                continue;
            }
            // 10.30 a.m. / 10:30 GMT / 3 pm / 5:02 p.m. ET / 02.00 GMT
            let is_clock = is_clock(w);
            let zone_at = |k: usize| is_word(tokens.get(k), text, |n| time_zones().contains(n));
            if is_word(tokens.get(i + 1), text, |n| {
                ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"]
                    .iter()
                    .any(|clock| clock.eq_ignore_ascii_case(n))
            }) && (is_clock || number_value(w).is_some_and(|h| (1..=12).contains(&h)))
            {
                let end = if zone_at(i + 2) { i + 2 } else { i + 1 };
                found.push(plain(EntityKind::Time, span_to(end)));
                i = end + 1;
                continue;
            }
            let zoned = is_clock && zone_at(i + 1);
            if is_clock && (w.contains(':') || zoned) {
                let end = if zoned { i + 1 } else { i };
                found.push(plain(EntityKind::Time, span_to(end)));
                i = end + 1;
                continue;
            }
            // 3 million dollars / 20 euros
            let mut j = i + 1;
            // `a 5-million-euro grant`, `5-million euros`: the scale joined by hyphens.
            let joined = |k: usize| tokens.get(k).is_some_and(|t| !t.space_before);
            if word(j) == "-" && joined(j) && joined(j + 1) {
                let next = word(j + 1);
                let scale = |n: &str| SCALES.contains(&n) && n.len() > 2;
                let sum = next.split_once('-').is_some_and(|(n, money)| {
                    scale(n) && CURRENCY_WORDS.iter().any(|c| c.eq_ignore_ascii_case(money))
                });
                if sum {
                    found.push(plain(EntityKind::Money, span_to(j + 1)));
                    i = j + 2;
                    continue;
                }
                if scale(next) {
                    j += 2;
                }
            }
            if is_word(tokens.get(j), text, |n| SCALES.contains(&n) && n.len() > 2) {
                j += 1;
            }
            let currency = |k: usize| {
                is_word(tokens.get(k), text, |n| {
                    CURRENCY_WORDS.iter().any(|c| c.eq_ignore_ascii_case(n))
                })
            };
            // `95.7 billion U.S. dollars`, `5 million Hong Kong dollars`: the country's
            // capitalised name before the currency. Not a nationality (`Swiss francs`), a
            // name of its own.
            let country = |k: usize| {
                is_word(tokens.get(k), text, |n| {
                    n.starts_with(char::is_uppercase)
                        && !super::gazetteer::Gazetteer::get().is_demonym(n)
                })
            };
            if let Some(at) = [j + 1, j + 2]
                .into_iter()
                .find(|&at| currency(at) && (j..at).all(country))
            {
                j = at;
            }
            if currency(j) {
                found.push(plain(EntityKind::Money, span_to(j)));
                i = j + 1;
                continue;
            }
        }
        // $3.2 million / US$ 5 / £20 / €1.5bn
        if let Some(start) = currency_start(text, tokens, i) {
            let number_at = start;
            if kind(number_at) == Some(TokenKind::Number) {
                let mut end = number_at;
                // In any case when spelt out: `$2 Billion` in a title-case headline.
                let scale = |n: &str| {
                    SCALES
                        .iter()
                        .any(|s| *s == n || n.len() > 2 && s.eq_ignore_ascii_case(n))
                };
                // `Rs 1,240-crore`, `$2-billion`: the scale joined by a hyphen.
                let hyphen = tokens
                    .get(end + 1)
                    .is_some_and(|t| t.text(text) == "-" && !t.space_before);
                if hyphen
                    && tokens
                        .get(end + 2)
                        .is_some_and(|t| !t.space_before && scale(t.text(text)))
                {
                    end += 2;
                } else if is_word(tokens.get(end + 1), text, scale) {
                    end += 1;
                }
                // `$1.2 million (CAD)`: the currency's code in brackets is part of the sum, no
                // name of its own.
                let code = |k: usize| {
                    is_word(tokens.get(k), text, |w| {
                        w.len() == 3 && w.bytes().all(|b| b.is_ascii_uppercase())
                    })
                };
                let mark = |k: usize, m: &str| tokens.get(k).is_some_and(|t| t.text(text) == m);
                if mark(end + 1, "(") && code(end + 2) && mark(end + 3, ")") {
                    end += 3;
                }
                found.push(plain(EntityKind::Money, span_to(end)));
                i = end + 1;
                continue;
            }
        }
        i += 1;
    }
    found
}

fn is_clock(w: &str) -> bool {
    let Some((h, m)) = w.split_once([':', '.']) else {
        return false;
    };
    m.len() == 2
        && h.len() <= 2
        && h.parse::<u32>().is_ok_and(|h| h <= 24)
        && m.parse::<u32>().is_ok_and(|m| m < 60)
}

/// When a currency sign starts at token `i` (`$`, `US$`, `£`), the index of the token after it.
fn currency_start(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    let w = t.text(text);
    if matches!(w, "$" | "£" | "€" | "¥" | "₽" | "₹") {
        return Some(i + 1);
    }
    // `Rs 1,200 crore`, `Rs. 5 lakh`, `Rs.500`, `INR 500`: the rupee written as letters,
    // before a number (`Rs Sharma` is no sum).
    if matches!(w, "Rs" | "INR") {
        let dot = tokens
            .get(i + 1)
            .is_some_and(|n| n.text(text) == "." && !n.space_before);
        let at = if dot && w == "Rs" { i + 2 } else { i + 1 };
        return tokens
            .get(at)
            .is_some_and(|n| n.kind == TokenKind::Number && (n.space_before || at == i + 2))
            .then_some(at);
    }
    if matches!(w, "US" | "A" | "C" | "NZ" | "HK" | "S" | "R")
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.text(text) == "$" && !n.space_before)
    {
        return Some(i + 2);
    }
    None
}

fn plain(kind: EntityKind, span: Span) -> Amount {
    Amount {
        kind,
        span,
        value: None,
    }
}

fn date_amount(span: Span, date: Day) -> Amount {
    Amount {
        kind: EntityKind::Date,
        span,
        value: date.iso(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str, anchor: Option<Day>) -> Vec<(EntityKind, &str, Option<String>)> {
        let mut tokens = Vec::new();
        super::super::tokens::tokenize(s, Span::new(0, s.len()), &mut tokens);
        scan(s, &tokens, anchor)
            .into_iter()
            .map(|a| (a.kind, a.span.text(s), a.value))
            .collect()
    }

    #[test]
    fn a_paper_named_for_a_weekday_is_no_date() {
        let dates = |s| {
            found(s, None)
                .into_iter()
                .filter(|(kind, ..)| *kind == EntityKind::Date)
                .map(|(_, text, _)| text)
                .collect::<Vec<_>>()
        };
        assert!(dates("She told the Sunday Telegraph that she would go.").is_empty());
        assert!(dates("The Sunday Times ran it.").is_empty());
        assert_eq!(dates("He said on Sunday Times were hard."), ["Sunday"]);
        assert_eq!(
            dates("Talks resume on Sunday Morning in Paris."),
            ["Sunday"]
        );
        assert_eq!(dates("They met last Sunday."), ["Sunday"]);
    }

    #[test]
    fn dates_with_their_values() {
        use EntityKind::Date;
        let v = |s: &str| Some(s.to_string());
        assert_eq!(
            found("on April 27.", None),
            [(Date, "April 27", v("--04-27"))]
        );
        assert_eq!(
            found("on April 27, 2016,", None),
            [(Date, "April 27, 2016", v("2016-04-27"))]
        );
        assert_eq!(
            found("on 27 April 2016", None),
            [(Date, "27 April 2016", v("2016-04-27"))]
        );
        assert_eq!(
            found("LONDON 1996-08-30", None),
            [(Date, "1996-08-30", v("1996-08-30"))]
        );
        assert_eq!(found("in 1996 and May", None), [(Date, "1996", v("1996"))]);
        let friday = iso_date("1996-08-30");
        assert_eq!(
            found("on Thursday", friday),
            [(Date, "Thursday", v("1996-08-29"))]
        );
        assert_eq!(
            found("on Monday", friday),
            [(Date, "Monday", v("1996-09-02"))]
        );
        assert_eq!(
            found("tomorrow", friday),
            [(Date, "tomorrow", v("1996-08-31"))]
        );
        assert_eq!(found("tomorrow", None), [(Date, "tomorrow", None)]);
        assert_eq!(
            found("between 3000 BC and AD 79", None),
            [(Date, "3000 BC", None), (Date, "AD 79", None)]
        );
    }

    #[test]
    fn times_money_percent() {
        use EntityKind::*;
        let kinds = |s| {
            found(s, None)
                .into_iter()
                .map(|(k, t, _)| (k, t))
                .collect::<Vec<_>>()
        };
        assert_eq!(kinds("at 10.30 a.m. today")[0], (Time, "10.30 a.m."));
        assert_eq!(kinds("cost $3.2 million"), [(Money, "$3.2 million")]);
        assert_eq!(money_key("$95m"), money_key("$95 million"));
        assert_eq!(money_key("£2bn").as_deref(), Some("£ 2000000000"));
        assert_ne!(money_key("$95m"), money_key("£95m"));
        assert_ne!(money_key("$2.52"), money_key("$2.53"));
        assert_eq!(money_key("$250"), money_key("$250.00"));
        assert_eq!(money_key("20 euros"), None);
        assert_eq!(
            kinds("US$ 5 and 20 euros"),
            [(Money, "US$ 5"), (Money, "20 euros")]
        );
        assert_eq!(
            kinds("Rs 1,200 crore and Rs. 5 lakh or INR 500"),
            [
                (Money, "Rs 1,200 crore"),
                (Money, "Rs. 5 lakh"),
                (Money, "INR 500")
            ]
        );
        assert_eq!(money_key("Rs. 5 lakh"), money_key("Rs 500,000"));
        assert_eq!(kinds("Rs Sharma paid Rs.500"), [(Money, "Rs.500")]);
        assert_eq!(
            kinds("a Rs 1,240-crore plan, a $2-billion fund and a 5-million-euro grant"),
            [
                (Money, "Rs 1,240-crore"),
                (Money, "$2-billion"),
                (Money, "5-million-euro")
            ]
        );
        assert_eq!(money_key("$2-billion"), money_key("$2 billion"));
        assert_eq!(
            kinds("rose 3.5% or 4 per cent"),
            [(Percent, "3.5%"), (Percent, "4 per cent")]
        );
    }
}
