//! Tokens around a cue -> the speaker phrase (`Russian Defense Minister Sergey Shoigu`, `he`,
//! `a spokesman for the ministry`), and a speaker -> the entity it names.

use super::words::{
    irregular_past, is_work_noun, lower, person_roles, roles, speech_verbs, Token, PREPOSITIONS,
    RELATIVE_PRONOUNS, SENTENCE_CONJUNCTIONS,
};
use crate::entities::{Entity, EntityKind, Sex};
use crate::lexicon::{WordSet, MONTHS, NAME_PARTICLES, WEEKDAYS};
use crate::span::{containing, Span};

/// A speaker phrase found next to a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Phrase {
    /// The speaker as the quote reports it: the name without its titles where there is one.
    pub name: Span,
    /// First token of the whole phrase (titles, appositive included).
    pub first: usize,
    /// One past the last token of the whole phrase.
    pub last: usize,
    /// `he`, `she`, `they` ...
    pub pronoun: bool,
}

const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "it", "you", "who", "which"];

/// Words between a subject and its verb: `Shoigu also said`, `she has repeatedly warned`.
const AUXILIARIES: &[&str] = &[
    "also",
    "has",
    "have",
    "had",
    "later",
    "previously",
    "then",
    "reportedly",
    "once",
    "again",
    "recently",
    "publicly",
    "privately",
    "repeatedly",
    "would",
    "will",
    "did",
    "does",
    "do",
    "not",
    "never",
    "often",
    "frequently",
    "separately",
    "earlier",
    "subsequently",
    "further",
    "just",
    "already",
    "has",
    "is",
    "was",
    "were",
    "are",
    "been",
    "being",
    "had",
    "angrily",
    "flatly",
    "openly",
    "explicitly",
    "clearly",
    "could",
    "might",
    "may",
    "must",
    "should",
    "can",
    "still",
    "even",
    "long",
    "specifically",
    "personally",
    "strongly",
    "firmly",
    "finally",
    "initially",
    "first",
    "originally",
    "quickly",
    "immediately",
    "certainly",
    "now",
    "only",
    "always",
    "sometimes",
    "seldom",
    "ever",
    "don't",
    "doesn't",
    "didn't",
    "won't",
    "wouldn't",
    "can't",
    "couldn't",
    "isn't",
    "wasn't",
    "aren't",
    "hasn't",
    "haven't",
    "hadn't",
    "shouldn't",
];

/// Words inside a speaker phrase that join its parts: `spokesman for the ministry`.
const JOINERS: &[&str] = &[
    "of", "for", "at", "and", "de", "van", "von", "al", "bin", "la", "du", "der",
];

/// Words that open a clause before its subject besides the subordinators of `reported.rs`:
/// the conjunctions that are prepositions elsewhere (`after sources said`).
const MORE_CLAUSE_OPENERS: &[&str] = &["after", "before", "until", "once", "whereas"];

/// True for a lowercase word that opens a subordinate clause before its subject.
fn is_clause_opener(low: &str) -> bool {
    is_in(super::reported::SUBORDINATORS, low) || is_in(MORE_CLAUSE_OPENERS, low)
}

pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "one", "two", "three",
    "several", "many", "some", "other", "another", "both", "most",
];

/// Capitalised words that open a sentence or clause and name no one.
const CAPITALISED_FUNCTION_WORDS: &[&str] = &[
    "but",
    "and",
    "or",
    "so",
    "yet",
    "also",
    "however",
    "meanwhile",
    "still",
    "now",
    "then",
    "when",
    "while",
    "if",
    "as",
    "after",
    "before",
    "although",
    "though",
    "because",
    "since",
    "on",
    "in",
    "at",
    "last",
    "this",
    "that",
    "these",
    "those",
    "yesterday",
    "today",
    "earlier",
    "later",
    "instead",
    "indeed",
    "thus",
    "moreover",
    "furthermore",
    "here",
    "there",
    "why",
    "what",
    "how",
    "where",
    "who",
    "which",
    "asked",
    "speaking",
    "for",
    "with",
    "by",
    "from",
    "to",
    "of",
    "under",
    "during",
    "until",
    "once",
    "even",
    "just",
    "only",
    "not",
    "no",
    "yes",
    "it",
    "we",
    "they",
    "he",
    "she",
    "i",
    "you",
    "amid",
    "among",
    "despite",
    "given",
    "like",
    "unlike",
    "about",
    "against",
    "over",
    "between",
    "through",
    "whilst",
    "whereas",
    "unless",
    "than",
    "then",
    "thus",
    "hence",
    "therefore",
    // Sentence adverbs: `Usually when history is made, news outlets ...`.
    "usually",
    "often",
    "perhaps",
    "maybe",
    "sometimes",
    "absent",
    "nevertheless",
    "nonetheless",
    "otherwise",
    "already",
    "again",
    "finally",
    "eventually",
    "ultimately",
    "apparently",
    "clearly",
    "certainly",
    "obviously",
    "similarly",
    "likewise",
    "separately",
    "additionally",
    "currently",
    "recently",
    "previously",
    "initially",
    // Prepositions of place that open a clause: `Outside court, the charity's chair, ...`.
    "outside",
    "inside",
    "behind",
    "beyond",
    "across",
    "near",
    "within",
    "throughout",
    "amid",
    "despite",
    "among",
    "against",
];

/// A capitalised word that opens a clause rather than a name: `However`, `Monday`, `March`.
/// (`May` is left out: it is also a name.)
fn is_capitalised_function_word(low: &str) -> bool {
    is_in(CAPITALISED_FUNCTION_WORDS, low)
        || WEEKDAYS.contains(&low)
        || (low != "may" && MONTHS.contains(&low))
}

