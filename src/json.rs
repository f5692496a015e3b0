//! Stage 6, analysis -> the `newslens/1` JSON view (../SCHEMA.md): what the JS binding, the CLI
//! and the tests all see. Byte spans become the caller's offset unit here, and only here.

use serde::Serialize;

use crate::entities::{Entity, Mention};
use crate::quotes::Quote;
use crate::span::{OffsetMap, OffsetUnit, Span};
use crate::stats::{SpeakerStats, Stats};
use crate::structure::{Block, Byline, Dateline};
use crate::{Analysis, EntityKind};

/// The schema version every document names.
pub const SCHEMA: &str = "newslens/1";

/// `[start, end]` in the document's offset unit.
pub type JsonSpan = [usize; 2];

/// A whole `newslens/1` document. Strings borrow from the analysed text.
#[derive(Debug, Clone, Serialize)]
pub struct Document<'t> {
    /// Always `newslens/1`.
    pub schema: &'static str,
    /// The unit of every offset: `utf16`, `codepoint` or `byte`.
    pub offsets: OffsetUnit,
    /// Length of the whole text in that unit.
    pub length: usize,
    /// BCP 47 tag of the text's language, as far as its script tells.
    pub language: &'static str,
    /// The headline's text, or null.
    pub title: Option<&'t str>,
    /// Blocks in text order.
    pub blocks: Vec<JsonBlock>,
    /// The dateline, or null.
    pub dateline: Option<JsonDateline<'t>>,
    /// Author lines.
    pub bylines: Vec<JsonByline<'t>>,
    /// Sentences in text order.
    pub sentences: Vec<JsonSpan>,
    /// Entities ordered by first mention.
    pub entities: Vec<JsonEntity<'t>>,
    /// Quotes ordered by span start.
    pub quotes: Vec<JsonQuote<'t>>,
    /// Counts.
    pub stats: JsonStats<'t>,
}

/// `{"kind": "paragraph", "span": [s, e]}`
#[derive(Debug, Clone, Serialize)]
pub struct JsonBlock {
    /// The block kind's schema name.
    pub kind: &'static str,
    /// Where it is.
    pub span: JsonSpan,
}

/// `{"span": [s, e], "place": "MOSCOW", "date": "April 27", "source": "TASS"}`
#[derive(Debug, Clone, Serialize)]
pub struct JsonDateline<'t> {
    /// The whole dateline.
    pub span: JsonSpan,
    /// The place as written.
    pub place: Option<&'t str>,
    /// The date as written.
    pub date: Option<&'t str>,
    /// The agency as written.
    pub source: Option<&'t str>,
}

/// `{"span": [s, e], "names": ["Irena Czekierska"], "source": "Reuters"}`
#[derive(Debug, Clone, Serialize)]
pub struct JsonByline<'t> {
    /// The whole byline.
    pub span: JsonSpan,
    /// The authors' names.
    pub names: Vec<&'t str>,
    /// The agency or paper, if named.
    pub source: Option<&'t str>,
}

/// One entity with its mentions.
#[derive(Debug, Clone, Serialize)]
pub struct JsonEntity<'t> {
    /// Its index in `entities`.
    pub id: usize,
    /// The entity kind's schema name.
    pub kind: &'static str,
    /// Its fullest name form.
    pub name: &'t str,
    /// Titles before a person's name; present for persons only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub titles: Option<&'t [String]>,
    /// ISO 8601 value of a date or time, else null.
    pub value: Option<&'t str>,
    /// Every mention, in text order.
    pub mentions: Vec<JsonMention<'t>>,
}

/// `{"span": [s, e], "text": "Shoigu", "form": "name"}`
#[derive(Debug, Clone, Serialize)]
pub struct JsonMention<'t> {
    /// Where it is.
    pub span: JsonSpan,
    /// Its words.
    pub text: &'t str,
    /// `name`, `pronoun` or `nominal`.
    pub form: &'static str,
}

/// One quotation.
#[derive(Debug, Clone, Serialize)]
pub struct JsonQuote<'t> {
    /// Its index in `quotes`.
    pub id: usize,
    /// `direct`, `indirect` or `mixed`.
    pub kind: &'static str,
    /// The whole quotation, marks included.
    pub span: JsonSpan,
    /// The quoted words, one span per part.
    pub content: Vec<JsonSpan>,
    /// Who said it, or null.
    pub speaker: Option<JsonSpeaker<'t>>,
    /// The verb or phrase that reports it, or null.
    pub cue: Option<JsonText<'t>>,
    /// The id of the quote this one is nested in, or null.
    pub nested_in: Option<usize>,
}

/// `{"span": [s, e], "text": "Shoigu", "entity": 0}`
#[derive(Debug, Clone, Serialize)]
pub struct JsonSpeaker<'t> {
    /// Where the speaker is named.
    pub span: JsonSpan,
    /// The words as written.
    pub text: &'t str,
    /// The id of the entity the speaker resolves to, or null.
    pub entity: Option<usize>,
}

