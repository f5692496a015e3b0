//! Text -> tokens for the attribution rules: words (with `Mr.`, `U.S.`, `NATO’s`, `well-known`
//! kept whole) and single punctuation characters, each with its span.

use crate::lexicon::WordHash;
use crate::span::Span;
use crate::word_set;
use std::collections::HashSet;
use std::sync::OnceLock;

word_set!(pub(crate) fn speech_verbs, "quotes_speech_verbs.txt");
word_set!(pub(crate) fn quotation_verbs, "quotes_quotation_verbs.txt");

/// A verb that attributes words in quotation marks: any speech verb, and `answered`.
pub(crate) fn attributes_quotation(low: &str) -> bool {
    speech_verbs().contains(low) || quotation_verbs().contains(low)
}
word_set!(pub(crate) fn stance_verbs, "quotes_stance_verbs.txt");
word_set!(pub(crate) fn stance_nouns, "quotes_stance_nouns.txt");
word_set!(pub(crate) fn stance_adjectives, "quotes_stance_adjectives.txt");
word_set!(pub(crate) fn adjective_objects, "quotes_adjective_objects.txt");
word_set!(pub(crate) fn prepositional_verbs, "quotes_prepositional_verbs.txt");
word_set!(pub(crate) fn sourceless_nouns, "quotes_sourceless_nouns.txt");
word_set!(pub(crate) fn passive_reports, "quotes_passive_reports.txt");
word_set!(pub(crate) fn light_verbs, "quotes_light_verbs.txt");
word_set!(pub(crate) fn raising_verbs, "quotes_raising_verbs.txt");
word_set!(pub(crate) fn roles, "quotes_roles.txt");
// The roles that name people (`student`, `minister`), not bodies or writings.
word_set!(pub(crate) fn person_roles, "quotes_roles.txt", "people");
// The roles that name bodies (`commission`, `authority`), not people or writings.
word_set!(pub(crate) fn body_roles, "quotes_roles.txt", "bodies");
word_set!(pub(crate) fn poll_nouns, "quotes_poll_nouns.txt");
word_set!(pub(crate) fn naming_idioms, "quotes_naming_idioms.txt");
word_set!(pub(crate) fn clause_verbs, "quotes_clause_verbs.txt", "clause");
word_set!(pub(crate) fn clause_or_question_verbs, "quotes_clause_verbs.txt", "clause_or_question");
word_set!(pub(crate) fn as_complement_verbs, "quotes_clause_verbs.txt", "as_complement");
word_set!(pub(crate) fn verb_after_verbs, "quotes_clause_verbs.txt", "verb_after");
word_set!(pub(crate) fn irregular_past, "quotes_irregular_past.txt", "verbs");
word_set!(pub(crate) fn verbs_also_nouns, "quotes_irregular_past.txt", "also_nouns");
word_set!(pub(crate) fn present_verbs, "quotes_present_verbs.txt");
word_set!(pub(crate) fn modifier_verbs, "quotes_modifier_verbs.txt");
word_set!(pub(crate) fn labeling_verbs, "quotes_labeling_verbs.txt");
word_set!(pub(crate) fn writer_connectives, "quotes_writer_connectives.txt");
word_set!(pub(crate) fn writer_resumptions, "quotes_writer_resumptions.txt");
word_set!(pub(crate) fn purpose_verbs, "quotes_purpose_verbs.txt");
word_set!(pub(crate) fn consequence_participles, "quotes_consequence_participles.txt");
word_set!(pub(crate) fn belief_verbs, "quotes_belief_verbs.txt");
word_set!(pub(crate) fn rejoinder_nouns, "quotes_rejoinder_nouns.txt");
word_set!(pub(crate) fn answer_verbs, "quotes_answer_verbs.txt");
word_set!(pub(crate) fn seats_of_government, "quotes_seats_of_government.txt");
word_set!(pub(crate) fn own_view_verbs, "quotes_own_view_verbs.txt");
word_set!(pub(crate) fn occasion_nouns, "quotes_occasion_nouns.txt");
word_set!(pub(crate) fn document_nouns, "quotes_document_nouns.txt");
word_set!(pub(crate) fn finding_nouns, "quotes_finding_nouns.txt");
word_set!(pub(crate) fn time_nouns, "quotes_time_nouns.txt");
word_set!(pub(crate) fn hearing_bodies, "quotes_hearing_bodies.txt");
word_set!(pub(crate) fn associates, "quotes_associates.txt");
word_set!(pub(crate) fn declared_acts, "quotes_declared_acts.txt");
word_set!(pub(crate) fn focus_bodies, "quotes_focus_bodies.txt");
word_set!(pub(crate) fn body_nouns, "quotes_body_nouns.txt");
word_set!(pub(crate) fn colon_frames, "quotes_colon_frames.txt");
word_set!(pub(crate) fn other_body_words, "quotes_other_body_words.txt");
crate::word_list!(pub(crate) fn body_aliases, "quotes_body_aliases.txt");

