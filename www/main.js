// The page: text in, marked-up article and side panels out. It renders; the wasm analyses.
// User text only ever reaches the DOM through textContent / text nodes.
import { Readability } from '@mozilla/readability';
import { analyzeText } from './engine.js';
import { renderText, speakers, quotesCsv } from './render.js';
import example from './pkg/example.js';

const STORE_TEXT = 'newslens:text';
const STORE_THEME = 'newslens:theme';
const STORE_LAYERS = 'newslens:hidden-layers';
const DEBOUNCE_MS = 120;

const $ = (id) => document.getElementById(id);
const input = $('text');
const article = $('article');
const status = $('status');
const quoteInfo = $('quote-info');

/** The last analysis shown: {text, doc}. Tests and exports read it. */
let current = { text: '', doc: null };
let generation = 0;
let timer = 0;

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else if (key === 'data') Object.assign(node.dataset, value);
    else if (key in node) node[key] = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child); // strings become text nodes
  return node;
}

function storage(action) {
  try {
    return action(window.localStorage);
  } catch {
    return null; // storage disabled (private mode, file:// in some browsers): keep working
  }
}

// --- analysis ---------------------------------------------------------------------------------

function schedule(delay = DEBOUNCE_MS) {
  clearTimeout(timer);
  document.body.dataset.state = 'pending';
  status.textContent = 'Analysing…';
  timer = setTimeout(run, delay);
}

async function run() {
  const text = input.value;
  const mine = ++generation;
  storage((s) => (text ? s.setItem(STORE_TEXT, text) : s.removeItem(STORE_TEXT)));
  const started = performance.now();
  try {
    const { doc, where } = await analyzeText(text);
    if (mine !== generation) return; // a newer edit is on its way
    show(text, doc);
    const ms = performance.now() - started;
    document.body.dataset.state = 'done';
    status.textContent = text
      ? `${doc.blocks.length} blocks, ${doc.sentences.length} sentences, ${doc.quotes.length} quotes, ${doc.entities.length} entities · ${ms.toFixed(0)} ms${where === 'worker' ? ' (worker)' : ''}`
      : '';
  } catch (error) {
    if (mine !== generation) return;
    document.body.dataset.state = 'error';
    status.textContent = `Could not analyse: ${error && error.message ? error.message : error}`;
  }
}

// --- rendering --------------------------------------------------------------------------------

function show(text, doc) {
  current = { text, doc };
  article.replaceChildren(renderText(text, doc));
  for (const first of article.querySelectorAll('.quote-start')) first.tabIndex = 0;
  article.dataset.blocks = String(doc.blocks.length);
  article.dataset.sentences = String(doc.sentences.length);
  quoteInfo.hidden = true;
  renderSummary(doc);
  renderSpeakers(text, doc);
  renderEntities(doc);
}

