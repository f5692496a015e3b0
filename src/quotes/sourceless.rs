//! Reports whose source the text does not name -> quotes with no speaker: stance nouns with no
//! owner (`amid allegations that he ...`, `questions about her email habits`) and passive
//! reports (`it is said that ...`, `he is expected to ...`, `Clinton was asked about ...`) and
//! evidential `seem`/`appear` (`the race appears closer`, `it seemed that ...`).
//! A fact-checker wants these flagged: someone holds or said them, but who?

use super::reported::{
    clause_end, coordinates_cue, is_tail_opener, Context, Inside, BE_FORMS, FINITE_MARKERS, MODALS,
};
use super::speakers::Phrase;
use super::stance;
use super::words::{
    is_cue_verb, light_verbs, passive_reports, raising_verbs, sourceless_nouns, speech_verbs,
    stance_adjectives, stance_nouns, RELATIVE_PRONOUNS,
};
use super::{Draft, QuoteKind};
use crate::span::Span;
use crate::word_set;

word_set!(fn seem_verbs, "quotes_seem_verbs.txt");
word_set!(fn appearance_words, "quotes_appearance_words.txt");

/// Words that may stand between an ownerless stance noun and what opens its phrase:
/// `fresh questions about`, `the new allegations of`.
const NOUN_MODIFIERS: &[&str] = &[
    "new",
    "fresh",
    "growing",
    "mounting",
    "renewed",
    "lingering",
    "persistent",
    "widespread",
    "serious",
    "further",
    "more",
    "many",
    "some",
    "several",
    "recent",
    "latest",
    "public",
    "sharp",
    "harsh",
    "broad",
    "little",
    "few",
    "repeated",
    "unfounded",
    "unsubstantiated",
    "false",
    "similar",
    "other",
];

/// Determiners before an ownerless noun: `the criticism of`, `a claim that`.
const ARTICLES: &[&str] = &[
    "the", "a", "an", "these", "those", "this", "such", "any", "no",
];

/// Participles that report a view of their subject with `as`: `Rubio is seen as the ...`.
const VIEWED_AS: &[&str] = &[
    "seen",
    "viewed",
    "regarded",
    "perceived",
    "considered",
    "described",
    "characterized",
    "characterised",
    "portrayed",
];

/// Participles whose subject was asked something by someone unnamed: `was asked about`.
pub(super) const QUESTIONED: &[&str] = &["asked", "questioned", "pressed", "challenged"];

/// Participles whose subject was told something by someone unnamed: `was told that ...`.
const TOLD: &[&str] = &[
    "told", "informed", "warned", "assured", "reminded", "advised",
];

/// Participles that report with an `it` subject only: `it was announced that ...`.
const IT_ONLY: &[&str] = &[
    "announced",
    "confirmed",
    "revealed",
    "disclosed",
    "learned",
    "learnt",
    "noted",
    "stated",
    "suspected",
];

/// What opens the matter a question was about: `asked about`, `asked whether`.
const QUESTION_OPENERS: &[&str] = &[
    "about", "on", "over", "whether", "if", "why", "how", "what", "when", "where", "who",
];

/// Subject words that open a clause: `that he ...`, `fears they will ...`.
const SUBJECTS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "there", "this", "these", "those", "the", "a",
    "an", "his", "her", "their", "its", "our", "my", "some", "many", "most", "no",
];

/// How many words a subject may have before a passive report: `All three candidates are
/// expected to`.
const MAX_SUBJECT: usize = 10;

/// A report with no named source around token `i`, within its reach `[floor, b)` (see
/// `reported::reach`: every scan here stays inside it). Tried only where no report with a
/// source starts at `i`.
pub(super) fn at_token(ctx: &Context, floor: usize, b: usize, i: usize) -> Option<Draft> {
    let low = ctx.low(i);
    if sourceless_nouns().contains(low) {
        return at_noun(ctx, floor, b, i);
    }
    if QUESTIONED.contains(&low) || TOLD.contains(&low) {
        return at_question(ctx, floor, b, i);
    }
    if seem_verbs().contains(low) {
        return at_seem(ctx, floor, b, i);
    }
    if passive_reports().contains(low) || VIEWED_AS.contains(&low) || IT_ONLY.contains(&low) {
        // `Laurent Berger, who is widely seen as a moderate, told ...`: how others see the
        // subject, in an aside about them, is a description, not a report.
        if VIEWED_AS.contains(&low)
            && super::reported::relative_aside(ctx, floor, i).is_some()
            && !ctx.is(i - 1, ',')
        {
            return None;
        }
        return at_passive(ctx, floor, b, i);
    }
    None
}

