// Types of the newslens package: analyze() and the `newslens/1` document it returns.
// The schema in full: SCHEMA.md in the repository. Hand-written to match it; no `any`.

/** The unit of every offset in a document. */
export type OffsetUnit =
  /** UTF-16 code units (the default): `text.slice(start, end)` is the span in JS. */
  | 'utf16'
  /** Unicode scalar values: `text[start:end]` in Python, `[...text].slice(start, end)` in JS. */
  | 'codepoint'
  /** UTF-8 bytes: for Rust and native tools. */
  | 'byte';

/** What analyze() accepts as its second argument. Unknown keys throw. */
export interface Options {
  /** The unit of every offset in the result. Default `"utf16"`. */
  offsets?: OffsetUnit;
}

/**
 * `[start, end]`: a half-open range of the analysed text, `start <= end`, in the document's
 * {@link Document.offsets} unit. With `"utf16"`, `text.slice(start, end)` is the spanned text.
 */
export type Span = [start: number, end: number];

/** The kinds of block an article is made of. */
export type BlockKind =
  /** Site furniture copied with the article: navigation, "Read also", share lines, tags. */
  | 'boilerplate'
  /** A section label or rubric above the headline. */
  | 'kicker'
  /** The article's title. */
  | 'headline'
  /** The dek / summary line under the headline. */
  | 'standfirst'
  /** An author line (`By Jane Doe, Reuters`). */
  | 'byline'
  /** Text that describes a picture or video. */
  | 'caption'
  /** A photo or video credit. */
  | 'credit'
  /** An intertitle inside the body. */
  | 'subhead'
  /** Body text. */
  | 'paragraph'
  /** End matter: `(Reporting by ...; Editing by ...)`, `-- AP`. */
  | 'signoff';

/** One block of the article's layout. Every non-whitespace character lies in exactly one block. */
export interface Block {
  kind: BlockKind;
  span: Span;
}

/** `MOSCOW, April 27. /TASS/.`: part of its paragraph block but of no sentence. */
export interface Dateline {
  /** The whole dateline. */
  span: Span;
  /** The place as written (`MOSCOW`), or null. */
  place: string | null;
  /** The date as written (`April 27`), or null. */
  date: string | null;
  /** The agency as written (`TASS`), or null. */
  source: string | null;
}

/** An author line. */
export interface Byline {
  span: Span;
  /** The authors' names as written. */
  names: string[];
  /** The agency or paper, or null. */
  source: string | null;
}

/** The kinds of named entity. */
export type EntityKind =
  | 'person'
  | 'organization'
  | 'location'
  | 'nationality'
  | 'event'
  | 'date'
  | 'time'
  | 'money'
  | 'percent';

/** How a mention names its entity. */
export type MentionForm =
  /** A proper name or its short form: `Shoigu`, `NATO`, `North Atlantic Alliance`. */
  | 'name'
  /** `he`, `she`, `they`. */
  | 'pronoun'
  /** `the alliance`, `the minister`. */
  | 'nominal';

/** One place the text names an entity. A name mention covers the name alone (no title, no `’s`). */
export interface Mention {
  span: Span;
  /** The mention's words as written. */
  text: string;
  form: MentionForm;
}

/** One real-world thing and every mention of it. */
export interface Entity {
  /** Its index in {@link Document.entities}. */
  id: number;
  kind: EntityKind;
  /** Its fullest name form. */
  name: string;
  /** Titles before a person's name (`Russian Defense Minister`); present for persons only. */
  titles?: string[];
  /** For dates and times: ISO 8601 as far as known (`--04-27`, `2016-04-27`); otherwise null. */
  value: string | null;
  /** Every mention, in text order. */
  mentions: Mention[];
}

/** The kinds of quotation. */
export type QuoteKind =
  /** Words inside quotation marks. */
  | 'direct'
  /** Reported speech: `He said that ...`, `According to X, ...`, a headline `Speaker: claim`. */
  | 'indirect'
  /** Reported speech that contains a quoted fragment. */
  | 'mixed';

/** Who said a quote. */
export interface Speaker {
  /** Where the speaker is named for this quote. */
  span: Span;
  /** The words as written (`Shoigu`, `he`). */
  text: string;
  /** The id of the entity the speaker resolves to, or null. */
  entity: number | null;
}

/** A span with its words, such as the cue `said`. */
export interface TextSpan {
  span: Span;
  text: string;
}

/** One quotation. A quotation over several paragraphs is one quote. */
export interface Quote {
  /** Its index in {@link Document.quotes}. */
  id: number;
  kind: QuoteKind;
  /** The whole quotation, quotation marks included. */
  span: Span;
  /** The quoted words; several parts when split by `he said`. */
  content: Span[];
  /** Who said it, or null. */
  speaker: Speaker | null;
  /** The verb or phrase that reports it (`said`, `according to`), or null. */
  cue: TextSpan | null;
  /** The id of the quote that contains this one, or null. */
  nested_in: number | null;
}

/** Quotes counted by kind. */
export interface QuoteCounts {
  direct: number;
  indirect: number;
  mixed: number;
}

/** One speaker's share of the quotes. */
export interface SpeakerStats {
  /** The speaker's entity id, or null. */
  entity: number | null;
  name: string;
  /** Quotes attributed to the speaker. */
  quotes: number;
  /** Words inside those quotes. */
  words: number;
}

/** Counts over the whole document. */
export interface Stats {
  words: number;
  sentences: number;
  /** Body paragraphs. */
  paragraphs: number;
  quotes: QuoteCounts;
  /** Words inside quotes. */
  quoted_words: number;
  speakers: SpeakerStats[];
}

/** A `newslens/1` document: everything newslens found in one text. */
export interface Document {
  schema: 'newslens/1';
  /** The unit of every offset in this document. */
  offsets: OffsetUnit;
  /** Length of the whole text in that unit. */
  length: number;
  /** A BCP 47 language tag guessed from the script of the text (`en`, `ru`). */
  language: string;
  /** The headline's text, or null. */
  title: string | null;
  /** Blocks in text order, never overlapping. */
  blocks: Block[];
  dateline: Dateline | null;
  bylines: Byline[];
  /** Sentences in text order, never overlapping; no sentence contains the dateline. */
  sentences: Span[];
  /** Entities ordered by first mention. */
  entities: Entity[];
  /** Quotes ordered by span start. */
  quotes: Quote[];
  stats: Stats;
}

/**
 * Analyses `text` (any string: analysis never fails) and returns its `newslens/1` document.
 * Throws an `Error` when `options` is not an object or has an unknown key or value.
 * In browsers and workers call {@link init} once first; in Node it is ready on import.
 */
export function analyze(text: string, options?: Options | null): Document;

/** What {@link init} accepts: where to find `newslens_bg.wasm`, or its bytes or compiled module. */
export type InitInput =
  | RequestInfo
  | URL
  | Response
  | BufferSource
  | WebAssembly.Module;

/**
 * Loads the WebAssembly module. Browsers, bundlers and workers: `await init()` once before
 * analyze(); by default it fetches `newslens_bg.wasm` next to the glue. In Node it resolves at once.
 */
export default function init(
  input?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>,
): Promise<unknown>;

/** Loads the WebAssembly module synchronously from its bytes or a compiled module (no-op in Node). */
export function initSync(input?: { module: BufferSource | WebAssembly.Module } | BufferSource | WebAssembly.Module): unknown;
