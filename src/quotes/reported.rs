//! Units outside quotation marks -> reported speech: `X said (that) ...`, `..., X said.`,
//! `..., said X.`, `According to X, ...`, `..., adding that ...`, stance verbs
//! (`X believes ...`, `X endorsed ...`) and the headline `Speaker: claim`.

use std::borrow::Cow;
use std::collections::HashSet;

use super::sourceless;
use super::speakers::{self, Phrase};
use super::stance;
use super::words::{
    adjective_object_prepositions, adjective_objects, as_complement_verbs, belief_verbs,
    clause_or_question_verbs, clause_verbs, declared_acts, document_nouns, headline_labels,
    hearing_bodies, irregular_past, is_cue_verb, is_work_noun, lower, naming_idioms,
    occasion_nouns, present_verbs, rejoinder_nouns, relative_or_that, speech_verbs,
    stance_adjectives, stance_verbs, time_nouns, verb_after_verbs, verbs_also_nouns, Token,
    OBJECT_FIRST, PREPOSITIONS, RELATIVE_PRONOUNS,
};
use super::{marks::Passage, polls, word_count, Draft, Paragraph, QuoteKind};
use crate::lexicon::{MONTHS, WEEKDAYS};
use crate::span::Span;

/// Words that make the next word a noun: `every claim`, `his remarks`.
pub(super) const NOUN_MARKERS: &[&str] = &[
    "the", "a", "an", "every", "each", "his", "her", "their", "its", "our", "my", "your", "this",
    "these", "those", "no", "any", "such", "whose", "of", "to",
];

/// How many tokens a reported clause may run from its cue, either way: keeps the work per
/// cue bounded on text with no sentence end.
pub(super) const MAX_REACH: usize = 160;

pub(super) const BE_FORMS: &[&str] = &["is", "was", "were", "are", "been", "being", "be", "'s"];

/// Stance verbs that report a wish or expectation even before `to`: `wants to`, `hopes to`.
const TO_STANCE: &[&str] = &[
    "want", "wants", "wanted", "hope", "hopes", "hoped", "expect", "expects", "like",
];

/// Verbs that report a stance only before `to`: `declined to comment`, not `sales declined`.
const ONLY_BEFORE_TO: &[&str] = &["decline", "declines", "declined", "declining"];

/// True when the words `first second`, after quoted words closed by a comma, take the story
/// back from the source: `"...," and then he left`, not `"...," and that ...`.
pub(super) fn writer_resumes(first: &str, second: &str) -> bool {
    let resumptions = super::words::writer_resumptions();
    // `"...," rebuffing a growing chorus`: a participle of the writer's, not of saying
    // (`"...," adding that`), which reports on its own.
    let participle = is_writers_participle(first);
    // `''behind us,'' hours after the director announced`.
    let timed = super::words::time_nouns().contains(first) && ["after", "before"].contains(&second);
    second != "that"
        && (resumptions.contains(first)
            || resumptions.contains(format!("{first} {second}").as_str())
            || participle
            || timed)
}

/// A line that can be a headline when the layout names none: short, no full stop at its end.
pub(crate) fn headline_shaped(text: &str, span: Span) -> bool {
    let line = span.text(text).trim_end();
    let words = line.split_whitespace().count();
    (3..=25).contains(&words) && !line.ends_with(['.', '!', '?', ',', ';'])
}

/// How a token relates to the quoted passages.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Inside {
    Free,
    /// In a passage that is a quote of its own.
    Quote,
    /// In a quoted fragment (scare quotes, a phrase inside reported speech).
    Fragment(usize),
}

pub(crate) fn find(
    text: &str,
    paragraphs: &[Paragraph],
    passages: &[Passage],
    directs: &[Draft],
    used_cues: &[Span],
) -> Vec<Draft> {
    let standalone: HashSet<usize> = directs.iter().filter_map(|d| d.passage).collect();
    let direct_spans: Vec<Span> = {
        let mut spans: Vec<Span> = directs
            .iter()
            .filter(|d| d.parent_passage.is_none())
            .map(|d| d.span)
            .collect();
        spans.sort();
        spans
    };
    // A direct quote's cue is not read again, whatever its length (`according to`).
    let used: HashSet<usize> = used_cues.iter().map(|c| c.start).collect();
    let mut all_cues: Vec<(Span, Option<Phrase>)> = directs
        .iter()
        .filter_map(|d| d.cue.map(|c| (c, d.speaker)))
        .collect();
    all_cues.sort_by_key(|(c, _)| c.start);
    let mut found = Vec::new();
    for (p, paragraph) in paragraphs.iter().enumerate() {
        if paragraph.caption {
            continue;
        }
        let tokens = &paragraph.tokens;
        let inside: Vec<Inside> = paragraph
            .inside
            .iter()
            .zip(tokens)
            .map(|(pid, tok)| match pid {
                None => Inside::Free,
                Some(pid) => {
                    let at = direct_spans.partition_point(|s| s.end <= tok.span.start);
                    let in_direct = direct_spans.get(at).is_some_and(|s| s.contains(tok.span));
                    if standalone.contains(pid) || in_direct {
                        Inside::Quote
                    } else {
                        Inside::Fragment(*pid)
                    }
                }
            })
            .collect();
        let lows: Vec<Cow<str>> = tokens
            .iter()
            .map(|t| {
                let word = t.text(text);
                // Most words are lower case already: borrowed, not copied.
                if word.chars().any(|c| c.is_uppercase() || c == '’') {
                    Cow::Owned(lower(word))
                } else {
                    Cow::Borrowed(word)
                }
            })
            .collect();
        let ctx = Context {
            text,
            tokens,
            inside: &inside,
            lows: &lows,
            passages,
            paragraph: p,
            headline: paragraph.headline,
        };
        if paragraph.headline {
            if let Some(draft) = headline_claim(&ctx).or_else(|| headline_signed_claim(&ctx)) {
                found.push(draft);
                continue;
            }
        }
        // Speakers of the direct quotes attributed in this paragraph, by cue position.
        let from = all_cues.partition_point(|(c, _)| c.start < paragraph.span.start);
        let to = all_cues.partition_point(|(c, _)| c.start < paragraph.span.end);
        let direct_cues = &all_cues[from..to];
        for &(a, b) in &paragraph.units {
            let mut unit: Vec<Draft> = Vec::new();
            for i in a..b {
                let token = tokens[i];
                if !token.word || inside[i] != Inside::Free || used.contains(&token.span.start) {
                    continue;
                }
                // The last report's speaker, not that of a report inside it (`defended Mr.
                // Trump's views on Russia, saying ...` goes on for the defender).
                // Only the last few reports are near enough to matter (and the work stays
                // bounded on text with no sentence end).
                let recent = &unit[unit.len().saturating_sub(8)..];
                let outermost = recent.iter().rev().find(|d: &&Draft| {
                    let cue = d.cue.unwrap_or(d.span);
                    !recent.iter().any(|o| o.span.contains(cue))
                });
                let last_speaker = outermost.and_then(|d| d.speaker).or_else(|| {
                    let before = direct_cues.partition_point(|(c, _)| c.end <= token.span.start);
                    before
                        .checked_sub(1)
                        .map(|at| direct_cues[at])
                        .filter(|(c, _)| c.start >= tokens[a].span.start)
                        .and_then(|(_, s)| s)
                });
                let (floor, reach_end) = reach(&ctx, a, b, i);
                let phrase = stance::at_phrase(&ctx, floor, reach_end, i, last_speaker);
                let found_here = phrase
                    .or_else(|| at_cue(&ctx, a, floor, reach_end, i, last_speaker))
                    .or_else(|| sourceless::at_token(&ctx, floor, reach_end, i))
                    .or_else(|| polls::at_token(&ctx, floor, reach_end, i));
                if let Some(mut draft) = found_here {
                    if let Some(end) = writers_participle(&ctx, &draft, a, b) {
                        draft.end_at(end, ctx.passages);
                    }
                    // `He said X, adding that Y`: the first clause ends where the participle's starts.
                    // `saying`, `referring to`: the cue's first word is the participle.
                    let participle = token.text(text).ends_with("ing") && ctx.after_comma(a, i);
                    if let Some(previous) = unit.last_mut().filter(|_| participle) {
                        let cut = draft
                            .cue
                            .map_or(token.span.start, |c| c.start)
                            .min(draft.span.start);
                        if previous.span.end > cut && previous.span.start < cut {
                            let last_word = (a..i)
                                .rev()
                                .find(|&k| tokens[k].span.end <= cut && tokens[k].word);
                            let last_word = last_word.map(|k| {
                                if k >= a + 2 && ctx.set_off_adverb(k) {
                                    k - 2
                                } else {
                                    k
                                }
                            });
                            let boundary =
                                last_word.map_or(previous.span.start, |k| tokens[k].span.end);
                            if boundary > previous.span.start {
                                previous.end_at(boundary, ctx.passages);
                            }
                        }
                    }
                    unit.push(draft);
                }
            }
            // `Did you ever think of leaving?`: a question put to `you` reports no view of theirs.
            let question = (a..b)
                .rev()
                .find(|&k| inside[k] == Inside::Free)
                .is_some_and(|k| tokens[k].text(text) == "?");
            unit.retain(|d| {
                let asked = question
                    && d.speaker
                        .is_some_and(|sp| lower(sp.name.text(text)) == "you");
                if asked {
                    return false;
                }
                let words = d
                    .content
                    .iter()
                    .map(|c| word_count(text, *c))
                    .sum::<usize>();
                // A held object may be one word (`endorsed Trump`, `support for Trump`).
                let stance = d.cue.is_some_and(|c| {
                    let cue = lower(c.text(text));
                    stance_verbs().contains(cue.as_str()) || cue.contains(' ')
                });
                // `the deal, which Putin opposed`: the pronoun is the whole content.
                // So is an answer: `the candidate said no`.
                let one_word = |list: &[&str]| {
                    d.content.len() == 1 && list.contains(&lower(d.content[0].text(text)).as_str())
                };
                // `responded in an op-ed for the Post on Sunday.`: where it was said, and
                // nothing said.
                let only_occasion = d.content.len() == 1 && {
                    let first = tokens.partition_point(|t| t.span.start < d.content[0].start);
                    let last = tokens.partition_point(|t| t.span.start < d.content[0].end);
                    first < last
                        && ["in", "on", "at", "during"].contains(&ctx.low(first))
                        && occasion_nouns_within(&ctx, first, last)
                        && writers_tail(&ctx, first, last)
                };
                !only_occasion
                    && (words >= 2
                        || (stance && words == 1)
                        || one_word(RELATIVE_OBJECTS)
                        || one_word(ANSWERS))
            });
            nest(&ctx, &mut unit);
            found.extend(unit);
        }
    }
    found
}

/// Reports of one unit where one lies inside another's content. A report inside what another
/// reports is part of it (`Clark said, noting he would support any of them`, `remarks by a
/// surrogate who said ...`). But a new subject after a conjunction starts a report of its own
/// that the first clause ran over (`saying his past is fair game, though Fiorina said she
/// doubted it`): the first clause ends before it.
fn nest(ctx: &Context, unit: &mut Vec<Draft>) {
    const JOINS: &[&str] = &[
        "but", "though", "although", "while", "whereas", "and", "yet",
    ];
    let tokens = ctx.tokens;
    let mut dropped = vec![false; unit.len()];
    for inner in 0..unit.len() {
        let span = unit[inner].span;
        // Drafts come in cue order, one cue a token at most, and a report reaches at most
        // MAX_REACH tokens either way from its cue: a report holding this one is near it.
        let near = inner.saturating_sub(2 * MAX_REACH)..unit.len().min(inner + 2 * MAX_REACH);
        let Some(outer) = near.into_iter().find(|&o| {
            o != inner && !dropped[o] && unit[o].span != span && unit[o].span.contains(span)
        }) else {
            continue;
        };
        // `According to ABC News, Basya believes ...`: a source reports another's report,
        // and `Memon said she believed ...` a view of its own; both stand, the inner one whole.
        let own_view = || {
            unit[inner].speaker.is_some_and(|sp| sp.pronoun)
                && unit[inner]
                    .cue
                    .is_some_and(|c| belief_verbs().contains(&lower(c.text(ctx.text))))
        };
        let according = unit[outer]
            .cue
            .is_some_and(|c| lower(c.text(ctx.text)) == "according to");
        // Its cue inside the content: not `According to White House pool reports`.
        let content_start = unit[outer].content.first().map_or(span.start, |c| c.start);
        let said_with_speaker = || {
            unit[inner].speaker.is_some()
                && unit[inner].cue.is_some_and(|c| {
                    let cue = lower(c.text(ctx.text));
                    c.start >= content_start
                        && speech_verbs().contains(cue.split(' ').next().unwrap_or(""))
                })
        };
        // `Most voters say the economy is weak, the poll found`: so does a work's finding.
        let found = unit[outer]
            .cue
            .is_some_and(|c| FINDING_CUES.contains(&lower(c.text(ctx.text)).as_str()));
        let reported_report = (according || found || own_view())
            && unit[inner].speaker.is_some_and(|sp| {
                unit[outer].content.first().map(|c| c.start) == Some(tokens[sp.first].span.start)
            });
        // `the deal, which Putin opposed`: a relative clause's report stands inside the
        // clause that holds it.
        let first = tokens.partition_point(|t| t.span.start < span.start);
        let relative_report = unit[inner].cue.is_some()
            && tokens.get(first).is_some_and(|t| {
                t.span.start == span.start
                    && RELATIVE_OBJECTS.contains(&lower(t.text(ctx.text)).as_str())
            });
        // `Police said that according to witnesses, the gunman fled`: the source named first
        // in what another reports stands inside it.
        let according_inside = unit[inner].cue.is_some_and(|c| {
            lower(c.text(ctx.text)) == "according to"
                && unit[outer].content.first().map(|part| part.start) == Some(c.start)
        });
        if reported_report || relative_report || according_inside {
            continue;
        }
        let own_clause = unit[inner].speaker.filter(|sp| {
            let relative = sp.pronoun && relative_or_that(ctx.low(sp.first));
            let start = tokens[sp.first].span.start;
            // A comma joins two clauses only when a verb stands before it: not after a
            // fronted adverbial (`that after the rape, Clinton called her`).
            let outer_first = tokens.partition_point(|t| t.span.start < unit[outer].span.start);
            let verb_before = (outer_first..sp.first).any(|k| {
                let low = ctx.low(k);
                tokens[k].word
                    && (FINITE_MARKERS.contains(&low) || is_cue_verb(low) || low.ends_with("ed"))
            });
            // `attacks that, Sweet noted, Trump said ...`: the comma closing the outer
            // report's own attribution joins nothing.
            let closes_outer_cue = sp.first >= 2
                && unit[outer].cue.map(|c| c.end) == Some(tokens[sp.first - 2].span.end);
            let join = sp.first > 0
                && ((ctx.is(sp.first - 1, ',') && verb_before && !closes_outer_cue)
                    || JOINS.contains(&ctx.low(sp.first - 1)));
            !relative && join && start > unit[outer].span.start
        });
        match own_clause {
            Some(sp) => {
                // End the outer clause at the last word before the joining word or comma.
                let mut k = sp.first;
                while k > 0 && (!tokens[k - 1].word || JOINS.contains(&ctx.low(k - 1))) {
                    k -= 1;
                }
                let last = k.max(1) - 1;
                // `wanted "a serious bill, not a Band-Aid," and she ...`: a quoted piece the
                // last word stands in keeps its closing mark.
                let end = match ctx.inside[last] {
                    // Not past the next report's speaker (`min` before `max`: never panics).
                    Inside::Fragment(pid) => ctx.passages[pid]
                        .span
                        .end
                        .min(tokens[sp.first].span.start)
                        .max(tokens[last].span.end),
                    _ => tokens[last].span.end,
                };
                if end > unit[outer].span.start {
                    unit[outer].end_at(end, ctx.passages);
                }
            }
            // `Francis said those who thought so should see a doctor, according to Reuters`:
            // the source reports the whole sentence, and the speech it reports stands too.
            None if according && said_with_speaker() => {}
            None => dropped[inner] = true,
        }
    }
    // `All those detained appeared to have been freed, the spokesman said`: of two reports of
    // the same words, the one that names its source stands.
    let sourced: HashSet<Span> = unit
        .iter()
        .zip(&dropped)
        .filter(|(d, &gone)| !gone && d.speaker.is_some())
        .map(|(d, _)| d.span)
        .collect();
    for (draft, gone) in unit.iter().zip(dropped.iter_mut()) {
        *gone |= draft.speaker.is_none() && sourced.contains(&draft.span);
    }
    let mut k = 0;
    unit.retain(|_| {
        k += 1;
        !dropped[k - 1]
    });
}

pub(super) struct Context<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub inside: &'a [Inside],
    /// Each token lower-cased once: the passes ask for the same words many times.
    lows: &'a [Cow<'a, str>],
    passages: &'a [Passage],
    paragraph: usize,
    /// Headlines capitalise every word: `Trump's Son Says The Battle Will Be Unprecedented`.
    pub headline: bool,
}

