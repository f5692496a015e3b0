//! A line -> a byline: `By Jane Doe and John Roe, Reuters`, `By STEVEN RADWELL, Reuters`,
//! `Jane Doe, Staff Writer`. The line must be nothing but names, joiners and an agency or job
//! title, so a sentence such as `By the end of the day, ...` never reads as one.

use super::scan::{char_at, lit, one, run};
use super::Byline;
use crate::lexicon::NAME_PARTICLES;
use crate::span::Span;
use crate::word_set;

word_set!(fn roles, "structure_byline_roles.txt");
word_set!(pub(crate) fn agencies, "structure_agencies.txt");
word_set!(fn outlet_words, "structure_outlet_words.txt");
word_set!(fn desk_words, "structure_byline_desks.txt");

/// A listed agency or outlet (`Reuters`, `BBC News`), or capitalised words ending in an
/// outlet's word (`Portvale News`, `The Harbour Times`).
pub(super) fn is_outlet(name: &str) -> bool {
    agencies().contains(&name.to_lowercase()) || named_like_outlet(name)
}

/// Two or more capitalised words, the last an outlet's word: `Portvale News`.
fn named_like_outlet(name: &str) -> bool {
    let mut words = name.split_whitespace();
    name.split_whitespace().nth(1).is_some()
        && words.all(|w| w.starts_with(char::is_uppercase))
        && name
            .rsplit(' ')
            .next()
            .is_some_and(|w| outlet_words().contains(w))
}

/// The joiners between the parts of a byline, as byte ranges of `rest`: `,`, `;`, `|`, `/`,
/// ` and `, ` & `, ` - ` with the spaces around them.
pub(super) fn joiners(rest: &str) -> Vec<(usize, usize)> {
    let space = char::is_whitespace;
    // A joiner starting at `at`: its spaces, then a mark; `and`, `&` and dashes need a space
    // before them and one after.
    let joiner_at = |at: usize| {
        let spaces = run(rest, at, space);
        if let Some(mark) = one(rest, spaces, |c| matches!(c, ',' | ';' | '|' | '/')) {
            return Some(run(rest, mark, space));
        }
        if spaces == at {
            return None;
        }
        let word = ["and", "And", "AND", "&"]
            .iter()
            .find_map(|w| lit(rest, spaces, w))
            .or_else(|| one(rest, spaces, |c| matches!(c, '—' | '–' | '-')))?;
        Some(run(rest, one(rest, word, space)?, space))
    };
    let mut found = Vec::new();
    let mut at = 0;
    while at < rest.len() {
        match joiner_at(at) {
            Some(end) => {
                found.push((at, end));
                at = end;
            }
            None => at += char_at(rest, at).map_or(1, char::len_utf8),
        }
    }
    found
}

/// `By `, `by `, `BY:`, `Author `, `Authors:` with the spaces after it: the byte length of the
/// prefix.
pub(super) fn by_prefix(line: &str) -> Option<usize> {
    // `Author Julia Becker (Berlin), Pierre Lemoine (Paris)`: a label where others write `By`.
    if let Some(label) = lit(line, 0, "Author") {
        let label = lit(line, label, "s").unwrap_or(label);
        let mark = one(line, label, |c| c == ':' || c.is_whitespace())?;
        return Some(run(line, mark, char::is_whitespace));
    }
    // `Opinion by Anna Klein`, `Analysis by ...`: the kind of piece before `by`; or the work
    // (`Written by Kate Lowe`, `Words by ...`).
    let kind = [
        "Written ",
        "Words ",
        "Opinion ",
        "Analysis ",
        "Commentary ",
        "Review ",
        "Interview ",
    ]
    .iter()
    .find_map(|w| lit(line, 0, w))
    .unwrap_or(0);
    let by = ["By", "by", "BY"].iter().find_map(|w| lit(line, kind, w))?;
    let mark = one(line, by, |c| c == ':' || c.is_whitespace())?;
    Some(run(line, mark, char::is_whitespace))
}