/// True when token `k` is a free word.
fn free_word(ctx: &Context, k: usize) -> bool {
    ctx.tokens[k].word && ctx.inside[k] == Inside::Free
}

/// The form of `be` just before `i`, past adverbs (`is widely expected`), if any.
fn be_before(ctx: &Context, floor: usize, i: usize) -> Option<usize> {
    let mut k = i.checked_sub(1).filter(|&k| k >= floor)?;
    while k > floor && i - k <= 3 && free_word(ctx, k) && is_adverb(ctx.low(k)) {
        k -= 1;
    }
    (free_word(ctx, k) && BE_FORMS.contains(&ctx.low(k))).then_some(k)
}

fn is_adverb(low: &str) -> bool {
    (low.len() > 4 && low.ends_with("ly") && low != "only")
        || [
            "also",
            "now",
            "still",
            "not",
            "never",
            "often",
            "long",
            "once",
            "even",
            "just",
            "sometimes",
            "always",
        ]
        .contains(&low)
}

/// `allegations that he ...`, `questions about her emails`, `the criticism of the plan`,
/// where nothing before the noun owns it.
fn at_noun(ctx: &Context, floor: usize, b: usize, i: usize) -> Option<Draft> {
    let text = ctx.text;
    let tokens = ctx.tokens;
    if tokens[i].capitalized(text) && (floor..i).any(|k| tokens[k].word) {
        return None; // `Call for Papers`, a name or a title-case headline
    }
    let speaker = match owner(ctx, floor, i) {
        Owner::None => None,
        Owner::Subject(speaker) => Some(speaker),
        Owner::Other => return None,
    };
    let next = i + 1;
    if next >= b || !free_word(ctx, next) {
        return None;
    }
    let next_low = ctx.low(next);
    if ["by", "from"].contains(&next_low) {
        return None; // `allegations by three women`: the source is named
    }
    let noun = ctx.low(i);
    if next_low == "that" {
        return that_clause(ctx, floor, b, i, next, speaker);
    }
    let phrase = format!("{noun} {next_low}");
    if !stance_nouns().contains(phrase.as_str()) {
        return None;
    }
    let cue = Span::new(tokens[i].span.start, tokens[next].span.end);
    let start = next + 1;
    if start >= b || !free_word(ctx, start) && ctx.inside[start] == Inside::Free {
        return None;
    }
    // `questions about whether the nominee will ...`: a question, to its clause's end.
    let opens_question = ["whether", "how", "why", "what", "if", "who"].contains(&ctx.low(start));
    let content = if opens_question {
        let mut end = clause_end(ctx, start, b);
        if fronted(ctx, floor, i) {
            end = before_main_verb(ctx, start, end);
        }
        ctx.clause(start, end)?
    } else {
        object(ctx, start, b)?
    };
    Some(ctx.draft(content, speaker, cue))
}

/// Who owns the stance noun at `i`.
enum Owner {
    /// Nothing before the noun names or implies a source.
    None,
    /// The subject of a verb that voices the noun: `Rubio offered warnings about`.
    Subject(Phrase),
    /// A possessive, or a verb whose subject we cannot read.
    Other,
}

