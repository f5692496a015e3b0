// The npm package as users get it: `npm pack`, then the tarball installed (offline: it has no
// dependencies) into throwaway projects under a temp dir: Node ESM, Node CommonJS, TypeScript,
// a Vite and a webpack 5 production build in headless Chromium (the Vite one with a module
// Worker), and a plain <script type="module"> page. Tools (vite, webpack, tsc) are the
// repository's own, reused by path.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launch } from '../browser/chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const fixtures = path.join(here, 'fixtures');
const seedPath = path.join(root, 'tests', 'fixtures', 'tass-shoigu.txt');
const gold = JSON.parse(fs.readFileSync(path.join(root, 'tests', 'fixtures', 'tass-shoigu.gold.json'), 'utf8'));
const goldFacts = {
  blocks: gold.blocks.map((b) => b.span),
  dateline: gold.dateline,
  length: gold.length,
};

const SHIPPED = [
  'LICENSE-APACHE',
  'LICENSE-MIT',
  'README.md',
  'index.d.ts',
  'package.json',
  'pkg/newslens.cjs',
  'pkg/newslens.d.cts',
  'pkg/newslens.js',
  'pkg/newslens.node.mjs',
  'pkg/newslens_bg.wasm',
];

let work;
let tarball;

function sh(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A throwaway project with the tarball installed. */
function project(name, packageJson = {}) {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, ...packageJson }, null, 2));
  sh('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', tarball], dir);
  return dir;
}

before(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-package-'));
  const out = sh('npm', ['pack', '--json', '--pack-destination', work], root);
  const [info] = JSON.parse(out.slice(out.indexOf('[')));
  tarball = path.join(work, info.filename);
  console.log(`# packed ${info.filename}: ${(info.size / 1024).toFixed(1)} KiB, unpacked ${(info.unpackedSize / 1024).toFixed(1)} KiB`);
});

