//! Stage 3, sentences -> entities: people, organisations, places, nationalities, events, dates,
//! times, money and percentages, with every mention of one thing grouped into one entity.
//!
//! Three passes over the document, all linear in its length:
//! 1. each prose sentence gives name candidates classified by what the sentence tells
//!    (`names.rs`: lists, patterns, titles, given names, speech verbs) and its dates and
//!    amounts (`numbers.rs`);
//! 2. the document decides the rest: a string tagged once keeps its tag, a surname seen in a
//!    full name is that person, a team-sports page makes its towns teams, and lines in
//!    capitals (`MOSCOW`, `LEICESTERSHIRE TAKE OVER`) find the names known elsewhere;
//! 3. mentions are grouped (`group.rs`): `Shoigu` joins `Sergey Shoigu`, `MOSCOW` joins
//!    `Moscow`, `North Atlantic Alliance` joins `NATO`, and `he`, `the minister`, `the alliance`
//!    join the entity they refer back to.

mod gazetteer;
mod group;
mod names;
mod numbers;
mod tokens;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::span::{containing, Span};
use crate::structure::{BlockKind, Layout};
use gazetteer::Gazetteer;
/// Whether a word is written as a name is (`Shoigu`, `al-Amr`): the quotes stage asks too.
pub(crate) use names::is_capitalised;
use names::{Candidate, Casing, Evidence};
use tokens::{Token, TokenKind};

/// Whether the gazetteer knows `name`, in any letter case, as a city, region or country:
/// structure asks it of a dateline's place (`NEW DELHI:`). A lookup in the word lists, not in
/// this stage's findings.
pub(crate) fn is_known_place(name: &str) -> bool {
    Gazetteer::get()
        .known_folded(name)
        .is_some_and(|known| known.kind == EntityKind::Location)
}

/// Whether a capitalised word reads as a common word and names nothing the gazetteer knows
/// (`Heavy`, `Officials`; not `Mary`, `Minister`, `Paris`): structure asks it of the word that
/// would open a paragraph run on from its headline. A lookup in the word lists.
pub(crate) fn is_plain_word(word: &str) -> bool {
    let g = Gazetteer::get();
    g.is_common(word)
        && !g.is_given_name(word)
        && !g.is_title(word)
        && g.known_folded(word).is_none()
}

/// Whether a word is a given name or a title written before a name (`Mary`, `Minister`).
pub(crate) fn is_name_lead(word: &str) -> bool {
    let g = Gazetteer::get();
    g.is_given_name(word) || g.is_title(word)
}

/// Whether a lower-case noun calls the capitalised words after it a work's title (`the film
/// Easy Rider`, `the book "The Sleepless Class"`): quotes ask it of a title in marks.
pub(crate) fn is_work_noun(word: &str) -> bool {
    names::is_work_noun_before(word)
}

/// Whether a lower-case word is a verb of saying (`said`, `told`).
pub(crate) fn is_speech_verb(word: &str) -> bool {
    Gazetteer::get().is_speech_verb(word)
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, agency, government body, party, team.
    Organization,
    /// A country, city, region or other place.
    Location,
    /// `Russian`, `European`.
    Nationality,
    /// A named event.
    Event,
    /// `April 27`, `Wednesday`, `tomorrow`.
    Date,
    /// `10.30 a.m.`
    Time,
    /// `$3.2 million`
    Money,
    /// `3.5%`
    Percent,
}

impl EntityKind {
    /// True for the kinds read from numbers and calendar words, not from names.
    pub const fn is_amount(self) -> bool {
        matches!(
            self,
            EntityKind::Date | EntityKind::Time | EntityKind::Money | EntityKind::Percent
        )
    }

    /// The schema's name for the kind.
    pub const fn name(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Location => "location",
            EntityKind::Nationality => "nationality",
            EntityKind::Event => "event",
            EntityKind::Date => "date",
            EntityKind::Time => "time",
            EntityKind::Money => "money",
            EntityKind::Percent => "percent",
        }
    }
}

/// A person's sex, as far as a title (`Mrs.`) or a given name (`Mary`) tells it: what `he` and
/// `she` must agree with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sex {
    /// `she`, `Mrs.`, `Mary`.
    Female,
    /// `he`, `Mr.`, `John`.
    Male,
}

impl Sex {
    /// The sex a personal pronoun refers to: `she`/`her`/`hers` and `he`/`him`/`his`, any case.
    pub fn of_pronoun(word: &str) -> Option<Sex> {
        match word.to_ascii_lowercase().as_str() {
            "she" | "her" | "hers" | "herself" => Some(Sex::Female),
            "he" | "him" | "his" | "himself" => Some(Sex::Male),
            _ => None,
        }
    }

    /// True when a person of sex `known` (None: not known) may be referred to as `wanted`.
    pub fn agrees(known: Option<Sex>, wanted: Option<Sex>) -> bool {
        known.is_none() || wanted.is_none() || known == wanted
    }
}

/// How a mention refers to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionForm {
    /// A proper name or its short form: `Shoigu`, `NATO`.
    Name,
    /// `he`, `she`, `they`.
    Pronoun,
    /// `the minister`, `the alliance`.
    Nominal,
}

impl MentionForm {
    /// The schema's name for the form.
    pub const fn name(self) -> &'static str {
        match self {
            MentionForm::Name => "name",
            MentionForm::Pronoun => "pronoun",
            MentionForm::Nominal => "nominal",
        }
    }
}

/// One place in the text that refers to an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// The words of the mention: the name alone, no determiner, title or possessive.
    pub span: Span,
    /// Name, pronoun or nominal.
    pub form: MentionForm,
}

/// One real-world thing and all its mentions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Its kind.
    pub kind: EntityKind,
    /// Its fullest name form.
    pub name: String,
    /// Titles and roles before a person's name (`Russian Defense Minister`).
    pub titles: Vec<String>,
    /// A person's sex, when a title, a given name or `X said she` tells it; not part of the
    /// JSON.
    pub sex: Option<Sex>,
    /// For dates and times: ISO 8601 as far as the text tells (`--04-27`).
    pub value: Option<String>,
    /// Mentions in text order.
    pub mentions: Vec<Mention>,
}

/// One sentence (or the dateline) with its tokens.
pub(crate) struct Line<'t> {
    pub span: Span,
    pub tokens: &'t [Token],
    pub casing: Casing,
}

/// A name mention decided by passes 1 and 2, before grouping.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub span: Span,
    pub kind: EntityKind,
    pub title: Option<Span>,
    pub group: Option<usize>,
    /// Number of words, for choosing the fullest name.
    pub words: usize,
    pub value: Option<String>,
}

