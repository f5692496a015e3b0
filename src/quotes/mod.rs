//! Stage 4, sentences and entities -> quotes: direct quotations in any mark style, reported
//! speech, their speakers and cues.

use crate::entities::Entity;
use crate::span::Span;
use crate::structure::Layout;

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

/// Finds the quotes of the text. Not built yet: the quote stage lands with its own issue, and
/// until then the list is empty rather than invented.
pub fn find(
    _text: &str,
    _layout: &Layout,
    _sentences: &[Span],
    _entities: &[Entity],
) -> Vec<Quote> {
    Vec::new()
}
