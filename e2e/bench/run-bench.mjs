#!/usr/bin/env node
// npm run bench: measures Enchanting Canvas side by side with its peers in one run, then writes
// the table into README.md (between the bench markers) and e2e/.output/bench.json.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';
import { findChromium } from '../run-e2e.mjs';
import { measureGalleryOpen, measureGalleryScroll, seedArtworks } from './gallery.mjs';
import { coldStartMedian, measureMemory, measureSaveLatency } from './hardening.mjs';
import { drawStrokes, measureStroke, measureWholePageFill, openApp, openReference } from './measure.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'e2e/.output');
const APP_PORT = 4191;
const REF_PORT = 4192;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** `npm run bench -- --only memory` re-measures memory and keeps the rest of the last run; `--only table` rewrites the README table from it. */
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;

async function main() {
  mkdirSync(OUT, { recursive: true });
  if (ONLY === 'memory') return remeasureMemory();
  if (ONLY === 'table') return updateReadme(renderTable(JSON.parse(readFileSync(join(OUT, 'bench.json'), 'utf8'))));
  console.log('[bench] building the app and the reference page…');
  await build({ root: ROOT, logLevel: 'warn' });
  const refRoot = join(ROOT, 'e2e/bench/reference');
  const refOut = join(ROOT, 'dist-bench');
  await build({
    root: refRoot,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: refOut, emptyOutDir: true, rollupOptions: { input: { index: join(refRoot, 'index.html'), fill: join(refRoot, 'fill.html') } } },
  });
  const appServer = await preview({ root: ROOT, logLevel: 'warn', preview: { port: APP_PORT, strictPort: true, host: '127.0.0.1' } });
  const refServer = await preview({ root: refRoot, configFile: false, logLevel: 'warn', build: { outDir: refOut }, preview: { port: REF_PORT, strictPort: true, host: '127.0.0.1' } });

  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: see e2e/run-e2e.mjs for how to install one.');
  const browser = await chromium.launch({ executablePath, args: ARGS });
  const results = { date: new Date().toISOString(), chromium: browser.version(), ink: [], initialJs: null, fill: null, gallery: null, cold: null, memory: null, save: null };
  try {
    results.fill = await measureFills(browser, `http://127.0.0.1:${APP_PORT}/`, `http://127.0.0.1:${REF_PORT}/fill.html`);
    console.log('[bench] fill', results.fill);
    results.cold = await coldStartMedian(browser, `http://127.0.0.1:${APP_PORT}/`, `http://127.0.0.1:${REF_PORT}/`);
    console.log('[bench] cold start', results.cold);
    results.save = await measureSaveLatency(browser, `http://127.0.0.1:${APP_PORT}/`);
    console.log('[bench] save latency', results.save);
    results.memory = await measureMemory(browser, `http://127.0.0.1:${APP_PORT}/`, drawStrokes);
    console.log('[bench] memory', results.memory);
    results.gallery = await measureGallery(browser, `http://127.0.0.1:${APP_PORT}/`, 200);
    console.log('[bench] gallery', results.gallery);
    results.initialJs = await measureInitialJs(browser, `http://127.0.0.1:${APP_PORT}/`);
    console.log('[bench] initial JS', results.initialJs);
    for (const [name, url, counts] of [
      ['Enchanting Canvas', `http://127.0.0.1:${APP_PORT}/`, [0, 200, 1000]],
      ['react-konva free-drawing pattern', `http://127.0.0.1:${REF_PORT}/`, [0, 200]],
    ]) {
      for (const strokes of counts) {
        const row = await measureInk(browser, name, url, strokes);
        console.log(`[bench] ${name} @ ${strokes} strokes: ${row.msPerSample.toFixed(3)} ms/sample`);
        results.ink.push(row);
      }
    }
  } finally {
    await browser.close();
    await appServer.close();
    await refServer.close();
  }
  writeFileSync(join(OUT, 'bench.json'), JSON.stringify(results, null, 2));
  const table = renderTable(results);
  console.log(`\n${table}`);
  updateReadme(table);
}