/// The titles of the persons a common noun may name (`diplomat` -> `ambassador`, `envoy`,
/// `foreign minister` ...), from `data/entities/person_nominals.txt`.
pub(crate) fn person_nominal(word: &str) -> &'static [&'static str] {
    Gazetteer::get().person_nominal(word)
}

/// Finds the entities of the text, ordered by first mention.
///
/// `quoted` holds the quotations' spans in text order: a pronoun outside them refers to no one
/// named only inside them.
pub fn tag(text: &str, layout: &Layout, sentences: &[Span], quoted: &[Span]) -> Vec<Entity> {
    // The tokens of every line in one buffer (the dateline's first); each line borrows its own.
    let dateline = layout.dateline;
    // Menus, share buttons and footers name the site's things, not the story's (`Share on
    // Facebook`); a boilerplate block of other words (a results table) is still read.
    let furniture: Vec<Span> = layout
        .blocks
        .iter()
        .filter(|b| {
            b.kind == BlockKind::Boilerplate && crate::structure::names_no_story(b.span.text(text))
        })
        .map(|b| b.span)
        .collect();
    let story_sentences: Vec<Span> = sentences
        .iter()
        .filter(|&&s| containing(&furniture, s).is_none())
        .copied()
        .collect();
    let sentences = &story_sentences[..];
    let mut all_tokens = Vec::new();
    let mut ends = Vec::with_capacity(sentences.len() + 1);
    for span in dateline.map(|d| d.span).iter().chain(sentences) {
        tokens::tokenize(text, *span, &mut all_tokens);
        ends.push(all_tokens.len());
    }
    // Each line: its span, its tokens as a range of `all_tokens`, and its casing where that is
    // fixed in advance (the dateline, a credit).
    let mut parts: Vec<(Span, usize, usize, Option<Casing>)> = Vec::with_capacity(ends.len());
    let mut from = 0;
    for (at, (span, &end)) in dateline
        .map(|d| d.span)
        .iter()
        .chain(sentences)
        .zip(&ends)
        .enumerate()
    {
        let tokens = &all_tokens[from..end];
        let first = from;
        from = end;
        if at == 0 && dateline.is_some() {
            parts.push((*span, first, end, Some(Casing::Caps)));
            continue;
        }
        // `Black Widow and Captain America Image: Nick Moreau.`: a credit is a line of its
        // own, read as prose, so that a caption's title casing does not hide the name in it.
        let credit = (0..tokens.len()).find(|&k| {
            tokens.get(k + 1).is_some_and(|t| t.text(text) == ":")
                && crate::lexicon::credit_labels().contains(tokens[k].text(text))
        });
        let Some(k) = credit else {
            parts.push((*span, first, end, None));
            continue;
        };
        let span_of =
            |a: usize, b: usize| Span::new(all_tokens[a].span.start, all_tokens[b - 1].span.end);
        if k > 0 {
            parts.push((span_of(first, first + k), first, first + k, None));
        }
        parts.push((span_of(first + k, end), first + k, end, Some(Casing::Prose)));
    }
    // `Foreign Minister Sergey\nLavrov met`, `the Scottish\nGovernment said`: in hard-wrapped
    // text a single line break may part a sentence, and a name with it. A line that ends in a
    // word, is long enough to be wrapped and lies in body text joins the line after it when
    // only one line break parts them; never across a blank line or from or into a headline.
    let kind_at = |at: usize| {
        let k = layout.blocks.partition_point(|b| b.span.end <= at);
        layout
            .blocks
            .get(k)
            .filter(|b| b.span.start <= at)
            .map(|b| b.kind)
    };
    let body = |at: usize| {
        matches!(
            kind_at(at),
            Some(BlockKind::Paragraph | BlockKind::Standfirst)
        )
    };
    let prose = |a: usize, b: usize| names::casing(text, &all_tokens[a..b]) == Casing::Prose;
    const WRAPPED_LINE_MIN: usize = 40;
    let mut joined: Vec<(Span, usize, usize, Option<Casing>)> = Vec::with_capacity(parts.len());
    // Whether the line before, as split (not as joined), is prose: each line is read once.
    let mut prose_before = false;
    for part in parts {
        let prose_now = part.3.is_none() && part.2 > part.1 && prose(part.1, part.2);
        let prose_both = std::mem::replace(&mut prose_before, prose_now) && prose_now;
        if let Some(last) = joined.last_mut() {
            // Nothing between them when they overlap (the dateline and its sentence).
            let gap = text.get(last.0.end..part.0.start).unwrap_or("");
            // The line as written, back to the line break before it: each break is looked
            // for once, as the text between two breaks is read once.
            let long = || {
                let line_start = text[..last.0.end].rfind('\n').map_or(0, |k| k + 1);
                text[line_start..last.0.end].chars().count() >= WRAPPED_LINE_MIN
            };
            let wraps = prose_both
                && last.3.is_none()
                && last.2 == part.1
                && last.2 > last.1
                && part.2 > part.1
                && gap.trim_matches(|c| c == ' ' || c == '\t' || c == '\r') == "\n"
                && all_tokens[last.2 - 1].kind == TokenKind::Word
                && text[..last.0.end].ends_with(char::is_alphanumeric)
                && all_tokens[part.1].kind == TokenKind::Word
                && body(last.0.start)
                && body(part.0.start)
                && long();
            if wraps {
                last.0 = Span::new(last.0.start, part.0.end);
                last.2 = part.2;
                continue;
            }
        }
        joined.push(part);
    }
    let mut lines: Vec<Line> = joined
        .into_iter()
        .map(|(span, a, b, casing)| {
            let tokens = &all_tokens[a..b];
            let read = if kind_at(span.start) == Some(BlockKind::Headline) {
                names::headline_casing
            } else {
                names::casing
            };
            Line {
                span,
                tokens,
                casing: casing.unwrap_or_else(|| read(text, tokens)),
            }
        })
        .collect();
    lines.sort_by_key(|l| l.span.start);
    let anchor = story_date(text, layout, &lines);
    let sport = sport_of(text, &lines);
    let sports = sport != Sport::None;
    let teams = sport == Sport::Teams;

    // Pass 1: what each sentence tells.
    let mut found: Vec<Found> = Vec::new();
    let mut candidates: Vec<(usize, Candidate)> = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        for amount in numbers::scan(text, line.tokens, anchor) {
            found.push(Found {
                span: amount.span,
                kind: amount.kind,
                title: None,
                group: None,
                words: 1,
                value: amount.value,
            });
        }
        if line.casing != Casing::Caps {
            let mut out = Vec::new();
            names::candidates(text, line.tokens, line.casing, sports, &mut out);
            candidates.extend(out.into_iter().map(|c| (at, c)));
        }
    }
    // The dateline's place and agency: `MOSCOW, April 27. /TASS/.`
    let g = Gazetteer::get();
    if let Some(d) = dateline {
        // `SOCCER - LEEDS WIN` looks like a dateline too: a place is listed or no common word.
        // `MILWAUKEE, Wisconsin`: the town and its state are two places.
        let parts = d.place.into_iter().flat_map(|place| {
            let mut at = place.start;
            place.text(text).split(", ").map(move |part| {
                let span = Span::new(at, at + part.len());
                at += part.len() + 2;
                span
            })
        });
        for place in parts {
            let p = place.text(text);
            let bare = d.date.is_none() && d.source.is_none();
            if g.known_folded(p).is_some() || !bare && !g.is_common(p) {
                found.push(name_found(place, EntityKind::Location, None, 1));
            }
        }
        if let Some(source) = d.source {
            found.push(agency_found(g, text, source));
        }
    }

    // Pass 2: the document decides.
    split_long_persons(text, &lines, &mut candidates);
    headline_surnames(text, &lines, &mut candidates);
    decide(text, &lines, &mut candidates, teams);
    let known_strings = known_strings(text, &candidates, &found);
    // Words left open in title-cased headlines take the kind the rest of the document gave
    // the same string.
    for (_, c) in candidates
        .iter_mut()
        .filter(|(_, c)| c.kind.is_none() && c.casing == Casing::Title && !c.opener && !c.work)
    {
        if let Some(&(kind, group)) = known_strings.get(&c.span.text(text).to_lowercase()) {
            c.kind = Some(kind);
            c.group = group;
        }
    }
    found.reserve(candidates.iter().filter(|(_, c)| c.kind.is_some()).count());
    for (_, c) in candidates.into_iter() {
        if let Some(kind) = c.kind {
            found.push(Found {
                span: c.span,
                kind,
                title: c.title,
                group: c.group,
                words: c.last - c.first + 1,
                value: None,
            });
        }
    }
    let lookup = |s: &str| -> Option<(EntityKind, Option<usize>, bool)> {
        if let Some(k) = g.known_folded(s).filter(|k| k.country) {
            return Some((k.kind, k.group, true));
        }
        if let Some(&(kind, group)) = known_strings.get(&s.to_lowercase()) {
            return Some((kind, group, false));
        }
        if g.is_demonym_folded(s) {
            return Some((EntityKind::Nationality, None, false));
        }
        if s.len() < 3 {
            return None;
        }
        g.known_folded(s).map(|k| (k.kind, k.group, k.country))
    };
    for line in lines.iter().filter(|l| l.casing == Casing::Caps) {
        let mut out = Vec::new();
        names::caps_candidates(text, line.tokens, &lookup, &mut out);
        for c in out {
            let taken = dateline.is_some_and(|d| d.span.contains(c.span))
                && found.iter().any(|f| f.span.overlaps(c.span));
            if let (Some(kind), false) = (c.kind, taken) {
                let kind = if teams && kind == EntityKind::Location && !c.country {
                    sports_kind(text, line.tokens, c.first, c.last)
                } else {
                    kind
                };
                found.push(Found {
                    span: c.span,
                    kind,
                    title: None,
                    group: c.group,
                    words: c.last - c.first + 1,
                    value: None,
                });
            }
        }
    }
    drop(known_strings);
    // Authors of a byline in capitals (`By LISA MASCARO and MARY CLARE JALONICK`): the pass
    // over capitals knows only listed names, so the byline's reading names them, and what
    // that pass found inside them (`MARY`, a place) gives way.
    let mut authors: Vec<Span> = layout
        .bylines
        .iter()
        .flat_map(|b| b.names.iter().copied())
        .filter(|&name| capitalised_author(g, name.text(text)))
        .collect();
    if !authors.is_empty() {
        authors.sort_by_key(|a| a.start);
        found.retain(|f| containing(&authors, f.span).is_none());
        for &author in &authors {
            let words = author.text(text).split_whitespace().count();
            found.push(name_found(author, EntityKind::Person, None, words));
        }
    }
    // `AP Sports Writer`, `Staff Writer` under the author's name: a byline line that names
    // nobody is a job title, whose only name is the agency, if it has one.
    // Both lists are in text order: each block's byline is found by bisection, and the job
    // titles' findings go in one pass, so a page of many bylines stays linear.
    let mut job_titles: Vec<Span> = Vec::new();
    let mut agencies: Vec<Found> = Vec::new();
    for block in layout.blocks.iter().filter(|b| b.kind == BlockKind::Byline) {
        let at = layout
            .bylines
            .partition_point(|b| b.span.start < block.span.start);
        let byline = layout.bylines.get(at).filter(|b| b.span == block.span);
        if byline.is_some_and(|b| !b.names.is_empty()) {
            continue;
        }
        job_titles.push(block.span);
        if let Some(source) = byline.and_then(|b| b.source) {
            agencies.push(agency_found(g, text, source));
        }
    }
    if !job_titles.is_empty() {
        found.retain(|f| containing(&job_titles, f.span).is_none());
        found.extend(agencies);
    }
    // Of two findings from one place a number's reading stands (`AD 79`, not the name `AD`),
    // else the shorter.
    found.sort_by_key(|f| (f.span.start, !f.kind.is_amount(), f.span.end));
    found.dedup_by(|b, a| a.span.overlaps(b.span));
    found.shrink_to_fit();
    bodies_with_short_forms(g, text, &mut found);

    // Pass 3: one entity per real-world thing.
    group::group(text, &lines, found, quoted)
}