impl Context<'_> {
    /// Token `i` lower-cased, with `’` read as `'`.
    pub(super) fn low(&self, i: usize) -> &str {
        &self.lows[i]
    }

    pub(super) fn is(&self, i: usize, ch: char) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is(self.text, ch))
    }

    /// True when token `k`, inside a sentence, marks a finite verb (`is`, `would`, `may`): not
    /// a capitalised `May` or `Will`, which is a name (`said May had`), unless in a headline it
    /// comes before a verb (`Clinton May Lose Ohio`, not `Johnson Says May Has Betrayed`).
    pub(super) fn verb_marker(&self, k: usize) -> bool {
        if !FINITE_MARKERS.contains(&self.low(k)) {
            return false;
        }
        if !self.tokens[k].capitalized(self.text) {
            return true;
        }
        let next = self
            .tokens
            .get(k + 1)
            .filter(|t| t.word)
            .map(|_| self.low(k + 1));
        self.headline
            && next.is_some_and(|next| {
                ["have", "do", "not"].contains(&next)
                    || !(FINITE_MARKERS.contains(&next) || PREPOSITIONS.contains(&next))
            })
    }

    /// The reported clause over tokens `[from, to)`: leading `that` and punctuation and
    /// trailing punctuation dropped, cut before a quotation that is a quote of its own.
    pub(super) fn clause(&self, mut from: usize, mut to: usize) -> Option<(Span, QuoteKind)> {
        while from < to && (!self.tokens[from].word && self.inside[from] == Inside::Free) {
            from += 1;
        }
        // `Meanwhile, Biden will campaign ..., the White House said`: the writer's link.
        if from + 1 < to
            && super::words::writer_connectives().contains(self.low(from))
            && self.is(from + 1, ',')
        {
            from += 2;
        }
        // `that` opens the clause unless a verb follows it: `said that is a distortion`.
        let subject = from + 1 < to && self.verb_marker(from + 1);
        if from < to && self.low(from) == "that" && !subject && !self.determiner_that(from, to) {
            from += 1;
            // `said that, according to witnesses, ...`
            while from < to && (!self.tokens[from].word && self.inside[from] == Inside::Free) {
                from += 1;
            }
        }
        if let Some(q) = (from..to).find(|&i| self.inside[i] == Inside::Quote) {
            to = q;
        }
        if let Some(end) = self.resumed_after_fragment(from, to) {
            to = end;
        }
        if self.headline {
            to = self.headline_news_tail(from, to);
        }
        let trim_punctuation = |to: &mut usize| {
            // Not a closing bracket or a per cent sign: `an offer of 4.5%`.
            while *to > from
                && !self.tokens[*to - 1].word
                && self.inside[*to - 1] == Inside::Free
                && !self.is(*to - 1, ')')
                && !self.is(*to - 1, '%')
            {
                *to -= 1;
            }
        };
        trim_punctuation(&mut to);
        if to > from + 2 && self.set_off_adverb(to - 1) {
            to -= 1;
            trim_punctuation(&mut to);
        }
        if from >= to {
            return None;
        }
        let mut span = Span::new(self.tokens[from].span.start, self.tokens[to - 1].span.end);
        let mut kind = QuoteKind::Indirect;
        // Each fragment is read once, at its first token.
        let mut open = None;
        for i in from..to {
            let Inside::Fragment(pid) = self.inside[i] else {
                open = None;
                continue;
            };
            if open == Some(pid) {
                continue;
            }
            open = Some(pid);
            // `the so-called "weekend recovery"`: a scare quote, no words of the source; nor
            // is a work's title (`the film "The Sleepless Class"`).
            let scare = (from..i)
                .rev()
                .find(|&k| self.tokens[k].word && self.inside[k] != Inside::Fragment(pid))
                .is_some_and(|k| {
                    self.low(k) == "so-called"
                        || !self.tokens[k].capitalized(self.text)
                            && crate::entities::is_work_noun(self.low(k))
                });
            if !scare {
                kind = QuoteKind::Mixed;
            }
            let passage = self.passages[pid].span;
            span.start = span.start.min(passage.start);
            span.end = span.end.max(passage.end);
        }
        // A lone bracket at the end belongs to nothing here.
        if self.is(to - 1, ')') && !span.text(self.text).contains('(') {
            span.end = self.tokens[to - 1].span.start;
            span = span.trim(self.text);
            // `(..., later admitting she had not come under fire.)`: and the stop before it.
            let kept = span.text(self.text).trim_end_matches(['.', ',', ';']).len();
            span.end = span.start + kept;
        }
        // `customs data showed on Friday.`: a time alone reports nothing.
        let time_only = self.times_only(from, to, &["on", "last", "this", "in", "within"]);
        (word_count(self.text, span) >= 2 && !time_only).then_some((span, kind))
    }

    /// The end of the report at a quoted fragment that closes on a comma when the writer's
    /// words go on after it: `said the plan was "good," and then he left`, `called it "a
    /// farce," before walking out`. Not when a `that` or another fragment follows: `says he
    /// "loves China," and "people from China love me"`.
    fn resumed_after_fragment(&self, from: usize, to: usize) -> Option<usize> {
        let last = (from..to).find(|&j| {
            let Inside::Fragment(pid) = self.inside[j] else {
                return false;
            };
            j + 1 < to && self.inside[j + 1] != Inside::Fragment(pid)
        })?;
        let Inside::Fragment(pid) = self.inside[last] else {
            return None;
        };
        let closes_on_comma = self.passages[pid]
            .parts
            .last()
            .is_some_and(|part| part.text(self.text).trim_end().ends_with(','));
        let mut next = last + 1;
        if self.is(next, ',') {
            next += 1;
        } else if !closes_on_comma {
            return None;
        }
        let resumes = next + 1 < to
            && writer_resumes(self.low(next), self.low(next + 1))
            && !(next..to).any(|j| matches!(self.inside[j], Inside::Fragment(_)));
        resumes.then_some(last + 1)
    }

    /// Where a headline's report ends before the news it is set against: `Trump Vows to 'Bring
    /// Back Jobs' as Rivals Question His Trade Plan`, `'Not ready to concede' after tape
    /// surfaces`, `Warns of Threats amid Protests`. `as` and `after` end it only after quoted
    /// words, since `Not Fit To Serve As President` is what was said.
    fn headline_news_tail(&self, from: usize, to: usize) -> usize {
        (from + 1..to)
            .find(|&k| {
                let after_quoted = self.inside[k] == Inside::Free
                    && self.inside[k - 1] != Inside::Free
                    && k + 1 < to;
                match self.low(k) {
                    "amid" => self.inside[k] == Inside::Free,
                    "as" | "after" | "while" => after_quoted,
                    _ => false,
                }
            })
            .unwrap_or(to)
    }

    /// True when tokens `[a, b)` hold no word but times and the given words before them:
    /// `on Friday`, `last week`.
    fn times_only(&self, a: usize, b: usize, joiners: &[&str]) -> bool {
        (a..b).all(|i| {
            let low = self.low(i);
            !self.tokens[i].word || is_time_word(low) || joiners.contains(&low)
        })
    }

    /// True when the `that` at `j` is a determiner: `echoed that comment.`, `rejected that
    /// idea, and left`. One word follows it, then the end of the clause; not `that big,
    /// important work will ...` or `that BuzzFeed -- which ...`.
    fn determiner_that(&self, j: usize, to: usize) -> bool {
        let ends_clause = |k: usize| {
            k >= to
                || self.inside[k] == Inside::Free
                    && [".", "!", "?", ";", ":", ")"].contains(&self.tokens[k].text(self.text))
                || self.is(k, ',') && k + 1 < to && {
                    let next = self.low(k + 1);
                    ["and", "but", "too", "though"].contains(&next)
                        || is_tail_opener(next)
                        || next.ends_with("ing")
                }
        };
        // `noted that Egypt, which joined in January, is ...`: a name before a relative
        // clause is the subject of the clause `that` opens.
        let named_subject = || {
            self.tokens[j + 1].capitalized(self.text)
                && self.is(j + 2, ',')
                && j + 3 < to
                && ["which", "who"].contains(&self.low(j + 3))
        };
        // `rejected that criticism in an interview`: a where-or-when phrase with no verb after
        // it ends the noun as well (not `that people in the region were angry`).
        const OCCASION_PREPOSITIONS: &[&str] = &["in", "on", "at", "during"];
        const OCCASION_REACH: usize = 6;
        let tail_without_verb = || {
            j + 2 < to
                && to - (j + 3) <= OCCASION_REACH
                && OCCASION_PREPOSITIONS.contains(&self.low(j + 2))
                && (j + 3..to).all(|k| {
                    let w = self.low(k);
                    !FINITE_MARKERS.contains(&w)
                        && !is_verb_form(w)
                        && !irregular_past().contains(w)
                })
        };
        j + 1 < to
            && self.tokens[j + 1].word
            && self.inside[j + 1] == Inside::Free
            && (ends_clause(j + 2) || tail_without_verb())
            && !named_subject()
    }

    pub(super) fn draft(
        &self,
        clause: (Span, QuoteKind),
        speaker: Option<Phrase>,
        cue: Span,
    ) -> Draft {
        Draft {
            kind: clause.1,
            span: clause.0,
            content: vec![clause.0],
            speaker,
            cue: Some(cue),
            passage: None,
            parent_passage: None,
            paragraph: self.paragraph,
            ends_on_comma: false,
        }
    }

    /// True when the verb at `i` is a passive (`was told`, `was also criticised`, `is
    /// expected`), not a progressive (`is saying`). A participle joined to a passive one is
    /// passive too when its object is missing: `I was hauled in and told that ...` names no
    /// one who told.
    pub(super) fn passive(&self, floor: usize, i: usize) -> bool {
        const VERB_PARTICLES: &[&str] = &["in", "out", "up", "off", "away", "down", "back"];
        if self.low(i).ends_with("ing") {
            return false;
        }
        // `Council accused of 'betraying' residents`: the one accused has its object before
        // the verb, as a headline drops its `was`.
        if self.low(i) == "accused" && self.tokens.get(i + 1).is_some() && self.low(i + 1) == "of" {
            return true;
        }
        let Some(before) = self.before_adverbs(floor, i) else {
            return false;
        };
        if BE_FORMS.contains(&self.low(before)) {
            return true;
        }
        // Only a verb whose object comes first, and is missing: `and told that`, not `and
        // said that` or `and told reporters`.
        let no_object = OBJECT_FIRST.contains(&self.low(i))
            && i + 1 < self.tokens.len()
            && ["that", "to"].contains(&self.low(i + 1));
        if !no_object || self.low(before) != "and" || before == floor {
            return false;
        }
        let mut joined = before - 1;
        if joined > floor && VERB_PARTICLES.contains(&self.low(joined)) {
            joined -= 1;
        }
        let participle = self.low(joined);
        self.tokens[joined].word
            && (participle.ends_with("ed") || irregular_past().contains(participle))
            && self
                .before_adverbs(floor, joined)
                .is_some_and(|k| BE_FORMS.contains(&self.low(k)))
    }

    /// The last token from `floor` before `i` that is no adverb (`was also`, `was basically`).
    fn before_adverbs(&self, floor: usize, i: usize) -> Option<usize> {
        const BETWEEN: &[&str] = &[
            "also", "not", "never", "already", "still", "just", "even", "then",
        ];
        (floor..i).rev().find(|&k| {
            let low = self.low(k);
            !(self.tokens[k].word && (speakers::is_adverb(low) || BETWEEN.contains(&low)))
        })
    }

    /// True when token `k` is a sentence adverb set off by a comma before it (`questioned this
    /// explanation, however, arguing ...`): the writer's, not part of what was said.
    pub(super) fn set_off_adverb(&self, k: usize) -> bool {
        k > 0 && self.is(k - 1, ',') && TRAILING_ADVERBS.contains(&self.low(k))
    }

    /// True when `speaker` is the relative pronoun opening an aside (`who`, `which`), whose
    /// clause, and what it reports, closes at its comma.
    pub(super) fn relative(&self, speaker: Phrase) -> bool {
        speaker.pronoun && RELATIVE_PRONOUNS.contains(&self.low(speaker.first))
    }

    /// True when `speaker` can hold a view that news reports: a name, pronoun or role, not
    /// the generic `you` (`if you really want to`).
    pub(super) fn holds_views(&self, speaker: Phrase) -> bool {
        let named = self.tokens[speaker.first..speaker.last]
            .iter()
            .any(|t| t.capitalized(self.text));
        // `although most oppose it`, `some of them`: a quantifier speaks for its group; not
        // `many hours`.
        let quantifier = speakers::is_quantifier(self.low(speaker.first))
            && (speaker.last == speaker.first + 1
                || ["of", "in"].contains(&self.low(speaker.first + 1)));
        let source = speaker.pronoun
            || named
            || quantifier
            || speakers::has_role(self.text, self.tokens, speaker);
        // `you` is mostly the generic reader (`if you want to avoid the crowds`), but an
        // interviewer's question asks for the other's view: `Do you think ...?`.
        let asked = speaker.first > 0
            && self.tokens[speaker.first - 1].capitalized(self.text)
            && ["do", "did", "would", "could", "can", "will", "have", "are"]
                .contains(&self.low(speaker.first - 1));
        // `You'll see`, `you're told`: the pronoun before its contraction.
        let pronoun = self.low(speaker.first).split('\'').next().unwrap_or("");
        source && (pronoun != "you" || asked)
    }

    /// The subject phrase ending before token `end` when it can hold a view: a name, pronoun
    /// or role (see [`Context::holds_views`]).
    pub(super) fn source_before(&self, floor: usize, end: usize) -> Option<Phrase> {
        speakers::before(self.text, self.tokens, end, floor).filter(|&sp| self.holds_views(sp))
    }

    /// True when token `i` follows a comma, perhaps inside a closing quotation mark
    /// (`"... by Cleveland," referring to ...`), no further back than `floor`.
    pub(super) fn after_comma(&self, floor: usize, i: usize) -> bool {
        // Past the closing mark, one token or two (`''`).
        let mut k = i;
        while k > floor
            && i - k < 2
            && !self.tokens[k - 1].word
            && self.inside[k - 1] != Inside::Free
            && !self.is(k - 1, ',')
        {
            k -= 1;
        }
        k > floor && self.is(k - 1, ',')
    }

    /// The first comma of the text itself (not of a quotation) in tokens `[from, to)`, or `to`.
    pub(super) fn comma_or_end(&self, from: usize, to: usize) -> usize {
        (from..to)
            .find(|&j| self.inside[j] == Inside::Free && self.is(j, ','))
            .unwrap_or(to)
    }

    /// The first token of a unit's own words, past a leading quotation that stands alone.
    pub(super) fn free_start(&self, a: usize, b: usize) -> Option<usize> {
        (self.inside[a] != Inside::Quote).then_some(a).or_else(|| {
            let _ = b;
            None
        })
    }
}

/// The tokens a cue at `i` of unit `[a, b)` may take its speaker and clause from: a bounded
/// window around the cue, not running back past a quotation. A cue inside a fronted
/// subordinate clause (`Although Reed insisted the fares were fair, riders left`) reaches no
/// further than the clause's comma.
pub(super) fn reach(ctx: &Context, a: usize, b: usize, i: usize) -> (usize, usize) {
    let lowest = i.saturating_sub(MAX_REACH).max(a);
    let floor = (lowest..i)
        .rev()
        .find(|&k| ctx.inside[k] == Inside::Quote)
        .map_or(lowest, |k| k + 1);
    let b = b.min(i + MAX_REACH);
    let free_comma = |j: usize| ctx.inside[j] == Inside::Free && ctx.is(j, ',');
    // Not `After suggesting ..., Rubio voted`, whose participle's subject follows the comma.
    let fronted = floor == a
        && (a..i)
            .find(|&k| ctx.tokens[k].word)
            .is_some_and(|k| FRONTED_OPENERS.contains(&ctx.low(k)) && k + 1 < i)
        && !(a..i).any(free_comma);
    if !fronted {
        return (floor, b);
    }
    // The comma before the main clause: past at least two words of the cue's own.
    let end = (i + 3..b)
        .find(|&j| free_comma(j) && j + 1 < b && ctx.tokens[j + 1].word)
        .unwrap_or(b);
    (floor, end)
}

/// Prepositions after which a cue's `-ing` form modified by an adjective is a noun.
const NOUN_PREPOSITIONS: &[&str] = &[
    "against", "on", "in", "by", "from", "for", "about", "over", "at", "of",
];

/// Words that open a subordinate clause set before the main one.
const FRONTED_OPENERS: &[&str] = &[
    "although", "though", "while", "whereas", "because", "since", "if", "unless", "when",
    "whenever", "after", "before", "once", "until", "with", "despite", "amid",
];