/// `By`, `BY:`: the label alone, with the author's name on the next line.
pub(super) fn is_lone_by(line: &str) -> bool {
    matches!(line.trim().trim_end_matches(':'), "By" | "by" | "BY")
}

/// The byline that `line` (one whole block) is, if it is one.
pub(super) fn parse(text: &str, line: Span) -> Option<Byline> {
    let whole = line.text(text);
    if whole.chars().count() > 120 {
        return None;
    }
    let (has_by, rest_start) = match by_prefix(whole) {
        Some(end) => (true, end),
        None => (false, 0),
    };
    let rest = whole[rest_start..].trim_end_matches(['.', ' ']);
    // `By Maren Estrada mestrada@gazette.com`: the author's address is no part of the name.
    let rest = if has_by { without_email(rest) } else { rest };
    // The parts between joiners, as byte ranges of `whole`.
    let mut parts = Vec::new();
    let mut at = 0;
    for (start, end) in joiners(rest) {
        parts.push((at, start));
        at = end;
    }
    parts.push((at, rest.len()));
    let mut names = Vec::new();
    let mut source = None;
    let mut has_role = false;
    let mut desk = false;
    let count = parts.len();
    for (index, &(start, end)) in parts.iter().enumerate() {
        let part = rest[start..end].trim();
        // `By Anna Verhoeven in Amsterdam`, `By Chris Bascombe at Anfield`, `Julia Becker
        // (Berlin)`: where the author wrote from is no part of a name.
        let part = if has_by { without_place(part) } else { part };
        let end = start + (rest[start..].len() - rest[start..].trim_start().len()) + part.len();
        if part.is_empty() {
            return None;
        }
        let span = Span::new(
            line.start + rest_start + start,
            line.start + rest_start + end,
        )
        .trim(text);
        let key = part.to_lowercase();
        let last = index + 1 == count;
        // `By Chris Lund, Portvale News`: an unlisted outlet, last after a name.
        let outlet = || last && index > 0 && !names.is_empty() && named_like_outlet(part);
        if let Some(name_len) = name_before_agency(part).filter(|_| last && has_by) {
            // `By CLAIRE RUSH Associated Press`: the agency run on after the name.
            names.push(Span::new(span.start, span.start + name_len));
            let agency = span.start + name_len + (part.len() - name_len)
                - part[name_len..].trim_start().len();
            source = Some(Span::new(agency, span.end));
        } else if agencies().contains(&key) && (last || index > 0 || count == 1) || outlet() {
            source = Some(span);
        } else if roles().contains(&key) && index > 0 {
            has_role = true;
        } else if has_by && index == 0 && names_desk(part) {
            // `By Sports Desk`, `By Staff Reporter`, `By Our Correspondent`: nobody named.
            has_role = true;
            desk = true;
        } else if let Some(agency) = agency_before_role(part).filter(|_| index > 0) {
            // `Reuters Correspondent`, `AP Staff Writer`
            has_role = true;
            source = Some(Span::new(span.start, span.start + agency));
        } else if index > 0 && beat_and_role(&key) {
            has_role = true; // `Eastern Europe correspondent`
        } else if is_name(part) {
            names.push(span);
        } else if let Some(name_len) = name_before_role(part).filter(|_| index == 0) {
            // `Pippa Crerar Political editor`: the name, then the job title on one line.
            has_role = true;
            names.push(Span::new(span.start, span.start + name_len));
        } else {
            return None;
        }
    }
    let accepted = if has_by {
        !names.is_empty() || source.is_some() || desk
    } else {
        // Without `By`, only `Name, Staff Writer` or `Name, Reuters` shapes; `Name / Reuters` is
        // a photo credit.
        !rest.contains(['/', '|'])
            && !names.is_empty()
            && (has_role || source.is_some())
            && names
                .iter()
                .all(|n| n.text(text).split_whitespace().count() >= 2)
    };
    accepted.then_some(Byline {
        span: line,
        names,
        source,
    })
}

