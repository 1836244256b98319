import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { renderSVG } from 'uqr';
import { ID_CHARS, isObject } from '../engine/model/validation';
import { HubArchive, type HubPicture, PARENT_CODE_LENGTH } from './archive';
import { isCode, normaliseCode } from './codes';
import { isLocalNetwork, isLoopback, lanAddress } from './network';
import { hubPage } from './pages/hubPage';
import { AVATAR_EMOJI } from './pages/html';
import { parentLanguage, parentPage } from './pages/parentPage';
import { printsPage } from './pages/printsPage';
import { wallPage } from './pages/wallPage';
import { Pairing } from './pairing';
import { serveApp } from './staticFiles';
import type { BlobStore } from './storage/blobStore';
import { readUpload, readVideo } from './uploads';

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

const PICTURE_PATH = new RegExp(`^/(?:files|p/([2-9A-HJ-NP-Z]{8}))/(${ID_CHARS})/v(\\d{1,16})/(picture\\.png|thumb\\.png|timelapse)$`);
const TIMELAPSE_PATH = new RegExp(`^/api/pictures/(${ID_CHARS})/v(\\d{1,16})/timelapse$`);
const PRINTED_PATH = new RegExp(`^/api/prints/(${ID_CHARS})/v(\\d{1,16})/printed$`);

