import { mkdtempSync, readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { describe, expect, it } from 'vitest';
import { appDir, hubOn, keep, meta, pair, PICTURE, putTimelapse, stopHub, THUMB, upload, wall, WEBM } from '../test/hubFixtures';
import type { Hub } from './server';
import { startHub } from './server';
import { S3Store } from './storage/s3Store';

const BOUNDARY = 'hub-test-boundary';
const field = (name: string, value: string) => `--${BOUNDARY}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const fileHead = (name: string) => `--${BOUNDARY}\r\ncontent-disposition: form-data; name="${name}"; filename="${name}.png"\r\ncontent-type: image/png\r\n\r\n`;
const end = `\r\n--${BOUNDARY}--\r\n`;

/** A PNG's first bytes (signature and header chunk) claiming any size: what the hub judges before reading on. */
function pngHead(width: number, height: number): Buffer {
  const head = Buffer.from(PICTURE.subarray(0, 33));
  head.writeUInt32BE(width, 16);
  head.writeUInt32BE(height, 20);
  return head;
}

/**
 * An upload sent by hand: `parts` are written in turn, then the request stays open (no end) unless
 * `finish`. Resolves with the answer's status, or 'none' when the hub did not answer in `waitMs`.
 */
function sendRaw(hub: Hub, token: string, parts: (string | Buffer)[], { finish = false, waitMs = 3000, abortAfterMs = 0 } = {}): Promise<number | 'none'> {
  const { port } = new URL(hub.localUrl);
  return new Promise((resolve) => {
    const request = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/api/pictures', headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } });
    const timer = setTimeout(() => {
      request.destroy();
      resolve('none');
    }, waitMs);
    request.on('response', (response) => {
      clearTimeout(timer);
      response.resume();
      resolve(response.statusCode ?? 0);
      request.destroy();
    });
    request.on('error', () => undefined);
    for (const part of parts) request.write(part);
    if (finish) request.end();
    if (abortAfterMs) setTimeout(() => request.destroy(), abortAfterMs);
  });
}

const incomingLeft = (dir: string) => readdirSync(join(dir, '.incoming'));

describe('uploads arrive in bounded memory, checked as they come', { timeout: 60_000 }, () => {
  it('refuses a picture larger than the app’s page, or one that is not a PNG, on its first bytes: the rest is never waited for', async () => {
    const { hub, dir } = await hubOn();
    const token = await pair(hub);
    const start = [field('meta', JSON.stringify(meta())), fileHead('picture')];
    // 5000 × 5000 (25 MP: what the tablet accepts for a photo it traces, never a picture it makes).
    expect(await sendRaw(hub, token, [...start, pngHead(5000, 5000), Buffer.alloc(64 * 1024)])).toBe(413);
    expect(await sendRaw(hub, token, [...start, pngHead(2401, 1697)])).toBe(413);
    expect(await sendRaw(hub, token, [...start, Buffer.from('GIF89a not a png at all, no'), Buffer.alloc(64 * 1024)])).toBe(415);
    // The largest the app makes is taken.
    expect((await upload(hub, token, meta())).status).toBe(201);
    expect(incomingLeft(dir)).toEqual([]);
  });

  it('refuses a part past its size while it arrives, and the form’s own mistakes, leaving no file behind', async () => {
    const { hub, dir } = await hubOn();
    const token = await pair(hub);
    const description = field('meta', JSON.stringify(meta()));
    // A thumbnail may be 2 MB: this one goes on past it (a valid header, then more and more).
    const tooBig = await sendRaw(hub, token, [description, fileHead('thumb'), pngHead(480, 339), Buffer.alloc(2 * 1024 * 1024 + 1)], { waitMs: 10_000 });
    expect(tooBig).toBe(413);
    const picture = [fileHead('picture'), Buffer.from(PICTURE), '\r\n'];
    const thumb = [fileHead('thumb'), Buffer.from(THUMB), '\r\n'];
    const cases: [string, (string | Buffer)[], number][] = [
      // Whole forms but for the one mistake: each would be kept without its check.
      ['the description after the files', [...picture, ...thumb, description, end.slice(2)], 400],
      ['a description too long', [field('meta', JSON.stringify(meta({ pageName: 'x'.repeat(9000) }))), ...picture, ...thumb, end.slice(2)], 400],
      ['two descriptions', [description, description, ...picture, ...thumb, end.slice(2)], 400],
      ['a part of another name', [description, ...picture, ...thumb, fileHead('script'), 'x\r\n', end.slice(2)], 400],
      ['the picture twice', [description, ...picture, ...picture, ...thumb, end.slice(2)], 400],
      ['no thumbnail', [description, ...picture, end.slice(2)], 415],
    ];
    for (const [what, parts, status] of cases) expect(await sendRaw(hub, token, parts, { finish: true }), what).toBe(status);
    expect(await wall(hub)).toEqual([]);
    expect(incomingLeft(dir)).toEqual([]);
  });

  it('an upload cut off halfway (the tablet left the Wi-Fi) leaves no file behind, and the same picture sent again is kept whole', async () => {
    const { hub, dir } = await hubOn();
    const token = await pair(hub);
    const half = Buffer.from(PICTURE.subarray(0, PICTURE.length >> 1));
    expect(await sendRaw(hub, token, [field('meta', JSON.stringify(meta())), fileHead('picture'), half], { abortAfterMs: 300, waitMs: 1500 })).toBe('none');
    await expect.poll(() => incomingLeft(dir), { timeout: 15_000 }).toEqual([]);
    expect(hub.archive.byKey('art-1/v1000')).toBeNull();
    expect((await upload(hub, token, meta())).status).toBe(201);
    expect(new Uint8Array(await (await fetch(`${hub.localUrl}/files/art-1/v1000/picture.png`)).arrayBuffer())).toEqual(PICTURE);
    expect(incomingLeft(dir)).toEqual([]);
  });

  it('keeps pictures in S3-compatible storage the same way: streamed in, served back whole, there after a restart', async () => {
    const s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: mkdtempSync(join(tmpdir(), 'hub-s3-')), configureBuckets: [{ name: 'archive', configs: [] }] });
    const { port } = await s3.run();
    try {
      const store = () => new S3Store({ endpoint: `http://127.0.0.1:${port}`, bucket: 'archive', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', prefix: 'room-1' });
      const app = appDir();
      const hub = keep(await startHub({ store: store(), appDir: app, host: '127.0.0.1', port: 0 }));
      const token = await pair(hub);
      expect((await upload(hub, token, meta())).status).toBe(201);
      expect((await putTimelapse(hub, token, WEBM)).status).toBe(201);
      await stopHub(hub);
      const again = keep(await startHub({ store: store(), appDir: app, host: '127.0.0.1', port: 0 }));
      expect((await wall(again)).map((p) => p.key)).toEqual(['art-1/v1000']);
      const picture = await fetch(`${again.localUrl}/files/art-1/v1000/picture.png`);
      expect(picture.headers.get('content-length')).toBe(String(PICTURE.byteLength));
      expect(new Uint8Array(await picture.arrayBuffer())).toEqual(PICTURE);
      expect(new Uint8Array(await (await fetch(`${again.localUrl}/files/art-1/v1000/thumb.png`)).arrayBuffer())).toEqual(THUMB);
      expect(new Uint8Array(await (await fetch(`${again.localUrl}/files/art-1/v1000/timelapse`)).arrayBuffer())).toEqual(WEBM);
      expect((await upload(again, token, meta({ version: 2000 }))).status).toBe(201);
      await stopHub(again);
    } finally {
      await s3.close();
    }
  });
});