/// The owner of the noun at `i`: a possessive, a subject that voices it, or none.
fn owner(ctx: &Context, floor: usize, i: usize) -> Owner {
    let mut at = i;
    // `the new allegations`, `fresh questions`: modifiers stand between.
    while at > floor && i - at < 4 {
        let k = at - 1;
        if !free_word(ctx, k) {
            break;
        }
        let low = ctx.low(k);
        if NOUN_MODIFIERS.contains(&low) || ARTICLES.contains(&low) {
            at = k;
            continue;
        }
        break;
    }
    let Some(before) = at.checked_sub(1).filter(|&k| k >= floor) else {
        return Owner::None; // first words of the unit
    };
    let token = ctx.tokens[before];
    if !token.word {
        // `(Trump's) criticism`, a quoted word: too close to tell.
        let free = ctx.inside[before] == Inside::Free && !ctx.is(before, ')');
        return if free { Owner::None } else { Owner::Other };
    }
    let low = ctx.low(before);
    if low.ends_with("'s")
        || low.ends_with("s'")
        || [
            "his", "her", "their", "its", "our", "my", "your", "whose", "own",
        ]
        .contains(&low)
    {
        return Owner::Other;
    }
    // `for fear of trouble`, `in the hope that`: the subject's own fear or hope.
    if (low == "for" && at == i) || low == "in" {
        return Owner::Other;
    }
    if is_cue_verb(low) {
        return Owner::Other; // `Bennett denied the notion that`: the verb reports it
    }
    let raising = raising_verbs().contains(low);
    if light_verbs().contains(low) || raising {
        let subject = ctx.source_before(floor, before);
        return match subject {
            Some(speaker) => Owner::Subject(speaker),
            // `The vote stoked speculation that`: an event raises it, no one holds it.
            None if raising => Owner::None,
            None => Owner::Other,
        };
    }
    Owner::None
}

/// `claims that the deal ...`: a `that` clause after the noun at `i`, not a relative one
/// (`a claim that his office disputes`).
fn that_clause(
    ctx: &Context,
    floor: usize,
    b: usize,
    i: usize,
    that: usize,
    speaker: Option<Phrase>,
) -> Option<Draft> {
    let start = that + 1;
    if start >= b || !opens_clause(ctx, start, b) {
        return None;
    }
    let mut end = clause_end(ctx, start, b);
    if fronted(ctx, floor, i) {
        end = before_main_verb(ctx, start, end);
    }
    // A relative clause lacks the object of its last verb: `a claim that his office disputes.`
    let last = (start..end).rev().find(|&k| ctx.tokens[k].word)?;
    if ctx.inside[last] == Inside::Free && is_cue_verb(ctx.low(last)) {
        return None;
    }
    let content = ctx.clause(start, end)?;
    let cue = ctx.tokens[i].span;
    Some(ctx.draft(content, speaker, cue))
}

/// True when the noun at `i` stands before its sentence's main verb: `The idea that ...
/// is`, `As for the notion that ..., Fiorina offered`.
fn fronted(ctx: &Context, floor: usize, i: usize) -> bool {
    (floor..i).all(|k| {
        let low = ctx.low(k);
        !ctx.tokens[k].word
            || ARTICLES.contains(&low)
            || NOUN_MODIFIERS.contains(&low)
            || [
                "as", "for", "on", "about", "of", "to", "with", "over", "amid", "despite", "but",
                "and", "yet",
            ]
            .contains(&low)
    })
}

/// Where a clause inside a fronted noun phrase ends: at its first free comma, or at the
/// main verb after its own (`The allegations that staff shredded files have not been
/// proven`).
fn before_main_verb(ctx: &Context, start: usize, end: usize) -> usize {
    let mut own_verb = false;
    let mut relative = false;
    let mut previous_finite = false;
    for j in start..end {
        if ctx.inside[j] != Inside::Free {
            previous_finite = false;
            continue;
        }
        if ctx.is(j, ',') {
            return j;
        }
        if !ctx.tokens[j].word {
            continue;
        }
        let low = ctx.low(j);
        let finite = FINITE_MARKERS.contains(&low);
        if ["who", "which", "that", "whom", "whose"].contains(&low) {
            relative = true;
        } else if finite && own_verb && !relative && !previous_finite {
            return j;
        } else if finite || (j > start && low.ends_with("ed")) {
            if relative && own_verb {
                relative = false;
            }
            own_verb = true;
        }
        previous_finite = finite;
    }
    end
}