/// `Maren Estrada mestrada@gazette.com` -> `Maren Estrada`: the line without the email address
/// that ends it.
fn without_email(rest: &str) -> &str {
    match rest.rsplit_once(char::is_whitespace) {
        Some((name, address)) if address.contains('@') && address.contains('.') => {
            name.trim_end_matches([' ', ',', '|', '-', '–', '—'])
        }
        _ => rest,
    }
}

/// `Anna Verhoeven in Amsterdam`, `Chris Bascombe at Anfield`, `Julia Becker (Berlin)` -> the
/// name before the place the author wrote from; `part` itself when it names no such place.
fn without_place(part: &str) -> &str {
    let bracketed = part
        .strip_suffix(')')
        .and_then(|open| open.rsplit_once(" ("))
        .filter(|(name, place)| !name.is_empty() && is_name(place))
        .map(|(name, _)| name.trim_end());
    let placed = || {
        [" in ", " at "].iter().find_map(|word| {
            let at = part.find(word)?;
            (at > 0 && is_name(&part[at + word.len()..])).then(|| &part[..at])
        })
    };
    bracketed.or_else(placed).unwrap_or(part)
}

/// `Sports Desk`, `Times Staff`, `Staff Reporter`, `Our Special Correspondent`: a newsroom's
/// desk or a job title in place of an author's name.
fn names_desk(part: &str) -> bool {
    let key = part.to_lowercase();
    let role = key.strip_prefix("our ").unwrap_or(&key);
    let last = role.rsplit(' ').next().unwrap_or_default();
    let capitalised = part
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase));
    roles().contains(role)
        || beat_and_role(role)
        || (capitalised && desk_words().contains(last) && part.split_whitespace().nth(4).is_none())
}

/// `Pippa Crerar Political editor`, `Dan Sabbagh Defence and security editor` -> the byte
/// length of the name: capitalised words, then a job title that opens with the first
/// capitalised word followed by a lowercase one.
fn name_before_role(part: &str) -> Option<usize> {
    // Each word with its byte offset in `part` (the words are slices of it).
    let words: Vec<(usize, &str)> = part
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - part.as_ptr() as usize, w))
        .collect();
    let lowercase = |w: &str| w.starts_with(char::is_lowercase);
    let role_at = (2..words.len().saturating_sub(1).min(5))
        .find(|&k| !lowercase(words[k].1) && lowercase(words[k + 1].1))?;
    let (role_start, _) = words[role_at];
    let (name_end, last) = words[role_at - 1];
    let name = &part[..name_end + last.len()];
    let role = part[role_start..].to_lowercase();
    (is_name(name) && (roles().contains(&role) || beat_and_role(&role))).then_some(name.len())
}

/// A bare author name beside the page's date line: `David Ehrlich` above `Nov 13, 2019 4:26 pm`,
/// or several joined by `,`, `and` or `&` (`Pippa Crerar and Kiran Stacey`). The caller checks
/// the neighbour; this checks the names: each two to four capitalised words.
pub(super) fn bare_name(text: &str, line: Span) -> Option<Byline> {
    let words = line.text(text);
    if words.chars().count() > 100 {
        return None;
    }
    let names = joined_names(words, &["", ",", "and", "And", "&"], |at, part| {
        let count = part.split_whitespace().count();
        let fits = (2..=4).contains(&count) && part.chars().count() <= 40 && is_name(part);
        fits.then(|| Span::new(line.start + at, line.start + at + part.len()).trim(text))
    })?;
    Some(Byline {
        span: line,
        names,
        source: None,
    })
}

