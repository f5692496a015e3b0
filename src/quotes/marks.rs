//! Paragraph blocks -> quoted passages: quotation marks paired in any style, nested passages,
//! passages that run over paragraphs.
//!
//! Marks are paired with a small stack per paragraph, so the scan is linear whatever the input:
//! the stack never grows past [`MAX_DEPTH`] and a closing mark looks at most that far down.
//! A passage never runs past its paragraph unless the next paragraph opens with a new mark of
//! the same family (the convention for a quotation over several paragraphs), or a closing mark
//! comes before any opening one in the next few lines (pages that drop the reopening mark).

use crate::span::Span;

/// Marks that close each other: `"` closes `“` and `„`, `’` closes `‘`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    /// `"` `“` `”` `„` ``` `` ``` `''`
    Double,
    /// `'` `‘` `’`
    Single,
    /// `«` `»`
    Guillemet,
    /// `‹` `›`
    SingleGuillemet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark whose side the stack decides.
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    span: Span,
    family: Family,
    role: Role,
    /// `„`: closed by `“` as well as `”`.
    low: bool,
}

/// A stack deeper than this is no quotation, only stray marks.
const MAX_DEPTH: usize = 8;

/// One passage between quotation marks.
#[derive(Debug, Clone)]
pub(crate) struct Passage {
    /// Opening mark to closing mark (or to the end of the paragraph when never closed).
    pub span: Span,
    /// The words between the marks: one part per paragraph.
    pub parts: Vec<Span>,
    /// Index (in the returned list) of the passage that contains this one.
    pub parent: Option<usize>,
    /// False when the paragraph ended before a closing mark.
    pub closed: bool,
}

struct Open {
    mark: Mark,
    /// Content parts gathered in earlier paragraphs of a multi-paragraph quotation.
    earlier: Vec<Span>,
    /// Start of the whole passage (the first paragraph's opening mark).
    start: usize,
    /// Index of the enclosing open entry's passage id, resolved when it closes.
    id: usize,
    /// Carried into a paragraph that has no opening mark of its own but closes this one.
    continues_unmarked: bool,
}

impl Open {
    /// A multi-paragraph quotation whose next paragraph did not continue it (or the text ended):
    /// it ends with the content gathered so far, as `(open id, passage, parent open id)`.
    fn unclosed(self) -> (usize, Passage, Option<usize>) {
        let end = self.earlier.last().map_or(self.mark.span.end, |s| s.end);
        let passage = Passage {
            span: Span::new(self.start, end),
            parts: self.earlier,
            parent: None,
            closed: false,
        };
        (self.id, passage, None)
    }
}

