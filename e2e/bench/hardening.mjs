// Memory and save latency: the numbers a 3 GB tablet and a flaky session care about.
import { newTablet, paperBox, tapAt, touch } from './browser.mjs';
import { drawStrokes } from './measure.mjs';
import { openWatcher } from './readBack.mjs';
import { median, percentile } from './stats.mjs';

async function openBlankPicture(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.getByTestId('start-blank').tap();
  await page.locator('[data-testid="canvas"] canvas').first().waitFor();
  return { page, cdp };
}

/** Memory after 500 strokes and 100 undo steps, and the bytes stored for that picture. */
export async function measureMemory(browser, url) {
  const context = await newTablet(browser);
  try {
    const { page, cdp } = await openBlankPicture(context, url);
    await drawStrokes(page, cdp, 500);
    const undo = await page.getByTestId('undo').boundingBox();
    for (let i = 0; i < 100; i++) await tapAt(cdp, undo.x + undo.width / 2, undo.y + undo.height / 2);
    await page.waitForTimeout(2500);
    await cdp.send('HeapProfiler.collectGarbage');
    // backingStorageSize: ArrayBuffers (undo patches, pixel copies) live outside the JS heap proper.
    const { usedSize, backingStorageSize = 0 } = await cdp.send('Runtime.getHeapUsage');
    const canvases = await page.evaluate(() => {
      let bytes = 0;
      for (const c of document.querySelectorAll('canvas')) bytes += c.width * c.height * 4;
      return bytes + 2 * 2400 * 1697 * 4; // plus the picture and scratch canvases off screen
    });
    const stored = await page.evaluate(async () => (await navigator.storage.estimate()).usageDetails?.indexedDB ?? 0);
    return { heapMB: (usedSize + backingStorageSize) / 1048576, canvasMB: canvases / 1048576, storedMB: stored / 1048576 };
  } finally {
    await context.close();
  }
}

/**
 * From a finger lifting to that stroke being in IndexedDB, over 30 short strokes on a new picture:
 * the lift is the pointerup's own timestamp, "stored" is the moment another tab read it back
 * (readBack.mjs).
 */
export async function measureSaveLatency(browser, url) {
  const context = await newTablet(browser);
  try {
    const { page, cdp } = await openBlankPicture(context, url);
    const watcher = await openWatcher(context, url);
    await page.bringToFront();
    const b = await paperBox(page);
    const latencies = [];
    for (let i = 1; i <= 30; i++) {
      const y = b.y + b.height * (0.1 + (i % 20) * 0.04);
      await touch(cdp, 'touchStart', [[b.x + 100, y]]);
      for (let k = 1; k <= 5; k++) await touch(cdp, 'touchMove', [[b.x + 100 + k * 60, y]]);
      await page.evaluate(() => addEventListener('pointerup', (e) => (window.__liftedAt = performance.timeOrigin + e.timeStamp), { once: true, capture: true }));
      const stored = watcher.waitStored(null, i, 10_000);
      await touch(cdp, 'touchEnd', []);
      const answer = await stored;
      if (answer.storedAt === null) throw new Error(`stroke ${i} not saved within 10 s`);
      latencies.push(Math.round(answer.storedAt - (await page.evaluate(() => window.__liftedAt))));
      await page.waitForTimeout(150 + ((i * 37) % 400));
    }
    await watcher.close();
    return { medianMs: median(latencies), p95Ms: percentile(latencies, 0.95), maxMs: Math.max(...latencies) };
  } finally {
    await context.close();
  }
}
