// The built package in Node: `import { analyze } from 'newslens'` resolves to pkg/ through the
// package's own exports map (run `npm run build` first; `npm test` does).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import test from 'node:test';
import { fileURLToPath } from 'node:url';
import init, { analyze } from 'newslens';

const seed = fs.readFileSync(new URL('../fixtures/tass-shoigu.txt', import.meta.url), 'utf8');
const gold = JSON.parse(fs.readFileSync(new URL('../fixtures/tass-shoigu.gold.json', import.meta.url), 'utf8').replace(/^\uFEFF/, ''));

test('the seed article: schema, 13 blocks, the dateline', () => {
  const doc = analyze(seed);
  assert.equal(doc.schema, 'newslens/1');
  assert.equal(doc.offsets, 'utf16');
  assert.equal(doc.length, seed.length);
  assert.equal(doc.blocks.length, 13);
  assert.equal(doc.blocks.length, seed.split('\n').filter((line) => line.trim()).length);
  assert.ok(doc.dateline, 'a dateline');
  assert.equal(seed.slice(...doc.dateline.span), 'MOSCOW, April 27. /TASS/.');
  assert.deepEqual(
    [doc.dateline.place, doc.dateline.date, doc.dateline.source],
    [gold.dateline.place, gold.dateline.date, gold.dateline.source],
  );
  for (const key of ['blocks', 'bylines', 'sentences', 'entities', 'quotes']) assert.ok(Array.isArray(doc[key]), key);
  assert.equal(typeof doc.stats.words, 'number');
});

test('the seed article: block spans match the gold file', () => {
  const doc = analyze(seed);
  assert.deepEqual(doc.blocks.map((b) => b.span), gold.blocks.map((b) => b.span));
});

test('the seed article: sentences are in order, inside the text, and none contains the dateline', () => {
  const doc = analyze(seed);
  assert.ok(doc.sentences.length >= 13, `${doc.sentences.length} sentences`);
  let previousEnd = 0;
  for (const [start, end] of doc.sentences) {
    assert.ok(previousEnd <= start && start < end && end <= seed.length, `[${start}, ${end}]`);
    previousEnd = end;
    const [ds, de] = doc.dateline.span;
    assert.ok(end <= ds || start >= de, `sentence [${start}, ${end}] overlaps the dateline`);
  }
  const texts = doc.sentences.map(([s, e]) => seed.slice(s, e));
  assert.ok(texts.includes('European Security matters will be discussed tomorrow.') || texts.some((t) => t.startsWith('"European Security matters will be discussed tomorrow.')));
  assert.ok(texts.some((t) => t.startsWith('The Russia-NATO Council’s meeting held on April 20')));
});

test('offsets: utf16 is String.prototype.slice, codepoint counts scalar values, byte counts UTF-8', () => {
  const text = 'Crowds 🎉 cheered.\n\n“We won 😀,” said Мария Иванова in 東京. It rained.';
  const utf16 = analyze(text);
  const codepoint = analyze(text, { offsets: 'codepoint' });
  const byte = analyze(text, { offsets: 'byte' });
  assert.equal(utf16.length, text.length);
  assert.equal(codepoint.length, [...text].length);
  assert.equal(byte.length, Buffer.byteLength(text));
  assert.equal(codepoint.offsets, 'codepoint');
  assert.equal(utf16.sentences.length, codepoint.sentences.length);
  assert.notDeepEqual(utf16.sentences, codepoint.sentences, 'the emoji make the units differ');
  const chars = [...text];
  const encoded = Buffer.from(text);
  utf16.sentences.forEach(([s, e], i) => {
    const [cs, ce] = codepoint.sentences[i];
    const [bs, be] = byte.sentences[i];
    assert.equal(chars.slice(cs, ce).join(''), text.slice(s, e));
    assert.equal(encoded.subarray(bs, be).toString('utf8'), text.slice(s, e));
  });
  assert.ok(utf16.sentences.map(([s, e]) => text.slice(s, e)).includes('It rained.'));
});

test('on an all-BMP text utf16 and codepoint spans are identical', () => {
  const doc = analyze(seed);
  const cp = analyze(seed, { offsets: 'codepoint' });
  assert.deepEqual(cp.sentences, doc.sentences);
  assert.deepEqual(cp.blocks, doc.blocks);
});

test('bad options throw an Error that says what is wrong', () => {
  const cases = [
    [{ offsets: 'bytes' }, /offsets|unknown variant/],
    [{ offset: 'utf16' }, /unknown field|offset/],
    ['utf16', /options must be an object/],
    [42, /options must be an object/],
    [[], /options must be an object/],
  ];
  for (const [options, message] of cases) {
    assert.throws(() => analyze('Some text.', options), (error) => {
      assert.ok(error instanceof Error, `an Error for ${JSON.stringify(options)}`);
      assert.match(error.message, /^newslens: /);
      assert.match(error.message, message);
      return true;
    });
  }
  assert.doesNotThrow(() => analyze('Some text.', undefined));
  assert.doesNotThrow(() => analyze('Some text.', null));
  assert.doesNotThrow(() => analyze('Some text.', {}));
});

test('odd strings never throw: empty, lone surrogates, control characters, lone quote marks', () => {
  const empty = analyze('');
  assert.equal(empty.length, 0);
  assert.deepEqual(empty.blocks, []);
  assert.deepEqual(empty.sentences, []);
  for (const text of ['\uD800', 'a\uDC00b. c\uD83D', '\u0000\u0001\u200B\uFEFF', '\n\n\n', '"', '“”„']) {
    const doc = analyze(text);
    assert.equal(doc.schema, 'newslens/1');
  }
});

test('5 MB with no full stop, 10,000 quote marks and 200,000 capitalised words are analysed whole', () => {
  // Speed is measured by `npm run bench`, not here. The child process only has a generous
  // watchdog (minutes, where a linear run takes seconds) so that a hang fails instead of
  // stalling the whole test run.
  const cases = [
    ['5 MB of words with no full stop', "'word '.repeat(1_000_000)", 600],
    ['10,000 quote marks', "'\\u0022'.repeat(10_000)", 300],
    ['200,000 capitalised words', "'Word '.repeat(200_000)", 300],
  ];
  for (const [name, expression, seconds] of cases) {
    const script = `const { analyze } = require('newslens'); const text = ${expression}; const doc = analyze(text); if (doc.length !== text.length) process.exit(3);`;
    const result = spawnSync(process.execPath, ['-e', script], { cwd: fileURLToPath(new URL('.', import.meta.url)), timeout: seconds * 1000, encoding: 'utf8' });
    assert.ok(!result.error && result.signal === null, `${name}: still running after the ${seconds} s watchdog (a hang?)`);
    assert.equal(result.status, 0, `${name}: ${result.stderr}`);
  }
});

test('the universal init call works in Node too', async () => {
  await init();
  assert.equal(analyze('Hello.').sentences.length, 1);
});

test('require() gives the same synchronous API', () => {
  const require = createRequire(import.meta.url);
  const cjs = require('newslens');
  assert.equal(typeof cjs.analyze, 'function');
  assert.deepEqual(cjs.analyze(seed), analyze(seed));
});