/// Finds the quoted passages of the given paragraphs (block spans, in text order).
pub(crate) fn passages(text: &str, paragraphs: &[Span]) -> Vec<Passage> {
    let mut found: Vec<(usize, Passage, Option<usize>)> = Vec::new(); // (open id, passage, parent open id)
    let mut next_id = 0usize;
    let mut carry: Option<Open> = None;
    for (index, &paragraph) in paragraphs.iter().enumerate() {
        let mut marks = scan(text, paragraph);
        let carried = carry
            .as_ref()
            .is_some_and(|o| o.mark.family == Family::Double);
        reopen_stray_closes(text, &mut marks, carried);
        let mut stack: Vec<Open> = Vec::new();
        let mut marks_iter = marks.into_iter().peekable();
        if let Some(mut open) = carry.take() {
            // The quotation continues only if this paragraph opens with a mark of its family,
            // or has none before the mark that closes it.
            match marks_iter.peek() {
                _ if open.continues_unmarked => {
                    let mark = Mark {
                        span: Span::new(paragraph.start, paragraph.start),
                        ..open.mark
                    };
                    if blank_line_between(text, &paragraphs[index - 1..=index]) {
                        // A new paragraph of the page: the quotation there is a new passage.
                        found.push(open.unclosed());
                        stack.push(Open {
                            mark,
                            earlier: Vec::new(),
                            start: paragraph.start,
                            id: next_id,
                            continues_unmarked: false,
                        });
                        next_id += 1;
                    } else {
                        open.mark = mark;
                        open.continues_unmarked = false;
                        stack.push(open);
                    }
                }
                Some(m)
                    if m.span.start == paragraph.start
                        && m.family == open.mark.family
                        && m.role != Role::Close =>
                {
                    open.mark = *m;
                    marks_iter.next();
                    stack.push(open);
                }
                _ => {
                    found.push(open.unclosed());
                }
            }
        }
        for mark in marks_iter {
            let closes_at = match mark.role {
                Role::Open if mark.family == Family::Double && mark.low => None,
                Role::Open => {
                    // `“` closes a German `„`.
                    if text[mark.span.start..].starts_with('“') {
                        stack
                            .iter()
                            .rposition(|o| o.mark.low && o.mark.family == Family::Double)
                    } else {
                        None
                    }
                }
                Role::Close | Role::Either => {
                    stack.iter().rposition(|o| o.mark.family == mark.family)
                }
            };
            match (closes_at, mark.role) {
                (Some(at), _) => {
                    stack.truncate(at + 1);
                    if let Some(open) = stack.pop() {
                        let mut parts = open.earlier;
                        parts.push(Span::new(open.mark.span.end, mark.span.start).trim(text));
                        parts.retain(|p| !p.is_empty());
                        let parent = stack.last().map(|o| o.id);
                        found.push((
                            open.id,
                            Passage {
                                span: Span::new(open.start, mark.span.end),
                                parts,
                                parent: None,
                                closed: true,
                            },
                            parent,
                        ));
                    }
                }
                (None, Role::Open | Role::Either) => {
                    if stack.len() < MAX_DEPTH {
                        stack.push(Open {
                            mark,
                            earlier: Vec::new(),
                            start: mark.span.start,
                            id: next_id,
                            continues_unmarked: false,
                        });
                        next_id += 1;
                    }
                }
                (None, Role::Close) => {} // a stray closing mark
            }
        }
        // Unclosed marks: the outermost may continue in the next paragraph; the rest end here.
        let next_opens_same = |open: &Open| {
            paragraphs.get(index + 1).is_some_and(|next| {
                scan_first(text, *next).is_some_and(|m| {
                    m.span.start == next.start
                        && m.family == open.mark.family
                        && m.role != Role::Close
                })
            })
        };
        let mut stack = stack.into_iter();
        if let Some(mut outer) = stack.next() {
            let part = Span::new(outer.mark.span.end, paragraph.end).trim(text);
            if !part.is_empty() {
                outer.earlier.push(part);
            }
            let plausible = outer.earlier.len() > 1 || opens_plausibly(text, paragraph, outer.mark);
            if next_opens_same(&outer) && !outer.earlier.is_empty() && plausible {
                carry = Some(outer);
            } else if closes_unopened(text, &paragraphs[index + 1..], outer.mark.family)
                && !outer.earlier.is_empty()
                && plausible
            {
                outer.continues_unmarked = true;
                carry = Some(outer);
            } else if opens_plausibly(text, paragraph, outer.mark) && !outer.earlier.is_empty() {
                found.push((
                    outer.id,
                    Passage {
                        span: Span::new(outer.start, paragraph.end),
                        parts: outer.earlier,
                        parent: None,
                        closed: false,
                    },
                    None,
                ));
            }
        }
    }
    if let Some(open) = carry {
        found.push(open.unclosed());
    }
    found.sort_by_key(|(_, p, _)| (p.span.start, std::cmp::Reverse(p.span.end)));
    // Open ids -> positions in the sorted list, to resolve parents.
    let mut position = vec![usize::MAX; next_id];
    for (at, (id, _, _)) in found.iter().enumerate() {
        if let Some(slot) = position.get_mut(*id) {
            *slot = at;
        }
    }
    found
        .iter()
        .map(|(_, passage, parent)| {
            let mut passage = passage.clone();
            passage.parent = parent
                .and_then(|id| position.get(id).copied())
                .filter(|&at| at != usize::MAX);
            passage
        })
        .collect()
}

