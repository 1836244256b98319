// The session hub under a whole class at once: 30 tablets pair, then all send at the same moment,
// each its 5 finished pictures one after another as its outbox does, a third of them twice (a
// tablet that never heard the answer retries), and one 25-megapixel picture first. The pictures are the largest the hub
// takes: 2400×1697 (the app's page) of noise, which no PNG compresses, so every body is near the
// picture's size cap; the 25 MP ones are refused on their first bytes (the app never makes one).
// Measured: time until all are on the wall, the hub process's peak memory, and that every picture
// is there exactly once.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';

const TABLETS = 30;
const PICTURES_EACH = 5;

/** A picture no PNG encoder can shrink: every pixel random. */
function noisePng(seed, width = 2400, height = 1697) {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const image = ctx.createImageData(width, height);
  let s = seed;
  for (let i = 0; i < image.data.length; i += 4) {
    // xorshift32: every byte of a pixel from the generator's high bits.
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    image.data[i] = s >>> 24;
    image.data[i + 1] = (s >>> 16) & 255;
    image.data[i + 2] = (s >>> 8) & 255;
    image.data[i + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
  return new Uint8Array(canvas.toBuffer('image/png'));
}

async function startHub(root, appDir, dir) {
  const child = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/hub/main.ts', '--port', '0', '--dir', dir, '--app', appDir], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /On this laptop: (http:\/\/127\.0\.0\.1:\d+)\/hub/.exec(out);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`hub exited ${code}`)));
  });
  return { child, url };
}

export async function measureHub(root, appDir) {
  // Made first: encoding them blocks this process for seconds, which would leave its idle connections to the hub stale.
  const pictures = Array.from({ length: 6 }, (_, i) => new Blob([noisePng(i + 1)], { type: 'image/png' }));
  const huge = new Blob([new Uint8Array(createCanvas(5000, 5000).toBuffer('image/png'))], { type: 'image/png' });
  const thumb = new Blob([new Uint8Array(createCanvas(480, 339).toBuffer('image/png'))], { type: 'image/png' });
  const dir = mkdtempSync(join(tmpdir(), 'hub-bench-'));
  const { child, url } = await startHub(root, appDir, dir);
  try {
    const tokens = [];
    for (let t = 0; t < TABLETS; t++) {
      const { code } = await (await fetch(`${url}/api/hub`)).json();
      const paired = await (await fetch(`${url}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) })).json();
      tokens.push(paired.token);
    }
    const idle = await (await fetch(`${url}/api/hub`)).json();
    let networkRetries = 0;
    const send = async (t, meta, picture) => {
      // A connection that fails (a reset, a closed keep-alive socket) is tried again after 2 s, as the tablet's outbox does.
      for (let attempt = 1; ; attempt++) {
        const form = new FormData();
        form.set('meta', JSON.stringify(meta));
        form.set('picture', picture, 'picture.png');
        form.set('thumb', thumb, 'thumb.png');
        const status = await fetch(`${url}/api/pictures`, { method: 'POST', body: form, headers: { authorization: `Bearer ${tokens[t]}` } }).then((r) => r.status, (error) => String(error.cause?.code ?? error));
        if (typeof status === 'number' || attempt === 3) return status;
        networkRetries++;
        await new Promise((r) => setTimeout(r, 2000));
      }
    };
    // Each tablet sends its pictures one after another, as its outbox does; the 30 tablets all at once.
    const statuses = [];
    const refused = [];
    let bytes = 0;
    const tablet = async (t) => {
      refused.push(await send(t, { id: `art-t${t}-big`, version: 1, childId: `child-${t}`, childName: null, avatar: null, pageName: null, finishedAt: 1 }, huge));
      for (let p = 0; p < PICTURES_EACH; p++) {
        const meta = { id: `art-t${t}-p${p}`, version: 1000 + p, childId: `child-${t}`, childName: null, avatar: null, pageName: null, finishedAt: 1000 + p };
        const picture = pictures[(t + p) % pictures.length];
        // A third are sent twice: the retry of an answer that never arrived.
        for (let k = 0; k < ((t + p) % 3 === 0 ? 2 : 1); k++) {
          bytes += picture.size;
          statuses.push(await send(t, meta, picture));
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: TABLETS }, (_, t) => tablet(t)));
    const allAnsweredMs = performance.now() - started;
    let onWall = 0;
    while (onWall < TABLETS * PICTURES_EACH && performance.now() - started < 600_000) {
      onWall = (await (await fetch(`${url}/api/hub`)).json()).pictures;
      if (onWall < TABLETS * PICTURES_EACH) await new Promise((r) => setTimeout(r, 100));
    }
    const allOnWallMs = performance.now() - started;
    const wall = await (await fetch(`${url}/api/wall`)).json();
    // The hub's own figures (the process tsx runs it in): resident memory now and at its peak.
    const memory = await (await fetch(`${url}/api/hub`)).json();
    return {
      tablets: TABLETS,
      pictures: TABLETS * PICTURES_EACH,
      requests: statuses.length,
      created: statuses.filter((s) => s === 201).length,
      repeats: statuses.filter((s) => s === 200).length,
      failed: statuses.filter((s) => s !== 200 && s !== 201).length,
      failures: [...new Set(statuses.filter((s) => s !== 200 && s !== 201))],
      onWall: wall.length,
      distinctOnWall: new Set(wall.map((p) => p.key)).size,
      allOnWallSeconds: +(allOnWallMs / 1000).toFixed(2),
      allAnsweredSeconds: +(allAnsweredMs / 1000).toFixed(2),
      networkRetries,
      sentGB: +(bytes / 2 ** 30).toFixed(2),
      peakRssMB: memory.peakRssMB,
      rssMB: memory.rssMB,
      idleRssMB: idle.rssMB,
      pictureMB: +(pictures.reduce((sum, p) => sum + p.size, 0) / pictures.length / 2 ** 20).toFixed(1),
      huge: { tried: refused.length, refused413: refused.filter((s) => s === 413).length, other: [...new Set(refused.filter((s) => s !== 413))], kb: Math.round(huge.size / 1024) },
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}
