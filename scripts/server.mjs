// The dev server for www/ (Vite), shared by `npm start` and the browser tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Vite's client script opens a WebSocket for HMR even with hmr off; the CSP blocks it and the
// console fills with errors, so the dev server leaves it out of the page.
const withoutViteClient = {
  name: 'newslens:without-vite-client',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => html.replace(/\s*<script type="module" src="\/@vite\/client"><\/script>/, ''),
  },
};

/** Starts Vite on 127.0.0.1 (`port` 0 picks a free one); resolves to {server, url}. */
export async function startServer({ port = 5173, quiet = false } = {}) {
  const server = await createServer({
    configFile: false,
    root: path.join(root, 'www'),
    logLevel: quiet ? 'silent' : 'info',
    clearScreen: false,
    // The page's CSP forbids connections, so no HMR socket: reload to see changes.
    server: { host: '127.0.0.1', port, strictPort: false, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: ['@mozilla/readability'] },
    plugins: [withoutViteClient],
  });
  await server.listen();
  const address = server.httpServer.address();
  return { server, url: `http://127.0.0.1:${address.port}/` };
}
