//! Stage 4, sentences and entities -> quotes: direct quotations in any mark style, reported
//! speech, their speakers and cues.
//!
//! The passes, in order:
//! 1. [`marks`]: quotation marks paired per paragraph -> quoted passages (nested,
//!    multi-paragraph), done once before the names ([`Quotations`]).
//! 2. Each passage that stands as a quotation gets its attribution from the words next to it
//!    (`"...," Shoigu said.`, `He added: "..."`); one split by its attribution becomes one quote.
//! 3. [`reported`]: sentences with a speech or stance cue outside quotation marks -> reported
//!    speech (`He said that ...`, `..., Shoigu told ...`, `According to X, ...`, `Speaker: claim`);
//!    a quoted fragment inside it makes it mixed. Multi-word cues (`railed against`, `his claim
//!    that`) are read by [`stance`], reports with no named source (`it is said that`, `the race
//!    appears close`) by [`sourceless`], and a poll named after `in` by [`polls`].
//! 4. Speakers without a cue of their own inherit the last speaker; every speaker is tied to an
//!    entity ([`speakers::resolve`]), and the `I` of a printed interview's answers to the one
//!    interviewed ([`interview`]).

mod interview;
mod marks;
mod own_views;
mod polls;
mod reported;
mod signed;
mod sourceless;
mod speakers;
mod stance;
mod words;

use std::collections::{HashMap, HashSet};

use crate::entities::{Entity, EntityKind};
use crate::span::Span;
use crate::structure::{BlockKind, Layout};
use speakers::Phrase;
use words::{
    attributes_quotation, document_nouns, is_dash, lower, quotation_verbs, relative_or_that,
    speech_verbs, tokenize, Token, OBJECT_FIRST, PREPOSITIONS, RELATIVE_PRONOUNS,
    SENTENCE_CONJUNCTIONS,
};

/// How the words are reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// Words inside quotation marks.
    Direct,
    /// Reported speech: `He said that ...`, `According to X, ...`, headline `Speaker: claim`.
    Indirect,
    /// Reported speech that carries a quoted fragment.
    Mixed,
}

impl QuoteKind {
    /// The schema's name for the kind.
    pub const fn name(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }
}

/// Who is quoted: the words as written and the entity they resolve to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Speaker {
    /// `Shoigu`, `He`, `the minister`.
    pub span: Span,
    /// Index of the entity the speaker resolves to, if any.
    pub entity: Option<usize>,
}

/// One quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// The whole quotation, marks included.
    pub span: Span,
    /// The quoted words; several parts when split by `he said`.
    pub content: Vec<Span>,
    /// Who said it.
    pub speaker: Option<Speaker>,
    /// The verb or phrase that reports it: `said`, `According to`, a headline colon.
    pub cue: Option<Span>,
    /// Index of the quote that contains this one.
    pub nested_in: Option<usize>,
}

/// A paragraph's words, split into units: sentences, joined where a quotation runs across
/// a sentence end.
pub(crate) struct Paragraph {
    pub span: Span,
    pub tokens: Vec<Token>,
    /// Token ranges `[start, end)` of the units.
    pub units: Vec<(usize, usize)>,
    /// For each token, the top-level passage it lies in.
    pub inside: Vec<Option<usize>>,
    /// A headline block: `Speaker: claim` is read here.
    pub headline: bool,
    /// A photo caption: it describes a picture, so no reported speech is read in it
    /// (`Obama tweet to student Ahmed Mohamed`); quotation marks still quote.
    pub caption: bool,
}

/// A quote before ids and entities.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub kind: QuoteKind,
    pub span: Span,
    pub content: Vec<Span>,
    pub speaker: Option<Phrase>,
    pub cue: Option<Span>,
    /// The passage this draft is made of (direct quotes).
    pub passage: Option<usize>,
    /// The passage of the quote containing this one.
    pub parent_passage: Option<usize>,
    pub paragraph: usize,
    /// A direct quote whose words end on a comma (`"...,"`): an attribution follows.
    pub ends_on_comma: bool,
}

impl Draft {
    /// Cuts the report short at byte `end`: content parts that start there or later go, and
    /// the last one kept ends there at most. A mixed report whose quoted pieces (among
    /// `passages`) were all cut off is reported speech alone again.
    pub fn end_at(&mut self, end: usize, passages: &[marks::Passage]) {
        self.span.end = end;
        self.content.retain(|part| part.start < end);
        if let Some(part) = self.content.last_mut() {
            part.end = part.end.min(end);
        }
        let quotes_any = |part: &Span| passages.iter().any(|p| p.span.overlaps(*part));
        if self.kind == QuoteKind::Mixed && !self.content.iter().any(quotes_any) {
            self.kind = QuoteKind::Indirect;
        }
    }
}

/// The words and the cue that attribute a passage.
#[derive(Debug, Clone, Copy)]
struct Attribution {
    speaker: Option<Phrase>,
    cue: Span,
    /// Token index just past the attribution.
    end: usize,
}

/// Block kinds whose text can quote someone.
fn quotable(kind: BlockKind) -> bool {
    !matches!(
        kind,
        BlockKind::Boilerplate
            | BlockKind::Credit
            | BlockKind::Byline
            | BlockKind::Signoff
            | BlockKind::Kicker
    )
}

/// A text's quotation marks, paired into passages. They are found once, before the names: a
/// pronoun outside quotation marks refers to no one named only inside them.
pub struct Quotations {
    passages: Vec<marks::Passage>,
    /// The outermost passages' spans, in text order: read by the names and the speakers.
    outer: Vec<Span>,
}

impl Quotations {
    /// Pairs the quotation marks of the blocks that can quote someone.
    pub fn find(text: &str, layout: &Layout) -> Quotations {
        let spans: Vec<Span> = layout
            .blocks
            .iter()
            .filter(|b| quotable(b.kind))
            .map(|b| b.span)
            .collect();
        let passages = marks::passages(text, &spans);
        let outer = passages
            .iter()
            .filter(|p| p.parent.is_none())
            .map(|p| p.span)
            .collect();
        Quotations { passages, outer }
    }

    /// The outermost passages in text order, each from its opening mark to its closing mark
    /// (or its paragraph's end when never closed).
    pub fn outer_spans(&self) -> &[Span] {
        &self.outer
    }
}