/// `LISA MASCARO`, `MARY CLARE JALONICK`, `MARK WHITE`: two to four words in capitals, the
/// first a given name (not `WORLD MARKETS ROUND-UP`), and at most one of the others a common
/// word that is no given name (not the headline clause `BANKS SEE SLOWER GROWTH`).
fn capitalised_author(g: &Gazetteer, name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitals = name
        .chars()
        .all(|c| c.is_uppercase() || c.is_whitespace() || matches!(c, '.' | '-' | '\'' | '’'));
    let title_cased = |word: &str| -> String {
        let mut chars = word.chars();
        chars
            .next()
            .into_iter()
            .chain(chars.flat_map(char::to_lowercase))
            .collect()
    };
    let given = words
        .first()
        .is_some_and(|first| g.is_given_name(&title_cased(first)));
    let common = words
        .iter()
        .skip(1)
        .map(|w| title_cased(w.trim_end_matches('.')))
        .filter(|w| g.is_common(w) && !g.is_given_name(w))
        .count();
    (2..=4).contains(&words.len()) && capitals && given && common <= 1
}

/// `The National Emergency Operations Centre (COEN) said`: a name whose short form follows in
/// brackets is a body, though its last word may name a place too (`Centre`, `Center`); a
/// listed place (`Kennedy Space Center`) stays one. `found` is sorted and not overlapping.
fn bodies_with_short_forms(g: &Gazetteer, text: &str, found: &mut [Found]) {
    for at in 1..found.len() {
        let (name, short) = (&found[at - 1], &found[at]);
        if name.kind != EntityKind::Location
            || short.kind != EntityKind::Organization
            || name.words < 2
            || !group::in_brackets_after(text, name.span, short.span)
        {
            continue;
        }
        let long = name.span.text(text);
        let body_word = long
            .split_whitespace()
            .last()
            .is_some_and(|last| g.is_place_word(last) && g.is_org_word(last));
        if body_word && g.known(long).is_none() && group::stands_for(long, short.span.text(text)) {
            found[at - 1].kind = EntityKind::Organization;
        }
    }
}

