import { mkdtempSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { appDir, hubOn, keep, meta, pair, PICTURE, putTimelapse, raw, stopHub, tryPair, upload, wall, WEBM } from '../test/hubFixtures';
import { isLocalNetwork, isLoopback } from './network';
import { startHub } from './server';
import { FolderStore } from './storage/folderStore';

describe('the session hub', { timeout: 60_000 }, () => {
  it('pairs a tablet with the code on its screen, once: the next tablet needs the next code', async () => {
    const { hub } = await hubOn();
    const code = hub.pairing.currentCode;
    expect((await tryPair(hub, 'ZZZZZZ')).status).toBe(403);
    const first = await tryPair(hub, code.toLowerCase().replace(/(...)/, '$1-'));
    expect(first.status).toBe(200);
    expect(hub.pairing.currentCode).not.toBe(code);
    expect((await tryPair(hub, code)).status).toBe(403);
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
    const webm = WEBM;
    const put = (who: string | null, bytes: Uint8Array) => putTimelapse(hub, who, bytes);
    expect((await put(token, webm)).status).toBe(404);
    const { parentCode } = (await (await upload(hub, token, meta())).json()) as { parentCode: string };
    expect((await put(null, webm)).status).toBe(401);
    expect((await put(token, new TextEncoder().encode('not a video'))).status).toBe(415);
    expect((await put(token, webm)).status).toBe(201);
    expect((await put(token, webm)).status).toBe(200);
    // Another tablet (the same picture reached it in a ZIP, or it guessed the id) cannot give it a time-lapse: refused, never a loop of 404s.
    expect((await put(other, webm)).status).toBe(409);
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
    await stopHub(first.hub);
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
  });

  it('a POST from another origin is refused where the same POST from the laptop’s own page marks a real picture printed', async () => {
    const { hub } = await hubOn();
    const port = new URL(hub.localUrl).port;
    expect((await upload(hub, await pair(hub), meta())).status).toBe(201);
    const printed = (headers: Record<string, string>) => raw(hub, 'POST', '/api/prints/art-1/v1000/printed', { host: `127.0.0.1:${port}`, ...headers });
    for (const origin of ['http://evil.example', `http://evil.example:${port}`, 'null', `http://localhost.evil.example:${port}`]) expect(await printed({ origin }), origin).toBe(404);
    expect(await printed({ host: `evil.example:${port}` })).toBe(404);
    expect(hub.archive.byKey('art-1/v1000')?.printedAt).toBeNull();
    // The laptop's own page (same origin) is trusted: the refusals above were for the origin alone.
    expect(await printed({ origin: `http://127.0.0.1:${port}` })).toBe(200);
    expect(hub.archive.byKey('art-1/v1000')?.printedAt).toEqual(expect.any(Number));
  });

  it('a name that is a piece of HTML passes as a name, and reaches pages as inert text: escaped on the parent’s page, the raw string in the wall’s data', async () => {
    const { hub } = await hubOn();
    const name = '<img src=x onerror=alert(1)>';
    const page = '<b>"Doctor"</b> & co';
    const response = await upload(hub, await pair(hub), meta({ childName: name, pageName: page }));
    expect(response.status).toBe(201);
    const { parentCode } = (await response.json()) as { parentCode: string };
    const html = await (await fetch(`${hub.localUrl}/p/${parentCode}?lang=en`)).text();
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b&gt;&quot;Doctor&quot;&lt;/b&gt; &amp; co');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>');
    // The wall and the print queue build their own DOM from text: the hub sends the strings as they are, never HTML.
    const [item] = await wall(hub);
    expect(item).toMatchObject({ caption: `${name} · ${page}`, pageName: page, who: `🦊 ${name}` });
    expect(JSON.stringify(item)).not.toMatch(/&lt;|&amp;|&quot;/);
  });

  it('forty guesses sent at once, headers first and bodies after, meet the limit: at most five reach the code, the rest wait', async () => {
    const { hub } = await hubOn();
    const checked = vi.spyOn(hub.pairing, 'pair');
    const { port } = new URL(hub.localUrl);
    const answers: Promise<number>[] = [];
    const requests = Array.from({ length: 40 }, () => {
      const request = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/api/pair', headers: { 'content-type': 'application/json', 'content-length': '17' } });
      answers.push(
        new Promise((resolve) => {
          request.on('response', (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          });
          request.on('error', () => resolve(-1));
        }),
      );
      request.flushHeaders();
      return request;
    });
    // The guesses past the limit are answered without waiting for their bodies (a hub that counted late would answer none yet).
    const early = await Promise.race([Promise.all(answers.slice(5)), new Promise((resolve) => setTimeout(resolve, 3000, 'no early answers'))]);
    for (const request of requests) request.end('{"code":"ZZZZZZ"}');
    const statuses = await Promise.all(answers);
    expect(early).toEqual(Array(35).fill(429));
    expect(statuses.filter((s) => s === 403)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(35);
    expect(checked.mock.calls.length).toBeLessThanOrEqual(5);
    // The right code now waits too.
    expect((await tryPair(hub, hub.pairing.currentCode)).status).toBe(429);
  });

  // Needs a network address besides loopback (every machine that installs packages has one).
  const other = Object.values(networkInterfaces()).flat().find((entry) => entry?.family === 'IPv4' && !entry.internal)?.address;
  it.skipIf(!other)("from another machine's address: the laptop's pages are not there; an address outside the local network gets nothing at all", async () => {
    const hub = keep(await startHub({ store: new FolderStore(mkdtempSync(join(tmpdir(), 'hub-lan-'))), appDir: appDir(), host: '0.0.0.0', port: 0 }));
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
