//! The entity stage's word lists (data/entities/*.txt), parsed once into lookup tables. The
//! big ones come packed by build.rs.
//!
//! Every table is keyed by the text as written and, for headlines in capitals, by its lowercase
//! form, so `MOSCOW` finds `Moscow`.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::{EntityKind, Sex};
use crate::lexicon::{entries, WordHash};

macro_rules! data {
    ($file:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/entities/",
            $file
        ))
    };
}

/// A list packed by build.rs, unpacked on first use: one entry a line.
macro_rules! packed {
    ($name:literal) => {{
        static TEXT: OnceLock<String> = OnceLock::new();
        TEXT.get_or_init(|| {
            unpack(include_bytes!(concat!(
                env!("OUT_DIR"),
                "/",
                $name,
                ".packed"
            )))
        })
        .as_str()
    }};
}

/// Undoes build.rs's front coding: each entry is the number of bytes it shares with the entry
/// before it, then the rest, then a newline.
fn unpack(mut packed: &[u8]) -> String {
    let mut text = Vec::with_capacity(packed.len() * 2);
    let mut start = 0;
    // The shared length is a byte of its own (it may be 10, a newline's code), so read in order.
    while let Some((&shared, rest)) = packed.split_first() {
        let end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        let previous = start..(start + usize::from(shared)).min(text.len());
        start = text.len();
        text.extend_from_within(previous);
        text.extend_from_slice(&rest[..end]);
        text.push(b'\n');
        packed = rest.get(end + 1..).unwrap_or_default();
    }
    String::from_utf8(text).unwrap_or_default()
}

/// `name` with the accents of Latin letters taken off (`Zürich` -> `Zurich`), when it has any
/// and nothing but Latin letters is left.
fn without_accents(name: &str) -> Option<String> {
    if name.is_ascii() {
        return None;
    }
    let mut plain = String::with_capacity(name.len());
    for c in name.chars() {
        let base = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => 'A',
            'ç' | 'ć' | 'č' => 'c',
            'Ç' | 'Ć' | 'Č' => 'C',
            'ď' | 'đ' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'È' | 'É' | 'Ê' | 'Ë' => 'E',
            'ğ' => 'g',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
            'Ì' | 'Í' | 'Î' | 'Ï' | 'İ' => 'I',
            'ł' => 'l',
            'Ł' => 'L',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'O',
            'ř' => 'r',
            'ś' | 'š' | 'ş' | 'ș' => 's',
            'Ś' | 'Š' | 'Ş' | 'Ș' => 'S',
            'ť' | 'ţ' | 'ț' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            'Ź' | 'Ż' | 'Ž' => 'Z',
            c if c.is_ascii() => c,
            _ => return None,
        };
        plain.push(base);
    }
    Some(plain)
}

/// The names of data/entities/given_names_extra.txt with the sex each tells (`Leonid m`), none
/// for a name borne by men and by women (`u`).
fn given_names_extra() -> impl Iterator<Item = (&'static str, Option<Sex>)> {
    entries(data!("given_names_extra.txt")).filter_map(|line| {
        let (name, sex) = line.rsplit_once(' ')?;
        let sex = match sex {
            "m" => Some(Sex::Male),
            "f" => Some(Sex::Female),
            _ => None,
        };
        Some((name.trim(), sex))
    })
}

/// What the lists say about one name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Known {
    pub kind: EntityKind,
    /// A country (not a city or region): national sports teams stay places.
    pub country: bool,
    /// For organisations: the index of the alias group (`NATO` = `North Atlantic Alliance`).
    pub group: Option<usize>,
}

