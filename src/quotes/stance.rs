//! A cue phrase of two or more words -> reported content held by a source: prepositional
//! verbs (`Rubio railed against Christie`, `she called for a recount`) and stance nouns after
//! a possessive (`Trump's criticism of the deal`, `his claim that ...`).

use super::reported::{
    clause_end, coordinated_speaker, coordinates_cue, object_end, opens_clause, Context, Inside,
    CLAUSE_JOINERS, FINITE_MARKERS, NOUN_MARKERS,
};
use super::speakers::{self, Phrase};
use super::words::{light_verbs, prepositional_verbs, stance_nouns, PREPOSITIONS};
use super::{Draft, QuoteKind};
use crate::lexicon::{WordHash, MONTHS, WEEKDAYS};
use crate::span::Span;
use std::collections::HashSet;
use std::sync::OnceLock;

/// The longest cue phrase, in words: `came out in favor of`.
const LONGEST_CUE: usize = 5;

/// Possessive determiners that name the source of a stance noun: `his criticism of`.
const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "our", "my"];

/// Reported content after the cue phrase that starts at token `i` of unit `[a, b)`, if one
/// starts there. `floor` is the first token the speaker may be found at.
pub(super) fn at_phrase(
    ctx: &Context,
    floor: usize,
    b: usize,
    i: usize,
    last_speaker: Option<Phrase>,
) -> Option<Draft> {
    let phrase = cue_phrase(ctx, i, b)?;
    let last = phrase.last;
    // `Trump, asked about the remarks, smiled`: a participle set off after its subject is
    // passive; what was asked about is reported, by no one named.
    if ["asked", "questioned", "pressed"].contains(&ctx.low(i)) && i > floor && ctx.is(i - 1, ',') {
        let content = object(ctx, last + 1, ctx.comma_or_end(last + 1, b))?;
        let cue = Span::new(ctx.tokens[i].span.start, ctx.tokens[last].span.end);
        return Some(ctx.draft(content, None, cue));
    }
    // `Dmitry Peskov, commenting on the issue, said that ...`: an aside on the occasion, set
    // off before the speaker's own verb; what is said follows that verb.
    let occasion_aside = ["commenting", "speaking"].contains(&ctx.low(i))
        && ctx.after_comma(floor, i)
        && (last + 1..b.min(last + 12))
            .find(|&k| ctx.is(k, ','))
            .is_some_and(|comma| {
                comma + 1 < b && super::words::speech_verbs().contains(ctx.low(comma + 1))
            });
    if occasion_aside {
        return None;
    }
    let cue = Span::new(ctx.tokens[i].span.start, ctx.tokens[last].span.end);
    // `calls for` is a verb after its subject, `his call for` a noun after its owner.
    let as_verb = || {
        phrase.verb.then(|| {
            participle_speaker(ctx, floor, i, last_speaker)
                .or_else(|| coordinated_speaker(ctx, floor, i, last_speaker))
                .or_else(|| verb_source(ctx, floor, i))
        })?
    };
    let as_noun = || phrase.noun.then(|| noun_source(ctx, floor, i))?;
    let verb_speaker = as_verb();
    let is_noun = verb_speaker.is_none();
    let speaker = verb_speaker.or_else(as_noun)?;
    let start = last + 1;
    // `Alito, who had made clear that he was ready, wrote ...`: a relative clause, and what
    // it reports, closes at its comma.
    let b = if ctx.relative(speaker) {
        ctx.comma_or_end(start, b)
    } else {
        b
    };
    let content = if ctx.low(last) == "that" {
        // `held that poker was ...`, not `held that stake for years`, `held that day`: after a
        // verb that also takes an object, the `that` must open a clause.
        let determiner = ["held", "holds", "hold"].contains(&ctx.low(i))
            && start < b
            && (super::words::time_nouns().contains(ctx.low(start))
                || !opens_clause(ctx, start, b));
        if determiner {
            return None;
        }
        let mut end = clause_end(ctx, start, b);
        if is_noun {
            end = end.min(noun_clause_end(ctx, start, end));
        }
        ctx.clause(start, end)
    } else {
        object(ctx, start, b)
    }?;
    Some(ctx.draft(content, Some(speaker), cue))
}