/// True when tokens from `k` read as a clause: a subject word and a finite verb soon after.
fn opens_clause(ctx: &Context, k: usize, b: usize) -> bool {
    let token = ctx.tokens[k];
    if !token.word || ctx.inside[k] != Inside::Free {
        return false;
    }
    let low = ctx.low(k);
    let subject = SUBJECTS.contains(&low)
        || token.capitalized(ctx.text)
        || (!FINITE_MARKERS.contains(&low)
            && !is_cue_verb(low)
            && !low.ends_with("ed")
            && !is_adverb(low));
    subject
        && (k + 1..b.min(k + 10))
            .take_while(|&j| ctx.tokens[j].word || ctx.inside[j] != Inside::Free)
            .any(|j| {
                let w = ctx.low(j);
                FINITE_MARKERS.contains(&w)
                    || w.ends_with("ed")
                    || (w.ends_with('s') && !w.ends_with("ss") && j > k)
            })
}

/// The object after `criticism of`, `questions about`, as after any stance cue, but not one
/// with a `by` agent: `criticism of the plan by unions` names its source.
fn object(ctx: &Context, start: usize, b: usize) -> Option<(Span, QuoteKind)> {
    let (end, _) = stance::object_extent(ctx, start, b)?;
    if (start..end).any(|j| free_word(ctx, j) && ctx.low(j) == "by") {
        return None;
    }
    stance::object(ctx, start, b)
}

/// `Clinton was asked about securing the border`, `When asked why ...`, `Asked if ...`: the
/// matter put to someone by people the text does not name.
fn at_question(ctx: &Context, floor: usize, b: usize, i: usize) -> Option<Draft> {
    let tokens = ctx.tokens;
    let be = be_before(ctx, floor, i);
    // Without `be`, only a participle that opens its clause: `When asked`, `, asked about`.
    let participle = be.is_none()
        && (i == floor
            || ctx.is(i - 1, ',')
            || ["when", "after", "before", "if", "once"].contains(&ctx.low(i - 1))
            || (ctx.low(i - 1) == "being" && i - 1 > floor));
    if be.is_none() && !participle {
        return None;
    }
    if tokens[i].capitalized(ctx.text) && i > floor {
        return None;
    }
    let k = i + 1;
    if k >= b || !free_word(ctx, k) {
        return None;
    }
    let opener = ctx.low(k);
    let told = TOLD.contains(&ctx.low(i));
    let to_verb = opener == "to" && k + 1 < b && verb_like(ctx, k + 1);
    // `was told to leave` is an order more than a report: only `told that` counts.
    let fits = if told {
        opener == "that"
    } else {
        QUESTION_OPENERS.contains(&opener) || to_verb
    };
    if !fits {
        return None; // `was asked.`, `was asked by the judge`, `was told so`
    }
    let about = ["about", "on", "over"].contains(&opener);
    let cue_end = if about || opener == "that" { k } else { i };
    let start = cue_end + 1;
    let end = if opener == "that" {
        clause_end(ctx, start, b)
    } else {
        // The matter runs to the first comma: `When asked why X, Tyler said ...`.
        clause_end(ctx, start, ctx.comma_or_end(start, b))
    };
    let end = (start..end)
        .find(|&j| free_word(ctx, j) && coordinates_cue(ctx, j))
        .unwrap_or(end);
    if opener != "that" && (start..end).any(|j| free_word(ctx, j) && ctx.low(j) == "by") {
        return None; // `asked to preserve them by the committee`: the asker is named
    }
    let content = ctx.clause(start, end)?;
    let first = be.unwrap_or(i);
    let cue = Span::new(tokens[first].span.start, tokens[cue_end].span.end);
    Some(ctx.draft(content, None, cue))
}

