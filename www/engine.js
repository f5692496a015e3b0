// Loads the wasm package and runs analyze(): on the main thread for short texts, in a Web Worker
// for long ones so typing never waits. The page's CSP allows no connections, so the wasm comes
// as a base64 JS module instead of a fetch().
import init, { analyze } from './pkg/newslens.js';
import wasmBase64 from './pkg/wasm.js';

/** Texts at least this long (UTF-16 units) are analysed in the worker. */
export const WORKER_THRESHOLD = 20000;

export function wasmBytes() {
  const binary = atob(wasmBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

let ready = null;
export function load() {
  ready ??= init({ module_or_path: wasmBytes() });
  return ready;
}

let worker = null;
let workerBroken = false;
let nextId = 0;
const pending = new Map();

function startWorker() {
  // The single-file build runs from file://, where module workers cannot load: main thread.
  if (import.meta.env?.NEWSLENS_SINGLE_FILE) return null;
  if (worker || workerBroken || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  } catch {
    workerBroken = true; // e.g. opened from file://: fall back to the main thread
    return null;
  }
  worker.onmessage = ({ data }) => {
    const job = pending.get(data.id);
    if (!job) return;
    pending.delete(data.id);
    if (data.error) job.reject(new Error(data.error));
    else job.resolve(data.doc);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    workerBroken = true;
    worker = null;
    for (const job of pending.values()) job.fallback();
    pending.clear();
  };
  return worker;
}

/** Analyses `text`, resolving to its newslens/1 document; `where` tells which thread ran it. */
export async function analyzeText(text) {
  if (text.length >= WORKER_THRESHOLD && pending.size > 0 && worker) {
    // A newer text arrived while the worker is still busy with an older one: drop that work
    // rather than queue behind it (the caller ignores the superseded result anyway).
    worker.terminate();
    worker = null;
    for (const job of pending.values()) job.reject(new Error('superseded by a newer text'));
    pending.clear();
  }
  if (text.length >= WORKER_THRESHOLD && startWorker()) {
    const id = ++nextId;
    const onMain = async () => ({ doc: (await load(), analyze(text)), where: 'main' });
    return new Promise((resolve, reject) => {
      pending.set(id, {
        resolve: (doc) => resolve({ doc, where: 'worker' }),
        reject,
        fallback: () => onMain().then(resolve, reject),
      });
      worker.postMessage({ id, text });
    });
  }
  await load();
  return { doc: analyze(text), where: 'main' };
}