/// Where the clause after a stance noun ends when the noun opens its sentence: at a second
/// finite verb with nothing to join it (`Ortiz's claim that the fees were fair has angered
/// the traders`).
fn noun_clause_end(ctx: &Context, start: usize, end: usize) -> usize {
    let mut finite_seen = false;
    for j in start..end {
        let low = ctx.low(j);
        if !ctx.tokens[j].word || CLAUSE_JOINERS.contains(&low) {
            finite_seen = false;
        } else if FINITE_MARKERS.contains(&low) {
            // `would have`, `did not have`: one verb group, not a second verb.
            let previous = ctx.low(j - 1);
            let chained = FINITE_MARKERS.contains(&previous)
                || ["not", "never", "also", "still", "already"].contains(&previous)
                || speakers::is_adverb(previous);
            if finite_seen && !chained {
                return j;
            }
            finite_seen = true;
        }
    }
    end
}

/// True when a prepositional cue verb starts at token `i`: `took issue with`, `called for`.
pub(super) fn starts_verb_phrase(ctx: &Context, i: usize) -> bool {
    cue_phrase(ctx, i, ctx.tokens.len()).is_some_and(|phrase| phrase.verb)
}

/// A cue phrase found at a token: where it ends and what it can be.
struct CuePhrase {
    last: usize,
    verb: bool,
    noun: bool,
}

/// The longest cue phrase starting at token `i`. One adverb may stand between a verb and its
/// preposition (`talked more about`, `spoke favorably of`, `campaigned hard against`).
fn cue_phrase(ctx: &Context, i: usize, b: usize) -> Option<CuePhrase> {
    if !phrase_heads().contains(ctx.low(i)) {
        return None; // most words open no phrase: no keys to build
    }
    let mut key = ctx.low(i).to_owned();
    let mut found = None;
    let mut skipped = false;
    let mut j = i + 1;
    while j < b.min(i + LONGEST_CUE + usize::from(skipped)) {
        let token = ctx.tokens[j];
        if !token.word || ctx.inside[j] != Inside::Free {
            break;
        }
        let low = ctx.low(j);
        if j == i + 1 && is_inner_adverb(ctx, j, low) {
            skipped = true;
            j += 1;
            continue;
        }
        key.push(' ');
        key.push_str(low);
        let verb = prepositional_verbs().contains(&key);
        // A noun takes no adverb: `the support strongly for` is no phrase.
        let noun = !skipped && stance_nouns().contains(&key);
        if verb || noun {
            found = Some(CuePhrase {
                last: j,
                verb,
                noun,
            });
        }
        j += 1;
    }
    // `argued for months that ...`: a duration after the preposition is no object of the
    // phrase; the verb alone is the cue.
    let duration = found.as_ref().is_some_and(|phrase| {
        let mut k = phrase.last + 1;
        while k < b
            && ["several", "many", "the", "past", "two", "three", "a", "few"].contains(&ctx.low(k))
        {
            k += 1;
        }
        k < b && DURATIONS.contains(&ctx.low(k))
    });
    if duration {
        return None;
    }
    found
}

/// Spans of time, after `for` or `over`: `argued for months`, `called for years`.
const DURATIONS: &[&str] = &[
    "days", "weeks", "months", "years", "decades", "hours", "ages", "week", "month", "year",
    "decade",
];

/// The first words of the multi-word cues (`railed` of `railed against`, `support` of
/// `support for`).
fn phrase_heads() -> &'static HashSet<&'static str, WordHash> {
    static HEADS: OnceLock<HashSet<&'static str, WordHash>> = OnceLock::new();
    HEADS.get_or_init(|| {
        prepositional_verbs()
            .iter()
            .chain(stance_nouns().iter())
            .filter_map(|entry| entry.split(' ').next())
            .collect()
    })
}

