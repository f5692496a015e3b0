//! Name mentions -> entities: one per real-world thing, with the pronouns and nominals that
//! refer back to it.
//!
//! `Shoigu` joins the person whose full name ends in `Shoigu` (the nearest one before it, else
//! the first; `Mrs. Clinton` only a Clinton who may be a woman); `MOSCOW` joins `Moscow`;
//! aliases from the organisation list join (`North Atlantic Alliance` = `NATO`). `he`/`she` as
//! a subject joins the last person named before it whose sex, as a title or given name tells
//! it, does not say otherwise (`Mrs.`, `Mary`); `the minister` joins the last person with that
//! title; a lowercase title (`Russian defense minister` in a headline) joins the person who
//! bears it; `the alliance` joins `NATO`.

use std::collections::HashMap;

use super::gazetteer::Gazetteer;
use super::names::{is_consort_title, is_honorific_title, opens_sentence, Casing};
use super::tokens::TokenKind;
use super::{Entity, EntityKind, Found, Line, Mention, MentionForm, Sex};
use crate::span::{containing, Span};

/// What makes two name mentions one entity (with the kind): an organisation's alias group, else
/// the words in lowercase, single spaced (a date's value for dates).
#[derive(PartialEq, Eq, Hash)]
enum Key {
    Group(usize),
    Text(String),
}

impl Key {
    fn text(&self) -> Option<&str> {
        match self {
            Key::Text(t) => Some(t),
            Key::Group(_) => None,
        }
    }
}

/// True for a surname with its particles and no given name: `Van den Oever`, `de Gaulle`.
fn surname_with_particles(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 2
        && words[..words.len() - 1].iter().all(|w| {
            let particles = crate::lexicon::NAME_PARTICLES;
            // Irish patronymics: `Mac Donncha` after `Seán Mac Donncha`, `Ní Bhriain`.
            let irish = ["mac", "mhic", "nic", "ní", "ó", "uí", "ua"];
            let lower = w.to_lowercase();
            particles.contains(w) || particles.contains(&lower.as_str()) || irish.contains(&&*lower)
        })
}

/// A company's name without the legal form that ends it, which the same company often goes
/// without: `Halvorsen Energy ASA` is `Halvorsen Energy`, `Lear Corp.` is `Lear`.
fn without_legal_form(name: &str) -> &str {
    let mut rest = name;
    while let Some((before, last)) = rest.trim_end().rsplit_once(' ') {
        if !super::names::legal_forms().contains(last) {
            break;
        }
        rest = before.trim_end_matches(',');
    }
    rest
}

/// Acronyms the text spells out, each with its organisation's name: `the Rapid Support Forces
/// (RSF)` gives `RSF` -> `Rapid Support Forces`, when the letters fit the name
/// ([`stands_for`]).
fn acronyms_spelled_out<'t>(text: &'t str, found: &[Found]) -> HashMap<&'t str, &'t str> {
    let mut out = HashMap::new();
    for pair in found.windows(2) {
        let (name, acronym) = (&pair[0], &pair[1]);
        if name.kind != EntityKind::Organization || acronym.kind != EntityKind::Organization {
            continue;
        }
        if !in_brackets_after(text, name.span, acronym.span) {
            continue;
        }
        let short = acronym.span.text(text);
        let long = name.span.text(text);
        if stands_for(long, short) {
            out.insert(short, long);
        }
    }
    out
}

/// True when `short` stands right after `long` in brackets: `Rapid Support Forces (RSF)`.
pub(super) fn in_brackets_after(text: &str, long: Span, short: Span) -> bool {
    let between = text.get(long.end..short.start);
    let closed = text
        .get(short.end..)
        .is_some_and(|rest| rest.starts_with(')'));
    between == Some(" (") && closed
}

/// Whether the letters of `short` fit the name `long`, so that `long (short)` gives the name
/// and its short form. The letters must be the initials of the name's capitalised words
/// (`RSF`), with its function words or without (`BoE`), of its last words (`OCHA`), or hold
/// them in order (`Unicef`, `Ofcom`). A name translated into English may keep the short form
/// of its own language, whose word order differs: the same initials in another order
/// (`National Emergency Operations Centre (COEN)`, `Indonesian Democratic Party (PDI)`), or,
/// for a body's name of three words or more (`Authority`, `Agency` last), one capital for each
/// of its capitalised words (`Disaster and Emergency Management Authority (AFAD)`).
pub(super) fn stands_for(long: &str, short: &str) -> bool {
    if !(2..=8).contains(&short.chars().count()) {
        return false;
    }
    let initials: String = long
        .split_whitespace()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    // `Bank of England (BoE)`: the function words' initials too.
    let all_initials: String = long
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    let upper = short.to_uppercase();
    // `United Nations Office for the Coordination of Humanitarian Affairs (OCHA)`: the
    // initials of the name's last words, three letters or more.
    let tail = short.len() >= 3 && initials.ends_with(short);
    // `United Nations Children's Fund (Unicef)`, `Office of Communications (Ofcom)`: a
    // short form written as a word holds the initials in order, from its first letter.
    let mut letters = upper.chars();
    let within = initials.chars().next() == upper.chars().next()
        && initials.chars().all(|c| letters.any(|l| l == c));
    if initials == short || all_initials == short || tail || within {
        return true;
    }
    // The short form of the name in its own language: only capitals, three or more.
    let capitals = short.chars().all(|c| c.is_uppercase());
    if !capitals || short.chars().count() < 3 {
        return false;
    }
    let sorted = |s: &str| {
        let mut letters: Vec<char> = s.chars().collect();
        letters.sort_unstable();
        letters
    };
    if sorted(short) == sorted(&initials) {
        return true;
    }
    let g = Gazetteer::get();
    let body = long
        .split_whitespace()
        .last()
        .is_some_and(|last| g.is_org_word(last) && !g.is_place_word(last));
    body && initials.chars().count() >= 3 && initials.chars().count() == short.chars().count()
}

/// `s` in lowercase with its words single spaced: `Sergey  Shoigu` -> `sergey shoigu`.
fn folded(s: &str) -> String {
    let single_spaced = s
        .split(' ')
        .all(|w| !w.is_empty() && !w.contains(char::is_whitespace));
    if single_spaced {
        s.to_lowercase()
    } else {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    }
}

