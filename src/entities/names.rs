//! Tokens of one sentence -> name candidates: runs of capitalised words, cut to the name alone
//! (no determiner, title, possessive or sentence-opening common word) and classified by what the
//! sentence itself tells: gazetteers, name patterns (`X Council`, `Ministry of X`), titles, given
//! names, initials and speech verbs. What the sentence cannot tell stays unknown for the
//! document-level pass in `mod.rs`.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::gazetteer::Gazetteer;
use super::tokens::{Token, TokenKind};
use super::EntityKind;
use crate::lexicon::{WordSet, NAME_PARTICLES};
use crate::span::Span;

/// How the words of a line are capitalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Casing {
    /// Ordinary prose: a capital letter is evidence of a name.
    Prose,
    /// `Russian Defense Minister Sergey Shoigu`: most words capitalised.
    Title,
    /// `LEICESTERSHIRE TAKE OVER AT TOP`: capitals say nothing.
    Caps,
}

/// How sure the sentence alone makes us of a candidate's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Evidence {
    /// Nothing but capitals.
    None,
    /// A hint from context (`in X`, a table row).
    Weak,
    /// A list, a pattern, a title, a given name or a speech verb.
    Strong,
}

/// A name found in a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub span: Span,
    /// Token range in the sentence's tokens.
    pub first: usize,
    pub last: usize,
    pub kind: Option<EntityKind>,
    pub evidence: Evidence,
    /// The title before a person: `Russian Defense Minister`.
    pub title: Option<Span>,
    /// Organisation alias group from the list (`NATO`).
    pub group: Option<usize>,
    /// A country from the list.
    pub country: bool,
    /// Found in a headline-cased line.
    pub casing: Casing,
    /// A common word opening the sentence (`Dole`, `Brown`): a name only if the document
    /// names it elsewhere.
    pub opener: bool,
    /// The title of a work (`the game Elden Ring`): no name of a kind newslens tags, here or
    /// wherever the text repeats it.
    pub work: bool,
}

const CONNECTORS: &[&str] = &[
    "of", "for", "and", "&", "de", "del", "della", "di", "da", "dos", "das", "du", "van", "von",
    "der", "den", "ter", "la", "le", "bin", "ibn", "al", "el", "y", "on", "the", "Ó", "do",
];
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with",
    "from", "as", "is", "are", "was", "were", "be", "it", "its", "he", "she", "they", "we", "i",
    "you", "this", "that", "these", "those", "his", "her", "their", "our", "not", "no", "after",
    "before", "over", "into", "up", "out", "off", "vs", "v",
];
/// The lists of data/entities/name_patterns.txt: words that tell what a run names by where
/// they stand in it or beside it. Each field reads the file's section of the same name.
struct NamePatterns {
    run_breakers: WordSet,
    honorifics: WordSet,
    roles_of_members: WordSet,
    place_nouns_before: WordSet,
    place_nouns_just_before: WordSet,
    place_nouns_after: WordSet,
    org_nouns_before: WordSet,
    org_adjective_tails: WordSet,
    org_nouns_after: WordSet,
    org_nouns_before_of: WordSet,
    purchase_verbs: WordSet,
    constituency_titles: WordSet,
    kin_nouns: WordSet,
    org_first_words: WordSet,
    company_role_nouns: WordSet,
    consort_titles: WordSet,
    grade_nouns_after: WordSet,
    compass_words: WordSet,
    legal_forms: WordSet,
    surname_pattern_words: WordSet,
    title_surnames: WordSet,
    institution_words: WordSet,
    event_last_words: WordSet,
    event_first_words: WordSet,
    event_names: WordSet,
    org_heads: WordSet,
    place_heads: WordSet,
    place_prefixes: WordSet,
    place_articles: WordSet,
    person_endings: WordSet,
    place_endings: WordSet,
    title_qualifiers: WordSet,
    possessive_name_words: WordSet,
    portfolio_heads: WordSet,
    inner_capital_words: WordSet,
    camel_name_prefixes: WordSet,
    statement_nouns: WordSet,
    agency_fields: WordSet,
    noun_acronyms: WordSet,
    prepositions_with_to: WordSet,
    appositive_person_nouns: WordSet,
    work_nouns_before: WordSet,
    vessel_prefixes: WordSet,
    numbered_units: WordSet,
    name_final_places: WordSet,
    party_members: WordSet,
}

/// Whether a lower-case noun names a work or a vessel before its title (`film`, `novel`).
pub(super) fn is_work_noun_before(word: &str) -> bool {
    patterns().work_nouns_before.contains(word)
}

fn patterns() -> &'static NamePatterns {
    static PATTERNS: OnceLock<NamePatterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let data = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/entities/name_patterns.txt"
        ));
        let section = |name| WordSet::section(data, name);
        NamePatterns {
            run_breakers: section("run_breakers"),
            honorifics: section("honorifics"),
            roles_of_members: section("roles_of_members"),
            place_nouns_before: section("place_nouns_before"),
            place_nouns_just_before: section("place_nouns_just_before"),
            place_nouns_after: section("place_nouns_after"),
            org_nouns_before: section("org_nouns_before"),
            org_adjective_tails: section("org_adjective_tails"),
            org_nouns_after: section("org_nouns_after"),
            org_nouns_before_of: section("org_nouns_before_of"),
            purchase_verbs: section("purchase_verbs"),
            constituency_titles: section("constituency_titles"),
            kin_nouns: section("kin_nouns"),
            org_first_words: section("org_first_words"),
            company_role_nouns: section("company_role_nouns"),
            consort_titles: section("consort_titles"),
            grade_nouns_after: section("grade_nouns_after"),
            compass_words: section("compass_words"),
            legal_forms: section("legal_forms"),
            surname_pattern_words: section("surname_pattern_words"),
            title_surnames: section("title_surnames"),
            institution_words: section("institution_words"),
            event_last_words: section("event_last_words"),
            event_first_words: section("event_first_words"),
            event_names: section("event_names"),
            org_heads: section("org_heads"),
            place_heads: section("place_heads"),
            place_prefixes: section("place_prefixes"),
            place_articles: section("place_articles"),
            person_endings: section("person_endings"),
            place_endings: section("place_endings"),
            title_qualifiers: section("title_qualifiers"),
            possessive_name_words: section("possessive_name_words"),
            portfolio_heads: section("portfolio_heads"),
            inner_capital_words: section("inner_capital_words"),
            camel_name_prefixes: section("camel_name_prefixes"),
            statement_nouns: section("statement_nouns"),
            agency_fields: section("agency_fields"),
            noun_acronyms: section("noun_acronyms"),
            prepositions_with_to: section("prepositions_with_to"),
            appositive_person_nouns: section("appositive_person_nouns"),
            work_nouns_before: section("work_nouns_before"),
            vessel_prefixes: section("vessel_prefixes"),
            numbered_units: section("numbered_units"),
            name_final_places: section("name_final_places"),
            party_members: section("party_members"),
        }
    })
}

/// True for the Arabic article written before a place's name: `El` of `El Dabaa`.
pub(super) fn is_place_article(word: &str) -> bool {
    patterns().place_articles.contains(word)
}

/// The legal forms that end a company's name (`Inc`, `AB`), for the nominals that refer back to
/// one (`the company`).
/// True for the title of a serving office holder's spouse: `First lady`, `first lady`, not
/// `former first lady`.
pub(super) fn is_consort_title(title: &str) -> bool {
    let lower = title.to_lowercase();
    !lower.contains("former")
        && patterns()
            .consort_titles
            .iter()
            .any(|t| lower == *t || lower.ends_with(&format!(" {t}")))
}

/// True for a title of nothing but honorifics: `Mr.`, `Dr`, `Mrs`.
pub(super) fn is_honorific_title(title: &str) -> bool {
    title
        .split_whitespace()
        .all(|w| patterns().honorifics.contains(w))
}

pub(super) fn legal_forms() -> &'static WordSet {
    &patterns().legal_forms
}

/// The last token of a party member described by place after `the` at `the_at`: `the Texas
/// Republican`, `the West Virginia Democrat`; none before a name (`the Florida Democrat Alan
/// Grayson`).
pub(super) fn party_description_end(text: &str, tokens: &[Token], the_at: usize) -> Option<usize> {
    let g = Gazetteer::get();
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let party_at = (the_at + 2..tokens.len().min(the_at + 5))
        .find(|&k| patterns().party_members.contains(word(k)))?;
    let place = join(text, &tokens[the_at + 1..party_at]);
    let named_after = tokens
        .get(party_at + 1)
        .is_some_and(|t| t.kind == TokenKind::Word && is_capitalised(t.text(text)));
    (g.known(&place)
        .is_some_and(|known| known.kind == EntityKind::Location)
        && !named_after)
        .then_some(party_at)
}

/// Words before a place: `in Moscow`, `near Gaza`.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "near",
    "from",
    "outside",
    "across",
    "towards",
    "toward",
    "to",
    "via",
    "around",
    "throughout",
    "inside",
];

/// `Islamophobia`, `Beatlemania`, `Thatcherism`: a capitalised word for an attitude or a
/// doctrine, which names no person, body or place.
pub(crate) fn is_abstract_noun(word: &str) -> bool {
    ["phobia", "mania", "philia", "ism"]
        .iter()
        .any(|ending| word.len() > ending.len() + 2 && word.ends_with(ending))
}

/// A name's kind told by how the word ends: `Levrentyeva`, `Volgograd`, `Cofinec`.
fn kind_by_ending(word: &str) -> Option<EntityKind> {
    let mut chars = word.chars();
    let first = chars.next()?;
    if word.len() < 5 || !chars.all(char::is_lowercase) {
        return None;
    }
    // Past the first letter the word is lowercase already.
    let rest = &word[first.len_utf8()..];
    let ends_with = |ending: &&str| {
        if rest.len() >= ending.len() {
            rest.ends_with(*ending)
        } else {
            word.to_lowercase().ends_with(*ending)
        }
    };
    if patterns().place_endings.iter().any(|e| ends_with(&e)) && !is_abstract_noun(word) {
        return Some(EntityKind::Location);
    }
    if patterns().person_endings.iter().any(|e| ends_with(&e)) {
        return Some(EntityKind::Person);
    }
    None
}

/// True for a lowercase noun for a kind of organisation, as it stands before a name: `group`
/// of `environmental group Surfrider Foundation`.
pub(super) fn is_org_noun_before(word: &str) -> bool {
    patterns().org_nouns_before.contains(word)
}

/// The word a company's name may be shortened to, its first (`Pirelli` of `Pirelli SpA`):
/// a word no list knows (no place, given name or nationality: not `Arab` of `Arab League`),
/// before a body word; a common word too when all the rest are body words and legal forms
/// (`Orbital` of `Orbital Systems Inc.`).
pub(super) fn short_form(name: &str) -> Option<&str> {
    let g = Gazetteer::get();
    lead_word(name).filter(|&first| g.known(first).is_none() && !g.is_given_name(first))
}

/// The first word of a body's name, which a mention already known to be a body may stand for
/// even where a list knows the word as a town or a given name: `Newcastle` of `Newcastle
/// United`, `Delmar` of `Delmar Foods Corp`. As [`short_form`], but for those lists.
pub(super) fn lead_word(name: &str) -> Option<&str> {
    let g = Gazetteer::get();
    let words: Vec<&str> = name.split_whitespace().collect();
    let (&first, rest) = words.split_first()?;
    let &last = rest.last()?;
    let body_word = |w: &&str| g.is_org_word(w) || legal_forms().contains(w);
    let company = rest.len() >= 2 && legal_forms().contains(last) && rest.iter().all(body_word);
    // `Riverton City Council`, `Dorset County Council`: the first word is a place, and the
    // place alone is no short name of its council.
    let place_first = patterns()
        .place_nouns_after
        .contains(rest[0].to_lowercase().as_str());
    // `China Daily`: a country alone is the country.
    let country = g.known(first).is_some_and(|k| k.country);
    (g.is_org_word(last)
        && !place_first
        && !country
        && (!g.is_common(first) || company)
        && !g.is_demonym(first))
    .then_some(first)
}

/// `eBay`, `xAI`, `iPhone`, `easyJet`: letters only, the first lowercase and a later one a
/// capital; a name, unless a unit or a molecule (`kWh`, `mRNA`, listed in name_patterns.txt).
pub(crate) fn is_inner_capital(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && w.bytes().all(|c| c.is_ascii_alphabetic())
        && w.bytes().any(|c| c.is_ascii_uppercase())
        && !patterns().inner_capital_words.contains(w)
}

/// `NovaTerra`, `BlackRock`, `PayPal`: one word of letters, capitalised, with a capital inside
/// after three lowercase letters or more, names a company or a product, no person. Not a
/// person's name with a particle (`McCain`, `DeSantis`, `LaToya`, `MacArthur`, listed in
/// name_patterns.txt), nor a word in capitals.
pub(crate) fn is_camel_case(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 5 || !b[0].is_ascii_uppercase() || !b.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    // The first capital inside, after the word's first letter.
    let Some(inner) = (1..b.len()).find(|&k| b[k].is_ascii_uppercase()) else {
        return false;
    };
    let lower_after = b.get(inner + 1).is_some_and(u8::is_ascii_lowercase);
    inner >= 3
        && b[1..inner].iter().all(u8::is_ascii_lowercase)
        && lower_after
        && !patterns().camel_name_prefixes.contains(&w[..inner])
}

pub(crate) fn is_capitalised(w: &str) -> bool {
    let mut chars = w.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => true,
        // `al-Assad`, `bin-Laden`, `el-Sisi`, `eBay`-like words stay out.
        Some(c) if c.is_lowercase() => {
            let lower = w.split('-').next().unwrap_or("");
            matches!(lower, "al" | "el" | "bin" | "ibn" | "ad" | "as" | "ash")
                && w.contains('-')
                && w.split('-')
                    .nth(1)
                    .is_some_and(|r| r.starts_with(char::is_uppercase))
        }
        _ => false,
    }
}

fn is_all_caps(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

/// `York-based`, `Brazilian-born`, `Moscow-backed`: a word whose last hyphenated part is a
/// lowercase participle or `-born`, `-like` word. (Not any lowercase part: `Lam Cheuk-ting`.)
fn is_compound_adjective(w: &str) -> bool {
    const TAILS: &[&str] = &[
        "born", "run", "made", "led", "held", "bound", "origin", "like", "style", "speaking",
        "leaning", "owned", "area", "wide",
    ];
    // `Pan-democrat`, `Pro-government`, `Anti-war`: a prefix before a lowercase word.
    const PREFIXES: &[&str] = &["Pan", "Pro", "Anti", "Non", "Ex"];
    w.rsplit_once('-').is_some_and(|(head, tail)| {
        !head.is_empty()
            && head.starts_with(char::is_uppercase)
            && !tail.is_empty()
            && tail.chars().all(|c| c.is_ascii_lowercase())
            && (tail.len() >= 5 && tail.ends_with("ed")
                || TAILS.contains(&tail)
                || PREFIXES.contains(&head))
    })
}

/// A single capital with its dot (`P.`) or a dotted cluster of them (`J.R.`).
fn is_initial(w: &str) -> bool {
    w.ends_with('.')
        && w.len() <= 6
        && w.split('.')
            .filter(|p| !p.is_empty())
            .all(|p| p.chars().count() == 1 && p.starts_with(char::is_uppercase))
}

/// `IV`, `XVII`, `XL`: a Roman numeral of the small letters, which no state or firm code is
/// (`MI`, `CDC` keep their `M`, `C` and `D`).
fn is_roman_numeral(w: &str) -> bool {
    const VALUES: [(&str, u32); 7] = [
        ("L", 50),
        ("XL", 40),
        ("X", 10),
        ("IX", 9),
        ("V", 5),
        ("IV", 4),
        ("I", 1),
    ];
    if w.len() < 2 || !w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L')) {
        return false;
    }
    // Well formed: read greedily (every letter is a value of its own, so all are read), the
    // value written back gives the same letters.
    let mut rest = w;
    let mut value = 0;
    for (letters, worth) in VALUES {
        while let Some(tail) = rest.strip_prefix(letters) {
            value += worth;
            rest = tail;
        }
    }
    let mut written = String::new();
    let mut left = value;
    for (letters, worth) in VALUES {
        while left >= worth {
            written.push_str(letters);
            left -= worth;
        }
    }
    written == w
}

