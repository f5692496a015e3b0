//! A sentence -> tokens: words (`Russia-NATO`, `U.S.`, `O'Gorman`, `P.`), numbers (`3.5`,
//! `1996-08-30`), the possessive `’s` and single punctuation marks, each with its byte span.

use crate::span::{char_at, Span};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters, with inner hyphens, apostrophes and abbreviation dots.
    Word,
    /// Digits, with inner `.`, `,`, `:`, `/`, `-` between digits; letters may follow (`5th`).
    Number,
    /// The possessive `’s` / `'s` (or a lone `’` after a plural: `players’`).
    Possessive,
    /// Any other single character.
    Punct,
}

/// One token of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: TokenKind,
    pub span: Span,
    /// White space (or the sentence start) comes right before it.
    pub space_before: bool,
}

impl Token {
    pub fn text(self, text: &str) -> &str {
        self.span.text(text)
    }

    /// A match score: `3-1`, `12-10`.
    pub fn is_score(self, text: &str) -> bool {
        self.kind == TokenKind::Number
            && self.text(text).split_once('-').is_some_and(|(a, b)| {
                (1..=2).contains(&a.len())
                    && (1..=2).contains(&b.len())
                    && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
            })
    }
}

/// Words that keep their full stop: `Mr.`, `Inc.`, `St.`.
const DOTTED: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Gen", "Col", "Maj", "Capt", "Lt", "Sgt", "Adm", "Gov",
    "Sen", "Rep", "Inc", "Corp", "Co", "Ltd", "St", "Jr", "Sr", "Mt", "Ft", "Jan", "Feb", "Mar",
    "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Messrs", "Bros", "Cie",
    "Cllr", "Smt", "Reps", "Sens",
];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `span` of `text` into tokens, in order.
pub(crate) fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let s = span.text(text);
    let bytes = s.as_bytes();
    let mut space_before = true;
    let char_at = |at: usize| char_at(s, at);
    let mut next = 0;
    while let Some(c) = char_at(next) {
        let start = next;
        if c.is_whitespace() {
            space_before = true;
            next += c.len_utf8();
            continue;
        }
        let mut end = start + c.len_utf8();
        let kind;
        if c.is_alphabetic() {
            kind = TokenKind::Word;
            // Letters and digits, joined by one inner hyphen or apostrophe; `’s` stays apart.
            loop {
                match char_at(end) {
                    Some(n) if n.is_alphanumeric() || n == '\u{301}' => end += n.len_utf8(),
                    Some(n) if n == '-' || n == '‐' || is_apostrophe(n) => {
                        let after = end + n.len_utf8();
                        let Some(m) = char_at(after) else { break };
                        if !m.is_alphanumeric() {
                            break;
                        }
                        if is_apostrophe(n) {
                            // `Russia’s` -> `Russia` `’s`; `O'Gorman`, `There’ve` stay whole.
                            let rest = &s[after..];
                            let tail = rest
                                .char_indices()
                                .find(|(_, x)| !x.is_alphanumeric())
                                .map_or(rest.len(), |(i, _)| i);
                            if &rest[..tail] == "s" || &rest[..tail] == "S" {
                                break;
                            }
                        }
                        end = after;
                    }
                    _ => break,
                }
            }
            let word = &s[start..end];
            // `P.`, `U.S.`, `J.R.`: single letters with their dots.
            if word.chars().count() == 1 && char_at(end) == Some('.') {
                end += 1;
                // `U.S.`: more letter-dot pairs.
                while char_at(end).is_some_and(|l| l.is_ascii_alphabetic())
                    && char_at(end + 1) == Some('.')
                {
                    end += 2;
                }
            } else if char_at(end) == Some('.') && DOTTED.contains(&word) {
                end += 1;
            }
        } else if c.is_ascii_digit() {
            kind = TokenKind::Number;
            loop {
                match char_at(end) {
                    Some(n) if n.is_alphanumeric() => end += n.len_utf8(),
                    Some(n @ ('.' | ',' | ':' | '/' | '-'))
                        if bytes.get(end + 1).is_some_and(u8::is_ascii_digit) =>
                    {
                        end += n.len_utf8();
                    }
                    _ => break,
                }
            }
        } else if is_apostrophe(c)
            && matches!(char_at(end), Some('s' | 'S'))
            && !char_at(end + 1).is_some_and(char::is_alphanumeric)
            && !space_before
        {
            kind = TokenKind::Possessive;
            end += 1;
        } else {
            kind = TokenKind::Punct;
        }
        next = end;
        out.push(Token {
            kind,
            span: Span::new(span.start + start, span.start + end),
            space_before,
        });
        space_before = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(s, Span::new(0, s.len()), &mut out);
        out.iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn splits_as_names_need() {
        let table: &[(&str, &[&str])] = &[
            ("Russia’s NATO", &["Russia", "’s", "NATO"]),
            ("Krasilnikov/TASS", &["Krasilnikov", "/", "TASS"]),
            (
                "the Russia-NATO Council.",
                &["the", "Russia-NATO", "Council", "."],
            ),
            ("U.S. President", &["U.S.", "President"]),
            ("P. Simmons 4-38", &["P.", "Simmons", "4-38"]),
            ("Mr. O'Gorman, 3.5%", &["Mr.", "O'Gorman", ",", "3.5", "%"]),
            ("There’ve been", &["There’ve", "been"]),
            ("on 1996-08-30.", &["on", "1996-08-30", "."]),
            ("Acme Inc. said", &["Acme", "Inc.", "said"]),
            ("Émile Zola’s", &["Émile", "Zola", "’s"]),
        ];
        for (input, expected) in table {
            assert_eq!(&words(input), expected, "{input}");
        }
    }
}