export async function startHub(options: HubOptions): Promise<Hub> {
  const archive = await HubArchive.open(options.store);
  const pairing = await Pairing.open(options.store);
  const guesses = new WrongCodes();
  const uploadSlots = new Slots(4);
  // A code nobody used for ten minutes is replaced: one seen over a shoulder does not stay good.
  const rotation = setInterval(() => pairing.renew(), 10 * 60_000);
  rotation.unref();
  const handler = (request: IncomingMessage, response: ServerResponse) =>
    void route(request, response).catch((error: unknown) => {
      console.error('[hub]', error);
      if (!response.headersSent) send(response, 500, { error: 'the hub had a problem; nothing was lost' });
    });
  const server: Server = options.tls ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, handler) : createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(options.port ?? 8787, options.host ?? '0.0.0.0', resolve));
  const { port } = server.address() as AddressInfo;
  const scheme = options.tls ? 'https' : 'http';
  const host = options.host && options.host !== '0.0.0.0' ? options.host : (lanAddress() ?? '127.0.0.1');
  const publicUrl = `${scheme}://${host}:${port}`;
  const localUrl = `${scheme}://127.0.0.1:${port}`;

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const remote = request.socket.remoteAddress;
    if (!isLocalNetwork(remote)) return send(response, 403, { error: 'the hub answers its own room only' });
    const url = new URL(request.url ?? '/', 'http://hub.local');
    const path = url.pathname;
    // The laptop's own pages: from the laptop, and addressed to it (a web page in the laptop's
    // browser cannot reach them through a DNS name of its own: DNS rebinding).
    const laptop = isLoopback(remote) && isLaptopHost(request.headers.host, port) && sameOriginOrNone(request.headers.origin, request.headers.host);
    const nonce = randomBytes(12).toString('base64');
    const html = (body: string, status = 200) => {
      response.writeHead(status, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': `default-src 'self'; script-src 'nonce-${nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`,
        'referrer-policy': 'no-referrer',
      });
      response.end(body);
    };
    /** The paired tablet sending this upload; otherwise answers 401 (the body left unread) and gives null. */
    const uploadingTablet = (): string | null => {
      const tabletId = pairing.tabletOf(request.headers.authorization);
      if (tabletId) return tabletId;
      request.resume();
      send(response, 401, { error: 'this tablet is not paired with the hub' });
      return null;
    };

    if (request.method === 'POST' && path === '/api/pair') {
      if (guesses.tooMany(remote)) return send(response, 429, { error: 'too many wrong codes; wait a minute' });
      const body = await readJson(request);
      const paired = await pairing.pair(typeof body?.code === 'string' ? body.code : '');
      if (!paired) guesses.wrong(remote);
      return paired ? send(response, 200, paired) : send(response, 403, { error: 'that code is not the one on the hub’s screen now' });
    }
    if (request.method === 'POST' && path === '/api/pictures') {
      const tabletId = uploadingTablet();
      if (!tabletId) return;
      // A few uploads are read at a time: a whole class sending at once waits its turn instead of filling the laptop's memory.
      const upload = await uploadSlots.run(() => readUpload(request));
      if (!upload.ok) return send(response, upload.status, { error: upload.reason });
      const { picture, stored } = await archive.add(tabletId, upload.meta, upload.files);
      return send(response, stored ? 201 : 200, { key: picture.key, stored, parentCode: picture.parentCode, parentUrl: `${publicUrl}/p/${picture.parentCode}` });
    }
    const timelapse = TIMELAPSE_PATH.exec(path);
    if (request.method === 'PUT' && timelapse) {
      if (!uploadingTablet()) return;
      const upload = await uploadSlots.run(() => readVideo(request));
      if (!upload.ok) return send(response, upload.status, { error: upload.reason });
      const added = await archive.addTimelapse(`${timelapse[1]}/v${timelapse[2]}`, upload.video);
      return added ? send(response, added.stored ? 201 : 200, added) : send(response, 404, { error: 'send the picture first' });
    }
    const pictureFile = PICTURE_PATH.exec(path);
    if (request.method === 'GET' && pictureFile) return servePictureFile(pictureFile, laptop, url, response);
    const parent = /^\/p\/([^/]{1,20})\/?$/.exec(path);
    if (request.method === 'GET' && parent) {
      const code = normaliseCode(parent[1]!);
      const pictures = isCode(code, PARENT_CODE_LENGTH) ? archive.ofParent(code) : null;
      return html(parentPage(code, pictures, parentLanguage(url.searchParams.get('lang'), request.headers['accept-language']), nonce), pictures ? 200 : 404);
    }
    if (laptop && request.method === 'GET') {
      if (path === '/hub') return html(hubPage({ appUrl: publicUrl, code: pairing.currentCode, tablets: pairing.tabletCount, pictures: archive.latest().length, storage: options.store.description }, nonce));
      if (path === '/wall') return html(wallPage(nonce));
      if (path === '/prints') return html(printsPage(nonce));
      if (path === '/api/wall') return send(response, 200, archive.latest().map((p) => wallItem(p, publicUrl)));
      if (path === '/api/hub') return send(response, 200, { code: pairing.currentCode, tablets: pairing.tabletCount, pictures: archive.latest().length, publicUrl, rssMB: Math.round(process.memoryUsage().rss / 2 ** 20), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) });
    }
    const printed = PRINTED_PATH.exec(path);
    if (laptop && request.method === 'POST' && printed) {
      const done = await archive.markPrinted(`${printed[1]}/v${printed[2]}`);
      return done ? send(response, 200, { printedAt: done.printedAt }) : send(response, 404, { error: 'no such picture' });
    }
    if (request.method === 'GET' && (await serveApp(options.appDir, path, response, { 'referrer-policy': 'no-referrer' }))) return;
    send(response, 404, { error: 'not here' });
  }

  /** The laptop sees every picture; a parent's code only its own child's. */
  async function servePictureFile(match: RegExpExecArray, laptop: boolean, url: URL, response: ServerResponse): Promise<void> {
    const [, code, id, version, name] = match;
    const picture = archive.byKey(`${id}/v${version}`);
    const allowed = picture && (code ? picture.parentCode === code : laptop);
    const path = picture && (name === 'picture.png' ? picture.files.picture : name === 'thumb.png' ? picture.files.thumb : picture.files.timelapse);
    const bytes = allowed && path ? await archive.file(path) : null;
    if (!bytes || !path) return send(response, 404, { error: 'not here' });
    const type = path.endsWith('.png') ? 'image/png' : path.endsWith('.mp4') ? 'video/mp4' : 'video/webm';
    const file = name === 'timelapse' ? `time-lapse-${id}.${path.endsWith('.mp4') ? 'mp4' : 'webm'}` : `picture-${id}.png`;
    const download = url.searchParams.has('download') ? { 'content-disposition': `attachment; filename="${file}"` } : {};
    response.writeHead(200, { 'content-type': type, 'cache-control': 'private, max-age=3600', 'content-length': String(bytes.byteLength), ...download });
    response.end(bytes);
  }

  return {
    localUrl,
    publicUrl,
    pairing,
    archive,
    close: () => new Promise<void>((resolve) => {
      clearInterval(rotation);
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

function wallItem(p: HubPicture, publicUrl: string) {
  const who = p.childName ? `${AVATAR_EMOJI[p.avatar ?? ''] ?? ''} ${p.childName}`.trim() : '';
  const caption = [p.childName, p.pageName].filter(Boolean).join(' · ') || 'A picture';
  return {
    key: p.key,
    id: p.id,
    who,
    caption,
    pageName: p.pageName,
    pictureUrl: `/files/${p.key}/picture.png`,
    thumbUrl: `/files/${p.key}/thumb.png`,
    qrSvg: renderSVG(`${publicUrl}/p/${p.parentCode}`),
    childKey: p.parentCode,
    printedAt: p.printedAt,
  };
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

/** Wrong pairing codes per address: five a minute, then a pause (six letters cannot be guessed at that pace). */
class WrongCodes {
  private readonly tries = new Map<string, number[]>();

  tooMany(address: string | undefined, now = Date.now()): boolean {
    return this.recent(address, now).length >= 5;
  }

  wrong(address: string | undefined, now = Date.now()): void {
    this.tries.set(address ?? '', [...this.recent(address, now), now]);
  }

  private recent(address: string | undefined, now: number): number[] {
    return (this.tries.get(address ?? '') ?? []).filter((at) => now - at < 60_000);
  }
}

/** At most `size` of a kind of work at once; the rest wait in order. */
class Slots {
  private busy = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.busy >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.busy++;
    try {
      return await work();
    } finally {
      this.busy--;
      this.waiting.shift()?.();
    }
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown> | null> {
  let text = '';
  for await (const chunk of request) {
    text += String(chunk);
    if (text.length > 4096) return null;
  }
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}