pub(crate) fn is_function_word(w: &str) -> bool {
    w.len() <= 6 && FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))
}

/// The casing of a sentence's words.
pub(crate) fn casing(text: &str, tokens: &[Token]) -> Casing {
    casing_with(text, tokens, 4)
}

/// The casing of a headline's words: `Talks Resume in Geneva` is title-cased with two words of
/// content capitalised, where a sentence needs four.
pub(crate) fn headline_casing(text: &str, tokens: &[Token]) -> Casing {
    casing_with(text, tokens, 2)
}

/// The casing of a line's words, title casing needing `min_content` capitalised words of four
/// letters or more that are no function words.
fn casing_with(text: &str, tokens: &[Token], min_content: usize) -> Casing {
    let (mut words, mut caps, mut content, mut capitalised) = (0, 0, 0, 0);
    // Results rows (`2. Ludmila Engquist (Sweden) 12.74`) are capitalised, not title-cased.
    let numbers = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Number)
        .count();
    for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        let w = t.text(text);
        if !w.chars().any(char::is_alphabetic) {
            continue;
        }
        words += 1;
        if is_all_caps(w) {
            caps += 1;
        }
        if w.len() > 3 && !is_function_word(w) {
            content += 1;
            if w.starts_with(char::is_uppercase) {
                capitalised += 1;
            }
        }
    }
    if words >= 2 && caps * 10 >= words * 6 && caps >= 2 {
        Casing::Caps
    } else if content >= min_content && capitalised == content && numbers < 2 {
        Casing::Title
    } else {
        Casing::Prose
    }
}

/// True when token `i` opens the sentence or a quotation/clause inside it, where every word
/// is capitalised.
pub(crate) fn opens_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let mut j = i;
    while j > 0 {
        j -= 1;
        let t = tokens[j];
        match t.kind {
            TokenKind::Word | TokenKind::Number | TokenKind::Possessive => return false,
            TokenKind::Punct => {
                let p = t.text(text);
                if matches!(
                    p,
                    ":" | "\"" | "“" | "‘" | "«" | "—" | "–" | "(" | "[" | "|"
                ) {
                    return true;
                }
                if p == "-" && t.space_before {
                    return true;
                }
            }
        }
    }
    true
}

/// Finds the name candidates of one sentence (`tokens`) in prose or title casing.
pub(crate) fn candidates(
    text: &str,
    tokens: &[Token],
    casing: Casing,
    sports: bool,
    out: &mut Vec<Candidate>,
) {
    let g = Gazetteer::get();
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let is_word = |i: usize| tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word);
    let name_like = |i: usize| -> bool {
        if !is_word(i) {
            return false;
        }
        let w = word(i);
        // Most words are lowercase: the cheapest test first.
        // One letter is no name, but `Ó` opens one: `Ó Máille`.
        let one_letter = w.chars().nth(1).is_none() && !(w == "Ó" && is_capitalised(word(i + 1)));
        if !(is_capitalised(w) || is_inner_capital(w))
            || one_letter
            || w.starts_with("I'")
            || w.starts_with("I’")
        {
            return false;
        }
        // `T-shirt`, `X-ray`, `E-meter`: a capital letter on a common noun.
        if w.as_bytes().get(1) == Some(&b'-') && w[2..].starts_with(char::is_lowercase) {
            return false;
        }
        // `Sen. Mike Lee, R-Utah,`, `Chuck Schumer, D-N.Y.`: a party and state after a name,
        // with the rest of the state's abbreviation (`Y.` of `D-N.Y.`).
        let party_label = |k: usize| {
            matches!(word(k).as_bytes(), [b'D' | b'R' | b'I', b'-', second, ..] if second.is_ascii_uppercase())
                && k > 0
                && matches!(word(k - 1), "," | "(")
        };
        let mut attached = i;
        while attached > 0 && tokens[attached - 1].span.end == tokens[attached].span.start {
            attached -= 1;
        }
        if (attached..=i).any(party_label) {
            return false;
        }
        // `CD Projekt Red`, `TV Globo`: an acronym for a thing opens a name before an unlisted
        // word that is no common word, given name or title.
        let breaker_opens = || {
            let next = word(i + 1);
            let opens = i == 0 || !is_capitalised(word(i - 1));
            // Not a title: `Labour MP Kemi Ojo`.
            opens
                && !g.is_title(w)
                && tokens
                    .get(i + 1)
                    .is_some_and(|t| t.space_before && t.kind == TokenKind::Word)
                && is_capitalised(next)
                && !is_all_caps(next)
                && !g.is_common(next)
                && !g.is_given_name(next)
                && !g.is_title(next)
                && g.known(next).is_none()
        };
        // `In`, `At` and credit words (`Image:`) never carry a name on.
        if (i > 0 && is_function_word(w) && w != "The")
            || patterns().run_breakers.contains(w) && !breaker_opens()
            || crate::lexicon::credit_labels().contains(w)
            // Not the two-letter ones, which name too: `PT Timor Putra Nasional`, `ET Live`.
            || (w.len() > 2 && super::numbers::time_zones().contains(w))
        {
            return false;
        }
        // A weekday is a date, never part of a name: `the Security Council on Friday`,
        // `told CNBC Monday`.
        if w.len() >= 6
            && w.ends_with("day")
            && crate::lexicon::WEEKDAYS
                .iter()
                .any(|day| day.eq_ignore_ascii_case(w))
            && !super::numbers::weekday_opens_name(text, tokens, i)
        {
            return false;
        }
        // A common word that opens a listed name: `New Zealand`, `South Africa`.
        let opens_known = || {
            (i + 1..tokens.len().min(i + 4)).any(|j| g.known(&join(text, &tokens[i..=j])).is_some())
        };
        // In a title-cased line a common word is no name unless a list knows it.
        // After a given name a common word may be the surname (`Jack Straw`), but not a verb of
        // saying (`Johnson Says`), nor after a listed name (`Brooklyn Debate`), nor after a
        // given name that is the surname of a given name before it (`Ted Cruz Wins Iowa`).
        let after_given = i > 0
            && g.is_given_name(word(i - 1))
            && is_capitalised(word(i - 1))
            && g.known(word(i - 1)).is_none()
            && !g.is_speech_verb(&w.to_lowercase())
            && !(i > 1
                && tokens[i - 2].kind == TokenKind::Word
                && g.is_given_name(word(i - 2))
                && is_capitalised(word(i - 2))
                // `Marine Le Pen`: a particle opens the surname.
                && !NAME_PARTICLES.contains(&word(i - 1).to_lowercase().as_str()));
        if casing == Casing::Title
            && !after_given
            && (g.is_common(w) || is_plural_agent_noun(w))
            && !g.is_title(w)
            && !g.is_org_word(w)
            && !g.is_place_word(w)
            && g.known(w).is_none()
            && !opens_known()
        {
            return false;
        }
        true
    };
    // `Right to Grow PAC`, `Committee to Protect Journalists`, `Fund for a Better Future
    // Committee`: a body's name may hold `to` before a verb, or `for a`, where it opens with a
    // body's word or ends with one. The last word of the name that goes on at `j`, if so.
    let body_through_purpose = |j: usize| -> Option<usize> {
        let at = match word(j) {
            "to" => j + 1,
            "for" if matches!(word(j + 1), "a" | "an") => j + 2,
            _ => return None,
        };
        // In a title-cased line every word is capitalised: `Apple to Buy Beats`. Nor a name
        // after `to` (`moved from Google to Apple Inc`): a verb or an adjective follows it.
        let named = |w: &str| g.known(w).is_some() || g.is_given_name(w) && !g.is_common(w);
        if casing == Casing::Title || !name_like(at) || named(word(at)) {
            return None;
        }
        let mut last = at;
        while last < at + 3 && name_like(last + 1) && tokens[last + 1].space_before {
            last += 1;
        }
        // `sold Hazard to Real Madrid Club`: a listed name after `to` is a name of its own.
        if (at + 1..=last).any(|m| g.known(&join(text, &tokens[at..=m])).is_some()) {
            return None;
        }
        let mut first = j - 1;
        while first > 0 && j - first < 4 && name_like(first - 1) && word(first - 1) != "The" {
            first -= 1;
        }
        // `According to State Department cables`: a preposition, no name's first word.
        if first + 1 == j && patterns().prepositions_with_to.contains(word(first))
            || g.known(&join(text, &tokens[first..j])).is_some()
        {
            return None;
        }
        let body_word = |w: &str| g.is_org_word(w) || patterns().org_heads.contains(w);
        (body_word(word(first)) || g.is_org_word(word(last))).then_some(last)
    };
    let from = out.len();
    let mut i = 0;
    while i < tokens.len() {
        // `a super PAC`: an acronym that is a common noun opens no name.
        if !name_like(i) || patterns().noun_acronyms.contains(word(i)) {
            i += 1;
            continue;
        }
        // Grow the run: capitalised words, joined by connectors (`of`, `de`, `&`).
        let start = i;
        let mut end = i;
        let mut j = i + 1;
        loop {
            if j < tokens.len() && name_like(j) && tokens[j].space_before {
                end = j;
                j += 1;
                continue;
            }
            // `New People's Party`, `Toronto Bond Traders' Association`: a name may hold a
            // possessive of the people it serves, not `Russia's Army`; and a saint's
            // (`St Thomas' Hospital`, `St James's Park`).
            let saints = j == start + 2 && matches!(word(start), "St" | "St." | "Saint");
            if casing != Casing::Title
                && tokens.get(j).is_some_and(|t| {
                    t.kind == TokenKind::Possessive
                        || (!t.space_before && matches!(t.text(text), "'" | "’"))
                })
                && (saints || patterns().possessive_name_words.contains(word(j - 1)))
                && name_like(j + 1)
                && tokens[j + 1].space_before
            {
                end = j + 1;
                j += 2;
                continue;
            }
            // `CDU/CSU`: names joined by a slash are one where the list knows them so (not
            // the two agencies of `ANP/AFP`, the pollsters of `CNN/ORC`).
            if word(j) == "/"
                && !tokens[j].space_before
                && tokens.get(j + 1).is_some_and(|t| !t.space_before)
                && is_word(j + 1)
                && g.known(&join(text, &tokens[start..=j + 1])).is_some()
            {
                end = j + 1;
                j += 2;
                continue;
            }
            // `Goldman, Sachs & Co`: partners' names in a comma list before `& Co` are one firm.
            if word(j) == ","
                && !tokens[j].space_before
                && j == start + 1
                && name_like(j + 1)
                && word(j + 2) == "&"
                && patterns().legal_forms.contains(word(j + 3))
            {
                end = j + 3;
                j += 4;
                continue;
            }
            let conn = word(j);
            if let Some(last) = body_through_purpose(j) {
                end = last;
                j = last + 1;
                continue;
            }
            if CONNECTORS.contains(&conn) && (is_word(j) || conn == "&") {
                // `of the`, then a capitalised word.
                let mut k = j + 1;
                if word(k) == "the" && conn != "the" {
                    k += 1;
                }
                // `van der Westhuizen`, `de la Rua`.
                while NAME_PARTICLES.contains(&conn)
                    && NAME_PARTICLES.contains(&word(k))
                    && k < j + 3
                {
                    k += 1;
                }
                // Not a date: `the Swiss People's Party on October 18`.
                if conn != "the" && name_like(k) && super::numbers::month_number(word(k)).is_none()
                {
                    end = k;
                    j = k + 1;
                    continue;
                }
            }
            break;
        }
        i = end + 1;
        split_run(text, tokens, start, end, casing, sports, out);
    }
    roles_before(text, tokens, from, out);
}

/// `Chief executive Helen Ardakani`, `Kremlin spokesman Dmitry Peskov`, `Labour MP Daniel
/// Okafor`: a role in lowercase (or an abbreviation, `MP`) right before a name is the title of
/// a person; a capitalised title word (`Chief`) or the one name of a body before it opens it.
/// Candidates from `from` on that have no title yet and name no body or place take it; a
/// name no list told becomes a person.
fn roles_before(text: &str, tokens: &[Token], from: usize, out: &mut [Candidate]) {
    let g = Gazetteer::get();
    let word = |k: usize| tokens[k].text(text);
    let role_word = |k: usize| {
        let w = word(k);
        if tokens[k].kind != TokenKind::Word || patterns().kin_nouns.contains(w) {
            return false;
        }
        if is_all_caps(w) {
            return g.is_title(w);
        }
        let mut chars = w.chars();
        let Some(head) = chars.next().filter(|c| c.is_lowercase()) else {
            return false;
        };
        let capitalised: String = head.to_uppercase().chain(chars).collect();
        patterns().roles_of_members.contains(w)
            || g.is_title(&capitalised) && !patterns().honorifics.contains(&capitalised)
    };
    for at in from..out.len() {
        let c = &out[at];
        let open = matches!(c.kind, None | Some(EntityKind::Person));
        // `First lady Michelle Obama`, `First Lady` (whose `Lady` alone is an honorific): a
        // spouse's title of two words; `former first lady` is left to the titles below.
        if open && c.first >= 2 && !c.opener {
            let (a, b) = (c.first - 2, c.first - 1);
            let two = Span::new(tokens[a].span.start, tokens[b].span.end);
            let former = a > 0 && word(a - 1).eq_ignore_ascii_case("former");
            let bare = c.title.is_none_or(|t| t.start >= tokens[b].span.start);
            if bare && !former && is_consort_title(two.text(text)) {
                let c = &mut out[at];
                c.title = Some(two);
                if c.kind.is_none() {
                    c.kind = Some(EntityKind::Person);
                    c.evidence = Evidence::Strong;
                }
                continue;
            }
        }
        if !open || c.title.is_some() || c.opener || c.first == 0 {
            continue;
        }
        let mut k = c.first;
        while k > 0 && c.first - k < 4 && role_word(k - 1) {
            k -= 1;
        }
        // The word before the name is a noun for a role, not `former` or `state` alone.
        let last = word(c.first - 1);
        let noun = is_all_caps(last)
            || patterns().roles_of_members.contains(last)
            || g.is_person_noun(last);
        if k == c.first || !noun {
            continue;
        }
        // `Chief executive`, `Senior economist`.
        while k > 0 && c.first - k < 5 && {
            let w = word(k - 1);
            is_capitalised(w) && g.is_title(w) && !patterns().honorifics.contains(w)
        } {
            k -= 1;
        }
        // `Kremlin spokesman`, `Labour MP`: the body's name ends right before.
        let body = out[from..at].last().filter(|b| {
            b.last + 1 == k
                && matches!(
                    b.kind,
                    Some(EntityKind::Organization | EntityKind::Location | EntityKind::Nationality)
                )
        });
        if let Some(b) = body {
            k = b.first;
        }
        let title = Span::new(tokens[k].span.start, tokens[c.first - 1].span.end);
        let c = &mut out[at];
        c.title = Some(title);
        if c.kind.is_none() {
            c.kind = Some(EntityKind::Person);
            c.evidence = Evidence::Strong;
        }
    }
}

/// True for the name of a field or a faith: `Egyptology`, `Scientology`.
fn is_field(w: &str) -> bool {
    w.len() > 7 && w.ends_with("ology")
}