struct Draft {
    kind: EntityKind,
    value: Option<String>,
    names: Vec<(Span, usize)>,
    titles: Vec<String>,
    sex: SexEvidence,
    group: Option<usize>,
    mentions: Vec<Mention>,
}

/// What a person's titles, given names and own pronouns say of their sex: `[female, male]`.
#[derive(Default, Clone, Copy)]
struct SexEvidence {
    by_title: [bool; 2],
    by_name: [bool; 2],
    /// A one-word name that is a given name (`Marilyn`, `Jane`): counted only for a person
    /// never named in full, as a surname may be a given name too (`Chris Christie`).
    by_lone_name: [bool; 2],
    /// `Warren said she`: how often a pronoun of each sex follows the name and a speech verb.
    /// Counted by majority (`Trump said she` may mean someone else), after a title but before
    /// a given name, which tells only what most people so named are (`Shirley Smith said he`).
    by_own_pronoun: [u16; 2],
    named_in_full: bool,
}

impl SexEvidence {
    /// The evidence of one name mention: its title's words (`Mrs.`, `spokeswoman`) and its
    /// given name (`Mary Smith`, `Mary`).
    fn of(g: &Gazetteer, text: &str, found: &Found) -> SexEvidence {
        let mut evidence = SexEvidence::default();
        let slot = |sex: Sex| usize::from(sex == Sex::Male);
        if let Some(title) = found.title {
            for word in title.text(text).split_whitespace() {
                if let Some(sex) = g.sex_of_title_word(word) {
                    evidence.by_title[slot(sex)] = true;
                }
            }
        }
        let given = found
            .span
            .text(text)
            .split_whitespace()
            .next()
            .unwrap_or("");
        evidence.named_in_full = found.words >= 2;
        // `Graham said he`, `Graham said that he`; not `Ingram asked her`, whose pronoun is
        // someone else.
        let mut after = text[found.span.end..]
            .split_whitespace()
            .filter(|w| *w != "that");
        if let (Some(verb), Some(pronoun)) = (after.next(), after.next()) {
            let pronoun = pronoun.trim_end_matches(|c: char| !c.is_alphabetic());
            let subject = matches!(pronoun, "he" | "she");
            if let Some(sex) =
                Sex::of_pronoun(pronoun).filter(|_| subject && g.is_speech_verb(verb))
            {
                evidence.by_own_pronoun[slot(sex)] = 1;
            }
        }
        if let Some(sex) = g.sex_of_given_name(given) {
            if found.words >= 2 {
                evidence.by_name[slot(sex)] = true;
            } else {
                evidence.by_lone_name[slot(sex)] = true;
            }
        }
        evidence
    }

    /// The evidence without a one-word name's: what a surname alone may join by (`Clinton`
    /// joins Hillary Clinton though Clinton is a man's given name).
    fn without_lone_name(self) -> SexEvidence {
        SexEvidence {
            by_lone_name: [false; 2],
            by_own_pronoun: [0; 2],
            ..self
        }
    }

    fn add(&mut self, other: SexEvidence) {
        for k in 0..2 {
            self.by_title[k] |= other.by_title[k];
            self.by_name[k] |= other.by_name[k];
            self.by_lone_name[k] |= other.by_lone_name[k];
            self.by_own_pronoun[k] = self.by_own_pronoun[k].saturating_add(other.by_own_pronoun[k]);
        }
        self.named_in_full |= other.named_in_full;
    }

    /// One sex when the evidence tells one; a title outweighs the person's own pronouns after
    /// `said` (`Shirley Smith said he`), those a full name (`Mr. Shirley Smith`), that a
    /// one-word name, and evidence both ways tells none.
    fn sex(&self) -> Option<Sex> {
        let one = |seen: [bool; 2]| match seen {
            [true, false] => Some(Some(Sex::Female)),
            [false, true] => Some(Some(Sex::Male)),
            [true, true] => Some(None),
            [false, false] => None,
        };
        let [female, male] = self.by_own_pronoun;
        let by_pronoun = match female.cmp(&male) {
            std::cmp::Ordering::Greater => Some(Some(Sex::Female)),
            std::cmp::Ordering::Less => Some(Some(Sex::Male)),
            std::cmp::Ordering::Equal => None,
        };
        one(self.by_title)
            .or(by_pronoun)
            .or_else(|| one(self.by_name))
            .or_else(|| one(self.by_lone_name).filter(|_| !self.named_in_full))
            .flatten()
    }
}

/// What a surname's mentions tell of sex: the sexes titles give its surname-only mentions
/// (`Mr. Obama`), and where its first full name starts with the sex of that given name.
type SurnameSexes = ([bool; 2], Option<(usize, Option<Sex>)>);

/// Whether titles `a` and `b` tell two persons: one a spouse's (`First lady`), the other an
/// office's (`President`); honorifics (`Mr.`) clash with none.
fn role_clash(a: &str, b: &str) -> bool {
    let office = |t: &str| !is_honorific_title(t);
    office(a) && office(b) && is_consort_title(a) != is_consort_title(b)
}

