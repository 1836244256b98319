import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.webm': 'audio/webm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built app (dist/) to the tablets, as any static host would: hashed assets cached for
 * good, the page and the service worker always checked, so an update reaches every tablet.
 */
export async function serveApp(appDir: string, urlPath: string, response: ServerResponse, headers: Record<string, string>): Promise<boolean> {
  let relative: string;
  try {
    relative = urlPath === '/' ? 'index.html' : decodeURIComponent(urlPath).replace(/^\/+/, '');
  } catch {
    return false; // a broken %-sequence: not a file here
  }
  const path = normalize(join(appDir, relative));
  if (!path.startsWith(normalize(appDir) + sep)) return false;
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return false;
  const immutable = relative.startsWith('assets/');
  response.writeHead(200, {
    ...headers,
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  response.end(await readFile(path));
  return true;
}