/// Reported speech around the cue word at `i` of the unit starting at `a`; `[floor, b)` is
/// the cue's [`reach`].
fn at_cue(
    ctx: &Context,
    a: usize,
    floor: usize,
    b: usize,
    i: usize,
    last_speaker: Option<Phrase>,
) -> Option<Draft> {
    let text = ctx.text;
    let tokens = ctx.tokens;
    let low = ctx.low(i);

    // `Residents told to avoid travel`: a verb whose object comes first, with none, is a
    // passive; the one before it was told, and nobody is named who told.
    let told_to_verb = OBJECT_FIRST.contains(&low)
        && i + 2 < b
        && ctx.low(i + 1) == "to"
        && tokens[i + 2].word
        && !tokens[i + 2].capitalized(text)
        && !DETERMINERS_OF_OBJECT.contains(&ctx.low(i + 2));
    if told_to_verb {
        return None;
    }
    // `analysts' average estimate of $8.7 billion`, `the reports of fraud`: a cue's present
    // form before `of`, after an article or a possessive, is a noun.
    let owner = |k: usize| {
        let w = ctx.low(k);
        [
            "the", "a", "an", "its", "their", "his", "her", "our", "this", "these",
        ]
        .contains(&w)
            || w.ends_with("s'")
            || w.strip_suffix("'s")
                .is_some_and(|owner| !speakers::is_pronoun(owner))
    };
    let noun_of = i + 1 < b
        && ctx.low(i + 1) == "of"
        && !(low.ends_with("ed") || low.ends_with("ing") || irregular_past().contains(low))
        && (i > floor && owner(i - 1) || i > floor + 1 && owner(i - 2));
    if noun_of {
        return None;
    }
    // `issued a similar ruling against`, `a significant ruling is expected`: an `-ing` form
    // after an article and a lower-case modifier that is no one (not `with the minister
    // saying`), before a preposition or a verb (not `a policy describing life as`), is a noun.
    let modified_noun = low.ends_with("ing")
        && i >= floor + 2
        && i + 1 < b
        && (NOUN_PREPOSITIONS.contains(&ctx.low(i + 1))
            || FINITE_MARKERS.contains(&ctx.low(i + 1)))
        && ["a", "an", "the"].contains(&ctx.low(i - 2))
        && tokens[i - 1].word
        && !tokens[i - 1].capitalized(text)
        && !speakers::is_role_word(ctx.low(i - 1))
        && !super::words::body_nouns().contains(ctx.low(i - 1))
        && !ctx.low(i - 1).starts_with(|c: char| c.is_ascii_digit());
    if modified_noun {
        return None;
    }
    // `Customer support staff were told`, `One former support manager said`: a verb's bare
    // form that may modify a noun does so before a noun and that noun's own verb.
    let modifies_noun = super::words::modifier_verbs().contains(low)
        && i + 2 < b
        && tokens[i + 1].word
        && !tokens[i + 1].capitalized(text)
        && !DETERMINERS_OF_OBJECT.contains(&ctx.low(i + 1))
        && !speakers::is_pronoun(ctx.low(i + 1))
        && tokens[i + 2].word
        && (ctx.verb_marker(i + 2) || speech_verbs().contains(ctx.low(i + 2)));
    if modifies_noun {
        return None;
    }
    // `Many projects announced last year have since been cancelled`: a past participle
    // after a noun, then a time and the noun's own verb, says which projects; no one speaks.
    let participle_of_noun = is_past_form(low)
        && i > floor
        && tokens[i - 1].word
        && !speakers::is_pronoun(ctx.low(i - 1))
        && !tokens[i - 1].capitalized(text)
        && {
            let verb = past_time_phrase(ctx, i + 1, b);
            verb > i + 1 && verb < b && ctx.verb_marker(verb)
        };
    if participle_of_noun {
        return None;
    }
    // `a former officer who now advises museums on security`, `who is advising the rescue
    // effort`: advice is reported only as a clause or what to do (`advised voters to stay
    // home`, `advised that ...`), else it is a job.
    let advice_given = !low.starts_with("advis")
        || (i + 1..b.min(i + 8))
            .take_while(|&j| ctx.inside[j] == Inside::Free && !ctx.is(j, ','))
            .any(|j| ["that", "to", "against"].contains(&ctx.low(j)))
        || opens_clause(ctx, i + 1, b);
    if !advice_given {
        return None;
    }
    // `branded the ruling "a disgrace"`: a label reports only in quotation marks (not
    // `branded goods`).
    let labeling = super::words::labeling_verbs().contains(low);
    let fragment = |j: usize| j < b && matches!(ctx.inside[j], Inside::Fragment(_));
    if labeling && !(i + 1..b.min(i + 12)).any(fragment) {
        return None;
    }
    // `Thatcher, dubbed the "Iron Lady" for ...`: a naming participle set off after its
    // subject, with the label right after it, is a name others gave; no one named speaks.
    let named_by_others = (labeling || NAMING_PARTICIPLES.contains(&low))
        && low.ends_with("ed")
        && ctx.after_comma(floor, i)
        // Not after an appositive (`the nominee, Mitt Romney, called ''our foe''`).
        && !(floor..i - 1).any(|k| ctx.is(k, ','))
        && (fragment(i + 1) || ["the", "a", "an"].contains(&ctx.low(i + 1)) && fragment(i + 2));
    if named_by_others {
        return None;
    }
    // `In a statement posted on the party website, Jansa said`: a participle after a
    // document that a preposition governs describes the document; the clause's subject speaks.
    let document_participle = is_past_form(low)
        && i >= floor + 3
        && document_nouns().contains(ctx.low(i - 1))
        && NOUN_MARKERS.contains(&ctx.low(i - 2))
        && PREPOSITIONS.contains(&ctx.low(i - 3));
    if document_participle {
        return None;
    }
    // `Tesla recalls 2 million vehicles`, `is recalling more than 400 cars`: a maker calling
    // goods back, not a memory told.
    let goods_recalled = low.starts_with("recall")
        && i + 1 < b
        && (ctx.low(i + 1).starts_with(|c: char| c.is_ascii_digit())
            || [
                "more",
                "about",
                "nearly",
                "some",
                "over",
                "thousands",
                "hundreds",
                "millions",
            ]
            .contains(&ctx.low(i + 1)));
    if goods_recalled {
        return None;
    }
    // `Owner Steve Bisciotti, asked last week whether ..., said`, `The minister, asked
    // whether he would resign, said`: a participle set off after its subject, of a verb whose
    // object comes first, before the subject's own verb, is a passive aside; he was asked.
    // (Not `Kramer, head of WIFO, told Reuters ...`.)
    const ASIDE_REACH: usize = 40;
    let passive_aside = OBJECT_FIRST.contains(&low)
        && (is_past_form(low) || low == "told")
        && i >= floor + 2
        && ctx.is(i - 1, ',')
        && tokens[i - 2].word
        && (tokens[i - 2].capitalized(text)
            || speakers::is_role_word(ctx.low(i - 2))
            // `The harbour master, asked ...`: a short noun phrase opening the clause.
            || i - 1 - floor <= 5
                && NOUN_MARKERS.contains(&ctx.low(floor))
                && (floor..i - 1).all(|k| tokens[k].word && !is_cue_verb(ctx.low(k))))
        && (i + 2..b.min(i + ASIDE_REACH))
            .any(|k| ctx.is(k - 1, ',') && tokens[k].word && speech_verbs().contains(ctx.low(k)));
    if passive_aside {
        return None;
    }

    // `In his words, Kiev had "no desire" to negotiate.`, `In her view, prices will rise.`:
    // the possessive's person speaks.
    let in_words = low == "in"
        && i + 3 < b
        && ["his", "her", "their"].contains(&ctx.low(i + 1))
        && ["words", "view", "opinion"].contains(&ctx.low(i + 2))
        && ctx.is(i + 3, ',')
        && !tokens[floor..i].iter().any(|t| t.word);
    if in_words {
        let cue = Span::new(tokens[i].span.start, tokens[i + 2].span.end);
        let speaker = Phrase {
            name: tokens[i + 1].span,
            first: i + 1,
            last: i + 2,
            pronoun: true,
        };
        let clause = ctx.clause(i + 4, b)?;
        return Some(ctx.draft(clause, Some(speaker), cue));
    }
    if low == "according" && i + 1 < b && ctx.low(i + 1) == "to" {
        let cue = Span::new(tokens[i].span.start, tokens[i + 1].span.end);
        let comma = (i + 2..b).find(|&k| ctx.is(k, ','));
        // Not the sentence's closing stop: `according to a release issued by the banks.`
        let mut source_end = comma.unwrap_or(b);
        while source_end > i + 3 && !tokens[source_end - 1].word {
            source_end -= 1;
        }
        let speaker = speakers::after(text, tokens, i + 2, source_end).or_else(|| {
            (i + 2 < source_end).then(|| Phrase {
                name: Span::new(tokens[i + 2].span.start, tokens[source_end - 1].span.end),
                first: i + 2,
                last: source_end,
                pronoun: false,
            })
        });
        // `Wikinews has learned that according to a posting, ...`: after `that` the source
        // opens the reported clause as it would open a sentence.
        let after_that = i > floor && ctx.low(i - 1) == "that";
        let leading_words = tokens[floor..i].iter().filter(|t| t.word).count();
        if leading_words <= 1 || after_that {
            // `According to X, ...`; without the comma the clause starts after the name.
            // `According to the ministry over 300 pilgrims have died near Mecca, Saudi
            // Arabia`: a finite verb before the first comma means the name had no comma.
            let named = speakers::after(text, tokens, i + 2, b);
            let named_end = named.map(|sp| sp.last);
            let start = match (comma, named_end) {
                (Some(comma), Some(end))
                    if end < comma
                        && (end..comma).any(|k| FINITE_MARKERS.contains(&ctx.low(k))) =>
                {
                    end
                }
                (Some(comma), _) => comma + 1,
                (None, end) => end?,
            };
            // `According to Sen. John Thune, the Republican whip, most senators ...`: the
            // source's apposition is no part of what is reported.
            let start = appositive_end(ctx, start, b).unwrap_or(start);
            let clause = ctx.clause(start, b)?;
            let mut draft = ctx.draft(clause, speaker, cue);
            if Some(start) == named_end {
                draft.speaker = named; // the source is the name alone
            }
            return Some(draft);
        }
        // `a policy which, according to AFP, the UN has criticised`, `machines that, according
        // to him, were beyond saving`, `The ratio, which according to Toure is reliable,
        // changed`: the source holds the relative clause; the sentence around it is the
        // writer's own, and a clause set off by a comma ends at the next one.
        let set_off_source = ctx.is(i - 1, ',');
        let pronoun_at = if set_off_source { i - 2 } else { i - 1 };
        if pronoun_at > floor && ["which", "who", "that"].contains(&ctx.low(pronoun_at)) {
            let clause_start = if set_off_source {
                comma? + 1
            } else {
                speaker?.last
            };
            let end = if ctx.is(pronoun_at - 1, ',') {
                (clause_start..b).find(|&k| ctx.is(k, ',')).unwrap_or(b)
            } else {
                clause_end(ctx, clause_start, b)
            };
            let clause = ctx.clause(clause_start, end)?;
            return Some(ctx.draft(clause, speaker, cue));
        }
        // `... about 6 million visitors according to the event website.`: a source that
        // closes the sentence needs no comma before it.
        let closes_sentence = || {
            let source = i + 2..b;
            comma.is_none()
                && source.clone().filter(|&k| tokens[k].word).count() <= 6
                && source.clone().all(|k| {
                    // Words of a name or noun, then the sentence's last mark at most.
                    let mark_at_end = k + 1 == b && !tokens[k].word;
                    (tokens[k].word && !FINITE_MARKERS.contains(&ctx.low(k))) || mark_at_end
                })
        };
        if i > floor && (ctx.is(i - 1, ',') || leading_words >= 4 && closes_sentence()) {
            // `..., according to his spokesperson, Stéphane Dujarric.`: the name speaks.
            let speaker = speaker.map(|sp| speakers::with_appositive_name(text, tokens, sp, b));
            let start = ctx.free_start(floor, b)?;
            // `"...," Grayson said, according to sources`: an attribution, not a claim.
            // `"...," Minning replied at the time, according to the Herald` too.
            let words = (start..i - 1).filter(|&k| tokens[k].word).count();
            let after_quote = start > 0 && ctx.inside[start - 1] == Inside::Quote;
            if after_quote
                && words <= 8
                && (start..i - 1).any(|k| speech_verbs().contains(ctx.low(k)))
            {
                return None;
            }
            let before_cue = if ctx.is(i - 1, ',') { i - 1 } else { i };
            let clause = ctx.clause(start, before_cue)?;
            let mut draft = ctx.draft(clause, speaker, cue);
            // `For Trump, according to Bennett, the speech is a test`: the sentence goes on
            // past its source, and all of it is reported.
            let rest = comma
                .map(|c| c + 1)
                .filter(|&k| !writers_tail(ctx, k, b) && !closing_apposition(ctx, k, b))
                .and_then(|k| ctx.clause(k, clause_end(ctx, k, b)))
                .filter(|rest| word_count(text, rest.0) >= 3);
            if let Some((part, kind)) = rest {
                draft.span.end = part.end;
                draft.content.push(part);
                if kind == QuoteKind::Mixed {
                    draft.kind = kind;
                }
            }
            return Some(draft);
        }
        return None;
    }

    if let Some(draft) = at_adjective_object(ctx, floor, b, i) {
        return Some(draft);
    }
    if stance_adjectives().contains(low) {
        return at_stance_adjective(ctx, floor, b, i);
    }
    // `the think tank Bruegel said`: a cue word that heads a compound noun.
    if low == "think" && i + 1 < b && ["tank", "tanks"].contains(&ctx.low(i + 1)) {
        return None;
    }
    if let Some(draft) = told_to_body(ctx, floor, b, i) {
        return Some(draft);
    }
    if let Some(draft) = quoted_as_saying(ctx, floor, b, i) {
        return Some(draft);
    }
    let speech = speech_verbs().contains(low) || labeling || heard_by_body(ctx, floor, i);
    // `would like to`: a wish, though `like` alone is mostly a preposition.
    let wish = low == "like" && i > floor && ["would", "'d"].contains(&ctx.low(i - 1));
    let stance = !speech && (wish || stance_verbs().contains(low));
    if !speech && !stance {
        return None;
    }
    // `Another analyst, who declined to be named because his firm advises one of the banks,
    // said ...`: a cue inside a relative aside reports nothing when the aside says why the
    // source goes unnamed or how others see them (`who is widely seen as a moderate`), and
    // else no further than the comma that closes the aside before the sentence's own verb.
    let b = match relative_aside(ctx, floor, i) {
        Some(opener) if !ctx.is(i - 1, ',') => {
            if anonymity_at(ctx, opener, b) || ctx.passive(floor, i) {
                return None;
            }
            (i + 1..b)
                .find(|&k| {
                    ctx.inside[k] == Inside::Free
                        && ctx.is(k, ',')
                        && k + 1 < b
                        && tokens[k + 1].word
                        && (is_cue_verb(ctx.low(k + 1)) || ctx.verb_marker(k + 1))
                })
                .unwrap_or(b)
        }
        _ => b,
    };
    // `Daniel Price, defending, said`: a participle alone between commas after a name is an
    // aside (a barrister's side in court), not the verb of its clause.
    let aside = i > a + 1
        && low.ends_with("ing")
        && ctx.is(i - 1, ',')
        && tokens[i - 2].capitalized(text)
        && i + 1 < b
        && ctx.is(i + 1, ',');
    if aside {
        return None;
    }
    if ONLY_BEFORE_TO.contains(&low) {
        // `declined to comment`, not `declined to a record low`: a verb follows `to`.
        let verb_after_to = i + 2 < b
            && ctx.low(i + 1) == "to"
            && tokens[i + 2].word
            && !tokens[i + 2].capitalized(text)
            && !NOUN_MARKERS.contains(&ctx.low(i + 2))
            && ctx.low(i + 2) != "be"
            && !ctx.low(i + 2).starts_with(|c: char| c.is_ascii_digit());
        if !verb_after_to {
            return None;
        }
    }
    if tokens[i].capitalized(text) && i > a && !(ctx.headline && title_case(ctx, a, b)) {
        return None; // `Said` inside a name or title
    }
    // `the asylum claim- 'legacy backlog'`: a word the line broke at its hyphen is no verb.
    if i + 1 < b && ctx.is(i + 1, '-') && tokens[i + 1].span.start == tokens[i].span.end {
        return None;
    }
    // `cast the plan as a gift to the wealthy` reports; `cast a ballot`, `casting doubt on`
    // do not.
    if as_complement_verbs().contains(low) && !(i + 1..b.min(i + 16)).any(|j| ctx.low(j) == "as") {
        return None;
    }
    // `wrote for the paper that ...` still reports its clause.
    let that_follows = || (i + 2..b.min(i + 10)).any(|j| ctx.low(j) == "that");
    if i + 1 < b
        && NOT_REPORTING_BEFORE
            .iter()
            .any(|(stem, next)| low.starts_with(stem) && next.contains(&ctx.low(i + 1)))
        && !(low.starts_with("wr") && that_follows())
    {
        return None;
    }
    // `declared a state of emergency`, `declares war on`: an act, not a claim.
    let act_declared = || {
        (i + 1..b.min(i + 5))
            .take_while(|&k| tokens[k].word)
            .any(|k| declared_acts().contains(ctx.low(k)))
    };
    if low.starts_with("declar") && act_declared() {
        return None;
    }
    // `Erdogan's about-face worries the Gulf`: `worry` with an object causes worry in it;
    // with a clause it is held (`riders worry the ferries will stop`).
    if low.starts_with("worr")
        && i + 1 < b
        && (DETERMINERS_OF_OBJECT.contains(&ctx.low(i + 1)) || tokens[i + 1].capitalized(text))
        && !opens_clause(ctx, i + 1, b)
    {
        return None;
    }
    // `A system backed by the Red Cross`: a participle before its agent is passive; a
    // speech verb may take `by` as a means (`said by phone that ...`).
    if ctx.passive(floor, i) || (stance && i + 1 < b && ctx.low(i + 1) == "by") {
        return None;
    }
    let cue = tokens[i].span;
    // `The government’s only hope`: past `only`, still the owner's noun.
    let owner_at = if i > floor + 1 && ctx.low(i - 1) == "only" {
        i - 2
    } else {
        i.saturating_sub(1)
    };
    let possessive = i > floor && {
        let before = ctx.low(owner_at);
        let contraction = [
            "it's", "he's", "she's", "that's", "there's", "what's", "who's", "let's", "here's",
        ];
        (before.ends_with("'s") || before.ends_with("s'")) && !contraction.contains(&before)
    };
    // `to` before a verb is an infinitive, which speaks for the subject after `continued to`.
    let handed_on = speakers::aspect_before(text, tokens, i, floor).is_some();
    if possessive || i > floor && NOUN_MARKERS.contains(&ctx.low(owner_at)) && !handed_on {
        return None; // `every claim`, `his remarks`: a noun, not a verb
    }

    if let Some(draft) = fronted_participle(ctx, floor, b, i) {
        return Some(draft);
    }
    // `..., adding that ...`: the participle continues the last speaker.
    // `Trump said, "I don't like it," adding that ...`: the comma may close the quotation.
    let after_quotation = i == floor
        && i > 0
        && ctx.inside[i - 1] == Inside::Quote
        && ctx.text[..tokens[i - 1].span.end]
            .trim_end_matches(super::marks::is_mark_char)
            .ends_with(',');
    if low.ends_with("ing") && (ctx.after_comma(floor, i) || after_quotation) {
        // `Patrick Howley, writing on Breitbart, shared ...`: a participle with only a place
        // before the next comma is an aside about the subject, reporting nothing.
        let place_aside = i + 1 < b
            && PLACE_PREPOSITIONS.contains(&ctx.low(i + 1))
            && (i + 2..b.min(i + 8))
                .take_while(|&j| ctx.inside[j] == Inside::Free && ctx.low(j) != "that")
                .any(|j| ctx.is(j, ','));
        if place_aside {
            return None;
        }
        // `The Journal, citing internal documents, reported ...`: after a bare subject the
        // participle is an aside, closed by its comma.
        let aside = speakers::after(text, tokens, floor, i - 1)
            .is_some_and(|sp| sp.first == floor && sp.last == i - 1);
        let end = clause_end(ctx, i + 1, b);
        let end = if aside {
            ctx.comma_or_end(i + 1, end)
        } else {
            end
        };
        // `telling a crowd of 1,000 supporters that ...`: the one told is no part of what was
        // said.
        let from = if OBJECT_FIRST.contains(&low) && i + 1 < end {
            let that = (i + 1..end.min(i + 12))
                .take_while(|&j| ctx.inside[j] == Inside::Free && !ctx.is(j, ','))
                .find(|&j| ctx.low(j) == "that");
            that.map_or(i + 1, |t| t + 1)
        } else {
            i + 1
        };
        let clause = ctx.clause(from, end)?;
        // Without an earlier speaker, the subject of the clause it hangs on speaks: `Trump
        // ..., suggesting`, `When Rubio spoke, he did it sideways, acknowledging`.
        let speaker = last_speaker.or_else(|| {
            // `Other candidates, including Fiorina and Carson, have followed ...`: a list of
            // examples is no subject.
            let clause_starts = (floor + 1..i - 1)
                .rev()
                // `MYRTLE BEACH, S.C. - Sen. Ted Cruz continued ...`: past a dateline's dash.
                // `She will play the "woman card," Fiorina said, adding ...`: a comma may stand
                // inside the closing mark.
                .filter(|&k| {
                    (ctx.after_comma(floor, k) && !continues_object(ctx, k - 1, i))
                        || is_dash(ctx, k - 1, i)
                })
                .take(3)
                // `(The mayor later spoke, admitting ...)`: past an opening bracket.
                .chain((floor..i).find(|&k| tokens[k].word));
            clause_starts
                .filter_map(|p| speakers::after(text, tokens, p, i).filter(|sp| sp.first == p))
                .next()
        });
        return Some(ctx.draft(clause, speaker, cue));
    }

    // `..., said Smith.`
    // `The group, called the Sea Org, is ...` names, whatever follows.
    if speech
        && ctx.after_comma(floor, i)
        && !OBJECT_FIRST.contains(&low)
        && !NAMING_PARTICIPLES.contains(&low)
    {
        if let Some(sp) = speakers::after(text, tokens, i + 1, b) {
            // `Institutional recipients, said Mauer, are required to ...`: the attribution
            // stands inside the clause, which goes on after it.
            let resumes = ctx.is(sp.last, ',')
                && sp.last + 1 < b
                && FINITE_MARKERS.contains(&ctx.low(sp.last + 1));
            if resumes {
                let start = ctx.free_start(floor, b)?;
                let (head, _) = ctx.clause(start, i - 1)?;
                let rest = sp.last + 1;
                let (tail, kind) = ctx.clause(rest, clause_end(ctx, rest, b))?;
                let mut draft = ctx.draft((head, QuoteKind::Indirect), Some(sp), cue);
                draft.span.end = tail.end;
                draft.content.push(tail);
                draft.kind = kind;
                return Some(draft);
            }
            // `..., says Satpayev in Almaty.`, `..., said Democrats who ...`, `..., said a
            // person with knowledge of the talks.`
            let rest_is_tail = tokens[sp.last..b].iter().all(|t| !t.word)
                || ctx.is(sp.last, ',')
                || (sp.last < b
                    && tokens[sp.last].word
                    && [
                        "in", "at", "of", "from", "who", "whose", "with", "close", "familiar",
                        "briefed", "involved",
                    ]
                    .contains(&ctx.low(sp.last)));
            // `accused Macron of "contempt"`: `of` completes the verb, no speaker's.
            let complement_of = low.starts_with("accus") && ctx.low(sp.last) == "of";
            // What comes before must be a clause: not `At a rally, Stein, a physician,
            // accused the committee of ...`, nor a subject and its relative clause (`Marine Le
            // Pen, who leads the party, accused Macron`).
            if rest_is_tail
                && !complement_of
                && relative_aside(ctx, floor, i).is_none()
                && tokens[floor..i - 1].iter().filter(|t| t.word).count() >= 3
                && has_verb(ctx, floor, i - 1)
            {
                let start = ctx.free_start(floor, b)?;
                let clause = ctx.clause(start, i - 1)?;
                return Some(ctx.draft(clause, Some(sp), cue));
            }
        }
    }

    let speaker = coordinated_speaker(ctx, floor, i, last_speaker)
        .or_else(|| speakers::before(text, tokens, i, floor))?;
    let speaker = document_author(ctx, floor, i, speaker).unwrap_or(speaker);
    let speaker = head_of_participle(ctx, floor, speaker).unwrap_or(speaker);
    // `Top Climate Group Will Run Ads Demanding ...`: in a headline every word is capitalised,
    // and a phrase that opens with a modal is a verb phrase; the subject before it speaks. A
    // modal inside the phrase makes it a clause, no speaker (`Rebuilding Isn't The Only Reason
    // Riders Support ...`).
    let finite_at = ctx.headline.then(|| {
        (speaker.first..speaker.last)
            .find(|&k| FINITE_MARKERS.contains(&ctx.low(k)) || ctx.low(k).ends_with("n't"))
    });
    let speaker = match finite_at.flatten() {
        Some(k) if k == speaker.first => speakers::before(text, tokens, speaker.first, floor)?,
        Some(_) => return None,
        None => speaker,
    };
    // `During a press call with reporters`: a bare verb form cannot follow a singular `a`
    // phrase, so the cue is a noun there.
    let bare_form = |w: &str| is_cue_verb(&format!("{w}s")) || is_cue_verb(&format!("{w}es"));
    if speaker.last == i
        && ["a", "an", "each", "every"].contains(&ctx.low(speaker.first))
        && bare_form(low)
    {
        return None;
    }
    // `must file their campaign finance reports to the FEC`: after a modal and its verb, the
    // phrase is the verb's object and the cue a noun.
    let object_of_modal = speaker.first >= floor + 2
        && MODALS.contains(&ctx.low(speaker.first - 2))
        && tokens[speaker.first - 1].word
        && !tokens[speaker.first - 1].capitalized(text)
        && !speakers::is_adverb(ctx.low(speaker.first - 1))
        && !["not", "that", "be"].contains(&ctx.low(speaker.first - 1));
    if object_of_modal {
        return None;
    }
    // Stance needs a source that can hold one, and something held.
    if stance && !ctx.holds_views(speaker) {
        return None;
    }
    // `Hughes showed no visible reaction`, `officers showed up`: a person shows a feeling or
    // turns up; a work shows a finding (`the emails appeared to show`, `Polls in New Hampshire
    // show`), and anyone may show that something is so.
    if ["show", "shows", "showed", "shown"].contains(&low) {
        let next = if i + 1 < b { ctx.low(i + 1) } else { "" };
        if next == "up" || next != "that" && shown_by_person(ctx, speaker) {
            return None;
        }
    }
    // `the case on which the Court has ruled was ...`: the pronoun is the preposition's and
    // the sentence's own verb follows the cue; nothing is reported.
    let b = if preposed_relative(ctx, speaker) {
        if i + 1 < b && FINITE_MARKERS.contains(&ctx.low(i + 1)) {
            return None;
        }
        // `The plan, in which Reed said the fares would fall, was shelved`: the relative
        // clause, and what it reports, closes at its comma.
        ctx.comma_or_end(i + 1, b)
    } else if ctx.relative(speaker) && speaker.first > floor && ctx.is(speaker.first - 1, ',') {
        // `Smith, who testified, said that ...`: a relative clause set off by commas reports
        // what stands before its closing comma, if anything.
        ctx.comma_or_end(i + 1, b)
    } else {
        b
    };
    if let Some(draft) = relative_object(ctx, speaker, i, b, cue) {
        return Some(draft);
    }
    if let Some(draft) = reduced_relative(ctx, floor, speaker, i, b, cue) {
        return Some(draft);
    }
    // The comma may sit inside a closing mark: `The plan is "a disaster," Smith said.`
    let after_comma = ctx.after_comma(floor, speaker.first);
    // `For decades, Mr. de Vos noted, the United States ...`: the whole sentence is reported,
    // in two parts around its attribution, up to a relative clause with a source of its own
    // (`..., which he said would be ...`).
    // `The solution, the partner told them, was simple`: one word spoken to may follow.
    let inserted_end = if i + 1 < b && ctx.is(i + 1, ',') {
        Some(i + 1)
    } else {
        (OBJECT_FIRST.contains(&low) && i + 2 < b && tokens[i + 1].word && ctx.is(i + 2, ','))
            .then_some(i + 2)
    };
    if let Some(comma) =
        inserted_end.filter(|_| speech && after_comma && speaker.last <= i && i - speaker.last <= 1)
    {
        // `- attacks that, Sweet noted, Trump said ...`: a dash or semicolon before the
        // attribution closes an earlier clause.
        let start = (floor..speaker.first)
            .rev()
            .find(|&j| ctx.inside[j] == Inside::Free && (ctx.is(j, ';') || is_dash(ctx, j, b)))
            .map_or(ctx.free_start(floor, b)?, |j| {
                // `- and the permit, his campaign said, ...`: the joining word is no part.
                j + 1 + usize::from(["and", "but"].contains(&ctx.low(j + 1)))
            });
        let end = (comma + 1..b)
            .find(|&j| {
                ctx.inside[j] == Inside::Free
                    && ctx.is(j, ',')
                    && attributed_relative(ctx, j + 1, b)
            })
            .unwrap_or(b);
        // `When asked why he went, Tyler said, "..."`: the question is the occasion, reported
        // on its own; what was said follows the attribution.
        // So is a prepositional phrase before a quotation (`In the ruling, the opinion said,
        // ''...''`, `But, he said, "..."`), though not before a clause it opens (`For decades,
        // Reed noted, the harbour has been shut`).
        let asked = start + 1 < speaker.first
            && ["when", "after", "if", "once"].contains(&ctx.low(start))
            && super::sourceless::QUESTIONED.contains(&ctx.low(start + 1));
        let quoted_tail = (comma + 1..end)
            .find(|&j| tokens[j].word || ctx.inside[j] != Inside::Free)
            .is_some_and(|j| ctx.inside[j] != Inside::Free);
        let opener = ctx.low(start);
        let phrase_only = (PREPOSITIONS.contains(&opener) || JOINING_WORDS.contains(&opener))
            && !(start..speaker.first).any(|j| {
                let low = ctx.low(j);
                FINITE_MARKERS.contains(&low) || CLAUSE_SUBJECTS.contains(&low)
            });
        let occasion = asked || (quoted_tail && phrase_only);
        // `The group's head of mission, Mamadou Diallo, warned, however, that ...`: a `that`
        // after the attribution opens all that was said; the words before it are the
        // speaker's role.
        let mut that_at = comma + 1;
        if that_at + 1 < end
            && TRAILING_ADVERBS.contains(&ctx.low(that_at))
            && ctx.is(that_at + 1, ',')
        {
            that_at += 2;
        }
        let role_before =
            start < speaker.first && !speaker.pronoun && !has_verb(ctx, start, speaker.first);
        if that_at < end && ctx.low(that_at) == "that" && role_before {
            let clause = ctx.clause(that_at, end)?;
            let role = Phrase {
                name: Span::new(tokens[start].span.start, speaker.name.end),
                first: start,
                ..speaker
            };
            return Some(ctx.draft(clause, Some(role), cue));
        }
        let head = ctx.clause(start, speaker.first).filter(|_| !occasion);
        if occasion {
            let clause = ctx.clause(comma + 1, end)?;
            return Some(ctx.draft(clause, Some(speaker), cue));
        }
        // `..., the people said, asking not to be identified because ...`: why the source goes
        // unnamed is the reporter's.
        if anonymity_at(ctx, comma + 1, b) || writers_tail(ctx, comma + 1, end) {
            return Some(ctx.draft(head?, Some(speaker), cue));
        }
        let Some((tail, tail_kind)) = ctx.clause(comma + 1, end).filter(|_| head.is_some()) else {
            let clause = ctx.clause(start, end)?;
            return Some(ctx.draft(clause, Some(speaker), cue));
        };
        let mut draft = ctx.draft(head?, Some(speaker), cue);
        draft.span.end = tail.end;
        draft.content.push(tail);
        if tail_kind == QuoteKind::Mixed {
            draft.kind = tail_kind;
        }
        return Some(draft);
    }
    let mut k = i + 1;
    // `said that`, `said on Monday that`, `told reporters that`; not the `that` inside the
    // clause itself (`says it is hard to blame anyone for that`).
    let that_may_follow = ctx.low(k.min(b - 1)) == "that"
        || OBJECT_FIRST.contains(&low)
        || (k < b && (is_tail_opener(ctx.low(k)) || ctx.is(k, ',')));
    let that_at = (k..b.min(k + 20))
        // A quoted word on the way is read through: `hoped with his "whole heart" that`.
        .take_while(|&j| {
            tokens[j].word || ctx.is(j, ',') || matches!(ctx.inside[j], Inside::Fragment(_))
        })
        // `wanted to give numbers but said that ...`: that `that` is the second verb's.
        .take_while(|&j| !(coordinates_cue(ctx, j) || j > k && opens_own_clause(ctx, j, b)))
        // `told CNN the emails confirmed that ...`: that `that` is the inner verb's.
        .take_while(|&j| !(j > k + 1 && verb_of_inner_clause(ctx, j)))
        // `warned it will not accept any arrangement that ...`: past a finite verb, a `that`
        // is the clause's own (not past an aside: `said on CNN, where he is a contributor,
        // that`).
        .take_while(|&j| !(j > k && ctx.verb_marker(j) && !(k..j).any(|m| ctx.is(m, ','))))
        .filter(|_| that_may_follow)
        .find(|&j| {
            // Past twelve words only after a comma: `said Thursday in Buffalo, New York, that`.
            (j < k + 12 || ctx.is(j - 1, ','))
            // `that` ends nothing here: a word or an opening quotation mark follows it.
            && ctx.low(j) == "that"
                && ctx.inside[j] == Inside::Free
                && j + 1 < b
                // `said that is a distortion`: `that` before a verb is the subject.
                && !FINITE_MARKERS.contains(&ctx.low(j + 1))
                && !ctx.determiner_that(j, b)
                // `said on that occasion that`: after a preposition, `that` is a determiner.
                && !(j > k && PREPOSITIONS.contains(&ctx.low(j - 1)))
                && (tokens[j + 1].word
                    || ctx.inside[j + 1] != Inside::Free
                    || !tokens[j + 1]
                        .text(text)
                        .starts_with(['.', ',', ';', ':', '?', '!', ')']))
        });
    if let Some(t) = that_at {
        k = t + 1;
    } else if OBJECT_FIRST.contains(&low) && k < b {
        // `told "Fox and Friends," adding ...`: a name in marks is the one told.
        if matches!(ctx.inside[k], Inside::Fragment(_)) {
            while k < b && matches!(ctx.inside[k], Inside::Fragment(_)) {
                k += 1;
            }
            if ctx.after_comma(i, k) {
                return None;
            }
        } else {
            let object_end = skip_object(ctx, k, b);
            // `warned the deal would fail`, `has warned it will not accept`: `warn` may take
            // the clause alone, whose subject is then no one warned (`warned voters the deal
            // would fail` is).
            let warned = low.starts_with("warn")
                && object_end < b
                && ctx.verb_marker(object_end)
                && !(object_end == k + 1
                    && (speakers::is_role_word(ctx.low(k))
                        || ["him", "her", "them", "us", "me"].contains(&ctx.low(k))))
                && !tokens[k].capitalized(text);
            if !warned {
                k = object_end;
            }
        }
    }

    // `Trump said of the episode, "I don't like it"`: the quotation after the topic is what
    // was said, found with its own marks.
    let topic_then_quote = that_at.is_none()
        && k < b
        && ctx.low(k) == "of"
        && (k + 1..b.min(k + 10))
            .take_while(|&j| ctx.inside[j] == Inside::Free)
            .find(|&j| ctx.is(j, ','))
            .is_some_and(|comma| comma + 1 < b && ctx.inside[comma + 1] != Inside::Free);
    if topic_then_quote {
        return None;
    }
    // `The talks failed, Shoigu told the conference on Wednesday.`; not `..., Trump said during
    // the debate were sparked by ...`, where a verb after the tail shows a clause of its own.
    let verb_after_tail =
        || (k..ctx.comma_or_end(k, b)).any(|j| FINITE_MARKERS.contains(&ctx.low(j)));
    // A stance verb too, last in its sentence: `..., fundraising documents show.`, `..., his
    // team believes.`
    // `..., customs data showed on Friday.`: a time may close it.
    let ends_sentence = || ctx.times_only(i + 1, b, &["on", "last", "this"]);
    if (speech || ends_sentence())
        && that_at.is_none()
        && after_comma
        && is_tail(ctx, k, b)
        && !verb_after_tail()
    {
        let before_words = tokens[floor..speaker.first - 1]
            .iter()
            .filter(|t| t.word)
            .count();
        // A clause, not a fronted phrase: `In her post, she reminded Trump of ...`.
        // Two words at least (so `speaker.first - 2` stays above `floor`), one of them a verb.
        let clause = || {
            has_verb(ctx, floor, speaker.first - 1)
                || (floor + 1..speaker.first - 1)
                    .any(|j| noun_or_verb_is_verb(ctx, j) || present_form_is_verb(ctx, floor, j))
        };
        if before_words >= 2 && clause() {
            let start = ctx.free_start(floor, b)?;
            // `Tyler said that ... "...," he said.`: the clause names its speaker already, and
            // the tail repeats it.
            if attribution_at(ctx, start, speaker.first - 1, false) {
                return None;
            }
            if let Some(clause) = ctx.clause(start, speaker.first - 1) {
                return Some(ctx.draft(clause, Some(speaker), cue));
            }
        }
    }
    // `observed at the opening`, `written by Rathbun`, `posted to Twitter`: no clause follows.
    let short_rest = tokens[k.min(b)..b].iter().filter(|t| t.word).count() <= 6;
    if short_rest
        && speech
        && k < b
        && tokens[k].word
        && [
            "at", "in", "on", "by", "from", "into", "onto", "off", "up", "down", "away", "back",
        ]
        .contains(&ctx.low(k))
        && !dated_by(ctx, k, b)
        // `said on Tuesday it would`: a clause after the time.
        && past_adverbial(ctx, k, b) == k
    {
        return None;
    }
    // `wrote to the council last week`, `spoke to reporters`: only the one spoken to, no
    // clause (`explained to CBS why ...` has one; `is said to be` is no recipient).
    let passive = speaker.last < i && FINITE_MARKERS.contains(&ctx.low(i - 1));
    if short_rest
        && speech
        && !passive
        && !OBJECT_FIRST.contains(&low)
        && k < b
        && ctx.low(k) == "to"
        // a recipient, not an infinitive (`vowing to protect`, `threaten to cast`)
        && k + 1 < b
        && (DETERMINERS_OF_OBJECT.contains(&ctx.low(k + 1)) || tokens[k + 1].capitalized(text))
        && !(k + 1..b).any(|j| {
            let w = ctx.low(j);
            ctx.inside[j] != Inside::Free
                || FINITE_MARKERS.contains(&w)
                || QUESTION_OPENERS.contains(&w)
                || w == "that"
                || is_cue_verb(w)
        })
    {
        return None;
    }
    // `explained to CBS why ...`: past the one spoken to.
    if k + 1 < b && ctx.low(k) == "to" && tokens[k + 1].capitalized(text) {
        k += 1;
        while k < b && tokens[k].capitalized(text) {
            k += 1;
        }
        if tokens[k.min(b)..b].iter().filter(|t| t.word).count() < 2 {
            return None;
        }
    }
    // `the device called the E-meter`: naming, unless a person or body does it.
    if NAMING_PARTICIPLES.contains(&low) {
        let person = speaker.pronoun
            || speaker.name.text(text).starts_with(char::is_uppercase)
            || speakers::has_role(text, tokens, speaker);
        // `the group within Scientology called the Sea Org was persuaded`: a name given, then
        // the sentence's own verb; nothing reported.
        // A second verb of the same subject is not the sentence's own (`called the design a
        // fine boat and praised the crew`).
        // Nor is a participle after a comma (`called the deal "a disaster," adding ...`).
        let own_verb_end = (k..b)
            .find(|&j| {
                joins_verb_phrase(ctx, j, b)
                    || (j > k && ctx.low(j).ends_with("ing") && ctx.after_comma(k, j))
            })
            .unwrap_or(b);
        // `called it "a disaster"`: a pronoun after the verb is its object, not a subject.
        let object_pronoun = k < b && HELD_PRONOUNS.contains(&ctx.low(k));
        // The quoted label itself is no clause of the sentence (`called the measure "the
        // responsible thing to do."`), but a verb right after it is (`a news organization
        // called "The Local" cited ...`).
        let label = (k..own_verb_end).find(|&j| matches!(ctx.inside[j], Inside::Fragment(_)));
        // Not after a comma inside the closing mark (`Henke, who called his round a "pleasant
        // surprise," finished ...`): that verb is the sentence's.
        let verb_after_label = label.is_some_and(|at| {
            (at..own_verb_end)
                .find(|&j| ctx.inside[j] == Inside::Free)
                .is_some_and(|j| {
                    ctx.tokens[j].word
                        && is_verb_form(ctx.low(j))
                        && !(j.saturating_sub(2)..j).any(|m| ctx.is(m, ','))
                })
        });
        let clause_end = label.unwrap_or(own_verb_end);
        let own_verb = verb_after_label
            || if object_pronoun {
                opens_clause(ctx, k + 1, clause_end)
            } else {
                opens_clause(ctx, k, clause_end)
            };
        let idiom = (2..=3).any(|n| {
            let words: Vec<&str> = (k..(k + n).min(b)).map(|j| ctx.low(j)).collect();
            naming_idioms().contains(words.join(" ").as_str())
        });
        if !person || own_verb || idiom || names_only(ctx, k, b) {
            return None;
        }
    }
    if stance {
        // `found themselves in a battle`: a reflexive object is the source itself, not a view.
        if k < b && REFLEXIVES.contains(&ctx.low(k)) {
            return None;
        }
        // `Police questioned him`: a person questioned is no view held (`questioned the
        // decision` is).
        if QUESTIONING.contains(&low) && person_only(ctx, k, object_end(ctx, k, b)) {
            return None;
        }
        // `Sanders rejected that`, `Cruz endorsed Trump`: a one-word object is enough.
        // `rejected that, too`, `doesn't mention that on the trail`: a pronoun object
        // before a comma or an adverbial is whole as well.
        // Not `cast him as weak`: what follows `as` is what was held of him; nor `want him to
        // step aside`, where he is the subject of what is wished.
        let wished = |j: usize| ctx.low(j) == "to" && TO_STANCE.contains(&low);
        let pronoun_object = k < b
            && HELD_PRONOUNS.contains(&ctx.low(k))
            && (k + 1 >= b
                || ctx.is(k + 1, ',')
                || is_tail_opener(ctx.low(k + 1)) && ctx.low(k + 1) != "as" && !wished(k + 1));
        if k + 1 == b || (k + 2 == b && !tokens[k + 1].word) || pronoun_object {
            let object = tokens[k];
            if object.word && (object.capitalized(text) || HELD_PRONOUNS.contains(&ctx.low(k))) {
                let mut draft = ctx.draft((object.span, QuoteKind::Indirect), Some(speaker), cue);
                draft.content = vec![object.span];
                return Some(draft);
            }
        }
        let to_stance = TO_STANCE.contains(&low) || ONLY_BEFORE_TO.contains(&low);
        if k < b && ctx.low(k) == "to" && !to_stance {
            return None;
        }
    }
    // `the candidate said no`, `I think so`: a one-word answer closing the clause is all that
    // is reported.
    let answer = k < b
        && ctx.inside[k] == Inside::Free
        && ANSWERS.contains(&ctx.low(k))
        && (k + 1 == b || !tokens[k + 1].word && ctx.inside[k + 1] == Inside::Free);
    if answer {
        let mut draft = ctx.draft((tokens[k].span, QuoteKind::Indirect), Some(speaker), cue);
        draft.content = vec![tokens[k].span];
        return Some(draft);
    }
    // `As Heald told The Huffington Post, US ozone has dropped`, `as the tabloid noted in an
    // op-ed Thursday, the candidate ...`: what was said follows the `as` clause's comma.
    // Not `Even as he accused X of ..., he praised ...`, where `as` subordinates.
    let even_as = speaker.first > floor + 1 && ctx.low(speaker.first - 2) == "even";
    if speech && speaker.first > floor && ctx.low(speaker.first - 1) == "as" && !even_as {
        let comma = (k..b.min(k + 10))
            .take_while(|&j| ctx.inside[j] == Inside::Free)
            .find(|&j| ctx.is(j, ','));
        // `as Democrats said they would oppose it, putting ...`: an `as` clause with words of
        // its own reports them, and the comma ends it.
        let says_own = |comma: usize| k < comma && opens_clause(ctx, k, comma);
        if let Some(comma) = comma.filter(|&comma| !says_own(comma)) {
            let clause = ctx.clause(comma + 1, b)?;
            return Some(ctx.draft(clause, Some(speaker), cue));
        }
        // `which - as Chait noted recently - ...`: an aside whose words are elsewhere.
        if is_tail(ctx, k, b) {
            return None;
        }
    }
    // `But I said, hey, you've got to change`, `He said of the episode, he does not like it`:
    // a clause-opening speaker's words may follow a comma, past an aside of a few words.
    // Not after a relative clause with its object gone (`on the day Sanders had proposed, he
    // looked like ...`): a noun before the subject shows one.
    let clause_first = speaker.first <= floor || {
        let before = ctx.low(speaker.first - 1);
        !tokens[speaker.first - 1].word
            || JOINING_WORDS.contains(&before)
            || SUBORDINATORS.contains(&before)
            || speakers::is_adverb(before)
            || before == "that"
    };
    if speech && !after_comma && that_at.is_none() && k < b && clause_first {
        if let Some(start) = clause_after_comma(ctx, k, b) {
            let clause = ctx.clause(start, clause_end(ctx, start, b))?;
            return Some(ctx.draft(clause, Some(speaker), cue));
        }
    }
    // `plans to support, in some fashion, at least 100 candidates`: a short aside between
    // commas stands between the verb and its object.
    if that_at.is_none() && k + 1 < b && ctx.is(k, ',') {
        let aside_opener = ctx.low(k + 1);
        let opens_aside = PREPOSITIONS.contains(&aside_opener) || speakers::is_adverb(aside_opener);
        let close = (k + 2..b.min(k + 7)).find(|&j| ctx.is(j, ','));
        if let Some(close) = close.filter(|&c| opens_aside && !has_verb(ctx, k + 1, c)) {
            k = close + 1;
        }
    }
    if k >= b || ctx.is(k, ':') || (ctx.is(k, ',') && that_at.is_none()) {
        return None;
    }
    // `a president informed by experience`: `by` names an agent or a means, and `doesn't
    // recognize or track opt-out rates` shares its object with a second verb; neither
    // reports a clause.
    let agent = ctx.low(k) == "by" && !dated_by(ctx, k, b);
    if that_at.is_none() && (agent || JOINING_WORDS.contains(&ctx.low(k))) {
        return None;
    }
    // `said on Tuesday it would`, `said in a statement the plan had failed`: the time or the
    // occasion before the reported clause is no part of it.
    if speech && that_at.is_none() {
        k = past_adverbial(ctx, k, b);
    }
    let opens_clause = that_at.is_some() || opens_clause(ctx, k, b);
    // `maintained a policy of ...` keeps it; `maintained she complied` reports.
    if !opens_clause && clause_verbs().contains(low) {
        return None;
    }
    // `knew most customers` keeps company; `knew (instantly) which way it would go` and `I
    // don't know about you` report.
    if !opens_clause && clause_or_question_verbs().contains(low) {
        let at = if k + 1 < b && speakers::is_adverb(ctx.low(k)) {
            k + 1
        } else {
            k
        };
        let question = ctx.low(at);
        if !QUESTION_OPENERS.contains(&question) && !matches!(question, "which" | "about") {
            return None;
        }
        k = at;
    }
    // `added a third in stoppage time` reports nothing; `added the circumstances remained
    // unclear` does, though its clause is long in coming.
    if !opens_clause && verb_after_verbs().contains(low) && !has_verb(ctx, k, b) {
        return None;
    }
    // An object held rather than a clause said (`endorsed the plan, which ...`) ends at
    // its first comma.
    let object_to = object_end(ctx, k, b);
    let object = (stance && !opens_clause)
        .then(|| ctx.clause(k, object_to))
        .flatten();
    // `Cruz endorsed Trump, who ...`: a one-word object that names someone stands alone.
    let named_object = stance
        && !opens_clause
        && object.is_none()
        && object_to == k + 1
        && tokens[k].word
        && (tokens[k].capitalized(text) || ["him", "her", "them", "it"].contains(&ctx.low(k)));
    if named_object {
        return Some(ctx.draft((tokens[k].span, QuoteKind::Indirect), Some(speaker), cue));
    }
    // `Broaddrick, who said Clinton raped her, recounted ...`, `an independent who does not
    // claim to belong to either camp, Edward Yiu, won`: the relative clause closes at its
    // comma, and so does what it reports.
    let relative = ctx.relative(speaker);
    // `Although he says he "loves China," he also accuses ...`: a subordinate clause ends
    // where the main clause's subject follows its comma.
    // `as he said` compares; `even as he accused ...` subordinates.
    let subordinate = speaker.first > floor
        && SUBORDINATORS.contains(&ctx.low(speaker.first - 1))
        && (ctx.low(speaker.first - 1) != "as" || even_as);
    let end = if relative {
        let says_clause = speech || belief_verbs().contains(low);
        relative_clause_end(ctx, k, ctx.comma_or_end(k + 1, b), says_clause)
    } else if subordinate {
        (k + 2..b)
            .find(|&j| {
                ctx.inside[j] == Inside::Free
                    && ctx.tokens[j].word
                    && ctx.after_comma(k, j)
                    && (CLAUSE_SUBJECTS.contains(&ctx.low(j)) || ctx.tokens[j].capitalized(text))
            })
            .unwrap_or(b)
    } else {
        b
    };
    // `called the system "rigged" in a tweet`: a quoted name or label ends what is reported,
    // after any more labels joined to it (`"a disaster" and "totally unfit"`).
    let end = if NAMING_VERBS.contains(&low) {
        let quoted = |j: usize| matches!(ctx.inside[j], Inside::Fragment(_));
        let past_label = |j: usize| (j..end).find(|&e| !quoted(e));
        let mut label_end = (k..end).find(|&j| quoted(j)).and_then(past_label);
        while let Some(e) = label_end {
            let joined = e + 1 < end
                && (["and", "or"].contains(&ctx.low(e)) || ctx.is(e, ','))
                && quoted(e + 1);
            if !joined {
                break;
            }
            label_end = past_label(e + 1).or(Some(end));
        }
        label_end.unwrap_or(end)
    } else {
        end
    };
    // `The convention rules may be moot`: a verb right after the cue makes the cue a noun,
    // unless a relative pronoun left its subject behind (`which it said was unacceptable`)
    // or `that` was its subject (`said that is a distortion`).
    let gap = (speaker.first.saturating_sub(3).max(floor)..speaker.first)
        .any(|j| ["which", "that", "what", "who", "whom"].contains(&ctx.low(j)));
    // `many people Wikinews observed took out their phones`: so does a past form.
    let verb_first =
        k < end && tokens[k].word && (ctx.verb_marker(k) || irregular_past().contains(ctx.low(k)));
    if verb_first && that_at.is_none() && !gap {
        return None;
    }
    // `announced 300 job cuts on Monday`: a thing said, with no verb of its own, ends before
    // the day that closes its sentence.
    let mut end = clause_end(ctx, k, end);
    if speech && object.is_none() && !opens_clause && !has_verb(ctx, k, end) {
        let words_end = (k..end)
            .rev()
            .find(|&j| tokens[j].word)
            .map_or(end, |j| j + 1);
        let dated = words_end >= k + 4
            && WEEKDAYS.contains(&ctx.low(words_end - 1))
            && ["on", "last", "this"].contains(&ctx.low(words_end - 2));
        if dated && (k..words_end).all(|j| ctx.inside[j] == Inside::Free) {
            end = words_end - 2;
        }
    }
    let clause = object.or_else(|| ctx.clause(k, end))?;
    if stance && word_count(text, clause.0) < 2 {
        return None;
    }
    Some(ctx.draft(clause, Some(speaker), cue))
}