/// Finds the quotes of the text, ordered by span start.
pub fn find(
    text: &str,
    layout: &Layout,
    sentences: &[Span],
    quotations: &Quotations,
    entities: &[Entity],
) -> Vec<Quote> {
    let blocks: Vec<_> = layout.blocks.iter().filter(|b| quotable(b.kind)).collect();
    let passages = &quotations.passages;
    let has_headline = layout.headline().is_some();
    let paragraphs: Vec<Paragraph> = {
        let mut sentence_at = 0;
        blocks
            .iter()
            .map(|block| {
                let headline = if has_headline {
                    block.kind == BlockKind::Headline
                } else {
                    reported::headline_shaped(text, block.span)
                };
                paragraph(
                    text,
                    block.span,
                    sentences,
                    &mut sentence_at,
                    passages,
                    headline,
                    block.kind == BlockKind::Caption,
                )
            })
            .collect()
    };

    let mut used_cues: Vec<Span> = Vec::new();
    let mut drafts = direct_quotes(text, &paragraphs, passages, &mut used_cues);
    let mut reported = reported::find(text, &paragraphs, passages, &drafts, &used_cues);
    // `Moscow would respond, he added.`: what `respond` would report is the attribution, speaker
    // and cue, of the report that holds `respond` itself.
    let attributions: HashMap<Span, Vec<Span>> = drafts
        .iter()
        .chain(&reported)
        .filter_map(|d| {
            Some((
                Span::new(d.speaker?.name.start, d.cue?.end),
                d.content.clone(),
            ))
        })
        .collect();
    reported.retain(|d| {
        let Some(cue) = d.cue else {
            return true;
        };
        let holds_cue = |content: &Vec<Span>| content.iter().any(|part| part.contains(cue));
        let attribution_after =
            |part: &Span| part.start >= cue.end && attributions.get(part).is_some_and(holds_cue);
        !matches!(d.content.as_slice(), [only] if attribution_after(only))
    });
    // Passages absorbed into mixed quotes are no quotes of their own.
    // Passages are sorted by start, so those inside a mixed quote are one contiguous run.
    let mut absorbed: HashSet<usize> = HashSet::new();
    for d in reported.iter().filter(|d| d.kind == QuoteKind::Mixed) {
        let first = passages.partition_point(|p| p.span.start < d.span.start);
        absorbed.extend(
            (first..passages.len())
                .take_while(|&i| passages[i].span.start < d.span.end)
                .filter(|&i| d.span.contains(passages[i].span)),
        );
    }
    drafts.retain(|d| {
        let gone = |p: Option<usize>| p.is_some_and(|p| absorbed.contains(&p));
        !gone(d.passage) && !gone(d.parent_passage)
    });
    // Reported speech that merely restates a direct quote's words is dropped.
    let mut seen: HashSet<Span> = drafts
        .iter()
        .flat_map(|d| d.content.iter().copied())
        .collect();
    for draft in reported {
        if !draft.content.iter().any(|c| seen.contains(c)) {
            seen.extend(draft.content.iter().copied());
            drafts.push(draft);
        }
    }
    let views = own_views::find(text, &paragraphs, sentences, &drafts);
    drafts.extend(views);
    drafts.extend(signed::find(text, &paragraphs, entities));
    drafts.sort_by_key(|d| (d.span.start, std::cmp::Reverse(d.span.end)));
    inherit_speakers(text, &paragraphs, &mut drafts);

    let mut by_position: Vec<(Span, usize, bool)> = entities
        .iter()
        .enumerate()
        .flat_map(|(id, e)| {
            e.mentions
                .iter()
                .map(move |m| (m.span, id, m.form == crate::entities::MentionForm::Name))
        })
        .collect();
    by_position.sort_by_key(|(span, _, _)| span.start);

    let quoted = quotations.outer_spans();
    let ids: HashMap<usize, usize> = drafts
        .iter()
        .enumerate()
        .filter_map(|(at, d)| d.passage.map(|p| (p, at)))
        .collect();
    // Each speaker is resolved knowing the speakers before it: `the company said` goes on for
    // the company that spoke last.
    let mut earlier: Vec<(Span, Option<usize>)> = Vec::new();
    let mut quotes: Vec<Quote> = Vec::with_capacity(drafts.len());
    for d in &drafts {
        let speaker = d.speaker.map(|p| {
            let discourse = speakers::Discourse {
                earlier: &earlier,
                sentences,
            };
            let entity = speakers::resolve(
                text,
                p.name,
                p.pronoun,
                entities,
                &by_position,
                quoted,
                &discourse,
            );
            Speaker {
                span: whole_body_name(text, p.name, entity, entities),
                entity,
            }
        });
        if let Some(sp) = &speaker {
            earlier.push((sp.span, sp.entity));
        }
        quotes.push(Quote {
            kind: d.kind,
            span: d.span,
            content: d.content.clone(),
            speaker,
            cue: d.cue,
            nested_in: d
                .parent_passage
                .and_then(|parent| ids.get(&parent).copied()),
        });
    }
    // `"I told the girls, ‘I’m leaving,’" she said`: inside a quotation, `I` is its speaker.
    for at in 0..quotes.len() {
        let Some(parent) = quotes[at].nested_in else {
            continue;
        };
        let first_person = quotes[at]
            .speaker
            .as_ref()
            .is_some_and(|sp| ["i", "we"].contains(&lower(sp.span.text(text)).as_str()));
        let outer = quotes[parent].speaker.as_ref().and_then(|sp| sp.entity);
        // `"She kept asking, 'Where is the cat?'" Walker said`: `he` or `she` inside a
        // quotation is someone its speaker speaks of, not that speaker.
        let third_person = quotes[at]
            .speaker
            .as_ref()
            .is_some_and(|sp| ["he", "she"].contains(&lower(sp.span.text(text)).as_str()));
        if let Some(speaker) = quotes[at].speaker.as_mut() {
            if first_person {
                speaker.entity = outer;
            } else if third_person && outer.is_some() && speaker.entity == outer {
                speaker.entity = None;
            }
        }
    }
    // `"I can't remember when I putted this well," said Parnevik.` then `I was disappointed
    // ...` on a line whose marks were lost: outside marks, `I` goes on for the person just
    // quoted, if any (in a column it is no one named before). In the answers of a printed
    // interview it is the one interviewed.
    const QUOTED_REACH: usize = 600;
    let interview = interview::Interview::find(text, layout, entities);
    let mut last_quoted: Option<(usize, usize)> = None; // (end, entity)
    for quote in &mut quotes {
        let first_person = quote.nested_in.is_none()
            && quote
                .speaker
                .as_ref()
                .is_some_and(|sp| sp.span.text(text) == "I");
        if let (true, Some(speaker)) = (first_person, quote.speaker.as_mut()) {
            let answering = interview
                .as_ref()
                .filter(|interview| interview.answers(quote.span))
                .map(|interview| interview.interviewee);
            speaker.entity = answering.or_else(|| {
                last_quoted
                    .filter(|&(end, _)| quote.span.start.saturating_sub(end) <= QUOTED_REACH)
                    .map(|(_, entity)| entity)
            });
        }
        if quote.kind == QuoteKind::Direct && quote.nested_in.is_none() {
            let entity = quote.speaker.as_ref().and_then(|sp| sp.entity);
            last_quoted = entity.map(|entity| (quote.span.end, entity));
        }
    }
    quotes
}

/// Tokens and units of one block.
fn paragraph(
    text: &str,
    span: Span,
    sentences: &[Span],
    sentence_at: &mut usize,
    passages: &[marks::Passage],
    headline: bool,
    caption: bool,
) -> Paragraph {
    let tokens = tokenize(text, span);
    // Top-level passages touching this paragraph, in order: from the one open at its start
    // (found through the parents of the passage last opened before it: a nested passage
    // ends before its parent, so ends are not in order) or the first opened inside it.
    let opened_inside = passages.partition_point(|p| p.span.start < span.start);
    let mut first = opened_inside;
    if let Some(mut open) = opened_inside.checked_sub(1) {
        while let Some(parent) = passages[open].parent {
            open = parent;
        }
        if passages[open].span.end > span.start {
            first = open;
        }
    }
    let local: Vec<(usize, Span)> = passages[first..]
        .iter()
        .enumerate()
        .take_while(|(_, p)| p.span.start < span.end)
        .filter(|(_, p)| p.parent.is_none())
        .map(|(i, p)| (first + i, p.span))
        .collect();
    let mut inside = Vec::with_capacity(tokens.len());
    let mut at = 0;
    for token in &tokens {
        while at < local.len() && local[at].1.end <= token.span.start {
            at += 1;
        }
        inside.push(
            local
                .get(at)
                .filter(|(_, s)| s.contains(token.span))
                .map(|(i, _)| *i),
        );
    }
    // Sentences of this block, joined where a passage crosses their boundary.
    while *sentence_at < sentences.len() && sentences[*sentence_at].end <= span.start {
        *sentence_at += 1;
    }
    let mut unit_spans: Vec<Span> = Vec::new();
    let mut crossing = 0; // first local passage that may still cross a unit's end
    while *sentence_at < sentences.len() && sentences[*sentence_at].start < span.end {
        let sentence = sentences[*sentence_at];
        match unit_spans.last_mut() {
            Some(last) => {
                while crossing < local.len() && local[crossing].1.end <= last.end {
                    crossing += 1;
                }
                let crosses = local.get(crossing).is_some_and(|(_, p)| p.start < last.end);
                if crosses {
                    last.end = sentence.end;
                } else {
                    unit_spans.push(sentence);
                }
            }
            None => unit_spans.push(sentence),
        }
        *sentence_at += 1;
    }
    let mut units = Vec::with_capacity(unit_spans.len());
    let mut t = 0;
    for unit in unit_spans {
        while t < tokens.len() && tokens[t].span.start < unit.start {
            t += 1;
        }
        let start = t;
        while t < tokens.len() && tokens[t].span.start < unit.end {
            t += 1;
        }
        if t > start {
            units.push((start, t));
        }
    }
    Paragraph {
        caption,
        span,
        tokens,
        units,
        inside,
        headline,
    }
}

/// The paragraph holding byte `at`.
fn paragraph_of(paragraphs: &[Paragraph], at: usize) -> Option<usize> {
    let i = paragraphs.partition_point(|p| p.span.end <= at);
    (i < paragraphs.len() && paragraphs[i].span.start <= at).then_some(i)
}

/// The unit holding token `t`.
fn unit_of(paragraph: &Paragraph, t: usize) -> Option<(usize, usize)> {
    let at = paragraph.units.partition_point(|&(_, b)| b <= t);
    paragraph
        .units
        .get(at)
        .copied()
        .filter(|&(a, b)| a <= t && t < b)
}

/// Words of a content span.
pub(crate) fn word_count(text: &str, span: Span) -> usize {
    span.text(text)
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .count()
}

/// A quoted title or name rather than speech: every word capitalised, no sentence inside.
fn title_like(text: &str, span: Span) -> bool {
    let words: Vec<&str> = span
        .text(text)
        .split(|c: char| c.is_whitespace())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let small = [
        "of", "the", "and", "a", "an", "in", "on", "to", "for", "at", "with", "by", "or", "is",
    ];
    !words.is_empty()
        && words.iter().all(|w| {
            w.chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
                || small.contains(&w.to_lowercase().as_str())
        })
}

