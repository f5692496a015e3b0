//! Spans inside the analysed text, and the one place that converts them to the offset unit a
//! caller asked for.
//!
//! Inside the crate every span is a half-open byte range on char boundaries. Callers in JS want
//! UTF-16 code units (`text.slice(start, end)`), Python callers want code points; the
//! [`OffsetMap`] built once per text converts at the edge (`json.rs`).

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` of the analysed text, always on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no text.
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text this span covers.
    pub fn text(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// True when `other` lies entirely inside `self`.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span shrunk to exclude leading and trailing whitespace.
    pub fn trim(self, text: &str) -> Span {
        let inner = &text[self.start..self.end];
        let start = self.start + (inner.len() - inner.trim_start().len());
        let end = self.start + inner.trim_end().len();
        if start >= end {
            Span::new(start, start)
        } else {
            Span::new(start, end)
        }
    }
}

/// The span of `sorted` (in text order, none inside another) that holds `inner`, found by
/// bisection: the quotation a word stands in, the menu line a name is on.
pub(crate) fn containing(sorted: &[Span], inner: Span) -> Option<Span> {
    let at = sorted.partition_point(|s| s.end <= inner.start);
    sorted.get(at).copied().filter(|s| s.contains(inner))
}

/// The unit in which spans are reported to callers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-16 code units: what JS strings index by.
    #[default]
    Utf16,
    /// Unicode scalar values: what Python strings index by.
    Codepoint,
    /// UTF-8 bytes: what Rust strings index by.
    Byte,
}

impl OffsetUnit {
    /// The name used in the JSON and on the command line.
    pub const fn name(self) -> &'static str {
        match self {
            OffsetUnit::Utf16 => "utf16",
            OffsetUnit::Codepoint => "codepoint",
            OffsetUnit::Byte => "byte",
        }
    }

    /// Parses `utf16`, `codepoint` or `byte`.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "utf16" => Some(OffsetUnit::Utf16),
            "codepoint" => Some(OffsetUnit::Codepoint),
            "byte" => Some(OffsetUnit::Byte),
            _ => None,
        }
    }
}

/// Converts byte offsets of one text into another [`OffsetUnit`].
///
/// It records, for every non-ASCII char, how many bytes more than units the text has used up to
/// the end of that char; a conversion is then one binary search. An ASCII text needs no table.
#[derive(Debug, Clone)]
pub struct OffsetMap {
    unit: OffsetUnit,
    /// `(byte offset just after a non-ASCII char, bytes minus units up to there)`.
    shrink_after: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// Builds the table for `text` in `unit`.
    pub fn new(text: &str, unit: OffsetUnit) -> Self {
        let mut shrink_after = Vec::new();
        if unit != OffsetUnit::Byte && !text.is_ascii() {
            let mut shrink = 0;
            for (at, ch) in text.char_indices().filter(|(_, ch)| !ch.is_ascii()) {
                let units = match unit {
                    OffsetUnit::Utf16 => ch.len_utf16(),
                    _ => 1,
                };
                shrink += ch.len_utf8() - units;
                shrink_after.push((at + ch.len_utf8(), shrink));
            }
        }
        OffsetMap { unit, shrink_after }
    }

    /// The unit this map converts to.
    pub const fn unit(&self) -> OffsetUnit {
        self.unit
    }

    /// Converts a byte offset (on a char boundary) into the map's unit.
    pub fn convert(&self, byte: usize) -> usize {
        let passed = self
            .shrink_after
            .partition_point(|&(after, _)| after <= byte);
        match passed {
            0 => byte,
            n => byte - self.shrink_after[n - 1].1,
        }
    }

    /// Converts both ends of a span.
    pub fn span(&self, span: Span) -> [usize; 2] {
        [self.convert(span.start), self.convert(span.end)]
    }
}

/// The char at byte `at` of `text` (a char boundary), read without decoding when it is ASCII,
/// as most news is; `None` past the end.
pub(crate) fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(at..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expected(text: &str, byte: usize, unit: OffsetUnit) -> usize {
        match unit {
            OffsetUnit::Utf16 => text[..byte].encode_utf16().count(),
            OffsetUnit::Codepoint => text[..byte].chars().count(),
            OffsetUnit::Byte => byte,
        }
    }

    #[test]
    fn converts_every_boundary_of_mixed_text() {
        let text = "Шойгу said “hi” 😀 to 北京 ok";
        for unit in [OffsetUnit::Utf16, OffsetUnit::Codepoint, OffsetUnit::Byte] {
            let map = OffsetMap::new(text, unit);
            for byte in (0..=text.len()).filter(|&b| text.is_char_boundary(b)) {
                assert_eq!(
                    map.convert(byte),
                    expected(text, byte, unit),
                    "{unit:?} at {byte}"
                );
            }
        }
    }

    #[test]
    fn ascii_text_is_identity() {
        let map = OffsetMap::new("plain text", OffsetUnit::Utf16);
        assert_eq!(map.span(Span::new(2, 7)), [2, 7]);
    }

    #[test]
    fn trim_drops_outer_whitespace() {
        let text = "  a b \n";
        assert_eq!(Span::new(0, text.len()).trim(text), Span::new(2, 5));
        assert_eq!(Span::new(0, 2).trim(text), Span::new(2, 2));
    }
}
