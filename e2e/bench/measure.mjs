// Shared steps of the benchmark: open a page, draw with real CDP touches, and read the renderer's
// main-thread task time (Performance.getMetrics TaskDuration) around a long stroke.

const MOVES_PER_MEASURED_STROKE = 240;
const MOVE_INTERVAL_MS = 8; // a 120 Hz touchscreen

export async function openApp(page, url) {
  await page.goto(url);
  await page.getByTestId('start-blank').tap();
  await page.locator('[data-testid="canvas"] canvas').first().waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

export async function openReference(page, url) {
  await page.goto(url);
  await page.locator('[data-testid="canvas"] canvas').first().waitFor();
}

async function box(page) {
  const b = await page.getByTestId('canvas').boundingBox();
  // Stay inside the paper for the app (A4 fit) and inside the stage for the reference.
  const ratio = 2400 / 1697;
  const width = Math.min(b.width, b.height * ratio);
  const height = width / ratio;
  return { x: b.x + (b.width - width) / 2, y: b.y + (b.height - height) / 2, width, height };
}

const touch = (cdp, type, points) =>
  cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y]) => ({ x, y, id: 1, radiusX: 6, radiusY: 6, force: 0.5 })) });

/** Prefills the picture with `count` finished strokes, quickly. */
export async function drawStrokes(page, cdp, count) {
  const b = await box(page);
  for (let i = 0; i < count; i++) {
    const row = (i * 37) % 100;
    const col = (i * 53) % 100;
    const x0 = b.x + b.width * (0.05 + col * 0.008);
    const y0 = b.y + b.height * (0.05 + row * 0.009);
    await touch(cdp, 'touchStart', [[x0, y0]]);
    for (let k = 1; k <= 6; k++) await touch(cdp, 'touchMove', [[x0 + k * 9, y0 + (k % 2) * 7]]);
    await touch(cdp, 'touchEnd', []);
  }
}

/** Median-friendly single measurement: ms of main-thread task time per touch sample. */
export async function measureStroke(page, cdp, index) {
  const b = await box(page);
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
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const after = await taskSeconds(cdp);
  await touch(cdp, 'touchEnd', []);
  await page.waitForTimeout(300);
  return ((after - before) * 1000) / MOVES_PER_MEASURED_STROKE;
}

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}

/**
 * Whole-page tap-to-fill on a blank picture: from the finger's pointerdown to the filled pixels
 * being in the picture (the app fills inside its pointerdown handler), and to the next frame.
 * Median of several taps, each undone before the next.
 */
export async function measureWholePageFill(page, cdp, runs = 7) {
  await page.getByTestId('tool-fill').tap();
  await page.getByTestId('color-blue').tap();
  await page.evaluate(() => {
    const w = window;
    w.__fill = [];
    let start = 0;
    window.addEventListener('pointerdown', () => (start = performance.now()), { capture: true });
    window.addEventListener('pointerdown', (e) => {
      if (!e.target.closest('[data-testid="canvas"]')) return;
      const handled = performance.now();
      requestAnimationFrame(() => w.__fill.push({ handled: handled - start, framed: performance.now() - start }));
    });
  });
  const b = await box(page);
  for (let i = 0; i < runs; i++) {
    await touch(cdp, 'touchStart', [[b.x + b.width / 2, b.y + b.height / 2]]);
    await touch(cdp, 'touchEnd', []);
    await page.waitForTimeout(400);
    await page.getByTestId('undo').tap();
    await page.waitForTimeout(300);
  }
  const samples = await page.evaluate(() => window.__fill);
  const median = (key) => samples.map((s) => s[key]).sort((x, y) => x - y)[Math.floor(samples.length / 2)];
  return { handledMs: median('handled'), framedMs: median('framed'), runs: samples.length };
}