/// Pass 2: passages that stand as quotations, with their attributions; split quotes joined.
fn direct_quotes(
    text: &str,
    paragraphs: &[Paragraph],
    passages: &[marks::Passage],
    used_cues: &mut Vec<Span>,
) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut standalone = vec![false; passages.len()];
    let mut attributions: Vec<Option<(Attribution, usize)>> = vec![None; passages.len()];
    for (id, passage) in passages.iter().enumerate() {
        if passage.parent.is_some() {
            continue;
        }
        let (Some(open_p), Some(close_p)) = (
            paragraph_of(paragraphs, passage.span.start),
            paragraph_of(paragraphs, passage.span.end.saturating_sub(1)),
        ) else {
            continue;
        };
        let upper = opens_upper(text, passage);
        let sentence = upper || whole_clause(text, &paragraphs[open_p], passage);
        let before = attribution_before(text, paragraphs, open_p, passage.span.start, sentence);
        let after = attribution_after(text, &paragraphs[close_p], passage.span.end);
        let (before_ok, before_attr) = before;
        let (after_ok, after_attr) = after;
        // `«...», a déclaré le maire.`: a quotation that opens its sentence and ends on a comma
        // is followed by its attribution, whatever the language.
        let ends_on_comma = passage
            .parts
            .last()
            .is_some_and(|p| p.text(text).ends_with(','))
            || text[passage.span.end..].trim_start().starts_with(',');
        // `Trump said, "I don't like it," adding that ...`: after its attribution, a
        // quotation ending on a comma may be followed by the speaker's next clause.
        let goes_on = || {
            // The first word within a few characters of the closing mark.
            let next: String = text[passage.span.end..]
                .chars()
                .take(64)
                .skip_while(|c| !c.is_alphanumeric())
                .take_while(|c| c.is_alphanumeric() || *c == '\'')
                .collect();
            let next = lower(&next);
            is_participle(&next)
                || ["and", "but", "then", "before", "after", "while", "as"].contains(&next.as_str())
        };
        // Not a name in marks: `Fiorina told "Fox and Friends," reminding ...`.
        let title = passage.parts.iter().all(|p| title_like(text, *p));
        let after_ok = after_ok
            || (before_ok
                && ends_on_comma
                && passage.closed
                && (before_attr.is_none() || (goes_on() && !title)));
        let words = passage
            .parts
            .iter()
            .map(|p| word_count(text, *p))
            .sum::<usize>();
        let attributed = before_attr.is_some() || after_attr.is_some();
        let stands = before_ok && after_ok;
        // `"...," said Amna Ibrahim. "Nobody slept."`: a short sentence of its own right after
        // a quotation in its paragraph goes on with it, however few its words.
        let goes_on_quoting = upper
            && passage
                .parts
                .last()
                .is_some_and(|p| p.text(text).ends_with(['.', '!', '?']))
            && drafts.last().is_some_and(|d| {
                d.kind == QuoteKind::Direct && d.paragraph == open_p && d.passage.is_some()
            });
        let short = words <= 3 && !goes_on_quoting;
        // `"Never."` there is a sentence said, not a title.
        let title = title && !goes_on_quoting;
        if !stands || (!attributed && (short || title || !upper)) {
            continue;
        }
        standalone[id] = true;
        let attribution = after_attr
            .map(|a| (a, close_p))
            .or(before_attr.map(|a| (a, open_p)));
        if let Some((a, p)) = attribution {
            let reports_more = if after_attr.is_some() {
                clause_after(text, &paragraphs[p], a)
            } else {
                clause_between(text, &paragraphs[p], a.cue, passage.span.start)
            };
            if !reports_more {
                used_cues.push(a.cue);
            }
        }
        attributions[id] = attribution;
        // `Romney, he said, "would have to show ..."`: words of the source's own before the
        // attribution make the quotation part of a mixed report.
        // Only when the quotation goes on with the sentence: a capital opens a sentence of its
        // own, and the words before it set the scene (`Hours later, Trump said, "..."`).
        let fronted = before_attr
            .filter(|_| after_attr.is_none() && !upper)
            .and_then(|a| fronted_words(text, &paragraphs[open_p], a, passage.span.start));
        let (kind, span, mut content) = match fronted {
            Some(words) => (
                QuoteKind::Mixed,
                Span::new(words.start, passage.span.end),
                vec![words],
            ),
            None => (QuoteKind::Direct, passage.span, Vec::new()),
        };
        content.extend(passage.parts.iter().copied());
        drafts.push(Draft {
            kind,
            span,
            content,
            speaker: attribution.and_then(|(a, _)| a.speaker),
            cue: attribution.map(|(a, _)| a.cue),
            passage: Some(id),
            parent_passage: None,
            paragraph: open_p,
            ends_on_comma,
        });
    }
    // Split quotes: `"We are ready," he said, "to talk."` is one quote.
    let mut merged: Vec<Draft> = Vec::with_capacity(drafts.len());
    for draft in drafts {
        if let Some(previous) = merged.last_mut() {
            let prev_id = previous.passage.unwrap_or(usize::MAX);
            let this_id = draft.passage.unwrap_or(usize::MAX);
            let joined = attributions
                .get(prev_id)
                .copied()
                .flatten()
                .is_some_and(|(a, p)| {
                    // Past the attribution, nothing but an adverbial: no second cue, no sentence end
                    // before the last character.
                    let tokens = &paragraphs[p].tokens;
                    let rest = &tokens[a.end.min(tokens.len())..];
                    let rest = &rest[..rest.partition_point(|t| t.span.start < draft.span.start)];
                    let clean = rest.iter().enumerate().all(|(k, t)| {
                        let last = k + 1 == rest.len();
                        // `said on a call with analysts`: a cue word after an article is a noun.
                        let noun = k > 0
                            && ["a", "an", "the"].contains(&lower(rest[k - 1].text(text)).as_str());
                        let cue = t.word
                            && !noun
                            && speech_verbs().contains(lower(t.text(text)).as_str());
                        // `", it added; and, later, "...`: a semicolon ends the statement too.
                        // Not an abbreviation's point: `in Melbourne, Fla., on Tuesday`.
                        let abbreviation = t.is(text, '.')
                            && rest.get(k + 1).is_some_and(|next| next.is(text, ','));
                        let stop = !t.word
                            && !abbreviation
                            && (t.is(text, '.')
                                || t.is(text, '!')
                                || t.is(text, '?')
                                || t.is(text, ';'));
                        !cue && (!stop || last)
                    });
                    let this_has_own = attributions
                        .get(this_id)
                        .copied()
                        .flatten()
                        .is_some_and(|(b, _)| b.cue != a.cue);
                    // The attribution follows the previous passage and is all that stands between
                    // it and this one: `"...," he said, "..."` or `"...," he said. "..."`.
                    let gap = text
                        .get(previous.span.end..draft.span.start)
                        .unwrap_or("\n");
                    let gap = gap.trim_end();
                    let ends = gap.chars().last();
                    clean
                        && a.cue.start > previous.span.end
                        && a.cue.end < draft.span.start
                        && gap.len() < 240
                        && !gap.contains('\n')
                        && (ends == Some(',')
                            || (matches!(ends, Some('.' | ':' | ';')) && !this_has_own))
                });
            if joined && draft.paragraph == previous.paragraph {
                previous.span.end = draft.span.end;
                previous.content.extend(draft.content);
                continue;
            }
        }
        merged.push(draft);
    }
    // Nested passages inside a standing quotation.
    let mut nested = Vec::new();
    for (id, passage) in passages.iter().enumerate() {
        let Some(parent) = passage.parent else {
            continue;
        };
        let mut top = parent;
        while let Some(up) = passages[top].parent {
            top = up;
        }
        // Inside a quotation, a quoted sentence (`‘NATO’s doorstep.’`) is speech; a quoted
        // phrase without its own punctuation (`‘Second Amendment people’`) is a scare quote.
        let words = word_count_all(text, &passage.parts);
        let spoken = passage
            .parts
            .last()
            .is_some_and(|p| p.text(text).ends_with(['.', ',', '!', '?', '…']));
        if !standalone[top] || words < 2 || !spoken {
            continue;
        }
        let paragraph = paragraph_of(paragraphs, passage.span.start).unwrap_or(0);
        let attribution = paragraphs
            .get(paragraph)
            .and_then(|p| nested_attribution(text, p, passages[parent].span.start, passage));
        // `going to cite 'My Little Pony,' I think`: a title with the comma of the sentence
        // around it is no speech, unless a comma or colon introduces it as words said (`He
        // told me, 'Bring It On.'`).
        let title = passage.parts.iter().all(|p| title_like(text, *p));
        let introduced = text[..passage.span.start].trim_end().ends_with([',', ':']);
        if title && !introduced {
            continue;
        }
        nested.push(Draft {
            kind: QuoteKind::Direct,
            span: passage.span,
            content: passage.parts.clone(),
            speaker: attribution.and_then(|a| a.speaker),
            cue: attribution.map(|a| a.cue),
            passage: Some(id),
            parent_passage: Some(parent),
            paragraph,
            ends_on_comma: false,
        });
    }
    // A nested passage whose parent was merged into another draft points at that draft.
    let kept: HashSet<usize> = merged.iter().filter_map(|d| d.passage).collect();
    for n in &mut nested {
        if let Some(parent) = n.parent_passage {
            if !kept.contains(&parent) {
                // Drafts are in text order and never overlap: the one starting last before it.
                let at = merged.partition_point(|d| d.span.start <= n.span.start);
                n.parent_passage = at
                    .checked_sub(1)
                    .map(|at| &merged[at])
                    .filter(|d| d.span.contains(n.span))
                    .and_then(|d| d.passage);
            }
        }
    }
    merged.extend(nested.into_iter().filter(|n| n.parent_passage.is_some()));
    merged
}

