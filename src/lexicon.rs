//! Word lists kept as plain-text data files under `data/` and compiled into the binary.
//!
//! A data file holds one entry per line; `#` starts a comment line, blank lines are skipped.
//! Each file names its source and licence in its opening comment.

use std::collections::HashSet;

/// The entries of a data file: trimmed, non-empty, comment lines skipped.
pub fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

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

/// A set of words or phrases read from a data file, matched exactly.
#[derive(Debug, Default)]
pub struct WordSet {
    words: HashSet<&'static str>,
}

impl WordSet {
    /// Reads every entry of `data`.
    pub fn parse(data: &'static str) -> Self {
        WordSet {
            words: entries(data).collect(),
        }
    }

    /// True when `word` is an entry, as written.
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
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

/// Declares a lazily parsed [`WordSet`] from a file under `data/`:
/// `word_set!(fn abbreviations, "abbreviations.txt");`
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_comments_and_blanks() {
        let set = WordSet::parse("# source: us\n\nMr.\n  Dr. \n");
        assert!(set.contains("Mr.") && set.contains("Dr."));
        assert_eq!(set.len(), 2);
    }
}
