// The Performance table of the README, rendered from one bench run (e2e/.output/bench.json).
import { spread } from './stats.mjs';

const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const cell = (s, digits = 0) => `${s.median.toFixed(digits)} (${spread(s)})`;

export function renderTable(r) {
  return [
    `Measured ${r.date.slice(0, 10)} by \`npm run bench\` on this repository's CI-class machine (2 cores, software rendering, Chromium ${r.chromium}), one run, peers side by side. Every page runs as a 1180×820 touch tablet at **device pixel ratio 2**. Medians, with the spread of the runs in brackets.`,
    ...section(r.ink, inkRows),
    ...section(r.fill, fillRows),
    ...section(r.gallery, galleryRows),
    ...section(r.cold, coldRows),
    ...section(r.save && r.saveCost && [r.save, r.saveCost], ([save, cost]) => saveRows(save, cost)),
    ...section(r.memory, memoryRows),
    ...section(r.initialJs, initialJsRows),
    ...section(r.access, accessRows),
    ...section(r.scanPresses, scanPressRows),
    ...section(r.replay, replayRows),
    ...section(r.symmetry, symmetryRows),
    ...section(r.pageImport, pageImportRows),
    ...section(r.hub, hubRows),
  ].join('\n');
}

/** A table and a blank line after it; a section the run did not measure is left out. */
function section(value, rows) {
  return value ? ['', ...rows(value)] : [];
}

function accessRows(a) {
  return [
    `| Switch and dwell, ${a.slowdown}× CPU slowdown (ms) | median (spread) | p95 |`,
    '|---|---|---|',
    `| Switch press (Space) → the frame that draws the moved scan highlight | ${cell(a.scanStep, 1)} | ${a.scanStep.p95} |`,
    `| Dwell time (${a.dwellMs} ms) over → the frame that shows the colour chosen | ${cell(a.dwell, 1)} | ${a.dwell.p95} |`,
  ];
}

function scanPressRows(rows) {
  const mm = (s) => `${s.median} / ${s.max}`;
  return [
    '| Two switches: presses to each control of the drawing screen (real key presses, median / max) | from where the scan rests | from the picture\'s crosshair | all | issue 23\'s eight (marker, red, large, fill, blue, eraser, small, black) |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.viewport}, ${r.controls} controls | ${mm(r.fromStart)} | ${mm(r.fromCrosshair)} | ${mm(r.all)} | ${r.sequence.join(', ')} |`),
  ];
}

function replayRows(r) {
  return [
    `| Time-lapse of a ${r.strokes}-stroke picture (strokes with their timings) | |`,
    '|---|---|',
    `| Playing at 1×, 12 s: frame to frame, median / p95 (target: every frame on time at 60 Hz) | ${r.medianMs} / ${r.p95Ms} ms (${r.frames} frames, ${r.over20Ms} over 20 ms, ${r.landedInWindow} strokes landed) |`,
    `| the app's work in each of those frames (the replay's step and its drawing), median / p95 | ${r.workMedianMs} / ${r.workP95Ms} ms |`,
    `| The parent's video: tap → file | ${r.exportSeconds} s for ${r.videoSeconds} s of video (${(r.videoSeconds / r.exportSeconds).toFixed(2)}× real time); ${r.codec.toUpperCase()} ${r.videoSize}, ${r.videoMB} MB |`,
  ];
}

function symmetryRows(rows) {
  const ms = (symmetry) => rows.find((x) => (x.symmetry ?? null) === symmetry)?.msPerSample;
  return [
    '| Mirror drawing: main-thread time per touch sample, blank picture | no mirror | symmetry-8 (8 copies) | 8 vs none |',
    '|---|---|---|---|',
    `| Enchanting Canvas (ms) | ${ms(null).toFixed(3)} | ${ms(8).toFixed(3)} | ${ratio(ms(8), ms(null))} |`,
  ];
}

