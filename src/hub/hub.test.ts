import { createCanvas } from '@napi-rs/canvas';
import { request as httpRequest } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HubPictureMeta } from '../engine/model/hubUpload';
import { isLocalNetwork, isLoopback } from './network';
import { type Hub, startHub } from './server';
import { FolderStore } from './storage/folderStore';

const png = (width: number, height: number) => new Uint8Array(createCanvas(width, height).toBuffer('image/png'));
const PICTURE = png(2400, 1697);
const THUMB = png(480, 339);

function appDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hub-app-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
  return dir;
}

const hubs: Hub[] = [];
afterEach(async () => {
  await Promise.all(hubs.splice(0).map((hub) => hub.close()));
});

async function hubOn(dir = mkdtempSync(join(tmpdir(), 'hub-store-')), app = appDir()) {
  const hub = await startHub({ store: new FolderStore(dir), appDir: app, host: '127.0.0.1', port: 0 });
  hubs.push(hub);
  return { hub, dir, app };
}

async function pair(hub: Hub): Promise<string> {
  const response = await fetch(`${hub.localUrl}/api/pair`, { method: 'POST', body: JSON.stringify({ code: hub.pairing.currentCode }) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

const meta = (over: Partial<HubPictureMeta> = {}): HubPictureMeta => ({ id: 'art-1', version: 1000, childId: 'child-a', childName: 'Aru', avatar: 'fox', pageName: 'Doctor', finishedAt: 1000, ...over });

function upload(hub: Hub, token: string | null, description: unknown, files: { picture?: Uint8Array; thumb?: Uint8Array } = {}) {
  const form = new FormData();
  form.set('meta', JSON.stringify(description));
  form.set('picture', new Blob([(files.picture ?? PICTURE) as Uint8Array<ArrayBuffer>], { type: 'image/png' }), 'picture.png');
  form.set('thumb', new Blob([(files.thumb ?? THUMB) as Uint8Array<ArrayBuffer>], { type: 'image/png' }), 'thumb.png');
  return fetch(`${hub.localUrl}/api/pictures`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** A request exactly as written (fetch would tidy the path and check the length itself). */
function raw(hub: Hub, method: string, path: string, headers: Record<string, string> = {}, body = ''): Promise<number> {
  const { port } = new URL(hub.localUrl);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end(body);
  });
}

const wall = async (hub: Hub) => (await (await fetch(`${hub.localUrl}/api/wall`)).json()) as { key: string; caption: string; childKey: string }[];

describe('the session hub', () => {
  it('pairs a tablet with the code on its screen, once: the next tablet needs the next code', async () => {
    const { hub } = await hubOn();
    const code = hub.pairing.currentCode;
    expect((await fetch(`${hub.localUrl}/api/pair`, { method: 'POST', body: JSON.stringify({ code: 'ZZZZZZ' }) })).status).toBe(403);
    const first = await fetch(`${hub.localUrl}/api/pair`, { method: 'POST', body: JSON.stringify({ code: code.toLowerCase().replace(/(...)/, '$1-') }) });
    expect(first.status).toBe(200);
    expect(hub.pairing.currentCode).not.toBe(code);
    expect((await fetch(`${hub.localUrl}/api/pair`, { method: 'POST', body: JSON.stringify({ code }) })).status).toBe(403);
  });

  it('refuses an upload without a token, or with a made-up one; takes it with the tablet’s own', async () => {
    const { hub } = await hubOn();
    expect((await upload(hub, null, meta())).status).toBe(401);
    expect((await upload(hub, 'ab'.repeat(32), meta())).status).toBe(401);
    expect(await wall(hub)).toEqual([]);
    const token = await pair(hub);
    const response = await upload(hub, token, meta());
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ stored: true, key: 'art-1/v1000', parentCode: expect.stringMatching(/^[2-9A-HJ-NP-Z]{8}$/) });
  });

  it('keeps each version once: a retry (or two at once) answers the same and the wall shows one picture', async () => {
    const { hub } = await hubOn();
    const token = await pair(hub);
    const [a, b] = await Promise.all([upload(hub, token, meta()), upload(hub, token, meta())]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    const again = await upload(hub, token, meta());
    expect(again.status).toBe(200);
    expect((await again.json()).stored).toBe(false);
    expect((await wall(hub)).map((p) => p.key)).toEqual(['art-1/v1000']);
    // The child drew more: the new version replaces the old one on the wall.
    expect((await upload(hub, token, meta({ version: 2000 }))).status).toBe(201);
    expect((await wall(hub)).map((p) => p.key)).toEqual(['art-1/v2000']);
  });

  it('checks what arrives: a description that is not valid, a picture that is not a PNG, an upload too large', async () => {
    const { hub } = await hubOn();
    const token = await pair(hub);
    expect((await upload(hub, token, { ...meta(), id: '../../etc' })).status).toBe(400);
    expect((await upload(hub, token, { ...meta(), childName: '<script>' + 'x'.repeat(60) })).status).toBe(400);
    expect((await upload(hub, token, meta(), { picture: new TextEncoder().encode('GIF89a not a png') })).status).toBe(415);
    // Refused by its declared size, before a byte of it is read.
    expect(await raw(hub, 'POST', '/api/pictures', { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(200 * 1024 * 1024) })).toBe(413);
    expect(await wall(hub)).toEqual([]);
  });

  it("a parent's code opens exactly one child's pictures; a made-up code shows nothing", async () => {
    const { hub } = await hubOn();
    const token = await pair(hub);
    const aru = (await (await upload(hub, token, meta())).json()) as { parentCode: string };
    await upload(hub, token, meta({ id: 'art-2', version: 5, childId: 'child-b', childName: 'Dana', finishedAt: 5 }));
    const again = (await (await upload(hub, token, meta({ id: 'art-3', version: 7, finishedAt: 7 }))).json()) as { parentCode: string };
    expect(again.parentCode).toBe(aru.parentCode);
    const page = await (await fetch(`${hub.localUrl}/p/${aru.parentCode}?lang=en`)).text();
    expect(page.match(/data-testid="parent-picture"/g)).toHaveLength(2);
    expect(page).toContain('Aru');
    expect(page).not.toContain('Dana');
    const download = await fetch(`${hub.localUrl}/p/${aru.parentCode}/art-1/v1000/picture.png?download=1`);
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PICTURE);
    // Dana's picture is not reachable with Aru's code, nor at all with a made-up one.
    expect((await fetch(`${hub.localUrl}/p/${aru.parentCode}/art-2/v5/picture.png`)).status).toBe(404);
    const madeUp = await fetch(`${hub.localUrl}/p/ABCDEFGH`);
    expect(madeUp.status).toBe(404);
    expect(await madeUp.text()).not.toMatch(/parent-picture/);
  });

  it("takes a picture's time-lapse after the picture, once (the first that arrives); the parent's page then plays it", async () => {
    const { hub } = await hubOn();
    const token = await pair(hub);
    const other = await pair(hub);
    const webm = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3, 4]);
    const put = (who: string | null, bytes: Uint8Array, key = 'art-1/v1000') =>
      fetch(`${hub.localUrl}/api/pictures/${key}/timelapse`, { method: 'PUT', body: bytes as Uint8Array<ArrayBuffer>, headers: { 'content-type': 'video/webm', ...(who ? { authorization: `Bearer ${who}` } : {}) } });
    expect((await put(token, webm)).status).toBe(404);
    const { parentCode } = (await (await upload(hub, token, meta())).json()) as { parentCode: string };
    expect((await put(null, webm)).status).toBe(401);
    expect((await put(token, new TextEncoder().encode('not a video'))).status).toBe(415);
    expect((await put(token, webm)).status).toBe(201);
    expect((await put(token, webm)).status).toBe(200);
    // The same picture reached another tablet in a ZIP: its time-lapse is a repeat, never a loop of 404s.
    expect((await put(other, webm)).status).toBe(200);
    const page = await (await fetch(`${hub.localUrl}/p/${parentCode}`)).text();
    expect(page).toContain('data-testid="parent-video"');
    const video = await fetch(`${hub.localUrl}/p/${parentCode}/art-1/v1000/timelapse`);
    expect(video.headers.get('content-type')).toBe('video/webm');
    expect(new Uint8Array(await video.arrayBuffer())).toEqual(webm);
  });

  it('survives a restart: pictures, parents’ codes and paired tablets come back from the folder', async () => {
    const first = await hubOn();
    const token = await pair(first.hub);
    const { parentCode } = (await (await upload(first.hub, token, meta())).json()) as { parentCode: string };
    await first.hub.close();
    hubs.splice(hubs.indexOf(first.hub), 1);
    const { hub } = await hubOn(first.dir, first.app);
    expect((await wall(hub)).map((p) => p.key)).toEqual(['art-1/v1000']);
    expect((await fetch(`${hub.localUrl}/p/${parentCode}`)).status).toBe(200);
    expect((await upload(hub, token, meta({ version: 3000 }))).status).toBe(201);
  });

  it('serves the built app to the tablets', async () => {
    const { hub } = await hubOn();
    const page = await fetch(`${hub.localUrl}/`);
    expect(await page.text()).toContain('<title>app</title>');
    for (const path of ['/../../etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/%E0%A4%A']) expect(await raw(hub, 'GET', path), path).toBe(404);
  });

  it('shows the laptop-only pages to requests addressed to the laptop, not to a web page that renamed it (DNS rebinding)', async () => {
    const { hub } = await hubOn();
    const port = new URL(hub.localUrl).port;
    expect(await raw(hub, 'GET', '/api/wall', { host: `127.0.0.1:${port}` })).toBe(200);
    expect(await raw(hub, 'GET', '/api/wall', { host: `localhost:${port}` })).toBe(200);
    expect(await raw(hub, 'GET', '/api/wall', { host: `evil.example:${port}` })).toBe(404);
    expect(await raw(hub, 'GET', '/api/hub', { host: `evil.example:${port}` })).toBe(404);
    expect(await raw(hub, 'POST', '/api/prints/art-1/v1/printed', { host: `127.0.0.1:${port}`, origin: 'http://evil.example' })).toBe(404);
  });

  it('five wrong pairing codes from one address in a minute pause it; the right code then waits too', async () => {
    const { hub } = await hubOn();
    const tryCode = (code: string) => fetch(`${hub.localUrl}/api/pair`, { method: 'POST', body: JSON.stringify({ code }) }).then((r) => r.status);
    for (let i = 0; i < 5; i++) expect(await tryCode('ZZZZZZ')).toBe(403);
    expect(await tryCode(hub.pairing.currentCode)).toBe(429);
  });

  // Needs a network address besides loopback (every machine that installs packages has one).
  const other = Object.values(networkInterfaces()).flat().find((entry) => entry?.family === 'IPv4' && !entry.internal)?.address;
  it.skipIf(!other)("from another machine's address: the laptop's pages are not there; an address outside the local network gets nothing at all", async () => {
    const hub = await startHub({ store: new FolderStore(mkdtempSync(join(tmpdir(), 'hub-lan-'))), appDir: appDir(), host: '0.0.0.0', port: 0 });
    hubs.push(hub);
    const port = new URL(hub.localUrl).port;
    const get = (path: string) => fetch(`http://${other}:${port}${path}`).then((r) => r.status);
    // The request comes from this machine's own network address: a tablet's view of the hub.
    const expected = isLocalNetwork(other) ? { app: 200, laptop: 404 } : { app: 403, laptop: 403 };
    expect(await get('/')).toBe(expected.app);
    for (const path of ['/api/wall', '/api/hub', '/hub', '/wall', '/prints', '/files/art-1/v1/picture.png']) expect(await get(path), path).toBe(expected.laptop);
  });

  it('answers the local network only; the wall, the queue and the code on the laptop only', () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:192.168.1.20', '10.0.0.7', '172.20.1.1', '169.254.3.3', 'fd12:3456::1', 'fe80::1']) expect(isLocalNetwork(address), address).toBe(true);
    for (const address of ['8.8.8.8', '172.32.0.1', '::ffff:203.0.113.9', '2001:db8::1', undefined]) expect(isLocalNetwork(address), String(address)).toBe(false);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('192.168.1.20')).toBe(false);
  });
});