/// The names of a line of parts joined by `,`, `and` or `&` (the `allowed` joiners), each part
/// at its byte offset read by `name`; `None` when a joiner or a part does not fit.
fn joined_names(
    words: &str,
    allowed: &[&str],
    mut name: impl FnMut(usize, &str) -> Option<Span>,
) -> Option<Vec<Span>> {
    let mut names = Vec::new();
    let mut at = 0;
    let joined = joiners(words)
        .into_iter()
        .chain([(words.len(), words.len())]);
    for (start, end) in joined {
        if !allowed.contains(&words[start..end].trim()) {
            return None;
        }
        names.push(name(at, &words[at..start])?);
        at = end;
    }
    Some(names)
}

/// `Angelique Chrisafis in Paris`, `Jon Hale in Brussels and Ana Ruiz in Madrid`: authors
/// without `By`, each with a place the gazetteer knows where they wrote from, as a paper sets
/// them under its headline or standfirst. The caller checks the line's place in the page.
pub(super) fn placed(text: &str, line: Span) -> Option<Byline> {
    let words = line.text(text);
    if words.chars().count() > 100 || words.ends_with(['.', '!', '?']) {
        return None;
    }
    let names = joined_names(words, &["", ",", "and", "&"], |at, part| {
        let (name, place) = part.trim().rsplit_once(" in ")?;
        let known = is_name(place)
            && place.split_whitespace().nth(3).is_none()
            && crate::entities::is_known_place(place);
        // A person's name, not a title-case headline's words (`Riots Erupt in Paris`): a given
        // name first, and no common word after it.
        let mut name_words = name.split_whitespace();
        let person = name_words.next().is_some_and(crate::entities::is_name_lead)
            && name_words.all(|w| !crate::entities::is_plain_word(w));
        if !known
            || !person
            || !(2..=4).contains(&name.split_whitespace().count())
            || !is_name(name)
        {
            return None;
        }
        let name_start = at + (part.len() - part.trim_start().len());
        Some(Span::new(
            line.start + name_start,
            line.start + name_start + name.len(),
        ))
    })?;
    Some(Byline {
        span: line,
        names,
        source: None,
    })
}

/// `Heidi M. Przybyla and Fredreka Schouten, USA TODAY`, `Jane Doe, Reuters`: authors without
/// `By`, then the outlet they write for after a comma. The caller checks the line's place in
/// the page.
pub(super) fn signed_for(text: &str, line: Span) -> Option<Byline> {
    let words = line.text(text).trim_end();
    let (authors, outlet) = words.rsplit_once(", ")?;
    if words.chars().count() > 100 || !is_outlet(outlet.trim()) {
        return None;
    }
    let names = bare_name(text, Span::new(line.start, line.start + authors.len()))?.names;
    let outlet_start = line.start + authors.len() + 2;
    Some(Byline {
        span: line,
        names,
        source: Some(Span::new(outlet_start, outlet_start + outlet.len()).trim(text)),
    })
}

/// `PTI | Updated: Sep 14, 2024, 22:10 IST`, `Jane Doe | March 4, 2025`, `Reuters · 2 hours ago`:
/// an agency or an author before the page's timestamp, on one line.
pub(super) fn stamped(text: &str, line: Span) -> Option<Byline> {
    let words = line.text(text);
    let (head, stamp) = words.split_once(['|', '·', '•'])?;
    let dated = super::roles::has_timestamp(stamp) || super::roles::is_age(stamp.trim());
    if words.chars().count() > 120 || !dated {
        return None;
    }
    let head = Span::new(line.start, line.start + head.len()).trim(text);
    if agencies().contains(&head.text(text).to_lowercase()) {
        return Some(Byline {
            span: line,
            names: Vec::new(),
            source: Some(head),
        });
    }
    let named = parse(text, head).or_else(|| bare_name(text, head))?;
    Some(Byline {
        span: line,
        ..named
    })
}

