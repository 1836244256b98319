// Ink cost: open a page, draw with real CDP touches, and read the renderer's main-thread task time
// (Performance.getMetrics TaskDuration) around a long stroke.
import { newTablet, paperBox, touch, twoFrames } from './browser.mjs';

const MOVES_PER_MEASURED_STROKE = 240;
const MOVE_INTERVAL_MS = 8; // a 120 Hz touchscreen

export async function openApp(page, url) {
  await page.goto(url);
  await page.getByTestId('start-blank').tap();
  await page.locator('[data-testid="canvas"] canvas').first().waitFor();
  await twoFrames(page);
}

export async function openReference(page, url) {
  await page.goto(url);
  await page.locator('[data-testid="canvas"] canvas').first().waitFor();
}

/**
 * Prefills the picture with `count` short finished strokes, quickly: the touch events of ten
 * strokes go out before the first answer is awaited (CDP keeps them in order), which cuts the
 * prefill from minutes to seconds at DPR 2 without changing what ends up in the picture.
 */
export async function drawStrokes(page, cdp, count) {
  const b = await paperBox(page);
  let pending = [];
  for (let i = 0; i < count; i++) {
    const row = (i * 37) % 100;
    const col = (i * 53) % 100;
    const x0 = b.x + b.width * (0.05 + col * 0.008);
    const y0 = b.y + b.height * (0.05 + row * 0.009);
    pending.push(touch(cdp, 'touchStart', [[x0, y0]]));
    for (let k = 1; k <= 6; k++) pending.push(touch(cdp, 'touchMove', [[x0 + k * 9, y0 + (k % 2) * 7]]));
    pending.push(touch(cdp, 'touchEnd', []));
    if (i % 10 === 9 || i === count - 1) {
      await Promise.all(pending);
      pending = [];
    }
  }
}

/** Median-friendly single measurement: ms of main-thread task time per touch sample. */
export async function measureStroke(page, cdp, index) {
  const b = await paperBox(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' }).catch(() => cdp.send('Performance.enable'));
  const y = b.y + b.height * (0.2 + index * 0.25);
  await touch(cdp, 'touchStart', [[b.x + b.width * 0.1, y]]);
  await page.waitForTimeout(50);
  const before = await taskSeconds(cdp);
  for (let k = 1; k <= MOVES_PER_MEASURED_STROKE; k++) {
    const x = b.x + b.width * (0.1 + (0.8 * k) / MOVES_PER_MEASURED_STROKE);
    await touch(cdp, 'touchMove', [[x, y + Math.sin(k / 8) * b.height * 0.08]]);
    await new Promise((r) => setTimeout(r, MOVE_INTERVAL_MS));
  }
  await twoFrames(page);
  const after = await taskSeconds(cdp);
  await touch(cdp, 'touchEnd', []);
  await page.waitForTimeout(300);
  return ((after - before) * 1000) / MOVES_PER_MEASURED_STROKE;
}

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}

/** Ink cost after `strokes` strokes: the middle of three long measured strokes. */
export async function measureInk(browser, peer, url, strokes, isApp, { symmetry = null } = {}) {
  const context = await newTablet(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    if (isApp) await openApp(page, url);
    else await openReference(page, url);
    if (symmetry) {
      // Mirror drawing: every touch sample also draws its copies.
      await page.getByTestId('symmetry').tap();
      await page.getByTestId(`symmetry-${symmetry}`).tap();
      await twoFrames(page);
    }
    await drawStrokes(page, cdp, strokes);
    await page.waitForTimeout(isApp ? 2500 : 500); // let autosave and checkpoints settle
    const samples = [];
    for (let i = 0; i < 3; i++) samples.push(await measureStroke(page, cdp, i));
    samples.sort((a, b) => a - b);
    return { peer, strokes, ...(symmetry ? { symmetry } : {}), msPerSample: samples[1] };
  } finally {
    await context.close();
  }
}