async function remeasureMemory() {
  const results = JSON.parse(readFileSync(join(OUT, 'bench.json'), 'utf8'));
  await build({ root: ROOT, logLevel: 'warn' });
  const appServer = await preview({ root: ROOT, logLevel: 'warn', preview: { port: APP_PORT, strictPort: true, host: '127.0.0.1' } });
  const browser = await chromium.launch({ executablePath: findChromium(), args: ARGS });
  try {
    results.memory = await measureMemory(browser, `http://127.0.0.1:${APP_PORT}/`, drawStrokes);
    console.log('[bench] memory', results.memory);
  } finally {
    await browser.close();
    await appServer.close();
  }
  writeFileSync(join(OUT, 'bench.json'), JSON.stringify(results, null, 2));
  updateReadme(renderTable(results));
}

async function measureInk(browser, name, url, strokes) {
  const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, hasTouch: true, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    const isApp = name === 'Enchanting Canvas';
    if (isApp) await openApp(page, url);
    else await openReference(page, url);
    await drawStrokes(page, cdp, strokes);
    await page.waitForTimeout(isApp ? 2500 : 500); // let autosave and checkpoints settle
    const samples = [];
    for (let i = 0; i < 3; i++) samples.push(await measureStroke(page, cdp, i));
    samples.sort((a, b) => a - b);
    return { peer: name, strokes, msPerSample: samples[1] };
  } finally {
    await context.close();
  }
}

async function measureGallery(browser, url, count) {
  const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, hasTouch: true, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await seedArtworks(page, count);
    await page.reload();
    const openMs = await measureGalleryOpen(page, count);
    const scroll = await measureGalleryScroll(page);
    return { count, openMs, ...scroll };
  } finally {
    await context.close();
  }
}

async function measureFills(browser, appUrl, refUrl) {
  const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, hasTouch: true, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await openApp(page, appUrl);
    const ours = await measureWholePageFill(page, cdp);
    const ref = await context.newPage();
    await ref.goto(refUrl);
    await ref.waitForFunction(() => typeof window.__fillMs === 'number', null, { timeout: 120_000 });
    const qFloodfillMs = await ref.evaluate(() => window.__fillMs);
    return { ...ours, qFloodfillMs };
  } finally {
    await context.close();
  }
}

/** JavaScript the browser fetched from opening the app until the canvas is ready for a finger. */
async function measureInitialJs(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, hasTouch: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const files = new Set();
  page.on('response', (r) => {
    if (r.url().endsWith('.js') && !r.url().endsWith('sw.js')) files.add(new URL(r.url()).pathname);
  });
  await openApp(page, url);
  await context.close();
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(ROOT, 'dist', file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...files], rawKB: +(raw / 1024).toFixed(1), gzipKB: +(gzip / 1024).toFixed(1) };
}