/// `Posted on April 3, 2025 by Daniel Frost`, `By Daniel Frost on April 3, 2025`, `Posted by Jane
/// Doe on 3 May 2025`: a blog's author line, the names before or after the date.
pub(super) fn dated(text: &str, line: Span) -> Option<Byline> {
    let words = line.text(text);
    if words.chars().count() > 120 || !super::roles::has_timestamp(words) {
        return None;
    }
    let span = |from: usize, to: usize| Span::new(line.start + from, line.start + to).trim(text);
    // The date, then `by` and the names.
    if let Some(at) = words.rfind(" by ") {
        if super::roles::has_timestamp(&words[..at]) {
            let names = span(at + 4, words.len());
            let named = parse(text, names).or_else(|| bare_name(text, names))?;
            return Some(Byline {
                span: line,
                ..named
            });
        }
    }
    // `By` and the names, then the date; a timestamp's label may stand before `by`.
    let at = words.rfind(" on ")?;
    if !super::roles::has_timestamp(&words[at..]) {
        return None;
    }
    let label = super::roles::TIMESTAMP_LABELS
        .iter()
        .find_map(|w| {
            words
                .get(..w.len())
                .filter(|head| head.eq_ignore_ascii_case(w))
        })
        .map_or(0, |head| head.len() + 1);
    let head = span(label.min(at), at);
    by_prefix(head.text(text))?;
    let named = parse(text, head)?;
    Some(Byline {
        span: line,
        ..named
    })
}

/// `PTI`, `Reuters`, `Press Trust of India`: a line that names a listed agency and nothing else,
/// as a page sets it under the headline; or two or three capitalised words named like an outlet
/// (`PA Media`, `Valley Post`). The agency is the source; no one is named.
pub(super) fn agency_line(text: &str, line: Span) -> Option<Byline> {
    let words = line.text(text).trim().trim_end_matches('.');
    let outlet = words.split_whitespace().nth(3).is_none() && named_like_outlet(words);
    let listed = words.len() <= 40 && agencies().contains(&words.to_lowercase());
    (listed || outlet).then_some(Byline {
        span: line,
        names: Vec::new(),
        source: Some(Span::new(line.start, line.start + words.len()).trim(text)),
    })
}

/// The byline a job title line under the author's is when it names an agency: no names, and
/// the agency (`AP Sports Writer`, `Environment correspondent, BBC News`).
pub(super) fn agency_role(text: &str, line: Span) -> Option<Byline> {
    if !role_line(text, line) {
        return None;
    }
    let role = line.trim(text);
    let words = role.text(text);
    let source = match words.rsplit_once(',') {
        // The outlet ends the line.
        Some((_, outlet)) if agencies().contains(&outlet.trim().to_lowercase()) => {
            Span::new(role.end - outlet.len(), role.end).trim(text)
        }
        _ => Span::new(role.start, role.start + agency_before_role(words)?),
    };
    Some(Byline {
        span: line,
        names: Vec::new(),
        source: Some(source),
    })
}

/// `BBC Scotland education correspondent`, `Political editor`, `Environment correspondent,
/// BBC News`: a line that names a job title alone, or with the outlet, as under a byline.
pub(super) fn role_line(text: &str, line: Span) -> bool {
    let words = line.text(text).trim().trim_end_matches(['.', ',']);
    // Count before lowercasing: a paragraph is no job title and need not be copied.
    if words.split_whitespace().nth(8).is_some() {
        return false;
    }
    let role = match words.rsplit_once(',') {
        Some((role, outlet)) if is_name(outlet) => role,
        _ => words,
    };
    let role = role.trim().to_lowercase();
    roles().contains(&role) || beat_and_role(&role)
}

/// `eastern europe correspondent`, `washington bureau chief` (lowercased): a beat or a place,
/// then a job title that ends the part.
fn beat_and_role(part: &str) -> bool {
    part.match_indices(' ')
        .any(|(at, _)| roles().contains(&part[at + 1..]))
}