/// The words of the speaker's own that open a sentence before its attribution and the
/// quotation that goes on with it: `Romney, he said, "would ..."`, `But, he said, "there
/// was ..."`. Not a phrase that only sets the occasion or topic (`After the match,
/// the coach said, "..."`, `Of the process, he said, "..."`), nor a question put
/// (`When asked why, he said`).
fn fronted_words(text: &str, paragraph: &Paragraph, a: Attribution, open: usize) -> Option<Span> {
    const MAX_WORDS: usize = 12;
    let tokens = &paragraph.tokens;
    let first = a.speaker?.first;
    let (unit_start, _) = unit_of(paragraph, first)?;
    // `Romney, he said, "`: the speaker right after a comma, and the cue's comma right
    // before the mark.
    let before_mark = tokens.partition_point(|t| t.span.start < open);
    let introduced = a.cue.start > tokens[first].span.start
        && before_mark > 0
        && tokens[before_mark - 1].is(text, ',')
        && a.end >= before_mark - 1;
    if first < unit_start + 2 || !tokens[first - 1].is(text, ',') || !introduced {
        return None;
    }
    let words = &tokens[unit_start..first - 1];
    let free = paragraph.inside[unit_start..first - 1]
        .iter()
        .all(Option::is_none);
    let count = words.iter().filter(|t| t.word).count();
    if !free || count == 0 || count > MAX_WORDS {
        return None;
    }
    let lows: Vec<String> = words.iter().map(|t| lower(t.text(text))).collect();
    let has_verb = words.iter().zip(&lows).any(|(t, w)| {
        t.word
            && (reported::FINITE_MARKERS.contains(&w.as_str())
                || reported::is_past_form(w)
                || words::irregular_past().contains(w.as_str()))
    });
    let occasion = PREPOSITIONS.contains(&lows[0].as_str()) && !has_verb;
    let asked = lows
        .iter()
        .any(|w| sourceless::QUESTIONED.contains(&w.as_str()) || words::is_cue_verb(w));
    (!occasion && !asked).then(|| Span::new(words[0].span.start, words[words.len() - 1].span.end))
}

/// The attribution inside a quotation just before a passage nested in it: `"... and he said,
/// ‘Trust me.’ ..."`. It is looked for back to the sentence's start or the outer mark.
fn nested_attribution(
    text: &str,
    paragraph: &Paragraph,
    parent_start: usize,
    passage: &marks::Passage,
) -> Option<Attribution> {
    let tokens = &paragraph.tokens;
    let t = tokens.partition_point(|tok| tok.span.start < passage.span.start);
    let outer = tokens.partition_point(|tok| tok.span.start <= parent_start);
    let floor = (outer..t)
        .rev()
        .take(40)
        .find(|&k| {
            !tokens[k].word
                && ['.', '!', '?', '‘', '’', '\'']
                    .iter()
                    .any(|&c| tokens[k].is(text, c))
        })
        .map_or(outer.max(t.saturating_sub(40)), |k| k + 1);
    if floor >= t {
        return None;
    }
    let upper = opens_upper(text, passage);
    let is_word = |k: usize, words: &[&str]| {
        tokens[k].word && words.contains(&lower(tokens[k].text(text)).as_str())
    };
    // `The president has repeatedly said that 'our patience is not unlimited.'`
    let said_that = t >= floor + 2
        && is_word(t - 1, &["that"])
        && tokens[t - 2].word
        && speech_verbs().contains(lower(tokens[t - 2].text(text)).as_str());
    let mut attribution = if said_that {
        Some(Attribution {
            speaker: speaker_before_cue(text, tokens, t - 2, floor),
            cue: tokens[t - 2].span,
            end: t,
        })
    } else {
        cue_before(text, tokens, floor, t, upper)
    };
    // `We have been told many times: '...'`: who was told did not say it.
    if let Some(a) = attribution.as_mut() {
        let cue = tokens.partition_point(|tok| tok.span.start < a.cue.start);
        // (`are telling me, 'Feel the Bern'` is no passive.)
        let participle = !lower(a.cue.text(text)).ends_with("ing");
        if participle
            && cue > floor
            && is_word(cue - 1, &["been", "was", "were", "is", "are", "being"])
        {
            a.speaker = None;
        }
    }
    attribution
}

