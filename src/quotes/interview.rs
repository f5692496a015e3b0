//! An interview printed as questions and answers (`Q: ...` / `A: ...`, or `Name: ...`): where
//! the answers stand, and who gives them, so that the `I` of an answer is the one interviewed.

use crate::entities::{Entity, EntityKind};
use crate::span::Span;
use crate::structure::{BlockKind, Layout};

/// The answers of a question-and-answer interview and the person who gives them.
pub(super) struct Interview {
    /// From each answer's `A:` paragraph to the next question, in text order.
    pub answers: Vec<Span>,
    /// The person interviewed.
    pub interviewee: usize,
}

impl Interview {
    /// The interview in `layout`, when its paragraphs open with `Q:` and `A:` (or `Q.` and
    /// `A.`) and a person can be told as the one interviewed: the person the headline names
    /// (`Q&A with Vice President Joe Biden`), else the one the lines above the first question
    /// name most often (the last named of those named as often: `We asked ... economist
    /// Pieter Vandenberg, what to expect`).
    pub fn find(text: &str, layout: &Layout, entities: &[Entity]) -> Option<Interview> {
        let paragraphs: Vec<Span> = layout
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph)
            .map(|b| b.span)
            .collect();
        let opens = |span: &Span, letter: char| {
            let words = span.text(text);
            let mut chars = words.chars();
            chars.next() == Some(letter)
                && matches!(chars.next(), Some(':' | '.'))
                && chars.next().is_some_and(char::is_whitespace)
        };
        let Some(first_question) = paragraphs.iter().find(|p| opens(p, 'Q')).map(|p| p.start)
        else {
            return Self::labelled(text, &paragraphs, entities);
        };
        let mut answers: Vec<Span> = Vec::new();
        let mut open: Option<Span> = None;
        for paragraph in &paragraphs {
            if opens(paragraph, 'Q') {
                answers.extend(open.take());
            } else if opens(paragraph, 'A') {
                answers.extend(open.take());
                open = Some(*paragraph);
            } else if let Some(answer) = open.as_mut() {
                answer.end = paragraph.end;
            }
        }
        answers.extend(open);
        if answers.is_empty() {
            return None;
        }
        let persons = || {
            entities
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == EntityKind::Person)
        };
        let headline = layout.headline().map(|b| b.span);
        let named_in_headline = headline.and_then(|headline| {
            persons()
                .find(|(_, e)| e.mentions.iter().any(|m| headline.contains(m.span)))
                .map(|(id, _)| id)
        });
        // (mentions above the first question, the last of them), most mentions first.
        let named_above = || {
            persons()
                .filter_map(|(id, e)| {
                    let above = e.mentions.iter().filter(|m| m.span.end <= first_question);
                    let last = above.clone().map(|m| m.span.start).max()?;
                    Some(((above.count(), last), id))
                })
                .max()
                .map(|(_, id)| id)
        };
        let interviewee = named_in_headline.or_else(named_above)?;
        Some(Interview {
            answers,
            interviewee,
        })
    }

    /// The interview whose paragraphs open with who speaks (`Wikinews: Do you ...?` /
    /// `Graham Pettigrew: Absolutely. I think ...`): the one interviewed is the person so
    /// named whose paragraphs are mostly not questions, and the answers run from each of
    /// theirs to the next labelled paragraph. At least two labelled paragraphs, one of
    /// them a question, make an interview.
    fn labelled(text: &str, paragraphs: &[Span], entities: &[Entity]) -> Option<Interview> {
        // Each paragraph's label: the entity named right at its start, before a colon.
        let mut starts: Vec<(usize, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(id, e)| e.mentions.iter().map(move |m| (m.span.start, id)))
            .collect();
        starts.sort_unstable();
        let label = |paragraph: &Span| {
            let at = starts.partition_point(|(start, _)| *start < paragraph.start);
            let &(start, id) = starts
                .get(at)
                .filter(|(start, _)| *start == paragraph.start)?;
            let mention = entities[id]
                .mentions
                .iter()
                .find(|m| m.span.start == start)?;
            text.get(mention.span.end..paragraph.end)?
                .starts_with(": ")
                .then_some(id)
        };
        let labels: Vec<Option<usize>> = paragraphs.iter().map(label).collect();
        let question = |p: &Span| p.text(text).trim_end().ends_with('?');
        let labelled = labels.iter().filter(|l| l.is_some()).count();
        let asked = paragraphs
            .iter()
            .zip(&labels)
            .any(|(p, l)| l.is_some() && question(p));
        if labelled < 2 || !asked {
            return None;
        }
        // (paragraphs, not questions) per person labelled.
        let mut counts: Vec<(usize, usize, usize)> = Vec::new();
        for (paragraph, id) in paragraphs.iter().zip(&labels) {
            let Some(id) = id.filter(|&id| entities[id].kind == EntityKind::Person) else {
                continue;
            };
            let stated = usize::from(!question(paragraph));
            match counts.iter_mut().find(|(of, _, _)| *of == id) {
                Some((_, all, statements)) => {
                    *all += 1;
                    *statements += stated;
                }
                None => counts.push((id, 1, stated)),
            }
        }
        let interviewee = counts
            .iter()
            .filter(|(_, all, statements)| statements * 2 > *all)
            .max_by_key(|(_, all, _)| *all)?
            .0;
        let mut answers: Vec<Span> = Vec::new();
        let mut open: Option<Span> = None;
        for (paragraph, id) in paragraphs.iter().zip(&labels) {
            match id {
                Some(id) => {
                    answers.extend(open.take());
                    open = (*id == interviewee).then_some(*paragraph);
                }
                None => {
                    if let Some(answer) = open.as_mut() {
                        answer.end = paragraph.end;
                    }
                }
            }
        }
        answers.extend(open);
        Some(Interview {
            answers,
            interviewee,
        })
    }

    /// True when `span` lies in an answer.
    pub fn answers(&self, span: Span) -> bool {
        crate::span::containing(&self.answers, span).is_some()
    }
}