/// `Reuters Correspondent`, `AP Sports Writer` -> the byte length of the agency: an agency
/// followed by a job title.
fn agency_before_role(part: &str) -> Option<usize> {
    part.match_indices(' ').find_map(|(at, _)| {
        let agency = part[..at].to_lowercase();
        let role = part[at + 1..].trim().to_lowercase();
        let role_named = roles().contains(&role) || beat_and_role(&role);
        (agencies().contains(&agency) && role_named).then_some(at)
    })
}

/// `CLAIRE RUSH Associated Press`, `Jane Doe Associated Press` -> the byte length of the name:
/// a name of two or more words, then a listed agency with no comma between. The case must
/// change at the join (`CLAIRE RUSH AP` reads as one name in capitals), or the agency have
/// several words (`Jane Doe Reuters` may be a name).
fn name_before_agency(part: &str) -> Option<usize> {
    let capitals = |s: &str| !s.chars().any(char::is_lowercase);
    part.match_indices(' ').find_map(|(at, _)| {
        let (name, agency) = (&part[..at], part[at + 1..].trim());
        let agency_words = agency.split_whitespace().count();
        let joined = capitals(name) != capitals(agency) || agency_words >= 2;
        (joined
            && name.split_whitespace().nth(1).is_some()
            && is_name(name)
            && agencies().contains(&agency.to_lowercase()))
        .then_some(at)
    })
}