/// An unclosed mark is taken as a quotation to the end of the paragraph only where a
/// quotation usually opens: at the paragraph's start, after `:` or `,`, or opening a sentence
/// (`"...," Baier told reporters. "We asked for talks` running on into the next paragraph).
fn opens_plausibly(text: &str, paragraph: Span, mark: Mark) -> bool {
    let before = text[paragraph.start..mark.span.start].trim_end();
    before.is_empty() || before.ends_with([':', ',', '.', '!', '?'])
}

/// `Wilkins said," [Warhol] liked the way ... looked".`: a straight `"` that can only close,
/// with nothing open to close, opens a quotation when the next double mark of its paragraph can
/// close it. Not after a digit (`a 12" pipe`), and not while a quotation carried in from the
/// last paragraph is open.
fn reopen_stray_closes(text: &str, marks: &mut [Mark], carried: bool) {
    let mut depth = usize::from(carried);
    for at in 0..marks.len() {
        let mark = marks[at];
        if mark.family != Family::Double {
            continue;
        }
        match mark.role {
            Role::Open => depth += 1,
            Role::Either if depth == 0 => depth += 1,
            Role::Either | Role::Close if depth > 0 => depth -= 1,
            _ => {
                let straight = &text[mark.span.start..mark.span.end] == "\"";
                let inch = is_inch_sign(text, mark);
                let closer_follows = marks[at + 1..]
                    .iter()
                    .find(|m| m.family == Family::Double)
                    .is_some_and(|m| m.role != Role::Open);
                if straight && !inch && closer_follows {
                    marks[at].role = Role::Open;
                    depth += 1;
                }
            }
        }
    }
}

/// Some pages leave out the mark that reopens a quotation in its next paragraph and only
/// close it there: `said, "I think ...` / `It was a very emotional day. ... better."`. The
/// next paragraph is quoted too when the first mark of its family there, or in the next
/// [`UNMARKED_RUN`] paragraphs, can only close. Across a blank line that is a passage of its
/// own, as an unclosed quotation ends with its paragraph; across a single line break (one
/// sentence a line, or a pull quote over its credit) the passage runs on. Double marks and
/// guillemets only: a lone `’` is an apostrophe as often as not.
fn closes_unopened(text: &str, following: &[Span], family: Family) -> bool {
    if !matches!(family, Family::Double | Family::Guillemet) {
        return false;
    }
    for &paragraph in following.iter().take(UNMARKED_RUN) {
        if let Some(first) = scan(text, paragraph).iter().find(|m| m.family == family) {
            return first.role == Role::Close && !is_inch_sign(text, *first);
        }
    }
    false
}

/// Whether a blank line parts the first of two consecutive paragraphs from the second.
fn blank_line_between(text: &str, pair: &[Span]) -> bool {
    match pair {
        [first, second] => text[first.end..second.start].matches('\n').count() > 1,
        _ => false,
    }
}

/// `a 12" pipe`: a mark right after a digit is an inch sign.
fn is_inch_sign(text: &str, mark: Mark) -> bool {
    text[..mark.span.start].ends_with(|c: char| c.is_ascii_digit())
}

/// Paragraphs a quotation may run through without any mark before the one that closes it.
const UNMARKED_RUN: usize = 3;

fn scan_first(text: &str, paragraph: Span) -> Option<Mark> {
    let first = text[paragraph.start..paragraph.end].chars().next()?;
    if is_mark_char(first) {
        scan(text, Span::new(paragraph.start, paragraph.end))
            .into_iter()
            .next()
    } else {
        None
    }
}

pub(crate) fn is_mark_char(ch: char) -> bool {
    matches!(
        ch,
        '"' | '“' | '”' | '„' | '«' | '»' | '‹' | '›' | '\'' | '‘' | '’' | '`'
    )
}