fn name_found(span: Span, kind: EntityKind, group: Option<usize>, words: usize) -> Found {
    Found {
        span,
        kind,
        title: None,
        group,
        words,
        value: None,
    }
}

/// The agency a dateline or byline names as its source (`TASS`, `AP`), with its alias group.
fn agency_found(g: &Gazetteer, text: &str, source: Span) -> Found {
    let group = g.known(source.text(text)).and_then(|k| k.group);
    name_found(source, EntityKind::Organization, group, 1)
}

/// The date the story was filed, from the dateline or an ISO date in its first lines
/// (`LONDON 1996-08-30`).
fn story_date(text: &str, layout: &Layout, lines: &[Line]) -> Option<numbers::Day> {
    // The dateline's date, else the page's own date line (`Thursday, May 7, 2015`).
    let dates = [layout.dateline.and_then(|d| d.date), layout.date_line];
    if let Some(day) = dates
        .into_iter()
        .flatten()
        .find_map(|date| numbers::parse_date(date.text(text)))
    {
        return Some(day);
    }
    lines.iter().take(4).find_map(|l| {
        l.tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Number)
            .find_map(|t| numbers::iso_date(t.text(text)))
    })
}

/// What kind of sports page a text is, by the sport its headline names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sport {
    /// No sport named.
    None,
    /// Players on their own (`TENNIS -`, `ATHLETICS -`): a town is where they played.
    Individual,
    /// Teams (`SOCCER - LEEDS WIN`): a town playing is its team.
    Teams,
}

/// A sports page: its headline names a sport (`SOCCER - LEEDS WIN`).
fn sport_of(text: &str, lines: &[Line]) -> Sport {
    // (sport, played by teams named after towns)
    const SPORTS: &[(&str, bool)] = &[
        ("soccer", true),
        ("football", true),
        ("cricket", true),
        ("tennis", false),
        ("golf", false),
        ("rugby", true),
        ("basketball", true),
        ("baseball", true),
        ("hockey", true),
        ("athletics", false),
        ("cycling", false),
        ("boxing", false),
        ("motor racing", false),
        ("motorcycling", false),
        ("skiing", false),
        ("swimming", false),
        ("volleyball", true),
        ("handball", true),
        ("badminton", false),
        ("snooker", false),
        ("horse racing", false),
        ("sailing", false),
        ("rowing", false),
        ("nba", true),
        ("nfl", true),
        ("nhl", true),
        ("formula one", false),
        ("squash", false),
        ("olympics", false),
        ("champions league", true),
        ("world cup", true),
        ("league", true),
        ("cup", true),
    ];
    let Some(first) = lines.iter().find(|l| !l.tokens.is_empty()) else {
        return Sport::None;
    };
    // A headline is short: look at its first 200 bytes, not at a first line of a megabyte.
    let line = first.span.text(text);
    let mut cut = line.len().min(200);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = line[..cut].to_lowercase();
    // ` soccer ` and `soccer -`, written out once.
    static NEEDLES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    let needles = NEEDLES.get_or_init(|| {
        SPORTS
            .iter()
            .map(|(s, _)| (format!(" {s} "), format!("{s} -")))
            .collect()
    });
    // The first sport named decides: `TENNIS - DAVIS CUP` is tennis.
    let named = SPORTS
        .iter()
        .zip(needles)
        .filter_map(|((s, teams), (spaced, dashed))| {
            let at = if head.starts_with(s) {
                Some(0)
            } else {
                [head.find(spaced.as_str()), head.find(dashed.as_str())]
                    .into_iter()
                    .flatten()
                    .min()
            };
            at.map(|at| (at, *teams))
        })
        .min_by_key(|&(at, _)| at);
    match named {
        Some((_, true)) => Sport::Teams,
        Some((_, false)) => Sport::Individual,
        None if match_report(text, lines) => Sport::Teams,
        None => Sport::None,
    }
}

/// True for a match report in prose, whose headline names no sport: two results or more
/// (`a 3-1 win over Brighton`, `beaten 2-0 by Tottenham`), a score beside a word of winning
/// or losing.
fn match_report(text: &str, lines: &[Line]) -> bool {
    const RESULT_WORDS: &[&str] = &[
        "win", "wins", "won", "victory", "defeat", "defeated", "draw", "drew", "loss", "lost",
        "beat", "beaten", "lead", "led",
    ];
    let mut results = 0;
    for line in lines {
        let tokens = line.tokens;
        for (k, token) in tokens.iter().enumerate() {
            if !token.is_score(text) {
                continue;
            }
            let near = k.saturating_sub(2)..tokens.len().min(k + 3);
            let result_word = near.into_iter().any(|j| {
                let word = tokens[j].text(text);
                RESULT_WORDS.iter().any(|r| r.eq_ignore_ascii_case(word))
            });
            // `Arsenal 3-1 Chelsea`: a score between two names is a result too.
            let named = |j: Option<usize>| {
                j.and_then(|j| tokens.get(j)).is_some_and(|t| {
                    t.kind == TokenKind::Word && t.text(text).starts_with(char::is_uppercase)
                })
            };
            let result = result_word || named(k.checked_sub(1)) && named(Some(k + 1));
            results += usize::from(result);
            if results >= 2 {
                return true;
            }
        }
    }
    false
}

