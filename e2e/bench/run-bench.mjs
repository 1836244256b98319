#!/usr/bin/env node
// npm run bench: measures Enchanting Canvas side by side with its peers in one run, at device pixel
// ratio 2, then writes e2e/.output/bench.json and the table into README.md (between the markers).
//
//   --no-readme        write the table to e2e/.output/bench-table.md instead of README.md
//   --only a,b         re-measure only these sections and keep the rest of the last bench.json
//                      (fill, cold, save, saveCost, memory, gallery, initialJs, ink, access, scanPresses, replay, symmetry,
//                      pageImport, hub); `--only table`
//                      just renders the table again
//   --reuse-build      skip building when dist-bench/ already holds both builds
//   EC_BENCH_OUT=dir   build folder (default dist-bench; the app goes to dir/app)
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, newTablet } from './browser.mjs';
import { measureAccess, measureScanPresses } from './access.mjs';
import { measureReplay } from './replay.mjs';
import { measurePageImport } from './pageImport.mjs';
import { measureHub } from './hub.mjs';
import { measureColdStarts } from './coldStart.mjs';
import { measureFillScenarios } from './fillBench.mjs';
import { measureGalleryOpen, measureGalleryScroll, seedArtworks, warmGallery } from './gallery.mjs';
import { measureMemory, measureSaveLatency } from './hardening.mjs';
import { measureInk, openApp } from './measure.mjs';
import { writeResults, writeTable } from './output.mjs';
import { measureSaveCost } from './saveCost.mjs';
import { buildAll, serveAll } from './servers.mjs';
import { renderTable } from './table.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'e2e/.output');
const SECTIONS = ['fill', 'cold', 'save', 'saveCost', 'memory', 'gallery', 'initialJs', 'ink', 'access', 'scanPresses', 'replay', 'symmetry', 'pageImport', 'hub'];
const SAVE_COST_SIZES = [30, 500, 2000];

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const ONLY = flag('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const README = !flag('--no-readme');

async function main() {
  mkdirSync(OUT, { recursive: true });
  const last = join(OUT, 'bench.json');
  const previous = ONLY && existsSync(last) ? JSON.parse(readFileSync(last, 'utf8')) : {};
  if (ONLY?.includes('table')) return writeTable(ROOT, OUT, renderTable(previous), { readme: README });
  const unknown = (ONLY ?? []).filter((s) => !SECTIONS.includes(s));
  if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}, table`);
  const wanted = (section) => !ONLY || ONLY.includes(section);

  const started = Date.now();
  console.log('[bench] building the app and the reference page…');
  const dirs = await buildAll(ROOT, { reuse: flag('--reuse-build') });
  const servers = await serveAll(ROOT, dirs);
  const { appUrl, refUrl } = servers;
  const browser = await launchBrowser();
  const results = { ...previous, date: new Date().toISOString(), chromium: browser.version(), deviceScaleFactor: 2 };
  // The machine's 1-minute load average around each section: other work on a 2-core machine
  // moves every figure, and this says when it did.
  results.load = { ...previous.load };
  const step = async (section, measure) => {
    if (!wanted(section)) return;
    const t = Date.now();
    const before = loadavg()[0];
    results[section] = await measure();
    results.load[section] = { before: +before.toFixed(2), after: +loadavg()[0].toFixed(2), seconds: Math.round((Date.now() - t) / 1000) };
    writeResults(OUT, results); // after every section, so a failure later keeps what was measured
    console.log(`[bench] ${section} (${results.load[section].seconds} s, load ${results.load[section].before} → ${results.load[section].after})`, JSON.stringify(brief(section, results[section])));
  };
  try {
    await step('fill', () => measureFillScenarios(browser, appUrl, dirs.app));
    await step('cold', () => measureColdStarts(appUrl, refUrl));
    await step('save', () => measureSaveLatency(browser, appUrl));
    await step('saveCost', async () => {
      const rows = [];
      for (const strokes of SAVE_COST_SIZES) rows.push(await measureSaveCost(browser, appUrl, dirs.app, strokes));
      return rows;
    });
    await step('memory', () => measureMemory(browser, appUrl));
    await step('gallery', () => measureGallery(browser, appUrl, 200));
    await step('initialJs', () => measureInitialJs(browser, appUrl, dirs.app));
    await step('access', () => measureAccess(browser, appUrl));
    await step('scanPresses', () => measureScanPresses(browser, appUrl));
    await step('replay', () => measureReplay(browser, appUrl));
    await step('symmetry', async () => [await measureInk(browser, 'Enchanting Canvas', appUrl, 0, true), await measureInk(browser, 'Enchanting Canvas', appUrl, 0, true, { symmetry: 8 })]);
    await step('pageImport', () => measurePageImport(browser, appUrl));
    await step('hub', () => measureHub(ROOT, dirs.app));
    await step('ink', async () => {
      const rows = [];
      for (const [peer, url, counts, isApp] of [
        ['Enchanting Canvas', appUrl, [0, 200, 1000], true],
        ['react-konva free-drawing pattern', refUrl, [0, 200], false],
      ]) {
        for (const strokes of counts) rows.push(await measureInk(browser, peer, url, strokes, isApp));
      }
      return rows;
    });
  } finally {
    await browser.close();
    await servers.close();
  }
  writeResults(OUT, results);
  const table = renderTable(results);
  console.log(`\n${table}\n`);
  writeTable(ROOT, OUT, table, { readme: README });
  console.log(`[bench] done in ${((Date.now() - started) / 60000).toFixed(1)} min`);
}

/** The console line per section: the headline numbers, not the raw runs. */
function brief(section, value) {
  if (section === 'fill') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, { screen: v.summary.screen.median, handled: v.summary.handled.median, qFloodfill: v.qFloodfill.median }]));
  if (section === 'cold') return { app: value.app.first.median, appRepeat: value.app.repeat.median, sw: value.app.swActivated.median, ref: value.reference.first.median, refRepeat: value.reference.repeat.median };
  if (section === 'saveCost') return value.map((r) => ({ strokes: r.strokes, mainThreadMs: r.mainThreadMs.median, latencyMs: r.latencyMs.median }));
  if (section === 'scanPresses') return value.map((r) => ({ viewport: r.viewport, fromStart: r.fromStart, fromCrosshair: r.fromCrosshair, sequence: r.sequence }));
  if (section === 'ink') return value.map((r) => `${r.peer} @ ${r.strokes}: ${r.msPerSample.toFixed(3)}`);
  return value;
}

async function measureGallery(browser, url, count) {
  const context = await newTablet(browser);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await seedArtworks(page, count);
    await page.reload();
    await warmGallery(page, count);
    const openMs = await measureGalleryOpen(page, count);
    const scroll = await measureGalleryScroll(page);
    return { count, openMs, ...scroll };
  } finally {
    await context.close();
  }
}

/** JavaScript the browser fetched from opening the app until the canvas is ready for a finger. */
async function measureInitialJs(browser, url, distDir) {
  const context = await newTablet(browser, { serviceWorkers: 'block' });
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
    const bytes = readFileSync(join(distDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...files], rawKB: +(raw / 1024).toFixed(1), gzipKB: +(gzip / 1024).toFixed(1) };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