after(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('the tarball ships the glue, the wasm, the types, README and licences, nothing else', () => {
  const out = sh('npm', ['pack', '--dry-run', '--json'], root);
  const [info] = JSON.parse(out.slice(out.indexOf('[')));
  assert.deepEqual(info.files.map((f) => f.path).sort(), [...SHIPPED].sort());
  assert.ok(info.size < 1024 * 1024, `packed size ${info.size}`);
});

test('Node ESM: import { analyze } from "newslens", no init needed', () => {
  const dir = project('node-esm', { type: 'module' });
  fs.writeFileSync(
    path.join(dir, 'index.js'),
    `import fs from 'node:fs';
import { analyze } from 'newslens';
const doc = analyze(fs.readFileSync(${JSON.stringify(seedPath)}, 'utf8'));
console.log(JSON.stringify({ blocks: doc.blocks.map((b) => b.span), dateline: doc.dateline, length: doc.length }));
`,
  );
  assert.deepEqual(JSON.parse(sh(process.execPath, ['index.js'], dir)), goldFacts);
});

test('Node CommonJS: require("newslens")', () => {
  const dir = project('node-cjs');
  fs.writeFileSync(
    path.join(dir, 'index.js'),
    `const fs = require('node:fs');
const { analyze } = require('newslens');
const doc = analyze(fs.readFileSync(${JSON.stringify(seedPath)}, 'utf8'));
console.log(JSON.stringify({ blocks: doc.blocks.map((b) => b.span), dateline: doc.dateline, length: doc.length }));
`,
  );
  assert.deepEqual(JSON.parse(sh(process.execPath, ['index.js'], dir)), goldFacts);
});

test('TypeScript: tsc --noEmit over typed ESM and CommonJS usage', () => {
  const dir = project('typescript', { type: 'module' });
  for (const file of ['usage.ts', 'usage.cts', 'tsconfig.json']) fs.copyFileSync(path.join(fixtures, file), path.join(dir, file));
  // Real output as object literals typed as Document: excess-property and type checks catch any
  // drift between the declarations and what analyze() returns.
  const probe = `import fs from 'node:fs';
import { analyze } from 'newslens';
const texts = [fs.readFileSync(${JSON.stringify(seedPath)}, 'utf8'), 'By Jane Doe, Reuters\\n\\nLONDON (Reuters) - "We won," said Ann Lee on Monday. He said that 5% was $3 million.'];
const docs = texts.flatMap((t) => ['utf16', 'codepoint', 'byte'].map((offsets) => analyze(t, { offsets })));
console.log(docs.map((d, i) => \`export const doc\${i}: Document = \${JSON.stringify(d)};\`).join('\\n'));
`;
  fs.writeFileSync(path.join(dir, 'probe.mjs'), probe);
  const literals = sh(process.execPath, ['probe.mjs'], dir);
  fs.writeFileSync(path.join(dir, 'actual.ts'), `import type { Document } from 'newslens';\n${literals}`);
  const tsconfig = JSON.parse(fs.readFileSync(path.join(dir, 'tsconfig.json'), 'utf8'));
  tsconfig.files.push('actual.ts');
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    sh(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json'], dir);
  } catch (error) {
    assert.fail(`tsc failed:\n${error.stdout}${error.stderr}`);
  }
});

test('Vite production build in headless Chromium, on the main thread and in a Worker; a plain script type=module page', async () => {
  const dir = project('vite-app', { type: 'module' });
  fs.cpSync(path.join(fixtures, 'vite-app'), dir, { recursive: true });
  fs.copyFileSync(seedPath, path.join(dir, 'seed.txt'));
  // The plain page imports the browser glue by relative path, as someone without a bundler would.
  const plain = path.join(dir, 'public', 'plain', 'newslens');
  fs.mkdirSync(plain, { recursive: true });
  for (const file of ['newslens.js', 'newslens_bg.wasm']) fs.copyFileSync(path.join(dir, 'node_modules', 'newslens', 'pkg', file), path.join(plain, file));

  const vite = await import(path.join(root, 'node_modules', 'vite', 'dist', 'node', 'index.js'));
  await vite.build({ root: dir, configFile: false, logLevel: 'silent', build: { outDir: path.join(dir, 'dist') } });
  const assets = fs.readdirSync(path.join(dir, 'dist', 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `the wasm is emitted as an asset: ${assets}`);
  const server = await vite.preview({ root: dir, configFile: false, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0 }, build: { outDir: path.join(dir, 'dist') } });
  const url = server.resolvedUrls.local[0];
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.waitForFunction(() => !['main', 'worker'].some((id) => document.getElementById(id).textContent === 'pending'));
    assert.deepEqual(JSON.parse(await page.textContent('#main')), goldFacts);
    assert.deepEqual(JSON.parse(await page.textContent('#worker')), goldFacts);

    await page.goto(new URL('plain/', url).href);
    await page.waitForFunction(() => document.getElementById('main').textContent !== 'pending');
    const plainResult = JSON.parse(await page.textContent('#main'));
    assert.deepEqual(plainResult.dateline, { span: [13, 38], place: 'MOSCOW', date: 'April 27', source: 'TASS' });
    assert.equal(plainResult.sentences, 3);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
});

test('webpack 5 production build in headless Chromium', async () => {
  const dir = project('webpack-app', { type: 'module' });
  fs.cpSync(path.join(fixtures, 'webpack-app'), dir, { recursive: true });
  fs.copyFileSync(seedPath, path.join(dir, 'src', 'seed.txt'));
  const { default: webpack } = await import(path.join(root, 'node_modules', 'webpack', 'lib', 'index.js'));
  const stats = await new Promise((resolve, reject) => {
    webpack(
      {
        mode: 'production',
        context: dir,
        entry: './src/index.js',
        output: { path: path.join(dir, 'dist'), filename: 'main.js', clean: true },
        module: { rules: [{ test: /\.txt$/, type: 'asset/source' }] },
        performance: { hints: false },
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  assert.ok(!stats.hasErrors(), stats.toString('errors-only'));
  fs.copyFileSync(path.join(dir, 'index.html'), path.join(dir, 'dist', 'index.html'));
  assert.ok(fs.readdirSync(path.join(dir, 'dist')).some((f) => f.endsWith('.wasm')), 'the wasm is emitted as an asset');

  const vite = await import(path.join(root, 'node_modules', 'vite', 'dist', 'node', 'index.js'));
  const server = await vite.preview({ root: dir, configFile: false, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0 }, build: { outDir: path.join(dir, 'dist') } });
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.resolvedUrls.local[0]);
    await page.waitForFunction(() => document.getElementById('main').textContent !== 'pending');
    assert.deepEqual(JSON.parse(await page.textContent('#main')), goldFacts);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
});