fn is_in(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

pub(crate) fn is_pronoun(word: &str) -> bool {
    is_in(PRONOUNS, &lower(word))
}

/// The byte length of the pronoun in a pronoun contracted with its verb (`We’re`, `I'd`).
pub(super) fn contracted_pronoun(word: &str) -> Option<usize> {
    let (pronoun, verb) = word.split_once(['\'', '’'])?;
    let verb_ok = ["re", "ve", "ll", "d", "m", "s"].contains(&verb);
    // `it's` may be `it is` or `it has`, but `it` is a speaker either way.
    (verb_ok && is_pronoun(pronoun) && !is_in(RELATIVE_PRONOUNS, &lower(pronoun)))
        .then_some(pronoun.len())
}

pub(crate) fn is_auxiliary(word: &str) -> bool {
    let low = lower(word);
    // Adverbs between subject and verb too: `a teacher mistakenly thought`.
    // A capitalised `-ly` word is a name (`Jolly said`), not an adverb.
    is_in(AUXILIARIES, &low) || (is_adverb(&low) && !word.starts_with(char::is_uppercase))
}

/// A lower-case `-ly` adverb: `reportedly`, `quickly`.
pub(crate) fn is_adverb(low: &str) -> bool {
    low.len() > 4
        && low.ends_with("ly")
        && !is_in(&["only", "early", "family", "ally", "italy", "rally"], low)
}

/// True when a word of the phrase is a role or title (`minister`, `officials`).
pub(crate) fn has_role(text: &str, tokens: &[Token], phrase: Phrase) -> bool {
    tokens[phrase.first..phrase.last]
        .iter()
        .any(|t| is_role(t.text(text)))
}

fn is_role(word: &str) -> bool {
    is_role_word(&lower(word))
}

/// True when lowercase `low` names a role or title, in the singular or plural.
pub(crate) fn is_role_word(low: &str) -> bool {
    in_role_list(roles(), low)
}

/// True when lowercase `low` names a person by role (`student`, `officials`), not a body or
/// a writing (`police`, `figures`).
pub(crate) fn is_person_role_word(low: &str) -> bool {
    in_role_list(person_roles(), low)
}

fn in_role_list(list: &WordSet, low: &str) -> bool {
    let bare = low.strip_suffix("'s").unwrap_or(low);
    // The list holds one form; a plural of a role is the role (`strategists`, `witnesses`).
    let singular = |plural: &str| {
        bare.strip_suffix(plural)
            .is_some_and(|stem| stem.len() > 2 && list.contains(stem))
    };
    list.contains(bare) || singular("s") || singular("es")
}

/// True when `token` may be the noun a relative `that` follows (`the plan that`), not a
/// word before a demonstrative (`said that group`, `of that report`, `When that group`).
fn after_noun(text: &str, token: Token) -> bool {
    let low = lower(token.text(text));
    token.word
        && !is_auxiliary(&low)
        && !is_in(PREPOSITIONS, &low)
        && !is_in(JOINERS, &low)
        && !is_clause_opener(&low)
        && !is_capitalised_function_word(&low)
        && !super::words::is_cue_verb(&low)
}

/// A word that may stand inside a speaker phrase.
fn fits(text: &str, token: Token) -> bool {
    if !token.word {
        return false;
    }
    let word = token.text(text);
    token.capitalized(text) || is_role(word) || is_in(JOINERS, &lower(word))
}

/// Trims a candidate phrase `[first, last)` to its sensible core, or rejects it.
fn settle(text: &str, tokens: &[Token], mut first: usize, mut last: usize) -> Option<Phrase> {
    // Leading joiners and function words (`But`, `On`, `Looking`) name no one.
    while first < last {
        let word = tokens[first].text(text);
        let low = lower(word);
        // `Speaking Tuesday, ...` opens a participle; `Downing Street`, `Ealing Council` name.
        let in_name = tokens.get(first + 1).is_some_and(|next| {
            next.capitalized(text)
                && !WEEKDAYS.contains(&lower(next.text(text)).as_str())
                && !MONTHS.contains(&lower(next.text(text)).as_str())
        });
        // Alone before its cue or after it, it is the name (`Ayling said`, `said Harding.`);
        // a participle has more words after it (`Walking to the car, ...`).
        let named_alone = first + 1 == last
            && tokens.get(last).is_none_or(|next| {
                !next.word || super::words::is_cue_verb(&lower(next.text(text)))
            });
        let participle = low.ends_with("ing") && low.len() > 5 && !in_name && !named_alone;
        // `Late Tuesday, a campaign official ...`: a time, not a name.
        let dated = is_in(&["late", "early"], &low)
            && tokens.get(first + 1).is_some_and(|next| {
                let next = lower(next.text(text));
                WEEKDAYS.contains(&next.as_str()) || MONTHS.contains(&next.as_str())
            });
        let function = tokens[first].capitalized(text)
            && (is_capitalised_function_word(&low) || participle || dated);
        // `Van Hoek said`: a capitalised particle opens the name it belongs to.
        let particle =
            tokens[first].capitalized(text) && in_name && !is_in(&["of", "for", "at", "and"], &low);
        // `rose on Thursday after sources said`: a clause's opener is no part of its subject.
        if (is_in(JOINERS, &low) && !particle) || function || is_clause_opener(&low) {
            first += 1;
        } else {
            break;
        }
    }
    // `Prices fell when analysts`: the subject starts after the clause's opener.
    if let Some(opener) = (first..last).rev().find(|&k| {
        tokens[k].word && !tokens[k].capitalized(text) && is_clause_opener(tokens[k].text(text))
    }) {
        first = opener + 1;
    }
    while last > first && is_in(JOINERS, &lower(tokens[last - 1].text(text))) {
        last -= 1;
    }
    if first >= last {
        return None;
    }
    let has_head = tokens[first..last].iter().any(|t| {
        let low = lower(t.text(text));
        (t.capitalized(text) && !is_in(DETERMINERS, &low)) || is_role(t.text(text))
    });
    if !has_head {
        return None;
    }
    // The name after the last title: `Defense Minister Sergey Shoigu` -> `Sergey Shoigu`.
    let mut name_first = first;
    if let Some(role_at) = (first..last).rev().find(|&i| is_role(tokens[i].text(text))) {
        // A body's noun inside a capitalised name is part of it: `A spokesman for European
        // Professional Club Rugby`, not `Rugby`.
        // Only in a body named whole after `<role> for`: not `Deputy Chairman of the Security
        // Council Dmitry Medvedev`.
        let body_in_name = tokens[role_at].capitalized(text)
            && !is_person_role_word(&lower(tokens[role_at].text(text)))
            && (first + 2..role_at).any(|k| {
                lower(tokens[k].text(text)) == "for"
                    && !tokens[k - 1].capitalized(text)
                    && is_person_role_word(&lower(tokens[k - 1].text(text)))
                    && tokens[k + 1..last].iter().all(|t| t.capitalized(text))
            });
        let rest_named = !body_in_name
            && role_at + 1 < last
            && tokens[role_at + 1].capitalized(text)
            && !is_in(JOINERS, &lower(tokens[role_at + 1].text(text)));
        // `Anna Berg of the charity Oxfam`: a title after `of` names the body that the
        // person named before it belongs to; the person speaks. Not `Speaker of the House
        // ...` or `University of Texas ... president Sehar Memon`: a full name, two words,
        // stands before the joiner.
        let named_before_joiner = (first + 2..role_at)
            .find(|&k| is_in(&["of", "for", "at", "from"], &lower(tokens[k].text(text))))
            .is_some_and(|joiner| {
                tokens[joiner - 2..joiner].iter().all(|t| {
                    let word = t.text(text);
                    t.capitalized(text) && !is_role(word) && !lower(word).ends_with("'s")
                })
            });
        if rest_named && !named_before_joiner {
            name_first = role_at + 1;
        }
    }
    Some(Phrase {
        name: Span::new(tokens[name_first].span.start, tokens[last - 1].span.end),
        first,
        last,
        pronoun: false,
    })
}

/// The speaker phrase ending just before token `end` (the cue, after auxiliaries), looking no
/// further back than `floor`.
pub(crate) fn before(text: &str, tokens: &[Token], end: usize, floor: usize) -> Option<Phrase> {
    let mut phrase = phrase_before(text, tokens, end, floor)?;
    // `said that A and that voters wanted B`: a second `that` after `and` opens a second
    // clause reported, not a phrase `that voters`.
    let repeated_that = !phrase.pronoun
        && phrase.first > floor
        && phrase.first + 1 < phrase.last
        && lower(tokens[phrase.first].text(text)) == "that"
        && is_in(
            &["and", "or", "but"],
            &lower(tokens[phrase.first - 1].text(text)),
        );
    if repeated_that {
        phrase.first += 1;
        phrase.name.start = phrase.name.start.max(tokens[phrase.first].span.start);
    }
    Some(part_of_group(text, tokens, phrase, floor))
}

/// `one of the former prosecutors`, `some of the aides`: the part of the group speaks, and the
/// phrase takes in its quantifier.
fn part_of_group(text: &str, tokens: &[Token], phrase: Phrase, floor: usize) -> Phrase {
    // `of` is checked first and without a copy: this runs for every speaker phrase.
    let part_of = !phrase.pronoun
        && phrase.first >= floor + 2
        && tokens[phrase.first - 1].word
        && tokens[phrase.first - 1]
            .text(text)
            .eq_ignore_ascii_case("of")
        && tokens[phrase.first - 2].word
        && {
            let group = lower(tokens[phrase.first - 2].text(text));
            is_quantifier(&group)
                || is_in(&["one", "two", "three", "none", "each"], &group)
                || is_in(SHARES, &group)
        };
    if !part_of {
        return phrase;
    }
    Phrase {
        name: Span::new(tokens[phrase.first - 2].span.start, phrase.name.end),
        first: phrase.first - 2,
        ..phrase
    }
}

fn phrase_before(text: &str, tokens: &[Token], end: usize, floor: usize) -> Option<Phrase> {
    let mut end = end;
    loop {
        if end > floor && is_auxiliary(tokens[end - 1].text(text)) && tokens[end - 1].word {
            end -= 1;
        } else if end > floor + 1
            && tokens[end - 1].word
            && is_in(
                &["himself", "herself", "themselves", "itself"],
                &lower(tokens[end - 1].text(text)),
            )
        {
            end -= 1; // `Rubio himself argued`: the speaker stressed, not a second one
        } else if let Some(at) = aspect_before(text, tokens, end, floor) {
            end = at; // `Clinton is continuing to insist`, `Groberg went on to explain`
        } else if let Some(at) = time_adverbial_before(text, tokens, end, floor) {
            // `Chaffetz on Tuesday requested`; `A court document filed Thursday says`: past
            // the participle that dates a document too.
            end = at;
            if end > floor + 1
                && tokens[end - 1].word
                && is_in(DATING_PARTICIPLES, &lower(tokens[end - 1].text(text)))
            {
                end -= 1;
                // `Figures to be published today show`.
                if end > floor + 2
                    && lower(tokens[end - 1].text(text)) == "be"
                    && lower(tokens[end - 2].text(text)) == "to"
                {
                    end -= 2;
                }
            }
        } else if let Some(open) = party_label_before(text, tokens, end, floor) {
            end = open; // `Rep. Gregory Meeks (D-N.Y.) said`
        } else if let Some(open) = adverb_aside_before(text, tokens, end, floor) {
            end = open; // `Some Republicans in the House, however, have signaled`
        } else {
            break;
        }
    }
    if end <= floor {
        return None;
    }
    let last = tokens[end - 1];
    // `an organization that endorsed Sanders`: `that` after a noun is a relative subject.
    let relative_that = last.word
        && lower(last.text(text)) == "that"
        && end >= floor + 2
        && tokens[end - 2].word
        && {
            let before = lower(tokens[end - 2].text(text));
            !super::words::is_cue_verb(&before)
                && !is_auxiliary(tokens[end - 2].text(text))
                && !is_in(
                    &["so", "such", "now", "is", "was", "and", "but", "that"],
                    &before,
                )
        };
    if relative_that {
        // The phrase `that` stands for names the source: `an organization that endorsed`.
        let antecedent = back(text, tokens, end - 1, floor)?;
        return Some(Phrase {
            name: antecedent.name,
            first: end - 1,
            last: end,
            pronoun: false,
        });
    }
    // `We’re talking about`, `I’ve said`: the pronoun speaks, without its verb.
    if let Some(len) = last
        .word
        .then(|| contracted_pronoun(last.text(text)))
        .flatten()
    {
        return Some(Phrase {
            name: Span::new(last.span.start, last.span.start + len),
            first: end - 1,
            last: end,
            pronoun: true,
        });
    }
    // `Many of you have questioned`, `One of them said`: the part of the group speaks.
    let part_of = last.word && end >= floor + 3 && lower(tokens[end - 2].text(text)) == "of" && {
        let head = lower(tokens[end - 3].text(text));
        is_quantifier(&head) || is_in(PARTITIVE_HEADS, &head)
    };
    let group_pronoun = part_of && is_in(&["them", "us"], &lower(last.text(text)));
    if last.word && (is_pronoun(last.text(text)) || group_pronoun) {
        let first = if part_of { end - 3 } else { end - 1 };
        return Some(Phrase {
            name: Span::new(tokens[first].span.start, last.span.end),
            first,
            last: end,
            pronoun: true,
        });
    }
    // `A former candidate -- John McCain, who lost in 2008 -- said`: the speaker before the
    // aside between two dashes.
    if super::words::is_dash(last.text(text)) && end >= floor + 3 {
        let dash = last.text(text);
        // `--` comes as two hyphens.
        let double = dash == "-" && tokens[end - 2].is(text, '-');
        let close = if double { end - 2 } else { end - 1 };
        let lowest = end.saturating_sub(30).max(floor);
        let open = (lowest..close.saturating_sub(1))
            .rev()
            .find(|&k| tokens[k].text(text) == dash && (!double || tokens[k + 1].is(text, '-')))?;
        let mut phrase = back(text, tokens, open, floor)?;
        phrase.last = end - 1;
        return Some(phrase);
    }
    // `Smith, a spokesman for the ministry, said`: the name before the appositive.
    if last.is(text, ',') {
        // `Cynthia Thompson, curator at the University of Arkansas, Fayetteville, said`: a
        // name opening the clause speaks, however many commas its appositive holds.
        let first_comma = (floor..end - 1)
            .take(14)
            .find(|&i| tokens[i].is(text, ','))
            .filter(|&c| end - c <= 30 && c > floor);
        // `Rep. Elijah Cummings (D-Md.), chair of the committee, said`: the label is no name.
        let name_end = first_comma.map(|c| party_label_before(text, tokens, c, floor).unwrap_or(c));
        if let Some((comma, name_end)) = first_comma.zip(name_end).filter(|&(_, e)| e - floor <= 6)
        {
            let named = tokens[floor..name_end]
                .iter()
                .all(|t| t.capitalized(text) || fits(text, *t));
            if named && tokens[floor].capitalized(text) {
                if let Some(phrase) = settle(text, tokens, floor, name_end) {
                    let lone_word = comma - floor == 1;
                    let function = is_capitalised_function_word(&lower(tokens[floor].text(text)));
                    // `His Democratic opponent, Rep. Alan Grayson, would`: a role opening the
                    // clause gives way to the name in its appositive.
                    // So does a capitalised title: `The United Nations Secretary-General,
                    // António Guterres, said`.
                    let role_head = !tokens[name_end - 1].capitalized(text)
                        || is_person_role_word(&lower(tokens[name_end - 1].text(text)));
                    // `A spokesman for Elaine Carraway, Luis Ferrante, said`: a role for
                    // someone else gives way to the name in its appositive too.
                    // `Denmark's Minister for Climate, Lars Aagaard, said`, capitalised or not.
                    let role_for = (floor..name_end).any(|k| {
                        is_role(tokens[k].text(text))
                            && tokens.get(k + 1).is_some_and(|t| {
                                is_in(&["for", "of", "at", "to"], &lower(t.text(text)))
                            })
                    });
                    let another_name = (lone_word || role_head || role_for)
                        && comma + 1 < end
                        && tokens[name_after(text, tokens, comma + 1)].capitalized(text);
                    if !function && !another_name {
                        return Some(Phrase {
                            last: end - 1,
                            ..phrase
                        });
                    }
                }
            }
        }
        // `One driver from Leipzig, who asked not to be named, said`, `The former Florida
        // governor, speaking at a town hall in Derry, New Hampshire, said`: an aside opened
        // by a relative pronoun or a participle hangs on the phrase before it, which speaks.
        let aside_at = first_comma.filter(|&comma| {
            tokens.get(comma + 1).is_some_and(|t| {
                let low = lower(t.text(text));
                t.word
                    && !t.capitalized(text)
                    && (is_in(&["who", "whose"], &low) || low.len() > 5 && low.ends_with("ing"))
            })
        });
        if let Some(comma) = aside_at {
            if let Some(head) = phrase_before(text, tokens, comma, floor) {
                // The phrase opens the clause, perhaps after its determiner and modifiers (not
                // after a clause's opener: `The intervention came as Jacob Rees-Mogg, who`).
                let modifier = |t: &Token| {
                    let low = lower(t.text(text));
                    (!t.capitalized(text) || is_in(DETERMINERS, &low))
                        && !is_adverb(&low)
                        && !is_clause_opener(&low)
                };
                let opens = subject_start(text, tokens, floor);
                // `One of them, who asked not to be named, said`.
                if head.pronoun && opens == Some(head.first) {
                    return Some(Phrase {
                        last: end - 1,
                        ..head
                    });
                }
                let start = opens.filter(|&start| {
                    start <= head.first
                        && noun_phrase(text, tokens, start, head.first)
                        && tokens[start..head.first].iter().all(modifier)
                });
                if let Some(start) = start.filter(|_| !head.pronoun) {
                    return Some(Phrase {
                        name: Span::new(tokens[start].span.start, head.name.end),
                        first: start,
                        last: end - 1,
                        ..head
                    });
                }
            }
        }
        // `One of those surveyed, Linda Morrison, a retired teacher from Erie, Pennsylvania,
        // said`, `Another respondent, Mark Delgado, 34, of Tampa, said`: after a description,
        // a full name between the first commas speaks, whatever more is said of them.
        if let Some(comma) =
            first_comma.filter(|&c| tokens[c - 1].word && !tokens[c - 1].capitalized(text))
        {
            let name_at = name_after(text, tokens, comma + 1);
            let name_end = (name_at..end - 1)
                .find(|&k| !(tokens[k].word && tokens[k].capitalized(text)))
                .unwrap_or(end - 1);
            // (A name right before the cue's comma is read below, with its role.)
            let full_name = (2..=5).contains(&(name_end - name_at))
                && tokens[name_end].is(text, ',')
                && name_end + 1 < end - 1;
            let aside_only = (name_end..end - 1).all(|k| {
                let low = lower(tokens[k].text(text));
                !super::reported::FINITE_MARKERS.contains(&low.as_str())
                    && !super::words::is_cue_verb(&low)
            });
            if full_name && aside_only {
                if let Some(phrase) = settle(text, tokens, name_at, name_end) {
                    return Some(Phrase {
                        last: end - 1,
                        ..phrase
                    });
                }
            }
        }
        let lowest = end.saturating_sub(30).max(floor);
        let Some(comma) = (lowest..end - 1).rev().find(|&i| tokens[i].is(text, ',')) else {
            // `The firm Secunia.com, has said`: a comma without an appositive.
            return back(text, tokens, end - 1, floor);
        };
        if comma + 1 >= end - 1 {
            return None;
        }
        // `The opposition leader, Marta Ruiz, said`, `Its leader, Caroline van der Plas,
        // said`, `One pastor, Darran Whiting of Grace Church, said`: the name in the
        // appositive speaks.
        let name_at = name_after(text, tokens, comma + 1);
        if let Some(name_end) = appositive_name_end(text, tokens, name_at, end - 1) {
            if let Some(mut phrase) = settle(text, tokens, name_at, name_end) {
                // The role and the name both name the speaker (not a place before the name:
                // `One pastor in Iowa, Darran Whiting, said`).
                let head = back(text, tokens, comma, floor);
                if let Some(head) = head.filter(|&head| has_role(text, tokens, head)) {
                    phrase.first = head.first;
                    phrase.name.start = head.name.start;
                }
                phrase.last = end - 1;
                return Some(phrase);
            }
        }
        let mut phrase = back(text, tokens, comma, floor)?;
        phrase.last = end - 1;
        return Some(phrase);
    }
    let Some(phrase) = back(text, tokens, end, floor) else {
        return relative_subject(text, tokens, end, floor);
    };
    // `A leaked letter seen by Sky News says`: the document speaks, not the one who saw it.
    let seen_by = phrase.first >= floor + 3
        && lower(tokens[phrase.first - 1].text(text)) == "by"
        && is_in(
            ACCESS_PARTICIPLES,
            &lower(tokens[phrase.first - 2].text(text)),
        );
    if seen_by {
        if let Some(document) = back(text, tokens, phrase.first - 2, floor) {
            return Some(document);
        }
    }
    // `The routine begins with Noah commenting on ...`: a participle's subject is the phrase
    // right before it, never a wider one.
    let participle = tokens
        .get(end)
        .is_some_and(|t| t.word && lower(t.text(text)).ends_with("ing"));
    if participle {
        return Some(phrase);
    }
    let subject = relative_subject(text, tokens, end, floor)
        .or_else(|| participle_subject(text, tokens, phrase, floor))
        .or_else(|| whole_subject(text, tokens, phrase, floor));
    Some(subject.unwrap_or(phrase))
}

/// Where the name in an appositive starting at `at` starts: past `former` or `then` before a
/// title (`Her rival, former Sen. Marcus Bell, said`).
fn name_after(text: &str, tokens: &[Token], at: usize) -> usize {
    let past = tokens
        .get(at)
        .is_some_and(|t| t.word && is_in(&["former", "then", "ex"], &lower(t.text(text))))
        && tokens.get(at + 1).is_some_and(|t| t.capitalized(text));
    // `Her main rival, deputy mayor Laurie Foon, said`: a title in lower case before the name.
    let lowercase = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.word && !t.capitalized(text))
    };
    let titled = (at + 1..=at + 3)
        .take_while(|&k| lowercase(k - 1))
        .find(|&k| tokens.get(k).is_some_and(|t| t.capitalized(text)))
        .filter(|&k| is_role(tokens[k - 1].text(text)));
    titled.unwrap_or(at + usize::from(past))
}

/// The end of the name that the appositive `[first, stop)` is: capitalised words (with name
/// particles: `Caroline van der Plas`), then at most where the person is from (`of Grace
/// Church`). `None` when the appositive is no name.
fn appositive_name_end(text: &str, tokens: &[Token], first: usize, stop: usize) -> Option<usize> {
    const NAME_MAX: usize = 5;
    const AFFILIATION_MAX: usize = 6;
    if first >= stop || !tokens[first].capitalized(text) {
        return None;
    }
    let in_name =
        |t: &Token| t.word && (t.capitalized(text) || NAME_PARTICLES.contains(&t.text(text)));
    let name_end = (first..stop)
        .find(|&k| !in_name(&tokens[k]))
        .unwrap_or(stop);
    if name_end - first > NAME_MAX || !tokens[name_end - 1].capitalized(text) {
        return None;
    }
    if name_end == stop {
        return Some(name_end);
    }
    // `of Grace Church`, `at the University of Leeds`.
    let affiliation = &tokens[name_end + 1..stop];
    let named_place = matches!(
        lower(tokens[name_end].text(text)).as_str(),
        "of" | "at" | "from"
    ) && !affiliation.is_empty()
        && affiliation.len() <= AFFILIATION_MAX
        && (affiliation[0].capitalized(text) || lower(affiliation[0].text(text)) == "the")
        && affiliation.iter().all(|t| {
            t.capitalized(text) || is_in(&["the", "of", "and", "for"], &lower(t.text(text)))
        });
    named_place.then_some(name_end)
}

/// Prepositions that join a noun to the subject's head: `Critics of Scientology at the
/// newsgroup`, `Democrats leaving a discussion with the secretary in the Capitol`.
const SUBJECT_PREPOSITIONS: &[&str] = &[
    "of", "at", "in", "from", "for", "with", "on", "within", "among", "inside", "outside", "by",
    "to",
];

/// Parts of a group that speak for it: `half of Republicans`, `a quarter of independents`.
const SHARES: &[&str] = &[
    "half",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fifth",
    "fifths",
    "majority",
    "minority",
    "plurality",
];

/// Words that qualify an amount: `more than 300`, `at least 40`, `nearly 2,000`.
const AMOUNT_QUALIFIERS: &[&str] = &[
    "more", "less", "fewer", "than", "at", "least", "most", "nearly", "almost", "about", "around",
    "roughly", "some", "over", "under", "just",
];

/// The whole subject when `phrase` is the object of a preposition inside it, and the subject
/// opens the clause at `floor` with no verb on the way: `Critics of Scientology at the
/// newsgroup alt.religion.scientology were critical` speaks for the critics.
fn whole_subject(text: &str, tokens: &[Token], phrase: Phrase, floor: usize) -> Option<Phrase> {
    // `Exports rose, data from the agency showed`: a subject after a comma opens there. (A
    // subject that opens more than `REACH` words back is too long anyway, so the search for
    // the comma stops there and a long sentence costs no more.)
    const REACH: usize = 20;
    let floor = (floor.max(phrase.first.saturating_sub(REACH + 1))..phrase.first)
        .rev()
        .find(|&k| tokens[k].is(text, ','))
        .map_or(floor, |comma| comma + 1);
    // `a montage of Trump's comments`: a possessor is the speaker itself.
    let possessor = lower(phrase.name.text(text)).ends_with("'s");
    if phrase.pronoun || possessor || phrase.first < floor + 2 || phrase.first - floor > REACH {
        return None;
    }
    // `from more than 300 skeletons`: the preposition stands before the amount's qualifier.
    let mut object = phrase.first;
    let amount = tokens[phrase.first]
        .text(text)
        .starts_with(|c: char| c.is_ascii_digit());
    while amount
        && object > floor + 2
        && is_in(AMOUNT_QUALIFIERS, &lower(tokens[object - 1].text(text)))
    {
        object -= 1;
    }
    // `in the journal Nature`: past the descriptor before the name.
    let descriptor = |t: Token| {
        let low = lower(t.text(text));
        t.word && !t.capitalized(text) && !super::reported::is_verb_form(&low)
    };
    if object > floor + 3
        && descriptor(tokens[object - 1])
        && lower(tokens[object - 2].text(text)) == "the"
    {
        object -= 2;
    }
    let joiner = lower(tokens[object - 1].text(text));
    if !is_in(SUBJECT_PREPOSITIONS, &joiner) {
        return None;
    }
    let start = subject_start(text, tokens, floor)?;
    // `A study published in the journal Nature found`: a participle between a work and the
    // preposition tells where the work came out or who made it; the work speaks.
    // (`A study published on Monday in the journal ...`: past the time between them.)
    let mut participle = object.saturating_sub(2);
    while participle > start + 1 && {
        let low = lower(tokens[participle].text(text));
        WEEKDAYS.contains(&low.as_str())
            || super::words::time_nouns().contains(low.as_str())
            || is_in(&["on", "last", "this", "yesterday"], &low)
    } {
        participle -= 1;
    }
    let work_participle = object >= start + 3
        && is_in(WORK_PARTICIPLES, &lower(tokens[participle].text(text)))
        && is_work_noun(&lower(tokens[participle - 1].text(text)));
    // `people briefed on the talks said`, `voters polled by Gallup say`: so do people.
    let people_participle = object >= start + 3
        && is_in(PEOPLE_PARTICIPLES, &lower(tokens[participle].text(text)))
        && is_person_role_word(&lower(tokens[participle - 1].text(text)));
    let head_end = if work_participle || people_participle {
        participle
    } else {
        object - 1
    };
    if start + 1 >= object || !noun_phrase(text, tokens, start, head_end) {
        return None;
    }
    // Only a phrase that could speak on its own widens (`the Pentagon`, `the minister`), so a
    // rule that asks whether the speaker can hold a view gets the same answer; or a subject
    // whose head is a work with findings (`An analysis of ancient DNA from 300 skeletons`).
    // Or a subject headed by people who can speak: `three people familiar with the matter`,
    // `officials close to the talks`.
    let head_role = has_role(
        text,
        tokens,
        Phrase {
            first: start,
            last: object - 1,
            ..phrase
        },
    );
    let source = tokens[phrase.first..phrase.last]
        .iter()
        .any(|t| t.capitalized(text))
        || has_role(text, tokens, phrase)
        || head_role
        || work_participle
        || people_participle
        || finding_head(text, tokens, start, object);
    // The work speaks, not the journal it came out in.
    let name_end = if work_participle {
        tokens[participle - 1].span.end
    } else {
        phrase.name.end
    };
    source.then(|| Phrase {
        name: Span::new(tokens[start].span.start, name_end),
        first: start,
        ..phrase
    })
}