/// True for the plural of a noun for what people do or are: `Seismologists`, `Statisticians`
/// (no surname ends so, unlike `-ers`: `Sanders`, `Waters`).
fn is_plural_agent_noun(w: &str) -> bool {
    w.len() > 6 && (w.ends_with("ists") || w.ends_with("ians")) && !is_all_caps(w)
}

/// True for an ordinal in figures: `82nd`, `501st`, `3rd`, `11th`.
fn is_ordinal(w: &str) -> bool {
    let digits = w.trim_start_matches(|c: char| c.is_ascii_digit());
    digits.len() < w.len() && matches!(digits, "st" | "nd" | "rd" | "th")
}

/// True for a word spelt like a participle: `Addressing`, `Asked`.
fn participle_like(w: &str) -> bool {
    w.ends_with("ing") || w.ends_with("ed")
}

/// Cuts one run of capitalised words into names and classifies each.
fn split_run(
    text: &str,
    tokens: &[Token],
    mut start: usize,
    end: usize,
    casing: Casing,
    sports: bool,
    out: &mut Vec<Candidate>,
) {
    let g = Gazetteer::get();
    let word = |i: usize| tokens[i].text(text);
    let phrase = |a: usize, b: usize| join(text, &tokens[a..=b]);
    // `Brent crude`: a grade of oil, as little a place as a model is a company.
    if tokens
        .get(end + 1)
        .is_some_and(|t| patterns().grade_nouns_after.contains(t.text(text)))
    {
        return;
    }
    if names_work(text, tokens, start, end, sports) {
        out.push(Candidate {
            work: true,
            ..candidate(tokens, start, end, None, Evidence::None, casing)
        });
        return;
    }
    // `The Hague` stays whole; `The Kremlin` loses its `The`.
    if start < end
        && matches!(word(start), "The" | "A" | "An")
        && g.known(&phrase(start, end)).is_none()
    {
        start += 1;
        while start <= end && CONNECTORS.contains(&word(start)) {
            start += 1;
        }
        if start > end {
            return;
        }
    }
    // `Health Canada`, `Statistics Norway`, `Sport England`: a field before a listed country
    // names the country's agency for it.
    let national_agency = |a: usize, b: usize| {
        a + 1 == b
            && patterns().agency_fields.contains(word(a))
            && g.known(word(b)).is_some_and(|known| known.country)
    };
    // `New York-based`, `Brazilian-born`, `Pan-democrat`: a name joined to a lowercase word
    // is an adjective, no mention of the name; what follows it is a name of its own.
    if let Some(k) = (start..=end).find(|&k| is_compound_adjective(word(k))) {
        // `Fjordbank and Danish-based Baltisk Sparebank`: a name joined to the adjective by
        // `and` is a name of its own.
        if k >= start + 2 && word(k - 1) == "and" {
            split_run(text, tokens, start, k - 2, casing, sports, out);
        }
        if k < end {
            split_run(text, tokens, k + 1, end, casing, sports, out);
        }
        return;
    }
    if names_product(text, tokens, start, end) {
        return;
    }
    // `the 82nd Airborne Division`, `the 501st Legion`: a unit's ordinal is part of its name.
    if start > 0
        && tokens[start].space_before
        && is_ordinal(word(start - 1))
        && patterns().numbered_units.contains(word(end))
    {
        out.push(body(tokens, start - 1, end, casing));
        return;
    }
    // A sentence-opening common word is no name: `Trailing by 213`, `After bowling`.
    if opens_sentence(text, tokens, start) {
        let w = word(start);
        let known = (start..=end.min(start + 3)).any(|k| g.known(&phrase(start, k)).is_some());
        let contraction =
            w.contains(['’', '\'']) && !w.chars().nth(1).is_some_and(|c| c == '\'' || c == '’');
        // `Displaced Sudanese families`: a participle before a nationality.
        let participle = start < end
            && (w.ends_with("ed") || w.ends_with("ing"))
            && g.is_demonym(word(start + 1));
        let common = g.is_common(w)
            // `Seismologists said`; not a team in a table (`Airdrieonians 2 1 1`).
            || start == end
                && is_plural_agent_noun(w)
                && tokens
                    .get(end + 1)
                    .is_some_and(|t| t.text(text).starts_with(char::is_lowercase))
            || participle
            || is_function_word(w)
            || contraction
            || super::numbers::month_number(w).is_some() && start == end;
        // `Moon Jae-in spoke`: a family name written first, before the rest of the name.
        let name_follows = start < end
            && (g.is_given_name(w) || surnames_first().contains(w))
            && (!g.is_common(w) || !g.is_common(word(start + 1)));
        // `Queens Park Rangers`, `Port Vale`, `Tiger Woods`: two capitalised common words in a
        // row are a name more often than a sentence opening; not after a word that opens
        // sentences (`When Sanders began`, `If Sanders would`).
        let next_common_name = start < end
            && !is_function_word(w)
            && !crate::segment::sentence_starters().contains(w)
            && {
                let next = word(start + 1);
                // Not a participle before a connector: `Speaking on BBC Radio`, `Asked on Fox
                // News` (but `University of Texas`).
                let participle = w.ends_with("ing") || w.ends_with("ed");
                (is_capitalised(next) || !participle)
                    && g.is_common(next)
                    && !g.is_title(next)
                    && super::numbers::month_number(next).is_none()
                    && !next.ends_with("day")
            };
        // `Northern Powergrid said`: a compass word before an unlisted name opens it.
        let compass_name =
            start < end && patterns().compass_words.contains(w) && !g.is_common(word(start + 1));
        // `Water UK said`, `Energy UK warned`: a trade body named for its field.
        let field_body = start + 1 == end
            && word(end) == "UK"
            && !crate::segment::sentence_starters().contains(w)
            && tokens
                .get(end + 1)
                .is_some_and(|t| g.is_speech_verb(t.text(text)))
            || national_agency(start, end);
        // `Greater Manchester Police`, `Historic Environment Scotland`: an adjective before
        // two or more words ending in a body's word or a place opens the body's name (not
        // before a name listed whole, `Senior Labour Party figures`, nor after a verb:
        // `Addressing New York State Republican Party`, `View CBS News`).
        let adjective_body = start + 2 <= end
            && !is_function_word(w)
            && !participle_like(w)
            && !crate::segment::sentence_starters().contains(w)
            && !is_all_caps(word(start + 1))
            // `Deal Xoxxh Corp said`: an unknown word after it is where the name starts.
            && (g.is_common(word(start + 1)) || g.known(word(start + 1)).is_some())
            && (g.is_org_word(word(end))
                || g.known(word(end)).is_some_and(|kn| kn.kind == EntityKind::Location))
            && (start + 1..=end).all(|k| is_capitalised(word(k)))
            && g.known(&phrase(start + 1, end)).is_none();
        // `Rose, a retired teacher, said`: a given name that is a common word too, before an
        // appositive that calls it a person.
        let described = start == end
            && g.is_given_name(w)
            && tokens.get(end + 1).is_some_and(|t| t.text(text) == ",")
            && appositive_person(text, tokens, end + 2);
        // `Farmer Ewan Morrison said`: a job before a given name is the person's role.
        let role = start + 2 <= end
            && g.is_person_noun(&w.to_lowercase())
            && g.is_given_name(word(start + 1))
            && !g.is_common(word(start + 1));
        // `"It's a disaster," Green said.`: after a straight mark closing a quotation (a
        // comma before it), a word before its speech verb is the speaker.
        let quoted_speaker = start == end
            && start >= 2
            && word(start - 1) == "\""
            && word(start - 2) == ","
            && tokens
                .get(end + 1)
                .is_some_and(|t| g.is_speech_verb(t.text(text)));
        // `Marks & Spencer said`, `Legal & General Investment Management`: names joined by an
        // ampersand are a firm's; not a menu's line (`Arts & Culture`, `Custom & Cruiser
        // bikes`), which no clause follows, nor a quoted work's title (`"War & Peace"`). A
        // bounded look ahead keeps long lines linear.
        let ampersand = start + 2 <= end
            && word(start + 1) == "&"
            && (start == 0 || !matches!(word(start - 1), "\"" | "“" | "'" | "‘" | "''" | "``"))
            && {
                let rest: String = text[tokens[end].span.end..]
                    .chars()
                    .take(80)
                    .take_while(|&c| c != '\n')
                    .collect();
                rest.split_whitespace().count() >= 3
            };
        let name_follows = (name_follows
            || next_common_name
            || compass_name
            || field_body
            || adjective_body
            || ampersand
            // `World Athletics said`: a word that opens bodies' names.
            || start < end && patterns().org_first_words.contains(w))
            && !participle
            || described
            || role
            || quoted_speaker;
        if common && !known && !name_follows && !g.is_demonym(w) && !g.is_title(w) {
            if !is_function_word(w) && !contraction && w.chars().any(char::is_lowercase) {
                let mut c = candidate(tokens, start, start, None, Evidence::None, casing);
                c.opener = true;
                out.push(c);
            }
            start += 1;
            while start <= end && CONNECTORS.contains(&word(start)) {
                start += 1;
            }
            if start > end {
                return;
            }
        }
    }
    // `Children's Health` without its opening `Children`: a possessive opens no name.
    while start <= end && tokens[start].kind != TokenKind::Word {
        start += 1;
    }
    if start > end {
        return;
    }
    if national_agency(start, end) {
        out.push(body(tokens, start, end, casing));
        return;
    }
    // `Former South Carolina`, `Acting Federal Reserve`: a title word before a listed name is
    // no part of it.
    // Not one the list knows whole: `Energy UK`.
    if start < end
        && g.is_title(word(start))
        && g.known(&phrase(start + 1, end)).is_some()
        && g.known(&phrase(start, end)).is_none()
    {
        start += 1;
    }
    // Months, weekdays and lone title words are no names here.
    if start == end {
        let w = word(start);
        // `part XVII`, `Chapter IV`: a numeral alone names nothing (`Henry VIII` is one run);
        // nor does a noun's acronym (`Super PAC` opening a sentence).
        if is_roman_numeral(w) || patterns().noun_acronyms.contains(w) {
            return;
        }
        if super::numbers::month_number(w).is_some() {
            // `May 13`, `in May`, `Aug 28`: the month of a date. `May` and `March` alone are
            // names too (`Theresa May said`), so only where a date reads so.
            let next_number = tokens
                .get(end + 1)
                .is_some_and(|t| t.kind == TokenKind::Number && t.text(text).len() <= 4);
            let before = if start > 0 { word(start - 1) } else { "" };
            let dated = next_number
                || matches!(
                    before,
                    "in" | "since"
                        | "until"
                        | "till"
                        | "by"
                        | "early"
                        | "late"
                        | "mid"
                        | "last"
                        | "next"
                        | "this"
                        | "from"
                        | "through"
                        | "during"
                        | "before"
                        | "after"
                );
            if (w.len() > 3 || w.ends_with('.')) && w != "March" && w != "May" || dated {
                return;
            }
        }
        if crate::lexicon::WEEKDAYS
            .iter()
            .any(|day| day.eq_ignore_ascii_case(w))
        {
            return;
        }
    }

    // After a given name, a title that is a common surname too is the surname: `Ben Earl`,
    // `Stephen King`, `Sarah Duke` (not after a place that is a given name too).
    let surname_after_given = |end: usize| {
        end > start
            && patterns().title_surnames.contains(word(end))
            && g.is_given_name(word(end - 1))
            && g.known(word(end - 1)).is_none()
    };
    // `Athens Mayor Plans`: other title words after a name are no part of it; a run of
    // nothing but titles (`Prime Minister`) names no one.
    let mut end = end;
    while g.is_title(word(end))
        && !g.is_org_word(word(end))
        && g.known(&phrase(start, end)).is_none()
        && !(end > start && CONNECTORS.contains(&word(end - 1)))
        && !surname_after_given(end)
    {
        if end == start {
            return;
        }
        end -= 1;
    }
    // `Secretary of State`, `Chief of Staff`: titles joined by `of` name no one either.
    if end > start
        && g.is_title(word(start))
        && g.known(&phrase(start, end)).is_none()
        && (start..=end).all(|k| {
            let w = word(k);
            matches!(w, "of" | "the") || g.is_title(w) && !g.is_org_word(w)
        })
    {
        return;
    }
    // `Bosnian Serbs`, `Iraqi Kurdish`, `South African`, `S. Korean`: one nationality (not a
    // listed place: `South Pole`).
    if end == start + 1
        && g.is_demonym(word(end))
        && g.known(&phrase(start, end)).is_none()
        && (g.is_demonym(word(start)) || patterns().compass_words.contains(word(start)))
    {
        out.push(nationality(tokens, start, end, casing));
        return;
    }
    let whole = phrase(start, end);
    if start == 0 && dateline_like(text, tokens, end) {
        out.push(Candidate {
            group: None,
            country: true,
            ..candidate(
                tokens,
                start,
                end,
                Some(EntityKind::Location),
                Evidence::Strong,
                casing,
            )
        });
        return;
    }
    // `LONDON 1996-08-30`: a word in capitals may be a listed name in any case.
    let listed = g.known(&whole).or_else(|| {
        (whole.len() > 4 && (start..=end).all(|k| is_all_caps(word(k))))
            .then(|| g.known_folded(&whole))
            .flatten()
    });
    if let Some(known) = listed {
        out.push(Candidate {
            group: known.group,
            country: known.country,
            ..candidate(
                tokens,
                start,
                end,
                Some(known.kind),
                Evidence::Strong,
                casing,
            )
        });
        return;
    }

    // `the Texas Republican said`: a listed place and a party's member describe a person;
    // the place is a mention of its own, the party word a nationality-like one. Before a name
    // they are the person's title: `Florida Democrat Alan Grayson`.
    let party_at = (start + 1..=end).find(|&k| {
        patterns().party_members.contains(word(k))
            // Not the party itself: `Ohio Republican Party Chairman Matt Borges`.
            && (k == end || !g.is_org_word(word(k + 1)))
            && g.known(&phrase(start, k - 1))
                .is_some_and(|known| known.kind == EntityKind::Location)
    });
    if let Some(k) = party_at {
        split_run(text, tokens, start, k - 1, casing, sports, out);
        out.push(nationality(tokens, k, k, casing));
        if k < end {
            let at = out.len();
            split_run(text, tokens, k + 1, end, casing, sports, out);
            let person = out.get_mut(at).filter(|c| {
                c.first == k + 1 && c.kind == Some(EntityKind::Person) && c.title.is_none()
            });
            if let Some(c) = person {
                c.title = Some(Span::new(tokens[start].span.start, tokens[k].span.end));
            }
        }
        return;
    }
    // `Acme Corporation John Smith`, `Ambassador to the United States Hamdullah Mohib`: a
    // caption or apposition names the body, then the person.
    // Not a title of a body before the person: `Chairman of the State Duma Vyacheslav Volodin`.
    let body_title = title_end(text, tokens, start, end)
        .is_some_and(|name_at| (start..name_at).any(|k| word(k) == "of"));
    if let Some(person_at) = person_after_body(text, tokens, start, end).filter(|_| !body_title) {
        split_run(text, tokens, start, person_at - 1, casing, sports, out);
        split_run(text, tokens, person_at, end, casing, sports, out);
        return;
    }

    // Connectors that join two names rather than make one: `Britain and France`,
    // `Somerset of Taunton` vs `Ministry of Defence`, `Test and County Cricket Board`.
    // Not inside a title: `Work and Pensions Secretary Liz Kendall`.
    let title_to = title_end(text, tokens, start, end).unwrap_or(start);
    // True when the connector at `k` stands inside the field of a body named `X <joiner> Y`:
    // a body's head word before one of `joiners` earlier in the run, and no word of another
    // name after `k`.
    let in_field = |k: usize, joiners: &[&str]| {
        (start + 1..k)
            .any(|c| joiners.contains(&word(c)) && patterns().org_heads.contains(word(c - 1)))
            && (k + 1..=end).all(|c| {
                !g.is_org_word(word(c))
                    && !patterns().org_heads.contains(word(c))
                    && !g.is_given_name(word(c))
                    && g.known_folded(word(c)).is_none()
            })
    };
    // `Lawrence Ross of PaineWebber Group Inc.`: a given name and one more word before `of`
    // are a person who works for the firm, not the firm's first words.
    let person_before = |k: usize| {
        k == start + 2
            && g.is_given_name(word(start))
            && g.known(word(start)).is_none()
            && !g.is_common(word(start))
            && !g.is_org_word(word(start + 1))
            && !g.is_place_word(word(start + 1))
    };
    // `Thomson-CSF of France and General Electric Co Plc`: a firm `of` a listed place, then
    // another firm of two words or more with its legal form, are two firms.
    let firm_after_place = |k: usize| {
        k >= start + 3
            && word(k - 2) == "of"
            && g.known(word(k - 1))
                .is_some_and(|known| known.kind == EntityKind::Location)
            && end >= k + 3
            && patterns().legal_forms.contains(word(end))
    };
    let firms_joined = (start + 3..end)
        .find(|&k| word(k) == "and" && firm_after_place(k))
        .filter(|_| g.known(&whole).is_none());
    if let Some(k) = firms_joined {
        // The firm before `of` is a company like the one it is joined to.
        let at = out.len();
        split_run(text, tokens, start, k - 3, casing, sports, out);
        if let Some(c) = out
            .get_mut(at)
            .filter(|c| c.first == start && c.last == k - 3)
        {
            c.kind = Some(EntityKind::Organization);
            c.evidence = Evidence::Strong;
            c.title = None;
        }
        split_run(text, tokens, k - 1, k - 1, casing, sports, out);
        split_run(text, tokens, k + 1, end, casing, sports, out);
        return;
    }
    for k in start + 1..end {
        let w = word(k);
        if !matches!(w, "of" | "and" | "&" | "for" | "on") || k < title_to {
            continue;
        }
        let left = word(k - 1);
        let keeps = match w {
            // `Acme Inc of Dallas` is two names, `Gold Fields of South Africa Ltd` one.
            "of" if patterns().legal_forms.contains(left) => false,
            "of" => {
                // `Organisation for the Prohibition of Chemical Weapons`, `Office for the
                // Coordination of Humanitarian Affairs`: `of` inside the field of a body named
                // `X for Y`.
                in_field(k, &["for", "on"])
                    || patterns().org_heads.contains(left)
                    || patterns().place_heads.contains(left)
                    || patterns().event_first_words.contains(left)
                    || g.is_org_word(left)
                    || g.is_title(left)
                    || g.is_place_word(left)
                    || patterns().legal_forms.contains(word(end)) && !person_before(k)
                    // `Nintendo of America`, not `Juventus of Italy`.
                    || k + 1 == end && patterns().name_final_places.contains(word(end))
            }
            // `Douglas & Lomason`, `Procter & Gamble`: a firm.
            "&" => word(k + 1) != "the",
            // `Center for American Progress`, `Council on Foreign Relations`; not a person
            // working for a body (`Jamie Chen for The New York Times`).
            "for" | "on" => {
                patterns().org_heads.contains(left)
                    || g.is_org_word(left)
                    || g.is_org_word(word(end)) && !g.is_given_name(word(start))
            }
            // `Test and County Cricket Board` is one; `Civic Party and the Democratic Party`
            // two, and so are two listed places (`Denver and Kansas City`).
            _ => {
                let listed_place = |a: usize, b: usize| {
                    g.known(&phrase(a, b))
                        .is_some_and(|known| known.kind == EntityKind::Location)
                };
                // `Western and Southern Military Districts`: two compass words before one
                // plural name (not `North and South Korea`, two countries).
                let compass = |k: usize| patterns().compass_words.contains(word(k));
                let shared_plural =
                    k == start + 1 && compass(start) && compass(k + 1) && k + 1 < end && {
                        let last = word(end);
                        last.len() > 3 && last.ends_with('s') && !last.ends_with("ss")
                    };
                // `Campaign for an Independent and Neutral Switzerland`, `Alliance for a Free
                // and Fair Europe`: `and` inside the purpose a body is named for.
                let purpose =
                    (start + 1..k).any(|c| word(c) == "for" && matches!(word(c + 1), "a" | "an"));
                // `Department for Work and Pensions`, `Department of Health and Human
                // Services`: `and` inside the field of a body named `X for Y`.
                // `lender Fjordbank and Baltisk Sparebank`, `banks Fjordbank and Baltisk
                // Sparebank`: after a noun for a kind of body, one word that is no common
                // word, then `and`, names a body of its own.
                let kind_before = start > 0 && {
                    let noun = word(start - 1);
                    let plural = noun.strip_suffix('s').unwrap_or("");
                    patterns().org_nouns_before.contains(noun)
                        || patterns().org_nouns_before.contains(plural)
                };
                let two_bodies = kind_before
                    && k == start + 1
                    && !g.is_common(left)
                    && g.known(left)
                        .is_none_or(|known| known.kind == EntityKind::Organization);
                !two_bodies
                    && (shared_plural
                        || purpose
                        || in_field(k, &["of", "for"])
                            && word(k + 1) != "the"
                            && g.known(&phrase(start, k - 1)).is_none()
                        || (g.is_org_word(word(end)) || patterns().org_heads.contains(word(end)))
                    && !g.is_org_word(left)
                    && word(k + 1) != "the"
                    && !(listed_place(start, k - 1) && listed_place(k + 1, end))
                    // `IRS and Drug Enforcement Administration`: a listed name or an
                    // acronym is a name of its own (not before a legal form: `Goldman
                    // Sachs and Co`).
                    && (k + 1 == end && patterns().legal_forms.contains(word(end))
                        || g.known(&phrase(start, k - 1)).is_none() && !is_all_caps(left)))
            }
        };
        if !keeps && g.known(&whole).is_none() {
            split_run(text, tokens, start, k - 1, casing, sports, out);
            let mut next = k + 1;
            if next <= end && word(next) == "the" {
                next += 1;
            }
            if next <= end {
                split_run(text, tokens, next, end, casing, sports, out);
            }
            return;
        }
    }

    // A title inside the run: `Federal Reserve Governor Lawrence Lindsey`, `U.N. Ambassador
    // Albright`. The body or place before the title is a name of its own, the person after it
    // another.
    if end >= start + 2 && title_end(text, tokens, start, end).is_none() {
        let inner = (start + 1..end).find(|&k| {
            g.is_title(word(k))
                && !g.is_org_word(word(k))
                && !CONNECTORS.contains(&word(k - 1))
                // `Democratic Party Chairman Jaime Harrison`: `Party` ends a body.
                && (!g.is_title(word(k - 1)) || g.is_org_word(word(k - 1)))
                // Not a field before a listed place: `Historic Environment Scotland` is one
                // body, no title `Environment` before a person `Scotland`.
                && title_end(text, tokens, k, end)
                    .is_some_and(|name_at| {
                        g.known(&phrase(name_at, end))
                            .is_none_or(|kn| kn.kind != EntityKind::Location)
                    })
        });
        if let Some(k) = inner {
            split_run(text, tokens, start, k - 1, casing, sports, out);
            let at = out.len();
            split_run(text, tokens, k, end, casing, sports, out);
            // A place is part of the title: `Athens Mayor`. Not a body, which would make
            // `the board said` the person's words (`Harbour Board Spokesman`).
            let place = g
                .known(&phrase(start, k - 1))
                .is_some_and(|known| known.kind == EntityKind::Location);
            if let Some(title) = out
                .get_mut(at)
                .and_then(|c| c.title.as_mut())
                .filter(|_| place)
            {
                title.start = tokens[start].span.start;
            }
            return;
        }
    }
    // Title before a person: `Russian Defense Minister Sergey Shoigu`, `U.S. President Clinton`.
    if let Some(name_at) = title_end(text, tokens, start, end) {
        let title = Span::new(tokens[start].span.start, tokens[name_at - 1].span.end);
        // The nationality in the title is a mention of its own: `Russian` of `Russian Defense
        // Minister`.
        if g.is_demonym(word(start)) {
            out.push(nationality(tokens, start, start, casing));
        } else if let Some(known) = g.known(word(start)).filter(|kn| kn.country) {
            // So is the country: `U.S.` of `U.S. President Joe Biden`.
            out.push(Candidate {
                group: known.group,
                country: true,
                ..candidate(
                    tokens,
                    start,
                    start,
                    Some(known.kind),
                    Evidence::Strong,
                    casing,
                )
            });
        }
        // So is a place inside it: `Arkansas` of `Former Arkansas Gov.`.
        if let Some(to) = (start + 1..name_at).find_map(|k| {
            let place_at = g.is_title(word(k - 1)) && word(k - 1) != "of";
            place_at
                .then(|| title_place(text, tokens, k, name_at - 1))
                .flatten()
        }) {
            let from = (start + 1..=to)
                .find(|&k| title_place(text, tokens, k, name_at - 1) == Some(to))
                .unwrap_or(to);
            split_run(text, tokens, from, to, casing, sports, out);
        }
        // The body in the title is a mention of its own: `the Security Council` of `Deputy
        // Chairman of the Security Council`.
        if let Some(of) = (start + 1..name_at).find(|&k| word(k) == "of") {
            let from = if word(of + 1) == "the" {
                of + 2
            } else {
                of + 1
            };
            let known = (from < name_at).then(|| g.known(&phrase(from, name_at - 1)));
            // `the State Duma Committee on International Affairs`: a body's word before its
            // field.
            let field_body = || {
                (from..name_at)
                    .any(|m| g.is_org_word(word(m)) && matches!(word(m + 1), "on" | "for"))
            };
            let body = known.is_some_and(|known| {
                known.is_some_and(|kn| kn.kind == EntityKind::Organization)
                    || known.is_none() && (g.is_org_word(word(name_at - 1)) || field_body())
            });
            // A body named with its field is one whole, whatever its words (`State`).
            if body && known.flatten().is_none() && field_body() {
                out.push(self::body(tokens, from, name_at - 1, casing));
            } else if body {
                split_run(text, tokens, from, name_at - 1, casing, sports, out);
            }
        }
        let mut c = candidate(
            tokens,
            name_at,
            end,
            Some(EntityKind::Person),
            Evidence::Strong,
            casing,
        );
        c.title = Some(title);
        // A place or organisation after a title word is no person: `Foreign Ministry`.
        let rest = phrase(name_at, end);
        if let Some(known) = g.known(&rest) {
            c.kind = Some(known.kind);
            c.group = known.group;
            c.country = known.country;
            c.title = None;
        }
        out.push(c);
        return;
    }

    // A nationality before other words: `Russian Defense`, `West Indian all-rounder`.
    if start < end && g.is_demonym(word(start)) {
        // `Canadian Red Cross`, `British Red Cross`: a nationality before a listed body named
        // in common words is that nation's own body (not the listed one's alias group).
        let national_body = (start + 1..=end).all(|k| g.is_common(word(k)))
            && g.known(&phrase(start + 1, end))
                .is_some_and(|known| known.kind == EntityKind::Organization);
        if national_body {
            out.push(body(tokens, start, end, casing));
            return;
        }
        // `Kenyan Runner Wins`: a listed noun for a person is as common as any.
        let rest_common = (start + 1..=end).all(|k| {
            g.is_common(word(k)) || g.is_title(word(k)) || g.is_person_noun(&word(k).to_lowercase())
        });
        let last = word(end);
        // Not before an event word: `Australian Open`, `Korean War` are one name.
        let event = patterns().event_last_words.contains(last);
        if rest_common && !g.is_org_word(last) && !g.is_place_word(last) && !event {
            out.push(nationality(tokens, start, start, casing));
            return;
        }
        // `Russian Sergey Shoigu`, `Republican Mitt Romney`: a nationality or party before a
        // person's name.
        let person_after = end == start + 2
            && !g.is_common(last)
            && !g.is_demonym(last)
            && !g.is_org_word(last)
            && !g.is_place_word(last);
        // Not a body word alone after it: `Scottish Parliament`, `Irish Senate` are one name.
        let body_word = end == start + 1 && g.is_org_word(last);
        // `Indonesian Navy`: a body's word that is a given name too is still the body's.
        if g.is_given_name(word(start + 1)) && !body_word
            || person_after
            || g.known(&phrase(start + 1, end)).is_some() && !body_word
        {
            out.push(nationality(tokens, start, start, casing));
            split_run(text, tokens, start + 1, end, casing, sports, out);
            return;
        }
    }
    if start < end && g.is_demonym(&phrase(start, start + 1)) && start + 1 == end {
        out.push(nationality(tokens, start, end, casing));
        return;
    }

    // `Scientologist Tom Cruise`, `Nonpartisan Paul Tse`: a word for what the person is,
    // before their given name, is no part of the name (a nationality or party is parted
    // above).
    if end >= start + 2 {
        let (first, given) = (word(start), word(start + 1));
        // `Crofter Ewan Morrison` opening a sentence: a word for a job is one too.
        let describes = ["ist", "ists", "ian", "ians", "an"]
            .iter()
            .any(|ending| first.ends_with(ending))
            || g.is_person_noun(&first.to_lowercase());
        let last = word(end);
        // `Volcanologist Thorvaldur Thordarson said`: a listed noun for a job, in prose, is
        // no name, before a given name the list lacks too; the two words after it must then
        // read as a person's name.
        let job_before_name = g.is_person_noun(&first.to_lowercase())
            && casing == Casing::Prose
            && end == start + 2
            && !g.is_common(last)
            && g.known(last).is_none();
        // `Lawyer John Smith`, `Author Emily Parker`: a job word the given-name list also
        // holds (`Lawyer`, `Author`, `Judge` were given to babies) is the job before a given
        // name and a surname.
        let job_named_too = g.is_person_noun(&first.to_lowercase())
            && end == start + 2
            && (g.is_given_name(given) || job_before_name);
        if describes
            && (!g.is_given_name(first) || job_named_too)
            && !g.is_title(first)
            && (g.is_given_name(given) || job_before_name)
            && !g.is_common(given)
            && g.known(given).is_none()
            && !g.is_org_word(last)
            && !g.is_place_word(last)
            && (start + 1..=end).all(|k| g.known(&phrase(start, k)).is_none())
        {
            let at = out.len();
            split_run(text, tokens, start + 1, end, casing, sports, out);
            // `Economist José García`: a word for a job is the person's role.
            if g.is_person_noun(&first.to_lowercase()) {
                let person = out.get_mut(at).filter(|c| {
                    c.first == start + 1 && c.kind == Some(EntityKind::Person) && c.title.is_none()
                });
                if let Some(c) = person {
                    c.title = Some(tokens[start].span);
                }
            }
            return;
        }
    }
    // `Mac Pro`, `MacBook Air`: a product model, no name of a kind newslens tags. Not after
    // one common word (`Hot Air`, a website).
    let one_common = end == start + 1 && g.is_common(word(start));
    if end > start && g.is_product_word(word(end)) && !one_common {
        return;
    }
    let (mut kind, mut evidence) = classify(text, tokens, start, end, sports);
    // `NovaTerra said`, `said NovaTerra`, `at GiveWell`: a word shaped like `BlackRock` names
    // a company or a product, no person, and no place by a preposition alone. Where the
    // sentence gave it no other kind (`the magazine MicroMega`), one that speaks or is a place
    // to be at is a company; the document decides the rest.
    let by_place_word = kind == Some(EntityKind::Location) && evidence == Evidence::Weak;
    if start == end
        && (kind == Some(EntityKind::Person) || by_place_word)
        && is_camel_case(word(start))
    {
        let next = tokens.get(end + 1).map_or("", |t| t.text(text));
        let speaks = g.is_speech_verb(next) || start > 0 && g.is_speech_verb(word(start - 1));
        (kind, evidence) = if speaks || by_place_word {
            (Some(EntityKind::Organization), Evidence::Weak)
        } else {
            (None, Evidence::None)
        };
    }
    out.push(candidate(tokens, start, end, kind, evidence, casing));
}

