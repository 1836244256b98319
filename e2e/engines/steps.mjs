// What a child (or an adult) does, on any engine session: tap a control, draw across the paper,
// wait for a screen, read the picture. Everything waits with a deadline and says what it waited for.
import * as inPage from './inPage.mjs';

export class CheckFailure extends Error {
  name = 'CheckFailure';
}

export function assert(condition, message) {
  if (!condition) throw new CheckFailure(message);
}

/** Polls `probe` until `accept(value)` holds; fails with `what` and the last value seen. */
export async function waitUntil(probe, accept, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await probe();
    if (accept(last)) return last;
    if (Date.now() > deadline) throw new CheckFailure(`timed out after ${timeoutMs / 1000} s waiting for ${what} (last seen: ${JSON.stringify(last)})`);
    await sleep(100);
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Taps the nth control with this test id once it is visible, enabled, not covered and not moving
 * (thumbnails and screens settle in over a few frames; a finger aimed at a moving target misses).
 */
export async function tapControl(s, testId, { nth = 0, timeoutMs = 10_000 } = {}) {
  let stillSince = null;
  let previous = null;
  const state = await waitUntil(
    () => s.evaluate(inPage.controlState, testId, nth),
    (c) => {
      if (!previous || previous.x !== c.x || previous.y !== c.y) stillSince = Date.now();
      previous = c;
      return c.found && c.visible && c.onTop && !c.disabled && Date.now() - stillSince >= 250;
    },
    `"${testId}"${nth ? ` #${nth + 1}` : ''} to be tappable`,
    timeoutMs,
  );
  await s.tap(state.x, state.y);
  return state;
}

/** Waits until the page has loaded and fetched nothing new for half a second. */
export async function waitForQuiet(s) {
  let previous = null;
  let since = Date.now();
  await waitUntil(
    () => s.evaluate(inPage.loadProgress),
    (p) => {
      if (!previous || p.resources !== previous.resources) since = Date.now();
      previous = p;
      return p.complete && Date.now() - since >= 500;
    },
    'the page to finish loading',
  );
}

export function control(s, testId, nth = 0) {
  return s.evaluate(inPage.controlState, testId, nth);
}

export async function waitForControls(s, testIds, timeoutMs = 15_000) {
  await waitUntil(() => s.evaluate(inPage.visibleControls, testIds), (shown) => shown.length === testIds.length, `${testIds.join(', ')} on screen`, timeoutMs);
}

/** The app reopens the last screen on load: go home from wherever it put us. */
export async function toHome(s) {
  await s.goto('/');
  const shown = await waitUntil(() => s.evaluate(inPage.visibleControls, ['start-blank', 'home']), (v) => v.length > 0, 'the home screen or a picture', 20_000);
  if (!shown.includes('start-blank')) await tapControl(s, 'home');
  await waitForControls(s, ['start-blank', 'start-colouring', 'open-gallery']);
}

/** Waits until the drawing screen shows the paper with `layers` canvases and two frames have run. */
export async function waitForPaper(s, layers = 2, timeoutMs = 20_000) {
  const box = await waitUntil(() => s.evaluate(inPage.paperBox), (b) => b && b.width > 100 && b.layers >= layers, `the paper with ${layers} layer canvases`, timeoutMs);
  await s.evaluate(inPage.twoFrames);
  return box;
}

export async function startBlankPicture(s) {
  await toHome(s);
  await tapControl(s, 'start-blank');
  return waitForPaper(s);
}

/** A point at fractions (0..1) of the paper, in CSS px. */
export const at = (box, fx, fy) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });

/** A finger from `from` to `to` in `steps` moves. */
export async function drawLine(s, from, to, steps = 12) {
  const points = Array.from({ length: steps + 1 }, (_, i) => ({ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps }));
  await s.stroke(points);
  await s.evaluate(inPage.twoFrames);
}

export async function pixel(s, point) {
  const [px] = await s.evaluate(inPage.pixelsAt, [point]);
  return px;
}

export async function digest(s) {
  await s.evaluate(inPage.twoFrames);
  return s.evaluate(inPage.pictureDigest);
}

export function colourDistance(actual, expected) {
  return Math.max(...expected.map((c, i) => Math.abs(c - actual[i])));
}

export function assertColour(actual, expected, tolerance, where) {
  const d = colourDistance(actual, expected);
  assert(d <= tolerance, `${where}: pixel rgba(${actual.join(',')}) is not rgb(${expected.join(',')}) (off by ${d}, allowed ${tolerance})`);
}

/** Waits until the picture on screen has exactly this digest (undo, redo and loading are async). */
export async function waitForDigest(s, expected, what, timeoutMs = 10_000) {
  await waitUntil(() => digest(s), (d) => d.hash === expected.hash, what, timeoutMs);
}

/** Done, the celebration, and back on the home screen. */
export async function finishPicture(s) {
  await tapControl(s, 'done');
  await waitForControls(s, ['start-blank', 'open-gallery'], 15_000);
}