/// True when token `k` can be the verb of an infinitive: `to leave`, not `to the staff`.
fn verb_like(ctx: &Context, k: usize) -> bool {
    let token = ctx.tokens[k];
    let low = ctx.low(k);
    free_word(ctx, k)
        && !token.capitalized(ctx.text)
        && !SUBJECTS.contains(&low)
        && !low.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// `it is said that ...`, `he is expected to ...`, `Rubio is seen as ...`.
fn at_passive(ctx: &Context, floor: usize, b: usize, i: usize) -> Option<Draft> {
    let tokens = ctx.tokens;
    if tokens[i].capitalized(ctx.text) {
        return None;
    }
    let be = be_before(ctx, floor, i)?;
    // `it has been said`, `it's been reported`, `it is widely believed`, `will be seen`
    let subject_end = verb_group_start(ctx, floor, be)?;
    let k = i + 1;
    if k < b && free_word(ctx, k) && ctx.low(k) == "by" {
        return None; // `was reported by the Post`: the source is named
    }
    let it_first = subject_end
        .checked_sub(1)
        .filter(|&s| s >= floor && free_word(ctx, s) && ctx.low(s) == "it")
        .or_else(|| {
            // `it's said`, `it’s assumed`
            let low = ctx.low(subject_end);
            (low == "it's").then_some(subject_end)
        });
    let low = ctx.low(i);
    // `It is expected to rise`: a pronoun subject like any other.
    let to_follows = k < b && free_word(ctx, k) && ctx.low(k) == "to";
    if let Some(it) = it_first.filter(|_| !to_follows) {
        if !passive_reports().contains(low) && !IT_ONLY.contains(&low) {
            return None;
        }
        // `it should be noted that`, `it could be argued`: the writer's own voice.
        if ![
            "is", "was", "'s", "has", "had", "it's", "have", "are", "were",
        ]
        .contains(&ctx.low(subject_end))
        {
            return None;
        }
        let cue = Span::new(tokens[it].span.start, tokens[i].span.end);
        return it_report(ctx, floor, b, it, i, cue);
    }
    if ctx.low(subject_end) == "it's" {
        return None; // `it's been expected to`: no subject of its own
    }
    let subject = match subject_start(ctx, floor, subject_end)? {
        Subject::Phrase(start) => Some(start),
        Subject::Relative => None,
    };
    let cue = Span::new(tokens[subject_end].span.start, tokens[i].span.end);
    if VIEWED_AS.contains(&low) {
        // `is seen as the favourite`, `is considered a case study`
        let mut next = k;
        while next < b && free_word(ctx, next) && is_adverb(ctx.low(next)) {
            next += 1;
        }
        if next >= b || !free_word(ctx, next) {
            return None;
        }
        let after = ctx.low(next);
        let as_phrase = after == "as";
        let considered = low == "considered"
            && (["a", "an", "the", "one", "likely", "unlikely"].contains(&after) || after == "to");
        if !as_phrase && !considered {
            return None;
        }
        if (next + 1..b.min(next + 3)).any(|j| free_word(ctx, j) && ctx.low(j) == "by") {
            return None;
        }
        let end = clause_end(ctx, next, b);
        return subject_and_rest(ctx, (subject, subject_end), (next, end), cue);
    }
    // `is expected to speak`, `is said to have`, `is believed to be`
    let infinitive = k + 1 < b && free_word(ctx, k) && ctx.low(k) == "to" && verb_like(ctx, k + 1);
    if !infinitive || !passive_reports().contains(low) {
        return None;
    }
    let end = clause_end(ctx, k, b);
    // `Schumer, who is expected to lead his party, said ...`: a relative clause set off by
    // commas closes at the comma before the sentence's own verb (not at the one in `a huge,
    // salty ocean`).
    let aside = subject.is_none()
        && subject_end >= floor + 2
        && ctx.is(subject_end - 2, ',')
        && ctx.inside[subject_end - 2] == Inside::Free;
    let verb_after = |c: usize| {
        c + 1 < end && free_word(ctx, c + 1) && {
            let next = ctx.low(c + 1);
            is_cue_verb(next) || FINITE_MARKERS.contains(&next)
        }
    };
    let end = (k..end)
        .find(|&c| aside && ctx.is(c, ',') && ctx.inside[c] == Inside::Free && verb_after(c))
        .unwrap_or(end);
    subject_and_rest(ctx, (subject, subject_end), (k, end), cue)
}

/// A passive report in two parts around its cue: the subject (`The council`) and what is
/// said of it (`to vote on an inquiry`), tokens `[from, to)` each.
fn subject_and_rest(
    ctx: &Context,
    subject: (Option<usize>, usize),
    rest: (usize, usize),
    cue: Span,
) -> Option<Draft> {
    let (from, to) = subject;
    // After a relative pronoun, what is said of its antecedent alone: `to deliver a speech`.
    let Some(from) = from else {
        let clause = ctx.clause(rest.0, rest.1)?;
        return Some(ctx.draft(clause, None, cue));
    };
    let whole = || ctx.clause(from, rest.1).map(|c| ctx.draft(c, None, cue));
    // A quoted fragment in the subject: one part, so the fragment's marks stay inside.
    if to <= from || (from..to).any(|k| ctx.inside[k] != Inside::Free) {
        return whole();
    }
    let last = (from..to).rev().find(|&k| ctx.tokens[k].word)?;
    let subject = Span::new(ctx.tokens[from].span.start, ctx.tokens[last].span.end);
    let (after, kind) = ctx.clause(rest.0, rest.1)?;
    let mut draft = ctx.draft((after, kind), None, cue);
    draft.span = Span::new(subject.start, after.end);
    draft.content = vec![subject, after];
    Some(draft)
}

/// The subject of a passive report ending before token `end`.
enum Subject {
    /// Its first token: `The council` (is expected to ...).
    Phrase(usize),
    /// A relative pronoun: `who` (is expected to ...); its antecedent is outside the clause.
    Relative,
}

/// Where the subject of a passive report ending before `end` starts: after a comma,
/// conjunction or the unit's start. None when the passive sits inside a clause that a cue
/// verb reports (`said Taiwan's surplus is expected to`): that report has a source.
fn subject_start(ctx: &Context, floor: usize, end: usize) -> Option<Subject> {
    const STOPS: &[&str] = &[
        "and", "but", "or", "because", "while", "although", "though", "as", "when", "if", "since",
        "after", "before", "until", "so", "whether", "where",
    ];
    let mut k = end;
    while k > floor && end - k < MAX_SUBJECT {
        let j = k - 1;
        let token = ctx.tokens[j];
        if ctx.inside[j] == Inside::Free {
            if !token.word {
                break;
            }
            let low = ctx.low(j);
            if STOPS.contains(&low) {
                break;
            }
            if is_cue_verb(low) {
                return None;
            }
            if ["who", "which", "that", "what"].contains(&low) {
                if j + 1 == end {
                    return Some(Subject::Relative);
                }
                // `that the deficit is expected to`: `that` opens a clause; whose?
                let reported = j > floor && is_cue_verb(ctx.low(j - 1));
                return (!reported).then_some(Subject::Phrase(j + 1));
            }
        }
        k = j;
    }
    if k == end || end - k >= MAX_SUBJECT {
        return None;
    }
    Some(Subject::Phrase(k))
}

/// Where the passive verb group ending in the form of `be` at `be` starts: `is`, `has been`,
/// `will be`, `is being`. None for an infinitive or gerund (`likely to be seen`, `on being
/// viewed`), whose subject is not next to it.
fn verb_group_start(ctx: &Context, floor: usize, be: usize) -> Option<usize> {
    let helper = |from: usize, words: &[&str]| {
        let mut k = from.checked_sub(1).filter(|&k| k >= floor)?;
        while k > floor && from - k <= 3 && free_word(ctx, k) && is_adverb(ctx.low(k)) {
            k -= 1;
        }
        (free_word(ctx, k) && words.contains(&ctx.low(k))).then_some(k)
    };
    match ctx.low(be) {
        "be" => helper(be, MODALS),
        "being" => helper(be, &["is", "are", "was", "were"]),
        "been" => {
            let have = helper(be, &["has", "have", "had", "it's"])?;
            Some(helper(have, MODALS).unwrap_or(have))
        }
        _ => Some(be),
    }
}

/// What an `it is said` reports: the clause after it (`it is said (that) ...`), the rest of the
/// sentence after a parenthetical (`where, it is said, local ...`), or what comes before one
/// at the end (`..., it is believed.`).
fn it_report(
    ctx: &Context,
    floor: usize,
    b: usize,
    it: usize,
    i: usize,
    cue: Span,
) -> Option<Draft> {
    let mut k = i + 1;
    // `it has been known for some time that ...`: a short adverbial before `that`.
    if k < b
        && free_word(ctx, k)
        && ["for", "since", "in", "on", "at", "from"].contains(&ctx.low(k))
    {
        if let Some(that) = (k + 1..b.min(k + 6))
            .take_while(|&j| free_word(ctx, j) && !FINITE_MARKERS.contains(&ctx.low(j)))
            .find(|&j| ctx.low(j) == "that")
        {
            k = that;
        }
    }
    if k < b && free_word(ctx, k) && ctx.low(k) == "that" {
        let content = ctx.clause(k + 1, clause_end(ctx, k + 1, b))?;
        return Some(ctx.draft(content, None, cue));
    }
    let after_comma = it > floor && ctx.is(it - 1, ',');
    if after_comma && k < b && ctx.is(k, ',') {
        let rest = ctx.clause(k + 1, clause_end(ctx, k + 1, b))?;
        if k + 1 < b && opens_clause(ctx, k + 1, b) {
            return Some(ctx.draft(rest, None, cue)); // `where, it is said, local racists ...`
        }
        // `The old office, it is believed, held ...`: the subject before, the verb after.
        let subject = match subject_start(ctx, floor, it - 1) {
            Some(Subject::Phrase(start)) => ctx.clause(start, it - 1),
            _ => None,
        };
        let Some(subject) = subject else {
            return Some(ctx.draft(rest, None, cue));
        };
        let mut draft = ctx.draft(rest, None, cue);
        draft.span = Span::new(subject.0.start, rest.0.end);
        draft.content = vec![subject.0, rest.0];
        if subject.1 == QuoteKind::Mixed {
            draft.kind = QuoteKind::Mixed;
        }
        return Some(draft);
    }
    let at_end = (k..b).all(|j| !ctx.tokens[j].word && ctx.inside[j] == Inside::Free);
    if after_comma && at_end {
        let content = ctx.clause(floor, it - 1)?;
        return Some(ctx.draft(content, None, cue));
    }
    if k < b && opens_clause(ctx, k, b) {
        let content = ctx.clause(k, clause_end(ctx, k, b))?;
        return Some(ctx.draft(content, None, cue));
    }
    None
}

/// Do-support before `seem`: `did not seem`, `doesn't appear`.
const DO_FORMS: &[&str] = &["do", "does", "did", "don't", "doesn't", "didn't"];

/// Words before a subject that make what follows a supposition, not a view: `if this seems`.
const SUPPOSING: &[&str] = &["if", "unless", "whether"];

/// `The race appears closer in Ohio`, `The court seemed to send a signal`, `This seems like a
/// fair idea`, `it seemed that ...`: how things look, with no one named who sees them. The
/// content is the whole clause with its subject, or what follows `it seems (that)`. Not
/// `appeared on TV` (a showing up), not `if it seems` (a supposition), not `seemed to
/// criticize` (a report of the subject's own, read as such by the cue verb after `to`).
fn at_seem(ctx: &Context, floor: usize, b: usize, i: usize) -> Option<Draft> {
    let tokens = ctx.tokens;
    if tokens[i].capitalized(ctx.text) {
        return None; // no subject before it, or a title
    }
    // The verb group: `seems`, `sometimes seems`, `did not seem`.
    let mut first = i;
    while first > floor && i - first < 4 && free_word(ctx, first - 1) {
        let low = ctx.low(first - 1);
        if !(is_adverb(low) || DO_FORMS.contains(&low)) {
            break;
        }
        first -= 1;
    }
    let before = first.checked_sub(1).filter(|&k| k >= floor)?;
    let before_low = ctx.low(before);
    if FINITE_MARKERS.contains(&before_low) || before_low == "to" {
        return None; // `can seem`, `will appear`, `hesitant to appear`: no plain report
    }
    // What follows: past adverbs (`seems increasingly likely`).
    let mut k = i + 1;
    while k < b && k - i <= 2 && free_word(ctx, k) && is_adverb(ctx.low(k)) {
        k += 1;
    }
    if k >= b || !tokens[k].word || ctx.inside[k] == Inside::Quote {
        return None; // `it seems,`: a parenthetical aside
    }
    let next = ctx.low(k);
    let cue = Span::new(tokens[first].span.start, tokens[i].span.end);
    // `it seems (that) the plan ...`: what follows is the view.
    if free_word(ctx, before) && before_low == "it" {
        let start = if next == "that" { Some(k + 1) } else { None };
        let start = start.or_else(|| opens_clause(ctx, k, b).then_some(k));
        if let Some(start) = start {
            let end = unsourced_end(ctx, start, clause_end(ctx, start, b))?;
            let content = ctx.clause(start, end)?;
            let cue = Span::new(tokens[before].span.start, tokens[i].span.end);
            return Some(ctx.draft(content, None, cue));
        }
    }
    if !complement(ctx, k, b) {
        return None;
    }
    let start = match subject_start(ctx, floor, first)? {
        // `the issue that seemed to`: a relative clause describes, it does not report.
        Subject::Relative => return None,
        // `people who tuned in just seemed`: the relative clause is part of the subject.
        Subject::Phrase(start)
            if start > floor && RELATIVE_PRONOUNS.contains(&ctx.low(start - 1)) =>
        {
            match subject_start(ctx, floor, start - 1)? {
                Subject::Phrase(start) => start,
                Subject::Relative => return None,
            }
        }
        Subject::Phrase(start) => start,
    };
    if start > floor && SUPPOSING.contains(&ctx.low(start - 1)) {
        return None;
    }
    let end = unsourced_end(ctx, k, clause_end(ctx, start, b))?;
    let content = ctx.clause(start, end)?;
    // `Democrats appeared pleased with`, `did not seem to be worried about`: a stance
    // adjective is the subject's own view, when the subject can hold one.
    let adjective = if next == "to" && k + 2 < b && ctx.low(k + 1) == "be" {
        k + 2
    } else {
        k
    };
    let holder = stance_adjectives()
        .contains(ctx.low(adjective))
        .then(|| ctx.source_before(floor, first))
        .flatten();
    Some(ctx.draft(content, holder, cue))
}

/// True when token `k` opens what `seem` or `appear` reports: an infinitive (`to send`), a
/// likeness (`like a fair idea`, `as if`) or an adjective (`closer`, `ready`, `lost`); not a
/// place, time or company (`on TV`, `in court`, `together`), and not an infinitive of a cue
/// verb (`seemed to criticize`), which reports for the subject and is read as such.
fn complement(ctx: &Context, k: usize, b: usize) -> bool {
    let token = ctx.tokens[k];
    let low = ctx.low(k);
    if low == "to" {
        let verb = k + 1;
        return verb < b
            && verb_like(ctx, verb)
            && !is_cue_verb(ctx.low(verb))
            && !stance::starts_verb_phrase(ctx, verb);
    }
    if low == "like" {
        return true;
    }
    if low == "as" {
        return k + 1 < b && ["if", "though"].contains(&ctx.low(k + 1));
    }
    !token.capitalized(ctx.text)
        && !is_tail_opener(low)
        && !appearance_words().contains(low)
        && !SUBJECTS.contains(&low)
        && !["him", "me", "us", "them", "that"].contains(&low)
        && !low.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// `end`, unless a tail names the source of the clause before it (`..., officials said`,
/// `..., according to a poll`): that report is the one with a source, and this is none. A
/// participle (`..., saying ...`) goes on for the subject and names no one new.
fn unsourced_end(ctx: &Context, start: usize, end: usize) -> Option<usize> {
    let sourced = (start..end).any(|j| {
        ctx.inside[j] == Inside::Free
            && ctx.is(j, ',')
            && (j + 1..end.min(j + 6))
                .take_while(|&m| free_word(ctx, m))
                .any(|m| {
                    let low = ctx.low(m);
                    (m == j + 1 && low == "according")
                        || (speech_verbs().contains(low) && !low.ends_with("ing"))
                })
    });
    (!sourced).then_some(end)
}