/// Whether the run `[start, end]` is the title of a work or a vessel: it follows a noun for one
/// (`the 1969 film Easy Rider`, `the cruise ship Freewinds`), opens with a ship's prefix
/// (`HMS Dauntless`), an appositive calls it one (`Elden Ring, the fantasy game, ...`; not a
/// game on a sports page), or it sells in copies (`20 million copies of Elden Ring`, `Elden
/// Ring sold 20 million copies`). A listed name is never a work here.
fn names_work(text: &str, tokens: &[Token], start: usize, end: usize, sports: bool) -> bool {
    let word = |k: usize| tokens[k].text(text);
    if start < end && patterns().vessel_prefixes.contains(word(start)) {
        return true;
    }
    let listed = || {
        Gazetteer::get()
            .known(&join(text, &tokens[start..=end]))
            .is_some()
    };
    let next = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    if next(end + 1) == "," && appositive_work(text, tokens, end + 2, sports) && !listed() {
        return true;
    }
    let copies_of = start >= 2 && word(start - 1) == "of" && word(start - 2) == "copies";
    let sold_copies = matches!(next(end + 1), "sold" | "sells" | "shipped" | "has" | "had")
        && (end + 2..end + 7).any(|k| next(k) == "copies");
    if (copies_of || sold_copies) && !listed() {
        return true;
    }
    let Some(cue) = start.checked_sub(1) else {
        return false;
    };
    if !patterns().work_nouns_before.contains(word(cue)) {
        return false;
    }
    // A verb, not a noun: `to film Obama`, `will ship Airbus jets`.
    let verb = cue > 0
        && matches!(
            word(cue - 1),
            "to" | "will" | "would" | "can" | "could" | "may" | "might" | "must" | "should"
        );
    // `the film Spielberg made`: one word before a verb is who made it.
    let maker = start == end
        && tokens.get(end + 1).is_some_and(|t| {
            let w = t.text(text);
            t.kind == TokenKind::Word && w.starts_with(char::is_lowercase) && !is_function_word(w)
        });
    !verb && !maker
}

