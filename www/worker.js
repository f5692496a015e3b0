// Analyses long texts off the main thread: {id, text} -> {id, doc} or {id, error}.
import { analyze } from './pkg/newslens.js';
import { load } from './engine.js';

self.onmessage = async ({ data }) => {
  try {
    await load();
    self.postMessage({ id: data.id, doc: analyze(data.text) });
  } catch (error) {
    self.postMessage({ id: data.id, error: String(error && error.message ? error.message : error) });
  }
};