/// `{"span": [s, e], "text": "said"}`
#[derive(Debug, Clone, Serialize)]
pub struct JsonText<'t> {
    /// Where it is.
    pub span: JsonSpan,
    /// Its words.
    pub text: &'t str,
}

/// Counts over the document.
#[derive(Debug, Clone, Serialize)]
pub struct JsonStats<'t> {
    /// Words in the whole text.
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Body paragraphs.
    pub paragraphs: usize,
    /// Quotes by kind.
    pub quotes: JsonQuoteCounts,
    /// Words inside quotes.
    pub quoted_words: usize,
    /// Each speaker's share.
    pub speakers: Vec<JsonSpeakerStats<'t>>,
}

/// `{"direct": 4, "indirect": 5, "mixed": 0}`
#[derive(Debug, Clone, Serialize)]
pub struct JsonQuoteCounts {
    /// Direct quotes.
    pub direct: usize,
    /// Indirect quotes.
    pub indirect: usize,
    /// Mixed quotes.
    pub mixed: usize,
}

/// `{"entity": 0, "name": "Sergey Shoigu", "quotes": 8, "words": 310}`
#[derive(Debug, Clone, Serialize)]
pub struct JsonSpeakerStats<'t> {
    /// The speaker's entity id, or null.
    pub entity: Option<usize>,
    /// The speaker's name.
    pub name: &'t str,
    /// Quotes attributed.
    pub quotes: usize,
    /// Words in them.
    pub words: usize,
}

impl<'t> Document<'t> {
    /// The view of `analysis` of `text`, with offsets in `unit`.
    pub fn new(text: &'t str, analysis: &'t Analysis, unit: OffsetUnit) -> Self {
        let map = OffsetMap::new(text, unit);
        let at = |span: Span| map.span(span);
        let words = |span: Span| span.text(text);
        let layout = &analysis.layout;
        Document {
            schema: SCHEMA,
            offsets: unit,
            length: map.convert(text.len()),
            language: analysis.language,
            title: layout.headline().map(|block| words(block.span)),
            blocks: layout
                .blocks
                .iter()
                .map(|b: &Block| JsonBlock {
                    kind: b.kind.name(),
                    span: at(b.span),
                })
                .collect(),
            dateline: layout.dateline.map(|d: Dateline| JsonDateline {
                span: at(d.span),
                place: d.place.map(words),
                date: d.date.map(words),
                source: d.source.map(words),
            }),
            bylines: layout
                .bylines
                .iter()
                .map(|b: &Byline| JsonByline {
                    span: at(b.span),
                    names: b.names.iter().copied().map(words).collect(),
                    source: b.source.map(words),
                })
                .collect(),
            sentences: analysis.sentences.iter().copied().map(at).collect(),
            entities: analysis
                .entities
                .iter()
                .enumerate()
                .map(|(id, e): (usize, &Entity)| JsonEntity {
                    id,
                    kind: e.kind.name(),
                    name: &e.name,
                    titles: (e.kind == EntityKind::Person).then_some(e.titles.as_slice()),
                    value: e.value.as_deref(),
                    mentions: e
                        .mentions
                        .iter()
                        .map(|m: &Mention| JsonMention {
                            span: at(m.span),
                            text: words(m.span),
                            form: m.form.name(),
                        })
                        .collect(),
                })
                .collect(),
            quotes: analysis
                .quotes
                .iter()
                .enumerate()
                .map(|(id, q): (usize, &Quote)| JsonQuote {
                    id,
                    kind: q.kind.name(),
                    span: at(q.span),
                    content: q.content.iter().copied().map(at).collect(),
                    speaker: q.speaker.map(|s| JsonSpeaker {
                        span: at(s.span),
                        text: words(s.span),
                        entity: s.entity,
                    }),
                    cue: q.cue.map(|c| JsonText {
                        span: at(c),
                        text: words(c),
                    }),
                    nested_in: q.nested_in,
                })
                .collect(),
            stats: JsonStats::new(&analysis.stats),
        }
    }
}

impl<'t> JsonStats<'t> {
    fn new(stats: &'t Stats) -> Self {
        JsonStats {
            words: stats.words,
            sentences: stats.sentences,
            paragraphs: stats.paragraphs,
            quotes: JsonQuoteCounts {
                direct: stats.direct_quotes,
                indirect: stats.indirect_quotes,
                mixed: stats.mixed_quotes,
            },
            quoted_words: stats.quoted_words,
            speakers: stats
                .speakers
                .iter()
                .map(|s: &SpeakerStats| JsonSpeakerStats {
                    entity: s.entity,
                    name: &s.name,
                    quotes: s.quotes,
                    words: s.words,
                })
                .collect(),
        }
    }
}