/// Words that join a clause to the one before, after which a finite verb is that clause's own.
pub(super) const CLAUSE_JOINERS: &[&str] = &[
    "and", "but", "or", "that", "who", "which", "because", "if", "when",
];

/// Where a relative clause whose words start at `k` ends before the main clause's verb, if
/// no comma closes it first: `Voters who backed Trump said ...` holds `Trump`, `Residents who
/// said the branch was vital were ...` holds `the branch was vital`. A clause said or
/// believed has a verb of its own, so the main verb is the second one there; it is the first
/// after a held object or an infinitive (`Residents who urged members to keep it open said`).
/// Only unambiguous verbs count: `agency rules` and `the rights group's claims` are nouns.
fn relative_clause_end(ctx: &Context, k: usize, end: usize, says_clause: bool) -> usize {
    let mut verbs_left = if says_clause { 2 } else { 1 };
    for j in k..end {
        let low = ctx.low(j);
        if !ctx.tokens[j].word || ctx.inside[j] != Inside::Free {
            continue;
        }
        if CLAUSE_JOINERS.contains(&low) {
            return end; // a joined clause: the sentence is read no further here
        }
        if low == "to" && verbs_left == 2 {
            verbs_left = 1;
        }
        let verb = FINITE_MARKERS.contains(&low)
            || irregular_past().contains(low)
            || (is_cue_verb(low) && is_past_form(low));
        // `would have`, `was concerned`, `to say`: one verb group, or no finite verb at all.
        let previous = ctx.low(j - 1);
        let chained = FINITE_MARKERS.contains(&previous)
            || ["not", "never", "to"].contains(&previous)
            || speakers::is_adverb(previous);
        if verb && !chained {
            verbs_left -= 1;
            if verbs_left == 0 {
                return j;
            }
        }
    }
    end
}