/// The words a body's noun stands for in a name without it: `force` -> `police`, ...
pub(crate) fn body_alias_words(noun: &str) -> impl Iterator<Item = &'static str> + '_ {
    body_aliases()
        .iter()
        .filter_map(move |line| line.split_once(' ').filter(|(head, _)| *head == noun))
        .flat_map(|(_, words)| words.split_whitespace())
}
crate::word_list!(fn sexed_words, "entities/sexed_words.txt");

/// The sex a lowercase role word tells (`spokeswoman`, `wife`), as the entities' list gives it.
pub(crate) fn sex_of_role_word(low: &str) -> Option<crate::entities::Sex> {
    sexed_words().iter().find_map(|entry| {
        let (word, sex) = entry.split_once(' ')?;
        (word == low).then_some(match sex {
            "f" => crate::entities::Sex::Female,
            _ => crate::entities::Sex::Male,
        })
    })
}
word_set!(pub(crate) fn law_words, "quotes_law_words.txt");
word_set!(pub(crate) fn headline_labels, "quotes_headline_labels.txt");
word_set!(pub(crate) fn title_abbreviations, "abbreviations_title.txt");
crate::word_list!(pub(crate) fn title_abbreviation_roles, "quotes_title_abbreviations.txt");

/// The prepositions that end the adjective phrases (`of` of `critical of`): a word not among
/// them needs no phrase lookup.
pub(crate) fn adjective_object_prepositions() -> &'static HashSet<&'static str, WordHash> {
    static LAST: OnceLock<HashSet<&'static str, WordHash>> = OnceLock::new();
    LAST.get_or_init(|| {
        adjective_objects()
            .iter()
            .filter_map(|phrase| phrase.rsplit(' ').next())
            .collect()
    })
}

/// Relative pronouns that open a clause about the noun before them, as its subject (`Grayson,
/// who said`, `a group which backs`), never a demonstrative as `that` may be.
pub(crate) const RELATIVE_PRONOUNS: &[&str] = &["who", "which"];

/// A relative pronoun or `that` (lower-cased), which may be the subject of the verb after it:
/// `a voice that said`, `Grayson, who said`.
pub(crate) fn relative_or_that(low: &str) -> bool {
    RELATIVE_PRONOUNS.contains(&low) || low == "that"
}

/// Conjunctions that may open a sentence without framing what follows: `But "it will ...,"
/// said X`, `But Trump leads in a new poll`.
pub(crate) const SENTENCE_CONJUNCTIONS: &[&str] = &["but", "and", "yet", "so", "still"];

/// Prepositions that frame a phrase after a cue (`writing in a blog post "...`) or hold the
/// noun before a participle (`on Facebook writing`).
pub(crate) const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "to", "from", "of", "for", "about", "during", "after", "before",
];

/// A dash token: `—`, `–` or a hyphen standing alone.
pub(crate) fn is_dash(token_text: &str) -> bool {
    matches!(token_text, "—" | "–" | "-")
}

/// True for the lower-case head noun of a work with findings or a document that may speak:
/// a study, a poll, a report, a memo.
pub(crate) fn is_work_noun(low: &str) -> bool {
    finding_nouns().contains(low) || document_nouns().contains(low) || poll_nouns().contains(low)
}

