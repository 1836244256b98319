// What one save costs as the picture grows: a seeded picture of N strokes, opened through the
// gallery, one more stroke by touch, then (a) the renderer main thread's busy time spent on the
// save and (b) the time from the finger lifting until another tab reads the stroke back.
import { newTablet, paperBox, touch, twoFrames } from './browser.mjs';
import { openWatcher } from './readBack.mjs';
import { seedPicture } from './seedPicture.mjs';
import { summary } from './stats.mjs';
import { profileWindow } from './profileSummary.mjs';
import { sourceMapper } from './sourceMap.mjs';
import { cpuProfileOf, describeTask, isGarbageCollection, recordTrace, tasksOf, threadOfDomEvent } from './trace.mjs';

const MOVES = 120; // points per measured stroke, as long as the seeded ones
const QUIET_AFTER_MS = 400; // the tail of a save (summary write, status re-render) fits well inside

/**
 * `samples` timed saves, then one more with V8's sampling profiler on, whose functions (named
 * from the bench build's source maps in `distDir`) say what in a save grows with the picture.
 */
export async function measureSaveCost(browser, appUrl, distDir, strokes, samples = 5) {
  const context = await newTablet(browser);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(appUrl);
    await page.getByTestId('start-blank').waitFor();
    const id = `art-bench-save-${strokes}`;
    const seededPoints = await seedPicture(page, id, strokes);
    const watcher = await openWatcher(context, appUrl);
    await page.bringToFront();
    const opened = Date.now();
    await openFromGallery(page, id);
    const openMs = Date.now() - opened;
    // One stroke, then home: the app saves the whole picture back (proof it loaded every seeded
    // op) and writes a checkpoint, as a child leaving the picture would. Reopened, it starts from
    // that checkpoint, like any picture a child comes back to.
    await drawStroke(page, cdp, 0, true);
    const first = await watcher.waitStored(id, strokes + 1, 120_000);
    if (first.storedAt === null) throw new Error(`seeded picture of ${strokes} strokes was not saved back (${first.steps} steps stored)`);
    await page.getByTestId('home').tap();
    await page.getByTestId('start-blank').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1000);
    await openFromGallery(page, id);

    const runs = [];
    for (let i = 1; i <= samples; i++) runs.push(await measureOneSave(browser, page, cdp, watcher, id, strokes + 1 + i, i));
    const profiled = await measureOneSave(browser, page, cdp, watcher, id, strokes + 2 + samples, samples + 1, sourceMapper(distDir));
    await watcher.close();
    return {
      strokes,
      seededPoints,
      openMs,
      mainThreadMs: summary(runs.map((r) => r.mainThreadMs), 1),
      longestTaskMs: summary(runs.map((r) => r.longestTaskMs), 1),
      gcMs: summary(runs.map((r) => r.gcMs), 1),
      latencyMs: summary(runs.map((r) => r.latencyMs), 0),
      runs,
      profile: profiled.profile,
    };
  } finally {
    await context.close();
  }
}

async function openFromGallery(page, id) {
  await page.getByTestId('open-gallery').tap();
  await page.locator(`[data-artwork-id="${id}"]`).tap({ timeout: 60_000 });
  await page.locator('[data-testid="canvas"] canvas').first().waitFor({ timeout: 120_000 });
  // Opening replays the op log (or decodes the checkpoint) before the first frame.
  await twoFrames(page);
  await page.waitForTimeout(500);
}

/** Draws one stroke by touch; `lift` false leaves the finger down (the caller lifts it). */
async function drawStroke(page, cdp, index, lift) {
  const b = await paperBox(page);
  const y0 = b.y + b.height * (0.15 + ((index * 0.13) % 0.7));
  const x0 = b.x + b.width * 0.1;
  await touch(cdp, 'touchStart', [[x0, y0]]);
  for (let k = 1; k <= MOVES; k++) {
    await touch(cdp, 'touchMove', [[x0 + (b.width * 0.8 * k) / MOVES, y0 + Math.sin(k / 9) * b.height * 0.06]]);
    await new Promise((r) => setTimeout(r, 8));
  }
  if (lift) await touch(cdp, 'touchEnd', []);
}

/**
 * One measured save. The trace starts with the finger still down; the lift's own task (the stroke
 * joining the picture, its undo patch) and the frames after it are not the save and are left out.
 * Every other main-thread task until the stroke is stored (+ a quiet tail) counts: the debounced
 * write, structured-clone serialisation, IndexedDB callbacks, the save-status re-render; V8's
 * garbage-collection tasks in that window are reported apart.
 */
async function measureOneSave(browser, page, cdp, watcher, id, atLeast, index, mapSource = null) {
  await drawStroke(page, cdp, index, false);
  await page.evaluate(() => addEventListener('pointerup', (e) => (window.__liftedAt = performance.timeOrigin + e.timeStamp), { once: true, capture: true }));
  const { events, result } = await recordTrace(browser, page, async () => {
    const stored = watcher.waitStored(id, atLeast);
    await touch(cdp, 'touchEnd', []);
    const answer = await stored;
    await page.waitForTimeout(QUIET_AFTER_MS);
    return answer;
  }, { profile: Boolean(mapSource), name: `save-${atLeast}` });
  if (result.storedAt === null) throw new Error(`stroke ${atLeast} of ${id} not stored within 15 s`);
  const liftedAt = await page.evaluate(() => window.__liftedAt);
  const main = threadOfDomEvent(events, 'pointerup');
  const tasks = tasksOf(events, main);
  const liftTask = tasks.find((t) => t.inside.some((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointerup'));
  const liftEnd = liftTask.task.ts + liftTask.task.dur;
  const later = tasks.filter((t) => t.task.ts >= liftEnd && !isFrameOrInput(t));
  // V8's own collection tasks are counted apart: they pay for garbage made anywhere before, mostly
  // by the stroke itself, and come and go from run to run.
  const saveTasks = later.filter((t) => !isGarbageCollection(t));
  const gcMs = later.filter(isGarbageCollection).reduce((s, t) => s + t.task.dur / 1000, 0);
  const durations = saveTasks.map((t) => t.task.dur / 1000);
  await page.waitForTimeout(300);
  const profile = mapSource ? cpuProfileOf(events, main) : null;
  return {
    ...(profile ? { profile: profileWindow(profile, saveTasks.map((t) => [t.task.ts, t.task.ts + t.task.dur]), mapSource) } : {}),
    latencyMs: Math.round(result.storedAt - liftedAt),
    mainThreadMs: +durations.reduce((a, b) => a + b, 0).toFixed(1),
    longestTaskMs: +Math.max(0, ...durations).toFixed(1),
    gcMs: +gcMs.toFixed(1),
    tasks: saveTasks.length,
    kinds: tally(saveTasks),
    via: result.via,
  };
}

/** ms per kind of task, e.g. { 'setTimeout callback': 12.3, 'success event': 1.1 }. */
function tally(tasks) {
  const out = {};
  for (const t of tasks) {
    const kind = describeTask(t);
    out[kind] = +((out[kind] ?? 0) + t.task.dur / 1000).toFixed(1);
  }
  return out;
}

function isFrameOrInput({ inside }) {
  return inside.some((e) => e.name === 'ProxyMain::BeginMainFrame' || e.name === 'WidgetBaseInputHandler::OnHandleInputEvent');
}