/// Groups `found` (sorted by start, not overlapping) into entities ordered by first mention.
/// `quoted` holds the quotations' spans, in text order and not nested.
pub(crate) fn group(text: &str, lines: &[Line], found: Vec<Found>, quoted: &[Span]) -> Vec<Entity> {
    let g = Gazetteer::get();
    let mut drafts: Vec<Draft> = Vec::new();
    let mut by_key: HashMap<(EntityKind, Key), usize> = HashMap::new();
    // Persons with two or more words, by lowercase last word: (start, draft).
    let mut by_surname: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    // Persons with two or more words, by lowercase given name: the drafts.
    let mut by_given_name: HashMap<String, Vec<usize>> = HashMap::new();
    // Full names first, so a surname can find a full name that comes later (headlines), and
    // a company's full name before its short form (`Veltran` in the headline, `Veltran Corp`
    // in the story).
    let full_name = |f: &Found| match f.kind {
        EntityKind::Person => f.words >= 2 && !surname_with_particles(f.span.text(text)),
        EntityKind::Organization => {
            f.words >= 2 && super::names::lead_word(f.span.text(text)).is_some()
        }
        _ => false,
    };
    let full: Vec<bool> = found.iter().map(full_name).collect();
    let mut order: Vec<usize> = Vec::with_capacity(found.len());
    // `found` comes sorted by start: a stable partition keeps that order within each half.
    // Then a titled short name whose title clashes with that of every full name ending in its
    // surname, as it names a person of its own (`President Obama` beside `First lady Michelle
    // Obama`): before the bare names, so that a bare `Obama` finds it.
    let surname = |f: &Found| {
        f.span
            .text(text)
            .split_whitespace()
            .last()
            .map(str::to_lowercase)
    };
    let founds_own = |i: usize| {
        let f = &found[i];
        let Some(role) = f
            .title
            .map(|t| t.text(text))
            .filter(|_| f.kind == EntityKind::Person)
        else {
            return false;
        };
        let mut bearers = (0..found.len())
            .filter(|&j| full[j] && found[j].kind == EntityKind::Person)
            .filter(|&j| surname(&found[j]) == surname(f))
            .peekable();
        !full[i]
            && bearers.peek().is_some()
            && bearers.all(|j| {
                found[j]
                    .title
                    .is_some_and(|t| role_clash(t.text(text), role))
            })
    };
    // `President Obama` before `Michelle Obama` and beside `Mr. Obama`: an office holder
    // named by surname alone before any full name of it is not a relative first named later
    // whose given name tells one sex while a title tells the other for the surname. Its own
    // person, of that other sex. Per surname: the title sexes of surname-only mentions, and
    // the sex of the first full name's given name.
    let slot = |sex: Sex| usize::from(sex == Sex::Male);
    let mut surname_sexes: HashMap<String, SurnameSexes> = HashMap::new();
    for (j, f) in found.iter().enumerate() {
        if f.kind != EntityKind::Person {
            continue;
        }
        let Some(last) = surname(f) else { continue };
        if full[j] {
            let given = f.span.text(text).split_whitespace().next().unwrap_or("");
            let entry = surname_sexes.entry(last).or_default();
            entry
                .1
                .get_or_insert((f.span.start, g.sex_of_given_name(given)));
        } else if f.words == 1 {
            if let Some(title) = f.title {
                for word in title.text(text).split_whitespace() {
                    if let Some(sex) = g.sex_of_title_word(word) {
                        surname_sexes.entry(last.clone()).or_default().0[slot(sex)] = true;
                    }
                }
            }
        }
    }
    let own_sex: Vec<Option<Sex>> = found
        .iter()
        .map(|f| {
            let title = f.title.map(|t| t.text(text))?;
            let plain_office = f.kind == EntityKind::Person
                && f.words == 1
                && !is_honorific_title(title)
                && !is_consort_title(title)
                && title
                    .split_whitespace()
                    .all(|w| g.sex_of_title_word(w).is_none());
            if !plain_office {
                return None;
            }
            let (titled, first_full) = surname_sexes.get(&surname(f)?)?;
            let (start, bearer) = (*first_full)?;
            let other = match bearer? {
                Sex::Female => Sex::Male,
                Sex::Male => Sex::Female,
            };
            (start > f.span.start && titled[slot(other)]).then_some(other)
        })
        .collect();
    let rank = |i: usize| {
        u8::from(!full[i]) + u8::from(!full[i] && own_sex[i].is_none() && !founds_own(i))
    };
    order.extend(0..found.len());
    order.sort_by_key(|&i| (rank(i), found[i].span.start));
    let spelled_out = acronyms_spelled_out(text, &found);
    let mut owner = vec![usize::MAX; found.len()];
    // Organisations by the head word of a longer name, lowercase: `church` of `Church of
    // Scientology`, `university` of the University of Southern Indiana: (mention, draft) for
    // every mention by that longer name.
    let mut by_head: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    // Bodies by the word their name may be shortened to (`pirelli`, `newcastle` of Newcastle
    // United): the first named.
    let mut by_short_form: HashMap<String, usize> = HashMap::new();
    // Where each listed body is first named by a name of its own (not `Security Council`,
    // which several bodies share).
    let mut first_own_name: HashMap<usize, usize> = HashMap::new();
    for f in &found {
        if let Some(group) = f.group.filter(|_| f.kind == EntityKind::Organization) {
            if !g.is_shared_alias(f.span.text(text)) {
                first_own_name.entry(group).or_insert(f.span.start);
            }
        }
    }
    for &i in &order {
        let f = &found[i];
        let s = f.span.text(text);
        let key = match f.kind {
            // `$95m` and `$95 million` are one sum.
            EntityKind::Money if f.value.is_none() => {
                Key::Text(super::numbers::money_key(s).unwrap_or_else(|| folded(s)))
            }
            kind if kind.is_amount() => Key::Text(f.value.clone().unwrap_or_else(|| folded(s))),
            EntityKind::Organization => {
                // `RSF` after `the Rapid Support Forces (RSF)`: the name it stands for, and its
                // group, not the short form's own.
                let long = spelled_out.get(s).copied();
                // A shared short name is the listed body's only after its own name or its
                // parent's (`UN` of `UN Security Council`): Russia's `Security Council`
                // before either is another body.
                let named_before = |group: usize| {
                    first_own_name
                        .get(&group)
                        .is_some_and(|&start| start < f.span.start)
                };
                let parent = |group: usize| {
                    let first_word = g.group_names.get(group)?.split(' ').next()?;
                    g.known(first_word)?.group.filter(|&parent| parent != group)
                };
                let group = match long {
                    Some(long) => g.known(long).and_then(|k| k.group),
                    None => f.group.filter(|&group| {
                        !g.is_shared_alias(s)
                            || named_before(group)
                            || parent(group).is_some_and(named_before)
                    }),
                };
                let s = long.unwrap_or(s);
                // `Apple Inc` is the listed `Apple`.
                let short = without_legal_form(s);
                group
                    .or_else(|| (short != s).then(|| g.known(short)?.group).flatten())
                    .map_or_else(|| Key::Text(folded(short)), Key::Group)
            }
            // `U.S.` after `the United States`: a listed country's other names.
            EntityKind::Location => f.group.map_or_else(|| Key::Text(folded(s)), Key::Group),
            EntityKind::Nationality => {
                let mut lower = folded(s);
                if lower.ends_with('s') {
                    lower.pop();
                }
                Key::Text(lower)
            }
            _ => Key::Text(folded(s)),
        };
        let mut evidence = if f.kind == EntityKind::Person {
            SexEvidence::of(g, text, f)
        } else {
            SexEvidence::default()
        };
        if let Some(sex) = own_sex[i] {
            evidence.by_title[slot(sex)] = true;
        }
        let key = (f.kind, key);
        // A name seen before joins its entity, unless a title or full name tells another sex
        // (`Mr. Clinton` after `Mrs. Clinton`); a one-word name tells too little to part them.
        let wanted = evidence.without_lone_name().sex();
        // Nor does an office holder join a spouse of the same name (`President Obama`, `First
        // lady Michelle Obama`), or a spouse an office holder, unless it bears a title of both.
        let role = f.title.map(|t| t.text(text));
        let fits = |drafts: &[Draft], d: usize| {
            let titles = &drafts[d].titles;
            let clash = role.is_some_and(|role| {
                titles.iter().any(|t| role_clash(t, role))
                    && !titles
                        .iter()
                        .any(|t| !is_honorific_title(t) && !role_clash(t, role))
            });
            !clash && Sex::agrees(drafts[d].sex.without_lone_name().sex(), wanted)
        };
        let known = by_key.get(&key).copied().filter(|&d| fits(&drafts, d));
        let d = known.unwrap_or_else(|| {
            let mut target = None;
            // `The University said`, after the University of Southern Indiana.
            // `Pirelli` after Pirelli SpA.
            if f.kind == EntityKind::Organization && f.words == 1 && f.group.is_none() {
                let folded = s.to_lowercase();
                // The last named before it, else the first.
                target = by_head
                    .get(&folded)
                    .and_then(|list| {
                        list.iter()
                            .filter(|&&(start, _)| start < f.span.start)
                            .max_by_key(|&&(start, _)| start)
                            .or_else(|| list.iter().min_by_key(|&&(start, _)| start))
                    })
                    .map(|&(_, d)| d)
                    .or_else(|| by_short_form.get(&folded).copied());
            }
            // `Clinton` joins the nearest Clinton before it, else the first; `Mrs. Clinton`
            // only a Clinton who may be a woman.
            // `Van den Oever` after `Mark van den Oever`: a surname with its particles (a
            // person's name of two words or more that is no full name), which the full name
            // must end with.
            let (surname, particles_tail) = if f.words == 1 {
                (key.1.text().map(str::to_string), None)
            } else if !full[i] {
                let last = s.split_whitespace().last().map(str::to_lowercase);
                (last, Some(format!(" {}", folded(s))))
            } else {
                (None, None)
            };
            let ends_as = |d: usize| {
                particles_tail.as_deref().is_none_or(|tail| {
                    drafts[d]
                        .names
                        .iter()
                        .any(|&(name, _)| folded(name.text(text)).ends_with(tail))
                })
            };
            if f.kind == EntityKind::Person && own_sex[i].is_none() {
                if let Some(list) = surname.as_deref().and_then(|k| by_surname.get(k)) {
                    target =
                        nearest_fitting(list, f.span.start, |d| fits(&drafts, d) && ends_as(d));
                }
                // `Wasserman Schultz` after `Debbie Wasserman Schultz`: a name of two words or
                // more that opens with no given name is the end of a longer one.
                let opens_given = s
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| g.is_given_name(w));
                if target.is_none() && full[i] && !opens_given {
                    let last = s.split_whitespace().last().map(str::to_lowercase);
                    let tail = format!(" {}", folded(s));
                    let longer = |d: usize| {
                        fits(&drafts, d)
                            && drafts[d].names.iter().any(|&(name, words)| {
                                words > f.words && folded(name.text(text)).ends_with(&tail)
                            })
                    };
                    if let Some(list) = last.as_deref().and_then(|k| by_surname.get(k)) {
                        target = nearest_fitting(list, f.span.start, longer);
                    }
                }
                // `Megan` after `Megan Hart`: a given name alone is the one person of the
                // text with that given name, if only one has it.
                if target.is_none() && f.words == 1 && g.is_given_name(s) {
                    let given = key.1.text().and_then(|k| by_given_name.get(k));
                    if let Some(&[d]) = given.map(Vec::as_slice) {
                        target = fits(&drafts, d).then_some(d);
                    }
                }
            }
            let d = target.unwrap_or_else(|| {
                drafts.push(Draft {
                    kind: f.kind,
                    value: f.value.clone(),
                    names: Vec::new(),
                    titles: Vec::new(),
                    sex: SexEvidence::default(),
                    group: f.group,
                    mentions: Vec::new(),
                });
                drafts.len() - 1
            });
            // The first entity to take a name keeps it for the name's bare mentions.
            by_key.entry(key).or_insert(d);
            d
        });
        if f.kind == EntityKind::Person && full[i] {
            if let Some(last) = s.split_whitespace().last() {
                let list = by_surname.entry(last.to_lowercase()).or_default();
                if !list.iter().any(|&(_, x)| x == d) {
                    list.push((f.span.start, d));
                }
            }
            // `Wang` after `Wang Lingjun`: a family name written first.
            let words: Vec<&str> = s.split_whitespace().collect();
            if words.len() <= 3 && super::names::surnames_first().contains(words[0]) {
                let list = by_surname.entry(words[0].to_lowercase()).or_default();
                if !list.iter().any(|&(_, x)| x == d) {
                    list.push((f.span.start, d));
                }
            }
            if let Some(given) = words.first().filter(|w| g.is_given_name(w)) {
                let list = by_given_name.entry(given.to_lowercase()).or_default();
                if !list.contains(&d) {
                    list.push(d);
                }
            }
        }
        if f.kind == EntityKind::Organization && f.words >= 2 {
            if let Some(head) = head_word(g, s) {
                let list = by_head.entry(head.to_lowercase()).or_default();
                list.push((f.span.start, d));
            }
            if let Some(short) = super::names::lead_word(s) {
                by_short_form.entry(short.to_lowercase()).or_insert(d);
            }
        }
        owner[i] = d;
        let draft = &mut drafts[d];
        draft.sex.add(evidence);
        draft.names.push((f.span, f.words));
        draft.mentions.push(Mention {
            span: f.span,
            form: MentionForm::Name,
        });
        if let Some(title) = f.title {
            let t = title.text(text).to_string();
            if !draft.titles.contains(&t) {
                draft.titles.push(t);
            }
        }
    }

    // Spans no nominal or pronoun may take.
    let mut taken: Vec<Span> = found
        .iter()
        .filter(|f| {
            matches!(
                f.kind,
                EntityKind::Person | EntityKind::Organization | EntityKind::Location
            )
        })
        .map(|f| f.span)
        .collect();
    taken.extend(found.iter().filter_map(|f| f.title));
    taken.sort();
    let is_taken = |s: Span| {
        let at = taken.partition_point(|t| t.end <= s.start);
        taken.get(at).is_some_and(|t| t.overlaps(s))
    };

    // Person name mentions in text order, for `he`, `she` and `the minister`.
    let mut persons: Vec<(usize, usize)> = found
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == EntityKind::Person)
        .map(|(i, f)| (f.span.start, owner[i]))
        .collect();
    persons.sort();
    let in_quotation = |at: usize| containing(quoted, Span::new(at, at)).is_some();
    // Persons named outside quotation marks: `she added`, after a quotation that names
    // someone else (`"Our thoughts remain with Chloe's family"`), still refers to the speaker.
    let narrated: Vec<(usize, usize)> = persons
        .iter()
        .copied()
        .filter(|&(start, _)| !in_quotation(start))
        .collect();
    // Looks back over at most the last 64 person mentions of `list`: a reference reaches that
    // far at most, and the bound keeps long texts linear.
    let last_before = |list: &[(usize, usize)], at: usize, pred: &dyn Fn(usize) -> bool| {
        let upto = list.partition_point(|&(start, _)| start < at);
        list[..upto]
            .iter()
            .rev()
            .take(64)
            .find(|&&(_, d)| pred(d))
            .map(|&(_, d)| d)
    };
    let last_person_before =
        |at: usize, pred: &dyn Fn(usize) -> bool| last_before(&persons, at, pred);
    // What `he` and `she` must agree with, per person.
    let sex: Vec<Option<Sex>> = drafts.iter().map(|d| d.sex.sex()).collect();
    // The head word of every title, lowercase, per person: `minister` of `Defense Minister`,
    // `secretary` of `Secretary of State`.
    let title_heads: Vec<Vec<String>> = drafts
        .iter()
        .map(|d| {
            d.titles
                .iter()
                .filter_map(|t| t.split(" of ").next()?.split_whitespace().last())
                .map(str::to_ascii_lowercase)
                .collect()
        })
        .collect();
    let any_head: std::collections::HashSet<&str> =
        title_heads.iter().flatten().map(String::as_str).collect();

    // Listed organisations by alias group: (first mention, draft).
    let mut by_group: HashMap<usize, (usize, usize)> = HashMap::new();
    for (d, draft) in drafts.iter().enumerate() {
        if let (Some(gr), Some(first)) =
            (draft.group, draft.names.iter().map(|(s, _)| s.start).min())
        {
            let e = by_group.entry(gr).or_insert((first, d));
            if first < e.0 {
                *e = (first, d);
            }
        }
    }
    // Organisations introduced by a noun for their kind (`environmental group Surfrider
    // Foundation`), by that noun: (mention, draft), in text order.
    let mut introduced: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    for (d, draft) in drafts.iter().enumerate() {
        if draft.kind != EntityKind::Organization {
            continue;
        }
        for &(span, _) in &draft.names {
            let before = text[..span.start].trim_end();
            let noun = before
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            if !noun.is_empty() && super::names::is_org_noun_before(noun) {
                introduced
                    .entry(noun.to_string())
                    .or_default()
                    .push((span.start, d));
            }
        }
    }
    for list in introduced.values_mut() {
        list.sort_unstable();
    }
    // Full names went first: `headed_before` bisects, so each list goes in text order.
    for list in by_head.values_mut() {
        list.sort_unstable();
    }
    // Organisations named as a sentence's subject (`Lumora Systems said`, `The Ardent Group
    // will`): (mention start, draft), in text order.
    let mut subjects: Vec<(usize, usize)> = Vec::new();
    for (i, f) in found.iter().enumerate() {
        if f.kind != EntityKind::Organization {
            continue;
        }
        let at = lines.partition_point(|l| l.span.start <= f.span.start);
        let Some(line) = at.checked_sub(1).map(|k| &lines[k]) else {
            continue;
        };
        let lead = line.tokens.partition_point(|t| t.span.start < f.span.start);
        // `SAN FRANCISCO, Jan 14 (AP) — Orbital Systems Inc. on Thursday pledged`: the
        // dateline before its dash is no part of the sentence. A dateline is short, so the
        // dash is looked for a few tokens back only: a long line costs no more.
        const DATELINE_MAX: usize = 40;
        let window = lead.saturating_sub(DATELINE_MAX);
        let dash = line.tokens[window..lead]
            .iter()
            .rposition(|t| matches!(t.text(text), "—" | "–" | "--"));
        let opening = match dash {
            Some(dash) => window + dash + 1,
            None if window == 0 => 0,
            None => continue, // far into its line, with no dash near: no sentence's subject
        };
        let before = &line.tokens[opening..lead];
        let opens = line.casing != Casing::Caps
            && line.span.contains(f.span)
            && before.len() <= 1
            && before.iter().all(|t| t.text(text) == "The");
        if opens {
            subjects.push((f.span.start, owner[i]));
        }
    }
    // The last time draft `d` was a subject before `at`.
    let subject_before = |d: usize, at: usize| {
        let upto = subjects.partition_point(|&(start, _)| start < at);
        subjects[..upto]
            .iter()
            .rev()
            .take(64)
            .find(|&&(_, x)| x == d)
            .map(|&(start, _)| start)
    };
    // The organisation last named before `at` with head word `head` (lowercase): (that
    // mention, draft).
    let headed_before = |head: &str, at: usize| {
        let list = by_head.get(head)?;
        let upto = list.partition_point(|&(start, _)| start < at);
        upto.checked_sub(1).map(|k| list[k])
    };
    let head_named_before = |head: &str, at: usize| headed_before(head, at).map(|(_, d)| d);
    let mut extra: Vec<(usize, Mention)> = Vec::new();
    // Lowercase titles: `Russian defense minister` is the `Russian Defense Minister`.
    // Each title is looked for once, however many persons bear it.
    let mut bearers: HashMap<String, Vec<(usize, &str)>> = HashMap::new();
    let mut needles: Vec<String> = Vec::new();
    for (d, draft) in drafts.iter().enumerate() {
        for title in &draft.titles {
            if title.split_whitespace().nth(1).is_none() {
                continue;
            }
            let needle = title.to_ascii_lowercase();
            let list = bearers.entry(needle.clone()).or_default();
            if list.is_empty() {
                needles.push(needle);
            }
            list.push((d, title.as_str()));
        }
    }
    if !needles.is_empty() {
        let lower_text = text.to_ascii_lowercase();
        for needle in &needles {
            let list = bearers.get(needle).map_or(&[][..], Vec::as_slice);
            let mut from = 0;
            while let Some(at) = lower_text[from..].find(needle.as_str()) {
                let start = from + at;
                let span = Span::new(start, start + needle.len());
                from = span.end;
                let bounded = !text[..span.start].ends_with(char::is_alphanumeric)
                    && !text[span.end..].starts_with(char::is_alphanumeric);
                if !bounded || is_taken(span) {
                    continue;
                }
                for &(d, title) in list {
                    if span.text(text) != title {
                        extra.push((
                            d,
                            Mention {
                                span,
                                form: MentionForm::Nominal,
                            },
                        ));
                    }
                }
            }
        }
    }
    // Persons referred to by a pronoun or a role so far, in text order: with the names, they
    // tell who the subject of a sentence was.
    let mut referred: Vec<(usize, usize)> = Vec::new();
    // The subject of `sentence` when it opens with a person, among the persons named or
    // referred to before `until`. Only title words may stand before that person: not `After
    // meeting Smith, Jones ...`. A possessor is no subject: `Merck's head of research Peter
    // Kim said` is Kim.
    let sentence_subject =
        |sentence: &Line, until: usize, referred: &[(usize, usize)], wanted: Option<Sex>| {
            // Both lists are in text order: the sentence's part of each is found by bisection,
            // and its first two persons, named or referred to, by merging the two parts.
            let part = Span::new(sentence.span.start, until.min(sentence.span.end));
            let within = |list| starting_within(list, part).iter().copied().peekable();
            let (mut named, mut others) = (within(&persons), within(referred));
            let mut in_sentence = std::iter::from_fn(|| match (named.peek(), others.peek()) {
                (Some(a), Some(b)) if b < a => others.next(),
                (Some(_), _) => named.next(),
                _ => others.next(),
            });
            let (first_start, first) = in_sentence.next()?;
            let second = in_sentence.next();
            let tokens = sentence.tokens;
            let at = tokens.partition_point(|t| t.span.start < first_start);
            let lead_ok = at <= 4
                && tokens[..at].iter().all(|t| {
                    let w = t.text(text);
                    t.kind == TokenKind::Word
                        && !SUBJECT_BREAKERS.iter().any(|b| b.eq_ignore_ascii_case(w))
                });
            if !lead_ok {
                return None;
            }
            let name_end = (at..tokens.len())
                .find(|&k| {
                    tokens[k].kind != TokenKind::Word
                        || !tokens[k].text(text).starts_with(char::is_uppercase)
                })
                .unwrap_or(tokens.len());
            let possessed = tokens
                .get(name_end)
                .is_some_and(|t| t.kind == TokenKind::Possessive);
            // `McConnell spokesman Don Stewart said`: a name before a role names whose role.
            let attributive = tokens.get(name_end).is_some_and(|t| {
                t.kind == TokenKind::Word && t.text(text).starts_with(char::is_lowercase)
            }) && second.is_some_and(|(start, _)| {
                let at = tokens.partition_point(|t| t.span.start < start);
                at > name_end
                    && at <= name_end + 2
                    && tokens[name_end..at].iter().all(|t| {
                        let w = t.text(text);
                        t.kind == TokenKind::Word && (g.is_person_noun(w) || g.is_title(w))
                    })
            });
            let subject = if possessed || attributive {
                // The possessed phrase's person, a few words on: `Elliott's father, the Rev.
                // Charles Elliott Jr.`.
                second
                    .filter(|&(start, _)| {
                        tokens.partition_point(|t| t.span.start < start) <= name_end + 7
                    })?
                    .1
            } else {
                first
            };
            Some(subject).filter(|&d| Sex::agrees(sex[d], wanted))
        };
    // `he`/`she` opening a sentence: the subject of the sentence before (`Ted Cruz is drawing
    // contrasts with Donald Trump. He said ...` is Cruz).
    let previous_subject = |line: usize, referred: &[(usize, usize)], wanted: Option<Sex>| {
        let previous = lines[..line]
            .iter()
            .rev()
            .find(|l| l.casing != Casing::Caps)?;
        sentence_subject(previous, usize::MAX, referred, wanted)
    };
    // `the minister`, `the alliance`, and subject pronouns.
    for (at, line) in lines.iter().enumerate() {
        if line.casing == Casing::Caps {
            continue;
        }
        let tokens = line.tokens;
        for (i, t) in tokens.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            let w = t.text(text);
            if w == "the" || w == "The" {
                let Some(next) = tokens.get(i + 1).filter(|n| n.kind == TokenKind::Word) else {
                    continue;
                };
                let noun = next.text(text);
                // `Sen. Ted Cruz spoke. The Texas Republican said`: the last person named.
                if let Some(k) = super::names::party_description_end(text, tokens, i) {
                    let span = Span::new(t.span.start, tokens[k].span.end);
                    if let Some(d) = last_person_before(t.span.start, &|_| true) {
                        referred.push((span.start, d));
                        let form = MentionForm::Nominal;
                        extra.push((d, Mention { span, form }));
                    }
                    continue;
                }
                if !noun.starts_with(char::is_lowercase) {
                    // `the Church`, once the Church of Scientology has been named: the head
                    // word alone is a short form of the name. Not `the Church of England`.
                    let longer = tokens.get(i + 2).is_some_and(|n| {
                        n.kind == TokenKind::Word
                            && (n.text(text).starts_with(char::is_uppercase)
                                || n.text(text) == "of")
                    });
                    let named_before = head_named_before(&noun.to_lowercase(), t.span.start);
                    if let Some(d) = named_before.filter(|_| !longer && !is_taken(next.span)) {
                        extra.push((
                            d,
                            Mention {
                                span: next.span,
                                form: MentionForm::Name,
                            },
                        ));
                    }
                    continue;
                }
                let span = Span::new(t.span.start, next.span.end);
                if is_taken(span) {
                    continue;
                }
                // `the minister's aide` is about the aide, not the minister.
                if tokens
                    .get(i + 2)
                    .is_some_and(|n| n.kind == TokenKind::Possessive)
                {
                    continue;
                }
                let noun_lower = noun.to_ascii_lowercase();
                // `the minister` -> a minister; `the diplomat` -> an envoy or a spokesman.
                let listed_titles = g.person_nominal(&noun_lower);
                let bears = |head: &str| head == noun_lower || listed_titles.contains(&head);
                let borne = any_head.contains(noun_lower.as_str())
                    || listed_titles.iter().any(|title| any_head.contains(title));
                if borne {
                    let titled = |d: usize| title_heads[d].iter().any(|head| bears(head));
                    if let Some(d) = last_person_before(t.span.start, &titled) {
                        referred.push((span.start, d));
                        extra.push((
                            d,
                            Mention {
                                span,
                                form: MentionForm::Nominal,
                            },
                        ));
                        continue;
                    }
                }
                // `the alliance` -> NATO, once NATO has been named: (its last mention before,
                // draft).
                let listed = g.nominal_groups(noun).iter().find_map(|gr| {
                    let &(_, d) = by_group.get(gr)?;
                    drafts[d]
                        .names
                        .iter()
                        .map(|(s, _)| s.start)
                        .filter(|&s| s < t.span.start)
                        .max()
                        .map(|last| (last, d))
                });
                // A listed name with the noun in it (`the court` after the Supreme Court) needs
                // no other.
                let listed_by_head = listed.is_some_and(|(_, d)| {
                    drafts[d].names.iter().any(|(span, _)| {
                        span.text(text)
                            .split_whitespace()
                            .any(|w| w.eq_ignore_ascii_case(noun))
                    })
                });
                // `the ministry` -> the Finance Ministry, the last one named before; `the
                // company` -> Acme Corp.
                let headed = g
                    .head_nominal(noun)
                    .filter(|_| !listed_by_head)
                    .and_then(|others| {
                        std::iter::once(noun_lower.as_str())
                            .chain(others.iter().map(String::as_str))
                            .filter_map(|head| headed_before(head, t.span.start))
                            .max_by_key(|&(start, _)| start)
                    });
                // `the group` after `environmental group Surfrider Foundation`.
                let introduced_before = introduced.get(noun_lower.as_str()).and_then(|list| {
                    let upto = list.partition_point(|&(start, _)| start < t.span.start);
                    upto.checked_sub(1).map(|k| list[k])
                });
                // `the agency` after Reuters in the dateline and the Environment Agency in the
                // story: the one named nearer. `Lumora Systems said profit rose, helped by
                // orders from Microsoft. The company said`: the one last a sentence's subject
                // before the one named last.
                let named: Vec<(usize, usize)> = listed
                    .into_iter()
                    .chain(headed)
                    .chain(introduced_before)
                    .collect();
                let subject = named
                    .iter()
                    .filter_map(|&(_, d)| Some((subject_before(d, t.span.start)?, d)))
                    .max_by_key(|&(start, _)| start);
                let named_before = subject
                    .or_else(|| named.iter().copied().max_by_key(|&(start, _)| start))
                    .map(|(_, d)| d);
                if let Some(d) = named_before {
                    extra.push((
                        d,
                        Mention {
                            span,
                            form: MentionForm::Nominal,
                        },
                    ));
                }
                continue;
            }
            if !matches!(w, "he" | "He" | "she" | "She") {
                continue;
            }
            let wanted = Sex::of_pronoun(w);
            let next = tokens.get(i + 1).map(|n| n.text(text)).unwrap_or("");
            let prev = if i > 0 { tokens[i - 1].text(text) } else { "" };
            let subject = opens_sentence(text, tokens, i)
                || matches!(
                    prev,
                    "," | ";"
                        | "and"
                        | "but"
                        | "that"
                        | "when"
                        | "as"
                        | "because"
                        | "while"
                        | "after"
                        | "before"
                        | "although"
                        | "since"
                        | "where"
                        | "if"
                        | "so"
                        | "until"
                )
                || g.is_speech_verb(next)
                // `said she would`: the subject of the clause a speech verb reports.
                || g.is_speech_verb(prev);
            if !subject {
                continue;
            }
            // `"It is cruel," he said.`: after a quotation that opens the sentence, the pronoun
            // opens the narration. Not a pronoun inside the quotation: the last subject is
            // most often its speaker, who does not call himself `he` (`Maclennan praised
            // Galbraith. "She is the last of her kind," Maclennan said.`).
            let opens_line = !in_quotation(t.span.start)
                && tokens[..i]
                    .iter()
                    .filter(|t| t.kind == TokenKind::Word)
                    .all(|t| in_quotation(t.span.start));
            // `Bisciotti, asked whether Strand's job was safe, said he`: the pronoun right
            // after a speech verb is its subject's, not the last person named.
            let after_verb = i > 0 && g.is_speech_verb(prev);
            let d = if opens_line {
                previous_subject(at, &referred, wanted)
            } else if after_verb {
                sentence_subject(line, t.span.start, &referred, wanted)
            } else {
                None
            };
            // Inside a quotation, anyone named before; outside, only those named outside.
            let pool = if in_quotation(t.span.start) {
                &persons
            } else {
                &narrated
            };
            let d = d.or_else(|| last_before(pool, t.span.start, &|d| Sex::agrees(sex[d], wanted)));
            if let Some(d) = d {
                referred.push((t.span.start, d));
                extra.push((
                    d,
                    Mention {
                        span: t.span,
                        form: MentionForm::Pronoun,
                    },
                ));
            }
        }
    }
    for (d, m) in extra {
        drafts[d].mentions.push(m);
    }

    let mut entities: Vec<Entity> = drafts
        .into_iter()
        .map(|mut d| {
            d.mentions.sort_by_key(|m| (m.span.start, m.span.end));
            d.mentions.dedup_by_key(|m| m.span);
            // A listed organisation keeps its list name where the text uses it (`NATO`).
            let listed = d
                .group
                .and_then(|gr| g.group_names.get(gr))
                .filter(|listed| d.names.iter().any(|&(span, _)| span.text(text) == **listed));
            let name = listed.map_or_else(|| best_name(text, d.kind, &d.names), |l| l.to_string());
            Entity {
                kind: d.kind,
                name,
                titles: d.titles,
                sex: d.sex.sex(),
                value: d.value,
                mentions: d.mentions,
            }
        })
        .collect();
    entities.sort_by_key(|e| e.mentions.first().map_or(usize::MAX, |m| m.span.start));
    entities
}

