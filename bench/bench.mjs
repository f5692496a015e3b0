// newslens (wasm) against compromise and wink-nlp, in one Node process, on the same ~5 MB of
// news-like text (the project's own fixtures plus generated articles), article by article.
//
//   node --expose-gc bench.mjs PKG_DIR [--memory | --write FILE]
//
// PKG_DIR holds the wasm-bindgen --target nodejs output (newslens.js + newslens_bg.wasm).
// Prints MB/s for each library and the ratios, the median time for one 5 KB article, the wasm
// instantiate time and memory, and whether each target of issue 5 holds.

import { createRequire } from 'node:module';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articles, article, rng } from './news.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = resolve(process.argv[2] ?? join(here, 'build/node'));
const memoryOnly = process.argv.includes('--memory');
const writeTo = process.argv.includes('--write') ? process.argv[process.argv.indexOf('--write') + 1] : null;
const TOTAL_BYTES = Number(process.env.BENCH_BYTES ?? 5_000_000);
// compromise is slow; it gets at most this long per pass (its MB/s is over what it finished).
const TIMEBOX_MS = Number(process.env.BENCH_TIMEBOX_MS ?? 60_000);

const mb = (bytes) => bytes / 1e6;
const fmt = (x, digits = 1) => x.toFixed(digits);
const utf8 = (text) => Buffer.byteLength(text);

function fixtures() {
  const root = join(here, '..', 'tests', 'fixtures');
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.txt')) out.push(readFileSync(path, 'utf8'));
    }
  };
  try { walk(root); } catch { /* no fixtures: generated text only */ }
  return out;
}

function corpus() {
  const own = fixtures();
  const ownBytes = own.reduce((n, t) => n + utf8(t), 0);
  return own.concat(articles(Math.max(0, TOTAL_BYTES - ownBytes), 42));
}

/** Runs `fn` over `texts` in order, stopping after `timeboxMs`; returns bytes done and ms. */
function pass(texts, fn, timeboxMs = Infinity) {
  let bytes = 0;
  let count = 0;
  const started = performance.now();
  for (const text of texts) {
    fn(text);
    bytes += utf8(text);
    count++;
    if (performance.now() - started > timeboxMs) break;
  }
  return { bytes, ms: performance.now() - started, count };
}

function loadNewslens() {
  const wasmBytes = readFileSync(join(pkgDir, 'newslens_bg.wasm'));
  let started = performance.now();
  new WebAssembly.Module(wasmBytes);
  const compileMs = performance.now() - started;
  started = performance.now();
  const newslens = require(join(pkgDir, 'newslens.js'));
  const loadMs = performance.now() - started;
  return { newslens, compileMs, loadMs, wasmBytes: wasmBytes.length };
}

function memory(newslens, texts) {
  const whole = texts.join('\n\n');
  const bytes = utf8(whole);
  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  const maxBefore = process.resourceUsage().maxRSS * 1024;
  const result = newslens.analyze(whole);
  const peak = process.resourceUsage().maxRSS * 1024;
  const heldAfter = process.memoryUsage().rss;
  const sentences = result.sentences.length;
  return { bytes, baseline, maxBefore, peak, heldAfter, sentences };
}