function renderTable(r) {
  const ours = (n) => r.ink.find((x) => x.peer === 'Enchanting Canvas' && x.strokes === n)?.msPerSample;
  const ref = (n) => r.ink.find((x) => x.peer !== 'Enchanting Canvas' && x.strokes === n)?.msPerSample;
  const fmt = (v) => (v === undefined ? '—' : v.toFixed(3));
  const lines = [
    `Measured ${r.date.slice(0, 10)} by \`npm run bench\` on this repository's CI-class machine (2 cores, software rendering, Chromium ${r.chromium}), one run, peers side by side.`,
    '',
    '| Main-thread time per touch sample | 0 strokes | 200 strokes | 1,000 strokes | 200 vs 0 | 1,000 vs 0 |',
    '|---|---|---|---|---|---|',
    `| Enchanting Canvas (ms) | ${fmt(ours(0))} | ${fmt(ours(200))} | ${fmt(ours(1000))} | ${(ours(200) / ours(0)).toFixed(2)}× | ${(ours(1000) / ours(0)).toFixed(2)}× |`,
    `| react-konva free-drawing pattern (ms) | ${fmt(ref(0))} | ${fmt(ref(200))} | — | ${(ref(200) / ref(0)).toFixed(2)}× | — |`,
    `| Ours as a share of the pattern's | ${(ours(0) / ref(0)).toFixed(2)}× | ${(ours(200) / ref(200)).toFixed(2)}× | | | |`,
    '',
    '| Whole-page fill, 2400×1697 (median) | ms |',
    '|---|---|',
    `| Enchanting Canvas: tap to filled pixels in the picture | ${r.fill.handledMs.toFixed(1)} |`,
    `| Enchanting Canvas: tap to the next frame on screen | ${r.fill.framedMs.toFixed(1)} |`,
    `| q-floodfill: bare compute on the same size | ${r.fill.qFloodfillMs.toFixed(1)} |`,
    `| Ours (to pixels) as a share of q-floodfill's compute | ${(r.fill.handledMs / r.fill.qFloodfillMs).toFixed(2)}× |`,
    '',
    `| Gallery of ${r.gallery.count} pictures | |`,
    '|---|---|',
    `| Tap to every card shown and the first thumbnails drawn | ${r.gallery.openMs.toFixed(0)} ms |`,
    `| Scrolling through all of it: frame time median / p95 | ${r.gallery.medianMs.toFixed(1)} / ${r.gallery.p95Ms.toFixed(1)} ms (${r.gallery.frames} frames, ${r.gallery.over50Ms} over 50 ms) |`,
    '',
    `| Cold start to a canvas ready for a finger (two frames drawn), 4× CPU slowdown, first visit, median of ${r.cold.runs} runs each | ms |`,
    '|---|---|',
    `| Enchanting Canvas (home screen, then a tap on "new picture") | ${r.cold.ours} |`,
    `| Bare react-konva page | ${r.cold.reference} |`,
    `| Ours as a share of it (target ≤ 1.5×) | ${(r.cold.ours / r.cold.reference).toFixed(2)}× |`,
    ...(r.cold.oursRuns ? [`| Spread of the runs: ours / the bare page | ${spread(r.cold.oursRuns)} / ${spread(r.cold.referenceRuns)} |`] : []),
    '',
    '| Save latency: finger lifted to the stroke read back from IndexedDB (30 strokes) | ms |',
    '|---|---|',
    `| median / p95 / max (target p95 < 1000) | ${r.save.medianMs} / ${r.save.p95Ms} / ${r.save.maxMs} |`,
    '',
    '| After 500 strokes and 100 undo steps | MB | budget (3 GB tablet) |',
    '|---|---|---|',
    `| JS heap incl. ArrayBuffers (undo history is capped at 96 MB) | ${r.memory.heapMB.toFixed(1)} | 150 |`,
    `| Canvas backing stores (on screen + picture + scratch) | ${r.memory.canvasMB.toFixed(1)} | 80 |`,
    `| Stored in IndexedDB for the picture (op log, checkpoint, thumbnail) | ${r.memory.storedMB.toFixed(1)} | 20 per picture |`,
    '',
    '| Initial JavaScript until the canvas is ready | raw | gzip |',
    '|---|---|---|',
    `| Enchanting Canvas (${r.initialJs.files.length} files) | ${r.initialJs.rawKB} KB | ${r.initialJs.gzipKB} KB (budget 220 KB) |`,
  ];
  return lines.join('\n');
}

function spread(runs) {
  return `${Math.min(...runs)}–${Math.max(...runs)}`;
}

function updateReadme(table) {
  const path = join(ROOT, 'README.md');
  const text = readFileSync(path, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) {
    console.warn('[bench] README has no bench markers; table not written there.');
    return;
  }
  writeFileSync(path, `${text.slice(0, a + start.length)}\n${table}\n${text.slice(b)}`);
  console.log('[bench] README performance table updated.');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
