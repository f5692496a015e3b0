// Builds the WebAssembly package and the page's generated modules.
//
//   cargo (wasm32, profile wasm-release) -> wasm-bindgen (web + nodejs glue) -> wasm-opt -> pkg/
//   pkg/ + tests/fixtures/tass-shoigu.txt -> www/pkg/ (glue, wasm as a JS module, the seed)
//
// pkg/ is what the npm package ships (see "files" in package.json):
//   newslens.js        ESM glue for browsers, bundlers and workers (`await init()` first)
//   newslens.cjs       CommonJS glue for Node, instantiates synchronously on require
//   newslens.node.mjs  ESM entry for Node: re-exports the CommonJS glue, no init needed
//   newslens.d.cts     the types for require()
//   newslens_bg.wasm   one wasm file shared by all of them
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = path.join(root, 'pkg');
const wwwPkg = path.join(root, 'www', 'pkg');
const tmp = path.join(root, 'target', 'wasm-bindgen');
const quiet = process.argv.includes('--quiet');
const log = (...args) => quiet || console.log(...args);

function run(command, args, options = {}) {
  execFileSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...options });
}

// 1. Rust -> wasm.
const cargoHome = process.env.CARGO_HOME || path.join(process.env.HOME || os.homedir(), '.cargo');
const env = { ...process.env, PATH: `${path.join(cargoHome, 'bin')}${path.delimiter}${process.env.PATH}` };
log('build: cargo build --profile wasm-release --lib --target wasm32-unknown-unknown');
run('cargo', ['build', '--profile', 'wasm-release', '--lib', '--target', 'wasm32-unknown-unknown', ...(quiet ? ['--quiet'] : [])], { env });
const rawWasm = path.join(root, 'target', 'wasm32-unknown-unknown', 'wasm-release', 'newslens.wasm');

// 2. wasm-bindgen: the wasm is the same for every target, only the glue differs.
fs.rmSync(tmp, { recursive: true, force: true });
for (const target of ['web', 'nodejs']) {
  run('wasm-bindgen', ['--target', target, '--no-typescript', '--out-dir', path.join(tmp, target), rawWasm], { env });
}
const bindgenWasm = path.join(tmp, 'web', 'newslens_bg.wasm');

// 3. wasm-opt, skipped when the input has not changed since the last build (it takes ~20 s).
const digest = createHash('sha256').update(fs.readFileSync(bindgenWasm)).digest('hex');
const optimized = path.join(root, 'target', 'wasm-opt', `${digest}.wasm`);
if (!fs.existsSync(optimized)) {
  log('build: wasm-opt -Oz');
  fs.rmSync(path.dirname(optimized), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(optimized), { recursive: true });
  const wasmOpt = path.join(root, 'node_modules', 'binaryen', 'bin', 'wasm-opt');
  const features = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue'];
  run(process.execPath, [wasmOpt, '-Oz', ...features.map((f) => `--enable-${f}`), bindgenWasm, '-o', `${optimized}.part`]);
  fs.renameSync(`${optimized}.part`, optimized);
}

// 4. pkg/
fs.rmSync(pkg, { recursive: true, force: true });
fs.mkdirSync(pkg, { recursive: true });
fs.copyFileSync(optimized, path.join(pkg, 'newslens_bg.wasm'));
fs.copyFileSync(path.join(tmp, 'web', 'newslens.js'), path.join(pkg, 'newslens.js'));
// The nodejs glue is CommonJS; the package is "type": "module", so it must be .cjs. Node has no
// init step, so it gets no-op init functions: the same `await init(); analyze(text)` runs anywhere.
const cjs = fs.readFileSync(path.join(tmp, 'nodejs', 'newslens.js'), 'utf8').replace('/* @ts-self-types="./newslens.d.ts" */\n', '');
fs.writeFileSync(
  path.join(pkg, 'newslens.cjs'),
  `${cjs}
// Node instantiates the wasm synchronously above; these exist so code written for browsers runs.
exports.default = function init() { return Promise.resolve(); };
exports.initSync = function initSync() {};
`,
);
fs.writeFileSync(
  path.join(pkg, 'newslens.node.mjs'),
  `// Node ESM entry: the wasm is instantiated synchronously by the CommonJS glue.
import { createRequire } from 'node:module';

const glue = createRequire(import.meta.url)('./newslens.cjs');

/** Analyses \`text\` and returns the newslens/1 object. */
export const analyze = glue.analyze;
/** Does nothing in Node (the wasm is ready on import); kept so browser code runs unchanged. */
export function initSync() {}
/** Resolves at once in Node (the wasm is ready on import); kept so browser code runs unchanged. */
export default function init() {
  return Promise.resolve();
}
`,
);
fs.copyFileSync(path.join(root, 'index.d.ts'), path.join(pkg, 'newslens.d.cts'));

// 5. www/pkg: the page's CSP forbids connections (connect-src 'none'), so it cannot fetch() the
// wasm or the example article: both become JS modules.
fs.rmSync(wwwPkg, { recursive: true, force: true });
fs.mkdirSync(wwwPkg, { recursive: true });
fs.copyFileSync(path.join(pkg, 'newslens.js'), path.join(wwwPkg, 'newslens.js'));
const wasmBytes = fs.readFileSync(optimized);
fs.writeFileSync(
  path.join(wwwPkg, 'wasm.js'),
  `// Generated by scripts/build.mjs: newslens_bg.wasm as base64, so the page needs no fetch().\nexport default ${JSON.stringify(wasmBytes.toString('base64'))};\n`,
);
const seed = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'tass-shoigu.txt'), 'utf8');
fs.writeFileSync(
  path.join(wwwPkg, 'example.js'),
  `// Generated by scripts/build.mjs from tests/fixtures/tass-shoigu.txt: the article the page opens with.\nexport default ${JSON.stringify(seed)};\n`,
);

const size = (file) => {
  const bytes = fs.readFileSync(file);
  return `${(bytes.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KiB gzip`;
};
log(`build: pkg/newslens_bg.wasm ${size(path.join(pkg, 'newslens_bg.wasm'))}`);
log(`build: pkg/newslens.js ${size(path.join(pkg, 'newslens.js'))}`);

// 6. The deployable site and the single-file page.
await import('./build-page.mjs');