/// Two names run together (`Sergey Shoigu Stanislav Krasilnikov` in a caption) part where a
/// name seen alone elsewhere ends, else in halves when four words have no particle and the
/// third is a given name.
fn split_long_persons(text: &str, lines: &[Line], candidates: &mut Vec<(usize, Candidate)>) {
    let g = Gazetteer::get();
    let person_like = |c: &Candidate| c.kind.is_none() || c.kind == Some(EntityKind::Person);
    let known: std::collections::HashSet<&str> = candidates
        .iter()
        .filter(|(_, c)| person_like(c) && (2..=3).contains(&(c.last - c.first + 1)))
        .map(|(_, c)| c.span.text(text))
        .collect();
    // The token before which each candidate splits, if it does; most split nowhere.
    let cut_at = |line: usize, c: &Candidate| -> Option<usize> {
        let n = c.last - c.first + 1;
        if !person_like(c) || n < 4 || c.title.is_none() && c.kind.is_some() && n > 5 {
            return None;
        }
        let tokens = lines[line].tokens;
        let all_words = (c.first..=c.last).all(|k| {
            tokens[k].kind == TokenKind::Word && names::is_capitalised(tokens[k].text(text))
        });
        (c.first + 1..c.last - 1)
            .find(|&k| known.contains(Span::new(c.span.start, tokens[k].span.end).text(text)))
            .map(|k| k + 1)
            // Not `Chowdhury Kamal Ibne Yusuf`: the second name must open with a given name.
            .or_else(|| {
                let second = tokens[c.first + 2].text(text);
                (n == 4 && all_words && g.is_given_name(second)).then_some(c.first + 2)
            })
    };
    let cuts: Vec<Option<usize>> = candidates
        .iter()
        .map(|(line, c)| cut_at(*line, c))
        .collect();
    let splits = cuts.iter().flatten().count();
    if splits == 0 {
        return;
    }
    let mut out = Vec::with_capacity(candidates.len() + splits);
    for ((line, c), cut) in candidates.drain(..).zip(cuts) {
        match cut {
            Some(k) => {
                let tokens = lines[line].tokens;
                let mut left = c.clone();
                left.last = k - 1;
                left.span.end = tokens[k - 1].span.end;
                let mut right = c;
                right.first = k;
                right.span.start = tokens[k].span.start;
                right.title = None;
                out.push((line, left));
                out.push((line, right));
            }
            None => out.push((line, c)),
        }
    }
    *candidates = out;
}

/// `Clinton Clash Looms Over Trade Bill` above `President Bill Clinton`: in a title-cased line a
/// common word after a given name was let into the name (`Jack Straw`), but when the text
/// names a person in prose whose surname is that given name, and never names the pair in
/// prose, the given name is that surname alone and the common word no name.
fn headline_surnames(text: &str, lines: &[Line], candidates: &mut [(usize, Candidate)]) {
    let g = Gazetteer::get();
    let person_like = |c: &Candidate| c.kind.is_none() || c.kind == Some(EntityKind::Person);
    let prose = |line: usize| lines[line].casing == Casing::Prose;
    // Surnames of persons named in full in prose, and every name found in prose.
    let mut surnames: HashSet<&str> = HashSet::new();
    let mut in_prose: HashSet<&str> = HashSet::new();
    for (line, c) in candidates.iter() {
        if !prose(*line) {
            continue;
        }
        in_prose.insert(c.span.text(text));
        if person_like(c) && c.last > c.first {
            if let Some(last) = lines[*line].tokens.get(c.last) {
                surnames.insert(last.text(text));
            }
        }
    }
    if surnames.is_empty() {
        return;
    }
    for (line, c) in candidates.iter_mut() {
        let tokens = lines[*line].tokens;
        if lines[*line].casing != Casing::Title
            || c.last != c.first + 1
            || c.title.is_some()
            || !person_like(c)
        {
            continue;
        }
        let (first, second) = (tokens[c.first].text(text), tokens[c.last].text(text));
        if surnames.contains(first)
            && g.is_common(second)
            && !surnames.contains(second)
            && !in_prose.contains(c.span.text(text))
        {
            c.last = c.first;
            c.span.end = tokens[c.first].span.end;
        }
    }
}