/// A lower-case word naming a time: `Tuesday`, `week`, `yesterday`.
fn is_time_word(low: &str) -> bool {
    WEEKDAYS.contains(&low)
        || MONTHS.contains(&low)
        || time_nouns().contains(low)
        || ["yesterday", "today", "tonight", "earlier", "later"].contains(&low)
}

/// Where the clause after a time or occasion adverbial at `k` starts, or `k` when there is no
/// such adverbial or no clause after it: `on Tuesday`, `Monday night`, `last week`, `earlier
/// this month`, `in a statement`, `at a news conference`, `in an interview with Reuters`.
fn past_adverbial(ctx: &Context, k: usize, b: usize) -> usize {
    // Any tail opener may stand first: the walk below needs a time or an occasion all the same.
    if k >= b || !is_tail_opener(ctx.low(k)) {
        return k;
    }
    // A determiner only right after a preposition (`in a statement`), so that the clause's
    // own (`the plan had failed`) ends the adverbial; a name only after `with`.
    let mut m = k;
    let mut after_preposition = false;
    let mut head = false;
    let mut in_name = false;
    let mut after_with = false;
    let mut after_place_preposition = false;
    while m < b.min(k + 8) && ctx.tokens[m].word && ctx.inside[m] == Inside::Free {
        let w = ctx.low(m);
        let capitalised = ctx.tokens[m].capitalized(ctx.text);
        if ["on", "in", "at", "during", "with"].contains(&w) && !capitalised {
            after_preposition = true;
        } else if OCCASION_DETERMINERS.contains(&w) {
            if !after_preposition {
                break;
            }
        } else if ["last", "this", "earlier", "later"].contains(&w) && !head {
            // `last week`, `earlier this month`: the time word follows.
        } else if is_time_word(w)
            || occasion_nouns().contains(w)
            || document_nouns().contains(w)
            || w.bytes().all(|c| c.is_ascii_digit())
        {
            head = true;
            after_preposition = false;
        } else if capitalised && (after_with || in_name || after_place_preposition) {
            // `in an interview with Reuters`, `with The New York Times`, `in Bonn`.
            head = true;
            in_name = true;
            after_preposition = false;
        } else {
            break;
        }
        in_name &= capitalised;
        after_with = w == "with" || (after_with && ["a", "an", "the"].contains(&w));
        after_place_preposition = ["in", "at"].contains(&w);
        m += 1;
    }
    // The clause opens with its subject: not a verb (`in a statement released by ...`), a
    // preposition (`Sunday by suggesting`) or a relative pronoun (`Tuesday who listened`).
    let subject_at = |w: &str| {
        opens_with_subject(w)
            || !(is_verb_form(w)
                || is_tail_opener(w)
                || PREPOSITIONS.contains(&w)
                || relative_or_that(w))
    };
    // `in Bonn the government stood by`: a past form shows the clause too, a regular one
    // (`on Monday the plan failed`) when no determiner makes it a modifier (`the injured`).
    let past_within = || {
        (m + 1..b.min(m + 8))
            .take_while(|&j| ctx.tokens[j].word)
            .any(|j| {
                let w = ctx.low(j);
                irregular_past().contains(w)
                    || is_past_form(w)
                        && !OCCASION_DETERMINERS.contains(&ctx.low(j - 1))
                        && !ctx.tokens[j].capitalized(ctx.text)
            })
    };
    let clause = head
        && m < b
        && ctx.tokens[m].word
        && ctx.inside[m] == Inside::Free
        && subject_at(ctx.low(m))
        && (opens_clause(ctx, m, b) || past_within());
    if clause {
        m
    } else {
        k
    }
}

/// True when token `j`, past a cue, starts a clause of its own, so a `that` after it is not
/// the cue's: a participle cue after a comma (`told "Harbour Tonight," adding that`), a
/// subject or a second attribution after a comma (`on the day Sanders had proposed, he looked
/// like the dog that ...`, `While Clinton pledged to work with both parties, Sanders insisted
/// that`), `and` before a subject (`agreed to play Rose, and Harper knew in his bones that`)
/// or before `that` itself (`did want to make me sweat, however, and that accounts for ...`).
fn opens_own_clause(ctx: &Context, j: usize, b: usize) -> bool {
    let low = ctx.low(j);
    if low == "that" && JOINING_WORDS.contains(&ctx.low(j - 1)) {
        return true;
    }
    if low.ends_with("ing") && is_cue_verb(low) && ctx.after_comma(0, j) {
        return true;
    }
    let subject_at = |m: usize| {
        m < b && (CLAUSE_SUBJECTS.contains(&ctx.low(m)) || ctx.tokens[m].capitalized(ctx.text))
    };
    ctx.is(j - 1, ',')
        && (CLAUSE_SUBJECTS.contains(&low)
            || attribution_at(ctx, j, b, false)
            || (JOINING_WORDS.contains(&low) && subject_at(j + 1)))
}

/// `said by 2050, fares would double`: a `by` phrase that dates the clause after it rather
/// than naming an agent or a means.
fn dated_by(ctx: &Context, k: usize, b: usize) -> bool {
    ctx.low(k) == "by"
        && k + 1 < b
        && (ctx.low(k + 1).starts_with(|c: char| c.is_ascii_digit()) || ctx.low(k + 1) == "then")
        && (k + 2..b.min(k + 5)).any(|j| ctx.is(j, ','))
}

/// A participle phrase opening the sentence speaks for the subject after its comma: `After
/// suggesting on Wednesday that he regretted it, Mr. Rubio ...`, `Having announced that he
/// would not send me to prison, Judge Berman ...`, `Continuing to explain, Carson ...`.
fn fronted_participle(ctx: &Context, floor: usize, b: usize, i: usize) -> Option<Draft> {
    let low = ctx.low(i);
    let opens = match i.checked_sub(floor)? {
        0 => low.ends_with("ing"),
        1 => {
            let before = ctx.low(floor);
            (low.ends_with("ing")
                && ["after", "before", "while", "by", "upon", "in"].contains(&before))
                || (before == "having" && is_past_form(low))
        }
        _ => false,
    };
    if !opens {
        return None;
    }
    let comma = ctx.comma_or_end(i + 1, b);
    if comma == b {
        return None;
    }
    // What is said is a `that` clause, or what a stance verb holds; not `Writing in a blog
    // post, ...` or `Calling the office by phone, ...`.
    let that = (i + 1..comma.min(i + 5)).find(|&j| ctx.low(j) == "that");
    let held = stance_verbs().contains(low) && !PREPOSITIONS.contains(&ctx.low(i + 1));
    if that.is_none() && !held {
        return None;
    }
    let speaker = speakers::after(ctx.text, ctx.tokens, comma + 1, b)
        .filter(|sp| sp.first == comma + 1 && ctx.holds_views(*sp))?;
    // The subject must be followed by its verb, not be the start of a list.
    let verb_follows = speaker.last < b
        && ctx.tokens[speaker.last].word
        && !["and", "or"].contains(&ctx.low(speaker.last));
    if !verb_follows {
        return None;
    }
    let clause = ctx.clause(that.map_or(i + 1, |t| t + 1), comma)?;
    Some(ctx.draft(clause, Some(speaker), ctx.tokens[i].span))
}

/// True when tokens `[a, b)` hold a verb, so read as a clause rather than a phrase: a finite
/// marker, a subject pronoun, a past form or a cue verb.
fn has_verb(ctx: &Context, a: usize, b: usize) -> bool {
    (a..b).any(|j| {
        let low = ctx.low(j);
        ctx.tokens[j].word
            && (FINITE_MARKERS.contains(&low)
                || CLAUSE_SUBJECTS.contains(&low)
                || low.ends_with("ed")
                || low.ends_with("n't")
                || irregular_past().contains(low)
                || present_verbs().contains(low)
                || is_cue_verb(low))
    })
}

/// True when the word at `j` that may be a noun or a verb (`rose`, `falls`) is a verb: after a
/// word that is no determiner and before an amount, an adverb or a preposition of change
/// (`Exports rose 6.7 percent`, `Oil falls to $60`); not `the rose garden`, `a big hit of`.
/// So is it before the determiner of its object (`The bank cut its rate`, `The council put the
/// plan on hold`) or right before the comma that closes the clause (`Prices rose, ...`).
fn noun_or_verb_is_verb(ctx: &Context, j: usize) -> bool {
    const CHANGE_PREPOSITIONS: &[&str] = &["to", "by", "from", "above", "below", "back", "for"];
    const OBJECT_OPENERS: &[&str] = &[
        "the", "a", "an", "its", "his", "her", "their", "our", "my", "your",
    ];
    let next = ctx.low(j + 1);
    let before = ctx.low(j - 1);
    let verb_place = if ctx.tokens[j + 1].word {
        next.starts_with(|c: char| c.is_ascii_digit())
            || next.ends_with("ly")
            || CHANGE_PREPOSITIONS.contains(&next)
            || OBJECT_OPENERS.contains(&next)
    } else {
        ctx.is(j + 1, ',')
    };
    verbs_also_nouns().contains(ctx.low(j))
        && ctx.tokens[j - 1].word
        && !speakers::DETERMINERS.contains(&before)
        && !PREPOSITIONS.contains(&before)
        && verb_place
}

// Phrases that say why a source goes unnamed: `asking not to be identified`.
crate::word_list!(pub(super) fn anonymity_phrases, "quotes_anonymity.txt");

/// True when the tokens from `k` open a phrase that says why a source goes unnamed.
fn anonymity_at(ctx: &Context, k: usize, b: usize) -> bool {
    // The phrases are short: their first words are enough to read.
    const PHRASE_WORDS: usize = 8;
    if k >= b {
        return false;
    }
    let last = b.min(k + PHRASE_WORDS) - 1;
    let rest = lower(&ctx.text[ctx.tokens[k].span.start..ctx.tokens[last].span.end]);
    anonymity_phrases().iter().any(|p| rest.starts_with(p))
}

/// True for `heard` after a body that hears evidence: `The court heard that ...`, `..., Leeds
/// Crown Court heard.`, `the inquest also heard`; what was said before it is reported.
fn heard_by_body(ctx: &Context, floor: usize, i: usize) -> bool {
    let adverb = |low: &str| {
        speakers::is_adverb(low) || ["also", "then", "later", "earlier", "further"].contains(&low)
    };
    let Some(mut subject) = i.checked_sub(1).filter(|&k| k >= floor) else {
        return false;
    };
    if subject > floor && adverb(ctx.low(subject)) {
        subject -= 1;
    }
    // `The jury heard testimony from a detective who said ...`: the witness reports, in a
    // clause of their own.
    let from_witness = i + 1 < ctx.tokens.len()
        && ["testimony", "evidence", "from", "statements", "arguments"].contains(&ctx.low(i + 1));
    ["heard", "hears"].contains(&ctx.low(i))
        && ctx.tokens[subject].word
        && hearing_bodies().contains(ctx.low(subject))
        && !from_witness
}

/// `One victim lost £60,000, the court was told.`: a passive `told` closing the sentence after
/// a body that hears evidence reports the clause before it, as `the court heard` does.
fn told_to_body(ctx: &Context, floor: usize, b: usize, i: usize) -> Option<Draft> {
    if ctx.low(i) != "told" || i < floor + 2 || !["was", "were"].contains(&ctx.low(i - 1)) {
        return None;
    }
    let body = speakers::before(ctx.text, ctx.tokens, i - 1, floor)?;
    let head = ctx.low(body.last - 1);
    let closes = ctx.times_only(i + 1, b, &["on", "last", "this", "at", "in"]);
    if !hearing_bodies().contains(head) || !closes || !ctx.after_comma(floor, body.first) {
        return None;
    }
    let start = ctx.free_start(floor, b)?;
    let clause = ctx.clause(start, body.first - 1)?;
    let cue = Span::new(ctx.tokens[i - 1].span.start, ctx.tokens[i].span.end);
    Some(ctx.draft(clause, Some(body), cue))
}

/// `Lavrov was quoted by Interfax as saying that the talks had stalled`, `Interfax quoted
/// Lavrov as saying ...`: the one quoted speaks, whoever carried the words.
fn quoted_as_saying(ctx: &Context, floor: usize, b: usize, i: usize) -> Option<Draft> {
    const REACH: usize = 8;
    if ctx.low(i) != "saying" || i < floor + 3 || ctx.low(i - 1) != "as" {
        return None;
    }
    let quoted = (i.saturating_sub(REACH).max(floor + 1)..i - 1)
        .rev()
        .find(|&q| ctx.low(q) == "quoted")?;
    // Not `"...," the captain was quoted as saying by the daily Sueddeutsche Zeitung.`
    let first = if ctx.low(i + 1) == "that" {
        i + 2
    } else {
        i + 1
    };
    if first >= b || !ctx.tokens[first].word || is_tail_opener(ctx.low(first)) {
        return None;
    }
    let passive = ["was", "were", "is", "are", "been"].contains(&ctx.low(quoted - 1));
    let speaker = if passive {
        let auxiliaries = (floor..quoted)
            .rev()
            .take_while(|&k| FINITE_MARKERS.contains(&ctx.low(k)) || ctx.low(k) == "been")
            .count();
        speakers::before(ctx.text, ctx.tokens, quoted - auxiliaries, floor)?
    } else {
        // `Interfax quoted Lavrov as saying ...`: the one quoted is the object.
        speakers::after_or_determined(ctx.text, ctx.tokens, quoted + 1, i - 1)
            .filter(|sp| sp.last == i - 1)?
    };
    let clause = ctx.clause(i + 1, clause_end(ctx, i + 1, b))?;
    let cue = Span::new(ctx.tokens[quoted].span.start, ctx.tokens[i].span.end);
    Some(ctx.draft(clause, Some(speaker), cue))
}

/// True when the `-s` word at `j` is a present verb by its place: after its subject (a name, or
/// a noun after a determiner) and before its object (`The firm employs 300 people`, `Europe
/// needs an army`); not `the talks`, `Smith's plans`, `two years`.
fn present_form_is_verb(ctx: &Context, floor: usize, j: usize) -> bool {
    const OBJECT_OPENERS: &[&str] = &[
        "the", "a", "an", "its", "his", "her", "their", "our", "more", "no", "to", "new", "about",
    ];
    let low = ctx.low(j);
    // `The company still plans to open it`: one adverb may stand between subject and verb.
    let adverb = j >= floor + 2
        && [
            "still", "also", "now", "already", "only", "never", "often", "rarely",
        ]
        .contains(&ctx.low(j - 1));
    let j_subject = if adverb { j - 1 } else { j };
    let subject = ctx.low(j_subject - 1);
    let next = ctx.low(j + 1);
    let named_subject = ctx.tokens[j_subject - 1].capitalized(ctx.text)
        && !speakers::DETERMINERS.contains(&subject)
        && !CLAUSE_SUBJECTS.contains(&subject);
    let noun_subject = j_subject >= floor + 2
        && ["the", "a", "an", "this", "that", "each"].contains(&ctx.low(j_subject - 2))
        && !subject.ends_with('s');
    low.len() > 3
        && low.ends_with('s')
        && !low.ends_with("ss")
        && !low.ends_with("'s")
        && !low.ends_with("us")
        && ctx.tokens[j].word
        && !ctx.tokens[j].capitalized(ctx.text)
        && ctx.tokens[j_subject - 1].word
        && ctx.tokens[j + 1].word
        && !subject.ends_with("'s")
        && (named_subject || noun_subject)
        && (OBJECT_OPENERS.contains(&next) || next.starts_with(|c: char| c.is_ascii_digit()))
}

/// `A group backing Bush has raised $3 million`: a participle right after the subject that
/// opens its clause qualifies it (`a group that backs Bush`) and reports its object alone, up
/// to the sentence's own verb. Only where that verb is found: a form of `be` or `have`, a
/// modal, a cue verb, an irregular past (`won`) or a past form not after a determiner (`the
/// embattled senator`).
fn reduced_relative(
    ctx: &Context,
    floor: usize,
    speaker: Phrase,
    i: usize,
    b: usize,
    cue: Span,
) -> Option<Draft> {
    if !ctx.low(i).ends_with("ing") || !heads_participle(ctx, floor, speaker, i) {
        return None;
    }
    let end = ctx.comma_or_end(i + 1, object_end(ctx, i + 1, b));
    let verb_at = (i + 2..end).find(|&j| {
        let low = ctx.low(j);
        let before = ctx.low(j - 1);
        ctx.inside[j] == Inside::Free
            && ctx.tokens[j].word
            && !ctx.tokens[j].capitalized(ctx.text)
            && !low.ends_with("ing")
            && (FINITE_MARKERS.contains(&low)
                || is_cue_verb(low)
                || irregular_past().contains(low)
                || is_past_form(low)
                    && !DETERMINERS_OF_OBJECT.contains(&before)
                    && !before.ends_with("ly"))
    })?;
    // One word is object enough here: `backing Bush`.
    let one_word = (verb_at == i + 2 && ctx.tokens[i + 1].word)
        .then(|| (ctx.tokens[i + 1].span, QuoteKind::Indirect));
    let clause = ctx.clause(i + 1, verb_at).or(one_word)?;
    Some(ctx.draft(clause, Some(speaker), cue))
}

/// True when `phrase`, right before the word at `i`, is the subject that opens its clause
/// (so a participle at `i` qualifies it): not the object of a preposition (`with polls
/// suggesting voters would rather ...`), a pronoun or a verb phrase itself (`Holding signs`,
/// `candidates issued statements`).
fn heads_participle(ctx: &Context, floor: usize, phrase: Phrase, i: usize) -> bool {
    let opens_clause = phrase.first == floor
        || phrase.first > floor
            && !PREPOSITIONS.contains(&ctx.low(phrase.first - 1))
            && !MORE_PREPOSITIONS.contains(&ctx.low(phrase.first - 1))
            && !has_verb(ctx, floor, phrase.first);
    opens_clause
        && !phrase.pronoun
        && phrase.last == i
        && !ctx.low(phrase.first).ends_with("ing")
        && !has_verb(ctx, phrase.first, phrase.last)
}

/// `Officials investigating the crash said ...`: the phrase before a participle that
/// qualifies it, the subject of what follows; the words after the participle are its object.
fn head_of_participle(ctx: &Context, floor: usize, object: Phrase) -> Option<Phrase> {
    let participle = object.first.checked_sub(1).filter(|&p| p > floor)?;
    let word = ctx.tokens[participle];
    if !word.word || word.capitalized(ctx.text) || !ctx.low(participle).ends_with("ing") {
        return None;
    }
    speakers::before(ctx.text, ctx.tokens, participle, floor)
        .filter(|&head| heads_participle(ctx, floor, head, participle))
}

/// Prepositions besides the common ones of `PREPOSITIONS`, before a participle's noun phrase.
const MORE_PREPOSITIONS: &[&str] = &[
    "with", "by", "against", "under", "over", "among", "amid", "between", "than", "into",
    "through", "like", "without", "despite", "behind", "toward", "towards",
];

