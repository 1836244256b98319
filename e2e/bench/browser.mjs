// The tablet every bench page runs on: a 1180×820 touch screen at device pixel ratio 2 (what the
// outside harness used), in the same Chromium and flags as the e2e suite.
import { chromium } from '@playwright/test';
import { findChromium } from '../run-e2e.mjs';

export const DEVICE = { viewport: { width: 1180, height: 820 }, deviceScaleFactor: 2, hasTouch: true };

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

function executablePath() {
  const path = findChromium();
  if (!path) throw new Error('No Chromium: see e2e/run-e2e.mjs for how to install one.');
  return path;
}

export function launchBrowser() {
  return chromium.launch({ executablePath: executablePath(), args: ARGS });
}

/** A fresh browser context (its own storage, cache and service workers) shaped like the tablet. */
export function newTablet(browser, options = {}) {
  return browser.newContext({ ...DEVICE, ...options });
}

/** A whole browser on its own profile directory: a first visit when the directory is new. */
export function launchProfile(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, { executablePath: executablePath(), args: ARGS, ...DEVICE });
}

/** One CDP touch event; `points` are [x, y] in CSS pixels (an empty list lifts the finger). */
export function touch(cdp, type, points) {
  return cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y]) => ({ x, y, id: 1, radiusX: 6, radiusY: 6, force: 0.5 })) });
}

export async function tapAt(cdp, x, y) {
  await touch(cdp, 'touchStart', [[x, y]]);
  await touch(cdp, 'touchEnd', []);
}

/** The paper (A4 landscape, fitted) inside the canvas element, in CSS pixels. */
export async function paperBox(page) {
  const b = await page.getByTestId('canvas').boundingBox();
  const ratio = 2400 / 1697;
  const width = Math.min(b.width, b.height * ratio);
  const height = width / ratio;
  return { x: b.x + (b.width - width) / 2, y: b.y + (b.height - height) / 2, width, height };
}

export const twoFrames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