/// True when the subject opening at `start` is headed by a work with findings (a study, a
/// report, a poll): its head is the word before its first preposition, before `stop`.
fn finding_head(text: &str, tokens: &[Token], start: usize, stop: usize) -> bool {
    let Some(joiner) =
        (start + 1..stop).find(|&k| is_in(SUBJECT_PREPOSITIONS, &lower(tokens[k].text(text))))
    else {
        return false;
    };
    is_work_noun(&lower(tokens[joiner - 1].text(text)))
}

/// Participles after people that say how they know or were asked: `people briefed on the
/// talks`, `officials involved in the talks`, `voters polled by Gallup`.
const PEOPLE_PARTICIPLES: &[&str] = &[
    "briefed",
    "involved",
    "informed",
    "polled",
    "surveyed",
    "interviewed",
    "questioned",
];

/// Participles after a work that say where it came out or who made it: `a study published in
/// Nature`, `a survey conducted by Gallup`.
const WORK_PARTICIPLES: &[&str] = &[
    "published",
    "released",
    "issued",
    "posted",
    "conducted",
    "led",
    "commissioned",
    "funded",
    "carried",
    "prepared",
    "written",
    "compiled",
    "produced",
];

/// The subject that a relative clause ending before token `end` hangs on: `Residents who
/// spoke at the meeting said`, `A teenager who spent three nights lost on Dartmoor has told`.
/// The speaker stops before `who`, so a name inside the clause (`Voters who backed Trump
/// said`) is never taken for the source.
fn relative_subject(text: &str, tokens: &[Token], end: usize, floor: usize) -> Option<Phrase> {
    const HEAD_MAX: usize = 6;
    const CLAUSE_MAX: usize = 25;
    let start = subject_start(text, tokens, floor)?;
    let relative = (start + 1..end.min(start + HEAD_MAX + 1)).find(|&k| {
        tokens[k].word && super::words::relative_or_that(&lower(tokens[k].text(text)))
    })?;
    // The clause opens with its verb (not `the fact that he resigned`; `that` must be
    // followed by a verb to be no demonstrative: `an officer that evening`) and holds no
    // comma: `Residents, who ..., said` is an appositive, read elsewhere. Nor does it hold a
    // report or a second clause of its own (`executives who run news groups say that we had
    // better find ...`).
    let clause = tokens.get(relative + 1..end)?;
    let verb_first = clause.first().is_some_and(|t| {
        let low = lower(t.text(text));
        let verb = super::reported::is_verb_form(&low) || irregular_past().contains(low.as_str());
        t.word
            && !t.capitalized(text)
            && !is_pronoun(&low)
            && !is_in(DETERMINERS, &low)
            && !is_in(PREPOSITIONS, &low)
            && (verb || lower(tokens[relative].text(text)) != "that")
    });
    let plain = || {
        clause.iter().skip(1).all(|t| {
            let low = lower(t.text(text));
            // A stance verb holds its object here (`A pastor who has endorsed the senator
            // said`); a speech verb would report a clause of its own.
            t.word
                && !is_in(super::reported::CLAUSE_JOINERS, &low)
                && !speech_verbs().contains(low.as_str())
        })
    };
    // `Two officials who spoke on condition of anonymity because they were not authorized to
    // discuss the matter said`: why a source goes unnamed is no clause of its own.
    let anonymous = || {
        let words: Vec<String> = clause
            .iter()
            .filter(|t| t.word)
            .map(|t| lower(t.text(text)))
            .collect();
        let words = words.join(" ");
        super::reported::anonymity_phrases()
            .iter()
            .any(|p| words.contains(p))
    };
    let clause_verb = clause.len() <= CLAUSE_MAX && verb_first && (plain() || anonymous());
    (clause_verb && noun_phrase(text, tokens, start, relative)).then(|| Phrase {
        name: Span::new(tokens[start].span.start, tokens[relative - 1].span.end),
        first: start,
        last: end,
        pronoun: false,
    })
}

/// The subject that a participle phrase holding `phrase` describes: `A fossil discovered in
/// Egypt's Western Desert suggests`, `Officials involved in the talks said`. The noun before
/// the participle speaks, not the place or thing in the phrase.
fn participle_subject(
    text: &str,
    tokens: &[Token],
    phrase: Phrase,
    floor: usize,
) -> Option<Phrase> {
    const HEAD_MAX: usize = 6;
    if phrase.pronoun {
        return None;
    }
    let start = subject_start(text, tokens, floor)?;
    let participle = (start + 1..phrase.first.min(start + HEAD_MAX + 1)).find(|&k| {
        let low = lower(tokens[k].text(text));
        // Not a speech verb: `Grassley said in a conference call` is a clause.
        tokens[k].word
            && !tokens[k].capitalized(text)
            && (super::reported::is_past_form(&low) || irregular_past().contains(low.as_str()))
            && !speech_verbs().contains(low.as_str())
    })?;
    // Not a subordinator (`escalated after Curiel ordered`).
    let preposition = tokens.get(participle + 1).is_some_and(|t| {
        let low = lower(t.text(text));
        t.word && is_in(SUBJECT_PREPOSITIONS, &low)
    });
    // `phrase` is the preposition's own object (`in the talks`), not a later clause's
    // subject (`said in August after Nabisco announced`).
    let object = phrase.first == participle + 2
        || phrase.first == participle + 3
            && is_in(DETERMINERS, &lower(tokens[participle + 2].text(text)));
    (preposition && object && noun_phrase(text, tokens, start, participle)).then(|| Phrase {
        name: Span::new(tokens[start].span.start, tokens[participle - 1].span.end),
        first: start,
        last: phrase.last,
        pronoun: false,
    })
}

/// Where a subject that opens the clause at `floor` starts: past a conjunction (`But critics
/// of ...`), and `None` when the clause opens with an adverbial (`In Washington the senator
/// said`, `When asked, ...`) rather than its subject.
fn subject_start(text: &str, tokens: &[Token], floor: usize) -> Option<usize> {
    let start = if is_in(SENTENCE_CONJUNCTIONS, &lower(tokens[floor].text(text))) {
        floor + 1
    } else {
        floor
    };
    let opener = lower(tokens.get(start)?.text(text));
    // `In 1998 a farmer in Canterbury found`: a year or a weekday after the opening
    // preposition dates the clause, and its subject follows.
    let dated = is_in(&["in", "on", "since", "during", "by"], &opener)
        && tokens.get(start + 1).is_some_and(|t| {
            let next = lower(t.text(text));
            (next.len() == 4 && next.bytes().all(|c| c.is_ascii_digit()))
                || WEEKDAYS.contains(&next.as_str())
        })
        && tokens
            .get(start + 2)
            .is_some_and(|t| t.word && is_in(DETERMINERS, &lower(t.text(text))));
    if dated {
        return Some(start + 2);
    }
    let adverbial = is_in(PREPOSITIONS, &opener)
        || is_in(super::reported::SUBORDINATORS, &opener)
        || is_in(SUBJECT_PREPOSITIONS, &opener)
        || WEEKDAYS.contains(&opener.as_str());
    (!adverbial).then_some(start)
}

/// True when tokens `[first, end)` hold no verb, pronoun or punctuation, as a noun phrase
/// does: `Reed answered the mayor on Facebook` is a clause, not a subject.
fn noun_phrase(text: &str, tokens: &[Token], first: usize, end: usize) -> bool {
    tokens[first..end].iter().all(|t| {
        let w = lower(t.text(text));
        // `a Chinese-owned smelter`, `a state-run paper`: a compound adjective, no verb (not
        // `re-elected`).
        let compound = w.rsplit_once('-').is_some_and(|(lead, _)| lead.len() >= 4);
        t.word
            && (compound || !super::reported::is_verb_form(&w))
            && !is_in(&["who", "which", "that", "whose", "whom"], &w)
            && !is_pronoun(&w)
    })
}

/// Where a time adverbial between a subject and its verb starts, if tokens `[.., end)` end
/// with one: `on Tuesday`, `last week`, `this month`, `yesterday`.
fn time_adverbial_before(text: &str, tokens: &[Token], end: usize, floor: usize) -> Option<usize> {
    let word_at =
        |k: usize| (k >= floor && k < end && tokens[k].word).then(|| lower(tokens[k].text(text)));
    let last = word_at(end.checked_sub(1)?)?;
    if is_in(&["yesterday", "today", "tonight"], &last) {
        return Some(end - 1);
    }
    // `Trump Tuesday said`, `Broaddrick Sunday night recounted`, `Noah on Thursday night
    // showed`: a weekday after a subject, with its preposition if it has one.
    let weekday_at = |k: usize| word_at(k).is_some_and(|w| WEEKDAYS.contains(&w.as_str()));
    let part_of_day = is_in(&["night", "morning", "afternoon", "evening"], &last);
    let weekday = if part_of_day {
        end.checked_sub(2)?
    } else {
        end - 1
    };
    if weekday > floor && weekday_at(weekday) {
        match word_at(weekday - 1) {
            Some(w) if is_in(&["on", "last", "this", "next", "from", "since"], &w) => {
                return Some(weekday - 1)
            }
            Some(_) => return Some(weekday),
            None => {}
        }
    }
    let opener = word_at(end.checked_sub(2)?)?;
    let periodic = super::words::time_nouns().contains(&last);
    if (opener == "on" && WEEKDAYS.contains(&last.as_str()))
        || (is_in(&["last", "this"], &opener) && (periodic || WEEKDAYS.contains(&last.as_str())))
    {
        return Some(end - 2);
    }
    None
}

/// Where a short bracketed label after a name starts, if tokens `[.., end)` end with one:
/// `(D-N.Y.)`, `(R)`, `(Tex.)`.
fn party_label_before(text: &str, tokens: &[Token], end: usize, floor: usize) -> Option<usize> {
    let close = end.checked_sub(1).filter(|&k| k > floor)?;
    if !tokens[close].is(text, ')') {
        return None;
    }
    let open = (close.saturating_sub(6).max(floor)..close)
        .rev()
        .find(|&k| tokens[k].is(text, '('))?;
    let name_before = open > floor && tokens[open - 1].capitalized(text);
    let short = tokens[open + 1..close]
        .iter()
        .all(|t| !t.word || t.capitalized(text));
    (name_before && short && open + 1 < close).then_some(open)
}

/// Where an adverb set off by commas before `end` starts, if tokens `[.., end)` end with one:
/// `, however,`, `, too,`, `, meanwhile,`.
fn adverb_aside_before(text: &str, tokens: &[Token], end: usize, floor: usize) -> Option<usize> {
    let close = end.checked_sub(1).filter(|&k| k > floor + 2)?;
    let open = close - 2;
    let word = tokens[close - 1];
    let low = lower(word.text(text));
    let adverb = word.word
        && !word.capitalized(text)
        && (is_capitalised_function_word(&low) || is_adverb(&low) || low == "too")
        && !is_pronoun(&low)
        && !is_in(PREPOSITIONS, &low);
    // Between a subject and its verb, not inside the verb (`did not, however, found`).
    let after_subject = tokens[open - 1].word && !is_auxiliary(tokens[open - 1].text(text));
    (adverb && after_subject && tokens[close].is(text, ',') && tokens[open].is(text, ','))
        .then_some(open)
}

/// True for a quantifier that speaks for a group: `most oppose it`, `many agreed`.
pub(crate) fn is_quantifier(low: &str) -> bool {
    is_in(QUANTIFIER_SUBJECTS, low)
}

/// Words for a part of a group before `of them`, beside the quantifiers: `One of them said`.
const PARTITIVE_HEADS: &[&str] = &[
    "one", "two", "three", "four", "five", "each", "either", "neither", "none", "another",
];

/// Words that stand for a group of sources on their own: `Some have suggested`, `Both want`.
const QUANTIFIER_SUBJECTS: &[&str] = &[
    "some", "many", "others", "both", "most", "several", "few", "all",
];

/// Nouns for a body of people that speak without an `s` or an article: `But media have said`.
const COLLECTIVE_SUBJECTS: &[&str] = &[
    "media",
    "police",
    "staff",
    "people",
    "press",
    "military",
    "management",
    "personnel",
    "clergy",
    "public",
    "leadership",
];

/// Verbs of phase or attempt that hand the subject on to the verb after `to`.
const ASPECT_VERBS: &[&str] = &[
    "continue",
    "continues",
    "continued",
    "continuing",
    "begin",
    "begins",
    "began",
    "begun",
    "beginning",
    "start",
    "starts",
    "started",
    "starting",
    "seem",
    "seems",
    "seemed",
    "appear",
    "appears",
    "appeared",
    "try",
    "tries",
    "tried",
    "trying",
    "seek",
    "seeks",
    "sought",
    "seeking",
    "used", // `used to say`: a habit
    // Intentions: `He plans to support at least 100 candidates`.
    "plan",
    "plans",
    "planned",
    "planning",
    "intend",
    "intends",
    "intended",
    "intending",
    "decided",
    "want",
    "wants",
    "wanted",
    // The subject of a passive: `Mr. Trump was prompted to say`.
    "prompted",
    "asked",
    "forced",
    "invited",
];

/// Participles that date a document before its verb: `a report released Monday says`.
const DATING_PARTICIPLES: &[&str] = &[
    "filed",
    "released",
    "published",
    "issued",
    "posted",
    "dated",
    "sent",
    "obtained",
];

/// Participles of getting to see a document, before the one who did: `a letter seen by the
/// BBC says`.
const ACCESS_PARTICIPLES: &[&str] = &["seen", "obtained", "reviewed", "viewed", "acquired"];

/// Where `<aspect verb> to` (or `went on to`) before `end` starts, if it is there.
pub(crate) fn aspect_before(
    text: &str,
    tokens: &[Token],
    end: usize,
    floor: usize,
) -> Option<usize> {
    let word = |k: usize| lower(tokens[k].text(text));
    if end < floor + 2 || !tokens[end - 1].word || word(end - 1) != "to" {
        return None;
    }
    if is_in(ASPECT_VERBS, &word(end - 2)) || super::words::purpose_verbs().contains(&word(end - 2))
    {
        return Some(end - 2);
    }
    let went_on = end >= floor + 3
        && word(end - 2) == "on"
        && is_in(&["went", "goes", "go", "going", "gone"], &word(end - 3));
    // Not `then_some(end - 3)`: its argument is computed even when false, and underflows.
    if went_on {
        Some(end - 3)
    } else {
        None
    }
}