/// Pass 2: kinds from the rest of the document.
fn decide(text: &str, lines: &[Line], candidates: &mut [(usize, Candidate)], teams: bool) {
    let g = Gazetteer::get();
    // Names opening with a given name that the sentence surely calls a body (`the Cruz Camp
    // brand`, `brewer Cruz Camp`).
    let sure_bodies: HashSet<&str> = candidates
        .iter()
        .filter(|(line, c)| {
            c.kind == Some(EntityKind::Organization)
                && c.evidence == Evidence::Strong
                && c.last > c.first
                && c.group.is_none()
                && g.is_given_name(lines[*line].tokens[c.first].text(text))
        })
        .map(|(_, c)| c.span.text(text))
        .collect();
    let works: HashSet<&str> = candidates
        .iter()
        .filter(|(_, c)| c.work)
        .map(|(_, c)| c.span.text(text))
        .collect();
    // Votes of the sure candidates, by string; surnames of sure persons.
    // Sized for an article at once (growing hashes every key again at each doubling); a long
    // text repeats its names, so its maps grow past that instead of reserving a slot each.
    let presize = candidates.len().min(1024);
    let mut votes: HashMap<&str, [u32; 5]> = HashMap::with_capacity(presize);
    let mut surnames: HashMap<&str, u32> = HashMap::new();
    let slot = |k: EntityKind| match k {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Location => 2,
        EntityKind::Nationality => 3,
        _ => 4,
    };
    const KINDS: [EntityKind; 5] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Location,
        EntityKind::Nationality,
        EntityKind::Event,
    ];
    let word_of = |line: usize, k: usize| lines[line].tokens[k].text(text);
    // `the Warhol Polaroids`: the surname of a person named in full, before a word the text
    // also uses alone (`the Polaroids`), names a thing of theirs, not another person. Not
    // `Wong Kwok-kin` beside `Raymond Wong`: `Kwok-kin` is never alone.
    let full_name_surnames: HashSet<&str> = candidates
        .iter()
        .filter(|(_, c)| {
            c.kind == Some(EntityKind::Person) && c.evidence == Evidence::Strong && c.last > c.first
        })
        .map(|(line, c)| word_of(*line, c.last))
        .collect();
    let alone: HashSet<&str> = candidates
        .iter()
        .filter(|(_, c)| c.first == c.last)
        .map(|(line, c)| word_of(*line, c.first))
        .collect();
    let owned_by_person = |line: usize, c: &Candidate| {
        let last = word_of(line, c.last);
        c.last > c.first
            && full_name_surnames.contains(word_of(line, c.first))
            && !full_name_surnames.contains(last)
            && alone.contains(last)
    };
    // `Google Chrome`, `Microsoft Windows`: a listed company before one unlisted word names
    // a product or a unit of its own, no person.
    let products: HashSet<&str> = candidates
        .iter()
        .filter(|(line, c)| {
            let last = word_of(*line, c.last);
            c.kind.is_none()
                && c.last == c.first + 1
                && g.known(word_of(*line, c.first))
                    .is_some_and(|k| k.kind == EntityKind::Organization)
                && g.known(last).is_none()
                && !g.is_org_word(last)
                && !g.is_given_name(last)
                && !g.is_common(last)
        })
        .map(|(line, c)| word_of(*line, c.last))
        .collect();
    let owned_by_body = |line: usize, c: &Candidate| {
        c.last == c.first + 1 && products.contains(word_of(line, c.last))
    };
    // `100 Polaroids`, `two Emmys`: a plural counted by a number is a thing, not a body.
    let counted: HashSet<&str> = candidates
        .iter()
        .filter(|(line, c)| {
            let tokens = lines[*line].tokens;
            c.first == c.last
                && word_of(*line, c.first).ends_with('s')
                && c.first > 0
                && tokens[c.first - 1].kind == TokenKind::Number
        })
        .map(|(line, c)| word_of(*line, c.first))
        .collect();
    // `a report in the Sun Sentinel`: a person's name takes no article, unless it qualifies a
    // noun after it (`the Tom Cruise video`).
    let after_the = |line: usize, c: &Candidate| {
        let tokens = lines[line].tokens;
        c.first > 0
            && tokens[c.first - 1].text(text).eq_ignore_ascii_case("the")
            && !tokens
                .get(c.last + 1)
                .is_some_and(|t| t.text(text).starts_with(char::is_lowercase))
    };
    // Teams the text surely names elsewhere (`Ghent Gators win cup` after `the Ghent Gators
    // beat Antwerp 91-88`): names ending in a plural.
    let sure_not_person: HashSet<&str> = candidates
        .iter()
        .filter(|(line, c)| {
            c.evidence == Evidence::Strong
                && c.kind.is_some_and(|k| k != EntityKind::Person)
                && c.last > c.first
                && word_of(*line, c.last).ends_with('s')
        })
        .map(|(_, c)| c.span.text(text))
        .collect();
    // Two or three unlisted names in a row are a person's name (`MaliVai Washington`); not
    // where a place's article opens two (`El Dabaa`), which the document's other mentions
    // decide (`near El Dabaa`).
    for (line, c) in candidates.iter_mut() {
        let n = c.last - c.first + 1;
        let article_place = n == 2 && names::is_place_article(word_of(*line, c.first));
        if c.kind.is_none()
            && !c.opener
            && !article_place
            && !sure_not_person.contains(c.span.text(text))
            && !owned_by_person(*line, c)
            && !owned_by_body(*line, c)
            && !after_the(*line, c)
            && (2..=3).contains(&n)
            && c.casing != Casing::Title
            && (c.first..=c.last).all(|k| {
                let w = word_of(*line, k);
                !g.is_common(w) && w.chars().any(char::is_lowercase)
            })
        {
            c.kind = Some(EntityKind::Person);
            c.evidence = Evidence::Strong;
        }
    }
    // `Dries Mertens's goal`, `Priorities USA Action said` opening a sentence: the common word
    // cut off as an opener opens the name the text gives whole elsewhere (a person's given
    // name, a body's first word).
    // The whole name takes the kind the text gives it there, if any yet (a person's where
    // one place gives that).
    let mut whole_names: HashMap<&str, Option<EntityKind>> = HashMap::new();
    for (_, c) in candidates
        .iter()
        .filter(|(_, c)| c.last > c.first && !c.opener)
    {
        let kind = whole_names.entry(c.span.text(text)).or_insert(c.kind);
        if kind.is_none() || c.kind == Some(EntityKind::Person) {
            *kind = c.kind.or(*kind);
        }
    }
    let mut merged: Vec<(usize, Option<EntityKind>)> = Vec::new();
    for at in 1..candidates.len() {
        let ((line_a, a), (line_b, b)) = (&candidates[at - 1], &candidates[at]);
        if a.opener && line_a == line_b && b.first == a.last + 1 {
            if let Some(&kind) = whole_names.get(&text[a.span.start..b.span.end]) {
                merged.push((at, kind));
            }
        }
    }
    for (at, kind) in merged {
        let start = (candidates[at - 1].1.first, candidates[at - 1].1.span.start);
        let c = &mut candidates[at].1;
        (c.first, c.span.start) = start;
        if kind.is_some() {
            c.kind = kind;
            c.evidence = Evidence::Strong;
        }
        candidates[at - 1].1.kind = None;
        candidates[at - 1].1.evidence = Evidence::None;
    }
    // Hints (`in Arbil`) vote too, but only among strings no sure candidate decides.
    let mut hints: HashMap<&str, [u32; 5]> = HashMap::new();
    let mut seen: HashMap<&str, u32> = HashMap::with_capacity(presize);
    for (line, c) in candidates.iter() {
        *seen.entry(c.span.text(text)).or_default() += 1;
        let Some(kind) = c.kind else { continue };
        let s = c.span.text(text);
        if c.evidence < Evidence::Strong {
            if c.evidence == Evidence::Weak {
                hints.entry(s).or_default()[slot(kind)] += 1;
            }
            continue;
        }
        if kind == EntityKind::Person && c.last > c.first {
            *surnames.entry(word_of(*line, c.last)).or_default() += 1;
            // `Moon` after `Moon Jae-in`: a family name written first.
            let first = word_of(*line, c.first);
            if c.last - c.first <= 2 && names::surnames_first().contains(first) {
                *surnames.entry(first).or_default() += 1;
            }
        }
        // `Pirelli` after `Pirelli SpA`: the first word of a company's name.
        if kind == EntityKind::Organization {
            if let Some(first) = names::short_form(s) {
                votes.entry(first).or_default()[slot(kind)] += 1;
            }
        }
        votes.entry(s).or_default()[slot(kind)] += 1;
    }
    // A place hint must hold for most of the string's occurrences (`in Arbil` ... `Arbil`);
    // other hints need a majority among the hints.
    for (s, v) in hints.into_iter().filter(|(s, v)| {
        let best = v.iter().copied().max().unwrap_or(0);
        let places = v[2] >= 2 && v[2] * 2 >= seen.get(s).copied().unwrap_or(0);
        let others = v[0] + v[1] + v[3] + v[4] >= 1 && best * 2 > v.iter().sum::<u32>();
        places || others
    }) {
        votes.entry(s).or_insert(v);
    }
    // Candidates nothing but their own shape decides (no list, no vote, no context).
    let mut guessed = vec![false; candidates.len()];
    for (at, (line, c)) in candidates.iter_mut().enumerate() {
        let n = c.last - c.first + 1;
        let s = c.span.text(text);
        let last = word_of(*line, c.last);
        // A surname of a person named in full is that person, whatever a list says
        // (`Jordan` after `Michael Jordan`).
        if n == 1 && surnames.contains_key(last) && c.kind != Some(EntityKind::Nationality) {
            c.kind = Some(EntityKind::Person);
            c.evidence = Evidence::Strong;
            continue;
        }
        if c.opener {
            // `Brown said ...` only when the document names Brown elsewhere.
            c.kind = votes.get(s).and_then(|v| {
                let best = (0..5).max_by_key(|&k| v[k]).unwrap_or(0);
                (v[best] > 0).then_some(KINDS[best])
            });
            continue;
        }
        // `Stadia` after `Google Stadia`: the product's own word alone.
        if n == 1 && c.evidence < Evidence::Strong && products.contains(last) {
            c.kind = Some(EntityKind::Organization);
            continue;
        }
        // `the Halvik Polaroids`: a thing of a person named in full, no team.
        if c.evidence == Evidence::Weak
            && c.kind == Some(EntityKind::Organization)
            && owned_by_person(*line, c)
        {
            c.kind = None;
            c.evidence = Evidence::None;
            continue;
        }
        // Unsure candidates learn from the sure ones.
        if c.evidence < Evidence::Strong {
            if let Some(v) = votes.get(s) {
                let best = (0..5).max_by_key(|&k| v[k]).unwrap_or(0);
                if v[best] > 0 {
                    c.kind = Some(KINDS[best]);
                    c.evidence = Evidence::Strong;
                    continue;
                }
            }
            if n > 1 && surnames.contains_key(last) && c.kind != Some(EntityKind::Organization) {
                c.kind = Some(EntityKind::Person);
                continue;
            }
        }
        guessed[at] = c.kind.is_none();
        // Where every word is capitalised anyway (a sentence's first word, a title-cased
        // headline), an unlisted word with no other evidence is no name.
        let opens = names::opens_sentence(text, lines[*line].tokens, c.first);
        if c.kind.is_none() && (n == 1 && opens || c.casing == Casing::Title) {
            continue;
        }
        if c.kind.is_none() {
            let first = word_of(*line, c.first);
            if owned_by_person(*line, c) {
                continue;
            }
            let tokens = lines[*line].tokens;
            let before = if c.first > 0 {
                tokens[c.first - 1].text(text)
            } else {
                ""
            };
            let all_names = (c.first..=c.last).all(|k| !g.is_common(word_of(*line, k)));
            let acronym = (c.first..=c.last).any(|k| {
                let w = word_of(*line, k);
                // In letters, not bytes: `Ó` of `Ó Máille` is no acronym.
                w.chars().nth(1).is_some() && w.chars().all(|ch| ch.is_uppercase() || ch == '.')
            });
            c.kind = Some(if (2..=3).contains(&n) && all_names && !acronym {
                if owned_by_body(*line, c) || after_the(*line, c) {
                    EntityKind::Organization
                } else {
                    EntityKind::Person
                }
            } else if n == 1
                && (before == "at" || first.ends_with("land") || first.ends_with("stan"))
                // `at easyJet`, `at BlackRock`: a company.
                && !names::is_inner_capital(first)
                && !names::is_camel_case(first)
            {
                EntityKind::Location
            } else if n == 1
                && (!all_names
                    || seen.get(c.span.text(text)).copied().unwrap_or(0) < 2
                    || names::is_abstract_noun(first)
                    || counted.contains(first))
            {
                // A capitalised common word mid-sentence (`the Cabinet`, `a Test`), an
                // unlisted word the document names once with nothing to tell its kind, a
                // doctrine (`Islamophobia`) or a counted thing (`100 Polaroids`).
                continue;
            } else {
                EntityKind::Organization
            });
        }
    }
    take_kind_of_list(text, lines, candidates, &guessed);
    result_sides(text, lines, candidates);
    // Sports pages: towns and counties playing (`Leicestershire beat Somerset`, `Leeds 2`) are
    // teams; the venue (`in Leeds`, `Leicester:`) and the dateline (`LONDON 1996-08-30`) stay.
    if teams {
        for (line, c) in candidates.iter_mut() {
            if c.kind == Some(EntityKind::Location) && !c.country {
                c.kind = Some(sports_kind(text, lines[*line].tokens, c.first, c.last));
            }
        }
    }
    // `the Cruz Camp brand ... Cruz Camp said in a statement`: a name the text surely calls a
    // body elsewhere is no person where its given name alone made it one (not where a title
    // or an appositive calls it a person: `Ralph Lauren, the designer, said`).
    if !sure_bodies.is_empty() {
        for (line, c) in candidates.iter_mut() {
            let tokens = lines[*line].tokens;
            let appositive = tokens.get(c.last + 1).is_some_and(|t| t.text(text) == ",")
                && names::appositive_person(text, tokens, c.last + 2);
            if c.kind == Some(EntityKind::Person)
                && c.title.is_none()
                && !appositive
                && sure_bodies.contains(c.span.text(text))
            {
                c.kind = Some(EntityKind::Organization);
            }
        }
    }
    // `Fans of Elden Ring, the fantasy game, ... Elden Ring sold ...`: the title of a work is
    // none of the kinds newslens tags, wherever the text repeats it.
    if !works.is_empty() {
        for (_, c) in candidates.iter_mut() {
            if works.contains(c.span.text(text)) {
                c.work = true;
                c.kind = None;
                c.evidence = Evidence::None;
            }
        }
    }
}