function pageImportRows(r) {
  const line = (row) =>
    `| ${row.cpu}× CPU throttling (main thread only) | ${row.seconds} s (${row.outcome}${row.regions ? `, ${row.regions} areas` : ''}) | ${row.longTasks} (longest ${row.longestTaskMs} ms) |`;
  const plain = r.rows.find((row) => row.cpu === 1);
  return [
    `| The therapist's own page: a 12 MP photo (${r.photo}, ${r.photoMB} MB) traced on the tablet | choosing the file → the preview | main-thread tasks over 50 ms meanwhile |`,
    '|---|---|---|',
    ...r.rows.map(line),
    `| A tablet 4× slower than this machine (Chromium's throttling does not reach the worker; the tracing is CPU-bound, so 4 × the 1× time) | about ${plain ? (plain.seconds * 4).toFixed(0) : '—'} s | — |`,
  ];
}

function hubRows(h) {
  if (h.pictureMB === undefined) return [];
  return [
    `| The session hub on loopback: ${h.tablets} tablets sending at once, ${h.pictures / h.tablets} pictures each one after another as the outbox does (${h.requests} uploads incl. retries; 2400×1697 PNGs of noise, ${h.pictureMB} MB each, ${h.sentGB} GB in all), and one 25 MP picture each | |`,
    '|---|---|',
    `| All ${h.pictures} on the wall (every upload answered) | ${h.allOnWallSeconds} s (${h.allAnsweredSeconds} s) |`,
    `| Hub process memory: idle / peak / after (target: peak ≤ 300 MB) | ${h.idleRssMB} / ${h.peakRssMB} / ${h.rssMB} MB |`,
    `| On the wall / distinct / failed uploads | ${h.onWall} / ${h.distinctOnWall} / ${h.failed} (stored ${h.created}, repeats answered ${h.repeats}; connections tried again ${h.networkRetries}) |`,
    `| 25 MP pictures (${h.huge.kb} KB PNGs) refused on their first bytes | ${h.huge.refused413} of ${h.huge.tried} |`,
  ];
}

function initialJsRows(js) {
  return [
    '| Initial JavaScript until the canvas is ready | raw | gzip |',
    '|---|---|---|',
    `| Enchanting Canvas (${js.files.length} files) | ${js.rawKB} KB | ${js.gzipKB} KB (budget 220 KB) |`,
  ];
}

function inkRows(ink) {
  const ours = (n) => ink.find((x) => x.peer === 'Enchanting Canvas' && x.strokes === n)?.msPerSample;
  const ref = (n) => ink.find((x) => x.peer !== 'Enchanting Canvas' && x.strokes === n)?.msPerSample;
  const fmt = (v) => (v === undefined ? '—' : v.toFixed(3));
  return [
    '| Main-thread time per touch sample | 0 strokes | 200 strokes | 1,000 strokes | 200 vs 0 | 1,000 vs 0 |',
    '|---|---|---|---|---|---|',
    `| Enchanting Canvas (ms) | ${fmt(ours(0))} | ${fmt(ours(200))} | ${fmt(ours(1000))} | ${ratio(ours(200), ours(0))} | ${ratio(ours(1000), ours(0))} |`,
    `| react-konva free-drawing pattern (ms) | ${fmt(ref(0))} | ${fmt(ref(200))} | — | ${ratio(ref(200), ref(0))} | — |`,
    `| Ours as a share of the pattern's | ${ratio(ours(0), ref(0))} | ${ratio(ours(200), ref(200))} | | | |`,
  ];
}

function fillRows({ blank, colouring }) {
  const phase = (key) => `${blank.summary.phases?.[key] ?? '—'} | ${colouring.summary.phases?.[key] ?? '—'}`;
  const runs = blank.taps.length;
  return [
    `| Tap-to-fill, touch to the colour on screen (median of ${runs} taps) | blank picture: the whole 2400×1697 page | colouring page "doctor": the sky |`,
    '|---|---|---|',
    `| Touch → the frame showing the colour is presented (ms) | ${cell(blank.summary.screen)} | ${cell(colouring.summary.screen)} |`,
    `| of which (the median of each phase): input delay | ${phase('inputDelay')} |`,
    `| pointerdown handlers (the fill, its pixel reads and writes, listeners) | ${phase('handlers')} |`,
    `| waiting for the next frame | ${phase('waitForFrame')} |`,
    `| frame: animation-frame callbacks (the Konva layer redraw) | ${phase('frameScripts')} |`,
    `| frame: style, layout, paint (the probe's pixel read makes the layer's drawImage run here) | ${phase('styleLayoutPaint')} |`,
    `| commit, raster, compositing the DPR-2 layers, presentation | ${phase('presentation')} |`,
    `| Script time of long frames in the second after it (the undo patch…), which a next touch waits behind (ms) | ${blank.summary.afterFrameMs} | ${colouring.summary.afterFrameMs} |`,
    `| q-floodfill: bare compute of a whole 2400×1697 page, in the same page (ms) | ${cell(blank.qFloodfill, 1)} | ${cell(colouring.qFloodfill, 1)} |`,
    `| Ours (touch to screen) as a share of q-floodfill's compute | ${ratio(blank.summary.screen.median, blank.qFloodfill.median)} | ${ratio(colouring.summary.screen.median, colouring.qFloodfill.median)} |`,
  ];
}

