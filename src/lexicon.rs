//! Word lists kept as plain-text data files under `data/` and compiled into the binary.
//!
//! A data file holds one entry per line; `#` starts a comment line, blank lines are skipped.
//! Each file names its source and licence in its opening comment.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// The entries of a data file: trimmed, non-empty, comment lines skipped.
pub fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// True for the `[name]` line that opens a section of a data file.
fn is_section_header(line: &str) -> bool {
    line.starts_with('[') && line.ends_with(']')
}

/// Particles written in lower case inside a person's name: `Ursula von der Leyen`, `José
/// Ortega y Gasset`.
pub const NAME_PARTICLES: &[&str] = &[
    "de", "del", "della", "di", "da", "dos", "das", "du", "van", "von", "der", "den", "ter", "la",
    "le", "bin", "ibn", "al", "el", "y", "Ó",
];

/// Month names in calendar order, lowercase: the calendar is no table to tune, so it is code.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Weekday names from Monday, lowercase.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A fast hasher for looking words up in fixed tables (the FxHash scheme: rotate, xor,
/// multiply, eight bytes at a time).
///
/// std's SipHash resists keys chosen to collide, which a table fixed at build time does not
/// need: a lookup's probe length is set by the table, not by the text. Maps filled from the
/// text being analysed keep std's randomly keyed hasher, so a crafted text cannot make them
/// quadratic.
#[derive(Debug, Default, Clone, Copy)]
pub struct WordHasher {
    hash: u64,
}

/// [`WordHasher`] for `HashMap` and `HashSet`: `HashSet<&str, WordHash>`.
pub type WordHash = BuildHasherDefault<WordHasher>;

impl WordHasher {
    const K: u64 = 0xf135_7aea_2e62_a9c5;

    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(Self::K);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            // The length in the top byte (always padding here): `ab` and `ab\0` differ.
            self.add(u64::from_le_bytes(word) | (rest.len() as u64) << 56);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        // The multiply leaves its best bits on top; hashbrown indexes buckets by the low ones.
        self.hash.rotate_left(26)
    }
}

/// A set of words or phrases read from a data file, matched exactly.
#[derive(Debug, Default)]
pub struct WordSet {
    words: HashSet<&'static str, WordHash>,
}

impl WordSet {
    /// Reads every entry of `data`, of all its sections.
    pub fn parse(data: &'static str) -> Self {
        WordSet {
            words: entries(data)
                .filter(|line| !is_section_header(line))
                .collect(),
        }
    }

    /// Reads the entries of the `[name]` section of `data`, a file that holds several lists
    /// (each opens with its `[name]` line). A section that is not there is empty.
    pub fn section(data: &'static str, name: &str) -> Self {
        let header = format!("[{name}]");
        WordSet {
            words: entries(data)
                .skip_while(|line| *line != header)
                .skip(1)
                .take_while(|line| !is_section_header(line))
                .collect(),
        }
    }

    /// True when `word` is an entry, as written.
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// Every entry, in no order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.words.iter().copied()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when the list has no entries.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Declares a lazily parsed [`WordSet`] from a file under `data/`, whole or one section:
/// `word_set!(fn abbreviations, "abbreviations.txt");`,
/// `word_set!(fn person_roles, "quotes_roles.txt", "people");`
#[macro_export]
macro_rules! word_set {
    ($vis:vis fn $name:ident, $file:literal) => {
        $vis fn $name() -> &'static $crate::lexicon::WordSet {
            static SET: std::sync::OnceLock<$crate::lexicon::WordSet> = std::sync::OnceLock::new();
            SET.get_or_init(|| {
                $crate::lexicon::WordSet::parse(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/", $file)))
            })
        }
    };
    ($vis:vis fn $name:ident, $file:literal, $section:literal) => {
        $vis fn $name() -> &'static $crate::lexicon::WordSet {
            static SET: std::sync::OnceLock<$crate::lexicon::WordSet> = std::sync::OnceLock::new();
            SET.get_or_init(|| {
                let data = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/", $file));
                $crate::lexicon::WordSet::section(data, $section)
            })
        }
    };
}

/// Defines `fn $name() -> &'static [&'static str]`: the entries of `data/$file` in file order,
/// for phrases matched by containment or prefix rather than looked up whole.
#[macro_export]
macro_rules! word_list {
    ($vis:vis fn $name:ident, $file:literal) => {
        $vis fn $name() -> &'static [&'static str] {
            static LIST: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
            LIST.get_or_init(|| {
                $crate::lexicon::entries(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/", $file)))
                    .collect()
            })
        }
    };
}

// Words that label a picture's credit (`Image: Nick Moreau`): the structure finds credit lines
// by them, and the name finder leaves a credit out of a caption's casing.
word_set!(pub(crate) fn credit_labels, "credit_labels.txt");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_ends_at_the_next() {
        let data = "# lists\n[a]\n# the first\nx\ny\n\n[b]\nz\n";
        let a = WordSet::section(data, "a");
        assert!(a.contains("x") && a.contains("y") && !a.contains("z") && a.len() == 2);
        assert!(WordSet::section(data, "b").contains("z"));
        assert!(WordSet::section(data, "c").is_empty());
        let all = WordSet::parse(data);
        assert!(all.len() == 3 && !all.contains("[a]"));
    }

    #[test]
    fn skips_comments_and_blanks() {
        let set = WordSet::parse("# source: us\n\nMr.\n  Dr. \n");
        assert!(set.contains("Mr.") && set.contains("Dr."));
        assert_eq!(set.len(), 2);
    }

    #[test]
    fn word_hash_tells_words_apart() {
        use std::hash::BuildHasher;
        let hash = |w: &str| WordHash::default().hash_one(w);
        assert_ne!(hash("said"), hash("says"));
        assert_ne!(hash("ab"), hash("ab\0"));
        assert_eq!(hash("Mr."), hash("Mr."));
    }
}