// Products and services (`Internet Explorer`, `iPhone`) and the networks they run on.
crate::word_set!(fn products, "entities/products.txt");

/// Whether the run `[start, end]` names a product: a listed one (`Internet Explorer`), a listed
/// one after its maker's listed name (`Google Chrome`), or a listed abbreviation with its
/// version number (`IE6`). Browsers, systems and consoles are things, not the bodies that make
/// them.
fn names_product(text: &str, tokens: &[Token], start: usize, end: usize) -> bool {
    let g = Gazetteer::get();
    let products = products();
    if products.contains(&join(text, &tokens[start..=end])) {
        return true;
    }
    let maker = g
        .known(tokens[start].text(text))
        .is_some_and(|kn| kn.kind == EntityKind::Organization);
    if start < end && maker && products.contains(&join(text, &tokens[start + 1..=end])) {
        return true;
    }
    let w = tokens[start].text(text);
    let stem = w.trim_end_matches(|c: char| c.is_ascii_digit());
    start == end && !stem.is_empty() && stem.len() < w.len() && products.contains(stem)
}

/// Where a run names a body and then a person (`Acme Corporation John Smith`, `United States
/// Hamdullah Mohib`), the index of the person's first word: the last two words look like a
/// person's name and the words before them are a listed place or body, or end like a body.
/// An unlisted given name is enough only after a listed country or body, not after a city
/// (`Sao Paulo Futebol Clube`).
fn person_after_body(text: &str, tokens: &[Token], start: usize, end: usize) -> Option<usize> {
    let g = Gazetteer::get();
    let word = |i: usize| tokens[i].text(text);
    let at = end.checked_sub(1).filter(|&at| at > start)?;
    let given = g.is_given_name(word(at)) && g.known(word(at)).is_none();
    // A surname may be a common word after a given name (`John Smith`).
    let name_word = |w: &str, common_ok: bool| {
        w.chars().any(char::is_lowercase)
            && (common_ok || !g.is_common(w))
            && !g.is_title(w)
            && !g.is_org_word(w)
            && !g.is_place_word(w)
            && !g.is_demonym(w)
            && !CONNECTORS.contains(&w)
            && !NAME_PARTICLES.contains(&w)
    };
    let person = join(text, &tokens[at..=end]);
    if !name_word(word(at), false) || !name_word(word(end), given) || g.known(&person).is_some() {
        return None;
    }
    let body_last = word(at - 1);
    // `Mary Joe Fernandez`: a given name that is also a listed place opens a person's name.
    let given_first = at - start == 1 && g.is_given_name(body_last);
    if given_first || CONNECTORS.contains(&body_last) || is_initial(body_last) {
        return None;
    }
    let known_body = g.known(&join(text, &tokens[start..at]));
    // One listed word is a body only when it is a country (`Economist Joel Naroff` is a job).
    let listed =
        known_body.filter(|k| k.country || k.kind == EntityKind::Organization && at - start >= 2);
    let body_shaped = at - start >= 2
        && (g.is_org_word(body_last) || patterns().legal_forms.contains(body_last))
        || listed.is_some()
        || known_body.is_some_and(|k| k.kind == EntityKind::Location);
    // Not abbreviations (`Bay Co Bldg Auth`): a name has a vowel.
    let voiced = |w: &str| w.contains(['a', 'e', 'i', 'o', 'u', 'y']);
    // A body of one name: no title (`Energy Secretary`) or `and` joining two in the run.
    let one_body = (start..at).all(|k| !g.is_title(word(k)) && !matches!(word(k), "and" | "&"));
    // `Refugee Council Enver Solomon`, `University of Texas Arlington Amneh Jafari`, `Palm
    // Beach County Supervisor of Elections Susan Bucher`: after a body's or a county's name,
    // two uncommon words are a person's name even when the given name is not listed.
    let after_body_word = at - start >= 2
        && one_body
        && (start..at).any(|k| g.is_org_word(word(k)) || patterns().place_heads.contains(word(k)))
        && [word(at), word(end)]
            .iter()
            .all(|w| !g.is_common(w) && voiced(w));
    (body_shaped && (given || listed.is_some()) || after_body_word).then_some(at)
}

/// `Unison, the public sector union, said`: from token `at`, an appositive that calls the name
/// before it a body: an article, words of no other kind, a noun for a kind of body, a comma.
/// Not `a member of the union`, nor `the union's leader` (which ends with no body's noun).
fn appositive_body(text: &str, tokens: &[Token], at: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    if !matches!(word(at), "the" | "a" | "an") {
        return false;
    }
    let end = tokens.len().min(at + 8);
    for (k, t) in tokens.iter().enumerate().take(end).skip(at + 1) {
        let w = t.text(text);
        if w == "," {
            return k > at + 1 && is_org_noun_before(word(k - 1));
        }
        // `the teachers' union`, `the nurses’ union`.
        let possessive = t.kind == TokenKind::Possessive || matches!(w, "'" | "’") && k > at + 1;
        if !possessive && (t.kind != TokenKind::Word || is_function_word(w)) {
            return false;
        }
    }
    false
}

/// True when the tokens from `at` are an article and a kind of place, with up to two lowercase
/// words or nationalities before it, that ends the appositive or takes a place after it: `the capital of`, `a small
/// mining town in`, `the port,`.
fn appositive_place(text: &str, tokens: &[Token], at: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    if !matches!(word(at), "the" | "a" | "an") {
        return false;
    }
    (at + 1..at + 4)
        .take_while(|&k| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word))
        // Not `the Stadia port of`: a name before the noun makes it that thing's.
        .take_while(|&k| {
            let w = word(k);
            !is_function_word(w)
                && (w.starts_with(char::is_lowercase) || Gazetteer::get().is_demonym(w))
        })
        .find(|&k| patterns().place_nouns_just_before.contains(word(k)))
        .is_some_and(|k| matches!(word(k + 1), "of" | "in" | "on" | "near" | "," | "." | ""))
}

/// `Elden Ring, the fantasy game, ...`, `Oppenheimer, a 2023 film by ...`: true when the tokens
/// from `at` are an article, up to four lowercase words, numbers or nationalities, and a noun
/// for a work that ends the phrase (not `the film director`, `the game's designer`). On a sports
/// page a game is a match (`Leeds, the first game of the season`).
fn appositive_work(text: &str, tokens: &[Token], at: usize, sports: bool) -> bool {
    let g = Gazetteer::get();
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    if !matches!(word(at), "the" | "a" | "an") {
        return false;
    }
    let work = |w: &str| {
        patterns().work_nouns_before.contains(w) && !(sports && matches!(w, "game" | "videogame"))
    };
    (at + 1..at + 6)
        .take_while(|&k| {
            tokens
                .get(k)
                .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        })
        .take_while(|&k| {
            let w = word(k);
            !is_function_word(w) && (!w.starts_with(char::is_uppercase) || g.is_demonym(w))
        })
        .find(|&k| {
            let next = word(k + 1);
            let ends = next.is_empty()
                || !next.starts_with(char::is_alphanumeric)
                || is_function_word(next)
                || matches!(next, "who" | "which" | "that");
            work(word(k))
                && ends
                && tokens[k + 1..]
                    .first()
                    .is_none_or(|t| t.kind != TokenKind::Possessive)
        })
        .is_some()
}

/// `Marieke, a Dutch tourist, said`, `Rose, the retired teacher who`: true when the tokens from
/// `at` are an article, up to three lowercase words or nationalities, and a noun for a person
/// that ends the phrase.
pub(super) fn appositive_person(text: &str, tokens: &[Token], at: usize) -> bool {
    let g = Gazetteer::get();
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    if !matches!(word(at), "the" | "a" | "an") {
        return false;
    }
    let person = |w: &str| g.is_person_noun(w) || patterns().appositive_person_nouns.contains(w);
    (at + 1..at + 5)
        .take_while(|&k| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word))
        .take_while(|&k| {
            let w = word(k);
            !is_function_word(w) && (w.starts_with(char::is_lowercase) || g.is_demonym(w))
        })
        .find(|&k| person(word(k)))
        // Not a noun that qualifies another: `a tourist bus`, `the fan zone`.
        .is_some_and(|k| {
            let next = word(k + 1);
            next.is_empty()
                || !next.starts_with(char::is_alphanumeric)
                || is_function_word(next)
                || next == "who"
        })
}

/// `in Grimsby and Wrexham`: true when the conjunction at `and_at` follows names (apart by
/// commas) that a place's preposition or a kind of place and `of` opens.
fn coordinated_place(text: &str, tokens: &[Token], and_at: usize) -> bool {
    let mut k = and_at;
    let mut names = 0;
    while k > 0 && and_at - k < 8 {
        let t = tokens[k - 1];
        let w = t.text(text);
        if t.kind == TokenKind::Word && is_capitalised(w) {
            names += 1;
        } else if w != "," || names == 0 {
            break;
        }
        k -= 1;
    }
    // `the districts of Kurigram and Gaibandha`: a kind of place opens them too.
    let kind_of_place = |k: usize| {
        k > 1
            && tokens[k - 1].text(text) == "of"
            && patterns()
                .place_nouns_before
                .contains(tokens[k - 2].text(text))
    };
    k > 0
        && names > 0
        && (matches!(
            tokens[k - 1].text(text),
            "in" | "near" | "outside" | "across" | "throughout" | "around"
        ) || kind_of_place(k))
}

/// `BONN 1996-08-30`, `MILWAUKEE, Wisconsin 1996-08-29`: a line opening with a place and a date.
fn dateline_like(text: &str, tokens: &[Token], end: usize) -> bool {
    let is_date = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            t.kind == TokenKind::Number && super::numbers::iso_date(t.text(text)).is_some()
        })
    };
    if is_date(end + 1) {
        return true;
    }
    if tokens.get(end + 1).is_some_and(|t| t.text(text) == ",") {
        let mut k = end + 2;
        while tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word) && k < end + 5 {
            k += 1;
        }
        return k > end + 2 && is_date(k);
    }
    false
}

fn number_between(word: &str, low: u32, high: u32) -> bool {
    word.parse::<u32>().is_ok_and(|n| (low..=high).contains(&n))
}

// Family names written first (`Moon Jae-in`), which may be common words too.
crate::word_set!(pub(super) fn surnames_first, "entities/surnames_first.txt");

/// The last token of a listed place at `at` that a title word follows, before `end`:
/// `Arkansas` of `Former Arkansas Gov.`.
fn title_place(text: &str, tokens: &[Token], at: usize, end: usize) -> Option<usize> {
    let g = Gazetteer::get();
    (at..end.min(at + 3)).find(|&to| {
        g.is_title(tokens[to + 1].text(text))
            && !g.is_title(tokens[at].text(text))
            && g.known(&join(text, &tokens[at..=to]))
                .is_some_and(|known| known.kind == EntityKind::Location)
    })
}