function renderSummary(doc) {
  const rows = [
    ['Headline', doc.title ?? '—'],
    ['Dateline', doc.dateline ? [doc.dateline.place, doc.dateline.date, doc.dateline.source].filter(Boolean).join(' · ') : '—'],
    ['Bylines', doc.bylines.length ? doc.bylines.map((b) => [b.names.join(', '), b.source].filter(Boolean).join(', ')).join('; ') : '—'],
    ['Words', String(doc.stats.words)],
    ['Paragraphs', String(doc.stats.paragraphs)],
    ['Sentences', String(doc.stats.sentences)],
    ['Quotes', `${doc.stats.quotes.direct} direct, ${doc.stats.quotes.indirect} reported, ${doc.stats.quotes.mixed} mixed`],
    ['Language', doc.language],
  ];
  $('summary').replaceChildren(...rows.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

function renderSpeakers(text, doc) {
  const list = speakers(doc);
  $('speakers-empty').hidden = list.length > 0;
  $('speakers').replaceChildren(
    ...list.map((speaker) => {
      const counts = [`${speaker.count} ${speaker.count === 1 ? 'quote' : 'quotes'}`];
      if (speaker.share !== null) counts.push(`${Math.round(speaker.share * 100)}% of quoted words`);
      const button = el(
        'button',
        { type: 'button', class: 'pick', data: { speaker: speaker.key }, 'aria-pressed': 'false' },
        el('span', { class: 'name' }, speaker.name),
        el('span', { class: 'count' }, counts.join(' · ')),
      );
      button.addEventListener('click', () => select(button, speaker.quotes.map((q) => `[data-quote="${q.id}"]`)));
      const item = el('li', {}, button);
      if (speaker.share !== null) {
        const bar = el('span', { class: 'share', 'aria-hidden': 'true' });
        bar.style.setProperty('--share', String(speaker.share));
        item.append(bar);
      }
      item.append(
        el(
          'ul',
          { class: 'speaker-quotes' },
          ...speaker.quotes.map((q) => el('li', { class: `q-${q.kind}` }, `${q.kind === 'direct' ? '' : '(reported) '}${text.slice(q.span[0], q.span[1])}`)),
        ),
      );
      return item;
    }),
  );
}

const KIND_NAMES = {
  person: 'People', organization: 'Organizations', location: 'Places', nationality: 'Nationalities',
  event: 'Events', date: 'Dates', time: 'Times', money: 'Money', percent: 'Percentages',
};

function renderEntities(doc) {
  const byKind = new Map();
  for (const entity of doc.entities) {
    if (!byKind.has(entity.kind)) byKind.set(entity.kind, []);
    byKind.get(entity.kind).push(entity);
  }
  $('entities-empty').hidden = doc.entities.length > 0;
  $('entities').replaceChildren(
    ...[...byKind].map(([kind, entities]) =>
      el(
        'section',
        { class: `entity-kind kind-${kind}` },
        el('h3', {}, `${KIND_NAMES[kind] ?? kind} (${entities.length})`),
        el(
          'ul',
          {},
          ...entities
            .sort((a, b) => b.mentions.length - a.mentions.length)
            .map((entity) => {
              const button = el(
                'button',
                { type: 'button', class: 'pick', data: { entity: String(entity.id) }, 'aria-pressed': 'false' },
                el('span', { class: 'name' }, entity.name),
                el('span', { class: 'count' }, `${entity.mentions.length}×`),
              );
              button.addEventListener('click', () => select(button, [`[data-mention="${entity.id}"]`]));
              return el('li', {}, button);
            }),
        ),
      ),
    ),
  );
}

/** Highlights every segment matching `selectors`; pressing the same button again clears it. */
function select(button, selectors) {
  const wasPressed = button.getAttribute('aria-pressed') === 'true';
  for (const pressed of document.querySelectorAll('.pick[aria-pressed="true"]')) pressed.setAttribute('aria-pressed', 'false');
  for (const lit of article.querySelectorAll('.selected')) lit.classList.remove('selected');
  if (wasPressed || selectors.length === 0) return;
  button.setAttribute('aria-pressed', 'true');
  const hits = article.querySelectorAll(selectors.join(','));
  for (const hit of hits) hit.classList.add('selected');
  hits[0]?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

// --- quotes: hover and keyboard focus show the speaker and cue --------------------------------

function describeQuote(id) {
  const { text, doc } = current;
  const quote = doc?.quotes[id];
  if (!quote) return;
  for (const lit of article.querySelectorAll('.quote-active')) lit.classList.remove('quote-active');
  for (const part of article.querySelectorAll(`[data-quote="${id}"],[data-speaker="${id}"],[data-cue="${id}"]`)) part.classList.add('quote-active');
  const who = quote.speaker ? (quote.speaker.entity !== null ? doc.entities[quote.speaker.entity].name : quote.speaker.text) : 'unknown speaker';
  const kind = quote.kind === 'direct' ? 'Direct quote' : quote.kind === 'mixed' ? 'Mixed quote' : 'Reported speech';
  quoteInfo.textContent = `${kind} · ${who}${quote.cue ? ` · cue “${quote.cue.text}”` : ''} · ${quote.content.reduce((n, [s, e]) => n + text.slice(s, e).length, 0)} characters`;
  quoteInfo.hidden = false;
}

function quoteIdOf(target) {
  const seg = target instanceof Element ? target.closest('[data-quote]') : null;
  return seg ? Number(seg.dataset.quote) : null;
}

article.addEventListener('mouseover', (event) => {
  const id = quoteIdOf(event.target);
  if (id !== null) describeQuote(id);
});
article.addEventListener('focusin', (event) => {
  const id = quoteIdOf(event.target);
  if (id !== null) describeQuote(id);
});
article.addEventListener('click', (event) => {
  const seg = event.target instanceof Element ? event.target.closest('[data-mention]') : null;
  if (!seg) return;
  const button = document.querySelector(`.pick[data-entity="${seg.dataset.mention}"]`);
  if (button) select(button, [`[data-mention="${seg.dataset.mention}"]`]);
});

// Escape clears a selection and the quote details.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const pressed = document.querySelector('.pick[aria-pressed="true"]');
  if (pressed) select(pressed, []);
  for (const lit of article.querySelectorAll('.quote-active')) lit.classList.remove('quote-active');
  quoteInfo.hidden = true;
});

// --- legend: layer toggles --------------------------------------------------------------------

const legend = $('legend');
function applyLayers() {
  const hidden = [];
  for (const box of legend.querySelectorAll('input[data-layer]')) {
    article.classList.toggle(`hide-${box.dataset.layer}`, !box.checked);
    if (!box.checked) hidden.push(box.dataset.layer);
  }
  storage((s) => s.setItem(STORE_LAYERS, JSON.stringify(hidden)));
}
legend.addEventListener('change', applyLayers);

// --- export -----------------------------------------------------------------------------------

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

$('export-json').addEventListener('click', () => {
  if (current.doc) download('newslens.json', 'application/json', `${JSON.stringify(current.doc, null, 2)}\n`);
});
$('export-csv').addEventListener('click', () => {
  if (current.doc) download('newslens-quotes.csv', 'text/csv', quotesCsv(current.text, current.doc));
});
$('copy-quotes').addEventListener('click', async () => {
  const { text, doc } = current;
  if (!doc) return;
  const lines = doc.quotes.map((q) => {
    const who = q.speaker ? (q.speaker.entity !== null ? doc.entities[q.speaker.entity].name : q.speaker.text) : 'Unattributed';
    return `${who} (${q.kind}): ${text.slice(q.span[0], q.span[1])}`;
  });
  try {
    await navigator.clipboard.writeText(lines.join('\n'));
    status.textContent = `Copied ${lines.length} quotes.`;
  } catch {
    status.textContent = 'The browser did not allow copying.';
  }
});

// --- input ------------------------------------------------------------------------------------

// A paste or drop is one whole change: analyse at once; typing waits for a pause.
input.addEventListener('input', (event) => schedule(/^insertFrom(Paste|Drop)$/.test(event.inputType) ? 0 : DEBOUNCE_MS));
$('clear').addEventListener('click', () => {
  input.value = '';
  storage((s) => s.removeItem(STORE_TEXT));
  schedule(0);
  input.focus();
});
$('example').addEventListener('click', () => {
  input.value = example;
  schedule(0);
});
$('file').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (!file) return;
  const content = await file.text();
  input.value = /\.html?$/i.test(file.name) || file.type === 'text/html' ? htmlToText(content) : content;
  schedule(0);
});
input.addEventListener('dragover', (event) => event.preventDefault());
input.addEventListener('drop', async (event) => {
  const file = event.dataTransfer?.files?.[0];
  if (!file) return; // dropped text: the textarea handles it and fires `input`
  event.preventDefault();
  const content = await file.text();
  input.value = /\.html?$/i.test(file.name) ? htmlToText(content) : content;
  schedule(0);
});