/// `Liverpool beat Chelsea 3-1`: the two sides of a result with its score are teams, when one
/// of them is a town (not `Federer beat Nadal 6-4`, nor a country's side, which stays a
/// place).
fn result_sides(text: &str, lines: &[Line], candidates: &mut [(usize, Candidate)]) {
    const RESULT_VERBS: &[&str] = &[
        "beat", "beats", "defeated", "defeats", "thrashed", "edged", "routed", "overcame",
        "hammered",
    ];
    let town = |c: &Candidate| c.kind == Some(EntityKind::Location) && !c.country;
    let full_name = |c: &Candidate| c.kind == Some(EntityKind::Person) && c.last > c.first;
    for at in 1..candidates.len() {
        let [(line, a), (next_line, b)] = &candidates[at - 1..=at] else {
            continue;
        };
        let tokens = lines[*line].tokens;
        let result = line == next_line
            && b.first == a.last + 2
            && RESULT_VERBS.contains(&tokens[a.last + 1].text(text))
            && tokens.get(b.last + 1).is_some_and(|t| t.is_score(text));
        if !result
            || !(town(a) || town(b))
            || a.country
            || b.country
            || full_name(a)
            || full_name(b)
        {
            continue;
        }
        for k in [at - 1, at] {
            candidates[k].1.kind = Some(EntityKind::Organization);
            candidates[k].1.evidence = Evidence::Strong;
        }
    }
}