/// `the secretary of state said`, `the head of the agency said`: a role with its `of` object.
fn role_of_before(text: &str, tokens: &[Token], end: usize, floor: usize) -> Option<Phrase> {
    let of = (end.saturating_sub(4).max(floor + 1)..end - 1)
        .rev()
        .find(|&k| tokens[k].word && lower(tokens[k].text(text)) == "of")?;
    let object_is_plain = tokens[of + 1..end].iter().all(|t| {
        let w = lower(t.text(text));
        t.word && !is_pronoun(&w) && !is_auxiliary(t.text(text)) && !super::words::is_cue_verb(&w)
    });
    if !object_is_plain || !tokens[of - 1].word || !is_role(tokens[of - 1].text(text)) {
        return None;
    }
    let role = back(text, tokens, of, floor)?;
    Some(Phrase {
        name: Span::new(role.name.start, tokens[end - 1].span.end),
        last: end,
        ..role
    })
}

/// `Recent reports`, `the statements`: a cue verb's `-s` form read as a plural noun after a
/// determiner or a capitalised word.
fn noun_plural(text: &str, tokens: &[Token], at: usize) -> bool {
    let low = lower(tokens[at].text(text));
    at > 0
        && low.ends_with('s')
        && tokens[at - 1].word
        && (is_in(DETERMINERS, &lower(tokens[at - 1].text(text)))
            || tokens[at - 1].capitalized(text))
}

fn back(text: &str, tokens: &[Token], end: usize, floor: usize) -> Option<Phrase> {
    if end <= floor {
        return None;
    }
    let last = tokens[end - 1];
    // `Some 37% said`: a share speaks, as `37 percent` does.
    let share = last.is(text, '%')
        && end >= floor + 2
        && tokens[end - 2]
            .text(text)
            .starts_with(|c: char| c.is_ascii_digit());
    if share {
        let mut first = end - 2;
        if first > floor && is_in(AMOUNT_QUALIFIERS, &lower(tokens[first - 1].text(text))) {
            first -= 1;
        }
        // It opens its clause (`while 44% said`), not `forecast of 1.4% too optimistic`.
        let opens = first == floor || {
            let before = tokens[first - 1];
            before.is(text, ',')
                || is_in(SENTENCE_CONJUNCTIONS, &lower(before.text(text)))
                || is_clause_opener(&lower(before.text(text)))
        };
        if !opens {
            return None;
        }
        return Some(Phrase {
            name: Span::new(tokens[first].span.start, last.span.end),
            first,
            last: end,
            pronoun: false,
        });
    }
    // `though privately several acknowledged`: an adverb may stand before it.
    let mut opening = end - 1;
    if opening > floor
        && tokens[opening - 1].word
        && is_adverb(&lower(tokens[opening - 1].text(text)))
    {
        opening -= 1;
    }
    let sentence_start = opening == floor
        || tokens[opening - 1].is(text, ',')
        || is_in(
            &[
                "and", "but", "while", "though", "although", "because", "whereas", "since",
            ],
            &lower(tokens[opening - 1].text(text)),
        );
    let last_low = lower(last.text(text));
    // `..., strategists think`, `employees complain`: a bare plural opening its clause.
    let bare_plural = last.word
        && !last.capitalized(text)
        && last_low.len() > 3
        && last_low.ends_with('s')
        && ![
            "ss", "us", "is", "ys", "ways", "times", "haps", "less", "wards",
        ]
        .iter()
        .any(|ending| last_low.ends_with(ending))
        && !last_low.contains('\'')
        && !is_pronoun(&last_low)
        && !is_auxiliary(&last_low)
        && !super::words::is_cue_verb(&last_low);
    let collective = last.word && is_in(COLLECTIVE_SUBJECTS, &last_low);
    // `those surveyed said`, `those polled`: the people a participle picks out.
    if last.word
        && last_low.ends_with("ed")
        && end >= floor + 2
        && lower(tokens[end - 2].text(text)) == "those"
    {
        return Some(Phrase {
            name: Span::new(tokens[end - 2].span.start, last.span.end),
            first: end - 2,
            last: end,
            pronoun: false,
        });
    }
    if sentence_start && (bare_plural || collective || last.word && is_quantifier(&last_low)) {
        return Some(Phrase {
            name: last.span,
            first: end - 1,
            last: end,
            pronoun: false,
        });
    }
    // `..., new fundraising reports show.`, `..., state media said`: a bare plural, or a
    // collective noun right before its cue, with a modifier or two before it.
    let cue_next = || {
        tokens
            .get(end)
            .is_some_and(|t| t.word && super::words::is_cue_verb(&lower(t.text(text))))
    };
    if bare_plural || (collective && cue_next()) {
        let opens_clause = |k: usize| k == floor || tokens[k - 1].is(text, ',');
        let modifier = |k: usize| {
            let t = tokens[k];
            let low = lower(t.text(text));
            // `State media said`: the first word of a sentence is capitalised as any other.
            t.word
                && (k == floor && collective || !t.capitalized(text))
                && !is_in(DETERMINERS, &low)
                && !is_in(JOINERS, &low)
                && !is_in(PREPOSITIONS, &low)
                && !is_clause_opener(&low)
                && !is_pronoun(&low)
                && !is_auxiliary(&low)
                && !is_in(SENTENCE_CONJUNCTIONS, &low)
                && !is_in(
                    &[
                        "or", "that", "where", "when", "while", "as", "if", "given", "then",
                    ],
                    &low,
                )
                && !super::words::is_cue_verb(&low)
        };
        let opening = (end.saturating_sub(3).max(floor)..end - 1)
            .find(|&k| opens_clause(k) && (k..end - 1).all(modifier));
        if let Some(k) = opening {
            return Some(Phrase {
                name: Span::new(tokens[k].span.start, last.span.end),
                first: k,
                last: end,
                pronoun: false,
            });
        }
    }
    let mut first = end;
    let mut lowercase_run = 0;
    while first > floor && end - first < 12 {
        let token = tokens[first - 1];
        let word = token.text(text);
        let low = lower(word);
        if fits(text, token) {
            // `the energy and mineral resources ministry`, `the oil and gas regulator`: `and`
            // between a role's lower-case modifiers joins them, and the run goes on.
            let joins_modifiers = low == "and"
                && lowercase_run > 0
                && first >= floor + 2
                && tokens[first - 2].word
                && !tokens[first - 2].capitalized(text)
                // Not two phrases: `private Chinese companies and ordinary Chinese traders`.
                && !lower(tokens[first - 2].text(text)).ends_with('s')
                && (is_role(tokens[end - 1].text(text))
                    || super::words::body_nouns().contains(&lower(tokens[end - 1].text(text))));
            lowercase_run = usize::from(joins_modifiers);
            first -= 1;
        } else if token.word && is_in(DETERMINERS, &low) {
            first -= 1;
            // `a spokesman for the union`: the determiner opens the object of a joiner.
            let joined = first >= floor + 2
                && is_in(JOINERS, &lower(tokens[first - 1].text(text)))
                && fits(text, tokens[first - 2]);
            if joined {
                first -= 1;
                continue;
            }
            break;
        } else if token.word
            && !token.capitalized(text)
            && lowercase_run < 2
            // `a senior Malian official`: a modifier before a capitalised one in a role (not
            // a function word: `but U.S. officials`, `a pitch to New York voters`).
            && tokens.get(first).is_some_and(|t| {
                is_role(t.text(text))
                    || lowercase_run > 0
                    || t.capitalized(text)
                        && is_role(tokens[end - 1].text(text))
                        && !is_in(PREPOSITIONS, &low)
                        && !is_in(JOINERS, &low)
                        && !is_in(SENTENCE_CONJUNCTIONS, &low)
                        && !is_clause_opener(&low)
                        && !is_in(&["or", "nor", "why", "how", "what", "than", "as"], &low)
                        && !super::reported::is_verb_form(&low)
            })
            && !is_pronoun(word)
            && !super::words::speech_verbs().contains(low.as_str())
            // `the plan that critics say`: a relative pronoun opens the speaker's clause.
            && !is_in(&["which", "who", "whom", "whose"], &low)
            && !(low == "that" && first >= floor + 2 && after_noun(text, tokens[first - 2]))
        {
            // `former prime minister`, `defense minister`
            lowercase_run += 1;
            first -= 1;
        } else {
            break;
        }
    }
    if first == end {
        if let Some(phrase) = role_of_before(text, tokens, end, floor) {
            return Some(phrase);
        }
        // `Romney's associates said`, `the staff letter noted`, `32 percent said`,
        // `Chinese traders say`: a common noun after a determiner, possessive, number or name.
        let head = tokens[end - 1];
        let head_low = lower(head.text(text));
        let adjective = ["ed", "est", "ly"]
            .iter()
            .any(|end| head_low.ends_with(end))
            || head_low.contains('\'');
        let plain = head.word
            && !adjective
            && !head.capitalized(text)
            && !is_capitalised_function_word(&head_low)
            && !is_in(JOINERS, &head_low)
            && !is_in(DETERMINERS, &head_low)
            && (!super::words::is_cue_verb(&head_low) || noun_plural(text, tokens, end - 1));
        if plain {
            let lowest = end.saturating_sub(5).max(floor);
            let anchor = (lowest..end - 1).rev().find(|&k| {
                let t = tokens[k];
                let w = lower(t.text(text));
                t.word
                    && (is_in(DETERMINERS, &w)
                        || w.ends_with("'s")
                        || w.ends_with("s'")
                        || w.chars().all(|c| c.is_ascii_digit())
                        || t.capitalized(text))
            });
            let anchor_word = |k: usize| lower(tokens[k].text(text));
            let clean = |k: usize| {
                // A plural head (`associates`, `traders`) or a possessive or number before it.
                let plural = head_low.ends_with('s') && !head_low.ends_with("ss");
                let owned = anchor_word(k).ends_with("'s")
                    || anchor_word(k).ends_with("s'")
                    || anchor_word(k).chars().all(|c| c.is_ascii_digit());
                let article = ["the", "a", "an", "one", "another", "each", "every"]
                    .contains(&anchor_word(k).as_str());
                (plural || owned || article)
                    && end - k <= 5
                    && (k + 1..end).all(|at| {
                        let t = tokens[at];
                        let w = lower(t.text(text));
                        // The head was judged above: `Recent reports` may end on a cue's form.
                        let head = at == end - 1;
                        t.word
                            && !is_in(JOINERS, &w)
                            && !is_in(AUXILIARIES, &w)
                            && (head || !super::words::is_cue_verb(&w))
                            && ![
                                "who", "which", "that", "and", "or", "but", "to", "be", "if",
                                "when",
                            ]
                            .contains(&w.as_str())
                    })
            };
            // `The European Union's election observation mission`: a possessive name reaches
            // a role or body from where it ends, however long the name before it.
            let owned = |k: usize| {
                let w = anchor_word(k);
                (w.ends_with("'s") || w.ends_with("s'")) && clean(k)
            };
            let reaches = anchor.is_some_and(owned) && is_role(&head_low);
            let anchor = anchor.map(|k| {
                let mut k = k;
                while k > floor
                    && tokens[k].capitalized(text)
                    && fits(text, tokens[k - 1])
                    && tokens[k - 1].capitalized(text)
                {
                    k -= 1;
                }
                // `One major GOP fundraiser`: `one` and `another` pick out someone as `a` does.
                let article = |at: usize| {
                    ["the", "a", "an", "one", "another"]
                        .contains(&lower(tokens[at].text(text)).as_str())
                };
                if k > floor && tokens[k].capitalized(text) && article(k - 1) {
                    k -= 1;
                } else if k > floor + 1
                    && tokens[k].capitalized(text)
                    && article(k - 2)
                    && tokens[k - 1].word
                    && !tokens[k - 1].capitalized(text)
                    && !super::words::is_cue_verb(&lower(tokens[k - 1].text(text)))
                    && !is_in(JOINERS, &lower(tokens[k - 1].text(text)))
                {
                    k -= 2; // `the nationalist Global Times tabloid`
                }
                k
            });
            if let Some(k) = anchor.filter(|&k| clean(k) || reaches) {
                let mut start = k;
                while start > floor
                    && fits(text, tokens[start - 1])
                    && tokens[start - 1].capitalized(text)
                {
                    start -= 1;
                }
                // `Obama the realist knows`, but not `In Portvale the master said`: a name
                // before the article that is a preposition's object is no part of the phrase.
                let object_of_preposition = start < k
                    && (start.saturating_sub(1).max(floor)..k)
                        .any(|at| is_in(PREPOSITIONS, &lower(tokens[at].text(text))));
                // `told CNN the emails confirmed`: nor is the object of a verb before it.
                let object_of_verb = start < k
                    && start > floor
                    && super::words::is_cue_verb(&lower(tokens[start - 1].text(text)));
                if (object_of_preposition || object_of_verb) && !tokens[k].capitalized(text) {
                    start = k;
                }
                // `The SVP counterproposal`: the article before the name belongs to the phrase.
                if start > floor
                    && ["the", "a", "an"].contains(&lower(tokens[start - 1].text(text)).as_str())
                {
                    start -= 1;
                }
                if tokens[start].capitalized(text)
                    && is_capitalised_function_word(&lower(tokens[start].text(text)))
                    && start + 1 < end
                {
                    start += 1; // `But media have said`
                }
                let phrase = settle(text, tokens, start, end).or_else(|| {
                    let low_first = lower(tokens[start].text(text));
                    let function = tokens[start].capitalized(text)
                        && is_capitalised_function_word(&low_first)
                        && !is_in(DETERMINERS, &low_first);
                    (!function).then(|| Phrase {
                        name: Span::new(tokens[start].span.start, tokens[end - 1].span.end),
                        first: start,
                        last: end,
                        pronoun: false,
                    })
                });
                return phrase;
            }
        }
        return None;
    }
    // Drop lowercase modifiers left hanging at the front without a determiner, unless the
    // phrase opens its clause: `..., harbour chief Ines Varga said`.
    let modifiers_after_comma = |k: usize| {
        let modifiers = (k..end).take_while(|&at| !is_role(tokens[at].text(text)));
        k > floor
            && tokens[k - 1].is(text, ',')
            && modifiers.clone().count() <= 2
            && tokens
                .get(k + modifiers.clone().count())
                .is_some_and(|t| t.word)
            && modifiers.clone().all(|at| {
                let low = lower(tokens[at].text(text));
                tokens[at].word
                    && !tokens[at].capitalized(text)
                    && !is_adverb(&low)
                    && !is_clause_opener(&low)
                    && !is_capitalised_function_word(&low)
                    && !is_in(JOINERS, &low)
                    && !is_in(PREPOSITIONS, &low)
                    && !is_in(DETERMINERS, &low)
                    && !super::reported::is_verb_form(&low)
            })
    };
    while first < end
        && lowercase_run > 0
        && !modifiers_after_comma(first)
        && tokens[first].word
        && !tokens[first].capitalized(text)
        && !is_role(tokens[first].text(text))
        && !is_in(DETERMINERS, &lower(tokens[first].text(text)))
    {
        first += 1;
        lowercase_run -= 1;
    }
    settle(text, tokens, first, end)
}

/// `one commenter`, `a woman in the crowd`: a determiner and up to three lowercase words
/// starting at token `start` that end the clause, as after an inverted cue (`," wrote one
/// commenter.`), where nothing but the speaker can stand.
pub(crate) fn determined_noun(
    text: &str,
    tokens: &[Token],
    start: usize,
    ceiling: usize,
) -> Option<Phrase> {
    let first = *tokens.get(start).filter(|_| start < ceiling)?;
    if !first.word || !is_in(DETERMINERS, &lower(first.text(text))) {
        return None;
    }
    let last = (start + 1..ceiling.min(start + 4))
        .take_while(|&k| {
            let t = tokens[k];
            let low = lower(t.text(text));
            t.word && !t.capitalized(text) && !opens_postmodifier(&low) && !is_pronoun(&low)
        })
        .last()?
        + 1;
    // `," said the post by an unknown author`: a preposition ends the noun.
    let ends = last == ceiling
        || !tokens[last].word
        || opens_postmodifier(&lower(tokens[last].text(text)));
    ends.then(|| Phrase {
        name: Span::new(first.span.start, tokens[last - 1].span.end),
        first: start,
        last,
        pronoun: false,
    })
}

fn opens_postmodifier(low: &str) -> bool {
    is_in(PREPOSITIONS, low) || is_in(SUBJECT_PREPOSITIONS, low)
}

/// The speaker phrase starting at token `start` ([`after`]), or else a lowercase noun after a
/// determiner ([`determined_noun`]): `," said the post`, `quoted an unnamed official as`.
pub(crate) fn after_or_determined(
    text: &str,
    tokens: &[Token],
    start: usize,
    ceiling: usize,
) -> Option<Phrase> {
    after(text, tokens, start, ceiling).or_else(|| determined_noun(text, tokens, start, ceiling))
}

