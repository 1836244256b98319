// Cold start, memory and save latency: the numbers a 3 GB tablet and a flaky session care about.

const touch = (cdp, type, points) =>
  cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y]) => ({ x, y, id: 1, radiusX: 6, radiusY: 6, force: 0.5 })) });

/**
 * From navigation to a canvas ready for a finger, at 4× CPU slowdown, no service worker (a first
 * visit): the canvas is in the page and two frames have been drawn, for both pages alike. The app
 * needs a tap on "new picture": the harness's own wait between the two phases is left out, the
 * app's work on both sides of the tap is counted. One sample; see coldStartMedian.
 */
export async function measureColdStart(browser, url, kind) {
  const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, hasTouch: true, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const canvasReady = async () => {
      await page.locator('[data-testid="canvas"] canvas').first().waitFor();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    };
    const started = Date.now();
    await page.goto(url);
    if (kind === 'reference') {
      await canvasReady();
      return Date.now() - started;
    }
    await page.getByTestId('start-blank').waitFor();
    const home = Date.now() - started;
    const box = await page.getByTestId('start-blank').boundingBox();
    const tapped = Date.now();
    await touch(cdp, 'touchStart', [[box.x + box.width / 2, box.y + box.height / 2]]);
    await touch(cdp, 'touchEnd', []);
    await canvasReady();
    return home + (Date.now() - tapped);
  } finally {
    await context.close();
  }
}

/**
 * Cold starts vary by tens of milliseconds from run to run on a shared machine: the app and the
 * reference take turns, and the median of each is reported.
 */
export async function coldStartMedian(browser, appUrl, referenceUrl, runs = 7) {
  const ours = [];
  const reference = [];
  for (let i = 0; i < runs; i++) {
    ours.push(await measureColdStart(browser, appUrl, 'app'));
    reference.push(await measureColdStart(browser, referenceUrl, 'reference'));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { ours: median(ours), reference: median(reference), runs, oursRuns: ours, referenceRuns: reference };
}

/** Memory after 500 strokes and 100 undo steps, and the bytes stored for that picture. */
export async function measureMemory(browser, url, drawStrokes) {
  const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, hasTouch: true, deviceScaleFactor: 1 });
  try {
    const { page, cdp } = await openBlankPicture(context, url);
    await drawStrokes(page, cdp, 500);
    for (let i = 0; i < 100; i++) await page.getByTestId('undo').tap();
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

/** From a finger lifting to that stroke being in IndexedDB (read back), over 30 strokes. */
export async function measureSaveLatency(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1180, height: 820 }, hasTouch: true, deviceScaleFactor: 1 });
  try {
    const { page, cdp } = await openBlankPicture(context, url);
    const c = await page.getByTestId('canvas').boundingBox();
    const width = Math.min(c.width, (c.height * 2400) / 1697);
    const height = (width * 1697) / 2400;
    const b = { x: c.x + (c.width - width) / 2, y: c.y + (c.height - height) / 2 };
    const latencies = [];
    for (let i = 1; i <= 30; i++) {
      const y = b.y + height * (0.1 + (i % 20) * 0.04);
      await touch(cdp, 'touchStart', [[b.x + 100, y]]);
      for (let k = 1; k <= 5; k++) await touch(cdp, 'touchMove', [[b.x + 100 + k * 60, y]]);
      const lifted = Date.now();
      await touch(cdp, 'touchEnd', []);
      const stored = (n) =>
        page.evaluate(
          (count) =>
            new Promise((resolve) => {
              const req = indexedDB.open('ec-artworks');
              req.onsuccess = () => {
                if (!req.result.objectStoreNames.contains('artworks')) return resolve(false);
                const all = req.result.transaction('artworks', 'readonly').objectStore('artworks').getAll();
                all.onsuccess = () => resolve(all.result.some((a) => a.ops.length >= count));
                all.onerror = () => resolve(false);
              };
              req.onerror = () => resolve(false);
            }),
          n,
        );
      while (!(await stored(i))) {
        if (Date.now() - lifted > 10_000) throw new Error(`stroke ${i} not saved within 10 s`);
        await new Promise((r) => setTimeout(r, 15));
      }
      latencies.push(Date.now() - lifted);
      await page.waitForTimeout(150 + ((i * 37) % 400));
    }
    latencies.sort((a, b2) => a - b2);
    return { medianMs: latencies[Math.floor(latencies.length / 2)], p95Ms: latencies[Math.floor(latencies.length * 0.95)], maxMs: latencies[latencies.length - 1] };
  } finally {
    await context.close();
  }
}

async function openBlankPicture(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.getByTestId('start-blank').tap();
  await page.locator('[data-testid="canvas"] canvas').first().waitFor();
  return { page, cdp };
}