/// `Zeus, Hera, Poseidon and Athena`, `Ubisoft, Microsoft and Sony`: a name in a list (three
/// names or more closed by `and` or `or`, or four apart by commas) takes the kind its other
/// names agree on, where only its own shape had decided it or left it out. The decided names
/// must outnumber such guesses, and none may be of another kind.
fn take_kind_of_list(
    text: &str,
    lines: &[Line],
    candidates: &mut [(usize, Candidate)],
    guessed: &[bool],
) {
    let g = Gazetteer::get();
    let separator = |line: usize, from: usize, to: usize| -> Option<&str> {
        let word = |k: usize| lines[line].tokens[k].text(text);
        match to - from {
            1 => Some(word(from)),
            2 if word(from) == "," => Some(word(from + 1)),
            _ => None,
        }
        .filter(|sep| [",", "and", "or"].contains(sep))
        .filter(|&sep| to - from == 1 || sep != ",")
    };
    let mut taken: HashMap<&str, EntityKind> = HashMap::new();
    let mut start = 0;
    while start < candidates.len() {
        // The list: candidates of one line, each apart from the last by a separator only.
        let mut end = start + 1;
        let mut last_separator = None;
        while end < candidates.len() {
            let (line, prev) = &candidates[end - 1];
            let (next_line, next) = &candidates[end];
            if next_line != line || next.first <= prev.last + 1 {
                break;
            }
            let Some(sep) = separator(*line, prev.last + 1, next.first) else {
                break;
            };
            last_separator = Some(sep);
            end += 1;
        }
        let items = start..end;
        start = end;
        // Closed by a conjunction, or long: a team sheet is commas only.
        let closed = matches!(last_separator, Some("and" | "or"));
        if items.len() < 3 || !closed && items.len() < 4 {
            continue;
        }
        // `Central and South America`, `Wild Rose`, `Company, Inc.`: a guess needs a word that
        // is a name, not a common word or an abbreviation.
        let may_take = |(line, c): &(usize, Candidate)| {
            !c.opener
                && (c.first..=c.last).any(|k| {
                    let w = lines[*line].tokens[k].text(text);
                    !g.is_common(w) && !w.ends_with('.')
                })
        };
        let decided: Vec<EntityKind> = items
            .clone()
            .filter(|&k| !guessed[k])
            .filter_map(|k| candidates[k].1.kind)
            .collect();
        let guesses = items.clone().filter(|&k| guessed[k]).count();
        let Some(&kind) = decided.first() else {
            continue;
        };
        let list_kinds = [
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Location,
        ];
        if decided.iter().any(|&k| k != kind)
            || decided.len() <= guesses
            || !list_kinds.contains(&kind)
        {
            continue;
        }
        for k in items {
            if guessed[k] && may_take(&candidates[k]) {
                candidates[k].1.kind = Some(kind);
                taken.insert(candidates[k].1.span.text(text), kind);
            }
        }
    }
    // `Dries Mertens's attempt` after `Lukaku, Carrasco and Dries Mertens`: the same name
    // guessed elsewhere from its shape alone is the one the list told.
    for (at, (_, c)) in candidates.iter_mut().enumerate() {
        if let Some(&kind) = taken.get(c.span.text(text)).filter(|_| guessed[at]) {
            c.kind = Some(kind);
        }
    }
}

/// Place or team, for a town named on a sports page: a team (`Leeds 2`, `Leicestershire beat
/// Somerset`) except where it is the venue (`in Leeds`, `Hove:`) or the dateline.
fn sports_kind(text: &str, tokens: &[Token], first: usize, last: usize) -> EntityKind {
    let word_before = |at: usize| at.checked_sub(1).map_or("", |k| tokens[k].text(text));
    // `at the Volgograd Arena`: the venue's preposition stands before its article.
    let before = match word_before(first) {
        "the" => word_before(first - 1),
        word => word,
    };
    let next = tokens.get(last + 1);
    let after = next.map_or("", |t| t.text(text));
    let dated = next
        .is_some_and(|t| t.kind == TokenKind::Number && numbers::iso_date(t.text(text)).is_some());
    if ["in", "at", "near", "from", "(", "to", "of"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(before))
        || matches!(after, ":" | ")")
        // `the Volgograd side`, `a north London club`: the town the team is from.
        || matches!(after, "side" | "club" | "clubs" | "outfit")
        || dated
    {
        EntityKind::Location
    } else {
        EntityKind::Organization
    }
}

/// Every string the document tagged, lowercase, with its kind: for lines in capitals.
fn known_strings(
    text: &str,
    candidates: &[(usize, Candidate)],
    found: &[Found],
) -> HashMap<String, (EntityKind, Option<usize>)> {
    let mut map = HashMap::with_capacity((candidates.len() + found.len()).min(1024));
    for (_, c) in candidates {
        if let Some(kind) = c.kind {
            let s = c.span.text(text).to_lowercase();
            if s.len() >= 3 {
                map.entry(s).or_insert((kind, c.group));
            }
            // The surname of a person alone: `SHOIGU`.
            if kind == EntityKind::Person {
                if let Some(last) = c.span.text(text).rsplit(' ').next() {
                    if last.len() >= 3 {
                        map.entry(last.to_lowercase()).or_insert((kind, None));
                    }
                }
            }
        }
    }
    for f in found {
        if matches!(f.kind, EntityKind::Organization | EntityKind::Location) {
            map.entry(f.span.text(text).to_lowercase())
                .or_insert((f.kind, f.group));
        }
    }
    map
}