/// When the run opens with a title (`Defense Minister`, `Mr.`, `Russian President`), the index
/// of the first word of the name after it.
fn title_end(text: &str, tokens: &[Token], start: usize, end: usize) -> Option<usize> {
    let g = Gazetteer::get();
    let word = |i: usize| tokens[i].text(text);
    let mut k = start;
    // `Russian`, `U.S.`, `French` before the title.
    while k <= end && (g.is_demonym(word(k)) || g.known(word(k)).is_some_and(|kn| kn.country)) {
        k += 1;
    }
    let mut titles = 0;
    // A portfolio's words, up to a given name and never the run's last word: `Commerce` of
    // `Secretary of Commerce Howard Lutnick`, `Work and Pensions` of `Work and Pensions
    // Secretary Liz Kendall`.
    // Before the title, a listed title word ends it: `Northgate Foreign Minister` names a
    // country, then the title.
    let portfolio = |from: usize, before: bool| {
        let portfolio_word = |w: &str| {
            let ends = g.is_given_name(w)
                || surnames_first().contains(w)
                || patterns().honorifics.contains(w)
                || patterns().portfolio_heads.contains(w)
                || before && g.is_title(w);
            is_capitalised(w) && !ends
        };
        // After `of` or `for`, an unlisted word that is no common word leaves two words for
        // the name: `Minister of Investment Todotua Pasaribu`, not `Investment Todotua`.
        let after_of =
            |m: usize| before || m + 2 <= end || g.is_common(word(m)) || g.known(word(m)).is_some();
        let mut m = from;
        while m < end
            && (matches!(word(m), "and" | "&") && m > from
                || portfolio_word(word(m)) && after_of(m))
        {
            m += 1;
        }
        m
    };
    let heads = &patterns().portfolio_heads;
    while k <= end {
        let w = word(k);
        // `Majority Leader`, not `Minority Outreach`: a qualifier needs a title after it.
        let qualifier_alone =
            patterns().title_qualifiers.contains(w) && (k == end || !g.is_title(word(k + 1)));
        if qualifier_alone {
            break;
        }
        // `Chinese Commerce Minister Wang Wentao`, `Foreign Affairs Minister Penny Wong`:
        // unlisted words before a minister's title name the portfolio.
        let before_head = portfolio(k, true);
        if before_head > k
            && before_head - k <= 3
            && heads.contains(word(before_head))
            && !matches!(word(before_head - 1), "and" | "&")
        {
            k = before_head;
            continue;
        }
        // `Former Arkansas Gov. Mike Huckabee`: a listed place between title words.
        if let Some(to) = title_place(text, tokens, k, end).filter(|_| titles > 0) {
            k = to + 1;
            continue;
        }
        if g.is_title(w) && !(titles > 0 && g.is_given_name(w) && !g.is_common(w)) {
            titles += 1;
            k += 1;
        } else if titles > 0 && matches!(w, "of" | "the" | "for") && k < end {
            let head = word(k - 1);
            k += 1;
            // `Deputy Chairman of the Security Council Dmitry Medvedev`, `Chairman of the
            // State Duma Vyacheslav Volodin`: a title of a body, the longest listed body or
            // run ending in a body's word, with a name left after it.
            if w == "of" {
                let from = if word(k) == "the" && k < end {
                    k + 1
                } else {
                    k
                };
                // `Chairman of the State Duma Committee on International Affairs Leonid
                // Slutsky`: the body's field after `on` or `for`, common words up to the name
                // (the name's words may be unlisted: `Leonid`).
                let field_end = |at: usize| {
                    if !matches!(word(at), "on" | "for") || at >= end {
                        return None;
                    }
                    let field_word = |w: &str| {
                        is_capitalised(w) && g.is_common(w) && !g.is_given_name(w)
                            || matches!(w, "and" | "&")
                    };
                    let mut to = at + 1;
                    while to < end && field_word(word(to)) {
                        to += 1;
                    }
                    (to > at + 1 && !matches!(word(to - 1), "and" | "&")).then_some(to)
                };
                let body_end = (from + 1..(from + 5).min(end + 1)).rev().find(|&to| {
                    let known = g.known(&join(text, &tokens[from..to]));
                    let inside = |m: usize| m > from && matches!(word(m), "of" | "the");
                    (from..to).all(|m| is_capitalised(word(m)) || inside(m))
                        && is_capitalised(word(to - 1))
                        && (is_capitalised(word(to)) || field_end(to).is_some())
                        && (known.is_some_and(|kn| kn.kind == EntityKind::Organization)
                            || known.is_none()
                                && g.is_org_word(word(to - 1))
                                && (!g.is_title(word(from)) || field_end(to).is_some()))
                });
                if let Some(to) = body_end {
                    titles += 1;
                    k = field_end(to).unwrap_or(to);
                    continue;
                }
            }
            // `Mayor of Lyon Grégory Doucet`: a listed place after `of`, a name after it.
            if w == "of" {
                let place_end = (k + 1..(k + 4).min(end + 1)).rev().find(|&to| {
                    is_capitalised(word(to))
                        && g.known(&join(text, &tokens[k..to]))
                            .is_some_and(|kn| kn.kind == EntityKind::Location)
                });
                if let Some(to) = place_end {
                    titles += 1;
                    k = to;
                    continue;
                }
            }
            // `Secretary of Commerce`, `Secretary of the Treasury`, `Minister for Work and
            // Pensions`.
            if w != "the" && heads.contains(head) {
                if word(k) == "the" && k < end {
                    k += 1;
                }
                let to = portfolio(k, false);
                if to > k && !matches!(word(to - 1), "and" | "&") {
                    titles += 1;
                    k = to;
                    continue;
                }
            }
            // `High Commissioner for Refugees` names a body.
            if w == "for" {
                return None;
            }
        } else {
            break;
        }
    }
    // `King's College London`, `Queen's University Belfast`: a title's possessive opens the
    // name of a body, no title before a person.
    if titles == 0 || k > end || tokens[k].kind == TokenKind::Possessive {
        return None;
    }
    // The rest must look like a name, not an organisation, a place or an event (`Defense
    // Ministry`, `Grand Mosque`, `German Grand Prix`; `Mayor Helen Park` is a person).
    let last = word(end);
    let place = g.is_place_word(last) && !g.is_given_name(word(k));
    let event = patterns().event_last_words.contains(last)
        && !patterns().surname_pattern_words.contains(last);
    // Nor a body's word first: `Defense Ministry Spokeswoman Maria Zakharova` names the
    // ministry, then the title.
    if (g.is_org_word(last) || place || event) && !g.is_title(last)
        || matches!(word(k), "of" | "the")
        || g.is_org_word(word(k)) && !g.is_title(word(k)) && !legal_forms().contains(word(k))
    {
        return None;
    }
    // After an honorific, a common word is a surname too: `Mr Key`, `Ms Rice`.
    let honorific = k == start + 1 && patterns().honorifics.contains(word(start));
    // So is a family name written first (`President Moon Jae-in`, `Premier Song Tao`).
    let name_follows = k < end && surnames_first().contains(word(k));
    if !honorific
        && !name_follows
        && g.is_common(word(k))
        && !g.is_given_name(word(k))
        && g.known(word(k)).is_none()
    {
        return None;
    }
    Some(k)
}