/**
 * The article text of an HTML document: Mozilla's Readability on an inert DOMParser document
 * (which runs no scripts and loads nothing), its paragraphs joined by blank lines.
 */
function htmlToText(html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  let root = parsed.body;
  try {
    const article = new Readability(parsed.cloneNode(true), { charThreshold: 100 }).parse();
    if (article?.content) {
      const content = new DOMParser().parseFromString(article.content, 'text/html');
      root = content.body;
      // Readability drops the headline from the content; the page's own <h1> says it best,
      // the <title> (often "Headline | Site") only when there is none.
      const headline = parsed.querySelector('article h1, main h1, h1')?.textContent.trim() || article.title;
      // (Readability turns headings into <h2>: the headline may be there already.)
      const present = [...root.querySelectorAll('h1, h2')].some((h) => h.textContent.trim() === headline);
      if (headline && !present) {
        const heading = content.createElement('h1');
        heading.textContent = headline;
        root.prepend(heading);
      }
    }
  } catch {
    // Readability gave up: fall back to the whole body.
  }
  for (const junk of root.querySelectorAll('script, style, noscript, template')) junk.remove();
  const blocks = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, figcaption, blockquote, pre')]
    .filter((node) => !node.parentElement?.closest('p, li, figcaption, blockquote, pre'))
    .map((node) => node.textContent.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return blocks.length ? blocks.join('\n\n') : (root.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
}

// Paste of HTML (from a browser tab): keep the article's paragraphs, drop the page around it.
input.addEventListener('paste', (event) => {
  const html = event.clipboardData?.getData('text/html');
  if (!html) return; // plain text: the default paste is what we want
  const text = htmlToText(html);
  if (!text) return;
  event.preventDefault();
  input.setRangeText(text, input.selectionStart, input.selectionEnd, 'end');
  schedule();
});

// --- theme ------------------------------------------------------------------------------------

const themeSelect = $('theme');
function applyTheme(theme) {
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
  themeSelect.value = theme;
}
themeSelect.addEventListener('change', () => {
  applyTheme(themeSelect.value);
  storage((s) => s.setItem(STORE_THEME, themeSelect.value));
});

// --- start ------------------------------------------------------------------------------------

applyTheme(storage((s) => s.getItem(STORE_THEME)) || 'auto');
const hiddenLayers = storage((s) => JSON.parse(s.getItem(STORE_LAYERS) || '[]')) || [];
for (const box of legend.querySelectorAll('input[data-layer]')) box.checked = !hiddenLayers.includes(box.dataset.layer);
applyLayers();
const saved = storage((s) => s.getItem(STORE_TEXT));
input.value = saved ?? example;
schedule(0);

// Offline after the first visit (the deployed site only: not the dev server, not file://).
if (import.meta.env?.PROD && !import.meta.env.NEWSLENS_SINGLE_FILE && 'serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}

// For tests and the curious: the document on screen, and show() to render any newslens/1
// document of a text (e.g. one exported earlier or printed by the CLI).
window.newslens = {
  get current() { return current; },
  show(text, doc) {
    clearTimeout(timer);
    generation++;
    input.value = text;
    show(text, doc);
    document.body.dataset.state = 'done';
  },
};