/// All the lists of the entity stage.
pub(crate) struct Gazetteer {
    /// Places and organisations by exact name.
    names: HashMap<Cow<'static, str>, Known, WordHash>,
    /// The same by lowercase name, for text in capitals.
    folded: HashMap<String, Known, WordHash>,
    /// The name shown for an organisation alias group: its first entry.
    pub group_names: Vec<&'static str>,
    /// Short names several bodies share (`Security Council`, marked `~` in the list): a
    /// mention joins the listed body only where the text has named it otherwise before.
    shared_aliases: HashSet<&'static str, WordHash>,
    given: HashSet<&'static str, WordHash>,
    /// Given names borne by one sex, and title words that tell it (`mrs.`, `spokeswoman`).
    given_sex: HashMap<&'static str, Sex, WordHash>,
    sexed_words: HashMap<&'static str, Sex, WordHash>,
    common: HashSet<&'static str, WordHash>,
    demonyms: HashSet<&'static str, WordHash>,
    folded_demonyms: HashMap<String, &'static str, WordHash>,
    org_words: HashSet<&'static str, WordHash>,
    place_words: HashSet<&'static str, WordHash>,
    product_words: HashSet<&'static str, WordHash>,
    person_nouns: HashSet<&'static str, WordHash>,
    titles: HashSet<&'static str, WordHash>,
    speech: HashSet<&'static str, WordHash>,
    /// `alliance` -> the alias group `the alliance` may refer to.
    nominals: HashMap<&'static str, Vec<usize>, WordHash>,
    /// `ministry`: `the ministry` may stand for any organisation whose name it heads, or
    /// whose head is one of the listed others (`company`: `Corp`, `Inc`, lowercase).
    head_nominals: HashMap<&'static str, Vec<String>, WordHash>,
    /// `diplomat` -> the title words of the persons it may refer back to.
    person_nominals: HashMap<&'static str, Vec<&'static str>, WordHash>,
}

