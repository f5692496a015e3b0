//! Stage 1, text -> layout: blocks (headline, caption, paragraph, ...), the dateline and bylines.
//!
//! A block is one non-empty line with its outer whitespace trimmed: text pasted from a page
//! keeps one line per paragraph, caption or link. Every non-whitespace character lies in
//! exactly one block. The passes, in order:
//! 1. line.rs: each line's shape (length in any script, sentence end, furniture);
//! 2. body.rs: the run of lines that holds the body;
//! 3. roles.rs: each line's kind from its place (head, body, tail) and its own patterns;
//!    run_in.rs: a headline run into the story's first line, when no line is the headline;
//!    a label opening the headline's line (`EXCLUSIVE -- `, `Breaking: `) is its kicker;
//! 4. dateline.rs and byline.rs: the parts of the dateline and of each author line.

#[cfg(test)]
mod agree;
mod body;
mod byline;
/// Whether a name is a news agency or outlet (`Reuters`, `BBC News`, `Eastfield Gazette`):
/// the quotes stage asks it of a headline's signature.
pub(crate) fn is_outlet(name: &str) -> bool {
    byline::is_outlet(name)
}
mod dateline;
mod line;
pub(crate) use line::names_no_story;
mod roles;
mod run_in;
mod scan;

use crate::span::Span;

/// What role a block plays in the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// Site furniture: navigation, "Read also", share lines, tags, page timestamps.
    Boilerplate,
    /// A section label or rubric above the headline.
    Kicker,
    /// The article's title.
    Headline,
    /// The dek or summary line under the headline.
    Standfirst,
    /// An author line.
    Byline,
    /// Text that describes a picture or video.
    Caption,
    /// A photo or video credit.
    Credit,
    /// An intertitle inside the body.
    Subhead,
    /// Body text.
    Paragraph,
    /// End matter: `(Reporting by ...)`, `Reuter`, `-- AP`.
    Signoff,
}

impl BlockKind {
    /// The schema's name for the kind.
    pub const fn name(self) -> &'static str {
        match self {
            BlockKind::Boilerplate => "boilerplate",
            BlockKind::Kicker => "kicker",
            BlockKind::Headline => "headline",
            BlockKind::Standfirst => "standfirst",
            BlockKind::Byline => "byline",
            BlockKind::Caption => "caption",
            BlockKind::Credit => "credit",
            BlockKind::Subhead => "subhead",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Signoff => "signoff",
        }
    }
}

/// One block of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// Its role.
    pub kind: BlockKind,
    /// Its text, without outer whitespace.
    pub span: Span,
}

/// `MOSCOW, April 27. /TASS/.`: where and when a story was filed, and by whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline {
    /// The whole dateline.
    pub span: Span,
    /// `MOSCOW`
    pub place: Option<Span>,
    /// `April 27`
    pub date: Option<Span>,
    /// `TASS`
    pub source: Option<Span>,
}

/// `By Jane Doe and John Roe, Reuters`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Byline {
    /// The whole byline.
    pub span: Span,
    /// Each author's name.
    pub names: Vec<Span>,
    /// The agency or paper, where named.
    pub source: Option<Span>,
}

/// The page's layout: blocks in text order, and the dateline and bylines found in them.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Blocks in text order, never overlapping.
    pub blocks: Vec<Block>,
    /// The story's dateline, at the start of a body paragraph.
    pub dateline: Option<Dateline>,
    /// The page's own date line (Wikinews `Friday, July 21, 2017`): when the story was
    /// published, with no place. A boilerplate block, not a dateline.
    pub date_line: Option<Span>,
    /// Author lines, in text order.
    pub bylines: Vec<Byline>,
}

impl Layout {
    /// The first headline block, if any.
    pub fn headline(&self) -> Option<Block> {
        self.blocks
            .iter()
            .copied()
            .find(|block| block.kind == BlockKind::Headline)
    }
}

