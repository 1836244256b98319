import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ID_CHARS } from '../engine/model/validation';
import { HubArchive } from './archive';
import { GuessLimit } from './guessLimit';
import { changeFromLaptop, serveLaptopPage } from './laptopRoutes';
import { isLocalNetwork, isLoopback, lanAddress } from './network';
import { Pairing } from './pairing';
import { PICTURE_PATH, serveParent, servePictureFile } from './parentRoutes';
import { ALWAYS, isJsonRequest, readJson, refuseUnread, send, Slots } from './respond';
import { serveApp } from './staticFiles';
import type { BlobStore } from './storage/blobStore';
import { receivePicture, receiveTimelapse, type UploadContext } from './uploadRoutes';

export interface HubOptions {
  store: BlobStore;
  /** The built app (dist/) the tablets load from the hub. */
  appDir: string;
  /** 0.0.0.0 on the laptop (the local network; other addresses are refused), 127.0.0.1 in tests. */
  host?: string;
  port?: number;
  /** HTTPS, for tablets to get the service worker (offline reloads) and the camera. */
  tls?: { cert: Buffer; key: Buffer };
}

export interface Hub {
  /** How the laptop opens the hub's pages. */
  localUrl: string;
  /** How tablets and parents' phones reach it (the laptop's address on the network). */
  publicUrl: string;
  pairing: Pairing;
  archive: HubArchive;
  close(): Promise<void>;
}

const TIMELAPSE_PATH = new RegExp(`^/api/pictures/(${ID_CHARS})/v(\\d{1,16})/timelapse$`);

export async function startHub(options: HubOptions): Promise<Hub> {
  const archive = await HubArchive.open(options.store);
  const pairing = await Pairing.open(options.store);
  // Uploads wait on the store's own disk (what a crash left there goes), or in a temporary folder of this hub's own.
  if (options.store.incoming) await rm(options.store.incoming, { recursive: true, force: true });
  const incoming = options.store.incoming ?? (await mkdtemp(join(tmpdir(), 'ec-hub-')));
  const pairGuesses = new GuessLimit();
  const parentGuesses = new GuessLimit();
  // A code nobody used for ten minutes is replaced: one seen over a shoulder does not stay good.
  const rotation = setInterval(() => pairing.renew(), 10 * 60_000);
  rotation.unref();
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    for (const [name, value] of Object.entries(ALWAYS)) response.setHeader(name, value);
    void route(request, response).catch((error: unknown) => {
      console.error('[hub]', error);
      if (!response.headersSent) send(response, 500, { error: 'the hub had a problem; nothing was lost' });
      else response.destroy();
    });
  };
  const server: Server = options.tls ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, handler) : createHttpServer(handler);
  // Bounded time per request: headers within 20 s, a whole upload within 5 minutes (80 MB on a slow Wi-Fi).
  server.headersTimeout = 20_000;
  server.requestTimeout = 5 * 60_000;
  // And a bounded number of connections (a room's tablets and phones stay far below it).
  server.maxConnections = 1024;
  await new Promise<void>((resolve) => server.listen(options.port ?? 8787, options.host ?? '0.0.0.0', resolve));
  const { port } = server.address() as AddressInfo;
  const scheme = options.tls ? 'https' : 'http';
  const host = options.host && options.host !== '0.0.0.0' ? options.host : (lanAddress() ?? '127.0.0.1');
  const publicUrl = `${scheme}://${host}:${port}`;
  const localUrl = `${scheme}://127.0.0.1:${port}`;
  // Uploads stream to disk in a few buffers each, so a whole class is read at once (a tablet sends one at a time)
  // rather than queued behind one another until their tablets give up waiting.
  const uploads: UploadContext = { archive, pairing, incoming, slots: new Slots(32), publicUrl };

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const remote = request.socket.remoteAddress;
    if (!isLocalNetwork(remote)) return refuseUnread(request, response, 403, { error: 'the hub answers its own room only' }, 0);
    const url = new URL(request.url ?? '/', 'http://hub.local');
    const path = url.pathname;
    // The laptop's own pages: from the laptop, and addressed to it (a web page in the laptop's
    // browser cannot reach them through a DNS name of its own: DNS rebinding).
    const laptop = isLoopback(remote) && isLaptopHost(request.headers.host, port) && sameOriginOrNone(request.headers.origin, request.headers.host);
    const html = (body: (nonce: string) => string, status = 200) => sendHtml(response, body, status);

    if (request.method === 'POST' && path === '/api/pair') return pair(request, response);
    if (request.method === 'POST' && path === '/api/pictures') return receivePicture(request, response, uploads);
    const timelapse = TIMELAPSE_PATH.exec(path);
    if (request.method === 'PUT' && timelapse) return receiveTimelapse(request, response, `${timelapse[1]}/v${timelapse[2]}`, uploads);
    if (request.method === 'GET' && path.startsWith('/p/')) return serveParent(request, response, path, url, { archive, guesses: parentGuesses, html });
    const laptopFile = PICTURE_PATH.exec(path);
    const picture = laptop && laptopFile ? archive.byKey(`${laptopFile[2]}/v${laptopFile[3]}`) : null;
    if (request.method === 'GET' && laptopFile && picture) return servePictureFile(laptopFile, picture, url, response, archive);
    const context = { archive, pairing, store: options.store, publicUrl, html };
    if (laptop && request.method === 'GET' && serveLaptopPage(path, response, context)) return;
    if (laptop && request.method === 'POST' && (await changeFromLaptop(path, response, context))) return;
    if (request.method === 'GET' && (await serveApp(options.appDir, path, response, { 'referrer-policy': 'no-referrer' }))) return;
    refuseUnread(request, response, 404, { error: 'not here' }, 0);
  }

  /**
   * A tablet pairing: JSON only (a form on another page cannot send it), and the guess is counted
   * as it starts, before its body is read, so guesses sent all at once meet the limit too.
   */
  async function pair(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isJsonRequest(request)) return refuseUnread(request, response, 415, { error: 'send the code as JSON' }, 4096);
    const guess = pairGuesses.start(request.socket.remoteAddress);
    if (!guess) return refuseUnread(request, response, 429, { error: 'too many wrong codes; wait a minute' }, 4096);
    const body = await readJson(request);
    const paired = await pairing.pair(typeof body?.code === 'string' ? body.code : '');
    if (!paired) return refuseUnread(request, response, 403, { error: 'that code is not the one on the hub’s screen now' }, 4096);
    guess.right();
    send(response, 200, paired);
  }

  return {
    localUrl,
    publicUrl,
    pairing,
    archive,
    close: () => new Promise<void>((resolve) => {
      clearInterval(rotation);
      server.closeAllConnections?.();
      server.close(() => void rm(incoming, { recursive: true, force: true }).then(() => resolve()));
    }),
  };
}

/** A page of the hub's own: a fresh nonce for its script, and nothing loaded from elsewhere. */
function sendHtml(response: ServerResponse, body: (nonce: string) => string, status: number): void {
  const nonce = randomBytes(12).toString('base64');
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': `default-src 'self'; script-src 'nonce-${nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`,
    'referrer-policy': 'no-referrer',
  });
  response.end(body(nonce));
}

function isLaptopHost(host: string | undefined, port: number): boolean {
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes((host ?? '').toLowerCase());
}

function sameOriginOrNone(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
