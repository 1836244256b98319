// The production build served by `vite preview` (the project's own config, so the same headers and
// fallbacks as `npm start`) on a free port, with three test hooks in front of it:
// - offline: every request's connection is dropped, as when a tablet loses the network;
// - an optional console probe put first in index.html (see consoleProbe.js);
// - /__engines/console, where the probe reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const PROBE_PATH = '/__engines/console-probe.js';
const PROBE_SOURCE = readFileSync(fileURLToPath(new URL('./consoleProbe.js', import.meta.url)), 'utf8');

export async function startServer({ root, outDir, probeConsole }) {
  const state = { offline: false, consoleEntries: [] };
  const indexHtml = readFileSync(join(outDir, 'index.html'), 'utf8');
  const probedHtml = indexHtml.replace(/<head>/i, `<head>\n    <script src="${PROBE_PATH}"></script>`);
  if (probeConsole && probedHtml === indexHtml) throw new Error(`no <head> in ${join(outDir, 'index.html')} to put the console probe in`);

  const hooks = (req, res, next) => {
    if (state.offline) {
      req.socket.destroy();
      return;
    }
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/__engines/console' && req.method === 'POST') {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        try {
          state.consoleEntries.push(JSON.parse(body));
        } catch {
          state.consoleEntries.push({ kind: 'console', text: body });
        }
        res.writeHead(204).end();
      });
      return;
    }
    if (probeConsole && path === PROBE_PATH) {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-cache' }).end(PROBE_SOURCE);
      return;
    }
    // The page itself (including the service worker's precache copy and the SPA fallback).
    const isPage = path === '/' || path === '/index.html' || !/\.[a-z0-9]+$/i.test(path);
    if (probeConsole && isPage && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(req.method === 'HEAD' ? undefined : probedHtml);
      return;
    }
    next();
  };

  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    plugins: [{ name: 'engines-test-hooks', configurePreviewServer: (s) => void s.middlewares.use(hooks) }],
  });
  const url = server.resolvedUrls?.local?.[0];
  if (!url) throw new Error('vite preview did not report its URL');
  return {
    url: url.replace(/\/$/, ''),
    setOffline: (offline) => void (state.offline = offline),
    /** Console errors the probe reported since the last call. */
    drainConsole: () => state.consoleEntries.splice(0).map((e) => `${e.kind}: ${e.text}${e.page ? ` (on ${e.page})` : ''}`),
    close: () => server.close(),
  };
}