/// Adverbs of degree or manner that may sit inside a prepositional verb.
const INNER_ADVERBS: &[&str] = &[
    "more", "most", "less", "hard", "again", "often", "also", "much",
];

/// True when token `j`, lower-cased `low`, is an adverb inside a cue phrase: `more`, `openly`.
fn is_inner_adverb(ctx: &Context, j: usize, low: &str) -> bool {
    !ctx.tokens[j].capitalized(ctx.text)
        && (INNER_ADVERBS.contains(&low) || speakers::is_adverb(low))
}

/// `Trump said ..., referring to the convention`: a participle after a comma goes on for the
/// last speaker, or else for the subject that opens the clause.
fn participle_speaker(
    ctx: &Context,
    floor: usize,
    i: usize,
    last_speaker: Option<Phrase>,
) -> Option<Phrase> {
    // The comma may stand inside a closing mark: `"... by Cleveland," referring to ...`.
    if i <= floor || !ctx.after_comma(floor, i) || !ctx.low(i).ends_with("ing") {
        return None;
    }
    last_speaker.or_else(|| {
        speakers::after(ctx.text, ctx.tokens, floor, i)
            .filter(|sp| sp.first == floor && sp.last < i)
            .filter(|&sp| ctx.holds_views(sp))
    })
}

/// The subject of a prepositional verb: a name, pronoun or role, not a passive.
fn verb_source(ctx: &Context, floor: usize, i: usize) -> Option<Phrase> {
    if ctx.passive(floor, i) {
        return None; // `was called for`
    }
    // A name or title: `Call for Papers`; but a title-case headline capitalises its verbs
    // (`Obama Warns of Threats to Democracy`).
    if ctx.tokens[i].capitalized(ctx.text) && i > floor && !ctx.headline {
        return None;
    }
    // `Friends offered to vote for`, `she was eager to talk about`: the subject of the verb
    // that hands it on.
    let handed_on = i > floor + 2 && ctx.low(i - 1) == "to" && HANDING_ON.contains(&ctx.low(i - 2));
    if !handed_on && i > floor && NOUN_MARKERS.contains(&ctx.low(i - 1)) {
        return None; // `a vote for`, `the call for`: a noun
    }
    let mut end = i;
    if handed_on {
        end -= 2;
        while end > floor + 1 && ["more", "very", "so", "less"].contains(&ctx.low(end - 1)) {
            end -= 1;
        }
    } else if i > floor + 1 && ["all", "both"].contains(&ctx.low(i - 1)) {
        // `the senators all voted for`: a floating quantifier is no speaker.
        end -= 1;
    }
    // `remarks at the Institute of Politics focused on scandals`: the object of a
    // preposition is no subject (`after` and `before` may open a clause instead).
    ctx.source_before(floor, end).filter(|sp| {
        let before = ctx.low(sp.first.saturating_sub(1));
        // A title-case headline's run of capitals may hold two clauses: `U.S. Flexes Muscles
        // As Asia Worries About ...`.
        let two_clauses = ctx.headline
            && (sp.first..sp.last)
                .any(|k| ["as", "while", "after", "amid", "when"].contains(&ctx.low(k)));
        !two_clauses
            && (sp.first == floor
                || sp.pronoun
                || !PREPOSITIONS.contains(&before)
                || ["after", "before"].contains(&before))
    })
}

/// True when a subject whose first word is `subject` may own what possessive `possessive`
/// marks: `he ... his`, `Trump ... his`, `they ... their`; not `they ... his`.
fn agrees(subject: &str, possessive: &str) -> bool {
    match subject {
        "he" => possessive == "his",
        "she" => possessive == "her",
        "they" => possessive == "their",
        "i" => possessive == "my",
        "we" => possessive == "our",
        "it" => possessive == "its",
        // A name: one person.
        _ => ["his", "her"].contains(&possessive),
    }
}