/// Where the relative clause set off by commas that holds token `i`, or closes right before
/// it, opens: `Berger, who is widely seen as a moderate, told` and `Another analyst, who
/// declined to be named because his firm advises one of the banks, said` give the `who`.
pub(super) fn relative_aside(ctx: &Context, floor: usize, i: usize) -> Option<usize> {
    const ASIDE_REACH: usize = 30;
    let free_comma = |k: usize| ctx.inside[k] == Inside::Free && ctx.is(k, ',');
    let lowest = i.saturating_sub(ASIDE_REACH).max(floor + 1);
    // Past the comma that closes it, if the cue follows that comma.
    let last = if i > lowest && free_comma(i - 1) {
        i - 1
    } else {
        i
    };
    let opener = (lowest..last)
        .rev()
        .take_while(|&k| !free_comma(k))
        .find(|&k| ["who", "which", "whose"].contains(&ctx.low(k)))?;
    free_comma(opener - 1).then_some(opener)
}

/// One-word answers that may be all a cue reports: `said no`, `I think so`, `I hope not`.
const ANSWERS: &[&str] = &["no", "yes", "so", "not"];

/// Relative pronouns that may stand for what a cue reports: `the deal, which Putin opposed`.
const RELATIVE_OBJECTS: &[&str] = &["which", "who", "whom", "what"];

/// True when a preposition holds the relative pronoun before the speaker (`on which the Court
/// ruled`, `in which he said that ...`): the pronoun is not what the cue reports.
fn preposed_relative(ctx: &Context, speaker: Phrase) -> bool {
    speaker.first >= 2
        && ["which", "whom"].contains(&ctx.low(speaker.first - 1))
        && PREPOSITIONS.contains(&ctx.low(speaker.first - 2))
}

/// Where a clause starting at token `k` starts when its source is set off before it: `which,
/// according to AFP, the UN criticised` starts at `which`'s end. `k` otherwise.
fn past_according_aside(ctx: &Context, k: usize) -> usize {
    const ASIDE_REACH: usize = 10;
    if k < 4 || !ctx.is(k - 1, ',') {
        return k;
    }
    (k.saturating_sub(ASIDE_REACH)..k - 1)
        .rev()
        .find(|&c| ctx.is(c, ',') && ctx.low(c + 1) == "according" && ctx.low(c + 2) == "to")
        .unwrap_or(k)
}

/// A report whose object is the relative pronoun just before its speaker: `the trade deal,
/// which Mr. Putin vehemently opposed` reports `which`; `which he called "a cartel"` and
/// `which he argued help ease ...` report from the pronoun on.
fn relative_object(ctx: &Context, speaker: Phrase, i: usize, b: usize, cue: Span) -> Option<Draft> {
    let relative = past_according_aside(ctx, speaker.first).checked_sub(1)?;
    let pronoun = ctx.low(relative);
    if !RELATIVE_OBJECTS.contains(&pronoun)
        || ctx.inside[relative] != Inside::Free
        || (speaker.pronoun && RELATIVE_OBJECTS.contains(&ctx.low(speaker.first)))
    {
        return None;
    }
    if preposed_relative(ctx, speaker) {
        return None;
    }
    // `which he favors but says ...`: the second verb's speaker is the first's, not next to it.
    let next_to_cue = (speaker.last..i)
        .all(|k| ctx.tokens[k].word && !JOINING_WORDS.contains(&ctx.low(k)))
        && i - speaker.last <= 3;
    if !next_to_cue {
        return None;
    }
    let next = i + 1;
    let word = if next < b { ctx.low(next) } else { "" };
    // `what I talk about.`: a preposition left at the end belongs to the pronoun; one with
    // words after it (`whom he accuses of lying`) takes the verb's own complement.
    let complement = [
        "as", "to", "of", "for", "about", "with", "from", "by", "into",
    ]
    .contains(&word);
    // A quotation after it is its object: `which she described as "a clear message"`.
    let stranded = complement
        && (next + 1 >= b || !ctx.tokens[next + 1].word && ctx.inside[next + 1] == Inside::Free);
    if complement && !stranded && word != "as" {
        return None;
    }
    let nothing_follows = next >= b
        || (!ctx.tokens[next].word && ctx.inside[next] == Inside::Free)
        || JOINING_WORDS.contains(&word)
        // `what Clinton is promising them.`, not `what he told him and others to do`.
        || (OBJECT_PRONOUNS.contains(&word)
            && (next + 1 >= b || !ctx.tokens[next + 1].word))
        || stranded
        || (is_tail_opener(word) && !complement);
    if nothing_follows {
        let pronoun_only = (ctx.tokens[relative].span, QuoteKind::Indirect);
        return Some(ctx.draft(pronoun_only, Some(speaker), cue));
    }
    // `which he called "a cartel"`, `who he blasted as a bully`, `which it said was wrong`.
    let finite = FINITE_MARKERS.contains(&word);
    let goes_on = word == "as"
        || matches!(ctx.inside[next], Inside::Fragment(_))
        || finite
        || (speech_verbs().contains(ctx.low(i)) && !opens_clause(ctx, next, b));
    if !goes_on {
        return None;
    }
    // An `as` complement or a quoted label ends like a held object, at its comma.
    let end = if finite {
        clause_end(ctx, next, b)
    } else {
        object_end(ctx, next, b)
    };
    // The relative clause, and what it reports, closes at its comma.
    let end = ctx.comma_or_end(next, end);
    let (clause, kind) = ctx.clause(next, end)?;
    // Two parts, the pronoun and what follows the cue: the speaker and cue between them are
    // no part of what was said.
    let span = Span::new(ctx.tokens[relative].span.start, clause.end);
    let mut draft = ctx.draft((span, kind), Some(speaker), cue);
    draft.content = vec![ctx.tokens[relative].span, clause];
    Some(draft)
}

const REFLEXIVES: &[&str] = &[
    "myself",
    "yourself",
    "himself",
    "herself",
    "itself",
    "ourselves",
    "yourselves",
    "themselves",
];

/// `Trump's campaign released a statement saying ...`: a participle after a document speaks
/// for whoever put the document out.
fn document_author(ctx: &Context, floor: usize, i: usize, speaker: Phrase) -> Option<Phrase> {
    const PUBLISHING: &[&str] = &[
        "issued",
        "released",
        "posted",
        "sent",
        "published",
        "put",
        "wrote",
        "tweeted",
        "filed",
        "circulated",
        "distributed",
        "aired",
        "ran",
        "issues",
        "releases",
        "posts",
    ];
    let participle = ctx.low(i).ends_with("ing");
    let document = speaker.last == i && document_nouns().contains(ctx.low(i - 1));
    let verb = speaker.first.checked_sub(1).filter(|&v| v >= floor)?;
    if !participle || !document || !PUBLISHING.contains(&ctx.low(verb)) {
        return None;
    }
    ctx.source_before(floor, verb)
}

/// Verbs that name or label what they report: `called it "a disgrace"`.
const NAMING_VERBS: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "label",
    "labels",
    "labeled",
    "labelled",
    "branded",
    "dubbed",
    "described",
    "describes",
];

/// Words that, first after a cue, open a clause: `said he would`, `believes there is`.
const CLAUSE_SUBJECTS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "there", "this", "these", "those",
];

/// True when a clause opens with `first` (lower-cased by [`lower`]): a subject pronoun, alone
/// or contracted with its verb (`we're`, `it’s`).
pub(super) fn opens_with_subject(first: &str) -> bool {
    let contracted = first.split_once('\'').is_some_and(|(subject, verb)| {
        (CLAUSE_SUBJECTS.contains(&subject) || subject == "you")
            && ["ve", "re", "ll", "d", "m", "s"].contains(&verb)
    });
    CLAUSE_SUBJECTS.contains(&first) || contracted
}

/// Modal verbs: `must file`, `would fail`.
pub(super) const MODALS: &[&str] = &[
    "will", "would", "could", "can", "may", "might", "should", "must", "shall",
];

/// Words that mark a finite verb: `the findings show ...`, `the plan would fail`.
pub(super) const FINITE_MARKERS: &[&str] = &[
    "is", "was", "are", "were", "will", "would", "has", "have", "had", "could", "can", "should",
    "may", "might", "must", "does", "did", "do", "isn't", "wasn't", "won't", "wouldn't", "can't",
    "couldn't", "don't", "doesn't", "didn't", "hasn't", "haven't",
];

/// True when tokens from `k` read as a clause (a subject and a finite verb) rather than a
/// plain object: see [`reads_as_clause`].
pub(super) fn opens_clause(ctx: &Context, k: usize, b: usize) -> bool {
    if k >= b {
        return false;
    }
    let rest = (k + 1..b)
        .take_while(|&j| ctx.tokens[j].word || ctx.inside[j] != Inside::Free)
        .map(|j| (ctx.low(j), ctx.tokens[j].capitalized(ctx.text)));
    reads_as_clause(ctx.low(k), rest)
}

/// True when words (lower-cased, each with whether it is written capitalised) read as a
/// clause rather than a plain object: a subject pronoun first, alone or contracted with its
/// verb (`you've got to`, `we're`), or a finite or cue verb within the first nine words. A
/// capitalised `May` or `Will` past the first word is a month or a name.
pub(super) fn reads_as_clause<'w>(
    first: &'w str,
    rest: impl Iterator<Item = (&'w str, bool)>,
) -> bool {
    // A cue's form after a determiner or a possessive is a noun: `called the ruling "..."`,
    // `called Trump's comments "..."`.
    let mut before = first;
    opens_with_subject(first)
        || rest.take(8).any(|(w, capitalised)| {
            let noun = DETERMINERS_OF_OBJECT.contains(&before)
                || before.ends_with("'s")
                || before.ends_with("s'");
            before = w;
            (FINITE_MARKERS.contains(&w) && !capitalised) || (is_cue_verb(w) && !noun)
        })
}

/// Stance verbs that may instead question a person: `questioned the decision`, `questioned
/// Dana Wells`.
const QUESTIONING: &[&str] = &["questioned", "questioning", "questions", "question"];

/// True when tokens `k..end` are a person and nothing more: a personal pronoun, a full name,
/// or a person by role (`the student`, not `the figures`).
fn person_only(ctx: &Context, k: usize, end: usize) -> bool {
    let words: Vec<usize> = (k..end).take_while(|&j| ctx.tokens[j].word).collect();
    let Some(&last) = words.last() else {
        return false;
    };
    // Only closing punctuation may follow: `the student.`, not `the student's account`.
    if (k + words.len()..end).any(|j| ctx.tokens[j].word) {
        return false;
    }
    let pronoun = words.len() == 1 && OBJECT_PRONOUNS.contains(&ctx.low(last));
    // Two capitalised words or more: one may name a thing (`questioned Obamacare`).
    let name = words.len() >= 2
        && words.iter().all(|&j| ctx.tokens[j].capitalized(ctx.text))
        && !ctx.low(last).ends_with("'s");
    // `the student`, `two officials`: a determiner, then the role.
    let role = words.len() == 2
        && speakers::DETERMINERS.contains(&ctx.low(k))
        && speakers::is_person_role_word(ctx.low(last));
    pronoun || name || role
}

/// Participles that may give a name rather than report: `the device called the E-meter`.
const NAMING_PARTICIPLES: &[&str] = &["called", "named", "written", "titled", "dubbed"];

/// True when the words from `k` are one capitalised name and nothing more of the clause:
/// `a group called the Sea Org`, `Trump called Clinton on Monday` name or phone, where
/// `called Clinton a liar` reports.
fn names_only(ctx: &Context, k: usize, b: usize) -> bool {
    let first = if k < b && ctx.low(k) == "the" {
        k + 1
    } else {
        k
    };
    let end = (first..b)
        .find(|&j| !ctx.tokens[j].capitalized(ctx.text))
        .unwrap_or(b);
    // `called Mr. Yanukovych, a former trucker, an outstanding leader`: an apposition is no end.
    let apposition =
        ctx.is(end, ',') && end + 1 < b && ["a", "an", "the"].contains(&ctx.low(end + 1));
    end > first
        && (end == b
            || (!ctx.tokens[end].word && ctx.inside[end] == Inside::Free && !apposition)
            || PREPOSITIONS.contains(&ctx.low(end))
            || ctx.low(end) == "and")
}

/// Past the comma closing an apposition to a source that starts at `k`: a role (`the
/// Republican whip,`, `a volunteer with the Red Cross,`: a determiner and up to eleven words
/// with no verb, whose noun before any preposition is a role after `the`) or a relative
/// clause set off by commas (`which runs the shelters,`); then more words (not `the city,
/// home to ...`).
fn appositive_end(ctx: &Context, k: usize, b: usize) -> Option<usize> {
    const MAX_APPOSITION: usize = 12;
    if k >= b {
        return None;
    }
    let relative = ["which", "who"].contains(&ctx.low(k)) && k > 0 && ctx.is(k - 1, ',');
    if !relative && !["the", "a", "an"].contains(&ctx.low(k)) {
        return None;
    }
    let comma = (k + 1..b.min(k + MAX_APPOSITION)).find(|&j| !ctx.tokens[j].word)?;
    let followed = ctx.is(comma, ',') && comma + 1 < b && ctx.tokens[comma + 1].word;
    if relative {
        return followed.then_some(comma + 1);
    }
    let verbless = (k + 1..comma).all(|j| !is_verb_form(ctx.low(j)));
    let head_end = (k + 1..comma)
        .find(|&j| PREPOSITIONS.contains(&ctx.low(j)))
        .unwrap_or(comma);
    // `the` may open the reported clause itself (`According to Kim, the plan, ...`); `a` or
    // `an` before a verbless phrase set off by commas rarely does.
    let indefinite = ctx.low(k) != "the";
    let role = head_end > k + 1 && speakers::is_role_word(ctx.low(head_end - 1));
    (followed && verbless && (role || indefinite)).then_some(comma + 1)
}

/// True when the words from `k` to the sentence's end are an apposition to the source just
/// before them: `..., according to Dan Garcia, a spokesman for the forestry department.` (a
/// determiner, then no verb, with a role for its head or after `a`).
fn closing_apposition(ctx: &Context, k: usize, b: usize) -> bool {
    if k >= b || !["the", "a", "an"].contains(&ctx.low(k)) {
        return false;
    }
    let end = (k + 1..b).find(|&j| !ctx.tokens[j].word).unwrap_or(b);
    let closes = end == b || (end + 1 == b && ctx.is(end, '.'));
    let head_end = (k + 1..end)
        .find(|&j| PREPOSITIONS.contains(&ctx.low(j)))
        .unwrap_or(end);
    let role = head_end > k + 1 && speakers::is_role_word(ctx.low(head_end - 1));
    closes && (k + 1..end).all(|j| !is_verb_form(ctx.low(j))) && (role || ctx.low(k) != "the")
}

/// Where the clause starts when a comma at or just after `k` (past `of the episode`, `hey`, `as
/// I do`) is followed by a clause of its own; `None` otherwise.
fn clause_after_comma(ctx: &Context, k: usize, b: usize) -> Option<usize> {
    let lead = if ctx.is(k, ',') {
        k
    } else if ctx.low(k) == "of" {
        (k + 1..b.min(k + 6)).find(|&j| ctx.is(j, ','))?
    } else {
        return None;
    };
    // An aside of up to four words between two commas: `, hey,`, `, as I do,`.
    let aside_end = (lead + 1..b.min(lead + 6))
        .take_while(|&j| ctx.tokens[j].word || ctx.is(j, ','))
        .find(|&j| ctx.is(j, ','));
    [Some(lead), aside_end]
        .into_iter()
        .flatten()
        .map(|comma| comma + 1)
        .find(|&start| {
            start < b
                && ctx.inside[start] == Inside::Free
                && ctx.tokens[start].word
                && (opens_clause(ctx, start, b) || QUESTION_OPENERS.contains(&ctx.low(start)))
                && !ctx.low(start).ends_with("ing")
                && !SUBORDINATORS.contains(&ctx.low(start))
        })
}

/// Words that open a subordinate clause, an aside rather than what was said: `, as I do,`.
pub(super) const SUBORDINATORS: &[&str] = &[
    "as", "if", "when", "because", "while", "although", "though", "since", "unless",
];

/// Where an object that starts at `k` ends: its first comma, semicolon or dash, or an
/// adverbial of time or occasion (`endorsed Mr. Trump during a rally on Friday`).
pub(super) fn object_end(ctx: &Context, k: usize, b: usize) -> usize {
    // `Comey's motives for, in his view, dropping the case`: an aside right after a
    // preposition is read through to its closing comma.
    let mut aside_end = k;
    let end = (k + 1..b)
        .find(|&j| {
            let token = ctx.tokens[j];
            if j < aside_end {
                return false;
            }
            if ctx.is(j, ',') && PREPOSITIONS.contains(&ctx.low(j - 1)) {
                if let Some(close) = (j + 2..b.min(j + 7)).find(|&m| ctx.is(m, ',')) {
                    aside_end = close + 1;
                    return false;
                }
            }
            ctx.inside[j] == Inside::Free
                && if token.word {
                    let low = ctx.low(j);
                    OCCASION_OPENERS.contains(&low)
                        // Not `the statement of Thursday night's debate`.
                        || WEEKDAYS.contains(&low) && ctx.low(j - 1) != "of"
                        // `defended Donald Trump on Fox News`, `mocked Ted Cruz in Iowa`: a
                        // place or time after a name is where or when, not part of it.
                        || ["in", "on", "at", "during"].contains(&low)
                            && (k..j).all(|m| ctx.tokens[m].capitalized(ctx.text))
                        || joins_verb_phrase(ctx, j, b)
                        || at_occasion(ctx, j, b)
                } else {
                    [",", ";", "—", "–"].contains(&token.text(ctx.text))
                        && !continues_object(ctx, j, b)
                }
        })
        .unwrap_or(b);
    // `on Friday`, `last Friday`, `from Monday`: the word before the weekday goes with it.
    if end < b
        && end > k + 1
        && WEEKDAYS.contains(&ctx.low(end))
        && [
            "on", "last", "this", "next", "from", "until", "since", "by", "before", "after",
        ]
        .contains(&ctx.low(end - 1))
    {
        return end - 1;
    }
    end
}

/// True when the comma or dash at `j` goes on with the same object: an example or a
/// contrast (`the opportunities missed, like ...`, `the process, though not the results`) or
/// the next item of a list ending in `and`/`or` (`Britain, France, and Gulf allies`).
fn continues_object(ctx: &Context, j: usize, b: usize) -> bool {
    const EXAMPLES: &[&str] = &[
        "like",
        "such",
        "including",
        "especially",
        "particularly",
        "notably",
    ];
    let Some(next) = (j + 1 < b).then_some(j + 1) else {
        return false;
    };
    let word = ctx.low(next);
    if EXAMPLES.contains(&word) {
        return true;
    }
    if !ctx.is(j, ',') {
        return false;
    }
    if ["though", "but", "not"].contains(&word)
        && (next..b.min(next + 3)).any(|k| ctx.low(k) == "not")
    {
        return true;
    }
    // `show dicot species, such as soybean, cotton, and peanut, lose more yield`: past the
    // comma that closes a list of examples, a plain word is the verb of the noun the list
    // described, so what was read as an object is a clause's subject.
    const NOT_VERBS: &[&str] = &[
        "and",
        "or",
        "but",
        "who",
        "which",
        "that",
        "the",
        "a",
        "an",
        "as",
        "while",
        "when",
        "because",
        "although",
        "though",
        "according",
        "with",
        "by",
        "from",
        "into",
    ];
    let examples_closed = (j.saturating_sub(10)..j).any(|m| EXAMPLES.contains(&ctx.low(m)))
        && (j.saturating_sub(3)..j).any(|m| ["and", "or"].contains(&ctx.low(m)));
    if examples_closed
        && ctx.tokens[next].word
        && !ctx.tokens[next].capitalized(ctx.text)
        && !NOT_VERBS.contains(&word)
        && !PREPOSITIONS.contains(&word)
        && !is_cue_verb(word)
        && !word.ends_with("ing")
    {
        return true;
    }
    // A list: short items up to `and`/`or`, with no verb on the way; capitalised ones unless
    // an example opened the list (`crops such as soybean, cotton, and peanut`).
    let examples = (j.saturating_sub(6)..j).any(|m| EXAMPLES.contains(&ctx.low(m)));
    let Some(and) = (next..b.min(next + 8))
        .take_while(|&k| {
            let low = ctx.low(k);
            !FINITE_MARKERS.contains(&low) && !is_cue_verb(low)
        })
        .find(|&k| ctx.tokens[k].word && ["and", "or"].contains(&ctx.low(k)))
    else {
        return false;
    };
    if and > next {
        return examples
            || ctx.tokens[next..and]
                .iter()
                .all(|t| !t.word || t.capitalized(ctx.text));
    }
    // `, and Gulf allies`, `, and peanut,`: the last item follows, not a clause (`the plan,
    // and then left`); so may a second clause reported (`, and that ...`, `, and "in ...`).
    // After a list's earlier items any short last item will do (`on Eastfield, Riverton, and
    // the health board`).
    let last = and + 1;
    let words = (last..b).take_while(|&m| ctx.tokens[m].word).count();
    let listed = (j.saturating_sub(4)..j).any(|m| ctx.is(m, ','));
    last < b
        && (ctx.low(last) == "that"
            || ctx.inside[last] != Inside::Free
            || ctx.tokens[last].capitalized(ctx.text)
            || ((examples || listed) && (1..=4).contains(&words)))
}

/// A past form by its ending: `accused`, `counter-accused` (not `red`, `need`).
pub(super) fn is_past_form(low: &str) -> bool {
    low.len() > 4 && low.ends_with("ed")
}

