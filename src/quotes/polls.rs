//! A poll named in a prepositional phrase -> the clause it qualifies, reported by the poll:
//! `Trump has a decisive lead in a new Quinnipiac poll`, `In a Des Moines Register poll last
//! month, Mr. Cruz had a 10-point lead`. A researcher counting sources counts the poll.

use super::reported::{clause_end, Context, Inside, FINITE_MARKERS, NOUN_MARKERS, SUBORDINATORS};
use super::speakers::Phrase;
use super::words::{is_cue_verb, poll_nouns, speech_verbs, SENTENCE_CONJUNCTIONS};
use super::Draft;
use crate::span::Span;

/// How many words may stand between `in` and the poll noun: `in the latest CNN/ORC poll`.
const MAX_POLL_PHRASE: usize = 7;

/// The report whose cue is the `in` at token `i`, if a poll follows it; `[floor, b)` is the
/// cue's reach.
pub(super) fn at_token(ctx: &Context, floor: usize, b: usize, i: usize) -> Option<Draft> {
    if ctx.low(i) != "in" {
        return None;
    }
    let head = (i + 1..b.min(i + 1 + MAX_POLL_PHRASE))
        // `CNN/ORC` comes as three tokens.
        .take_while(|&j| (ctx.tokens[j].word || ctx.is(j, '/')) && ctx.inside[j] == Inside::Free)
        .take_while(|&j| {
            let w = ctx.low(j);
            // `in better shape than the polls suggested`: a comparison holds no source.
            !is_cue_verb(w) && !FINITE_MARKERS.contains(&w) && !["than", "as"].contains(&w)
        })
        .find(|&j| poll_nouns().contains(ctx.low(j)))?;
    // `in the polls`, `in the poll`: the polls in general, not one that says something.
    if head == i + 2 && NOUN_MARKERS.contains(&ctx.low(i + 1)) {
        return None;
    }
    // `in recent polls from Quinnipiac and Fox News`: the pollster belongs to the source.
    let mut source_end = head + 1;
    if source_end + 1 < b && ["from", "by"].contains(&ctx.low(source_end)) {
        let named = (source_end + 1..b.min(source_end + 8))
            .take_while(|&j| {
                let t = ctx.tokens[j];
                t.word && (t.capitalized(ctx.text) || ctx.low(j) == "and")
            })
            .last();
        if let Some(last) = named {
            source_end = last + 1;
        }
    }
    let speaker = Phrase {
        name: Span::new(
            ctx.tokens[i + 1].span.start,
            ctx.tokens[source_end - 1].span.end,
        ),
        first: i + 1,
        last: source_end,
        pronoun: false,
    };
    let cue = ctx.tokens[i].span;
    let opener = (floor..i).all(|k| !ctx.tokens[k].word || is_conjunction(ctx.low(k)));
    let clause = if opener {
        // Fronted: what the poll found follows the phrase's comma.
        let comma = (source_end..b.min(source_end + 8)).find(|&k| ctx.is(k, ','))?;
        ctx.clause(comma + 1, clause_end(ctx, comma + 1, b))?
    } else {
        // After the clause it qualifies: from the clause's start up to `in`.
        // The clause starts after a comma, or after `as`, `that` or `because` opening it
        // inside a longer sentence.
        let mut start = (floor..i)
            .rev()
            .find(|&k| {
                ctx.is(k, ',')
                    || ctx.is(k, ';')
                    || ctx.low(k) == "that"
                    || SUBORDINATORS.contains(&ctx.low(k))
            })
            .map_or(floor, |k| k + 1);
        while start < i && (!ctx.tokens[start].word || is_conjunction(ctx.low(start))) {
            start += 1;
        }
        let words = ctx.tokens[start..i].iter().filter(|t| t.word).count();
        if words < 3 || ctx.inside[start..i].iter().any(|&s| s != Inside::Free) {
            return None;
        }
        // `Aides said they expected her to regain a lead in polls`: the poll phrase belongs to
        // what someone else says, not a report of its own.
        if (start..i).any(|k| ctx.tokens[k].word && speech_verbs().contains(ctx.low(k))) {
            return None;
        }
        ctx.clause(start, i)?
    };
    Some(ctx.draft(clause, Some(speaker), cue))
}

fn is_conjunction(low: &str) -> bool {
    SENTENCE_CONJUNCTIONS.contains(&low)
}