/// The subject of a light verb at `verb`: the phrase right before it, or after `and`/`but`
/// the subject opening the clause (`Montalvo had known him, and came to the conclusion`).
fn light_verb_subject(ctx: &Context, floor: usize, verb: usize) -> Option<Phrase> {
    ctx.source_before(floor, verb).or_else(|| {
        let joined = verb > floor + 1 && ["and", "but"].contains(&ctx.low(verb - 1));
        joined
            .then(|| speakers::after(ctx.text, ctx.tokens, floor, verb - 1))
            .flatten()
            // Not an owner: `Trump's attacks ... have prompted questions`.
            .filter(|sp| {
                sp.first == floor && ctx.holds_views(*sp) && !ctx.low(sp.last - 1).ends_with("'s")
            })
    })
}

/// The owner written just before a stance noun: `his`, `Trump's`, `the party's`.
fn noun_source(ctx: &Context, floor: usize, i: usize) -> Option<Phrase> {
    // `Trump's strikingly personal attacks on`: modifiers may stand between owner and noun.
    let mut at = i.checked_sub(1).filter(|&k| k >= floor)?;
    while at > floor && i - at <= 6 && is_modifier(ctx, at) {
        at -= 1;
    }
    let token = ctx.tokens[at];
    if !token.word || ctx.inside[at] != Inside::Free {
        return None;
    }
    let low = ctx.low(at);
    // `Trump offered an emotional defense of`: a light verb gives its subject the noun, also
    // when it is denied or counted (`makes no mention of`, `provided new details about`).
    let mut verb = at;
    while verb > floor && i - verb <= 8 && LIGHT_DETERMINERS.contains(&ctx.low(verb)) {
        verb -= 1;
    }
    // `came to the conclusion that`: a light verb with its preposition.
    if verb < at
        && verb > floor
        && ctx.low(verb) == "to"
        && ["came", "come", "comes", "coming"].contains(&ctx.low(verb - 1))
    {
        return light_verb_subject(ctx, floor, verb - 1);
    }
    if verb < at {
        if ctx.tokens[verb].word && light_verbs().contains(ctx.low(verb)) {
            return light_verb_subject(ctx, floor, verb);
        }
        return None;
    }
    // `donors laid plans for`, `Trump expressed admiration for`: right after a light verb.
    if light_verbs().contains(low) {
        return light_verb_subject(ctx, floor, at);
    }
    if POSSESSIVES.contains(&low) {
        // `He has stepped up his attacks on`, `Trump compared his stance on`: the subject that
        // opens the clause owns the noun, when it agrees with the possessive.
        let subject = speakers::after(ctx.text, ctx.tokens, floor, at).filter(|sp| {
            // A short phrase right before its verb: `Trump compared`, `He has`.
            let verb = ctx.low(sp.last);
            let verb_next = ctx.tokens[sp.last].word
                && (FINITE_MARKERS.contains(&verb) || verb.ends_with("ed"));
            sp.first == floor
                && sp.last < at
                && sp.last - sp.first <= 3
                && verb_next
                && agrees(ctx.low(sp.first), low)
        });
        return subject.or(Some(Phrase {
            name: token.span,
            first: at,
            last: at + 1,
            pronoun: true,
        }));
    }
    let owner = low.strip_suffix("'s").or_else(|| low.strip_suffix("s'"))?;
    // `the party's` speaks for no one we can name here, `the candidates'` for a role.
    if owner.is_empty() || !(token.capitalized(ctx.text) || speakers::is_role_word(owner)) {
        return None;
    }
    // `Trump's`: the name without its possessive ending (`'s`, `’s` or `s'`).
    let written = token.text(ctx.text);
    let name_end = token.span.start + written.rfind(['\'', '’']).unwrap_or(written.len());
    let mut first = at;
    while first > floor && first + 4 > at && ctx.tokens[first - 1].capitalized(ctx.text) {
        first -= 1;
    }
    Some(Phrase {
        name: Span::new(ctx.tokens[first].span.start, name_end),
        first,
        last: at + 1,
        pronoun: false,
    })
}