/// True when a passage's words open with a capital or a digit: a quoted sentence, which may
/// stand after a cue without a comma (`said "We ...`), not a fragment (`called it "a mess"`).
fn opens_upper(text: &str, passage: &marks::Passage) -> bool {
    passage
        .parts
        .first()
        .and_then(|p| p.text(text).chars().find(|c| c.is_alphanumeric()))
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

/// True when a passage in lower case right after a speech verb is a whole clause that ends its
/// sentence (`said "we will win."`, `says "many schools will quit" ((it)).`): the speaker's
/// sentence, which the cue introduces without a comma, as it may a capitalised one. A phrase
/// (`promised "a new era."`) is still a fragment of reported speech, and so is a clause after
/// other words (`said it is unrealistic to think that, "our oceans ..."`) or in a relative
/// clause.
fn whole_clause(text: &str, paragraph: &Paragraph, passage: &marks::Passage) -> bool {
    let [part] = passage.parts.as_slice() else {
        return false;
    };
    let tokens = &paragraph.tokens;
    let t = tokens.partition_point(|tok| tok.span.start < passage.span.start);
    // Not in a relative clause: `the world lost a voice that said "love ..."` quotes a part
    // of what the sentence reports.
    let relative = t > 1 && relative_or_that(&lower(tokens[t - 2].text(text)));
    let after_cue = t > 0
        && tokens[t - 1].word
        && speech_verbs().contains(lower(tokens[t - 1].text(text)).as_str())
        && !relative;
    if !passage.closed || !after_cue {
        return false;
    }
    // After the closing mark and perhaps a note in brackets (`((it))`, `[sic]`): the end of
    // the sentence.
    let close = tokens.partition_point(|tok| tok.span.start < passage.span.end);
    let unit_end = unit_of(paragraph, close.saturating_sub(1)).map_or(tokens.len(), |(_, b)| b);
    let next = past_bracket_note(text, tokens, close, unit_end);
    let content = part.text(text).trim_end();
    let ends = next >= unit_end
        || ['.', '!', '?'].iter().any(|&c| tokens[next].is(text, c))
        || (content.ends_with(['.', '!', '?'])
            && ![',', ';', ':'].iter().any(|&c| tokens[next].is(text, c)))
        // `reads "we may extend ...", but no plans exist`: a second clause joined to the
        // sentence does not make the quotation part of a longer one.
        || (tokens[next].is(text, ',')
            && tokens
                .get(next + 1)
                .is_some_and(|w| SENTENCE_CONJUNCTIONS.contains(&lower(w.text(text)).as_str())))
        // `told the crowd "we will win," and left`: the writer's story takes over.
        || {
            let resume = next + usize::from(tokens[next].is(text, ','));
            let low = |i: usize| lower(tokens[i].text(text));
            (content.ends_with(',') || resume > next)
                && resume + 1 < unit_end
                && !paragraph.inside[resume..unit_end].iter().any(Option::is_some)
                && reported::writer_resumes(&low(resume), &low(resume + 1))
        };
    if !ends {
        return false;
    }
    let words: Vec<(String, bool)> = content
        .split_whitespace()
        .take(9)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'))
        .map(|w| (lower(w), w.starts_with(char::is_uppercase)))
        .collect();
    let Some(((first, _), rest)) = words.split_first() else {
        return false;
    };
    reported::reads_as_clause(first, rest.iter().map(|(w, cap)| (w.as_str(), *cap)))
}

fn word_count_all(text: &str, parts: &[Span]) -> usize {
    parts.iter().map(|p| word_count(text, *p)).sum()
}

/// The attribution before a passage opening at `open`: `Shoigu said: "...`, `He added, "...`.
/// Returns whether the passage may stand as a quotation on this side, and the attribution.
/// `sentence`: the passage reads as a sentence of its own (see [`opens_upper`], [`whole_clause`]).
fn attribution_before(
    text: &str,
    paragraphs: &[Paragraph],
    p: usize,
    open: usize,
    sentence: bool,
) -> (bool, Option<Attribution>) {
    let paragraph = &paragraphs[p];
    let tokens = &paragraph.tokens;
    let t = tokens.partition_point(|tok| tok.span.start < open);
    let Some((unit_start, _)) = unit_of(paragraph, t).or_else(|| {
        // The passage may start the paragraph before its first unit token (e.g. after a dateline).
        paragraph.units.first().copied().filter(|&(a, _)| a >= t)
    }) else {
        return (true, None);
    };
    // Words before the mark in this unit, after any earlier passage.
    let floor = (unit_start..t)
        .rev()
        .find(|&i| paragraph.inside[i].is_some())
        .map_or(unit_start, |i| i + 1);
    if floor >= t {
        // Nothing before: perhaps the previous unit ends `Trump said:`, or the previous
        // paragraph `Rathbun stated,` (a paragraph ending on a comma goes on in the next).
        let previous = if let Some(k) =
            Some(paragraph.units.partition_point(|&(a, _)| a < unit_start)).filter(|&k| k > 0)
        {
            Some((p, paragraph.units[k - 1]))
        } else if p > 0 {
            paragraphs[p - 1].units.last().map(|&u| (p - 1, u))
        } else {
            None
        };
        if let Some((q, (a, b))) = previous {
            let tokens = &paragraphs[q].tokens;
            if tokens[b - 1].is(text, ':') || tokens[b - 1].is(text, ',') {
                if let Some(found) = cue_before(text, tokens, a, b, sentence) {
                    return (true, Some(found));
                }
            }
        }
        return (true, None);
    }
    // `"We are ready," she said on Monday, "to ship."`: the second part of a split quotation
    // may follow an attribution with an adverbial, as a sentence would.
    let resumes = floor > unit_start
        && t - floor <= 12
        && tokens[t - 1].is(text, ',')
        && text[..tokens[floor].span.start]
            .trim_end()
            .trim_end_matches(marks::is_mark_char)
            .ends_with(',');
    match cue_before(text, tokens, floor, t, sentence || resumes) {
        Some(found) => (true, Some(found)),
        None if paragraph.headline && floor == 0 && tokens[t - 1].is(text, ':') => {
            // `Carly Fiorina: 'Bill Clinton's fair game.'`: the headline's speaker.
            let speaker = reported::headline_speaker(text, tokens, t - 1);
            let cue = tokens[t - 1].span;
            (
                true,
                speaker.map(|sp| Attribution {
                    speaker: Some(sp),
                    cue,
                    end: t,
                }),
            )
        }
        None => {
            // A dash or bracket before the mark is fine; words are not, unless a comma or
            // colon introduces a sentence: `As the band sang in 1985, "They'll ..."`.
            // `But "it will not be easy," said ...`: a conjunction opening the sentence is no
            // frame around the quotation either.
            let mut words_before = tokens[floor..t].iter().filter(|tok| tok.word);
            let opener_only = floor == unit_start
                && matches!(
                    (words_before.next(), words_before.next()),
                    (Some(only), None)
                        if SENTENCE_CONJUNCTIONS.contains(&lower(only.text(text)).as_str())
                );
            let words = !opener_only && tokens[floor..t].iter().any(|tok| tok.word);
            // A dash opens an aside that may be a quotation: `Neither man liked her -
            // ''Born with a silver spoon,'' Mr. Elkins said - but ...`.
            let introduced = sentence
                && (tokens[t - 1].is(text, ',')
                    || tokens[t - 1].is(text, ':')
                    || is_dash(tokens[t - 1].text(text)));
            // `... of Acme Corp. "We will ...`: a full stop the sentence splitter took for an
            // abbreviation's still ends the sentence before a capitalised quotation.
            let new_sentence = sentence && text[..open].trim_end().ends_with('.');
            (!words || introduced || new_sentence, None)
        }
    }
}

/// True when a clause with a finite verb stands between a cue and the quotation it introduces
/// (`said resources would be accessible, "For example, ..."`): the cue reports that clause
/// too, so it stays free for reported speech.
fn clause_between(text: &str, paragraph: &Paragraph, cue: Span, open: usize) -> bool {
    let tokens = &paragraph.tokens;
    let from = tokens.partition_point(|t| t.span.start < cue.end);
    let to = tokens.partition_point(|t| t.span.start < open);
    tokens[from..to].iter().any(|t| is_finite_marker(text, t))
}

fn is_finite_marker(text: &str, token: &Token) -> bool {
    token.word && reported::FINITE_MARKERS.contains(&lower(token.text(text)).as_str())
}

/// True when a clause follows an attribution after a quotation (`"...," one of the former
/// prosecutors said the two cases were quite different`): the cue reports it as well.
fn clause_after(text: &str, paragraph: &Paragraph, attribution: Attribution) -> bool {
    let tokens = &paragraph.tokens;
    let Some((_, unit_end)) = unit_of(paragraph, attribution.end.saturating_sub(1)) else {
        return false;
    };
    let rest = &tokens[attribution.end.min(unit_end)..unit_end];
    let Some(first) = rest.first().filter(|t| t.word) else {
        return false;
    };
    let first = lower(first.text(text));
    first == "that"
        || !reported::is_tail_opener(&first)
            && rest.iter().take(6).any(|t| is_finite_marker(text, t))
}

/// `... Shoigu said:` / `he added,` / `said Shoigu:` / `according to X,` right before `end`.
/// `sentence` as for [`attribution_before`].
fn cue_before(
    text: &str,
    tokens: &[Token],
    floor: usize,
    end: usize,
    sentence: bool,
) -> Option<Attribution> {
    let mut j = end;
    let mut colon = false;
    let mut punct = false;
    if j > floor && (tokens[j - 1].is(text, ':') || tokens[j - 1].is(text, ',')) {
        colon = tokens[j - 1].is(text, ':');
        punct = true;
        j -= 1;
    }
    if j <= floor {
        return None;
    }
    if let Some(attribution) = as_put_it(text, tokens, floor, j).filter(|_| punct) {
        return Some(Attribution { end, ..attribution });
    }
    // `Claire Howard put it bluntly: "...`, `Kelin was blunt: "...`: a frame before a colon;
    // its subject speaks.
    if colon {
        let frame = (1..=3).filter(|&n| j > floor + n).find(|&n| {
            let words: Vec<String> = tokens[j - n..j]
                .iter()
                .map(|t| lower(t.text(text)))
                .collect();
            words::colon_frames().contains(words.join(" ").as_str())
        });
        if let Some(n) = frame {
            let speaker =
                speakers::before(text, tokens, j - n, floor).filter(|sp| sp.last == j - n);
            if let Some(sp) = speaker {
                return Some(Attribution {
                    speaker: Some(sp),
                    cue: Span::new(tokens[j - n].span.start, tokens[j - 1].span.end),
                    end,
                });
            }
        }
    }
    let is_cue = |i: usize| tokens[i].word && attributes_quotation(&lower(tokens[i].text(text)));
    // `Shoigu said "...`; without a comma or colon only before a sentence: `called it "a mess"`
    // reports a fragment.
    if is_cue(j - 1) && (punct || sentence) {
        let speaker = speaker_before_cue(text, tokens, j - 1, floor);
        if speaker.is_some() || colon || j == end - 1 {
            return Some(Attribution {
                speaker,
                cue: tokens[j - 1].span,
                end,
            });
        }
    }
    // `said Shoigu:` and `Trump said in a statement:`
    let lowest = j.saturating_sub(8).max(floor);
    for c in (lowest..j).rev() {
        if !is_cue(c) {
            continue;
        }
        // `Heald told The Huffington Post, "...`: the one told is no speaker.
        let told = OBJECT_FIRST.contains(&lower(tokens[c].text(text)).as_str());
        // `Trump joked about stereotypes, telling the crowd, "...`: a participle's subject.
        let told_by = (told && punct)
            .then(|| speaker_before_cue(text, tokens, c, floor))
            .flatten();
        // `Carson did not mention them, but told his supporters, "...`: the subject of the
        // clause whose second verb the cue is.
        let coordinated = told
            && punct
            && c > floor
            && ["and", "but"].contains(&lower(tokens[c - 1].text(text)).as_str());
        let told_by = told_by.or_else(|| {
            coordinated
                .then(|| speakers::after(text, tokens, floor, c).filter(|sp| sp.first == floor))
                .flatten()
        });
        if let Some(sp) = told_by {
            return Some(Attribution {
                speaker: Some(sp),
                cue: tokens[c].span,
                end,
            });
        }
        // `he stated of politicians, "...`: the one spoken of is no speaker.
        let spoken_of = tokens
            .get(c + 1)
            .is_some_and(|t| PREPOSITIONS.contains(&lower(t.text(text)).as_str()));
        // `and told the police, "...`: the one told is no speaker here either.
        if let Some(sp) = speakers::after(text, tokens, c + 1, j)
            .filter(|sp| sp.last == j && punct && !spoken_of && !told)
        {
            return Some(Attribution {
                speaker: Some(sp),
                cue: tokens[c].span,
                end,
            });
        }
        if colon {
            // `mocked the launch, writing on X: "...`: a participle's speaker is its clause's
            // subject, not the object before its comma.
            let participle = c > floor
                && tokens[c - 1].is(text, ',')
                && is_participle(&lower(tokens[c].text(text)));
            let speaker = if participle {
                speaker_before_cue(text, tokens, c, floor)
            } else {
                speakers::before(text, tokens, c, floor)
            };
            // `X thanked voters in a short statement posted on social media: "...`: what
            // was posted speaks for the clause's subject.
            let posted_document = speaker.is_some_and(|sp| {
                sp.last == c
                    && ["posted", "issued", "released", "published", "shared"]
                        .contains(&lower(tokens[c].text(text)).as_str())
                    && document_nouns().contains(lower(tokens[c - 1].text(text)).as_str())
            });
            let speaker = if posted_document {
                speakers::after(text, tokens, floor, c).filter(|sp| sp.first == floor)
            } else {
                speaker
            };
            if let Some(sp) = speaker {
                return Some(Attribution {
                    speaker: Some(sp),
                    cue: tokens[c].span,
                    end,
                });
            }
        }
    }
    // `said Susan Collins, a Republican from Maine, "...`: the name, then a short apposition
    // that opens with a determiner.
    if punct && !colon {
        const APPOSITION: usize = 10;
        for c in (j.saturating_sub(APPOSITION + 6).max(floor)..j).rev() {
            if !is_cue(c) || OBJECT_FIRST.contains(&lower(tokens[c].text(text)).as_str()) {
                continue;
            }
            let Some(sp) = speakers::after(text, tokens, c + 1, j).filter(|sp| sp.first == c + 1)
            else {
                continue;
            };
            let apposition = sp.last + 1..j;
            let set_off = sp.last < j
                && tokens[sp.last].is(text, ',')
                && apposition.len() <= APPOSITION
                && tokens
                    .get(sp.last + 1)
                    .is_some_and(|t| ["a", "an", "the"].contains(&lower(t.text(text)).as_str()))
                && !tokens[apposition].iter().any(|t| is_finite_marker(text, t));
            if set_off {
                return Some(Attribution {
                    speaker: Some(sp),
                    cue: tokens[c].span,
                    end,
                });
            }
        }
    }
    // `Johnson said in an op-ed before the hearing, "The State Department ..."`; without the
    // comma when a preposition follows the cue: `writing in a blog post "I have ...`.
    if sentence {
        let lowest = j.saturating_sub(24).max(floor);
        let framed = |c: usize| {
            punct
                || (c + 1 < j
                    && is_participle(tokens[c].text(text))
                    && PREPOSITIONS.contains(&lower(tokens[c + 1].text(text)).as_str())
                    && j - c <= 8)
        };
        for c in (lowest..j).rev().filter(|&c| is_cue(c) && framed(c)) {
            let speaker = speaker_before_cue(text, tokens, c, floor);
            if speaker.is_some() || lower(tokens[c].text(text)).ends_with("ing") {
                return Some(Attribution {
                    speaker,
                    cue: tokens[c].span,
                    end,
                });
            }
        }
    }
    // `according to X, "...`
    if let Some(a) = (lowest..j).find(|&i| punct && lower(tokens[i].text(text)) == "according") {
        if tokens
            .get(a + 1)
            .is_some_and(|t| lower(t.text(text)) == "to")
        {
            let speaker = speakers::after(text, tokens, a + 2, j);
            return Some(Attribution {
                speaker,
                cue: Span::new(tokens[a].span.start, tokens[a + 1].span.end),
                end,
            });
        }
    }
    None
}

/// The speaker's span, widened to the whole name of the body it links to when the phrase
/// stopped inside it (`Fund` of `The King's Fund said`, `Union` of `Workers' Union`).
fn whole_body_name(text: &str, span: Span, entity: Option<usize>, entities: &[Entity]) -> Span {
    let Some(body) = entity.map(|id| &entities[id]) else {
        return span;
    };
    if body.kind != EntityKind::Organization {
        return span;
    }
    // Only the body's last word: not a person's name that a glued title made part of a body
    // (`Party Chairman Jaime Harrison`).
    if span.text(text).contains(char::is_whitespace) {
        return span;
    }
    body.mentions
        .iter()
        .find(|m| {
            m.form == crate::entities::MentionForm::Name
                && m.span.start < span.start
                && m.span.end == span.end
        })
        .map_or(span, |m| m.span)
}

/// `As strategist Paul Begala put it,` ending at token `end`: the speaker between `as` and
/// the idiom `put it`, which is the cue (`once put it` too).
fn as_put_it(text: &str, tokens: &[Token], floor: usize, end: usize) -> Option<Attribution> {
    const MAX_SPEAKER: usize = 8;
    let low = |i: usize| lower(tokens[i].text(text));
    if end < floor + 4 || low(end - 1) != "it" || low(end - 2) != "put" {
        return None;
    }
    let put = end - 2;
    let verb_start = if low(put - 1) == "once" { put - 1 } else { put };
    let as_at = (verb_start.saturating_sub(MAX_SPEAKER).max(floor)..verb_start)
        .rev()
        .find(|&k| low(k) == "as")?;
    let speaker = speakers::after(text, tokens, as_at + 1, verb_start)
        .filter(|sp| sp.first == as_at + 1 && sp.last == verb_start)?;
    Some(Attribution {
        speaker: Some(speaker),
        cue: Span::new(tokens[put].span.start, tokens[end - 1].span.end),
        end,
    })
}

/// The speaker of a cue at token `c` that introduces a quotation. The phrase before a
/// participle speaks (`a message stating "...`, `one of her ads asking, "...`) unless a
/// comma or a preposition sets it apart (`admitted to being part of the effort, writing
/// "...`, `responded on Facebook writing, "...`): then the subject opening the clause does.
fn speaker_before_cue(text: &str, tokens: &[Token], c: usize, floor: usize) -> Option<Phrase> {
    if !is_participle(tokens[c].text(text)) {
        return speakers::before(text, tokens, c, floor);
    }
    // `he began by saying, "...`: the subject of the verb before `by`.
    if c >= floor + 2 && lower(tokens[c - 1].text(text)) == "by" {
        return speakers::before(text, tokens, c - 2, floor);
    }
    let phrase = speakers::before(text, tokens, c, floor);
    let set_apart = |sp: &Phrase| {
        tokens[c - 1].is(text, ',')
            || sp.first > floor && {
                // `one of her ads asking`: `of` picks the speaker out of a group.
                let before = lower(tokens[sp.first - 1].text(text));
                before != "of" && PREPOSITIONS.contains(&before.as_str())
            }
    };
    match phrase {
        Some(sp) if !set_apart(&sp) => Some(sp),
        // The subject of the clause the participle hangs on, which may follow a fronted
        // phrase: `Back in 1999, Mr. Trump expressed admiration ..., telling CNBC: "...`.
        _ => (floor + 1..c.saturating_sub(1))
            .rev()
            .filter(|&k| tokens[k - 1].is(text, ','))
            .take(3)
            .chain([opening_words_end(text, tokens, floor, c)])
            .filter_map(|k| speakers::after(text, tokens, k, c).filter(|sp| sp.first == k))
            // Not a relative clause's `who`, which opens an aside, nor the subject's own verb
            // and its object after that aside (`Gidey, who ..., congratulated Chebet on social
            // media, writing: "...`).
            .find(|sp| {
                let first = tokens[sp.first];
                let verb = first.word
                    && !first.capitalized(text)
                    && reported::is_verb_form(&lower(first.text(text)))
                    && !speakers::has_role(text, tokens, *sp);
                // `Gidey, who ...,`: the subject before its relative clause.
                let relative = tokens[sp.last].is(text, ',')
                    && tokens
                        .get(sp.last + 1)
                        .is_some_and(|t| ["who", "which"].contains(&lower(t.text(text)).as_str()));
                sp.last < c
                    && (tokens[sp.last].word || relative)
                    && !verb
                    && !RELATIVE_PRONOUNS.contains(&lower(first.text(text)).as_str())
            }),
    }
}

/// Past the words that open a sentence without being its subject, from `floor`: `And then
/// Trump went on the attack, saying, ...`.
fn opening_words_end(text: &str, tokens: &[Token], floor: usize, end: usize) -> usize {
    (floor..end)
        .find(|&k| {
            let low = lower(tokens[k].text(text));
            !(SENTENCE_CONJUNCTIONS.contains(&low.as_str()) || low == "then")
        })
        .unwrap_or(floor)
}

/// `saying`, `writing`: a cue's participle.
fn is_participle(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ing")
}

/// The attribution after a passage closing at `close`: `," Shoigu said.`, `," said Shoigu`.
/// Returns whether the passage may stand as a quotation on this side, and the attribution.
/// The token after a short note in brackets that follows a closing mark at token `t` (the
/// language quoted from, `"... a commercial one" ((it)).`, `[sic]`), which is no part of the
/// sentence around the quotation; `t` itself when there is none. A date is part of it:
/// `"No to Schengen" (2005)` labels a poster.
fn past_bracket_note(text: &str, tokens: &[Token], mut t: usize, unit_end: usize) -> usize {
    while t < unit_end && (tokens[t].is(text, '(') || tokens[t].is(text, '[')) {
        let Some(shut) = (t + 1..unit_end.min(t + 6))
            .find(|&k| tokens[k].is(text, ')') || tokens[k].is(text, ']'))
        else {
            break;
        };
        let dated = tokens[t..shut]
            .iter()
            .any(|tok| tok.text(text).contains(|c: char| c.is_ascii_digit()));
        if dated {
            break;
        }
        t = shut + 1;
        while t < unit_end && (tokens[t].is(text, ')') || tokens[t].is(text, ']')) {
            t += 1;
        }
    }
    t
}

fn attribution_after(
    text: &str,
    paragraph: &Paragraph,
    close: usize,
) -> (bool, Option<Attribution>) {
    let tokens = &paragraph.tokens;
    let t = tokens.partition_point(|tok| tok.span.start < close);
    let Some((_, unit_end)) = unit_of(paragraph, t.saturating_sub(1)) else {
        return (true, None);
    };
    let t = past_bracket_note(text, tokens, t, unit_end);
    // `'I thought I was going to die': Teenager rescued ...`: a headline that opens with a
    // quotation names its speaker after the colon.
    if paragraph.headline && t + 1 < unit_end && tokens[t].is(text, ':') {
        let speaker = speakers::after(text, tokens, t + 1, unit_end).filter(|sp| sp.first == t + 1);
        if speaker.is_some() {
            return attributed(speaker, tokens[t].span, t + 1);
        }
    }
    // The last character before the closing mark (at most two marks: `.’”`).
    let last_char = text[..close]
        .chars()
        .rev()
        .take(3)
        .find(|&c| !marks::is_mark_char(c));
    let signed = tokens.get(t).is_some_and(|tok| is_dash(tok.text(text)));
    if t == unit_end && (matches!(last_char, Some('?' | '!' | '.')) || signed) {
        // `"Why me?" Trump said.`, `"..." — Matthew Ingram`: the quotation ended the sentence,
        // and the next one may be nothing but the attribution. After a full stop it must be
        // all of that sentence (`"We won." Smith said.`).
        let next = paragraph.units.partition_point(|&(a, _)| a < t);
        if let Some(&(_, next_end)) = paragraph.units.get(next).filter(|&&(a, _)| a == t) {
            let found = attribution_within(text, paragraph, t, next_end, close);
            if let (_, Some(a)) = found {
                let rest = &tokens[a.end.min(next_end)..next_end];
                let alone = rest.iter().all(|tok| !tok.word);
                // `"Is it true?" Smith asked reporters.`: the one asked ends it too.
                let told = OBJECT_FIRST.contains(&lower(a.cue.text(text)).as_str())
                    && addressee_only(text, rest);
                if alone || (last_char != Some('.') && (told || ends_attribution(text, rest))) {
                    return found;
                }
            }
        }
        return (true, None);
    }
    attribution_within(text, paragraph, t, unit_end, close)
}

/// `'We lost everything,' says flood survivor as Valencia counts the cost`: a headline drops
/// the article, so a role with up to three lower-case words before it, from token `from`,
/// names the speaker; the headline may go on after it (`as ...`, `after ...`).
fn bare_role_after(text: &str, tokens: &[Token], from: usize, ceiling: usize) -> Option<Phrase> {
    const MAX_WORDS: usize = 4;
    let last = (from..ceiling.min(from + MAX_WORDS))
        .take_while(|&k| tokens[k].word && !tokens[k].capitalized(text))
        .take_while(|&k| {
            let low = lower(tokens[k].text(text));
            !PREPOSITIONS.contains(&low.as_str()) && !SENTENCE_CONJUNCTIONS.contains(&low.as_str())
        })
        .last()?;
    speakers::is_person_role_word(&lower(tokens[last].text(text))).then(|| Phrase {
        name: Span::new(tokens[from].span.start, tokens[last].span.end),
        first: from,
        last: last + 1,
        pronoun: false,
    })
}

/// A passage that stands, with the attribution found after it.
fn attributed(speaker: Option<Phrase>, cue: Span, end: usize) -> (bool, Option<Attribution>) {
    (true, Some(Attribution { speaker, cue, end }))
}

/// Whether the words after an attribution leave it standing alone: the end of its sentence,
/// or an adverbial (`Trump said to a crowd of 500.`), not a clause of its own.
fn ends_attribution(text: &str, rest: &[Token]) -> bool {
    match rest.first() {
        None => true,
        Some(first) if !first.word => !first.is(text, ':'),
        Some(first) => {
            let w = lower(first.text(text));
            reported::is_tail_opener(&w) || w.ends_with("ing") || w.ends_with("ly")
        }
    }
}

/// Whether the words after `asked`/`told` are only the one spoken to, up to the sentence's
/// end: `reporters.`, `the crowd.`, `Fox News on Monday.` (no verb of its own).
fn addressee_only(text: &str, rest: &[Token]) -> bool {
    let words: Vec<String> = rest
        .iter()
        .take_while(|tok| tok.word)
        .map(|tok| lower(tok.text(text)))
        .collect();
    let ends = rest[words.len()..]
        .iter()
        .all(|tok| !tok.word && !tok.is(text, ','));
    (1..=6).contains(&words.len())
        && ends
        && words
            .iter()
            .all(|w| !reported::FINITE_MARKERS.contains(&w.as_str()) && !relative_or_that(w))
}

/// The attribution in tokens `t..unit_end` right after a passage closing at `close`.
fn attribution_within(
    text: &str,
    paragraph: &Paragraph,
    t: usize,
    unit_end: usize,
    close: usize,
) -> (bool, Option<Attribution>) {
    let tokens = &paragraph.tokens;
    let ceiling = (t..unit_end)
        .find(|&i| paragraph.inside[i].is_some())
        .unwrap_or(unit_end);
    let mut i = t;
    let dash = i < ceiling && is_dash(tokens[i].text(text));
    if i < ceiling && (tokens[i].is(text, ',') || dash) {
        i += 1;
    }
    let only_punct = !tokens[t..ceiling].iter().any(|tok| tok.word);
    if i >= ceiling {
        return (true, None);
    }
    let is_cue = |i: usize| tokens[i].word && attributes_quotation(&lower(tokens[i].text(text)));
    // `," said Shoigu`, `," wrote one commenter.`
    if is_cue(i) {
        let speaker = speakers::after_or_determined(text, tokens, i + 1, ceiling)
            .map(|sp| speakers::with_appositive_name(text, tokens, sp, ceiling))
            .or_else(|| {
                paragraph
                    .headline
                    .then(|| bare_role_after(text, tokens, i + 1, ceiling))
                    .flatten()
            });
        if let Some(sp) = speaker {
            return attributed(Some(sp), tokens[i].span, sp.last);
        }
    }
    // `," according to X.`
    if lower(tokens[i].text(text)) == "according"
        && tokens
            .get(i + 1)
            .is_some_and(|t| lower(t.text(text)) == "to")
    {
        let speaker = speakers::after(text, tokens, i + 2, ceiling);
        let end = speaker.map_or(i + 2, |s| s.last);
        let cue = Span::new(tokens[i].span.start, tokens[i + 1].span.end);
        return attributed(speaker, cue, end);
    }
    // `," Shoigu said` / `," Smith, a spokesman, said`
    if let Some(sp) = speakers::after(text, tokens, i, ceiling) {
        // `"..." — Matthew Ingram`: a name alone after a dash signs the quotation.
        let signed = dash
            && !sp.pronoun
            && (sp.last == ceiling || tokens[sp.last..ceiling].iter().all(|t| !t.word));
        if signed {
            return attributed(Some(sp), tokens[t].span, sp.last);
        }
        let mut j = sp.last;
        // `Rep. Earl Blumenauer (D-Ore.) said`: a short note in brackets after the name.
        if j < ceiling && tokens[j].is(text, '(') {
            if let Some(shut) = (j + 1..ceiling.min(j + 8)).find(|&k| tokens[k].is(text, ')')) {
                j = shut + 1;
            }
        }
        let mut named = None;
        if j < ceiling && tokens[j].is(text, ',') {
            if let Some(k) = (j + 1..ceiling.min(j + 30)).find(|&k| tokens[k].is(text, ',')) {
                named = speakers::role_then_name(text, tokens, sp, j, k);
                j = k + 1;
            }
        }
        while j < ceiling && tokens[j].word && speakers::is_auxiliary(tokens[j].text(text)) {
            j += 1;
        }
        if j < ceiling && is_cue(j) {
            return attributed(Some(named.unwrap_or(sp)), tokens[j].span, j + 1);
        }
        // `"Wrong," Mr. Trump shot back.`: a verb and its particle.
        let pair = j + 1 < ceiling
            && tokens[j].word
            && tokens[j + 1].word
            && quotation_verbs().contains(
                format!(
                    "{} {}",
                    lower(tokens[j].text(text)),
                    lower(tokens[j + 1].text(text))
                )
                .as_str(),
            );
        if pair {
            let cue = Span::new(tokens[j].span.start, tokens[j + 1].span.end);
            return attributed(Some(sp), cue, j + 2);
        }
        // `," the captain was quoted as saying by the daily Sueddeutsche Zeitung.`; in `,"
        // Interfax quoted Chernomyrdin as saying.` the one quoted speaks, not the agency.
        if j < ceiling && lower(tokens[j].text(text)) == "quoted" {
            let saying = (j + 2..ceiling.min(j + 8)).find(|&s| {
                lower(tokens[s].text(text)) == "saying" && lower(tokens[s - 1].text(text)) == "as"
            });
            if let Some(s) = saying {
                let cue = Span::new(tokens[j].span.start, tokens[s].span.end);
                let quoted_one = if j + 2 < s {
                    speakers::after_or_determined(text, tokens, j + 1, s - 1)
                } else {
                    Some(sp)
                };
                return attributed(quoted_one, cue, s + 1);
            }
        }
    }
    // `,” one reader wrote.`: whatever stands between the comma and a near cue speaks.
    // `"What happened?" the harbour master said.`: after a question, a phrase opening with
    // a determiner.
    let before_close = text[..close].trim_end_matches(marks::is_mark_char);
    let asked = before_close.ends_with(['?', '!'])
        && tokens[i].word
        && ["the", "a", "an", "one"].contains(&lower(tokens[i].text(text)).as_str());
    if tokens[t..i].iter().any(|tok| tok.is(text, ',')) || before_close.ends_with(',') || asked {
        // `", but the board said nothing`: a conjunction opens a clause of its own.
        let joined = SENTENCE_CONJUNCTIONS.contains(&lower(tokens[i].text(text)).as_str());
        // `," the note said`: a cue word after a determiner is a noun of the speaker.
        // So is one after a possessive: `, referring to the candidate's vow`.
        let noun = |c: usize| {
            let before = lower(tokens[c - 1].text(text));
            c > i
                && (["the", "a", "an", "this", "his", "her", "its", "their"]
                    .contains(&before.as_str())
                    || before.ends_with("'s")
                    || before.ends_with("’s"))
        };
        if let Some(c) = (i..ceiling.min(i + 8)).find(|&c| is_cue(c) && !joined && !noun(c)) {
            if c > i && tokens[i..c].iter().all(|tok| tok.word) {
                let speaker = Phrase {
                    name: Span::new(tokens[i].span.start, tokens[c - 1].span.end),
                    first: i,
                    last: c,
                    pronoun: false,
                };
                return attributed(Some(speaker), tokens[c].span, c + 1);
            }
        }
    }
    (only_punct, None)
}

/// A direct quote without a cue of its own continues the last speaker's words, when that
/// speaker spoke in the same or the previous two paragraphs.
fn inherit_speakers(text: &str, paragraphs: &[Paragraph], drafts: &mut [Draft]) {
    // A pull quote repeats, word for word, a sentence its speaker said elsewhere in the story.
    let mut sentences_said: HashMap<String, Phrase> = HashMap::new();
    for draft in drafts.iter() {
        let Some(sp) = draft.speaker.filter(|sp| !sp.pronoun) else {
            continue;
        };
        for part in &draft.content {
            for sentence in part.text(text).split_inclusive(['.', '!', '?']) {
                sentences_said.entry(pull_key(sentence)).or_insert(sp);
            }
        }
    }
    let mut last: Option<(Phrase, usize)> = None;
    for draft in drafts.iter_mut() {
        if draft.parent_passage.is_some() {
            continue;
        }
        if draft.speaker.is_none() && draft.kind == QuoteKind::Direct {
            let words: usize = draft.content.iter().map(|c| word_count(text, *c)).sum();
            let key = draft
                .content
                .iter()
                .map(|c| pull_key(c.text(text)))
                .collect::<Vec<_>>()
                .join(" ");
            if let Some(sp) = sentences_said.get(&key).filter(|_| words >= 4) {
                draft.speaker = Some(*sp);
                continue;
            }
        }
        if draft.speaker.is_none() && draft.kind == QuoteKind::Direct {
            if let Some(sp) = introduced_by(text, paragraphs.get(draft.paragraph), draft.span) {
                draft.speaker = Some(sp);
            }
        }
        match draft.speaker {
            // A relative `who` names no one on its own: it is not passed on.
            Some(sp)
                if sp.pronoun && {
                    let w = sp.name.text(text).to_lowercase();
                    w == "who" || w == "which"
                } => {}
            Some(sp) => last = Some((sp, draft.paragraph)),
            // A quotation ending on a comma had an attribution we could not read: no guess.
            None if draft.kind == QuoteKind::Direct && !draft.ends_on_comma => {
                if let Some((sp, p)) = last {
                    if draft.paragraph <= p + 2 {
                        draft.speaker = Some(sp);
                    }
                }
            }
            None => {}
        }
    }
}

/// `Denise Harlow was blunter. "Nobody came here for eight years."`: a quotation right after
/// the sentence that opens its paragraph with a person's full name is that person's.
fn introduced_by(text: &str, paragraph: Option<&Paragraph>, quote: Span) -> Option<Phrase> {
    let paragraph = paragraph?;
    let tokens = &paragraph.tokens;
    let &(a, b) = paragraph.units.first()?;
    // The quotation opens the paragraph's second sentence.
    let next = paragraph.units.get(1)?;
    if tokens.get(next.0)?.span.start > quote.start || tokens.get(b)?.span.start < quote.start {
        return None;
    }
    if paragraph.inside[a..b].iter().any(Option::is_some) {
        return None;
    }
    let sp = speakers::after(text, tokens, a, b).filter(|sp| sp.first == a && !sp.pronoun)?;
    // A full name (`Denise Harlow`, `Mr. Kowalski`), then its verb in lower case.
    let name: Vec<&Token> = tokens[sp.first..sp.last].iter().collect();
    let full_name = name.len() >= 2
        && name.iter().all(|t| {
            t.word && t.capitalized(text) && !speakers::is_role_word(&lower(t.text(text)))
        });
    let verb_next = tokens
        .get(sp.last)
        .is_some_and(|t| t.word && !t.capitalized(text));
    (full_name && verb_next).then_some(sp)
}

/// A sentence of a quotation as a pull quote may repeat it: its words, without the marks and
/// the stop around them.
fn pull_key(sentence: &str) -> String {
    sentence
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Options};

    fn quotes(text: &str) -> Vec<(QuoteKind, String, Option<String>)> {
        let analysis = analyze(text, &Options::default());
        analysis
            .quotes
            .iter()
            .map(|q| {
                (
                    q.kind,
                    q.content
                        .iter()
                        .map(|c| c.text(text))
                        .collect::<Vec<_>>()
                        .join("|"),
                    q.speaker.map(|s| s.span.text(text).to_string()),
                )
            })
            .collect()
    }

    fn one(
        kind: QuoteKind,
        content: &str,
        speaker: Option<&str>,
    ) -> (QuoteKind, String, Option<String>) {
        (kind, content.to_string(), speaker.map(str::to_string))
    }

    #[test]
    fn direct_with_speaker_after() {
        assert_eq!(
            quotes("\"We are ready to talk,\" Shoigu said."),
            [one(
                QuoteKind::Direct,
                "We are ready to talk,",
                Some("Shoigu")
            )]
        );
        assert_eq!(
            quotes("“We are ready to talk,” said the minister."),
            [one(
                QuoteKind::Direct,
                "We are ready to talk,",
                Some("the minister")
            )]
        );
    }

    #[test]
    fn split_quote_is_one_with_two_parts() {
        assert_eq!(
            quotes("\"We are ready,\" he said, \"to talk about it.\""),
            [one(
                QuoteKind::Direct,
                "We are ready,|to talk about it.",
                Some("he")
            )]
        );
    }

    #[test]
    fn scare_quotes_and_titles_are_not_quotes() {
        assert!(quotes("The so-called \"peace plan\" was shelved.").is_empty());
        assert!(quotes("He appeared on \"Meet the Press\" on Sunday.").is_empty());
    }

    #[test]
    fn reported_speech_shapes() {
        assert_eq!(
            quotes("Smith said that the talks had failed."),
            [one(
                QuoteKind::Indirect,
                "the talks had failed",
                Some("Smith")
            )]
        );
        assert_eq!(
            quotes("The talks had failed, the minister told reporters."),
            [one(
                QuoteKind::Indirect,
                "The talks had failed",
                Some("the minister")
            )]
        );
        assert_eq!(
            quotes("According to the Kremlin, the talks had failed."),
            [one(
                QuoteKind::Indirect,
                "the talks had failed",
                Some("the Kremlin")
            )]
        );
        assert_eq!(
            quotes("He called the plan \"a disgrace to the nation\" on Monday."),
            [one(
                QuoteKind::Mixed,
                "the plan \"a disgrace to the nation\"",
                Some("He")
            )]
        );
    }

    #[test]
    fn first_person_in_a_nested_quote_is_the_outer_speaker() {
        let text = "Lena Ohm met the mayor in May.\n\n\"I told the council, ‘I will not sign \
                    this timetable.’ They laughed,\" Ohm said.";
        let analysis = analyze(text, &Options::default());
        let [outer, inner] = &analysis.quotes[..] else {
            panic!("two quotes expected: {:?}", analysis.quotes);
        };
        assert_eq!(inner.nested_in, Some(0));
        let spoken = |q: &Quote| q.speaker.map(|s| (s.span.text(text).to_string(), s.entity));
        let (outer_name, outer_entity) = spoken(outer).expect("outer speaker");
        assert_eq!(outer_name, "Ohm");
        assert!(outer_entity.is_some());
        assert_eq!(spoken(inner), Some(("I".to_string(), outer_entity)));
        assert_eq!(inner.cue.map(|c| c.text(text)), Some("told"));
    }
}
