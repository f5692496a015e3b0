// The built page (scripts/build-page.mjs): the single file opened from disk, and the deployed
// site working offline through its service worker.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { preview } from 'vite';
import { root } from '../../scripts/server.mjs';
import { launch, watchErrors } from './chromium.mjs';

const seed = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'tass-shoigu.txt'), 'utf8');
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function analysed(page, text) {
  await page.waitForFunction((expected) => document.body.dataset.state === 'done' && window.newslens.current.text === expected, text);
}

test('newslens.html opened from file:// analyses text, with no request after load', async () => {
  const file = path.join(root, 'dist', 'newslens.html');
  assert.ok(fs.existsSync(file), 'dist/newslens.html is built');
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(pathToFileURL(file).href);
  await analysed(page, seed);
  assert.equal(await page.textContent('#article'), seed);
  assert.equal(await page.locator('#article .block-start').count(), 13);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  const long = `${'A long paragraph of words. '.repeat(1000)}\n\nThe end.`; // worker-sized: falls back to the main thread
  await page.fill('#text', long);
  await analysed(page, long);
  assert.equal(await page.textContent('#article'), long);
  await page.fill('#text', 'Short text.\n\nTwo blocks.');
  await analysed(page, 'Short text.\n\nTwo blocks.');
  assert.equal(await page.locator('#article .block-start').count(), 2);
  assert.deepEqual(requests, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the deployed site works offline after the first visit (service worker)', async () => {
  const server = await preview({
    configFile: false,
    root: path.join(root, 'www'),
    logLevel: 'silent',
    build: { outDir: path.join(root, 'dist', 'www') },
    preview: { host: '127.0.0.1', port: 0 },
  });
  try {
    const url = server.resolvedUrls.local[0];
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await analysed(page, seed);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    await page.fill('#text', 'Offline draft.\n\nStill here.');
    await analysed(page, 'Offline draft.\n\nStill here.');
    await browser.context.setOffline(true);
    try {
      await page.reload();
      await analysed(page, 'Offline draft.\n\nStill here.');
      assert.equal(await page.locator('#article .block-start').count(), 2);
    } finally {
      await browser.context.setOffline(false);
    }
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
});