/// Space, start or end of text, or punctuation that can stand next to a mark from outside.
fn is_open_side(ch: Option<char>) -> bool {
    match ch {
        None => true,
        Some(c) => c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':'),
    }
}

fn is_close_side(ch: Option<char>) -> bool {
    match ch {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    ')' | ']' | '}' | ',' | '.' | ';' | ':' | '!' | '?' | '—' | '–' | '-' | '…'
                )
        }
    }
}

fn role_from_sides(before: Option<char>, after: Option<char>) -> Role {
    match (is_open_side(before), is_close_side(after)) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    }
}

/// The quotation marks of one paragraph, in order, with the side each can stand on.
/// Apostrophes (`NATO’s`, `There’ve`, `parents' `) are left out where the context tells.
fn scan(text: &str, paragraph: Span) -> Vec<Mark> {
    let line = &text[paragraph.start..paragraph.end];
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut marks = Vec::new();
    let mut single_open = 0usize; // open single marks so far, to read `’` and `'`
    let mut i = 0;
    while i < chars.len() {
        let (at, ch) = chars[i];
        let before = i.checked_sub(1).map(|j| chars[j].1);
        let abs = paragraph.start + at;
        let mut push = |len: usize, family: Family, role: Role, low: bool| {
            marks.push(Mark {
                span: Span::new(abs, abs + len),
                family,
                role,
                low,
            });
        };
        match ch {
            '"' => {
                let after = chars.get(i + 1).map(|c| c.1);
                push(1, Family::Double, role_from_sides(before, after), false);
            }
            '“' => {
                // `“Apparently not,“ he said`: a mark typed the wrong way round, after a word
                // and before a space, may close what is open.
                let after = chars.get(i + 1).map(|c| c.1);
                let role = if !is_open_side(before) && is_close_side(after) {
                    Role::Either
                } else {
                    Role::Open
                };
                push(ch.len_utf8(), Family::Double, role, false);
            }
            '„' => push(ch.len_utf8(), Family::Double, Role::Open, true),
            '”' => {
                let after = chars.get(i + 1).map(|c| c.1);
                let role = if is_open_side(before) && !is_close_side(after) {
                    Role::Either
                } else {
                    Role::Close
                };
                push(ch.len_utf8(), Family::Double, role, false);
            }
            '«' => push(ch.len_utf8(), Family::Guillemet, Role::Open, false),
            '»' => push(ch.len_utf8(), Family::Guillemet, Role::Close, false),
            '‹' => push(ch.len_utf8(), Family::SingleGuillemet, Role::Open, false),
            '›' => push(ch.len_utf8(), Family::SingleGuillemet, Role::Close, false),
            '`' if chars.get(i + 1).map(|c| c.1) == Some('`') => {
                push(2, Family::Double, Role::Open, false);
                i += 1;
            }
            '\'' => {
                let run = chars[i..].iter().take_while(|c| c.1 == '\'').count();
                let after = chars.get(i + run).map(|c| c.1);
                if run >= 2 {
                    let role = role_from_sides(before, after);
                    // `'''`: a single and a double mark; the single is the inner one.
                    if run >= 3 && role == Role::Close && single_open > 0 {
                        push(1, Family::Single, Role::Close, false);
                        single_open -= 1;
                        marks.push(Mark {
                            span: Span::new(abs + 1, abs + 3),
                            family: Family::Double,
                            role,
                            low: false,
                        });
                    } else if run >= 3 && role != Role::Close {
                        push(2, Family::Double, role, false);
                        marks.push(Mark {
                            span: Span::new(abs + 2, abs + 3),
                            family: Family::Single,
                            role: Role::Open,
                            low: false,
                        });
                        single_open += 1;
                    } else {
                        push(2, Family::Double, role, false);
                    }
                    i += run;
                    continue;
                }
                let role = single_role(before, after, single_open)
                    .filter(|_| !plural_possessive(&chars, i, single_open));
                if let Some(role) = role {
                    match role {
                        Role::Open => single_open += 1,
                        _ => single_open = single_open.saturating_sub(1),
                    }
                    push(1, Family::Single, role, false);
                }
            }
            '‘' => {
                let after = chars.get(i + 1).map(|c| c.1);
                let between_letters = before.is_some_and(char::is_alphanumeric)
                    && after.is_some_and(char::is_alphanumeric);
                if !between_letters {
                    single_open += 1;
                    push(ch.len_utf8(), Family::Single, Role::Open, false);
                }
            }
            '’' => {
                let after = chars.get(i + 1).map(|c| c.1);
                let role = single_role(before, after, single_open)
                    .filter(|_| !plural_possessive(&chars, i, single_open));
                if let Some(role) = role {
                    if role == Role::Close || single_open > 0 {
                        single_open = single_open.saturating_sub(1);
                        push(ch.len_utf8(), Family::Single, Role::Close, false);
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    marks
}

/// True when the single mark at `i`, inside an open single quotation, is the apostrophe of a
/// plural possessive: `'We will not back down on junior doctors' pay'`. It follows an `s`, a
/// word that is no function word follows it (not `'heroes' and 'villains'`), and a mark that
/// can close the quotation comes later in the paragraph, before any that opens.
fn plural_possessive(chars: &[(usize, char)], i: usize, open: usize) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "and", "or", "but", "as", "to", "in", "on", "at", "for", "of", "with", "by", "from", "is",
        "are", "was", "were", "that", "which", "who", "the", "a", "an", "he", "she", "they", "it",
        "we", "i", "you", "said", "says", "told", "not", "so", "if", "when", "than", "then", "has",
        "have", "had", "will", "would", "after", "before", "because",
    ];
    if open == 0 || i == 0 || !matches!(chars[i - 1].1, 's' | 'S') {
        return false;
    }
    if chars.get(i + 1).map(|c| c.1) != Some(' ') {
        return false;
    }
    let next: String = chars[i + 2..]
        .iter()
        .map(|c| c.1)
        .take_while(|c| c.is_alphabetic())
        .collect();
    if next.is_empty()
        || !next.starts_with(char::is_lowercase)
        || FUNCTION_WORDS.contains(&next.as_str())
    {
        return false;
    }
    // The next single mark after it must close (no letter after it) rather than open; the
    // apostrophes of `we're` and `it's` on the way are no marks.
    let letter_at = |j: usize| chars.get(j).is_some_and(|c| c.1.is_alphanumeric());
    let later = (i + 2..chars.len()).find(|&j| {
        matches!(chars[j].1, '\'' | '’' | '‘') && !(letter_at(j - 1) && letter_at(j + 1))
    });
    later.is_some_and(|j| {
        chars[j].1 != '‘'
            && (chars[j - 1].1.is_alphanumeric() || matches!(chars[j - 1].1, '.' | ',' | '!' | '?'))
            && !chars.get(j + 1).is_some_and(|c| c.1.is_alphanumeric())
    })
}

/// Reads a single mark: `None` for an apostrophe.
fn single_role(before: Option<char>, after: Option<char>, open: usize) -> Option<Role> {
    let letter_before = before.is_some_and(char::is_alphanumeric);
    let letter_after = after.is_some_and(char::is_alphanumeric);
    if letter_before && letter_after {
        return None; // NATO’s, There’ve, don't
    }
    if is_open_side(before) && letter_after || is_open_side(before) && after.is_some_and(is_mark) {
        // `'90s` and `’cause` open nothing that closes; accept the rare miss.
        return Some(Role::Open);
    }
    if !is_open_side(before) && is_close_side(after) || after.is_some_and(is_mark) {
        // `parents' ` is a possessive unless a single quotation is open.
        return (open > 0).then_some(Role::Close);
    }
    None
}

fn is_mark(ch: char) -> bool {
    matches!(ch, '"' | '“' | '”' | '»' | '›')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<String> {
        let paragraphs: Vec<Span> = crate::structure::lines(text).collect();
        passages(text, &paragraphs)
            .iter()
            .map(|p| {
                p.parts
                    .iter()
                    .map(|s| s.text(text))
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect()
    }

    #[test]
    fn pairs_every_style() {
        assert_eq!(quoted("He said \"yes, we will.\" Then"), ["yes, we will."]);
        assert_eq!(quoted("He said “yes, we will.” Then"), ["yes, we will."]);
        assert_eq!(quoted("Er sagte „ja, wir kommen“ dann"), ["ja, wir kommen"]);
        // A closing mark typed the wrong way round.
        assert_eq!(
            quoted("“Apparently not,“ he said. “A leopard.”"),
            ["Apparently not,", "A leopard."]
        );
        assert_eq!(quoted("Il a dit « oui » puis"), ["oui"]);
        assert_eq!(quoted("Il a dit ‹ oui › puis"), ["oui"]);
        assert_eq!(quoted("He said ``we will'' then"), ["we will"]);
        assert_eq!(quoted("He said ''we will'' then"), ["we will"]);
        assert_eq!(quoted("He said 'we will' then"), ["we will"]);
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(
            quoted(
                "“There’ve been claims that Russia came close to ‘NATO’s doorstep.’ Odd,” he said."
            ),
            [
                "There’ve been claims that Russia came close to ‘NATO’s doorstep.’ Odd,",
                "NATO’s doorstep."
            ]
        );
        assert_eq!(
            quoted("The parents' group didn't meet."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn nested_passage_knows_its_parent() {
        let text = "\"Outer 'inner words here' end\"";
        let found = passages(text, &[Span::new(0, text.len())]);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].parent, Some(0));
    }

    #[test]
    fn multi_paragraph_quotation_is_one_passage() {
        let text = "“First part of it.\n\n“Second part.” he said.\n\nNext.";
        assert_eq!(quoted(text), ["First part of it.|Second part."]);
    }

    #[test]
    fn next_paragraph_may_close_without_reopening() {
        // Lines of one paragraph: one passage over both.
        let text = "He said, \"I think we learned a lot.\nIt was a long day.\" Then \"more\" came.";
        assert_eq!(
            quoted(text),
            ["I think we learned a lot.|It was a long day.", "more"]
        );
        // Paragraphs of the page: the first ends its passage, the next is one of its own.
        let text =
            "He said, \"I think we learned a lot.\n\nIt was a long day.\" Then \"more\" came.";
        assert_eq!(
            quoted(text),
            ["I think we learned a lot.", "It was a long day.", "more"]
        );
    }

    #[test]
    fn stray_close_opens_before_a_closer() {
        let text =
            "Wilkins said,\" [Warhol] liked the booths\". She left. Pipes 12\" and 14\" wide.";
        assert_eq!(quoted(text), ["[Warhol] liked the booths"]);
    }

    #[test]
    fn inch_sign_closes_no_earlier_paragraph() {
        let text = "He said, \"We are ready.\n\nThe 12\" pipe burst on Monday.";
        assert_eq!(quoted(text), ["We are ready."]);
    }

    #[test]
    fn plural_possessive_inside_single_marks() {
        let text = "'Our members' patience is running out and we're ready,' said Mr Hale.";
        assert_eq!(
            quoted(text),
            ["Our members' patience is running out and we're ready,"]
        );
    }

    #[test]
    fn unclosed_mark_stops_at_paragraph_end() {
        let text = "He said: \"we are ready\n\nNext paragraph \"quoted\" here.";
        let found = quoted(text);
        assert_eq!(found, ["we are ready", "quoted"]);
    }

    #[test]
    fn thousands_of_marks_stay_linear() {
        let text = "“".repeat(10_000) + &"\"".repeat(10_000) + &"'a ".repeat(10_000);
        let start = std::time::Instant::now();
        let _ = passages(&text, &[Span::new(0, text.len())]);
        assert!(start.elapsed().as_secs() < 2);
    }
}