/// Splits `text` into blocks and finds the dateline.
pub fn parse(text: &str) -> Layout {
    let mut lines: Vec<line::Line> = lines(text)
        .map(|span| line::Line::new(text, span))
        .collect();
    line::mark_repeated(text, &mut lines);
    line::mark_newsletter_boxes(text, &mut lines);
    line::mark_table_rows(text, &mut lines);
    let (kinds, mut dateline_at) = roles::classify(text, &lines);
    let mut blocks: Vec<Block> = lines
        .iter()
        .zip(kinds)
        .map(|(line, kind)| Block {
            kind,
            span: line.span,
        })
        .collect();
    // `Storm closes ports across the north coast Heavy rain closed ...`: the story's first line
    // with its headline run into it, when no line is the headline, or only a section's name
    // right above it (`News`), which is then the kicker over the headline.
    let label = blocks
        .iter()
        .position(|block| block.kind == BlockKind::Headline);
    let opening = blocks
        .iter()
        .position(|block| !matches!(block.kind, BlockKind::Boilerplate | BlockKind::Headline))
        .filter(|&at| blocks[at].kind == BlockKind::Paragraph && dateline_at != Some(at))
        .filter(|&at| label.is_none_or(|h| h + 1 == at && lines[h].units <= 2));
    if let Some((at, split)) = opening.and_then(|at| Some((at, run_in::split(text, &lines[at])?))) {
        if let Some(label) = label {
            blocks[label].kind = BlockKind::Kicker;
        }
        let (headline, paragraph) = run_in::parts(text, blocks[at].span, split);
        blocks[at].span = paragraph;
        blocks.insert(
            at,
            Block {
                kind: BlockKind::Headline,
                span: headline,
            },
        );
        dateline_at = dateline_at.map(|line| if line > at { line + 1 } else { line });
    }
    // `EXCLUSIVE -- Stephen Miller: ...`: a label set off at the start of the headline's line
    // is the kicker over the headline.
    let headline_at = blocks
        .iter()
        .position(|block| block.kind == BlockKind::Headline);
    if let Some(at) = headline_at {
        let span = blocks[at].span;
        if let Some(end) = roles::kicker_in_headline(span.text(text)) {
            blocks[at].span = Span::new(span.start + end, span.end).trim(text);
            blocks.insert(
                at,
                Block {
                    kind: BlockKind::Kicker,
                    span: Span::new(span.start, span.start + end),
                },
            );
            dateline_at = dateline_at.map(|line| if line >= at { line + 1 } else { line });
        }
    }
    // `MOSCOW, April 27. /TASS/. ...` opening the story. A bare `Friday, July 21, 2017` line
    // names no place and opens no paragraph: it is the page's date, not a dateline.
    // A dateline opens a paragraph of the story, never a byline or a caption above it.
    let dateline = dateline_at
        .filter(|&at| blocks[at].kind == BlockKind::Paragraph)
        .and_then(|at| {
            let block = blocks[at].span;
            dateline::at_start(text, block).or_else(|| dateline::alone(text, block))
        });
    let date_line = blocks
        .iter()
        .find(|block| dateline::is_date_line(block.span.text(text)))
        .map(|block| block.span);
    let bylines = blocks
        .iter()
        .filter(|block| block.kind == BlockKind::Byline)
        .filter_map(|block| {
            byline::parse(text, block.span)
                .or_else(|| byline::stamped(text, block.span))
                .or_else(|| byline::dated(text, block.span))
                .or_else(|| byline::agency_role(text, block.span))
                .or_else(|| byline::agency_line(text, block.span))
                .or_else(|| byline::placed(text, block.span))
                .or_else(|| byline::signed_for(text, block.span))
                // `Staff Writer` under the author: a job title, which names nobody.
                .or_else(|| {
                    let title = byline::role_line(text, block.span);
                    (!title).then(|| byline::bare_name(text, block.span))?
                })
        })
        .collect();
    Layout {
        blocks,
        dateline,
        date_line,
        bylines,
    }
}

/// The non-empty lines of `text`, trimmed. `\n`, `\r\n` and a lone `\r` all end a line.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        while start < bytes.len() {
            let end = bytes[start..]
                .iter()
                .position(|&b| b == b'\n' || b == b'\r')
                .map_or(bytes.len(), |at| start + at);
            let line = Span::new(start, end).trim(text);
            start = end + 1;
            if !line.is_empty() {
                return Some(line);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_non_empty_line_is_a_block() {
        let text = "Headline\r\n\r\n  Body one.  \rBody two.\n\n\n";
        let spans: Vec<&str> = parse(text)
            .blocks
            .iter()
            .map(|b| b.span.text(text))
            .collect();
        assert_eq!(spans, ["Headline", "Body one.", "Body two."]);
    }

    #[test]
    fn whitespace_only_text_has_no_blocks() {
        assert!(parse(" \n\t\u{a0}\n").blocks.is_empty());
        assert!(parse("").blocks.is_empty());
    }
}