/// The speaker phrase starting at token `start`, ending before `ceiling`.
pub(crate) fn after(text: &str, tokens: &[Token], start: usize, ceiling: usize) -> Option<Phrase> {
    let first_token = *tokens.get(start).filter(|_| start < ceiling)?;
    if first_token.word && is_pronoun(first_token.text(text)) {
        return Some(Phrase {
            name: first_token.span,
            first: start,
            last: start + 1,
            pronoun: true,
        });
    }
    let mut last = start;
    if is_in(DETERMINERS, &lower(first_token.text(text))) && first_token.word {
        last += 1;
    }
    while last < ceiling && last - start < 12 {
        let token = tokens[last];
        // `According to Rathbun the Scientology property ...`: a determiner right after a name
        // opens the next phrase; after a joiner it belongs (`Secretary of the Navy`).
        let low = lower(token.text(text));
        if last > start
            && token.word
            && is_in(DETERMINERS, &low)
            && !is_in(JOINERS, &lower(tokens[last - 1].text(text)))
        {
            break;
        }
        // A lowercase modifier joins when a role or name follows soon: `former prime minister`.
        // A modifier comes before its noun, never before a determiner: `Reed answered the
        // mayor` has a verb there.
        let before_determiner = tokens
            .get(last + 1)
            .is_some_and(|t| t.word && is_in(DETERMINERS, &lower(t.text(text))));
        // `a study published on Wednesday`: a participle before its preposition opens a
        // phrase about the speaker, not part of it (`a retired general` is).
        let participle_phrase = token.word
            && !token.capitalized(text)
            && super::reported::is_verb_form(&low)
            && tokens
                .get(last + 1)
                .is_some_and(|t| is_in(PREPOSITIONS, &lower(t.text(text))));
        // `Khaleda Zia visited Kurigram`, `The mayor spoke in Iowa`: a past form right after a
        // name or a role is its verb (`a retired general` has its modifier after a determiner).
        let verb_after_name = token.word
            && last > start
            && (tokens[last - 1].capitalized(text) || is_role(tokens[last - 1].text(text)))
            && (super::reported::is_verb_form(&low)
                || irregular_past().contains(low.as_str())
                || present_after_name(text, tokens, last, &low));
        let joins = fits(text, token)
            || (token.word
                && !token.capitalized(text)
                && !before_determiner
                && !participle_phrase
                && !verb_after_name
                && (last + 1..(last + 3).min(ceiling))
                    .any(|i| is_role(tokens[i].text(text)) || tokens[i].capitalized(text))
                && !is_pronoun(token.text(text))
                // `have followed Mr. Trump's lead`: a verb is no modifier.
                && !is_in(super::reported::FINITE_MARKERS, &low)
                && !is_capitalised_function_word(&low)
                && !speech_verbs().contains(low.as_str()));
        if !joins {
            break;
        }
        last += 1;
    }
    // Stop at a speech verb taken for a capitalised word (`Said`) or a trailing joiner.
    let phrase = settle(text, tokens, start, last)?;
    Some(with_postmodifier(text, tokens, phrase, ceiling))
}

/// `," said the club's owner, Mark Hughes.`: a role after an inverted cue, then the name in
/// its appositive, which ends the clause. The name speaks; the phrase takes in both.
pub(crate) fn with_appositive_name(
    text: &str,
    tokens: &[Token],
    phrase: Phrase,
    ceiling: usize,
) -> Phrase {
    const NAME_MAX: usize = 5;
    let comma = phrase.last;
    let role_head = !phrase.pronoun
        && comma > phrase.first
        && is_role(tokens[comma - 1].text(text))
        && !tokens[comma - 1].capitalized(text);
    if !role_head || comma + 1 >= ceiling || !tokens[comma].is(text, ',') {
        return phrase;
    }
    let name_at = name_after(text, tokens, comma + 1);
    let run_end = (name_at..ceiling.min(name_at + NAME_MAX + 1))
        .find(|&k| {
            let t = tokens[k];
            !(t.word && (t.capitalized(text) || NAME_PARTICLES.contains(&t.text(text))))
        })
        .unwrap_or(ceiling);
    let name_end = appositive_name_end(text, tokens, name_at, run_end);
    // The name ends the clause: `, Mark Hughes.`, not `, Mark Hughes said` or a list.
    let closes = |end: usize| end == ceiling || !tokens[end].word && !tokens[end].is(text, '&');
    match name_end.filter(|&end| end > name_at && closes(end)) {
        Some(end) => settle(text, tokens, name_at, end).map_or(phrase, |name| Phrase {
            name: name.name,
            last: end,
            ..phrase
        }),
        None => phrase,
    }
}

/// `," the spokeswoman for the Russian Foreign Ministry, Maria Zakharova, said`: a role phrase,
/// then a name alone between the commas at `comma` and `close`. The name speaks; the phrase
/// takes in both. None when the aside is no name or the phrase holds no role.
pub(crate) fn role_then_name(
    text: &str,
    tokens: &[Token],
    phrase: Phrase,
    comma: usize,
    close: usize,
) -> Option<Phrase> {
    if phrase.pronoun
        || !has_role(text, tokens, phrase)
        || !tokens.get(comma)?.is(text, ',')
        || close <= comma + 1
        || close - comma > 7
    {
        return None;
    }
    // The phrase is no name itself: `the spokeswoman`, not `Anna Berg of the Trust`.
    if tokens[phrase.first].capitalized(text) && !is_role(tokens[phrase.first].text(text)) {
        return None;
    }
    let name_at = name_after(text, tokens, comma + 1);
    let end = appositive_name_end(text, tokens, name_at, close)?;
    let name = settle(text, tokens, name_at, end).filter(|_| end == close && end > name_at)?;
    Some(Phrase {
        name: name.name,
        last: close,
        ..phrase
    })
}

/// True when lowercase `low` at `k`, after a name, is a present verb by its place: `Emery
/// fumes at VAR decision`, `Klopp hails Salah` (a headline's verb), before a preposition or
/// another name.
fn present_after_name(text: &str, tokens: &[Token], k: usize, low: &str) -> bool {
    let next = tokens.get(k + 1);
    low.len() > 4
        && low.ends_with('s')
        && !["ss", "us", "is"].iter().any(|end| low.ends_with(end))
        && !low.contains('\'')
        && !low.contains('’')
        && next.is_some_and(|t| t.capitalized(text) || is_in(PREPOSITIONS, &lower(t.text(text))))
}

/// What describes an unnamed source after its noun and belongs to it: `a person familiar
/// with the matter`, `officials close to the talks`, `two people briefed on the plan`.
const SOURCE_POSTMODIFIERS: &[(&str, &str)] = &[
    ("familiar", "with"),
    ("close", "to"),
    ("briefed", "on"),
    ("with", "knowledge"),
    ("involved", "in"),
    ("knowledgeable", "about"),
];

/// `phrase` with the description after it, up to a comma or a relative clause.
fn with_postmodifier(text: &str, tokens: &[Token], phrase: Phrase, ceiling: usize) -> Phrase {
    const REACH: usize = 10;
    let k = phrase.last;
    if phrase.pronoun || k + 2 >= ceiling || !tokens[k].word || !tokens[k + 1].word {
        return phrase;
    }
    let pair = (lower(tokens[k].text(text)), lower(tokens[k + 1].text(text)));
    if !SOURCE_POSTMODIFIERS.contains(&(pair.0.as_str(), pair.1.as_str())) {
        return phrase;
    }
    let mut end = k + 2;
    while end < ceiling.min(k + REACH)
        && tokens[end].word
        && !is_in(&["who", "which", "that"], &lower(tokens[end].text(text)))
    {
        end += 1;
    }
    if end == k + 2 {
        return phrase;
    }
    Phrase {
        name: Span::new(phrase.name.start, tokens[end - 1].span.end),
        last: end,
        ..phrase
    }
}

/// What the entity pass found: the entities, their mentions by position (span, entity, whether
/// a name), and the quotations' spans, whose names are no antecedents outside them.
#[derive(Clone, Copy)]
struct Known<'a> {
    entities: &'a [Entity],
    by_position: &'a [(Span, usize, bool)],
    quoted: &'a [Span],
}

/// What came before a speaker: the earlier quotes' speakers (span, entity) in quote order, and
/// the text's sentences.
#[derive(Default)]
pub(crate) struct Discourse<'a> {
    pub earlier: &'a [(Span, Option<usize>)],
    pub sentences: &'a [Span],
}

impl Discourse<'_> {
    /// The speakers ending before `at`, nearest first, among the last few quotes.
    fn before(&self, at: usize) -> impl Iterator<Item = (Span, Option<usize>)> + '_ {
        let mut recent: Vec<(Span, Option<usize>)> = self
            .earlier
            .iter()
            .rev()
            .take(8)
            .filter(|(span, _)| span.end <= at)
            .copied()
            .collect();
        recent.sort_by_key(|(span, _)| std::cmp::Reverse(span.end));
        recent.into_iter()
    }

    /// The index of the sentence holding byte `at`.
    fn sentence_of(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        (i < self.sentences.len() && self.sentences[i].start <= at).then_some(i)
    }
}

/// `the Russian leader`, `the senator`: `the`, then a lower-case head noun last.
fn definite_description(low: &str) -> bool {
    low.starts_with("the ")
        && low
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// True when the words between a place or nationality and a name ending at `to` make it the
/// name's modifier: titles and a noun or two (`Florida Sen. Marco Rubio`, `his Egyptian
/// counterpart Sameh Shoukry`), not a clause (`a Florida crowd that Marco Rubio`).
fn premodifies(text: &str, from: usize, to: usize) -> bool {
    const FUNCTION: &[&str] = &[
        "that", "and", "or", "but", "as", "to", "of", "for", "with", "by", "from", "in", "on",
        "at", "who", "which", "when", "than", "is", "was", "are", "were", "has", "had", "have",
    ];
    let Some(gap) = text.get(from..to) else {
        return false;
    };
    let words: Vec<&str> = gap.split_whitespace().collect();
    words.len() <= 4
        && !gap.contains([',', ';', ':', '(', ')', '"', '“', '”', '\n'])
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || w.chars().all(|c| c.is_alphabetic() || c == '-')
                    && !FUNCTION.contains(w)
                    && !w.ends_with("ed")
                    && !w.ends_with("ing")
        })
}

/// The places and nationalities that modify a person's name where it is named (`Russian` of
/// `Russian President Vladimir Putin`), as entity ids.
fn name_places(
    text: &str,
    id: usize,
    entities: &[Entity],
    by_position: &[(Span, usize, bool)],
) -> Vec<usize> {
    name_modifiers(text, id, entities, by_position, |kind| {
        matches!(kind, EntityKind::Nationality | EntityKind::Location)
    })
}

/// The entities of a kind that `placed` accepts that modify a person's name where it is named
/// (`Kremlin` of `Kremlin Spokesman Dmitry Peskov`), as entity ids.
fn name_modifiers(
    text: &str,
    id: usize,
    entities: &[Entity],
    by_position: &[(Span, usize, bool)],
    placed: impl Fn(EntityKind) -> bool,
) -> Vec<usize> {
    let mut places = Vec::new();
    for mention in entities[id].mentions.iter().take(16) {
        let start = mention.span.start;
        let from = by_position.partition_point(|(span, _, _)| span.start + 48 < start);
        for (span, place, _) in by_position[from..]
            .iter()
            .take_while(|(span, _, _)| span.start < start)
        {
            if placed(entities[*place].kind)
                && span.end <= start
                && premodifies(text, span.end, start)
                && !places.contains(place)
            {
                places.push(*place);
            }
        }
    }
    places
}

/// True when a title's word stands for role word `role`: the word itself, or its
/// abbreviation (`Sen.` for `senator`, `Gov.` for `governor`).
fn title_word_is(title_word: &str, role: &str) -> bool {
    title_word == role
        || title_word.ends_with('.')
            && super::words::title_abbreviation_roles()
                .iter()
                .any(|pair| pair.split_once(' ') == Some((title_word, role)))
}

/// The person a role phrase describes (`the minister`, `the Egyptian minister`, `the top
/// Russian diplomat`): the last one named whose titles hold its role and whose name its place
/// or nationality modifies; else someone named later bearing the whole phrase as a title.
fn described_person(
    text: &str,
    speaker: Span,
    low: &str,
    entities: &[Entity],
    by_position: &[(Span, usize, bool)],
) -> Option<usize> {
    let role_words: Vec<&str> = low.split_whitespace().filter(|w| is_role(w)).collect();
    if role_words.is_empty() {
        return None;
    }
    let upto = by_position.partition_point(|(span, _, _)| span.start < speaker.end);
    let before_speaker = by_position[..upto]
        .iter()
        .rev()
        .filter(|(span, _, _)| span.end <= speaker.start);
    // `the top Russian diplomat` after `Russian Foreign Minister Sergey Lavrov`: a role
    // word names its own title, or after `the` one the nominals list gives it (not `a
    // senior Belarus politician`, who is someone new).
    let definite = low.starts_with("the ")
        || text[..speaker.start]
            .split_whitespace()
            .rev()
            .take(2)
            .any(|w| w.eq_ignore_ascii_case("the"));
    let titled = |id: usize| {
        entities[id].kind == EntityKind::Person
            && entities[id].titles.iter().any(|title| {
                let title = lower(title);
                role_words.iter().all(|r| {
                    title.split_whitespace().any(|w| title_word_is(w, r))
                        || definite
                            && crate::entities::person_nominal(r)
                                .iter()
                                .any(|listed| title.ends_with(listed))
                })
            })
    };
    // `the Egyptian minister`, `the Florida senator`: the places and nationalities in the
    // phrase. A person whose name one of them modifies fits (`his Egyptian counterpart Sameh
    // Shoukry`, `Florida Sen. Marco Rubio`); one placed by another of the same kind does not
    // (`Russian Foreign Minister Sergey Lavrov`).
    // Only for one person described (`the Florida senator`), not `Florida election officials`.
    let one_described = definite_description(low)
        && low.rsplit(' ').next().is_some_and(is_person_role_word)
        && !low.ends_with('s');
    let first = by_position.partition_point(|(span, _, _)| span.start < speaker.start);
    let places: Vec<usize> = by_position[first..upto]
        .iter()
        .filter(|(span, id, _)| {
            one_described
                && speaker.contains(*span)
                && matches!(
                    entities[*id].kind,
                    EntityKind::Nationality | EntityKind::Location
                )
        })
        .map(|(_, id, _)| *id)
        .collect();
    let placed = |id: usize| -> Option<bool> {
        let kind_of = |place: &usize| entities[*place].kind;
        let near: Vec<usize> = name_places(text, id, entities, by_position)
            .into_iter()
            .filter(|near| places.iter().any(|p| kind_of(p) == kind_of(near)))
            .collect();
        (!near.is_empty()).then(|| places.iter().any(|p| near.contains(p)))
    };
    if !places.is_empty() {
        // Each person once: the places of a name are read from all its mentions.
        let mut seen: Vec<usize> = Vec::new();
        for (_, id, _) in before_speaker.clone().take(400) {
            if entities[*id].kind != EntityKind::Person || seen.contains(id) {
                continue;
            }
            seen.push(*id);
            // One with no title fits by place alone: `counterpart` is no title. One named
            // with no place fits by title only as the last person named: `President Vladimir
            // Putin said ... the Russian leader said`.
            let fits = match placed(*id) {
                Some(place) => place && (entities[*id].titles.is_empty() || titled(*id)),
                None => seen.len() == 1 && titled(*id),
            };
            if fits {
                return Some(*id);
            }
        }
    } else if let Some((_, id, _)) = before_speaker
        .clone()
        .take(400)
        .find(|(_, id, _)| titled(*id))
    {
        // With a place in the phrase, a senator named with no state is not `the Vermont
        // senator`.
        return Some(*id);
    }
    // Someone named only later must bear the whole phrase as a title: `the secretary of
    // state` is not `Treasury Secretary Jacob Lew`.
    // (A headline's label may name them first: `GUYANA PRESIDENT: ...`.)
    let bears_phrase = |id: usize| {
        !low.starts_with("the ")
            || entities[id].titles.iter().any(|title| {
                let title = lower(title);
                low.split_whitespace()
                    .filter(|w| !is_in(&["the", "a", "an", "of", "and", "for"], w))
                    .all(|w| title.split_whitespace().any(|t| t == w))
            })
    };
    // Or as an appositive where named: `says union chief` in a headline, then `Klaus
    // Weidinger, the union chief, has led ...` in the story.
    let role = low.strip_prefix("the ").unwrap_or(low);
    let in_apposition = |id: usize| {
        entities[id].kind == EntityKind::Person
            && entities[id].mentions.iter().take(4).any(|m| {
                let after = text.get(m.span.end..).unwrap_or("");
                let Some(after) = after.strip_prefix(", ") else {
                    return false;
                };
                let after = after.strip_prefix("the ").unwrap_or(after);
                after
                    .get(..role.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(role))
                    && after[role.len()..].starts_with([',', '.', ';'])
            })
    };
    (0..entities.len())
        .take(400)
        .find(|&id| titled(id) && bears_phrase(id) || in_apposition(id))
}

