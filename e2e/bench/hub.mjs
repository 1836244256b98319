// The session hub under a whole class at once: 30 tablets pair, then each sends 5 finished
// pictures at the same moment (150 uploads, real 2400×1697 PNGs), a third of them twice (a tablet
// that never heard the answer retries). Measured: time until all are on the wall, the hub
// process's peak memory, and that every picture is there exactly once.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';

const TABLETS = 30;
const PICTURES_EACH = 5;

function picturePng(seed) {
  const canvas = createCanvas(2400, 1697);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 2400, 1697);
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let i = 0; i < 60; i++) {
    ctx.strokeStyle = `hsl(${Math.round(next() * 360)} 70% 50%)`;
    ctx.lineWidth = 10 + next() * 60;
    ctx.beginPath();
    ctx.moveTo(next() * 2400, next() * 1697);
    for (let k = 0; k < 6; k++) ctx.lineTo(next() * 2400, next() * 1697);
    ctx.stroke();
  }
  return new Uint8Array(canvas.toBuffer('image/png'));
}

export async function measureHub(root, appDir) {
  const dir = mkdtempSync(join(tmpdir(), 'hub-bench-'));
  const child = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/hub/main.ts', '--port', '0', '--dir', dir, '--app', appDir], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const match = /On this laptop: (http:\/\/127\.0\.0\.1:\d+)\/hub/.exec(out);
        if (match) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`hub exited ${code}`)));
    });
    const tokens = [];
    for (let t = 0; t < TABLETS; t++) {
      const { code } = await (await fetch(`${url}/api/hub`)).json();
      const paired = await (await fetch(`${url}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) })).json();
      tokens.push(paired.token);
    }
    const pictures = Array.from({ length: 6 }, (_, i) => picturePng(i + 1));
    const thumb = new Uint8Array(createCanvas(480, 339).toBuffer('image/png'));
    const uploads = [];
    const started = performance.now();
    for (let t = 0; t < TABLETS; t++) {
      for (let p = 0; p < PICTURES_EACH; p++) {
        const meta = { id: `art-t${t}-p${p}`, version: 1000 + p, childId: `child-${t}`, childName: null, avatar: null, pageName: null, finishedAt: 1000 + p };
        const send = () => {
          const form = new FormData();
          form.set('meta', JSON.stringify(meta));
          form.set('picture', new Blob([pictures[(t + p) % pictures.length]], { type: 'image/png' }), 'picture.png');
          form.set('thumb', new Blob([thumb], { type: 'image/png' }), 'thumb.png');
          return fetch(`${url}/api/pictures`, { method: 'POST', body: form, headers: { authorization: `Bearer ${tokens[t]}` } }).then((r) => r.status);
        };
        uploads.push(send());
        if ((t + p) % 3 === 0) uploads.push(send()); // the retry of an answer that never arrived
      }
    }
    const statuses = await Promise.all(uploads);
    let onWall = 0;
    while (onWall < TABLETS * PICTURES_EACH && performance.now() - started < 300_000) {
      onWall = (await (await fetch(`${url}/api/wall`)).json()).length;
      if (onWall < TABLETS * PICTURES_EACH) await new Promise((r) => setTimeout(r, 50));
    }
    const allOnWallMs = performance.now() - started;
    const wall = await (await fetch(`${url}/api/wall`)).json();
    // The hub's own figures (the process tsx runs it in): resident memory now and at its peak.
    const memory = await (await fetch(`${url}/api/hub`)).json();
    return {
      tablets: TABLETS,
      pictures: TABLETS * PICTURES_EACH,
      requests: uploads.length,
      created: statuses.filter((s) => s === 201).length,
      repeats: statuses.filter((s) => s === 200).length,
      failed: statuses.filter((s) => s !== 200 && s !== 201).length,
      onWall: wall.length,
      distinctOnWall: new Set(wall.map((p) => p.key)).size,
      allOnWallSeconds: +(allOnWallMs / 1000).toFixed(2),
      peakRssMB: memory.peakRssMB,
      rssMB: memory.rssMB,
      pictureKB: Math.round(pictures.reduce((sum, p) => sum + p.byteLength, 0) / pictures.length / 1024),
    };
  } finally {
    child.kill('SIGTERM');
  }
}