/// Words before a sentence's first person that show it is no subject: a fronted phrase or
/// clause (`After meeting Smith, Jones said`, `According to Smith, ...`). Any case.
const SUBJECT_BREAKERS: &[&str] = &[
    "after", "before", "with", "by", "for", "from", "in", "on", "at", "to", "of", "about",
    "against", "during", "under", "despite", "like", "than", "when", "while", "if", "as", "unlike",
    "and", "or", "but",
];

/// The word a longer organisation name may be shortened to, when it names the kind of body:
/// `Church` of `Church of Scientology`, `Foundation` of `Andy Warhol Foundation`. Not `House`
/// of `White House`, nor a head shared by two bodies (`House and Senate`). A listed company's
/// product goes by its own word: `Stadia` of `Google Stadia`.
fn head_word<'a>(g: &Gazetteer, name: &'a str) -> Option<&'a str> {
    if name.contains(" and ") || name.contains('&') {
        return None;
    }
    if let Some((maker, product)) = name.split_once(' ') {
        let listed_maker = g
            .known(maker)
            .is_some_and(|k| k.kind == EntityKind::Organization);
        if listed_maker && !product.contains(' ') && !g.is_common(product) {
            return Some(product);
        }
    }
    let head = name
        .split(" of ")
        .next()
        .unwrap_or(name)
        .split_whitespace()
        .last()?;
    g.is_org_word(head).then_some(head)
}