/// True for a lower-case verb that reports speech or a held view: `said`, `believes`.
pub(crate) fn is_cue_verb(low: &str) -> bool {
    speech_verbs().contains(low) || stance_verbs().contains(low) || labeling_verbs().contains(low)
}

/// Verbs whose object comes before the reported clause: `told reporters (that) ...`.
pub(crate) const OBJECT_FIRST: &[&str] = &[
    "tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "inform", "informed",
    "assure", "assured", "remind", "reminded", "urge", "urged", "urges", "warn", "warned",
];

/// One word or punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub span: Span,
    pub word: bool,
}

impl Token {
    pub fn text(self, text: &str) -> &str {
        self.span.text(text)
    }

    /// True for a word written as a name is: `Shoigu`, and `al-Amr` after its particle.
    pub fn capitalized(self, text: &str) -> bool {
        self.word && crate::entities::is_capitalised(self.text(text))
    }

    /// True for a punctuation token equal to `ch`.
    pub fn is(self, text: &str, ch: char) -> bool {
        !self.word && self.text(text).starts_with(ch)
    }
}

/// The lower-case form of a word with a possessive `’s` / `'s` left on.
pub(crate) fn lower(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase(); // one copy; no `’` to replace
    }
    word.to_lowercase().replace('’', "'")
}

/// Tokens of `span`.
pub(crate) fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let line = &text[span.start..span.end];
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (at, ch) = chars[i];
        if ch.is_whitespace() {
            i += 1;
            continue;
        }
        if ch.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() {
                let c = chars[j].1;
                if c.is_alphanumeric() {
                    j += 1;
                } else if matches!(c, '\'' | '’' | '-' | '.' | '&')
                    && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric())
                {
                    j += 2;
                } else if c == ','
                    && chars[j - 1].1.is_ascii_digit()
                    && chars.get(j + 1).is_some_and(|n| n.1.is_ascii_digit())
                {
                    j += 2; // `30,000` is one number
                } else {
                    break;
                }
            }
            // `parents' union`: a plural possessive keeps its apostrophe.
            if chars.get(j).is_some_and(|c| c.1 == '\'' || c.1 == '’')
                && chars[j - 1].1 == 's'
                && chars.get(j + 1).is_some_and(|c| c.1 == ' ')
                && chars.get(j + 2).is_some_and(|c| c.1.is_lowercase())
            {
                j += 1;
            }
            let end_at = chars.get(j).map_or(line.len(), |c| c.0);
            let mut end = end_at;
            // `Mr.`, `Gen.`, initials `G.` and `U.S.` keep their full stop.
            if chars.get(j).is_some_and(|c| c.1 == '.') {
                let word = &line[at..end_at];
                let with_stop = &line[at..end_at + 1];
                let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                let dotted = crate::segment::is_dotted_abbreviation(word);
                if initial || dotted || title_abbreviations().contains(with_stop) {
                    end = end_at + 1;
                    j += 1;
                }
            }
            tokens.push(Token {
                span: Span::new(span.start + at, span.start + end),
                word: true,
            });
            i = j;
        } else {
            tokens.push(Token {
                span: Span::new(span.start + at, span.start + at + ch.len_utf8()),
                word: false,
            });
            i += 1;
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn keeps_titles_initials_and_apostrophes_whole() {
        let text = "Mr. J. Smith of the U.S. said NATO’s well-known plan, he added.";
        assert_eq!(
            words(text),
            [
                "Mr.",
                "J.",
                "Smith",
                "of",
                "the",
                "U.S.",
                "said",
                "NATO’s",
                "well-known",
                "plan",
                ",",
                "he",
                "added",
                "."
            ]
        );
    }

    #[test]
    fn keeps_grouped_numbers_whole_but_splits_lists() {
        let text = "up to 30,000 troops, 5, 6 or 7 ships";
        assert_eq!(
            words(text),
            ["up", "to", "30,000", "troops", ",", "5", ",", "6", "or", "7", "ships"]
        );
    }
}