/// `His campaign manager, Kellyanne Conway, said ... The campaign manager also said`,
/// `Republican nominee Donald Trump ... The nominee said`: `the <role>` is the one person
/// named before it right after those words, when no other person was so named.
fn introduced_with_role(
    text: &str,
    speaker: Span,
    low: &str,
    entities: &[Entity],
) -> Option<usize> {
    let role = low.strip_prefix("the ")?;
    let words = role.split(' ').count();
    // A person or a body (`the studio`), not a writing (`the report`).
    let head = role.rsplit(' ').next().unwrap_or("");
    if words > 3
        || !role
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == ' ' || c == '-')
        || !(is_person_role_word(head) || super::words::body_roles().contains(head))
    {
        return None;
    }
    let mut found = None;
    for (id, entity) in entities.iter().enumerate().take(400) {
        if entity.kind != EntityKind::Person {
            continue;
        }
        let named = entity.mentions.iter().take(8).any(|m| {
            m.span.end <= speaker.start
                && text.get(..m.span.start).is_some_and(|lead| {
                    // In the same line: not a headline's last word.
                    let lead = lead.strip_suffix(' ').unwrap_or(lead);
                    let lead = lead.strip_suffix(',').unwrap_or(lead);
                    lead.len() > role.len()
                        && lead.is_char_boundary(lead.len() - role.len())
                        && lead[lead.len() - role.len()..].eq_ignore_ascii_case(role)
                        && lead[..lead.len() - role.len()].ends_with(' ')
                })
        });
        if named {
            if found.is_some() {
                return None;
            }
            found = Some(id);
        }
    }
    found
}

/// `the Florida senator called ... He called for ...`: `he` or `she` opening the sentence
/// after the one where a description spoke goes on for the person described, whom the entity
/// pass, reading names, may not have taken for that sentence's subject.
fn described_subject(
    text: &str,
    speaker: Span,
    low: &str,
    entities: &[Entity],
    discourse: &Discourse,
) -> Option<usize> {
    if !matches!(low, "he" | "she") {
        return None;
    }
    let (before, entity) = discourse.before(speaker.start).next()?;
    let id = entity?;
    let here = discourse.sentence_of(speaker.start)?;
    let opens = discourse.sentences[here].start;
    let opens_sentence = text.get(opens..speaker.start).is_some_and(|lead| {
        lead.split_whitespace()
            .all(|w| SENTENCE_CONJUNCTIONS.contains(&lower(w).as_str()))
    });
    let fits = entities[id].kind == EntityKind::Person
        && Sex::agrees(entities[id].sex, Sex::of_pronoun(low))
        && definite_description(&lower(before.text(text)));
    (fits && opens_sentence && discourse.sentence_of(before.start)? + 1 == here).then_some(id)
}

/// Whether the body named `name` may be what `the <head>` stands for: not when its name ends
/// with another body's noun (`the Foreign Ministry` is no company, `the United Nations` no bank).
fn may_be_a(head: &str, name: &str) -> bool {
    let name = lower(name);
    let last = name.rsplit(' ').next().unwrap_or("");
    last == head
        || !super::words::roles().contains(last) && !super::words::body_nouns().contains(last)
}

/// A speaker that goes on for one who spoke just before: `Consolidated Brands Inc said ...
/// The company also said` (not the rival named since), `A spokesperson for Hallam Vale Homes
/// said ... the spokesperson added`, `Consolidated said ... It expects`.
fn spoken_before(
    text: &str,
    speaker: Span,
    low: &str,
    entities: &[Entity],
    by_position: &[(Span, usize, bool)],
    linked: Option<usize>,
    discourse: &Discourse,
) -> Option<usize> {
    let organization = |id: usize| entities[id].kind == EntityKind::Organization;
    let head = low.rsplit(' ').next().unwrap_or("");
    let words = low.split(' ').count();
    // `the privately held company` too, not `the rival company`.
    let same_body = words == 2
        || words <= 5
            && low
                .split(' ')
                .all(|w| !super::words::other_body_words().contains(w));
    if definite_description(low) && same_body && super::words::focus_bodies().contains(head) {
        // `the company`, `the club`: the organisation that spoke last, if it may be one.
        let fits = |id: usize| may_be_a(head, &entities[id].name);
        // A speaker that names its body (not `it`, which may have gone astray).
        let named_in = |before: Span, id: usize| {
            mentions_between(by_position, before.start, before.end)
                .any(|(span, at, name)| *name && *at == id && before.contains(*span))
        };
        // `Nederlandse Aardolie Maatschappij (NAM), the joint venture of Shell and ExxonMobil
        // ..., said`: a body's short name in brackets after a speaker the entity pass took for
        // someone else names it too.
        let bracketed = |before: Span| {
            let rest = text.get(before.end..)?.strip_prefix(" (")?;
            let at = text.len() - rest.len();
            mentions_between(by_position, at, at + 1)
                .find(|(span, id, name)| {
                    *name
                        && organization(*id)
                        && text.get(span.end..).is_some_and(|r| r.starts_with(')'))
                })
                .map(|(_, id, _)| *id)
        };
        let body_of = |(span, entity): (Span, Option<usize>)| {
            let id = entity
                .filter(|&id| organization(id) && named_in(span, id))
                .or_else(|| bracketed(span))?;
            Some((span, id))
        };
        let mut spoke = discourse.before(speaker.start).filter_map(body_of);
        let (before, id) = spoke.next()?;
        // `Glencore declined to comment. Goldman Sachs also declined to comment. The company
        // has said`: of two bodies that spoke side by side, the one the text is about (named
        // more often) is `the company`, not its adviser or rival that spoke last.
        let mentions = |id: usize| entities[id].mentions.len();
        let sentence_of = |span: Span| discourse.sentence_of(span.start);
        let topic = spoke.next().filter(|&(span, other)| {
            other != id
                && mentions(other) > mentions(id) + 1
                && fits(other)
                && sentence_of(before)
                    .zip(sentence_of(span))
                    .is_some_and(|(there, then)| then + 1 >= there)
        });
        // The entity pass's link when it is named in that speaker too (`Chemicals group
        // Bayer AG <BAYG.F> said` is Bayer AG, whichever of its names the speaker took),
        // or earlier in the speaker's own sentence (`Delmar's board approved the deal,
        // the company said`).
        let sentence = discourse
            .sentence_of(speaker.start)
            .map_or(speaker, |at| discourse.sentences[at]);
        let lead = Span::new(sentence.start, speaker.start);
        if let Some((_, other)) = topic {
            if !linked.is_some_and(|link| named_in(lead, link)) {
                return Some(other);
            }
        }
        return match linked {
            Some(link) if named_in(before, link) || named_in(lead, link) => Some(link),
            _ => Some(id).filter(|&id| fits(id)),
        };
    }
    if definite_description(low) && words == 2 && super::words::document_nouns().contains(head) {
        // `"...," the statement said` after `In a statement, the Survey said ...`: a document
        // speaks for the last speaker, when that speaker's sentence (this one or the one
        // before) says it spoke in one (`in a (written) statement`; not `said Cook provided a
        // statement`, which is Cook's).
        let here = discourse.sentence_of(speaker.start)?;
        let (before, entity) = discourse.before(speaker.start).next()?;
        let there = discourse.sentence_of(before.start)?;
        let sentence = lower(discourse.sentences[there].text(text));
        let words: Vec<&str> = sentence
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .collect();
        let spoke_in_one = words.iter().enumerate().any(|(k, w)| {
            *w == head
                && (2..=4).any(|back| {
                    k >= back
                        && words[k - back] == "in"
                        && ["a", "an", "its", "his", "her", "their"].contains(&words[k - back + 1])
                })
        });
        return entity.filter(|_| there + 1 >= here && spoke_in_one);
    }
    if definite_description(low) && words == 2 {
        // Introduced just before: see `introduced_before`.
        return None;
    }
    // `Historic Environment Scotland described ... A spokesperson said`: a spokesperson with
    // no body named speaks for the body that spoke in that sentence or the one before, when no
    // other body was named since. A kind of body may stand between: `a company spokesperson`,
    // `a club spokesman`.
    let kind_of_body = words == 3
        && low
            .split(' ')
            .nth(1)
            .is_some_and(|w| super::words::body_roles().contains(w));
    let spokesperson = (words == 2 || kind_of_body)
        && (low.starts_with("a ") || low.starts_with("an "))
        && head.starts_with("spokes");
    // The body that spoke last before the speaker: its id, whether it spoke in this sentence
    // or the one before, and whether another body that `counts` was named since.
    let last_body = |counts: &dyn Fn(usize) -> bool| -> Option<(usize, bool, bool)> {
        let here = discourse.sentence_of(speaker.start)?;
        let (before, entity) = discourse.before(speaker.start).next()?;
        let id = entity.filter(|&id| organization(id))?;
        let there = discourse.sentence_of(before.start)?;
        let other_named = mentions_between(by_position, before.end, speaker.start)
            .take(MENTIONS_BACK)
            .any(|(_, other, _)| *other != id && organization(*other) && counts(*other));
        Some((id, there + 1 >= here, other_named))
    };
    if spokesperson {
        let (id, near, other_named) = last_body(&|_| true)?;
        return (near && !other_named).then_some(id);
    }
    // `It expects`: the body that spoke last, in the same sentence or the one before, or
    // further back with no other body named since.
    if low == "it" {
        let (id, near, other_named) = last_body(&|other| !is_law(&entities[other]))?;
        return (near || !other_named).then_some(id);
    }
    None
}

/// `the spokesperson` after `A spokesperson for Hallam Vale Homes said` or `A Brightline
/// spokesperson said`, one of the last two speakers: the same one, with its entity or with
/// none when it has none (`A senior executive at one chain, who asked not to be named, said
/// ... the executive said` is not a chief executive named before). Not `the source`, who
/// speaks for no one named. None when no such speaker introduced the role.
fn introduced_before(
    text: &str,
    speaker: Span,
    low: &str,
    discourse: &Discourse,
) -> Option<Option<usize>> {
    let head = low.rsplit(' ').next().unwrap_or("");
    if !definite_description(low)
        || low.split(' ').count() != 2
        || !is_person_role_word(head)
        || super::words::associates().contains(head)
    {
        return None;
    }
    discourse
        .before(speaker.start)
        .take(2)
        .find(|(span, _)| {
            let earlier = lower(span.text(text));
            let words: Vec<&str> = earlier.split_whitespace().collect();
            // The head before the first preposition: `a senior executive at one chain`.
            let core = words
                .iter()
                .position(|w| PREPOSITIONS.contains(w))
                .map_or(&words[..], |at| &words[..at]);
            ["a", "an"].contains(words.first().unwrap_or(&""))
                && (words.get(1) == Some(&head)
                    || words.last() == Some(&head)
                    || core.last() == Some(&head))
        })
        .map(|(_, entity)| entity)
}

/// `The commission said` after `The Commission on Presidential Debates met`, `according to the
/// authority` after `the Norwegian Safety Investigation Authority`, `a spokeswoman for the
/// federation`: a body's noun after `the` is the body last named with that noun in its name.
/// With none so named, `the company` or `the studio` is the body that opens one of the two
/// sentences before (`Lumo Games Oy unveiled ...`) or its own.
fn named_body(
    text: &str,
    speaker: Span,
    low: &str,
    known: &Known,
    discourse: &Discourse,
) -> Option<usize> {
    let Known {
        entities,
        by_position,
        quoted,
    } = *known;
    let phrase = body_phrase(low)?;
    let words: Vec<&str> = phrase.split(' ').collect();
    let head = *words.last()?;
    let lower_case = |w: &&str| w.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    let focus = super::words::focus_bodies().contains(head);
    if words.len() > 5
        || !words.iter().all(lower_case)
        || words
            .iter()
            .any(|w| super::words::other_body_words().contains(w))
        || !names_a_body(head)
    {
        return None;
    }
    let quoted_away = named_only_in_quotation(quoted, speaker);
    let body_kind = |e: &Entity| e.kind == EntityKind::Organization && !is_law(e);
    let body = |id: usize| body_kind(&entities[id]);
    let upto = by_position.partition_point(|(span, _, _)| span.start < speaker.start);
    let with_head = by_position[..upto]
        .iter()
        .rev()
        .take(400)
        .filter(|(span, id, name)| {
            *name && span.end <= speaker.start && body(*id) && !quoted_away(span.start)
        })
        .find(|(span, id, _)| {
            // `the FNV union`: the noun right after the name.
            let rest = text.get(span.end..).unwrap_or("");
            let followed = words.len() == 2
                && rest.starts_with(' ')
                && rest[1..]
                    .get(..head.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(head))
                && !rest[1 + head.len()..].starts_with(char::is_alphanumeric);
            // Its other words too: `the budget office` is the Congressional Budget Office, `the
            // defence ministry` not the Foreign Ministry; `the force` is a police.
            let name = lower(&entities[*id].name);
            let name: Vec<&str> = name
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .collect();
            let named = |w: &&str| {
                name.contains(w) || super::words::body_alias_words(w).any(|a| name.contains(&a))
            };
            followed || words[1..].iter().all(named)
        });
    if let Some((_, id, _)) = with_head {
        return Some(*id);
    }
    if !focus || words.len() != 2 || !low.starts_with("the ") {
        return None;
    }
    // A body named first in one of the two sentences before, its name not another body's noun;
    // or first in the speaker's own, before it (`Nordcell, the Norwegian battery start-up,
    // filed for bankruptcy, the company said`).
    let here = discourse.sentence_of(speaker.start)?;
    (here.saturating_sub(2)..=here).rev().find_map(|at| {
        let sentence = discourse.sentences[at];
        let first = by_position.partition_point(|(span, _, _)| span.start < sentence.start);
        // The entity pass may miss a name that opens a sentence (`Solvik, the Danish solar
        // panel maker, ...`) where it found it elsewhere: a body's whole name there counts.
        let opening = text.get(sentence.start..speaker.start.max(sentence.start))?;
        let opening = opening.strip_prefix("The ").unwrap_or(opening);
        let missed = entities.iter().take(400).position(|e| {
            body_kind(e)
                && may_be_a(head, &e.name)
                && opening.strip_prefix(e.name.as_str()).is_some_and(|rest| {
                    rest.starts_with(',')
                        || rest
                            .strip_prefix(' ')
                            .is_some_and(|rest| rest.starts_with(char::is_lowercase))
                })
        });
        if missed.is_some() {
            return missed;
        }
        let (span, id, name) = by_position.get(first)?;
        let lead = text.get(sentence.start..span.start)?;
        let opens = lead.split_whitespace().all(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .eq_ignore_ascii_case("the")
        });
        (*name
            && opens
            && span.end <= sentence.end.min(speaker.start)
            && body(*id)
            && may_be_a(head, &entities[*id].name))
        .then_some(*id)
    })
}

/// True when the lower-case noun `w` names a body, as `the ministry`, `the court` or `the
/// company` do.
fn names_a_body(w: &str) -> bool {
    super::words::body_nouns().contains(w)
        || super::words::body_roles().contains(w)
        || super::words::focus_bodies().contains(w)
}

/// A test of a mention's start for a speaker at `speaker`: true when the mention lies in a
/// quotation and the speaker does not, since the narration names its own speakers, not
/// someone named only in what another said.
fn named_only_in_quotation(quoted: &[Span], speaker: Span) -> impl Fn(usize) -> bool + '_ {
    let in_quotation = move |at: usize| containing(quoted, Span::new(at, at)).is_some();
    let narrated = !in_quotation(speaker.start);
    move |at| narrated && in_quotation(at)
}

/// The phrase of a lower-cased speaker `low` that names a body: the whole speaker after `the`,
/// or what follows `for`, `of`, `at` in it (`a spokeswoman for the federation`).
fn body_phrase(low: &str) -> Option<&str> {
    if low.starts_with("the ") {
        return Some(low);
    }
    [" for the ", " of the ", " at the "]
        .iter()
        .find_map(|p| low.find(p).map(|at| &low[at + p.len() - "the ".len()..]))
}