function main() {
  const texts = corpus();
  if (writeTo) {
    // The same corpus as one document, for the native CLI's memory measurement.
    writeFileSync(writeTo, texts.join('\n\n'));
    return;
  }
  const totalBytes = texts.reduce((n, t) => n + utf8(t), 0);
  const { newslens, compileMs, loadMs, wasmBytes } = loadNewslens();

  if (memoryOnly) {
    // Alone in its process so nothing else has pushed the high-water mark up first.
    const m = memory(newslens, texts);
    const grew = Math.max(0, m.peak - Math.max(m.baseline, 0));
    console.log(`memory: one ${fmt(mb(m.bytes))} MB document (${m.sentences} sentences): ` +
      `RSS ${fmt(mb(m.baseline))} MB before, peak ${fmt(mb(m.peak))} MB ` +
      `(+${fmt(mb(grew))} MB = ${fmt(grew / m.bytes)}x input), ` +
      `JS string itself ${fmt(mb(m.bytes * 2))} MB at most`);
    console.log(`target memory peak < 20x input: ${grew / m.bytes < 20 ? 'HOLDS' : 'MISSES'} (${fmt(grew / m.bytes)}x)`);
    return;
  }

  console.log(`corpus: ${texts.length} articles, ${fmt(mb(totalBytes), 2)} MB UTF-8`);
  console.log(`newslens wasm: ${fmt(wasmBytes / 1024)} KB; compile ${fmt(compileMs, 2)} ms; ` +
    `require (read + compile + instantiate) ${fmt(loadMs, 2)} ms`);

  // newslens: warm up, then the best of three passes.
  pass(texts.slice(0, 50), (t) => newslens.analyze(t));
  const runs = [0, 1, 2].map(() => pass(texts, (t) => newslens.analyze(t)));
  const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
  const newslensMBs = mb(best.bytes) / (best.ms / 1000);
  console.log(`newslens (wasm): ${fmt(newslensMBs)} MB/s (best of 3 passes: ${runs.map((r) => fmt(r.ms, 0)).join(', ')} ms)`);

  // One typical 5 KB article, many runs.
  const one = article(rng(5), 5000);
  for (let i = 0; i < 200; i++) newslens.analyze(one);
  const times = [];
  for (let i = 0; i < 2000; i++) {
    const started = performance.now();
    newslens.analyze(one);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[times.length >> 1];
  const p99 = times[Math.floor(times.length * 0.99)];
  console.log(`one ${fmt(utf8(one) / 1000)} KB article: median ${fmt(median, 3)} ms, p99 ${fmt(p99, 3)} ms over ${times.length} runs`);

  // compromise with its people/places/organizations/quotations.
  const nlp = require('compromise');
  const compromiseRun = (t) => {
    const doc = nlp(t);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
    doc.quotations().out('array');
  };
  pass(texts.slice(0, 5), compromiseRun);
  const comp = pass(texts, compromiseRun, TIMEBOX_MS);
  const compMBs = mb(comp.bytes) / (comp.ms / 1000);
  console.log(`compromise: ${fmt(compMBs, 3)} MB/s (${comp.count} articles, ${fmt(mb(comp.bytes), 2)} MB in ${fmt(comp.ms / 1000)} s)`);

  // wink-nlp with its lite web model: entities and sentences.
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const wink = winkNLP(model);
  const winkRun = (t) => {
    const doc = wink.readDoc(t);
    doc.entities().out();
    doc.sentences().out();
  };
  pass(texts.slice(0, 5), winkRun);
  const wk = pass(texts, winkRun, TIMEBOX_MS);
  const winkMBs = mb(wk.bytes) / (wk.ms / 1000);
  console.log(`wink-nlp (lite web model): ${fmt(winkMBs, 2)} MB/s (${wk.count} articles, ${fmt(mb(wk.bytes), 2)} MB in ${fmt(wk.ms / 1000)} s)`);

  console.log(`ratios: newslens/compromise ${fmt(newslensMBs / compMBs, 0)}x, newslens/wink-nlp ${fmt(newslensMBs / winkMBs, 1)}x`);
  const verdict = (ok) => (ok ? 'HOLDS' : 'MISSES');
  console.log(`target wasm >= 20 MB/s: ${verdict(newslensMBs >= 20)} (${fmt(newslensMBs)})`);
  console.log(`target >= 100x compromise: ${verdict(newslensMBs / compMBs >= 100)} (${fmt(newslensMBs / compMBs, 0)}x)`);
  console.log(`target 5 KB article < 1 ms: ${verdict(median < 1)} (${fmt(median, 3)} ms)`);
}

main();