function galleryRows(g) {
  return [
    `| Gallery of ${g.count} pictures | |`,
    '|---|---|',
    `| Tap to every card shown and the first thumbnails drawn | ${g.openMs.toFixed(0)} ms |`,
    `| Scrolling through all of it: frame time median / p95 | ${g.medianMs.toFixed(1)} / ${g.p95Ms.toFixed(1)} ms (${g.frames} frames, ${g.over50Ms} over 50 ms) |`,
  ];
}

function coldRows(c) {
  const { app, reference: ref } = c;
  return [
    `| Cold start, ${c.slowdown}× CPU slowdown, a new browser profile per run, median of ${c.runs} (ms) | Enchanting Canvas | bare react-konva page | ours as a share (target) |`,
    '|---|---|---|---|',
    `| First visit: navigation → canvas ready for a finger (the service worker registers 3 s after load, then installs) | ${cell(app.first)} | ${cell(ref.first)} | ${ratio(app.first.median, ref.first.median)} (≤ 1.5×) |`,
    `| First visit: navigation → service worker activated, having precached the app (works offline from then) | ${cell(app.swActivated)} | — | |`,
    `| First visit: the later of the two (offline-ready; the worker waits 3 s on purpose) | ${cell(app.firstWithWorker)} | ${cell(ref.first)} | ${ratio(app.firstWithWorker.median, ref.first.median)} |`,
    `| Repeat visit (browser restarted on the same profile; ours served by its service worker${app.repeatServedByWorker ? '' : ' — NOT in every run'}) | ${cell(app.repeat)} | ${cell(ref.repeat)} | ${ratio(app.repeat.median, ref.repeat.median)} (≤ 1.2×) |`,
  ];
}

function saveRows(save, cost) {
  const sizes = cost.map((row) => `${row.strokes.toLocaleString('en')} strokes`);
  const line = (label, pick) => `| ${label} | ${cost.map(pick).join(' | ')} |`;
  return [
    '| Save latency: finger lifted to the stroke read back from IndexedDB (30 short strokes) | ms |',
    '|---|---|',
    `| median / p95 / max (target p95 < 1000) | ${save.medianMs} / ${save.p95Ms} / ${save.maxMs} |`,
    '',
    `| One more stroke on a picture of N strokes (100–160 points each), median of ${cost[0].runs.length} | ${sizes.join(' | ')} |`,
    `|---|${cost.map(() => '---').join('|')}|`,
    line('Main-thread time of the save (ms)', (row) => cell(row.mainThreadMs, 1)),
    line('its longest single task (ms)', (row) => cell(row.longestTaskMs, 1)),
    line('garbage collection in the same window, counted apart (ms)', (row) => cell(row.gcMs, 1)),
    line('Finger lifted → stroke read back from IndexedDB (ms)', (row) => cell(row.latencyMs)),
  ];
}

function memoryRows(m) {
  return [
    '| After 500 strokes and 100 undo steps | MB | budget (3 GB tablet) |',
    '|---|---|---|',
    `| JS heap incl. ArrayBuffers (undo history is capped at 96 MB) | ${m.heapMB.toFixed(1)} | 150 |`,
    `| Canvas backing stores (on screen at DPR 2 + picture + scratch) | ${m.canvasMB.toFixed(1)} | 80 |`,
    `| Stored in IndexedDB for the picture (op log, checkpoint, thumbnail) | ${m.storedMB.toFixed(1)} | 20 per picture |`,
  ];
}