/// The kind of an unlisted run, from its own words and the words around it.
fn classify(
    text: &str,
    tokens: &[Token],
    start: usize,
    end: usize,
    sports: bool,
) -> (Option<EntityKind>, Evidence) {
    let g = Gazetteer::get();
    let word = |i: usize| tokens[i].text(text);
    let first = word(start);
    let last = word(end);
    let n = end - start + 1;
    // `Anthony Hill`, `Tiger Woods`, `Doris Day`: surnames that are also place or event words.
    if n > 1
        && g.is_given_name(first)
        && patterns().surname_pattern_words.contains(last)
        && !patterns().place_prefixes.contains(first)
    {
        return (Some(EntityKind::Person), Evidence::Strong);
    }
    // `easyJet said`: a word shaped like `eBay` names a company or a product, no person or
    // place; the list above knows the usual ones, the document decides the rest.
    if n == 1 && is_inner_capital(first) {
        let next = tokens.get(end + 1).map_or("", |t| t.text(text));
        return if g.is_speech_verb(next) {
            (Some(EntityKind::Organization), Evidence::Weak)
        } else {
            (None, Evidence::None)
        };
    }
    // `at De Kuip`, `in Le Mans`: after a preposition of place, a particle opening two words is
    // a place's article, not a given name (`De` is one) nor a surname's particle (those take a
    // possessive there: `in De Gaulle's time`).
    let particle_place = n == 2
        && start > 0
        && matches!(word(start - 1), "at" | "in" | "near" | "inside" | "outside")
        && NAME_PARTICLES.contains(&first.to_lowercase().as_str())
        && tokens
            .get(end + 1)
            .is_none_or(|t| t.kind != TokenKind::Possessive);
    if particle_place {
        // `near El Dabaa`, `in Al Hasakah`: the Arabic article before a word that is no given
        // name opens a place's name, whatever the rest of the text makes of it.
        let article = patterns().place_articles.contains(first) && !g.is_given_name(last);
        let evidence = if article {
            Evidence::Strong
        } else {
            Evidence::Weak
        };
        return (Some(EntityKind::Location), evidence);
    }
    // `near Fond du Lac`, `in Santiago de Compostela`: after a preposition of place, a name
    // joined by a particle is a place when it opens with no given name (not `an interest in
    // Leonardo da Vinci`) unless a place is named so too (`Santiago`), and takes no possessive
    // (`in Van der Merwe's time`).
    let place_first = g
        .known(first)
        .is_some_and(|known| known.kind == EntityKind::Location);
    let particle_inside = n > 2
        && start > 0
        && matches!(word(start - 1), "at" | "in" | "near" | "inside" | "outside")
        && (start + 1..end).any(|k| NAME_PARTICLES.contains(&word(k)))
        && (!g.is_given_name(first) || place_first)
        && !NAME_PARTICLES.contains(&first.to_lowercase().as_str())
        && tokens
            .get(end + 1)
            .is_none_or(|t| t.kind != TokenKind::Possessive);
    if particle_inside {
        return (Some(EntityKind::Location), Evidence::Strong);
    }
    // `CD Projekt Red`, `TV Globo`: an acronym for a thing opens no person's name.
    if n > 1 && patterns().run_breakers.contains(first) {
        return (Some(EntityKind::Organization), Evidence::Weak);
    }
    // `Douglas & Lomason`: no person's name holds an ampersand.
    if n > 1 && (start + 1..end).any(|k| word(k) == "&") {
        return (Some(EntityKind::Organization), Evidence::Strong);
    }
    // Pattern words; a numeral after the last word goes with it (`World War II`, `Super Bowl
    // XXX`).
    let head_last = if n > 2 && is_roman_numeral(last) {
        word(end - 1)
    } else {
        last
    };
    if n == 1 && patterns().event_names.contains(first)
        || n > 1 && patterns().event_last_words.contains(head_last)
        || n > 1 && patterns().event_first_words.contains(first)
    {
        return (Some(EntityKind::Event), Evidence::Strong);
    }
    if n > 1 {
        let place_head = patterns().place_prefixes.contains(first)
            || patterns().place_heads.contains(first) && word(start + 1) == "of";
        // `Pew Research Center`, `Baylor Medical Center`: a place word that names a body too,
        // after a word of what the body does.
        let institution =
            g.is_org_word(last) && patterns().institution_words.contains(word(end - 1));
        // `Kowloon East`, `New Territories West`: a compass word after a listed place or a
        // place word names a part of it (an electoral district, a quarter).
        let part_of_place = patterns().compass_words.contains(last) && last.len() > 2 && {
            let before_last = word(end - 1);
            g.is_place_word(before_last)
                || g.known(&join(text, &tokens[start..end]))
                    .is_some_and(|known| known.kind == EntityKind::Location)
        };
        if (g.is_place_word(last) && !institution)
            || place_head && !g.is_org_word(last)
            || part_of_place
        {
            return (Some(EntityKind::Location), Evidence::Strong);
        }
        // `Center for American Progress`, `Council on Foreign Relations`.
        let org_head = patterns().org_heads.contains(first)
            && matches!(word(start + 1), "of" | "for" | "on" | "to");
        // `Senate Republicans`, `House Democrats`: a party's members in a body are a group,
        // no person's name.
        let party_members = last.ends_with('s')
            && g.known(last)
                .is_some_and(|known| known.kind == EntityKind::Organization);
        // `Minera Atacama Sur`, `Banco Santander`.
        let org_first = patterns().org_first_words.contains(first);
        if g.is_org_word(last) || org_head || party_members || org_first {
            return (Some(EntityKind::Organization), Evidence::Strong);
        }
    }
    // Hyphenated names of listed parts with a pattern word: `Russia-NATO Council` is handled
    // above; `Russia-NATO` alone is a relation, not a thing.
    let next = tokens.get(end + 1).map(|t| t.text(text)).unwrap_or("");
    let next2 = tokens.get(end + 2).map(|t| t.text(text)).unwrap_or("");
    let before = if start > 0 {
        tokens[start - 1].text(text)
    } else {
        ""
    };
    let before2 = if start > 1 {
        tokens[start - 2].text(text)
    } else {
        ""
    };
    // `in Mountain View, California.`: after `in` or `near`, a run followed by a listed
    // state or country that ends the clause is a town in it (not `to Sergey Shoigu, Russia's`).
    let town_of = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            g.known(t.text(text))
                .is_some_and(|known| known.kind == EntityKind::Location)
        }) && tokens
            .get(k + 1)
            .is_none_or(|t| matches!(t.text(text), "," | "." | ";" | ")"))
    };
    if matches!(before, "in" | "near" | "outside") && next == "," && town_of(end + 2) {
        return (Some(EntityKind::Location), Evidence::Strong);
    }
    // `Iqaluit, the capital of Nunavut`, `Moengo, a small town in Suriname`: an appositive
    // names the kind of place.
    if next == "," && appositive_place(text, tokens, end + 2) {
        return (Some(EntityKind::Location), Evidence::Strong);
    }
    // `Marieke, a Dutch tourist, said`: an appositive calls the name a person; not a
    // preposition's object (`in Zaandam, a Dutch tourist said`).
    if next == ","
        && (!is_function_word(before) || before == "and")
        && appositive_person(text, tokens, end + 2)
    {
        return (Some(EntityKind::Person), Evidence::Strong);
    }
    // `the town of Moengo`, `the capital Grozny`, `Jiangsu province`: the sentence names the
    // kind of place.
    if before == "of" && patterns().place_nouns_before.contains(before2)
        || patterns().place_nouns_just_before.contains(before) && !g.is_org_word(last)
        || patterns().place_nouns_after.contains(next)
            && !g.is_org_word(last)
            && !g.is_demonym(last)
    {
        return (Some(EntityKind::Location), Evidence::Strong);
    }
    // `shares of Klarna`, `Klarna's shares`, `Unison, the public sector union, said`, `Equinor
    // said its profit rose`: the sentence treats the name as a company or body (`said its`
    // only for one word that is no given name: `Smith said its` may mean another).
    let of_company = before == "of"
        && patterns()
            .org_nouns_before_of
            .contains(&before2.to_lowercase());
    let possessed = tokens
        .get(end + 1)
        .is_some_and(|t| t.kind == TokenKind::Possessive);
    // `Codelco said on Wednesday its output fell`, `said Tuesday its`: a weekday between.
    let word_at = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let weekday = |w: &str| {
        crate::lexicon::WEEKDAYS
            .iter()
            .any(|day| day.eq_ignore_ascii_case(w))
    };
    let its_after_verb = next2 == "its"
        || weekday(next2) && word_at(end + 3) == "its"
        || next2 == "on" && weekday(word_at(end + 3)) && word_at(end + 4) == "its";
    let said_its = n == 1 && g.is_speech_verb(next) && its_after_verb && !g.is_given_name(first);
    // `HuffPost's Sam Stein`: one word owning a person named in full is where the person works
    // (a listed place is told above; a person named in full elsewhere is decided later).
    let employer = n == 1
        && possessed
        && !g.is_given_name(first)
        && g.is_given_name(next2)
        && tokens
            .get(end + 3)
            .is_some_and(|t| t.space_before && is_capitalised(t.text(text)));
    // `The mine's operator, Atacama Sur, said`: a company's role in apposition.
    let company_role = before == ","
        && patterns().company_role_nouns.contains(before2)
        && matches!(next, "," | "." | "");
    if of_company
        || company_role
        || employer
        || possessed && patterns().org_nouns_after.contains(next2)
        || said_its
        || next == "," && appositive_body(text, tokens, end + 2)
    {
        return (Some(EntityKind::Organization), Evidence::Strong);
    }
    // `the MP for Bristol West`: a member's seat is a place.
    if before == "for" && patterns().constituency_titles.contains(before2) {
        return (Some(EntityKind::Location), Evidence::Strong);
    }
    // `news agency Tanjug`, `the daily Granma`, `Comelf shares`: the sentence names the kind
    // of body.
    // `banks Fjordbank and Baltisk Sparebank`: the noun in the plural; `Oslo-based Fjordbank`:
    // the tail of a compound adjective. Not before a person's name (`publishers Jann Wenner`)
    // or a nationality (`Florida-based Republican strategist`).
    let no_person = !g.is_given_name(first) && !g.is_demonym(last);
    let plural_kind = before
        .strip_suffix('s')
        .is_some_and(|noun| patterns().org_nouns_before.contains(noun));
    let adjective_kind = before
        .rsplit_once('-')
        .is_some_and(|(_, tail)| patterns().org_adjective_tails.contains(tail));
    if patterns().org_nouns_before.contains(before)
        || (plural_kind || adjective_kind) && no_person
        || patterns().org_nouns_after.contains(next) && !g.is_demonym(last)
    {
        return (Some(EntityKind::Organization), Evidence::Strong);
    }
    // `veteran dissident Wang Donghai`, `president Suharto`: the sentence calls it a person.
    if n <= 3 && g.is_person_noun(before) && !g.is_org_word(last) {
        return (Some(EntityKind::Person), Evidence::Strong);
    }
    // Persons: initials, given names, speech verbs, honorific particles.
    if n > 1 && is_initial(first) && !is_initial(last) && g.known(first).is_none() {
        return (Some(EntityKind::Person), Evidence::Strong);
    }
    // `the Texas Rangers`, `the China Daily`: a given name that is also a place, after `the`,
    // opens a team or a paper, not a person.
    let place_after_the = before == "the"
        && g.known(first)
            .is_some_and(|k| k.kind == EntityKind::Location);
    // `Andy Warhol Foundation for the Visual Arts`: an organisation word anywhere past the
    // given name.
    let org_inside = n > 2 && (start + 1..end).any(|k| g.is_org_word(word(k)));
    if org_inside && g.is_given_name(first) {
        return (Some(EntityKind::Organization), Evidence::Strong);
    }
    // `the Velvet Underground.`, `the Sun Sentinel`: after `the`, a given name opens a band, a
    // group or a paper; a person's name takes no article unless it modifies a noun after it
    // (`the Tom Cruise video`).
    let next_is_noun = tokens
        .get(end + 1)
        .is_some_and(|t| t.text(text).starts_with(|c: char| c.is_lowercase()));
    let group_after_the = before.eq_ignore_ascii_case("the") && !next_is_noun;
    let place_at = |a: usize, b: usize| {
        g.known(&join(text, &tokens[a..=b]))
            .is_some_and(|k| k.kind == EntityKind::Location)
    };
    // `West Antarctica`, `South East Asia`: compass words before a listed place, though
    // `West` is a given name.
    let compass_before_place = n > 1
        && patterns().compass_words.contains(first)
        && (start + 1..=end).any(|k| {
            (start..k).all(|m| patterns().compass_words.contains(word(m))) && place_at(k, end)
        });
    if compass_before_place {
        return (Some(EntityKind::Location), Evidence::Strong);
    }
    // `the Ghent Gators`, `the Rolling Stones`: after `the`, names ending in a plural are a
    // team or a band; a person's name takes no article (places ending so were told above).
    let plural_last = last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("us")
        && !last.ends_with("is")
        && !last.ends_with('\'');
    // Not before a noun it modifies (`the Silver Clouds installation`) outside sports (a
    // document or a line with a score: `the Ghent Gators beat Antwerp 91-88`); nor
    // a given name and a plural surname (`the Barry Bennetts of this world`).
    let plural_surname = n == 2
        && g.is_given_name(first)
        && g.known(first).is_none()
        && last.strip_suffix('s').is_some_and(|one| !g.is_common(one));
    if n > 1
        && before.eq_ignore_ascii_case("the")
        && plural_last
        && !g.is_demonym(last)
        && !plural_surname
    {
        // A score in the line makes it sure.
        if tokens.iter().any(|t| t.is_score(text)) {
            return (Some(EntityKind::Organization), Evidence::Strong);
        }
        // `the Harbour Pilots said`: a body speaks.
        if sports || !next_is_noun || g.is_speech_verb(next) {
            return (Some(EntityKind::Organization), Evidence::Weak);
        }
    }
    if n > 1
        && g.is_given_name(first)
        && !g.is_org_word(last)
        && !g.is_place_word(last)
        && !place_after_the
        && !group_after_the
        && !org_inside
    {
        return (Some(EntityKind::Person), Evidence::Strong);
    }
    // A listed place and more: `Kansas City Royals`, `Dynamo Moscow`, `London Newsroom`. Not
    // a place's name and one uncommon word before `said` (`Amol Shinde said`: a person whose
    // given name is a town too).
    let speaks = g.is_speech_verb(next) || next == "," && g.is_speech_verb(next2);
    let named_like_town = n == 2
        && speaks
        && !g.is_common(last)
        && !last.ends_with('s')
        && !g.is_org_word(last)
        && g.known(last).is_none();
    if n > 1 && !g.is_place_word(last) && !named_like_town {
        // A listed place that ends the run, or one that opens it.
        if (start + 1..=end).any(|k| place_at(k, end)) || (start..end).any(|k| place_at(start, k)) {
            return (Some(EntityKind::Organization), Evidence::Weak);
        }
    }

    if n > 1 && (start + 1..end).any(|k| NAME_PARTICLES.contains(&word(k))) {
        return (Some(EntityKind::Person), Evidence::Weak);
    }
    // `Northern Powergrid`, `Western Union`: a compass word opens no person's name (listed
    // places were told above).
    // After `in` or `near` it is a region (`a farm in North Brabant`).
    if n > 1 && patterns().compass_words.contains(first) && !g.is_given_name(word(start + 1)) {
        let kind = if matches!(before, "in" | "near") {
            EntityKind::Location
        } else {
            EntityKind::Organization
        };
        return (Some(kind), Evidence::Weak);
    }
    // `the Church said`: a body, not a person.
    if n == 1
        && before.eq_ignore_ascii_case("the")
        && g.is_speech_verb(next)
        && !g.is_demonym(first)
    {
        return (Some(EntityKind::Organization), Evidence::Weak);
    }
    // A common word before `said` is no name (`Officials said`), but a given name right
    // before it is (`Bob said`, `Mark said`).
    // `"It's a disaster," Green said.`: a common word capitalised right after a quotation
    // and before its speech verb that ends the clause is a surname (not `Officials`, `Police`,
    // a place, a month or a role).
    let closing_quote = |w: &str| matches!(w, "\"" | "”" | "'" | "’" | "»");
    let clause_ends_at =
        |w: &str| w.is_empty() || w.starts_with(|c: char| c.is_ascii_punctuation());
    let surname_after_quote = n == 1
        && closing_quote(before)
        && matches!(before2, "," | "?" | "!")
        && g.is_speech_verb(next)
        && clause_ends_at(next2)
        && !first.ends_with('s')
        && !is_function_word(first)
        && !g.is_org_word(first)
        && !g.is_place_word(first)
        && !g.is_title(first)
        && !g.is_person_noun(&first.to_lowercase())
        && g.known(first).is_none()
        && super::numbers::month_number(first).is_none();
    let given_speaks = (g.is_given_name(first) || surname_after_quote) && g.is_speech_verb(next);
    // `an analyst at Nordic Capital, said`: a preposition's object is not who speaks.
    // Nor one after `the`: `representing the Centre, said` (people take no article).
    let object_of_preposition = matches!(before, "at" | "of" | "for" | "from" | "with" | "in")
        || n == 1 && before.eq_ignore_ascii_case("the");
    // `Zorvex said in a statement`: bodies speak in statements, releases and filings as often
    // as people do, so such a verb tells no person.
    let in_statement = g.is_speech_verb(next) && {
        let at = |k: usize| tokens.get(end + k).map_or("", |t| t.text(text));
        at(2) == "in"
            && (3..6)
                .take_while(|&k| at(k).starts_with(char::is_lowercase))
                .any(|k| patterns().statement_nouns.contains(at(k)))
    };
    if in_statement && !given_speaks {
        if n == 1 && !g.is_common(first) && !g.is_demonym(first) && !object_of_preposition {
            return (Some(EntityKind::Organization), Evidence::Weak);
        }
    } else if (g.is_speech_verb(next) || (next == "," && g.is_speech_verb(next2)))
        && !(n == 1 && (g.is_common(first) && !given_speaks || g.is_demonym(first)))
        && !object_of_preposition
    {
        // `Scientology said`: a faith that speaks is its body, no person.
        if (is_all_caps(last) || is_field(last)) && n == 1 {
            return (Some(EntityKind::Organization), Evidence::Weak);
        }
        // `The American Federation of Government Employees said`: a body's word joined by
        // `of` is no person's name.
        let body_of = (start + 1..end).any(|k| word(k) == "of")
            && (start..end).any(|k| g.is_org_word(word(k)) && !g.is_title(word(k)));
        if body_of {
            return (Some(EntityKind::Organization), Evidence::Strong);
        }
        // One word before `said` may be a company (`Comelf said`): the document decides.
        let evidence = if n == 1 {
            Evidence::Weak
        } else {
            Evidence::Strong
        };
        return (Some(EntityKind::Person), evidence);
    }
    // `"...," said Varga.`: the one named right after a speech verb, ending the clause,
    // speaks (`said the Kremlin` is weighed like `the Church said` above).
    // Not after a verb whose object follows it (`he told Reuters.`).
    // Not before a possessive: `said Leinster's forwards had won` names no speaker.
    let clause_ends =
        !possessed && (next.is_empty() || next.starts_with(|c: char| c.is_ascii_punctuation()));
    // `"Why?" asked Visser.`: right after a quotation, `asked` has no object before its
    // speaker.
    let asked_after_quote =
        matches!(before, "asked" | "asks") && closing_quote(before2) && start >= 3 && {
            let mark = tokens[start - 3].text(text);
            matches!(mark, "," | "?" | "!")
        };
    let inverted = g.is_speech_verb(before)
        && (![
            "told", "tells", "tell", "asked", "asks", "ask", "urged", "informed",
        ]
        .contains(&before.to_lowercase().as_str())
            || asked_after_quote);
    if inverted && clause_ends && !(n == 1 && g.is_common(first)) {
        let kind = if n == 1 && is_all_caps(last) {
            EntityKind::Organization // `said KCNA`
        } else {
            EntityKind::Person
        };
        return (Some(kind), Evidence::Weak);
    }
    if before == "to" && before2 == "according" && n > 1 {
        return (Some(EntityKind::Person), Evidence::Weak);
    }
    // Scorecards: `c Vaas b Muralitharan`, `st Kaluwitharana`.
    if n == 1 && matches!(before, "b" | "c" | "st" | "lbw") {
        return (Some(EntityKind::Person), Evidence::Strong);
    }
    if n == 1 && g.is_demonym(first) {
        return (Some(EntityKind::Nationality), Evidence::Strong);
    }
    // `Chelsea manager Ruud Gullit`, `Surrey captain`, `Capital Economics economist Paul
    // Dales`: a team or body before a role, whatever
    // its ending tells (`Bernstein analyst`).
    if (n == 1 || n <= 3 && !g.is_given_name(first))
        && patterns().roles_of_members.contains(next)
        && tokens
            .get(end + 2)
            .is_some_and(|t| is_capitalised(t.text(text)))
    {
        return (Some(EntityKind::Organization), Evidence::Weak);
    }
    if n == 1 {
        if let Some(kind) = kind_by_ending(first) {
            return (Some(kind), Evidence::Weak);
        }
    }
    // `Duran, 45, takes on`: an age after a name.
    if next == ","
        && tokens.get(end + 3).is_some_and(|t| t.text(text) == ",")
        && number_between(tokens.get(end + 2).map_or("", |t| t.text(text)), 15, 105)
    {
        return (Some(EntityKind::Person), Evidence::Strong);
    }
    if sports && !is_initial(first) {
        // `Arsenal 3-1 Chelsea`, `beat Chelsea 3-1`: beside a score, a team whatever else the
        // word may be (a given name).
        let score = |t: Option<&Token>| t.is_some_and(|t| t.is_score(text));
        // A score before the name only between two names (not the days of `June 5-9 First
        // test`).
        let team_before = start >= 2 && {
            let w = word(start - 2);
            tokens[start - 2].kind == TokenKind::Word
                && is_capitalised(w)
                && !crate::lexicon::MONTHS
                    .iter()
                    .any(|m| m.eq_ignore_ascii_case(w))
        };
        if score(tokens.get(end + 1)) || team_before && score(tokens.get(start - 1)) {
            return (Some(EntityKind::Organization), Evidence::Strong);
        }
        // Sports tables: `Glamorgan 259 and 207`, `Benetton (Italy) 92`; venues: `Hove: Sussex 363`.
        let mut after = end + 1;
        if n == 1 && tokens.get(after).is_some_and(|t| t.text(text) == "(") {
            while after < tokens.len() && after < end + 6 && tokens[after].text(text) != ")" {
                after += 1;
            }
            after += 1;
        }
        if tokens
            .get(after)
            .is_some_and(|t| t.kind == TokenKind::Number)
        {
            return (Some(EntityKind::Organization), Evidence::Weak);
        }
        if next == ":" && start == 0 {
            return (Some(EntityKind::Location), Evidence::Weak);
        }
    }
    // `analysts at Nomura`, `an analyst at Morningstar`: where people work is a body.
    let person_noun = |w: &str| {
        let w = w.to_lowercase();
        g.is_person_noun(&w) || w.strip_suffix('s').is_some_and(|one| g.is_person_noun(one))
    };
    // `an economist at Polityka Insight`, `chief economist at the Harbour Institute`.
    let at_the = before == "the" && before2 == "at" && start >= 3 && person_noun(word(start - 3));
    if n <= 3 && (before == "at" && person_noun(before2) || at_the) {
        return (Some(EntityKind::Organization), Evidence::Weak);
    }
    // `buys chips from Foxconn`: after a verb of buying, `from` names the supplier.
    let bought_from = before == "from"
        && (start.saturating_sub(6)..start - 1)
            .any(|k| patterns().purchase_verbs.contains(&word(k).to_lowercase()));
    if n == 1 && bought_from {
        return (Some(EntityKind::Organization), Evidence::Weak);
    }
    // `in Grimsby and Wrexham`, `in Hull, Leeds or Corby`: a name joined to one after a place's
    // preposition is a place too.
    if n == 1 && matches!(before, "and" | "or") && coordinated_place(text, tokens, start - 1) {
        return (Some(EntityKind::Location), Evidence::Weak);
    }
    // An acronym of three letters or more is no place by `from` alone (`from SMIC`; `from FL`
    // is): the document decides.
    let acronym_from = before == "from" && is_all_caps(first) && first.len() >= 3;
    // `in Scientology`, `from Egyptology`: a field or a faith is no place.
    if n == 1
        && PLACE_PREPOSITIONS.contains(&before)
        && !is_abstract_noun(first)
        && !acronym_from
        && !is_field(first)
    {
        return (Some(EntityKind::Location), Evidence::Weak);
    }
    // `Daniel was picked up`: a given name alone; not one that names a body (`Navy`).
    if n == 1 && g.is_given_name(first) && !g.is_common(first) && !g.is_org_word(first) {
        return (Some(EntityKind::Person), Evidence::Weak);
    }
    if n == 1 && is_all_caps(first) && first.len() <= 6 {
        return (Some(EntityKind::Organization), Evidence::Weak);
    }
    // `Song Tao`, `Moon Jae-in`: a family name written first, then given names that are no
    // common, place or organisation words.
    let family_first = (2..=3).contains(&n)
        && !group_after_the
        && surnames_first().contains(first)
        && (start + 1..=end).all(|k| {
            let w = word(k);
            !g.is_common(w)
                && !g.is_org_word(w)
                && !g.is_place_word(w)
                && !g.is_title(w)
                && g.known(w).is_none()
        });
    if family_first {
        return (Some(EntityKind::Person), Evidence::Strong);
    }
    (None, Evidence::None)
}

#[allow(clippy::too_many_arguments)]
/// A nationality told by its demonym: `Russian` of `Russian Defense Minister`.
fn nationality(tokens: &[Token], first: usize, last: usize, casing: Casing) -> Candidate {
    candidate(
        tokens,
        first,
        last,
        Some(EntityKind::Nationality),
        Evidence::Strong,
        casing,
    )
}

/// A candidate over tokens `[first, last]`, in no gazetteer group and no country.
/// A run that is surely an organisation: `Health Canada`, `Canadian Red Cross`.
fn body(tokens: &[Token], first: usize, last: usize, casing: Casing) -> Candidate {
    let kind = Some(EntityKind::Organization);
    candidate(tokens, first, last, kind, Evidence::Strong, casing)
}

fn candidate(
    tokens: &[Token],
    first: usize,
    last: usize,
    kind: Option<EntityKind>,
    evidence: Evidence,
    casing: Casing,
) -> Candidate {
    Candidate {
        span: Span::new(tokens[first].span.start, tokens[last].span.end),
        first,
        last,
        kind,
        evidence,
        title: None,
        group: None,
        country: false,
        casing,
        opener: false,
        work: false,
    }
}