/// `Jane Doe`, `STEVEN RADWELL`, `J. R. Smith`, `Ursula von der Leyen`: two to five words, each
/// capitalised except name particles; a single capitalised word also counts.
fn is_name(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
    };
    let first_last = capitalised(words[0]) && words.last().is_some_and(|w| capitalised(w));
    first_last
        && words
            .iter()
            .all(|w| capitalised(w) || NAME_PARTICLES.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(line: &str) -> Option<(Vec<String>, Option<String>)> {
        let byline = parse(line, Span::new(0, line.len()))?;
        let text = |s: Span| s.text(line).to_string();
        Some((
            byline.names.into_iter().map(text).collect(),
            byline.source.map(text),
        ))
    }

    #[test]
    fn authors_with_their_places() {
        let found = |line: &str| {
            placed(line, Span::new(0, line.len())).map(|b| {
                b.names
                    .iter()
                    .map(|n| n.text(line).to_string())
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(
            found("Angelique Chrisafis in Paris").as_deref(),
            Some(&["Angelique Chrisafis".to_string()][..])
        );
        assert_eq!(
            found("Jon Hale in Brussels and Ana Ruiz in Madrid").as_deref(),
            Some(&["Jon Hale".to_string(), "Ana Ruiz".to_string()][..])
        );
        for line in [
            "Emmanuel Macron in Paris.",
            "Protesters in Paris",
            "Angelique Chrisafis",
            "Chaos in Paris as strikes bite",
            "Jane Doe in Blorpville",
            "Riots Erupt in Paris",
            "Rich Talks in Paris",
        ] {
            assert_eq!(found(line), None, "{line}");
        }
    }

    #[test]
    fn author_lines() {
        let table: [(&str, &[&str], Option<&str>); 20] = [
            (
                "By CLAIRE RUSH Associated Press",
                &["CLAIRE RUSH"],
                Some("Associated Press"),
            ),
            (
                "By Tom Avery and Jo Lind Associated Press",
                &["Tom Avery", "Jo Lind"],
                Some("Associated Press"),
            ),
            ("By MARY ANI", &["MARY ANI"], None),
            (
                "By Sarah Rainsford, Eastern Europe correspondent",
                &["Sarah Rainsford"],
                None,
            ),
            (
                "By Jane Doe, Reuters Correspondent",
                &["Jane Doe"],
                Some("Reuters"),
            ),
            (
                "By Jane Doe and John Roe, Reuters",
                &["Jane Doe", "John Roe"],
                Some("Reuters"),
            ),
            (
                "By STEVEN RADWELL, Reuters",
                &["STEVEN RADWELL"],
                Some("Reuters"),
            ),
            ("Jane Doe, Staff Writer", &["Jane Doe"], None),
            (
                "By Stefan Becket, Kathryn Watson, Grace Segers",
                &["Stefan Becket", "Kathryn Watson", "Grace Segers"],
                None,
            ),
            ("BY MARIA LOPEZ", &["MARIA LOPEZ"], None),
            (
                "By Ursula von der Leyen | AP",
                &["Ursula von der Leyen"],
                Some("AP"),
            ),
            ("By Reuters", &[], Some("Reuters")),
            ("By Sports Desk", &[], None),
            (
                "By Maren Estrada mestrada@rivertongazette.com",
                &["Maren Estrada"],
                None,
            ),
            ("By Staff Reporter", &[], None),
            ("By Our Correspondent", &[], None),
            ("By Business Desk, Reuters", &[], Some("Reuters")),
            ("By Chris Bascombe at Anfield", &["Chris Bascombe"], None),
            ("Written by Kate Lowe", &["Kate Lowe"], None),
            (
                "Author Julia Becker (Berlin), Pierre Lemoine (Paris)",
                &["Julia Becker", "Pierre Lemoine"],
                None,
            ),
        ];
        for (line, expected_names, expected_source) in table {
            let (got_names, got_source) =
                names(line).unwrap_or_else(|| panic!("no byline in {line}"));
            assert_eq!(got_names, expected_names, "{line}");
            assert_eq!(got_source.as_deref(), expected_source, "{line}");
        }
    }

    #[test]
    fn agency_lines_name_a_source() {
        fn source(line: &str) -> Option<&str> {
            let byline = agency_line(line, Span::new(0, line.len()))?;
            byline.source.map(|s| s.text(line))
        }
        for (line, expected) in [
            ("PTI", Some("PTI")),
            ("PA Media", Some("PA Media")),
            ("Eastfield Gazette", Some("Eastfield Gazette")),
            ("Trump Attacks The Free Press", None),
            ("Media", None),
        ] {
            assert_eq!(source(line), expected, "{line}");
        }
    }

    #[test]
    fn bare_names() {
        let names = |line: &str| {
            bare_name(line, Span::new(0, line.len())).map(|byline| {
                let names: Vec<&str> = byline.names.iter().map(|n| n.text(line)).collect();
                names.join("|")
            })
        };
        assert_eq!(names("David Ehrlich").as_deref(), Some("David Ehrlich"));
        assert_eq!(
            names("Pippa Crerar and Kiran Stacey").as_deref(),
            Some("Pippa Crerar|Kiran Stacey")
        );
        assert_eq!(
            names("Ana Ruiz, Tom Hale & Li Wei").as_deref(),
            Some("Ana Ruiz|Tom Hale|Li Wei")
        );
        for line in [
            "Pippa and Kiran",
            "Jane Doe / John Roe",
            "Jane Doe and",
            "Moscow",
        ] {
            assert_eq!(names(line), None, "{line}");
        }
    }

    #[test]
    fn names_before_a_timestamp() {
        let line = "PTI | Updated: Sep 14, 2024, 22:10 IST";
        let found = stamped(line, Span::new(0, line.len())).map(|b| b.source.map(|s| s.text(line)));
        assert_eq!(found, Some(Some("PTI")));
        let line = "Jane Doe | March 4, 2025";
        let found = stamped(line, Span::new(0, line.len())).map(|b| b.names.len());
        assert_eq!(found, Some(1));
        for line in ["World | March 4, 2025", "PTI | Delhi"] {
            assert!(stamped(line, Span::new(0, line.len())).is_none(), "{line}");
        }
    }

    #[test]
    fn sentences_are_not_bylines() {
        for line in [
            "By the end of the day, shares had fallen.",
            "By 2030 the plant will close.",
            "Jane Doe",
            "Moscow, Russia",
            "by far the largest",
        ] {
            assert_eq!(names(line), None, "{line}");
        }
    }
}