/// A lower-case word that is a verb by the lists or by its form: a finite marker, a cue
/// verb or a past form.
pub(super) fn is_verb_form(low: &str) -> bool {
    FINITE_MARKERS.contains(&low) || is_cue_verb(low) || is_past_form(low)
}

/// Where a time phrase from `k` ends (`last year`, `since 2020`, `in May`, `earlier this
/// month`): `k` when none starts there.
fn past_time_phrase(ctx: &Context, k: usize, b: usize) -> usize {
    let mut m = k;
    if m < b && ["last", "since", "in", "on", "earlier", "this", "next"].contains(&ctx.low(m)) {
        m += 1;
    }
    if m < b && ctx.low(m) == "this" {
        m += 1;
    }
    let timed = m < b
        && m > k
        && (is_time_word(ctx.low(m)) || ctx.low(m).bytes().all(|c| c.is_ascii_digit()));
    if timed {
        m + 1
    } else {
        k
    }
}

/// True when the lower-case word `low` is a participle that the writer, not the source, may
/// go on with (`rebuffing`, `upholding`): an `-ing` form, and none of saying (`adding`).
fn is_writers_participle(low: &str) -> bool {
    low.len() > 5 && low.ends_with("ing") && !is_cue_verb(low)
}

/// Where a report that follows its cue ends before a participle clause of the writer's at
/// its end: `ruled that extraction must stop, upholding a challenge by residents`, `said he
/// would cut taxes, reversing his stance`. Not a participle of saying (`, adding that`),
/// which reports on its own, nor `including` and `according`.
fn writers_participle(ctx: &Context, draft: &Draft, a: usize, b: usize) -> Option<usize> {
    let part = *draft.content.last()?;
    if draft.cue.is_none_or(|cue| cue.start >= part.start) {
        return None;
    }
    let first = ctx.tokens[a..b].partition_point(|t| t.span.start < part.start) + a;
    let last = ctx.tokens[a..b].partition_point(|t| t.span.start < part.end) + a;
    (first + 1..last.saturating_sub(2))
        .find(|&k| {
            let low = ctx.low(k + 1);
            ctx.is(k, ',')
                && ctx.inside[k] == Inside::Free
                && ctx.inside[k + 1] == Inside::Free
                && is_writers_participle(low)
                && !ctx.tokens[k + 1].capitalized(ctx.text)
                && !["including", "according"].contains(&low)
                && DETERMINERS_OF_OBJECT.contains(&ctx.low(k + 2))
                // Not the close of an aside: `motives for, in his view, dropping a case`.
                && !(k.saturating_sub(5).max(first)..k).any(|j| ctx.is(j, ','))
        })
        .map(|k| ctx.tokens[k - 1].span.end)
}

/// True when `and`/`but` at `j` starts a second verb phrase of the subject (`denied the
/// charges and counter-accused her`), which ends the object before it.
fn joins_verb_phrase(ctx: &Context, j: usize, b: usize) -> bool {
    if !["and", "but"].contains(&ctx.low(j)) || j + 1 >= b {
        return false;
    }
    let next = ctx.tokens[j + 1];
    let low = ctx.low(j + 1);
    next.word && !next.capitalized(ctx.text) && (is_cue_verb(low) || is_past_form(low))
}

/// True when token `j` is `and` or `but` opening a second verb phrase of the subject: a
/// finite verb (`and has called for`, `but did note`, `and not`) or a past form (`and
/// counter-accused her`).
fn second_verb(ctx: &Context, j: usize, b: usize) -> bool {
    if joins_verb_phrase(ctx, j, b) {
        return true;
    }
    ["and", "but"].contains(&ctx.low(j))
        && j + 1 < b
        && ctx.tokens[j + 1].word
        && (FINITE_MARKERS.contains(&ctx.low(j + 1)) || ctx.low(j + 1) == "not")
}

/// Determiners of the event or the document a statement was made at or in: `at a news
/// conference`, `in his statement`.
const OCCASION_DETERMINERS: &[&str] = &["a", "an", "the", "his", "her", "their", "its"];

/// True when `at` at `j` opens the event a stance was voiced at: `endorsed Mr. Trump at a news
/// conference`, `at his rally in Ohio`; the event's noun is a few words on.
fn at_occasion(ctx: &Context, j: usize, b: usize) -> bool {
    ctx.low(j) == "at"
        && j + 1 < b
        && OCCASION_DETERMINERS.contains(&ctx.low(j + 1))
        && (j + 2..b.min(j + 5))
            .take_while(|&k| ctx.tokens[k].word)
            .any(|k| occasion_nouns().contains(ctx.low(k)))
}

/// Words that open an adverbial of time or occasion, never part of a held object.
const OCCASION_OPENERS: &[&str] = &[
    "during",
    "while",
    "when",
    "because",
    "yesterday",
    "today",
    "tonight",
    "earlier",
];

/// `The associations are concerned (that) the law will change`: a stance adjective after a
/// form of `be` or `remain`, with a clause after it.
fn at_stance_adjective(ctx: &Context, floor: usize, b: usize, i: usize) -> Option<Draft> {
    let speaker = linked_subject(ctx, floor, i)?;
    let k = i + 1;
    // `sure to see more next year`, `pleased to announce`: an infinitive holds no view.
    if k >= b || ctx.low(k) == "to" {
        return None;
    }
    // `hopeful that will change`: the clause keeps a `that` that is its subject.
    if ctx.low(k) != "that" && !opens_clause(ctx, k, b) {
        return None; // `concerned about the cost`, `sure of it`
    }
    let clause = ctx.clause(k, clause_end(ctx, k, b))?;
    Some(ctx.draft(clause, Some(speaker), ctx.tokens[i].span))
}

/// The subject that a linking verb joins to the adjective at `i`, over degree words and
/// adverbs: `The associations are (deeply) concerned`, `Cruz was more upbeat`.
fn linked_subject(ctx: &Context, floor: usize, i: usize) -> Option<Phrase> {
    const DEGREE: &[&str] = &[
        "more", "less", "very", "so", "too", "not", "also", "still", "most",
    ];
    let verb = (floor..i).rev().find(|&k| {
        let low = ctx.low(k);
        !(ctx.tokens[k].word && (speakers::is_adverb(low) || DEGREE.contains(&low)))
    })?;
    let linking = ctx.low(verb);
    // `He's also critical of`, `they're worried about`: a pronoun with its `be` in one word.
    let contracted = ["'s", "'re", "'m"].iter().any(|be| linking.ends_with(be))
        && speakers::contracted_pronoun(linking).is_some();
    if contracted {
        return speakers::before(ctx.text, ctx.tokens, verb + 1, floor);
    }
    if !BE_FORMS.contains(&linking)
        && ![
            "remain", "remains", "remained", "feel", "feels", "felt", "became", "become",
            "becomes", "grew", "seem", "seems", "seemed",
        ]
        .contains(&linking)
    {
        return None;
    }
    speakers::before(ctx.text, ctx.tokens, verb, floor)
}

/// `She was critical of the plan`, `voters are worried about the economy`: an adjective and
/// its preposition (`data/quotes_adjective_objects.txt`) hold a view of the object.
fn at_adjective_object(ctx: &Context, floor: usize, b: usize, i: usize) -> Option<Draft> {
    let preposition = i + 1;
    if preposition + 1 >= b || !adjective_object_prepositions().contains(ctx.low(preposition)) {
        return None;
    }
    let phrase = format!("{} {}", ctx.low(i), ctx.low(preposition));
    if !adjective_objects().contains(phrase.as_str()) {
        return None;
    }
    let speaker = linked_subject(ctx, floor, i)?;
    if !ctx.holds_views(speaker) {
        return None;
    }
    let content = stance::object(ctx, preposition + 1, b)?;
    let cue = Span::new(ctx.tokens[i].span.start, ctx.tokens[preposition].span.end);
    Some(ctx.draft(content, Some(speaker), cue))
}

/// Words that open an adverbial after a cue rather than a reported clause:
/// `said on Monday`, `told the conference in Moscow`.
pub(super) fn is_tail_opener(low: &str) -> bool {
    TAIL_OPENERS.contains(&low) || WEEKDAYS.contains(&low)
}

const TAIL_OPENERS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "while",
    "when",
    "as",
    "to",
    "of",
    "for",
    "from",
    "with",
    "by",
    "about",
    "last",
    "this",
    "earlier",
    "later",
    "yesterday",
    "today",
    "tonight",
    "recently",
    "afterward",
    "afterwards",
    "then",
    "again",
    "too",
    "also",
    "repeatedly",
    "publicly",
    "privately",
    "shortly",
    "late",
    "early",
    "over",
    "via",
    "within",
    "outside",
    "inside",
    "near",
    "aboard",
    "following",
    "upon",
    "amid",
    "ahead",
    "through",
    "under",
    "without",
    "told",
    "adding",
    "saying",
    "citing",
    "noting",
    "according",
    "who",
    "which",
    "although",
    "though",
    "but",
    "and",
    "because",
    "since",
    "unless",
    "where",
];

/// True when tokens `[k, b)` are no reported clause: nothing, punctuation or an adverbial.
fn is_tail(ctx: &Context, k: usize, b: usize) -> bool {
    let first_word = (k..b).find(|&j| ctx.tokens[j].word || ctx.inside[j] != Inside::Free);
    match first_word {
        None => true,
        Some(j) => {
            let low = ctx.low(j);
            // `told the conference on Monday` is a tail; `vows to defend` opens the content.
            // The verb after `to` may stand in quotation marks: `promises to "end" it`.
            let verb_at = if ctx.inside.get(j + 1).is_some_and(|&at| at != Inside::Free) {
                j + 2
            } else {
                j + 1
            };
            let infinitive = low == "to"
                && ctx.tokens.get(verb_at).is_some_and(|t| {
                    t.word
                        && !t.capitalized(ctx.text)
                        && !NOUN_MARKERS.contains(&lower(t.text(ctx.text)).as_str())
                });
            // `said as many as 80 MPs could rebel`: an amount opens the content.
            let amount = low == "as"
                && ctx.tokens.get(j + 2).is_some_and(|_| {
                    ["many", "much", "few", "little"].contains(&ctx.low(j + 1))
                        && ctx.low(j + 2) == "as"
                });
            ctx.inside[j] == Inside::Free
                && (j > k && ctx.is(j - 1, ',') || (is_tail_opener(low) && !infinitive && !amount))
        }
    }
}

/// Words after a comma that open a new clause rather than continue the reported one
/// (`, while` usually continues it: `He said X, while Y`).
const CLAUSE_OPENERS: &[&str] = &[
    "but", "although", "though", "yet", "adding", "saying", "noting", "citing", "writing", "with",
];

/// Where a reported clause that starts at `k` ends: at `;`, a dash, or a comma that opens a
/// new clause (`..., but ...`, `..., which ...`), once it has a few words; else at `b`.
pub(super) fn clause_end(ctx: &Context, k: usize, b: usize) -> usize {
    let mut words = 0;
    // `not just a failure, but a catastrophe`: the `but` completes the clause.
    let mut not_only = false;
    // A negated clause (`was not against it but wanted ...`) may go on after `but`.
    let mut negated = false;
    // `Obama's strategy -- airstrikes and training -- is failing`: an aside between two
    // dashes belongs to the clause.
    let mut aside_end = k;
    let mut verbless = true;
    // A finite verb (`was`, `has`, `would`): a past form alone may be a participle.
    let mut finite = false;
    // A past form right after a comma, after another: the clause lists what its subject did.
    let mut series = false;
    let mut past_before = false;
    for j in k..b {
        let token = ctx.tokens[j];
        if ctx.inside[j] != Inside::Free || j < aside_end {
            words += usize::from(token.word);
            continue;
        }
        // `Nothing the mayor said "will help," Smith said`: a quoted piece closing on a comma
        // before its own attribution ends what the first cue reports.
        if j > k && ctx.after_comma(k, j) && !ctx.is(j - 1, ',') && attribution_at(ctx, j, b, true)
        {
            return j;
        }
        if is_dash(ctx, j, b) {
            let text = token.text(ctx.text);
            let closing = (j + 2..b.min(j + 25))
                .find(|&m| ctx.tokens[m].text(ctx.text) == text && is_dash(ctx, m, b));
            if let Some(m) = closing.filter(|&m| m + 1 < b && ctx.tokens[m + 1].word) {
                aside_end = m + 1;
                continue;
            }
        }
        // `things "should be wrapped up by Cleveland," referring to ...`: the comma that
        // opens a new clause may stand inside the closing mark.
        // No conjunction here: `are "right to be angry," but also hungry` goes on.
        if token.word
            && words >= 4
            && !ctx.is(j - 1, ',')
            && ctx.after_comma(k, j)
            && !["but", "yet", "although", "though"].contains(&ctx.low(j))
            && opens_new_clause(ctx, j, b, finite)
        {
            return j;
        }
        if token.word {
            not_only |= ctx.low(j) == "not"
                && ctx.tokens.get(j + 1).is_some_and(|_| {
                    ["just", "only", "merely", "simply"].contains(&ctx.low(j + 1))
                });
            // `says he respects Clinton and calls her ...`: the second verb reports anew. Not
            // the last of a series the clause began (`said Hughes entered the store, pointed a
            // gun at the clerk and demanded money`): that verb is the clause's subject's.
            // `the union was not against it but wanted guarantees`: `not ... but` contrasts
            // within the clause, unless what follows `but` is a speech verb (`said the talks
            // had not failed but warned that ...`).
            let contrast = negated
                && ctx.low(j) == "but"
                && !speech_verbs().contains(ctx.low(past_occasion(ctx, j + 1)));
            if words >= 2 && !series && !contrast && coordinates_cue(ctx, j) {
                return j;
            }
            negated |= ["not", "never"].contains(&ctx.low(j)) || ctx.low(j).ends_with("n't");
            let past = is_past_form(ctx.low(j));
            series |= past && past_before && j > k && ctx.is(j - 1, ',');
            past_before |= past;
            // `denied the charges and counter-accused her`, `questions her ties and has
            // called for ...`: with no verb yet, what is reported is an object, and a second
            // verb of the subject ends it.
            if words >= 1 && verbless && second_verb(ctx, j, b) {
                return j;
            }
            let low = ctx.low(j);
            finite = finite || FINITE_MARKERS.contains(&low);
            // `the cost of living rose 0.1 percent ..., and was up`: a form as often a noun
            // is a verb in a verb's place.
            verbless = verbless
                && !(is_verb_form(low)
                    || CLAUSE_SUBJECTS.contains(&low)
                    || RELATIVE_OBJECTS.contains(&low)
                    || (j > k && j + 1 < b && noun_or_verb_is_verb(ctx, j)));
            words += 1;
            continue;
        }
        let text = token.text(ctx.text);
        // A semicolon closes even a short clause: `rules threaten farms; the minister ...`.
        if text == ";" && words >= 1 {
            return j;
        }
        if words < 4 {
            continue;
        }
        if is_dash(ctx, j, b) {
            return j;
        }
        // `told Reuters the deal was close, speaking on condition of anonymity`: why the
        // source goes unnamed is the reporter's.
        if text == "," && anonymity_at(ctx, j + 1, b) {
            return j;
        }
        // `Breitbart promotes racist views, a charge the website denies`: the writer's aside.
        if text == ","
            && j + 2 < b
            && ["a", "an"].contains(&ctx.low(j + 1))
            && rejoinder_nouns().contains(ctx.low(j + 2))
        {
            return j;
        }
        // `I think that was a mistake, Ohm said.`: an attribution closing the sentence ends
        // the clause too.
        if text == ","
            && j + 1 < b
            && ctx.tokens[j + 1].word
            && !(not_only && ctx.low(j + 1) == "but")
            // `think Obama advanced this agenda, but that there is more to do`: a second
            // `that` clause of the same report; `open to talks, but "only taking into account
            // the realities"`: the quoted words go on with it.
            && !(ctx.low(j + 1) == "but"
                && j + 2 < b
                && (ctx.low(j + 2) == "that" || ctx.inside[j + 2] != Inside::Free))
            && (opens_new_clause(ctx, j + 1, b, finite) || closing_attribution(ctx, j + 1, b))
        {
            return j;
        }
    }
    b
}

/// True when the word at `j`, right after a comma, opens a clause of its own rather than
/// continuing the reported one: a clause opener, a participle of a cue (`..., referring to the
/// convention`, `..., calling it a disgrace`), a relative clause with its own source, or, once
/// the reported clause has a finite verb, a past cue verb of the subject's (`suggested her
/// tone was to blame, called her "third-rate" and ...`). Not a passive participle: `told to
/// wait`, `supported logistically by ...`, `described by officials as ...`.
fn opens_new_clause(ctx: &Context, j: usize, b: usize, finite: bool) -> bool {
    let next = ctx.low(j);
    let cue_participle =
        next.ends_with("ing") && (is_cue_verb(next) || stance::starts_verb_phrase(ctx, j));
    let cue_past = finite
        && is_past_form(next)
        && is_cue_verb(next)
        && j + 1 < b
        && ctx.tokens[j + 1].word
        && !(j + 1..b.min(j + 4))
            .any(|m| ["by", "to", "as", "in", "on", "for"].contains(&ctx.low(m)));
    // `said they would vote no, according to two aides`: the source of the whole report.
    let according = next == "according" && j + 1 < b && ctx.low(j + 1) == "to";
    CLAUSE_OPENERS.contains(&next)
        || cue_participle
        || cue_past
        || according
        || attributed_relative(ctx, j, b)
}

/// True for a relative clause with an attribution of its own at `j`: `which he said would be
/// its lowest ever`, `who Reed says is to blame`. It reports on its own, so the clause it hangs
/// on ends before it.
fn attributed_relative(ctx: &Context, j: usize, b: usize) -> bool {
    if j >= b || !["which", "who", "whom"].contains(&ctx.low(j)) {
        return false;
    }
    let source = j + 1;
    let cue = (source..b.min(source + 4))
        .take_while(|&m| ctx.tokens[m].word && ctx.inside[m] == Inside::Free)
        .find(|&m| speech_verbs().contains(ctx.low(m)));
    // `which he called unsafe` reports too little to stand alone.
    cue.is_some_and(|cue| {
        cue > source
            && (source..cue).all(|m| {
                CLAUSE_SUBJECTS.contains(&ctx.low(m)) || ctx.tokens[m].capitalized(ctx.text)
            })
            && (cue + 1..ctx.comma_or_end(cue + 1, b))
                .filter(|&m| ctx.tokens[m].word)
                .count()
                >= 2
    })
}

/// True when a speaker phrase names a person (a personal pronoun, a name, a role) and no work
/// with findings or document (`the poll`, `new data`, `the emails`, `Polls in New Hampshire`).
fn shown_by_person(ctx: &Context, speaker: Phrase) -> bool {
    let work = (speaker.first..speaker.last).any(|k| {
        let word = ctx.low(k);
        is_work_noun(word) || word.strip_suffix('s').is_some_and(is_work_noun)
    });
    let head = speaker.last.saturating_sub(1).max(speaker.first);
    let person = if speaker.pronoun {
        ["he", "she", "i", "we", "you", "they"].contains(&ctx.low(speaker.first))
    } else {
        ctx.tokens[head].capitalized(ctx.text) || speakers::is_person_role_word(ctx.low(head))
    };
    person && !work
}

/// True when tokens `[first, end)` name an occasion or a document (`an op-ed`, `a statement`,
/// `an interview`).
fn occasion_nouns_within(ctx: &Context, first: usize, end: usize) -> bool {
    (first..end)
        .any(|k| occasion_nouns().contains(ctx.low(k)) || document_nouns().contains(ctx.low(k)))
}

/// True when the words from `k` after an attribution are the writer's, not the source's: a
/// relative clause about the source (`, who spoke on condition of anonymity`), a phrase with
/// no verb (`, state media reported, in a sharp escalation of the row`) or a participle of
/// what followed (`, sending prices higher`).
fn writers_tail(ctx: &Context, k: usize, end: usize) -> bool {
    if k >= end || !ctx.tokens[k].word || ctx.inside[k] != Inside::Free {
        return false;
    }
    let first = ctx.low(k);
    let verbless = || {
        (k + 1..end).all(|j| {
            let low = ctx.low(j);
            // (`op-ed` ends as a past form does.)
            !(FINITE_MARKERS.contains(&low)
                || CLAUSE_SUBJECTS.contains(&low)
                || is_past_form(low) && !document_nouns().contains(low)
                || is_cue_verb(low))
        })
    };
    // `, the ministry said, sending prices sharply higher`: a participle of what followed,
    // not one of saying (`, adding that`).
    let consequence = super::words::consequence_participles().contains(first)
        && (k + 1..end).all(|j| !FINITE_MARKERS.contains(&ctx.low(j)));
    RELATIVE_PRONOUNS.contains(&first) || PREPOSITIONS.contains(&first) && verbless() || consequence
}

/// True when tokens from `j` are an attribution that closes the unit: `, Ohm said.`
fn closing_attribution(ctx: &Context, j: usize, b: usize) -> bool {
    // The cheap test first: nothing but punctuation after the attribution's words.
    let rest = (j..b).find(|&k| !ctx.tokens[k].word).unwrap_or(b);
    // `..., state media reported, in a sharp escalation of the row.`: the writer's words may
    // follow it.
    let closes = (rest..b).all(|k| !ctx.tokens[k].word)
        || ctx.is(rest, ',') && writers_tail(ctx, rest + 1, b);
    closes && attribution_at(ctx, j, b, false)
}