/// The words of `tokens` joined by single spaces (hyphens and slashes kept as written).
/// Borrowed from the text when it already reads so, as it nearly always does.
pub(crate) fn join<'t>(text: &'t str, tokens: &[Token]) -> Cow<'t, str> {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return Cow::Borrowed("");
    };
    let single_spaced = tokens.windows(2).all(|pair| {
        let gap = Span::new(pair[0].span.end, pair[1].span.start).text(text);
        gap == if pair[1].space_before { " " } else { "" }
    });
    if single_spaced {
        return Cow::Borrowed(Span::new(first.span.start, last.span.end).text(text));
    }
    let mut s = String::new();
    for (k, t) in tokens.iter().enumerate() {
        if k > 0 && t.space_before {
            s.push(' ');
        }
        s.push_str(t.text(text));
    }
    Cow::Owned(s)
}

/// What a lookup tells of a string: its kind, organisation alias group, and whether it is a
/// country.
pub(crate) type Listed = (EntityKind, Option<usize>, bool);

/// Names in a line set in capitals (`LEICESTERSHIRE TAKE OVER`), where only the lists and the
/// rest of the document can tell a name: the longest runs of words that `lookup` knows.
pub(crate) fn caps_candidates(
    text: &str,
    tokens: &[Token],
    lookup: &dyn Fn(&str) -> Option<Listed>,
    out: &mut Vec<Candidate>,
) {
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].kind != TokenKind::Word {
            i += 1;
            continue;
        }
        // The longest phrase of up to five words starting here that is known.
        let mut found = None;
        let mut j = i;
        while j < tokens.len() && j < i + 5 && tokens[j].kind == TokenKind::Word {
            if let Some(hit) = lookup(&join(text, &tokens[i..=j])) {
                found = Some((j, hit));
            }
            j += 1;
        }
        match found {
            Some((j, (kind, group, country))) => {
                let mut c = Candidate {
                    group,
                    country,
                    ..candidate(tokens, i, j, Some(kind), Evidence::Strong, Casing::Caps)
                };
                c.casing = Casing::Caps;
                out.push(c);
                i = j + 1;
            }
            None => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn camel_case_words_are_no_persons() {
        for w in ["NovaTerra", "BlackRock", "PayPal", "YouTube", "GiveWell"] {
            assert!(is_camel_case(w), "{w}");
        }
        for w in [
            "McCain",
            "DeSantis",
            "LaToya",
            "MacArthur",
            "FitzGerald",
            "NATO",
            "Smith",
        ] {
            assert!(!is_camel_case(w), "{w}");
        }
    }

    fn names(s: &str) -> Vec<(String, Option<EntityKind>, Option<String>)> {
        let mut tokens = Vec::new();
        tokenize(s, Span::new(0, s.len()), &mut tokens);
        let mut out = Vec::new();
        candidates(s, &tokens, casing(s, &tokens), false, &mut out);
        out.into_iter()
            .filter(|c| !c.opener)
            .map(|c| {
                (
                    c.span.text(s).to_string(),
                    c.kind,
                    c.title.map(|t| t.text(s).to_string()),
                )
            })
            .collect()
    }

    /// The kind the candidate named `name` gets in `s`.
    fn kind_of(s: &str, name: &str) -> Option<EntityKind> {
        names(s).into_iter().find(|c| c.0 == name).and_then(|c| c.1)
    }

    /// Asserts the kind of each `(text, name, kind)`.
    fn assert_kinds(cases: &[(&str, &str, EntityKind)]) {
        for &(s, name, kind) in cases {
            assert_eq!(kind_of(s, name), Some(kind), "{name} in {s:?}");
        }
    }

    #[test]
    fn runs_are_cut_to_the_name() {
        use EntityKind::*;
        let got = names(
            "The Russia-NATO Council met, Russian Defense Minister Sergey Shoigu told the Kremlin.",
        );
        assert_eq!(
            got[0],
            ("Russia-NATO Council".into(), Some(Organization), None)
        );
        assert_eq!(got[1], ("Russian".into(), Some(Nationality), None));
        assert_eq!(
            got[2],
            (
                "Sergey Shoigu".into(),
                Some(Person),
                Some("Russian Defense Minister".into())
            )
        );
        assert_eq!(got[3], ("Kremlin".into(), Some(Organization), None));
        let got = names("Trailing by 213, Somerset got a start in Leeds.");
        assert_eq!(got[0].0, "Somerset");
        assert_eq!(got[1], ("Leeds".into(), Some(Location), None));
        let got = names("Talks between Britain and France and the Ministry of Defence.");
        let texts: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(texts, ["Britain", "France", "Ministry of Defence"]);
    }

    #[test]
    fn the_one_named_after_said_speaks() {
        use EntityKind::*;
        assert_eq!(
            kind_of("\"We are ready,\" said Varga.", "Varga"),
            Some(Person)
        );
        assert_eq!(
            kind_of("The fares will rise, added Varga, a councillor.", "Varga"),
            Some(Person)
        );
        assert_eq!(
            kind_of("\"They fired first,\" said KCNA.", "KCNA"),
            Some(Organization)
        );
        // The one told is no speaker.
        assert_ne!(
            kind_of("The fares will rise, he told Brisgate.", "Brisgate"),
            Some(Person)
        );
    }

    #[test]
    fn the_sentence_names_the_kind_of_place() {
        use EntityKind::*;
        let floods = "Floods hit Quenshire province and the Tavrek mountains.";
        assert_kinds(&[
            (
                "Troops entered the mining town of Kelvarra after a night of shelling.",
                "Kelvarra",
                Location,
            ),
            (
                "Rebels withdrew from the capital Dunmarrow on Tuesday.",
                "Dunmarrow",
                Location,
            ),
            (floods, "Quenshire", Location),
            (floods, "Tavrek", Location),
            // A town before its state, and a listed place after compass words.
            (
                "The firm opened an office in Larkspur Glen, California, last year.",
                "Larkspur Glen",
                Location,
            ),
            ("Storms swept South East Asia.", "South East Asia", Location),
            (
                "Floods swelled the river Tavona overnight.",
                "Tavona",
                Location,
            ),
            // A nationality before a place noun stays a nationality.
            (
                "He was born in a small Polish town near the border.",
                "Polish",
                Nationality,
            ),
        ]);
    }

    #[test]
    fn a_weekday_ends_a_name() {
        let got = names("Later the Harbour Trust Board on Friday rejected the offer.");
        assert_eq!(got[0].0, "Harbour Trust Board");
        let got = names("He told Radio Kestrel Monday that talks had failed.");
        assert_eq!(got[0].0, "Radio Kestrel");
    }

    #[test]
    fn a_title_inside_a_run_parts_the_body_from_the_person() {
        use EntityKind::*;
        let got = names("The talks ended, Coastal Shipping Board Chairman Arlen Voss said.");
        let texts: Vec<(&str, Option<EntityKind>)> =
            got.iter().map(|c| (c.0.as_str(), c.1)).collect();
        assert_eq!(
            texts,
            [
                ("Coastal Shipping Board", Some(Organization)),
                ("Arlen Voss", Some(Person))
            ]
        );
        let got = names("The report was read out by Lieutenant-Colonel Mara Quill in the hall.");
        assert_eq!(got[0].0, "Mara Quill");
        assert_eq!(got[0].2.as_deref(), Some("Lieutenant-Colonel"));
    }

    #[test]
    fn a_body_then_a_person_in_one_run_part() {
        use EntityKind::*;
        let kinds = |s: &str| -> Vec<(String, Option<EntityKind>)> {
            names(s).into_iter().map(|c| (c.0, c.1)).collect()
        };
        let pair =
            |a: &str, ka, b: &str, kb| vec![(a.to_string(), Some(ka)), (b.to_string(), Some(kb))];
        assert_eq!(
            kinds("A spokeswoman at Coastal Shipping Corporation Jane Dorsey said no."),
            pair(
                "Coastal Shipping Corporation",
                Organization,
                "Jane Dorsey",
                Person
            )
        );
        // An unlisted given name follows a listed country.
        assert_eq!(
            kinds("The Ambassador to the United States Hamdullah Mohib said no."),
            pair("United States", Location, "Hamdullah Mohib", Person)
        );
        // A given name that is also a listed place opens the person's own name, and a firm
        // named for two men is listed as one.
        assert_eq!(kinds("Mary Joe Fernandez won.")[0].0, "Mary Joe Fernandez");
        assert_eq!(
            kinds("Morgan Stanley Dean Witter rose.")[1].0,
            "Dean Witter"
        );
    }

    #[test]
    fn a_place_named_team_or_paper_after_the_is_no_person() {
        use EntityKind::*;
        // `Houston` is a given name too; after `the` it opens a team.
        let s = "A late goal gave the Houston Comets a narrow win.";
        assert_ne!(kind_of(s, "Houston Comets"), Some(Person));
        let s = "Two days later Houston Whitfield signed for the club.";
        assert_eq!(kind_of(s, "Houston Whitfield"), Some(Person));
        let s = "The gift came from the Doris Calder Fund for the Performing Arts last year.";
        assert_eq!(
            kind_of(s, "Doris Calder Fund for the Performing Arts"),
            Some(Organization)
        );
    }

    #[test]
    fn english_names_of_cities_are_places() {
        use EntityKind::*;
        assert_kinds(&[
            ("Geneva hosted the talks on Monday.", "Geneva", Location),
            (
                "Officials flew on to Cologne and Antwerp.",
                "Antwerp",
                Location,
            ),
        ]);
    }

    #[test]
    fn the_sentence_names_the_kind_of_body() {
        use EntityKind::*;
        assert_kinds(&[
            (
                "The state news agency Pelmar reported the arrests.",
                "Pelmar",
                Organization,
            ),
            (
                "The Scottish Parliament voted on the bill.",
                "Scottish Parliament",
                Organization,
            ),
            (
                "The farmers' association Verdenza said yields fell.",
                "Verdenza",
                Organization,
            ),
            (
                "He was loaned to first division club Brackwater for a year.",
                "Brackwater",
                Organization,
            ),
            (
                "Trading in Orvane shares was halted.",
                "Orvane",
                Organization,
            ),
            // A nationality before `newspaper` stays a nationality.
            (
                "A Danish newspaper printed the letter.",
                "Danish",
                Nationality,
            ),
        ]);
    }

    #[test]
    fn compound_adjectives_and_nationalities() {
        use EntityKind::*;
        // `New York-based` is no mention of a body; the bank after it is.
        let got = names("He sold it to New York-based Harlan Trust Bank last year.");
        let texts: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(texts, ["Harlan Trust Bank"]);
        let got = names("The aid went to Moscow-backed forces.");
        assert!(got.is_empty(), "{got:?}");
        // A hyphenated given name is no adjective.
        let got = names("The seat went to Lam Cheuk-ting on Monday.");
        assert_eq!(got[0].0, "Lam Cheuk-ting");
        let got = names("Talks with Bosnian Serbs and South African officials resumed.");
        assert_eq!(got[0], ("Bosnian Serbs".into(), Some(Nationality), None));
        assert_eq!(got[1], ("South African".into(), Some(Nationality), None));
    }

    #[test]
    fn firms_by_ampersand_and_legal_form() {
        use EntityKind::*;
        let got = names("Shares of Marlow & Finch rose after the merger.");
        assert_eq!(got[0], ("Marlow & Finch".into(), Some(Organization), None));
        let got = names("It bought Tessaro Pumps Inc of Springfield for cash.");
        let texts: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(texts, ["Tessaro Pumps Inc", "Springfield"]);
        let got = names("Output fell at Red Hill Mining of Australia Ltd in May.");
        assert_eq!(got[0].0, "Red Hill Mining of Australia Ltd");
    }

    #[test]
    fn may_is_a_month_where_a_date_reads_so() {
        let got = names("Talks start on May 13 and end in May, Aug 28 at the latest.");
        assert!(got.is_empty(), "{got:?}");
        let got = names("Later Theresa May said she agreed.");
        assert_eq!(got[0].0, "Theresa May");
    }

    #[test]
    fn the_sentence_names_a_person() {
        use EntityKind::*;
        let got = names("Police detained veteran dissident Tao Renlan on Friday.");
        assert_eq!(got[0], ("Tao Renlan".into(), Some(Person), None));
        let got = names("The letter was sent to president Okorafor last week.");
        let title = Some("president".into());
        assert_eq!(got[0], ("Okorafor".into(), Some(Person), title));
    }

    #[test]
    fn a_portfolio_belongs_to_the_title() {
        use EntityKind::*;
        let got = names("Chinese Commerce Minister Wang Wentao said on Friday.");
        assert_eq!(got[1].0, "Wang Wentao");
        let got = names("Then Foreign Affairs Minister Penny Wong spoke.");
        assert_eq!(got[0].0, "Penny Wong");
        let got = names("It was U.S. Secretary of Commerce Howard Lutnick who spoke.");
        let title = Some("U.S. Secretary of Commerce".to_string());
        assert_eq!(got[0], ("U.S.".into(), Some(Location), None));
        assert_eq!(got[1], ("Howard Lutnick".into(), Some(Person), title));
        let got = names("Then Work and Pensions Secretary Liz Kendall spoke.");
        assert_eq!(got[0].0, "Liz Kendall");
        let got = names("He met the Minister for Housing Matthew Pennycook there.");
        assert_eq!(got[0].0, "Matthew Pennycook");
    }

    #[test]
    fn every_pattern_list_has_entries() {
        let p = patterns();
        let lists = [
            &p.run_breakers,
            &p.honorifics,
            &p.roles_of_members,
            &p.place_nouns_before,
            &p.place_nouns_just_before,
            &p.place_nouns_after,
            &p.org_nouns_before,
            &p.org_adjective_tails,
            &p.org_nouns_after,
            &p.org_nouns_before_of,
            &p.purchase_verbs,
            &p.constituency_titles,
            &p.kin_nouns,
            &p.compass_words,
            &p.legal_forms,
            &p.surname_pattern_words,
            &p.event_last_words,
            &p.event_first_words,
            &p.event_names,
            &p.org_heads,
            &p.place_heads,
            &p.place_prefixes,
            &p.person_endings,
            &p.place_endings,
            &p.title_qualifiers,
            &p.possessive_name_words,
            &p.portfolio_heads,
            &p.inner_capital_words,
            &p.noun_acronyms,
            &p.prepositions_with_to,
            &p.appositive_person_nouns,
            &p.name_final_places,
        ];
        assert!(lists.iter().all(|list| !list.is_empty()));
    }

    #[test]
    fn a_listed_event_name_alone_is_an_event() {
        assert_kinds(&[(
            "Two million pilgrims performed the Hajj this year.",
            "Hajj",
            EntityKind::Event,
        )]);
    }

    #[test]
    fn buildings_are_places() {
        use EntityKind::*;
        let got = names("The fire spread to the Lilac Creek Motel and the Harrow Art Centre.");
        assert_eq!(got[0], ("Lilac Creek Motel".into(), Some(Location), None));
        assert_eq!(got[1], ("Harrow Art Centre".into(), Some(Location), None));
    }

    #[test]
    fn titles_alone_name_no_one() {
        let got = names("He called the Secretary of State and the Deputy Prime Minister.");
        assert!(got.is_empty(), "{got:?}");
        let got = names("Voters backed the Labour Party in May.");
        assert_eq!(got[0].0, "Labour Party");
    }

    #[test]
    fn casing_of_lines() {
        let c = |s: &str| {
            let mut t = Vec::new();
            tokenize(s, Span::new(0, s.len()), &mut t);
            casing(s, &t)
        };
        assert_eq!(c("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP"), Casing::Caps);
        assert_eq!(c("Russian Defense Minister Sergey Shoigu"), Casing::Title);
        assert_eq!(
            c("Russian defense minister: Meeting of Russia-NATO Council"),
            Casing::Prose
        );
    }
}
