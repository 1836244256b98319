// Access modes at 4× CPU slowdown on the DPR 2 tablet: how soon a switch press shows the scan
// highlight on screen, and how soon a completed dwell shows the control chosen. And how many
// switch presses each control of the drawing screen takes (issue 23), counted in the browser.
import { medianAndMax, pressesToEveryControl, scanTo } from '../support/scanPresses.mjs';
import { newTablet, twoFrames } from './browser.mjs';
import { percentile, summary } from './stats.mjs';

const SLOWDOWN = 4;
const DWELL_MS = 500;

/** Guests on this tablet use two-switch scanning and dwell (the device default profile). */
async function openWithDefaultProfile(page, url, dwell = true) {
  await page.goto(url);
  await page.evaluate(
    ({ dwellMs, dwell }) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('ec-settings');
        req.onupgradeneeded = () => req.result.createObjectStore('settings');
        req.onsuccess = () => {
          const tx = req.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ defaultAccess: { scan: 'two', scanStepMs: 1500, scanTick: false, dwell, dwellMs, tapToStart: false, buttonScale: 100 } }, 'settings');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    { dwellMs: DWELL_MS, dwell },
  );
  await page.reload();
  await page.getByTestId('start-blank').tap();
  await page.locator('[data-testid="canvas"] canvas').first().waitFor();
  await twoFrames(page);
}

/** In the page: the time of the animation frame that first draws a change `matches` picks out. */
function watchFrames() {
  window.__frameOf = (matches) =>
    new Promise((resolve) => {
      const observer = new MutationObserver((records) => {
        if (!records.some((r) => matches(r.target))) return;
        observer.disconnect();
        // The callbacks of the frame that draws it run now (its timestamp is the frame's start, which can be before the key).
        requestAnimationFrame(() => resolve(performance.now()));
      });
      observer.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-scan-focus', 'aria-pressed'] });
    });
}

export async function measureAccess(browser, url) {
  const context = await newTablet(browser);
  try {
    const page = await context.newPage();
    await openWithDefaultProfile(page, url);
    const cdp = await context.newCDPSession(page);
    await page.evaluate(watchFrames);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    // Switch 1 (Space): key press → the frame that draws the moved highlight.
    const scan = [];
    for (let i = 0; i < 20; i++) {
      await page.evaluate(() => {
        window.__frame = window.__frameOf((el) => el.getAttribute?.('data-scan-focus') === 'true');
        window.__keyAt = new Promise((r) => addEventListener('keydown', (e) => r(e.timeStamp), { once: true, capture: true }));
      });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ' ', code: 'Space', windowsVirtualKeyCode: 32, text: ' ' });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ' ', code: 'Space', windowsVirtualKeyCode: 32 });
      scan.push(await page.evaluate(async () => (await window.__frame) - (await window.__keyAt)));
      await page.waitForTimeout(250);
    }
    // Dwell: the pointer comes to rest on a colour → dwell time elapsed → the frame showing it chosen.
    const dwell = [];
    for (const colour of ['blue', 'green', 'yellow', 'purple', 'orange', 'pink', 'brown', 'black', 'sky', 'red']) {
      const box = await page.getByTestId(`color-${colour}`).boundingBox();
      if (!box) continue;
      await page.evaluate((id) => {
        window.__frame = window.__frameOf((el) => el.dataset?.testid === id && el.getAttribute('aria-pressed') === 'true');
        window.__restAt = new Promise((r) => addEventListener('pointermove', (e) => r(e.timeStamp), { once: true, capture: true }));
      }, `color-${colour}`);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      dwell.push(await page.evaluate(async (dwellMs) => (await window.__frame) - (await window.__restAt) - dwellMs, DWELL_MS));
      // Off the colours, so the next one starts a fresh rest.
      await page.mouse.move(10, 10);
      await page.waitForTimeout(200);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { slowdown: SLOWDOWN, dwellMs: DWELL_MS, scanStep: { ...summary(scan, 1), p95: +percentile(scan, 0.95).toFixed(1) }, dwell: { ...summary(dwell, 1), p95: +percentile(dwell, 0.95).toFixed(1) } };
  } finally {
    await context.close();
  }
}

/** The drawing screen's controls issue 23 counted, in its order, each from where the last left the highlight. */
const ISSUE_SEQUENCE = ['tool-marker', 'color-red', 'size-large', 'tool-fill', 'color-blue', 'tool-eraser', 'size-small', 'color-black'];

/**
 * Two switches, real Space and Enter presses: how many it takes to reach each control of the
 * drawing screen from where the scan rests and from the picture's crosshair, on a landscape and
 * a portrait tablet; and issue 23's sequence of eight controls.
 */
export async function measureScanPresses(browser, url) {
  const rows = [];
  for (const viewport of [{ width: 1180, height: 820 }, { width: 820, height: 1180 }]) {
    const context = await newTablet(browser, { viewport });
    try {
      const page = await context.newPage();
      await openWithDefaultProfile(page, url, false);
      const openDrawing = async () => {
        await page.goto(url);
        await page.getByTestId('start-blank').or(page.getByTestId('canvas')).first().waitFor();
        if (await page.getByTestId('canvas').isVisible()) await page.getByTestId('home').tap();
        await page.getByTestId('start-blank').tap();
        await page.locator('[data-testid="canvas"] canvas').first().waitFor();
      };
      const { controls, fromStart, fromCrosshair } = await pressesToEveryControl(page, openDrawing);
      await openDrawing();
      const sequence = [];
      for (const id of ISSUE_SEQUENCE) sequence.push(await scanTo(page, id));
      rows.push({
        viewport: `${viewport.width}×${viewport.height}`,
        controls: controls.length,
        fromStart: medianAndMax(Object.values(fromStart)),
        fromCrosshair: medianAndMax(Object.values(fromCrosshair)),
        all: medianAndMax([...Object.values(fromStart), ...Object.values(fromCrosshair)]),
        sequence,
        perControl: { fromStart, fromCrosshair },
      });
    } finally {
      await context.close();
    }
  }
  return rows;
}