/// `the ministry's press service told TASS` after `The Russian Emergencies Ministry has sent
/// ...`: what a body has speaks for that body; and `the press service said` goes on for the
/// body whose press service spoke in that sentence or the one before.
fn body_owns(
    text: &str,
    speaker: Span,
    low: &str,
    known: &Known,
    discourse: &Discourse,
) -> Option<usize> {
    let low = low.replace('\u{2019}', "'");
    if let Some((owner, _)) = low.split_once("'s ") {
        let noun = owner.strip_prefix("the ")?;
        let body = noun.chars().all(|c| c.is_ascii_lowercase()) && names_a_body(noun);
        // Named in this sentence or the one before: not a far name with the noun after it.
        let here = discourse.sentence_of(speaker.start)?;
        let from = discourse.sentences[here.saturating_sub(1)].start;
        let near = |id: usize| {
            mentions_between(known.by_position, from, speaker.start).any(|(_, at, _)| *at == id)
        };
        return body
            .then(|| named_body(text, speaker, owner, known, discourse))
            .flatten()
            .filter(|&id| near(id));
    }
    let owned = low.strip_prefix("the ")?;
    if owned.split(' ').count() > 2 || owned.contains(['\'', ',']) {
        return None;
    }
    let here = discourse.sentence_of(speaker.start)?;
    discourse
        .before(speaker.start)
        .take(2)
        .find_map(|(span, entity)| {
            let earlier = lower(span.text(text)).replace('\u{2019}', "'");
            let near = discourse
                .sentence_of(span.start)
                .is_some_and(|there| there + 1 >= here);
            let id = entity.filter(|&id| known.entities[id].kind == EntityKind::Organization)?;
            (near && earlier.ends_with(&format!("'s {owned}"))).then_some(id)
        })
}

/// `Pacific Power, a utility that serves 11,000 homes, said ... The utility said`, `The Blue
/// Lagoon, a popular geothermal spa, ... a spokeswoman for the spa`: `the <noun>` for a body
/// is the one last named with an appositive headed by that noun.
fn introduced_as(text: &str, speaker: Span, low: &str, known: &Known) -> Option<usize> {
    let head = body_phrase(low)?.strip_prefix("the ")?;
    if head.contains(' ') || !head.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    // `Jane Roe, a nurse, ... the nurse said` is for the described person's rules.
    let role = is_role(head);
    let quoted_away = named_only_in_quotation(known.quoted, speaker);
    let upto = known
        .by_position
        .partition_point(|(span, _, _)| span.start < speaker.start);
    known.by_position[..upto]
        .iter()
        .rev()
        .take(MENTIONS_BACK)
        .filter(|(span, id, name)| {
            *name
                && span.end <= speaker.start
                && !quoted_away(span.start)
                && match known.entities[*id].kind {
                    EntityKind::Organization | EntityKind::Location => true,
                    EntityKind::Person => !role,
                    _ => false,
                }
        })
        .find(|(span, _, _)| {
            // `, a popular geothermal spa,`, `, the Norwegian lender,`: at most three words before
            // the noun, no comma.
            let Some(rest) = text.get(span.end..) else {
                return false;
            };
            let Some(apposition) = [", a ", ", an ", ", the "]
                .iter()
                .find_map(|a| rest.strip_prefix(a))
            else {
                return false;
            };
            // Not the speaker itself: `As Trump attacked Clinton, the attendees chanted`.
            let opens = text.len() - apposition.len();
            let words: Vec<&str> = apposition.split(' ').take(5).collect();
            opens < speaker.start
                && words.iter().enumerate().any(|(k, w)| {
                    // Closed by a comma or a relative clause: not `in Haiti, a source at the
                    // radio said`, an attribution.
                    // Or by a comma after a place: `, the highest court in the Netherlands,`.
                    let placed = || {
                        words
                            .get(k + 1)
                            .is_some_and(|next| ["in", "of"].contains(next))
                            && apposition.split_once(',').is_some_and(|(inside, _)| {
                                inside.split(' ').count() <= k + 5
                                    && !inside.contains(['.', ';', '"'])
                            })
                    };
                    let closed = w.strip_suffix(',') == Some(head)
                        || *w == head
                            && (words
                                .get(k + 1)
                                .is_some_and(|next| ["that", "which", "whose"].contains(next))
                                || placed());
                    closed
                        && words[..k]
                            .iter()
                            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
                        && opens + words[..=k].iter().map(|w| w.len() + 1).sum::<usize>()
                            <= speaker.start
                })
        })
        .map(|(_, id, _)| *id)
}

/// `Another analyst said ... "...," he said`, `"We lost. Smith was angry," Tom Brown said. He
/// added`: `he` or `she` (or `According to him`) outside quotations goes on for the one who
/// spoke last, in its sentence or the two before, when no one of that sex was named since
/// outside quotations and `Asked whether ...` clauses. Its entity (a spokeswoman's body too), or
/// none when it has none (a name the entity pass missed, `another analyst`). None when that rule
/// does not apply.
fn goes_on_for(
    text: &str,
    speaker: Span,
    low: &str,
    known: &Known,
    discourse: &Discourse,
) -> Option<Option<usize>> {
    let Known {
        entities,
        by_position,
        quoted,
    } = *known;
    // `According to him` after a quote goes on for its speaker as `he said` does.
    if !matches!(low, "he" | "she" | "him" | "her") {
        return None;
    }
    let sex = Sex::of_pronoun(low);
    let in_quotation = |at: usize| containing(quoted, Span::new(at, at)).is_some();
    if in_quotation(speaker.start) {
        return None;
    }
    let (before, entity) = discourse
        .before(speaker.start)
        .find(|(span, _)| !in_quotation(span.start))?;
    let here = discourse.sentence_of(speaker.start)?;
    let there = discourse.sentence_of(before.start)?;
    if there + 2 < here {
        return None;
    }
    let words = before.text(text);
    let earlier = lower(words);
    let head = earlier.rsplit(' ').next().unwrap_or("");
    // One person, of a sex the pronoun may take: a name (`Marieke`, `Tom Brown`), `the
    // analyst`, `a BA spokeswoman`; not a pronoun, which may itself have gone astray.
    let named = words
        .split_whitespace()
        .last()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    let role = person_roles().contains(head) && head != "people";
    let sex_of_phrase = super::words::sex_of_role_word(head);
    let one = !is_pronoun(&earlier) && (named || role) && Sex::agrees(sex_of_phrase, sex);
    // With no entity, someone new (`another analyst`, `Marieke, a Dutch tourist`): not `the
    // mega donor`, who is someone named before that the entity pass did not find.
    let new = ["a ", "an ", "one ", "another "]
        .iter()
        .any(|a| earlier.starts_with(a))
        || named && !earlier.starts_with("the ");
    let fits = one
        && match entity {
            Some(id) => match entities[id].kind {
                EntityKind::Person => Sex::agrees(entities[id].sex, sex),
                EntityKind::Organization => role,
                _ => false,
            },
            None => new,
        };
    if !fits {
        return None;
    }
    // Known to agree: then a person of unknown sex named after it in its own sentence, in
    // what it said (`Kayla Mendoza said she backed Sanders. ... she said`), is no rival.
    let known = sex_of_phrase
        .or_else(|| entity.and_then(|id| entities[id].sex))
        .is_some();
    let said = |at: usize| known && there < here && discourse.sentence_of(at) == Some(there);
    let asked = |at: usize| {
        discourse.sentence_of(at).is_some_and(|k| {
            let sentence = discourse.sentences[k];
            text.get(sentence.start..at).is_some_and(|lead| {
                let lead = lead.trim_start_matches(|c: char| !c.is_alphanumeric());
                ["Asked ", "When asked "]
                    .iter()
                    .any(|a| lead.starts_with(a))
                    && !lead.contains(',')
            })
        })
    };
    // `Newt Gingrich ..., saying that Mike Pence was "...". But he also said`, `According to
    // Podesta, Sanders "...". He said`: one named only in what the last speaker said is no
    // rival for a pronoun opening the next sentence's attribution (unless it answers: `He
    // replied`).
    // So too in its own sentence after `, though` or `, but`: `Jeff Roe told The Times that
    // polling showed Mr. Trump's support softening, though he declined to release it`.
    let coordinated = there == here
        && text.get(before.end..speaker.start).is_some_and(|gap| {
            let gap = lower(gap.trim_end());
            [", though", ", although", ", but"]
                .iter()
                .any(|c| gap.ends_with(c))
        });
    let reported = |at: usize| {
        (there + 1 == here && opens_attribution(text, speaker, discourse.sentences[here])
            || coordinated)
            && discourse.sentence_of(at) == Some(there)
            && !answers(text, speaker.end)
            && reports(text, before, at, discourse.sentences[there])
    };
    let named_since = mentions_between(by_position, before.end, speaker.start)
        .take(MENTIONS_BACK)
        .any(|(span, id, _)| {
            let other = &entities[*id];
            other.kind == EntityKind::Person
                && Some(*id) != entity
                && !is_pronoun(span.text(text))
                && !in_quotation(span.start)
                && (other.sex.is_some() || !said(span.start))
                && Sex::agrees(other.sex, sex)
                && !asked(span.start)
                && !reported(span.start)
        });
    (!named_since).then_some(entity)
}

/// `Analysts at Macquarie said ... They said`: `they` opening the next sentence's attribution
/// goes on for the group that spoke last, and so for the body it was linked to.
fn group_goes_on(
    text: &str,
    speaker: Span,
    low: &str,
    known: &Known,
    discourse: &Discourse,
) -> Option<usize> {
    if low != "they" || containing(known.quoted, Span::new(speaker.start, speaker.start)).is_some()
    {
        return None;
    }
    let (before, entity) = discourse.before(speaker.start).next()?;
    let id = entity.filter(|&id| known.entities[id].kind == EntityKind::Organization)?;
    let here = discourse.sentence_of(speaker.start)?;
    let there = discourse.sentence_of(before.start)?;
    let earlier = lower(before.text(text));
    // `Analysts at Macquarie`, `Macquarie analysts`: people of the body, in the plural.
    let group = earlier
        .split(' ')
        .any(|w| w.len() > 3 && w.ends_with('s') && is_person_role_word(w) && w != "people");
    (there + 1 == here && group && opens_attribution(text, speaker, discourse.sentences[here]))
        .then_some(id)
}

/// `according to a statement from the National Geology and Mining Service`, `according to
/// data from Kantar Media`: a work speaks for the body or person named as its source right
/// after it.
fn issuer_after(text: &str, speaker: Span, low: &str, known: &Known) -> Option<usize> {
    let head = low.rsplit(' ').next()?;
    if !super::words::is_work_noun(head) {
        return None;
    }
    let rest = text.get(speaker.end..)?;
    let rest = [
        " issued by ",
        " released by ",
        " published by ",
        " from ",
        " by ",
    ]
    .iter()
    .find_map(|p| rest.strip_prefix(p))?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let at = text.len() - rest.len();
    let first = known
        .by_position
        .partition_point(|(span, _, _)| span.start < at);
    known
        .by_position
        .get(first)
        .filter(|(span, id, name)| {
            *name
                && span.start == at
                && matches!(
                    known.entities[*id].kind,
                    EntityKind::Organization | EntityKind::Person
                )
        })
        .map(|(_, id, _)| *id)
}

/// True when the pronoun `speaker` opens the attribution of sentence `sentence`: nothing but a
/// conjunction before it (`But he also said`), or a frame ending with a comma (`Writing on X,
/// he said`), or a quotation (`"...," he said`).
fn opens_attribution(text: &str, speaker: Span, sentence: Span) -> bool {
    let Some(lead) = text.get(sentence.start..speaker.start) else {
        return false;
    };
    let lead = lead.trim_end();
    lead.split_whitespace()
        .all(|w| SENTENCE_CONJUNCTIONS.contains(&lower(w).as_str()))
        || lead.ends_with([',', '"', '\'', '”', '’'])
}

/// True when the verb after a pronoun ending at `end` answers someone (`he replied`, `she hit
/// back`): then the one answered may be the one who speaks.
fn answers(text: &str, end: usize) -> bool {
    text.get(end..).is_some_and(|rest| {
        rest.split_whitespace()
            .map(lower)
            .find(|w| !is_adverb(w) && !["also", "later", "then", "quickly"].contains(&w.as_str()))
            .is_some_and(|w| {
                let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                super::words::answer_verbs().contains(w)
            })
    })
}

/// True when byte `at` of `sentence` lies in what the speaker `before` reported there: in the
/// clause of the last speech verb after it (`Danny Webb said he was 'gutted' for Steve
/// Harland`; not `... calling it ''strong'' in 1989, Mr. Kasich differed`), or after
/// `According to <speaker>,`.
fn reports(text: &str, before: Span, at: usize, sentence: Span) -> bool {
    let Some(between) = text.get(before.end..at) else {
        return false;
    };
    let cue = between
        .char_indices()
        .filter(|&(k, c)| k == 0 || !c.is_alphanumeric() && c != '-' && c != '\'')
        .map(|(k, _)| between[k..].trim_start_matches(|c: char| !c.is_alphanumeric()))
        .rev()
        .find(|rest| {
            let word = rest
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            super::words::speech_verbs().contains(lower(word).as_str())
        })
        .is_some_and(|clause| !clause.contains([',', ';']));
    let according = text
        .get(sentence.start..before.start)
        .is_some_and(|lead| lower(lead.trim_end()).ends_with("according to"));
    at >= before.end && (cue || according)
}

/// How many mentions a search for an antecedent or a rival name reads at most: keeps the work
/// per speaker bounded on a text that names thousands.
const MENTIONS_BACK: usize = 200;

/// The mentions (span, entity, whether a name) that start in `[from, to)`, in text order.
fn mentions_between(
    by_position: &[(Span, usize, bool)],
    from: usize,
    to: usize,
) -> impl Iterator<Item = &(Span, usize, bool)> {
    let first = by_position.partition_point(|(span, _, _)| span.start < from);
    by_position[first..]
        .iter()
        .take_while(move |(span, _, _)| span.start < to)
}

/// The entity named right before `, who`, `, whom` (or `which`, `that`) that opens the
/// relative clause a pronoun `speaker` starts: `Marco Rubio, who he dubbed ...` gives Rubio.
fn relative_antecedent(text: &str, speaker: Span, before: &[(Span, usize, bool)]) -> Option<usize> {
    let lead = text.get(..speaker.start)?.trim_end();
    let end = ["who", "whom", "which", "that"]
        .iter()
        .find_map(|w| {
            let at = lead.len().checked_sub(w.len())?;
            let word = lead.get(at..)?;
            word.eq_ignore_ascii_case(w).then(|| &lead[..at])
        })
        .filter(|rest| rest.ends_with([' ', ',']))
        .map(|rest| rest.trim_end_matches([' ', ',']).len())?;
    before
        .iter()
        .rev()
        .take(4)
        .find(|(span, _, _)| span.end == end)
        .map(|(_, id, _)| *id)
}

/// True when an entity's name is a law's, treaty's or plan's (`the Hart-Scott-Rodino Act`),
/// which the entity pass may take for an organisation but which never speaks.
fn is_law(entity: &Entity) -> bool {
    lower(&entity.name)
        .rsplit(' ')
        .next()
        .is_some_and(|w| super::words::law_words().contains(w))
}

