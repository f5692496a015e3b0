// newslens/1 document + the text -> DOM. Renders the text exactly as given: every character goes
// into a text node (textContent), cut into segments wherever a block, sentence, quote or mention
// starts or ends; each segment carries data attributes naming what covers it.

/** The layers a segment can belong to, innermost last. */
export const LAYERS = ['block', 'sentence', 'dateline', 'quote', 'speaker', 'cue', 'mention'];

/** Intervals `{layer, start, end, attrs}` of a document, offsets in UTF-16 units. */
export function intervals(doc) {
  const out = [];
  doc.blocks.forEach((block, i) => out.push({ layer: 'block', start: block.span[0], end: block.span[1], id: i, kind: block.kind }));
  doc.sentences.forEach((span, i) => out.push({ layer: 'sentence', start: span[0], end: span[1], id: i }));
  if (doc.dateline) out.push({ layer: 'dateline', start: doc.dateline.span[0], end: doc.dateline.span[1], id: 0 });
  for (const quote of doc.quotes) {
    out.push({ layer: 'quote', start: quote.span[0], end: quote.span[1], id: quote.id, kind: quote.kind });
    if (quote.speaker) out.push({ layer: 'speaker', start: quote.speaker.span[0], end: quote.speaker.span[1], id: quote.id });
    if (quote.cue) out.push({ layer: 'cue', start: quote.cue.span[0], end: quote.cue.span[1], id: quote.id });
  }
  for (const entity of doc.entities) {
    for (const mention of entity.mentions) {
      out.push({ layer: 'mention', start: mention.span[0], end: mention.span[1], id: entity.id, kind: entity.kind, form: mention.form });
    }
  }
  return out.filter((iv) => iv.end > iv.start);
}

/**
 * Renders `text` marked up with `doc` into a DocumentFragment. Pure DOM building: text is only
 * ever set through text nodes, never parsed as HTML.
 */
export function renderText(text, doc) {
  const fragment = document.createDocumentFragment();
  const all = intervals(doc);
  // Sweep over the cut points; `active[layer]` holds the intervals open at the current point,
  // the innermost (latest start) last.
  const cuts = new Set([0, text.length]);
  for (const iv of all) {
    cuts.add(Math.min(iv.start, text.length));
    cuts.add(Math.min(iv.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const starts = new Map();
  for (const iv of all) {
    if (!starts.has(iv.start)) starts.set(iv.start, []);
    starts.get(iv.start).push(iv);
  }
  // Outer intervals first when several start at one point.
  for (const list of starts.values()) list.sort((a, b) => b.end - a.end);
  const active = Object.fromEntries(LAYERS.map((layer) => [layer, []]));
  const firstOf = new Set(); // `${layer}:${id}` already started, to mark only the first segment

  for (let p = 0; p < points.length - 1; p++) {
    const start = points[p];
    const end = points[p + 1];
    for (const layer of LAYERS) active[layer] = active[layer].filter((iv) => iv.end > start);
    for (const iv of starts.get(start) || []) active[iv.layer].push(iv);
    const piece = text.slice(start, end);
    const open = LAYERS.filter((layer) => active[layer].length > 0);
    if (open.length === 0) {
      fragment.append(document.createTextNode(piece));
      continue;
    }
    const span = document.createElement('span');
    span.className = 'seg';
    for (const layer of open) {
      const iv = active[layer][active[layer].length - 1];
      span.dataset[layer] = String(iv.id);
      if (iv.kind) span.dataset[`${layer}Kind`] = iv.kind;
      if (iv.form) span.dataset.form = iv.form;
      const key = `${layer}:${iv.id}`;
      if (!firstOf.has(key)) {
        firstOf.add(key);
        span.classList.add(`${layer}-start`);
      }
      if (layer === 'sentence') span.classList.add(iv.id % 2 ? 'sentence-odd' : 'sentence-even');
    }
    span.textContent = piece;
    if (span.classList.contains('block-start')) {
      // The block's kind as a label: an empty element whose ::before shows it, so the article's
      // textContent stays exactly the text and the label takes no part in the segment's marks.
      const label = document.createElement('span');
      label.className = 'block-label';
      label.dataset.kind = span.dataset.blockKind;
      label.setAttribute('aria-hidden', 'true');
      fragment.append(label);
    }
    fragment.append(span);
  }
  return fragment;
}

/**
 * Speakers for the side panel, from the schema's fields: counts and quoted words from
 * `stats.speakers` (the core counts them), each with its quotes, largest share first.
 * Quotes with no speaker (nested ones aside) are listed as "Unattributed".
 */
export function speakers(doc) {
  const quotedWords = doc.stats.quoted_words;
  // A view given inside one's own quotation ("..., I think ...," she said) is part of it,
  // as the core counts it: the speaker's list shows the outer quote only.
  const byId = new Map(doc.quotes.map((q) => [q.id, q]));
  const sameSpeaker = (outer, inner) => ['I', 'we', 'We'].includes(inner.text)
    || (outer.entity !== null ? outer.entity === inner.entity : inner.entity === null && outer.text === inner.text);
  const ownView = (q) => {
    const outer = q.nested_in === null ? null : byId.get(q.nested_in);
    return Boolean(outer && outer.speaker && q.speaker && sameSpeaker(outer.speaker, q.speaker));
  };
  const saidBy = (entity, name) => (q) => q.speaker !== null && (entity !== null ? q.speaker.entity === entity : q.speaker.entity === null && q.speaker.text === name);
  const list = doc.stats.speakers.map((s) => ({
    key: s.entity !== null ? `e${s.entity}` : `t${s.name}`,
    name: s.name,
    entity: s.entity,
    count: s.quotes,
    words: s.words,
    share: quotedWords > 0 ? s.words / quotedWords : null,
    quotes: doc.quotes.filter((q) => saidBy(s.entity, s.name)(q) && !ownView(q)),
  }));
  const unattributed = doc.quotes.filter((q) => q.speaker === null && q.nested_in === null);
  if (unattributed.length) {
    list.push({ key: 'unattributed', name: 'Unattributed', entity: null, count: unattributed.length, words: null, share: null, quotes: unattributed });
  }
  return list.sort((a, b) => (b.words ?? -1) - (a.words ?? -1) || b.count - a.count);
}

/** CSV of the quotes: speaker, kind, text, start, end (offsets in the document's unit). */
export function quotesCsv(text, doc) {
  const cell = (value) => {
    const s = value === null || value === undefined ? '' : String(value);
    // Quote every cell that needs it; neutralise spreadsheet formulas (=, +, -, @ at the start).
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const rows = [['speaker', 'kind', 'text', 'start', 'end', 'cue']];
  for (const quote of doc.quotes) {
    const speaker = quote.speaker ? (quote.speaker.entity !== null ? doc.entities[quote.speaker.entity].name : quote.speaker.text) : '';
    rows.push([speaker, quote.kind, text.slice(quote.span[0], quote.span[1]), quote.span[0], quote.span[1], quote.cue ? quote.cue.text : '']);
  }
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