/// The object after the cue: up to its first comma, dash, finite verb or `but`; one word is
/// enough when it names something (`support for Trump`, `railed against it`).
pub(super) fn object(ctx: &Context, start: usize, b: usize) -> Option<(Span, QuoteKind)> {
    let (end, first) = object_extent(ctx, start, b)?;
    if let Some(clause) = ctx.clause(start, end) {
        return Some(clause);
    }
    let token = ctx.tokens[first];
    let first_low = ctx.low(first);
    let names = token.capitalized(ctx.text)
        || ["it", "him", "her", "them", "this", "that"].contains(&first_low);
    names.then_some((token.span, QuoteKind::Indirect))
}

/// Where the object after a cue ends and its first word, unless it is a date (`his
/// statement on Tuesday`): `(end, first)`.
pub(super) fn object_extent(ctx: &Context, start: usize, b: usize) -> Option<(usize, usize)> {
    let end = object_end(ctx, start, b);
    // A relative clause belongs to its noun: `the campaign which has been dominated by ...`;
    // so does a question: `details about how the fees will be spent`.
    let mut relative = false;
    let end = (start..end)
        .find(|&j| {
            ctx.inside[j] == Inside::Free && {
                let low = ctx.low(j);
                relative |= ["who", "which", "that", "whose"].contains(&low)
                    || (j == start && ["how", "what", "whether", "why"].contains(&low));
                (!relative && FINITE_MARKERS.contains(&low))
                    || low == "but"
                    || coordinates_cue(ctx, j)
            }
        })
        .unwrap_or(end);
    let first = (start..end).find(|&j| ctx.tokens[j].word)?;
    let first_low = ctx.low(first);
    if WEEKDAYS.contains(&first_low) || MONTHS.contains(&first_low) {
        return None; // `his statement on Tuesday`: a time, not a topic
    }
    Some((end, first))
}

/// Verbs and adjectives that hand their subject on to the cue verb after `to`.
const HANDING_ON: &[&str] = &[
    "want", "wants", "wanted", "plan", "plans", "planned", "promised", "vowed", "pledged",
    "offered", "agreed", "refused", "declined", "decided", "going", "eager", "willing", "ready",
    "expected", "likely", "hoping", "hopes", "hoped", "needs", "needed",
];

/// Determiners and quantities between a light verb and its stance noun: `made no secret of`,
/// `had no such praise for`, `gave a new defense of`, `provided more details about`.
const LIGHT_DETERMINERS: &[&str] = &[
    "a", "an", "the", "no", "such", "new", "more", "few", "fresh", "further", "any", "some",
];

/// Common modifiers of a stance noun that no ending gives away: `Trump's hardline positions on`.
const STANCE_MODIFIERS: &[&str] = &[
    "hardline",
    "hard-line",
    "strong",
    "harsh",
    "sharp",
    "fierce",
    "blunt",
    "firm",
    "latest",
];

/// A word that can modify a stance noun: `renewed`, `highly personal,`, `earlier`.
fn is_modifier(ctx: &Context, k: usize) -> bool {
    let token = ctx.tokens[k];
    if ctx.inside[k] != Inside::Free {
        return false;
    }
    if !token.word {
        return token.is(ctx.text, ',') || token.is(ctx.text, '-');
    }
    let low = ctx.low(k);
    // `Trump expressed admiration for`: a light verb after its subject is no modifier, but
    // `Trump's renewed criticism of` has one.
    let after_owner = k > 0 && {
        let before = ctx.low(k - 1);
        POSSESSIVES.contains(&before)
            || NOUN_MARKERS.contains(&before)
            || before.ends_with("'s")
            || before.ends_with("s'")
    };
    if light_verbs().contains(low) && !after_owner {
        return false;
    }
    !token.capitalized(ctx.text)
        && !POSSESSIVES.contains(&low)
        && !NOUN_MARKERS.contains(&low)
        && !FINITE_MARKERS.contains(&low)
        && !low.ends_with("'s")
        && ([
            "al", "ed", "ly", "ive", "ous", "er", "ent", "ic", "ful", "ing",
        ]
        .iter()
        .any(|ending| low.ends_with(ending))
            || STANCE_MODIFIERS.contains(&low))
}
