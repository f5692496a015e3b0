//! newslens finds the structure of a news article pasted as plain text: its blocks (headline,
//! standfirst, captions, dateline, paragraphs), sentences, named entities with every mention of
//! one thing grouped, and every quotation with who said it.
//!
//! The pipeline runs in this order; each stage reads only what the earlier ones produced:
//!
//! 1. [`structure`]: text -> blocks, dateline, bylines
//! 2. [`segment`]: blocks -> sentences
//! 3. [`quotes::Quotations`]: quotation marks paired into passages, read by the next two
//! 4. [`entities`]: sentences -> names, dates, amounts, grouped into entities (a pronoun outside
//!    quotation marks refers to no one named only inside them)
//! 5. [`quotes`]: quotations, reported speech, speakers and cues
//! 6. [`stats`]: counts over all of the above
//!
//! [`json`] is the `newslens/1` view of an [`Analysis`] that JS, the CLI and the tests all see.
//!
//! ```
//! let text = "Talks stall\n\nMOSCOW, April 27. /TASS/. The talks stalled. Nothing moved.";
//! let analysis = newslens::analyze(text, &newslens::Options::default());
//! let dateline = analysis.layout.dateline.unwrap();
//! assert_eq!(dateline.span.text(text), "MOSCOW, April 27. /TASS/.");
//! assert_eq!(analysis.sentences[0].text(text), "Talks stall");
//! assert_eq!(analysis.sentences[1].text(text), "The talks stalled.");
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod entities;
pub mod json;
pub mod lexicon;
pub mod quotes;
pub mod segment;
pub mod span;
pub mod stats;
pub mod structure;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use entities::{Entity, EntityKind, Mention, MentionForm, Sex};
pub use quotes::{Quote, QuoteKind, Speaker};
pub use span::{OffsetMap, OffsetUnit, Span};
pub use stats::Stats;
pub use structure::{Block, BlockKind, Byline, Dateline, Layout};

use serde::Deserialize;

/// What a caller may choose. Unknown fields are an error, so a typo does not pass silently.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Options {
    /// The unit of every offset in the JSON view.
    pub offsets: OffsetUnit,
}

/// Everything newslens found in one text. Spans are byte ranges of that text.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// Blocks, dateline and bylines.
    pub layout: Layout,
    /// Sentences in text order, never overlapping; no sentence contains the dateline.
    pub sentences: Vec<Span>,
    /// Entities ordered by first mention; an entity's id is its index.
    pub entities: Vec<Entity>,
    /// Quotes ordered by span start; a quote's id is its index.
    pub quotes: Vec<Quote>,
    /// Counts of words, sentences, paragraphs, quotes and speakers.
    pub stats: Stats,
    /// A BCP 47 language tag guessed from the script of the text.
    pub language: &'static str,
}

/// Analyses `text`. Every string is some article: this never fails and never panics.
pub fn analyze(text: &str, _options: &Options) -> Analysis {
    let layout = structure::parse(text); // headline, dateline, paragraphs
    let sentences = segment::sentences(text, &layout);
    let quotations = quotes::Quotations::find(text, &layout); // "...", ‘...’, «...»
    let entities = entities::tag(text, &layout, &sentences, quotations.outer_spans());
    let quotes = quotes::find(text, &layout, &sentences, &quotations, &entities); // Shoigu said
    let stats = stats::count(text, &layout, &sentences, &entities, &quotes);
    let language = segment::guess_language(text);
    Analysis {
        layout,
        sentences,
        entities,
        quotes,
        stats,
        language,
    }
}