/// The entity a speaker names: an overlapping mention first; else a pronoun's last person, a
/// role's person with that title, or a surname's person. `quoted` holds the quotations' spans
/// in text order: a pronoun outside them refers to no one named only inside them.
pub(crate) fn resolve(
    text: &str,
    speaker: Span,
    pronoun: bool,
    entities: &[Entity],
    by_position: &[(Span, usize, bool)],
    quoted: &[Span],
    discourse: &Discourse,
) -> Option<usize> {
    let fitting = |kind: EntityKind| matches!(kind, EntityKind::Person | EntityKind::Organization);
    // Mentions sorted by start: those starting before the speaker's end.
    let upto = by_position.partition_point(|(span, _, _)| span.start < speaker.end);
    // A person or body named inside the speaker phrase; or a place named as the whole of it
    // (`Iran said`, `Russia has always called for`: a country speaks for its government), or
    // a seat of government before a role (`A Downing Street spokesperson`).
    // A person before a body (`Anna Berg of the Harbour Trust`).
    let seat = |span: &Span, id: usize| {
        span.start >= speaker.start
            && span.end < speaker.end
            && super::words::seats_of_government().contains(lower(&entities[id].name).as_str())
    };
    let overlapping = by_position[..upto]
        .iter()
        .rev()
        .take(64)
        .filter(|(span, id, name)| {
            let kind = entities[*id].kind;
            span.overlaps(speaker)
                && (fitting(kind)
                    || *name
                        && kind == EntityKind::Location
                        && (*span == speaker || seat(span, *id)))
        })
        // The name in an appositive closing the phrase: `A spokesman for Elaine Carraway,
        // Luis Ferrante`.
        .max_by_key(|(span, id, name)| {
            let person = entities[*id].kind == EntityKind::Person;
            let appositive = span.end == speaker.end
                && text
                    .get(speaker.start..span.start)
                    .is_some_and(|before| before.trim_end().ends_with(','));
            (*name, person, appositive, span.len())
        });
    let words = speaker.text(text);
    let low = lower(words);
    // `the Chelsea manager said`, `the Kremlin spokesman`: a name before a person's role is
    // whose role it is; the person holding that title speaks, if one was named.
    let role_of_body = overlapping.is_some_and(|(span, _, _)| {
        span.end < speaker.end
            && low.starts_with("the ")
            && low
                .split_whitespace()
                .last()
                .is_some_and(is_person_role_word)
    });
    // `A source close to Angela Whitcombe`, `critics of the government`: someone near the one
    // named, not them (`The source, John Smith,` is him).
    let near_named = overlapping.is_some_and(|(span, _, _)| {
        text.get(speaker.start..span.start).is_some_and(|before| {
            let before = lower(before);
            let words: Vec<&str> = before.split_whitespace().collect();
            words.iter().enumerate().any(|(k, w)| {
                super::words::associates().contains(w)
                    && words[k + 1..]
                        .iter()
                        .any(|w| ["to", "of", "close", "for", "around", "near", "with"].contains(w))
            })
        })
    });
    if near_named {
        return None;
    }
    // `Trump's wife said`, `Mr. Trump's aides`, `a top Sanders adviser`, `Sanders delegates`:
    // one a person has, or a person's name modifies, is not that person (`Trump's campaign`,
    // a body, speaks for him).
    let possessed = overlapping.is_some_and(|(span, id, _)| {
        let rest = text.get(span.end..speaker.end).unwrap_or("");
        let head = low.rsplit(' ').next().unwrap_or("");
        let modifies = rest.starts_with(' ')
            && rest[1..].starts_with(|c: char| c.is_lowercase())
            && !rest.contains([',', '('])
            && !rest
                .split_whitespace()
                .any(|w| ["of", "at", "for", "with", "from", "and", "or"].contains(&w));
        entities[*id].kind == EntityKind::Person
            && (rest.starts_with("'s ") || rest.starts_with("\u{2019}s ") || modifies)
            && (is_person_role_word(head)
                || super::words::associates().contains(head)
                || super::words::sex_of_role_word(head).is_some())
    });
    if possessed {
        return None;
    }
    let known = Known {
        entities,
        by_position,
        quoted,
    };
    if let Some(link) = goes_on_for(text, speaker, &low, &known, discourse) {
        return link;
    }
    if let Some(id) = group_goes_on(text, speaker, &low, &known, discourse) {
        return Some(id);
    }
    // `Marco Rubio, who he dubbed "the little senator"`: the subject of a relative clause is
    // not the one the relative pronoun stands for, whatever the entity pass linked.
    let antecedent = pronoun
        .then(|| relative_antecedent(text, speaker, &by_position[..upto]))
        .flatten();
    // `Asked whether he worried about helping Trump, he said`: a name in a fronted question
    // to the speaker is not who answers.
    let asked = discourse
        .sentence_of(speaker.start)
        .map(|at| discourse.sentences[at])
        .and_then(|sentence| {
            let lead = text.get(sentence.start..speaker.start)?;
            let opened = lead.trim_start_matches(|c: char| !c.is_alphanumeric());
            let comma = lead.rfind(',')?;
            ["Asked ", "When asked "]
                .iter()
                .any(|a| opened.starts_with(a))
                .then(|| Span::new(sentence.start, sentence.start + comma))
        });
    // The entity pass's antecedent for a pronoun there is a name in that question too.
    let asked_of = |id: &usize| {
        pronoun
            && asked.is_some_and(|clause| {
                mentions_between(by_position, clause.start, clause.end).any(|(_, at, _)| at == id)
            })
    };
    let body = overlapping
        .map(|(_, id, _)| *id)
        .filter(|id| Some(*id) != antecedent && !asked_of(id));
    if body.is_none() {
        if let Some(id) = issuer_after(text, speaker, &low, &known) {
            return Some(id);
        }
    }
    if let Some(link) = introduced_before(text, speaker, &low, discourse) {
        return link;
    }
    if let Some(id) = spoken_before(text, speaker, &low, entities, by_position, body, discourse) {
        return Some(id);
    }
    // `the diplomat stressed` after `Deputy Foreign Minister Sergei Ryabkov said`: the entity
    // pass links a description by its head noun alone, so the person whose titles and place
    // fit the whole phrase comes first.
    let described_nominal = overlapping.is_some_and(|(_, id, name)| {
        !name && entities[*id].kind == EntityKind::Person && definite_description(&low)
    });
    if described_nominal {
        if let Some(id) = described_person(text, speaker, &low, entities, by_position) {
            return Some(id);
        }
    }
    if let Some(id) = described_subject(text, speaker, &low, entities, discourse) {
        return Some(id);
    }
    if !role_of_body {
        if let Some(id) = body {
            return Some(id);
        }
    }
    if body.is_none() {
        if let Some(id) = named_body(text, speaker, &low, &known, discourse) {
            return Some(id);
        }
        if let Some(id) = introduced_as(text, speaker, &low, &known) {
            return Some(id);
        }
        if let Some(id) = body_owns(text, speaker, &low, &known, discourse) {
            return Some(id);
        }
    }
    // `According to him, ...`: an object pronoun names its person as a subject one does.
    let pronoun = pronoun || matches!(low.as_str(), "him" | "her" | "them");
    let before_speaker = by_position[..upto]
        .iter()
        .rev()
        .filter(|(span, _, _)| span.end <= speaker.start);
    // `the Italian said`, after `Chelsea boss Enzo Maresca said`: a nationality for one person
    // already named is the last one named.
    // Not `the Swiss`, `the French`, `the Chinese`: the people of a country.
    let one_person = !["sh", "ch", "ss", "ese", "s"]
        .iter()
        .any(|ending| low.ends_with(ending));
    let nationality = one_person
        && low.starts_with("the ")
        && by_position[..upto]
            .iter()
            .rev()
            .take(4)
            .any(|(span, id, _)| {
                *span == Span::new(speaker.start + "the ".len(), speaker.end)
                    && entities[*id].kind == EntityKind::Nationality
            });
    // `"It's tough," the 20-year-old said`, `the 34-year-old striker said`: a person's age
    // for the person last named.
    let age = low.strip_prefix("the ").is_some_and(|rest| {
        let mut words = rest.split(' ');
        let first = words.next().unwrap_or("");
        first
            .strip_suffix("-year-old")
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
            && words.count() <= 1
    });
    // The last entity of a kind (and sex) named before the speaker; outside a quotation, no
    // one named only inside one.
    let quoted_away = named_only_in_quotation(quoted, speaker);
    // A law is no body that speaks: `review under the Hart-Scott-Rodino Act. It expects`.
    // `except`: one it cannot be, as a relative pronoun's antecedent.
    let last_named =
        |want: EntityKind, sex: Option<Sex>, skip_laws: bool, except: Option<usize>| {
            before_speaker
                .clone()
                .take(MENTIONS_BACK)
                .find(|(span, id, _)| {
                    Some(*id) != except
                        && entities[*id].kind == want
                        && Sex::agrees(entities[*id].sex, sex)
                        && !quoted_away(span.start)
                        && !(skip_laws && is_law(&entities[*id]))
                        && !asked.is_some_and(|clause| clause.contains(*span))
                })
                .map(|(_, id, _)| *id)
        };
    if nationality || age {
        return last_named(EntityKind::Person, None, false, None);
    }
    if pronoun && (low == "who" || low == "which") {
        // `Smith, who said`, `Duke (who ...`, `Trump - who ...`: the mention just before the
        // relative pronoun.
        let gap_ok = |span: &Span| {
            text.get(span.end..speaker.start).is_some_and(|gap| {
                gap.chars()
                    .all(|c| matches!(c, ',' | '(' | '-' | '–' | '—') || c.is_whitespace())
            })
        };
        // `Alan Berger, a gynecologist from Englewood, New Jersey, who said`, `Feargal
        // Sharkey, a former singer who now campaigns`: past an apposition to the person.
        let apposition = |span: &Span| {
            text.get(span.end..speaker.start).is_some_and(|gap| {
                let words = gap.trim_start_matches([',', ' ']);
                gap.starts_with(", ")
                    && (gap.trim_end().ends_with(',') || !words.contains(','))
                    && gap.len() <= 80
                    && ["a ", "an ", "the "].iter().any(|d| words.starts_with(d))
                    && !gap.contains(['.', ';', '"', '“', '”', '(', ')'])
            })
        };
        return before_speaker
            .clone()
            .take(4)
            .find(|(span, id, _)| gap_ok(span) && fitting(entities[*id].kind))
            .or_else(|| {
                before_speaker.take(4).find(|(span, id, _)| {
                    entities[*id].kind == EntityKind::Person && apposition(span)
                })
            })
            .map(|(_, id, _)| *id);
    }
    // `I` outside a quotation is the writer, or the one answering in an interview: no person
    // named before. (Inside one, it is the quotation's speaker: see `quotes::find`.)
    if pronoun {
        let want = match low.as_str() {
            "he" | "she" | "his" | "her" | "him" => EntityKind::Person,
            "it" | "its" => EntityKind::Organization,
            _ => return None,
        };
        // The last one named or referred to but a relative pronoun's antecedent (`he took
        // swipes at Ted Cruz, who he dubbed` is the earlier `he`).
        return last_named(want, Sex::of_pronoun(&low), true, antecedent);
    }
    let role_words: Vec<&str> = low.split_whitespace().filter(|w| is_role(w)).collect();
    // `A detective said`, `another official`: someone new, not the detective named before.
    let indefinite = ["a ", "an ", "one ", "another "]
        .iter()
        .any(|article| low.starts_with(article));
    if !role_words.is_empty() && indefinite {
        return None;
    }
    if let Some(id) = described_person(text, speaker, &low, entities, by_position) {
        return Some(id);
    }
    if let Some(id) = introduced_with_role(text, speaker, &low, entities) {
        return Some(id);
    }
    if role_of_body {
        // `the Kremlin official` after `Kremlin Spokesman Dmitry Peskov`: the last person
        // whose name the body modifies. A person's noun never names the body itself.
        return body.and_then(|body| {
            let mut seen: Vec<usize> = Vec::new();
            before_speaker
                .clone()
                .take(MENTIONS_BACK)
                .find_map(|(_, id, _)| {
                    if entities[*id].kind != EntityKind::Person || seen.contains(id) {
                        return None;
                    }
                    seen.push(*id);
                    let of_body = |kind| kind == EntityKind::Organization;
                    name_modifiers(text, *id, entities, by_position, of_body)
                        .contains(&body)
                        .then_some(*id)
                })
        });
    }
    // A surname alone: the person whose name ends with it; a body only by its whole name
    // (`conservatives in the House` do not speak for the White House).
    let last_word = words.split_whitespace().last()?;
    entities.iter().take(400).position(|e| {
        let surname =
            e.kind == EntityKind::Person && e.name.split_whitespace().last() == Some(last_word);
        surname || (fitting(e.kind) && e.name == words)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::words::tokenize;

    fn speaker_before(text: &str, cue: &str) -> Option<String> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        let at = tokens.iter().position(|t| t.text(text) == cue)?;
        before(text, &tokens, at, 0).map(|p| p.name.text(text).to_string())
    }

    #[test]
    fn finds_names_roles_pronouns_and_appositives() {
        let cases = [
            (
                "Russian Defense Minister Sergey Shoigu told the conference",
                "told",
                Some("Sergey Shoigu"),
            ),
            ("But he also said", "said", Some("he")),
            (
                "On Monday, a spokesman for the State Department said",
                "said",
                Some("a spokesman for the State Department"),
            ),
            (
                "Kevin Madden, a Republican strategist, said",
                "said",
                Some("Kevin Madden"),
            ),
            (
                "the former prime minister said",
                "said",
                Some("the former prime minister"),
            ),
            ("The talks stalled, it said", "said", Some("it")),
            ("and then said", "said", None),
            // A relative `that` opens the speaker's clause; a demonstrative one is the speaker's.
            ("It was the plan that critics say", "say", Some("critics")),
            ("When that group said", "said", Some("that group")),
        ];
        for (text, cue, speaker) in cases {
            assert_eq!(speaker_before(text, cue).as_deref(), speaker, "{text}");
        }
    }

    /// The span of the first `needle` in `text`.
    fn span_of(text: &str, needle: &str) -> Span {
        let start = text.find(needle).unwrap_or(0);
        Span::new(start, start + needle.len())
    }

    /// A person named once, at the first `name` in `text`.
    fn person(text: &str, name: &str, titles: &[&str], sex: Option<Sex>) -> Entity {
        use crate::entities::{Mention, MentionForm};
        Entity {
            kind: EntityKind::Person,
            name: name.into(),
            titles: titles.iter().map(|t| t.to_string()).collect(),
            sex,
            value: None,
            mentions: vec![Mention {
                span: span_of(text, name),
                form: MentionForm::Name,
            }],
        }
    }

    #[test]
    fn pronouns_and_roles_resolve_without_entity_mentions_of_their_own() {
        let none = Discourse::default();
        let text = "Defense Minister Ann Lee spoke. The port reopened. He said no. She said yes. The minister said so.";
        let at = |needle: &str| span_of(text, needle);
        let entities = vec![person(text, "Ann Lee", &["Defense Minister"], None)];
        let by_position = vec![(at("Ann Lee"), 0, true)];
        let resolved = |needle, pronoun| {
            resolve(
                text,
                at(needle),
                pronoun,
                &entities,
                &by_position,
                &[],
                &none,
            )
        };
        // `She`, two sentences after the name: the last person named before it.
        assert_eq!(resolved("She", true), Some(0));
        // `the minister`: the person whose titles hold the role.
        assert_eq!(resolved("The minister", false), Some(0));
    }

    #[test]
    fn a_pronoun_skips_a_person_of_the_other_sex() {
        let none = Discourse::default();
        let text = "Ann Lee met Tom Ray. She said no. He said yes.";
        let at = |needle: &str| span_of(text, needle);
        let entities = vec![
            person(text, "Ann Lee", &[], Some(Sex::Female)),
            person(text, "Tom Ray", &[], Some(Sex::Male)),
        ];
        let by_position = vec![(at("Ann Lee"), 0, true), (at("Tom Ray"), 1, true)];
        let resolved =
            |needle| resolve(text, at(needle), true, &entities, &by_position, &[], &none);
        assert_eq!(resolved("She"), Some(0));
        assert_eq!(resolved("He"), Some(1));
    }

    #[test]
    fn a_country_speaks_and_a_relative_pronoun_takes_the_name_before_it() {
        let none = Discourse::default();
        let text = "Norland said no. Tom Ray (who said yes) left. The Norland port said so. \
                    Tom Ray, a nurse from Dover, who said it, left.";
        let first = |needle: &str| span_of(text, needle);
        let last = |needle: &str| {
            let start = text.rfind(needle).unwrap_or(0);
            Span::new(start, start + needle.len())
        };
        let mut country = person(text, "Norland", &[], None);
        country.kind = EntityKind::Location;
        let entities = vec![country, person(text, "Tom Ray", &[], Some(Sex::Male))];
        let by_position = vec![
            (first("Norland"), 0, true),
            (first("Tom Ray"), 1, true),
            (last("Norland"), 0, true),
            (last("Tom Ray"), 1, true),
        ];
        let resolved =
            |span, pronoun| resolve(text, span, pronoun, &entities, &by_position, &[], &none);
        assert_eq!(resolved(first("Norland"), false), Some(0));
        assert_eq!(resolved(first("who"), true), Some(1));
        // Past an apposition to the person.
        assert_eq!(resolved(last("who"), true), Some(1));
        // A place inside a longer speaker phrase is not the speaker.
        assert_eq!(resolved(first("The Norland port"), false), None);
    }
}