impl Gazetteer {
    /// The tables, parsed on first use.
    pub fn get() -> &'static Gazetteer {
        static TABLES: OnceLock<Gazetteer> = OnceLock::new();
        TABLES.get_or_init(Gazetteer::parse)
    }

    fn parse() -> Gazetteer {
        let mut g = Gazetteer {
            names: HashMap::default(),
            folded: HashMap::default(),
            group_names: Vec::new(),
            shared_aliases: HashSet::default(),
            given: packed!("given_names")
                .lines()
                .chain(given_names_extra().map(|(name, _)| name))
                .collect(),
            given_sex: packed!("given_names_female")
                .lines()
                .map(|name| (name, Sex::Female))
                .chain(
                    packed!("given_names_male")
                        .lines()
                        .map(|name| (name, Sex::Male)),
                )
                .collect(),
            sexed_words: entries(data!("sexed_words.txt"))
                .filter_map(|line| match line.split_once(' ')? {
                    (word, "f") => Some((word, Sex::Female)),
                    (word, "m") => Some((word, Sex::Male)),
                    _ => None,
                })
                .collect(),
            common: packed!("common_words")
                .lines()
                .chain(entries(data!("news_words.txt")))
                .collect(),
            demonyms: entries(data!("demonyms.txt")).collect(),
            folded_demonyms: HashMap::default(),
            org_words: entries(data!("org_words.txt")).collect(),
            place_words: entries(data!("place_words.txt")).collect(),
            product_words: entries(data!("product_words.txt")).collect(),
            person_nouns: entries(data!("person_nouns.txt")).collect(),
            titles: entries(data!("titles.txt")).collect(),
            speech: entries(data!("speech_verbs.txt")).collect(),
            nominals: HashMap::default(),
            head_nominals: HashMap::default(),
            person_nominals: HashMap::default(),
        };
        // `Leonid m`, `Lindsey u`: the sex the curated list gives a name replaces the records'.
        for (name, sex) in given_names_extra() {
            match sex {
                Some(sex) => g.given_sex.insert(name, sex),
                None => g.given_sex.remove(name),
            };
        }
        let place = |country| Known {
            kind: EntityKind::Location,
            country,
            group: None,
        };
        // Later lists win: a region named like a city (`Georgia`) stays what the region list says.
        for name in packed!("cities").lines() {
            g.insert(name, place(false));
        }
        for name in entries(data!("regions.txt")) {
            g.insert(name, place(false));
        }
        for line in entries(data!("countries.txt")) {
            // `United States | U.S. | US`: the names of one country, one entity.
            let mut names = line.split(" | ").map(str::trim).filter(|a| !a.is_empty());
            let Some(first) = names.next() else {
                continue;
            };
            let group = line.contains(" | ").then(|| {
                g.group_names.push(first);
                g.group_names.len() - 1
            });
            let known = Known {
                group,
                ..place(true)
            };
            g.insert(first, known);
            for name in names {
                g.insert(name, known);
            }
        }
        for line in entries(data!("organizations.txt")) {
            let group = g.group_names.len();
            let mut aliases = line.split(" | ").map(str::trim).filter(|a| !a.is_empty());
            let Some(first) = aliases.next() else {
                continue;
            };
            g.group_names.push(first);
            let known = Known {
                kind: EntityKind::Organization,
                country: false,
                group: Some(group),
            };
            for alias in std::iter::once(first).chain(aliases) {
                let alias = match alias.strip_prefix('~') {
                    Some(shared) => {
                        g.shared_aliases.insert(shared);
                        shared
                    }
                    None => alias,
                };
                g.insert(alias, known);
                // `Nato`, `Unicef`: British copy writes an acronym said as a word with one
                // capital; not where that is a word or a given name (`Isis`).
                if alias.len() >= 4 && alias.bytes().all(|b| b.is_ascii_uppercase()) {
                    let word = format!("{}{}", &alias[..1], alias[1..].to_lowercase());
                    if !g.common.contains(&word.to_lowercase()[..]) && !g.given.contains(&word[..])
                    {
                        g.names.entry(Cow::Owned(word)).or_insert(known);
                    }
                }
            }
        }
        for line in entries(data!("nominals.txt")) {
            let Some((word, orgs)) = line.split_once(" = ") else {
                continue;
            };
            // `company = * Corp | Inc`: any organisation headed by `company`, `Corp` or `Inc`;
            // `@legal_forms` stands for the legal forms of name_patterns.txt.
            if let Some(heads) = orgs.trim().strip_prefix('*') {
                let heads = heads
                    .split('|')
                    .map(str::trim)
                    .flat_map(|head| match head {
                        "@legal_forms" => super::names::legal_forms().iter().collect(),
                        head => vec![head],
                    })
                    .map(str::to_lowercase)
                    .filter(|head| !head.is_empty())
                    .collect();
                g.head_nominals.insert(word.trim(), heads);
                continue;
            }
            // `company, firm = Apple | Google`: each word refers back to each organisation.
            for word in word.split(',').map(str::trim) {
                for org in orgs.split(" | ") {
                    if let Some(group) = g.names.get(org.trim()).and_then(|k| k.group) {
                        g.nominals.entry(word).or_default().push(group);
                    }
                }
            }
        }
        for line in entries(data!("person_nominals.txt")) {
            if let Some((word, titles)) = line.split_once(" = ") {
                let titles = titles.split('|').map(str::trim).collect();
                g.person_nominals.insert(word.trim(), titles);
            }
        }
        for &d in &g.demonyms {
            g.folded_demonyms.insert(d.to_lowercase(), d);
        }
        g
    }

    fn insert(&mut self, name: &'static str, known: Known) {
        self.names.insert(Cow::Borrowed(name), known);
        self.folded.insert(name.to_lowercase(), known);
        // English copy drops the accents: `Zurich`, `Montreal`, `Sao Paulo`. A name listed
        // without them keeps its own entry.
        if let Some(plain) = without_accents(name) {
            self.folded.entry(plain.to_lowercase()).or_insert(known);
            self.names.entry(Cow::Owned(plain)).or_insert(known);
        }
    }

    /// The place or organisation named exactly `name`.
    pub fn known(&self, name: &str) -> Option<Known> {
        self.names.get(name).copied()
    }

    /// The place or organisation named `name` in any letter case.
    pub fn known_folded(&self, name: &str) -> Option<Known> {
        self.folded.get(&name.to_lowercase()).copied()
    }

    /// True for a common given name: `Sergey`, `Mary`.
    /// Also a given name written with accents the list lacks: `Élisabeth`, `José`.
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given.contains(word) || without_accents(word).is_some_and(|w| self.given.contains(&*w))
    }

    /// The sex of nearly everyone given the name `word` (`Mary`, `Élisabeth`), if one.
    pub fn sex_of_given_name(&self, word: &str) -> Option<Sex> {
        self.given_sex
            .get(word)
            .or_else(|| self.given_sex.get(&*without_accents(word)?))
            .copied()
    }

    /// The sex a title or role word tells (`Mrs.`, `Spokeswoman`, `queen`), if any.
    pub fn sex_of_title_word(&self, word: &str) -> Option<Sex> {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            self.sexed_words
                .get(word.to_ascii_lowercase().as_str())
                .copied()
        } else {
            self.sexed_words.get(word).copied()
        }
    }

    /// True when the lowercase form of `word`, or its stem (`Scorers`, `Trailing`), is a
    /// common English word.
    pub fn is_common(&self, word: &str) -> bool {
        // Lowercase into a stack buffer: this runs for most capitalised words of a text.
        let mut buf = [0u8; 40];
        if !word.is_ascii() || word.len() + 2 > buf.len() {
            let lower = word.to_lowercase();
            return self.common.contains(lower.as_str());
        }
        let n = word.len();
        for (slot, b) in buf.iter_mut().zip(word.bytes()) {
            *slot = b.to_ascii_lowercase();
        }
        let lower = std::str::from_utf8(&buf[..n]).unwrap_or("");
        if self.common.contains(lower) {
            return true;
        }
        const SUFFIXES: &[(&str, &str)] = &[
            ("s", ""),
            ("es", ""),
            ("ies", "y"),
            ("ed", ""),
            ("ed", "e"),
            ("ied", "y"),
            ("ing", ""),
            ("ing", "e"),
            ("ers", ""),
            ("ers", "e"),
            ("er", ""),
            ("er", "e"),
            ("ly", ""),
        ];
        let mut stem_buf = [0u8; 40];
        // A given name is no common word with `-er`: `Peter` is not `pet`, nor `Dieter` `diet`.
        let given = self.is_given_name(word);
        SUFFIXES.iter().any(|(suffix, add)| {
            let Some(stem) = lower.strip_suffix(suffix) else {
                return false;
            };
            if given && suffix.starts_with("er") {
                return false;
            }
            if stem.len() < 3 {
                return false;
            }
            let len = stem.len() + add.len();
            stem_buf[..stem.len()].copy_from_slice(stem.as_bytes());
            stem_buf[stem.len()..len].copy_from_slice(add.as_bytes());
            std::str::from_utf8(&stem_buf[..len]).is_ok_and(|w| self.common.contains(w))
        })
    }

    /// True for `Russian`, `Russians`, `South African`.
    pub fn is_demonym(&self, word: &str) -> bool {
        if self.demonyms.contains(word) {
            return true;
        }
        // Plurals: `Russians`, `Frenchmen`.
        if let Some(stem) = word.strip_suffix("men") {
            return self.demonyms.contains(format!("{stem}man").as_str());
        }
        word.strip_suffix('s')
            .is_some_and(|stem| self.demonyms.contains(stem))
    }

    /// The demonym in any case: `RUSSIAN` -> `Russian`.
    pub fn is_demonym_folded(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.folded_demonyms.contains_key(&lower)
            || lower
                .strip_suffix('s')
                .is_some_and(|stem| self.folded_demonyms.contains_key(stem))
    }

    /// True for a word that ends an organisation's name: `Council`, `Inc.`.
    pub fn is_org_word(&self, word: &str) -> bool {
        self.org_words.contains(word)
    }

    /// True for a word that makes a phrase a place: `Street`, `Lake`.
    pub fn is_place_word(&self, word: &str) -> bool {
        self.place_words.contains(word)
    }

    /// True for a word that ends a product model's name: `Pro` of `Mac Pro`.
    pub fn is_product_word(&self, word: &str) -> bool {
        self.product_words.contains(word)
    }

    /// True for a lowercase noun for a person before a name: `dissident`, `president`.
    pub fn is_person_noun(&self, word: &str) -> bool {
        self.person_nouns.contains(word)
    }

    /// True for a word of a title: `Minister`, `Mr.`, and titles joined by hyphens
    /// (`Lieutenant-Colonel`, `Major-General`).
    pub fn is_title(&self, word: &str) -> bool {
        self.titles.contains(word)
            || word.contains('-')
                && !word.starts_with('-')
                && !word.ends_with('-')
                && word.split('-').all(|part| self.titles.contains(part))
    }

    /// True for a verb of saying in lowercase: `said`.
    pub fn is_speech_verb(&self, word: &str) -> bool {
        self.speech.contains(word)
    }

    /// True for a short name several bodies share: `Security Council`.
    pub fn is_shared_alias(&self, name: &str) -> bool {
        self.shared_aliases.contains(name)
    }

    /// The organisation groups a nominal like `alliance` may stand for.
    pub fn nominal_groups(&self, word: &str) -> &[usize] {
        self.nominals.get(word).map_or(&[], Vec::as_slice)
    }

    /// For a nominal like `ministry` that may stand for any organisation it heads, the other
    /// head words (lowercase) of the organisations it may stand for; `None` for other words.
    pub fn head_nominal(&self, word: &str) -> Option<&[String]> {
        self.head_nominals.get(word).map(Vec::as_slice)
    }

    /// The title words of the persons `the <word>` may refer back to (lowercase `word`):
    /// `diplomat` -> `ambassador`, `envoy`, ...; none for a word not listed.
    pub fn person_nominal(&self, word: &str) -> &[&'static str] {
        self.person_nominals.get(word).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_lists_hold_every_entry_of_their_files() {
        let lists = [
            (packed!("given_names"), data!("given_names.txt")),
            (
                packed!("given_names_female"),
                data!("given_names_female.txt"),
            ),
            (packed!("given_names_male"), data!("given_names_male.txt")),
            (packed!("common_words"), data!("common_words.txt")),
            (packed!("cities"), data!("cities.txt")),
        ];
        for (packed, file) in lists {
            let mut expected: Vec<&str> = entries(file).collect();
            expected.sort_unstable();
            expected.dedup();
            assert_eq!(packed.lines().collect::<Vec<_>>(), expected);
        }
    }

    #[test]
    fn places_are_known_without_their_accents() {
        let g = Gazetteer::get();
        for name in ["Zurich", "Montreal", "Sao Paulo", "ZURICH"] {
            assert_eq!(
                g.known_folded(name).map(|k| k.kind),
                Some(EntityKind::Location),
                "{name}"
            );
        }
        assert!(g.known("Zurich").is_some());
        assert_eq!(without_accents("Zürich").as_deref(), Some("Zurich"));
        assert_eq!(without_accents("Moscow"), None);
        assert_eq!(without_accents("Москва"), None);
    }

    #[test]
    fn lists_load_and_answer() {
        let g = Gazetteer::get();
        assert_eq!(
            g.known("Moscow").map(|k| k.kind),
            Some(EntityKind::Location)
        );
        assert_eq!(
            g.known_folded("MOSCOW").map(|k| k.kind),
            Some(EntityKind::Location)
        );
        let nato = g.known("NATO").and_then(|k| k.group);
        assert!(nato.is_some());
        assert_eq!(
            g.known("North Atlantic Alliance").and_then(|k| k.group),
            nato
        );
        assert!(g.known("Russia").is_some_and(|k| k.country));
        assert!(g.is_demonym("Russian") && g.is_demonym("Russians"));
        assert!(g.is_common("the") && g.is_common("Trailing") && !g.is_common("Shoigu"));
        assert!(g.is_given_name("Mary") && g.is_org_word("Council") && g.is_title("Minister"));
        assert_eq!(g.nominal_groups("alliance"), &[nato.unwrap_or(0)]);
    }
}