/// The fullest form for a person (most words), the most frequent for anything else; a form in
/// mixed case beats one in capitals.
fn best_name(text: &str, kind: EntityKind, names: &[(Span, usize)]) -> String {
    if let [(only, _)] = names {
        return only
            .text(text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
    }
    let mut counts: HashMap<&str, (usize, usize, usize)> = HashMap::new();
    for (order, &(span, words)) in names.iter().enumerate() {
        let s = span.text(text);
        let e = counts.entry(s).or_insert((0, words, usize::MAX - order));
        e.0 += 1;
    }
    // `MOSCOW` loses to `Moscow`; `NATO` has no other case to lose to.
    let mixed = |s: &str| {
        s.chars().any(char::is_lowercase)
            || !names
                .iter()
                .any(|&(o, _)| o.text(text) != s && o.text(text).eq_ignore_ascii_case(s))
    };
    // `Church` names the Church of Scientology only for short, and `Pirelli` Pirelli SpA.
    let g = Gazetteer::get();
    let mut heads: Vec<&str> = names
        .iter()
        .filter(|&&(_, words)| words >= 2)
        .flat_map(|&(o, _)| {
            let name = o.text(text);
            [head_word(g, name), super::names::short_form(name)]
        })
        .flatten()
        .collect();
    heads.sort_unstable();
    heads.dedup();
    let short_form = |s: &str| heads.contains(&s);
    counts
        .into_iter()
        .max_by_key(|&(s, (count, words, first))| {
            if kind == EntityKind::Person {
                (mixed(s), true, words, count, first)
            } else {
                (mixed(s), !short_form(s), count, words, first)
            }
        })
        .map(|(s, _)| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// The entries of `list`, sorted by start, that start within `span`.
fn starting_within(list: &[(usize, usize)], span: Span) -> &[(usize, usize)] {
    let from = list.partition_point(|&(start, _)| start < span.start);
    let to = list.partition_point(|&(start, _)| start < span.end);
    &list[from..to.max(from)]
}

/// The draft of `list` (`(start, draft)` pairs of one surname, in text order) that `fits`: the
/// last one starting before `at`, else the first after it.
fn nearest_fitting(
    list: &[(usize, usize)],
    at: usize,
    fits: impl Fn(usize) -> bool,
) -> Option<usize> {
    list.iter()
        .rev()
        .find(|&&(start, d)| start < at && fits(d))
        .or_else(|| list.iter().find(|&&(_, d)| fits(d)))
        .map(|&(_, d)| d)
}

#[cfg(test)]
mod tests {
    use super::stands_for;

    #[test]
    fn short_forms_fit_their_names() {
        let cases = [
            ("Rapid Support Forces", "RSF", true),
            ("Bank of England", "BoE", true),
            ("Office of Communications", "Ofcom", true),
            ("National Emergency Operations Centre", "COEN", true),
            ("Disaster and Emergency Management Authority", "AFAD", true),
            ("Federal Reserve", "FED", false),
            ("Armed Forces", "FARC", false),
            ("National Emergency Operations Centre", "ABCD", false),
        ];
        for (long, short, fits) in cases {
            assert_eq!(stands_for(long, short), fits, "{long} ({short})");
        }
    }
}
