//! The small matching steps the line patterns (dateline.rs, byline.rs, roles.rs) are written
//! with. The patterns are line-level and short, so plain code reads as well as a regex would and
//! keeps a regex engine and its Unicode tables out of the WebAssembly (a third of its size).
//!
//! Positions are byte offsets into the line, always on char boundaries. Where a pattern can
//! match in more than one way, the steps yield the greedy choice first, as a regex would.

/// The char at `at`, if any.
pub(super) fn char_at(s: &str, at: usize) -> Option<char> {
    s.get(at..).and_then(|rest| rest.chars().next())
}

/// The char just before `at`, if any.
pub(super) fn char_before(s: &str, at: usize) -> Option<char> {
    s.get(..at).and_then(|head| head.chars().next_back())
}

/// The position after one char at `at` that `is` accepts.
pub(super) fn one(s: &str, at: usize, is: impl Fn(char) -> bool) -> Option<usize> {
    char_at(s, at).filter(|&c| is(c)).map(|c| at + c.len_utf8())
}

/// The position after the longest run of chars from `at` that `is` accepts.
pub(super) fn run(s: &str, at: usize, is: impl Fn(char) -> bool) -> usize {
    s[at..]
        .char_indices()
        .find(|&(_, c)| !is(c))
        .map_or(s.len(), |(i, _)| at + i)
}

/// The ends of `min..=max` chars from `at` that `is` accepts, the longest first (`[a-z]{1,2}`).
pub(super) fn counted(
    s: &str,
    at: usize,
    min: usize,
    max: usize,
    is: impl Fn(char) -> bool,
) -> impl Iterator<Item = usize> + '_ {
    let (mut end, mut count) = (at, 0);
    for c in s[at..].chars().take(max) {
        if !is(c) {
            break;
        }
        end += c.len_utf8();
        count += 1;
    }
    let mut next = (count >= min).then_some((end, count));
    std::iter::from_fn(move || {
        let (end, count) = next?;
        next = char_before(s, end)
            .filter(|_| count > min)
            .map(|c| (end - c.len_utf8(), count - 1));
        Some(end)
    })
}

/// The position after `word` when `s` holds it at `at`.
pub(super) fn lit(s: &str, at: usize, word: &str) -> Option<usize> {
    s[at..].starts_with(word).then_some(at + word.len())
}

/// The same, ignoring ASCII case (`(?i)` on an ASCII literal).
pub(super) fn lit_ci(s: &str, at: usize, word: &str) -> Option<usize> {
    let end = at + word.len();
    s.get(at..end)
        .filter(|held| held.eq_ignore_ascii_case(word))
        .map(|_| end)
}

/// True when `s[from..to]` is `min..=max` chars with no line break (`[^\n]{min,max}`).
pub(super) fn line_of(s: &str, from: usize, to: usize, min: usize, max: usize) -> bool {
    line_without(s, from, to, min, max, |_| false)
}

/// The same, also without any char `banned` accepts (`[^\n)]{min,max}`).
pub(super) fn line_without(
    s: &str,
    from: usize,
    to: usize,
    min: usize,
    max: usize,
    banned: impl Fn(char) -> bool,
) -> bool {
    let Some(part) = s.get(from..to) else {
        return false;
    };
    let mut count = 0;
    for c in part.chars() {
        if c == '\n' || banned(c) {
            return false;
        }
        count += 1;
        if count > max {
            return false;
        }
    }
    count >= min
}

/// `\s*[^\n]{min,max}` from `from` to `to`: some whitespace, then such a stretch.
pub(super) fn spaced_line_of(s: &str, from: usize, to: usize, min: usize, max: usize) -> bool {
    if from > to {
        return false;
    }
    let spaces = run(s, from, char::is_whitespace).min(to);
    s[from..spaces]
        .char_indices()
        .map(|(i, _)| from + i)
        .chain([spaces])
        .any(|at| line_of(s, at, to, min, max))
}

/// `\p{Lu}`: an uppercase letter.
pub(super) fn upper(c: char) -> bool {
    c.is_uppercase()
}

/// `\p{Ll}`: a lowercase letter.
pub(super) fn lower(c: char) -> bool {
    c.is_lowercase()
}

/// `\p{L}`: a letter.
pub(super) fn letter(c: char) -> bool {
    c.is_alphabetic()
}

/// `\d`: a decimal digit, in any script (Unicode `Nd`: `7`, `٧`, `７`; not `½` or `²`).
pub(super) fn digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    // Every script's digits are ten code points in a row from its zero.
    let code = u32::from(c);
    let after = DIGIT_ZEROS.partition_point(|&zero| zero <= code);
    after > 0 && code - DIGIT_ZEROS[after - 1] < 10
}

/// The zero of each run of decimal digits in Unicode (general category `Nd`).
const DIGIT_ZEROS: [u32; 76] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x10D40, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x116D0, 0x116DA, 0x11730, 0x118E0, 0x11950, 0x11BF0, 0x11C50, 0x11D50,
    0x11DA0, 0x11F50, 0x16130, 0x16A60, 0x16AC0, 0x16B50, 0x16D70, 0x1CCF0, 0x1D7CE, 0x1D7D8,
    0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E5F1, 0x1E950, 0x1FBF0,
];

/// `\p{M}` for the scripts with capitals: a combining mark (`SÃO` typed with a combining tilde).
pub(super) fn mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// `\w`: a letter, digit, mark or underscore.
pub(super) fn word(c: char) -> bool {
    c.is_alphabetic() || digit(c) || c == '_' || mark(c) || matches!(c, '\u{200C}' | '\u{200D}')
}

/// `\b`: a word boundary at `at`.
pub(super) fn boundary(s: &str, at: usize) -> bool {
    char_before(s, at).is_some_and(word) != char_at(s, at).is_some_and(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_yields_the_longest_first() {
        let ends: Vec<usize> = counted("12345", 0, 1, 3, digit).collect();
        assert_eq!(ends, [3, 2, 1]);
        assert_eq!(counted("1x", 0, 2, 4, digit).count(), 0);
        assert_eq!(counted("ab", 0, 0, 1, digit).collect::<Vec<_>>(), [0]);
    }

    #[test]
    fn stretches_and_boundaries() {
        assert!(line_of("abc", 0, 3, 1, 3) && !line_of("abcd", 0, 4, 1, 3));
        assert!(!line_of("a\nb", 0, 3, 1, 9) && !line_of("", 0, 0, 1, 9));
        assert!(spaced_line_of(":   x", 1, 5, 1, 1) && !spaced_line_of(":   x", 5, 4, 0, 9));
        assert!(boundary("a b", 1) && boundary("a b", 2) && !boundary("ab", 1));
        assert!(boundary("ab", 0) && boundary("ab", 2) && !boundary("", 0));
    }
}