/// True when tokens from `j` open with an attribution: `Smith said`, `said Smith`, `the
/// senator added`, then the end of the unit or punctuation, or `that`, or with
/// `clause_may_follow` a clause of the attribution's own.
fn attribution_at(ctx: &Context, j: usize, b: usize, clause_may_follow: bool) -> bool {
    let speech = |k: usize| k < b && speech_verbs().contains(ctx.low(k));
    // `"...," one of the prosecutors said the two cases were different`: a clause of the
    // attribution's own may follow it.
    let own_clause = |k: usize| {
        clause_may_follow
            && !is_tail_opener(ctx.low(k))
            && (k..b.min(k + 6)).any(|m| FINITE_MARKERS.contains(&ctx.low(m)))
    };
    let ends = |k: usize| k >= b || !ctx.tokens[k].word || ctx.low(k) == "that" || own_clause(k);
    if speech(j) {
        return speakers::after(ctx.text, ctx.tokens, j + 1, b).is_some_and(|sp| ends(sp.last));
    }
    // `..., the poll found.`: a work with findings closes a sentence as a speaker does.
    let finding = |k: usize| {
        k < b && k > j && FINDING_CUES.contains(&ctx.low(k)) && is_work_noun(ctx.low(k - 1))
    };
    // `..., a top adviser told Breitbart News on Monday.`: past the one told and a time.
    let past_object_and_time = |cue: usize| {
        let mut k = cue + 1;
        if k < b && OBJECT_FIRST.contains(&ctx.low(cue)) {
            k = skip_object(ctx, k, b);
        }
        let words_end = (k..b).find(|&m| !ctx.tokens[m].word).unwrap_or(b);
        if k < words_end && ctx.times_only(k, words_end, &["on", "last", "this"]) {
            k = words_end;
        }
        k
    };
    speakers::after(ctx.text, ctx.tokens, j, b).is_some_and(|sp| {
        sp.first == j
            && (speech(sp.last) || finding(sp.last))
            && (ends(sp.last + 1) || ends(past_object_and_time(sp.last)))
    })
}

/// Verbs by which a work reports what it found: `the poll found`, `data show`.
const FINDING_CUES: &[&str] = &[
    "found",
    "finds",
    "showed",
    "shows",
    "show",
    "suggests",
    "suggested",
    "suggest",
];

/// A dash that sets words apart: `—`, `–`, or a hyphen with a space after it (`--`, ` - `).
fn is_dash(ctx: &Context, j: usize, b: usize) -> bool {
    let token = ctx.tokens[j].text(ctx.text);
    super::words::is_dash(token)
        && (token != "-" || (j + 1 < b && ctx.tokens[j + 1].span.start > ctx.tokens[j].span.end))
}

/// True when token `j` is `and` or `but` joining a second cue verb of the same subject:
/// `... and calls her`, `... but defended Sanders`.
pub(super) fn coordinates_cue(ctx: &Context, j: usize) -> bool {
    if !["and", "but"].contains(&ctx.low(j)) {
        return false;
    }
    let mut next = past_occasion(ctx, j + 1);
    // `has acknowledged X but has maintained that ...`: after `but`, the auxiliary too (after
    // `and`, a perfect goes on with the clause: `she wants X and has expressed support`).
    const BEFORE_VERB: &[&str] = &["has", "have", "had", "also"];
    while ctx.low(j) == "but"
        && next < ctx.tokens.len()
        && next < j + 3
        && BEFORE_VERB.contains(&ctx.low(next))
    {
        next += 1;
    }
    ctx.tokens
        .get(next)
        .is_some_and(|t| t.word && !t.capitalized(ctx.text))
        && (is_cue_verb(ctx.low(next)) || stance::starts_verb_phrase(ctx, next))
}

/// Past a short occasion phrase after `and`/`but` (`but in a later interview said`, `but on
/// Monday said`): where its verb stands, or `k` when there is no such phrase.
fn past_occasion(ctx: &Context, k: usize) -> usize {
    let tokens = ctx.tokens;
    const OCCASIONS: &[&str] = &["in", "on", "at", "during", "after", "before"];
    if k >= tokens.len() || !tokens[k].word || !OCCASIONS.contains(&ctx.low(k)) {
        return k;
    }
    // `and in the very place he proposed`: a subject of its own makes it a clause.
    (k + 1..tokens.len().min(k + 6))
        .take_while(|&m| {
            tokens[m].word
                && ctx.inside[m] == Inside::Free
                && !CLAUSE_SUBJECTS.contains(&ctx.low(m))
        })
        .find(|&m| {
            // `in his comments said`: a noun after a determiner is no verb.
            is_cue_verb(ctx.low(m))
                && !tokens[m].capitalized(ctx.text)
                && !NOUN_MARKERS.contains(&ctx.low(m - 1))
                && !DETERMINERS_OF_OBJECT.contains(&ctx.low(m - 1))
        })
        .unwrap_or(k)
}

/// The speaker of the clause before a coordinated cue verb at `i` (`Biden complained about
/// the tone but defended Sanders`).
pub(super) fn coordinated_speaker(
    ctx: &Context,
    floor: usize,
    i: usize,
    last_speaker: Option<Phrase>,
) -> Option<Phrase> {
    // `and then said`, `but also warned`: adverbs may stand between the conjunction and verb.
    let mut j = i.checked_sub(1)?;
    while j > floor
        && ctx.tokens[j].word
        && speakers::is_auxiliary(ctx.tokens[j].text(ctx.text))
        && !["and", "but"].contains(&ctx.low(j))
    {
        j -= 1;
    }
    // `but in a later interview said`: back past the occasion phrase.
    if let Some(conj) = (i.saturating_sub(6).max(floor)..i)
        .rev()
        .find(|&k| ["and", "but"].contains(&ctx.low(k)) && past_occasion(ctx, k + 1) == i)
    {
        j = conj;
    }
    // `Trump joked about X, declined to ..., and told ...`: a list of verb phrases, the comma
    // after an object (not after a name: `Trump, asked about it, said`) and the first in the
    // clause (not closing an aside: `Graham, who says ..., tweeted`).
    let listed = ctx.is(j, ',')
        && j > floor
        && ctx.tokens[j - 1].word
        && !ctx.tokens[j - 1].capitalized(ctx.text)
        && !ctx.low(i).ends_with("ing")
        && last_speaker.is_some_and(|sp| {
            // A personal pronoun may head the list; a relative one opens an aside, and so
            // does `whose` (`Jansa, whose party opposed the bill, said`).
            let opens_aside =
                ctx.relative(sp) || sp.first > floor && ctx.low(sp.first - 1) == "whose";
            !opens_aside
                && sp.last < j
                && !(sp.last..j).any(|k| ctx.is(k, ',') || ctx.inside[k] != Inside::Free)
        });
    if listed && !ctx.tokens[i].capitalized(ctx.text) && is_cue_verb(ctx.low(i)) {
        return last_speaker;
    }
    if i <= floor
        || !["and", "but"].contains(&ctx.low(j))
        || ctx.tokens[i].capitalized(ctx.text)
        || !(is_cue_verb(ctx.low(i)) || stance::starts_verb_phrase(ctx, i))
    {
        return None;
    }
    // Without an earlier quote in the sentence, its subject: `A spokesman declined to
    // comment but said ...`, `Although the administration doesn't track them and has
    // maintained that ...`.
    let subject_at = floor + usize::from(SUBORDINATORS.contains(&ctx.low(floor)));
    // `On Tuesday night, Anita Patel thanked volunteers and said`: past a fronted phrase
    // with no verb of its own, the subject opens the clause after its comma.
    // (`in St. Clairsville, Ohio, 62-year-old Brenda Johnson railed ...`: the subject is
    // followed by its verb, not by another comma.)
    let subject = |at: usize| {
        speakers::after(ctx.text, ctx.tokens, at, i).filter(|sp| sp.first == at && sp.last < i)
    };
    // `and accused by the news media of`: a passive names no speaker.
    let passive = i + 1 < ctx.tokens.len() && ctx.low(i + 1) == "by";
    let after_fronted = || {
        (subject_at..i.min(subject_at + 16))
            .take_while(|&k| !FINITE_MARKERS.contains(&ctx.low(k)))
            .filter(|&k| ctx.is(k, ',') && ctx.inside[k] == Inside::Free)
            .find_map(|comma| subject(comma + 1).filter(|sp| !ctx.is(sp.last, ',')))
            .filter(|_| !passive)
    };
    last_speaker
        .or_else(|| subject(subject_at))
        .or_else(after_fronted)
}

/// True when token `j` is a cue verb with a subject of its own before it (`the emails
/// confirmed`), not a noun after a determiner or preposition (`in a report`).
fn verb_of_inner_clause(ctx: &Context, j: usize) -> bool {
    let before = ctx.low(j - 1);
    ctx.tokens[j].word
        && !ctx.tokens[j].capitalized(ctx.text)
        && is_cue_verb(ctx.low(j))
        && is_past_form(ctx.low(j))
        && ctx.tokens[j - 1].word
        && !NOUN_MARKERS.contains(&before)
        && !PREPOSITIONS.contains(&before)
        && !DETERMINERS_OF_OBJECT.contains(&before)
}

/// Past the object of `told reporters`, `asked the minister`, `told CNN on Monday`, `told the
/// crowd in Ohio`: to where what was told starts.
fn skip_object(ctx: &Context, k: usize, b: usize) -> usize {
    let text = ctx.text;
    let tokens = ctx.tokens;
    if !tokens[k].word {
        return k;
    }
    let low = ctx.low(k);
    let word_at = |j: usize| (j < b && tokens[j].word).then(|| ctx.low(j));
    let mut j = if OBJECT_PRONOUNS.contains(&low) || speakers::is_role_word(low) {
        k + 1
    } else if tokens[k].capitalized(text) && !NOUN_MARKERS.contains(&low) {
        run_of_capitals(ctx, k, b)
    } else if NOUN_MARKERS.contains(&low) {
        // `the crowd`, `his senior aides`: the noun phrase ends before a new subject, a new
        // determiner, a finite verb or `that`.
        let mut j = k + 1;
        while let Some(w) = word_at(j).filter(|_| j - k < 6) {
            // A capital after a common noun starts a subject (`the crowd Trump ...`); one
            // after the determiner or another capital goes on with the name (`the United
            // States National Security Council`).
            let new_name =
                tokens[j].capitalized(text) && j > k + 1 && !tokens[j - 1].capitalized(text);
            let ends = new_name
                || PLACE_PREPOSITIONS.contains(&w)
                || CLAUSE_SUBJECTS.contains(&w)
                || NOUN_MARKERS.contains(&w)
                || FINITE_MARKERS.contains(&w)
                || is_tail_opener(w)
                || QUESTION_OPENERS.contains(&w)
                || w == "that"
                // `asked the public not to post`: the negation belongs to what was asked.
                || matches!(w, "not" | "never") && word_at(j + 1) == Some("to");
            if ends {
                break;
            }
            j += 1;
        }
        j
    } else {
        return k;
    };
    // `told supporters in Iowa`, `told CNN on Monday`: a named place or day after the object.
    while let Some(w) = word_at(j) {
        let named = j + 1 < b && tokens[j + 1].capitalized(text);
        if !(named && PLACE_PREPOSITIONS.contains(&w)) {
            break;
        }
        j = run_of_capitals(ctx, j + 1, b);
    }
    j
}

/// Prepositions before a named place or day after an object: `told supporters in Iowa`.
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "on", "from", "of"];

/// Cue verbs, by stem, that report nothing before these words: a preposition after
/// `continue` tells how it went on (`continued by saying`, `continued as a member of
/// parliament`), and `add to` increases something (`may add to its fleet`).
const NOT_REPORTING_BEFORE: &[(&str, &[&str])] = &[
    (
        "continu",
        &["by", "as", "in", "with", "until", "through", "for"],
    ),
    ("add", &["to"]),
    // `who writes for the magazine`: whom one writes for, not what.
    ("writ", &["for"]),
    ("wrote", &["for"]),
    // `pointed to` is a prepositional verb, read with its own subject or not at all.
    ("point", &["to"]),
    // `Cleveland and questions about Ryan's role`: the verb takes its object directly.
    ("questions", &["about", "over", "of", "on"]),
    // `drew cautious praise from the councilman`: a noun whose source follows it.
    ("praise", &["from"]),
    ("support", &["from"]),
    // `Man charged after woman found dead`, `charged with murder`: the charge is a crime's,
    // not a claim (`Police charged that the man lied`).
    (
        "charg",
        &["with", "after", "over", "in", "for", "following", "under"],
    ),
    // `who asked not to be named`: anonymity, not what the source said.
    ("ask", &["not"]),
    // `woman found dead`, `was found guilty`: a state found, not a finding reported.
    (
        "found",
        &[
            "dead",
            "guilty",
            "alive",
            "unconscious",
            "innocent",
            "injured",
            "safe",
        ],
    ),
];

/// Words that open a noun phrase object: `worries the Gulf`, `worried many investors`.
const DETERMINERS_OF_OBJECT: &[&str] = &[
    "the", "a", "an", "many", "some", "his", "her", "their", "our", "its", "him", "them", "us",
    "me",
];

/// Object pronouns: `told him`, `what Clinton is promising them`.
const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them", "me", "us", "you"];

/// Sentence adverbs a writer sets off after a comma at the end of a clause.
const TRAILING_ADVERBS: &[&str] = &["however", "though", "too", "instead", "meanwhile", "then"];

/// Words that join two clauses or two verbs.
const JOINING_WORDS: &[&str] = &["and", "but", "or", "nor"];

/// Pronouns that may stand as the whole object a stance verb holds: `Sanders rejected that`.
const HELD_PRONOUNS: &[&str] = &["that", "it", "this", "them", "him", "her"];

/// Words that open an indirect question: `asked the minister whether ...`.
const QUESTION_OPENERS: &[&str] = &[
    "whether", "if", "why", "how", "what", "when", "where", "who",
];

/// The end of the run of capitalised words starting at `k` (six at most).
fn run_of_capitals(ctx: &Context, k: usize, b: usize) -> usize {
    let mut j = k;
    while j < b && j - k < 6 && ctx.tokens[j].word && ctx.tokens[j].capitalized(ctx.text) {
        j += 1;
    }
    j
}

/// True when most words of unit `[a, b)` are capitalised, as in a title-case headline.
fn title_case(ctx: &Context, a: usize, b: usize) -> bool {
    let words = ctx.tokens[a..b].iter().filter(|t| t.word);
    let (capitalised, all) = words.fold((0, 0), |(c, n), t| {
        (c + usize::from(t.capitalized(ctx.text)), n + 1)
    });
    all >= 4 && capitalised * 4 >= all * 3
}

/// The speaker of a headline that opens with `Speaker:` (the colon at token `colon`), or
/// `Speaker to Addressee:`; not a label (`Watch:`) or a topic (`World Cup day five:`).
pub(super) fn headline_speaker(text: &str, tokens: &[Token], colon: usize) -> Option<Phrase> {
    // `EXCLUSIVE — Cruz Camp: ...`: a label set off by a dash opens the headline.
    let start = past_dashed_label(text, tokens);
    if colon <= start {
        return None;
    }
    let prefix = Span::new(tokens[start].span.start, tokens[colon - 1].span.end);
    if headline_labels().contains(lower(prefix.text(text)).as_str()) {
        return None;
    }
    let low = |t: usize| lower(tokens[t].text(text));
    // `Clinton to Planned Parenthood: ...`: the speaker, then the name spoken to.
    let addressed = (1..colon).find(|&t| {
        low(t) == "to" && (t + 1..colon).all(|j| tokens[j].word && tokens[j].capitalized(text))
    });
    let speaker_end = addressed.filter(|&t| t + 1 < colon).unwrap_or(colon);
    // `Trump Praises Editor Matthew Boyle: ...` in title case: a verb before the colon makes
    // the headline a report of its own.
    if (start..speaker_end - 1).any(|t| is_cue_verb(&low(t))) {
        return None;
    }
    // `Obama hits campaign trail for Clinton: '...'`: in a sentence-case headline a present
    // verb after the opening name makes the name the speaker.
    let name_end = (start..speaker_end)
        .take_while(|&t| tokens[t].word && tokens[t].capitalized(text))
        .last()
        .map_or(start, |t| t + 1);
    let present_verb = name_end > start
        && name_end + 1 < speaker_end
        && tokens[name_end].word
        && !tokens[name_end].capitalized(text)
        && {
            let w = low(name_end);
            w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !speakers::is_role_word(&w)
        };
    let speaker_end = if present_verb { name_end } else { speaker_end };
    let speaker = speakers::before(text, tokens, speaker_end, start)
        .filter(|sp| sp.first == start && sp.last == speaker_end)?;
    // A speaker ends on a name or a role: not `World Cup day five: Sweden win`.
    let head = tokens[speaker_end - 1];
    let role = speakers::is_role_word(&low(speaker_end - 1));
    if !head.capitalized(text) && !role {
        return None;
    }
    // `Football: Porto stun Benfica`, `Obituary: ...`: one common word is a topic label, not
    // a speaker (a role or a work may speak: `Police: ...`, `Study: ...`).
    // A plain word the story uses as a surname still speaks: `Sessions: '...'` over `Sen.
    // Jeff Sessions spoke ...`.
    let topic = speaker_end == start + 1
        && !role
        && !is_work_noun(&low(start))
        && crate::entities::is_plain_word(head.text(text))
        && !surname_in(text, head.span);
    if topic {
        return None;
    }
    Some(speaker)
}

/// True when the word at `word` comes again later in `text` right after another capitalised
/// word, as a surname does after a given name or a title: `Jeff Sessions`, `Sen. Sessions`.
fn surname_in(text: &str, word: Span) -> bool {
    let name = word.text(text);
    text[word.end..].match_indices(name).any(|(at, _)| {
        let at = word.end + at;
        let ends = !text[at + name.len()..].starts_with(char::is_alphanumeric);
        let before = text[..at].strip_suffix(' ').unwrap_or("");
        let previous = before.rsplit(' ').next().unwrap_or("");
        ends && previous.starts_with(char::is_uppercase)
            && !previous.ends_with(['.', ':', '!', '?'])
            || ends && super::words::title_abbreviations().contains(previous)
    })
}

/// Where a headline starts past a label and its dash (`EXCLUSIVE — `, `Watch - `): 0 without
/// one.
fn past_dashed_label(text: &str, tokens: &[Token]) -> usize {
    let labelled = tokens.len() > 2
        && tokens[0].word
        && headline_labels().contains(lower(tokens[0].text(text)).as_str())
        && super::words::is_dash(tokens[1].text(text));
    if labelled {
        2
    } else {
        0
    }
}

/// `Russia ready to resume talks on grain deal — Lavrov`: a headline in sentence case signed
/// after a long dash by a name or a role (`— Kremlin`, `— Russian diplomat`) is that
/// source's claim. Not a title-case headline (`Election Day — Live Updates`), nor an outlet
/// (`— BBC News`).
fn headline_signed_claim(ctx: &Context) -> Option<Draft> {
    const MAX_SIGNATURE: usize = 4;
    let text = ctx.text;
    let tokens = ctx.tokens;
    let end = tokens.len() - usize::from(tokens.last().is_some_and(|t| !t.word));
    let dash = (end.saturating_sub(MAX_SIGNATURE + 1)..end)
        .find(|&k| matches!(tokens[k].text(text), "—" | "–"))?;
    if dash < 4 || title_case(ctx, 0, dash) || dash + 1 >= end {
        return None;
    }
    let signature = Span::new(tokens[dash + 1].span.start, tokens[end - 1].span.end);
    if crate::structure::is_outlet(signature.text(text)) {
        return None;
    }
    let speaker = speakers::after(text, tokens, dash + 1, end)
        .filter(|sp| sp.first == dash + 1 && sp.last == end)?;
    let head = tokens[end - 1];
    if !head.capitalized(text) && !speakers::is_role_word(&lower(head.text(text))) {
        return None;
    }
    let clause = ctx.clause(0, dash)?;
    Some(ctx.draft(clause, Some(speaker), tokens[dash].span))
}

/// `Russian defense minister: Meeting ... produced no optimism` in a headline.
fn headline_claim(ctx: &Context) -> Option<Draft> {
    let text = ctx.text;
    let tokens = ctx.tokens;
    let colon = (0..tokens.len().min(9)).find(|&k| ctx.is(k, ':'))?;
    if colon + 3 > tokens.len() {
        return None;
    }
    let speaker = headline_speaker(text, tokens, colon)?;
    // `AP: Pence says Trump will accept ...`: a claim with its own named speaker is that
    // speaker's report; the label before the colon is the outlet.
    let own_speaker = (colon + 2..tokens.len().min(colon + 6)).any(|k| {
        tokens[k].word
            && !tokens[k].capitalized(text)
            && speech_verbs().contains(ctx.low(k))
            && tokens[k - 1].capitalized(text)
    });
    if own_speaker {
        return None;
    }
    // `Road to recovery: how the town rebuilt` explains; it claims nothing.
    let first = colon + 1;
    if tokens[first].word
        && !tokens[first].capitalized(text)
        && QUESTION_OPENERS.contains(&ctx.low(first))
    {
        return None;
    }
    // `Fiorina: 'Bill Clinton's fair game'` is a direct quote, attributed where it is found.
    let clause = ctx.clause(colon + 1, tokens.len())?;
    Some(ctx.draft(clause, Some(speaker), tokens[colon].span))
}
