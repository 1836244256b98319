import type { Page } from '@playwright/test';
import { paperBox, pictureDigest, settle } from './support/canvas';
import { expect, test, waitForCanvas, waitForSave } from './support/fixtures';
import type { Touchscreen } from './support/touch';

/** mulberry32, so a failing run can be replayed from its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOOLS = ['marker', 'crayon', 'paint', 'rainbow', 'glitter', 'fill', 'stamp', 'eraser'];
const COLOURS = ['red', 'orange', 'yellow', 'lime', 'green', 'sky', 'blue', 'purple', 'pink', 'peach', 'brown', 'grey', 'black', 'white'];
const SIZES = ['small', 'medium', 'large'];
const STAMPS = ['rocket', 'cake', 'stethoscope', 'tractor', 'star', 'heart'];

/** Every control on screen by test id, with the centre a finger would tap. */
async function controlsOnScreen(page: Page): Promise<Map<string, { x: number; y: number }>> {
  const found = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-testid]')).flatMap((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.top > innerHeight) return [];
      return [[el.dataset.testid ?? '', r.x + r.width / 2, r.y + r.height / 2] as const];
    }),
  );
  return new Map(found.map(([id, x, y]) => [id, { x, y }]));
}

/** One random thing a child might do on whatever screen is showing: real touches only. */
async function act(touch: Touchscreen, controls: Map<string, { x: number; y: number }>, rnd: () => number, pick: <T>(list: readonly T[]) => T) {
  const tapOn = async (id: string) => {
    const at = controls.get(id);
    if (at) await touch.tap(at.x, at.y);
  };
  if (controls.has('clear-yes')) return tapOn(rnd() < 0.5 ? 'clear-yes' : 'clear-no');
  if (controls.has('stamp-tray-close')) return tapOn(rnd() < 0.8 ? `stamp-${pick(STAMPS)}` : 'stamp-tray-close');
  const canvas = controls.get('canvas');
  if (canvas) {
    const r = rnd();
    const at = () => ({ x: canvas.x + (rnd() - 0.5) * 800, y: canvas.y + (rnd() - 0.5) * 560 });
    if (r < 0.35) return touch.stroke([at(), at(), at()], 3);
    if (r < 0.45) {
      const p = at();
      return touch.tap(p.x, p.y);
    }
    if (r < 0.6) return tapOn(`tool-${pick(TOOLS)}`);
    if (r < 0.72) return tapOn(`color-${pick(COLOURS)}`);
    if (r < 0.77) return tapOn(`size-${pick(SIZES)}`);
    if (r < 0.87) return tapOn('undo');
    if (r < 0.93) return tapOn('redo');
    if (r < 0.95) return tapOn('clear');
    if (r < 0.975) return tapOn('home');
    return tapOn('done');
  }
  if (controls.has('start-blank')) return tapOn(pick(['start-blank', 'start-blank', 'start-colouring', 'open-gallery']));
  if (controls.has('page-doctor')) return tapOn(`page-${pick(['doctor', 'chef', 'pilot', 'farmer', 'dancer'])}`);
  if (controls.has('artwork')) return tapOn(rnd() < 0.7 ? 'artwork' : 'home');
  return tapOn('home');
}

test('a child pressing everything: 2,000 seeded random actions raise no error', async ({ page, touch }) => {
  test.setTimeout(480_000);
  const seed = Number(process.env.MONKEY_SEED ?? 20261125);
  const rnd = random(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  await page.goto('/');
  await page.getByTestId('start-blank').waitFor();
  // Uncaught page errors and console errors are what this test looks for (see the fixture).
  const started = Date.now();
  for (let i = 0; i < 2000; i++) {
    try {
      await act(touch, await controlsOnScreen(page), rnd, pick);
    } catch (error) {
      throw new Error(`action ${i} (seed ${seed}) failed: ${String(error)}`);
    }
  }
  await page.waitForTimeout(1500);
  console.info(`2,000 actions in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  // The page errors fixture fails the test on any uncaught error or console error.
});

test('100 steps undone give the starting page pixel for pixel; redone, the same picture; reloaded, the same', async ({ page, touch }) => {
  test.setTimeout(240_000);
  const rnd = random(7);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  await page.goto('/');
  await page.getByTestId('start-colouring').tap();
  await page.getByTestId('page-builder').tap();
  await waitForCanvas(page);
  await settle(page);
  const start = await pictureDigest(page);
  let steps = 0;
  while (steps < 100) {
    const r = rnd();
    const box = await paperBox(page);
    const at = () => ({ x: box.x + (0.02 + rnd() * 0.96) * box.width, y: box.y + (0.02 + rnd() * 0.96) * box.height });
    const before = await page.getByTestId('undo').isEnabled();
    if (r < 0.5) {
      await page.getByTestId(`tool-${pick(['marker', 'crayon', 'paint', 'rainbow', 'glitter', 'eraser'])}`).tap();
      await page.getByTestId(`color-${pick(COLOURS)}`).tap();
      await touch.stroke([at(), at(), at()], 3);
      steps++;
    } else if (r < 0.8) {
      await page.getByTestId('tool-fill').tap();
      await page.getByTestId(`color-${pick(COLOURS)}`).tap();
      const digest = (await pictureDigest(page)).hash;
      const p = at();
      await touch.tap(p.x, p.y);
      await settle(page);
      if ((await pictureDigest(page)).hash !== digest) steps++;
    } else if (r < 0.97) {
      await page.getByTestId('tool-stamp').tap();
      await page.getByTestId(`stamp-${pick(STAMPS)}`).tap();
      // The stamp's picture loads after the pick; a tap before it is there stamps nothing, so
      // count the step only when the picture changed (as for fills).
      const digest = (await pictureDigest(page)).hash;
      const p = at();
      await touch.tap(p.x, p.y);
      await settle(page);
      if ((await pictureDigest(page)).hash !== digest) steps++;
    } else if (before) {
      await page.getByTestId('clear').tap();
      await page.getByTestId('clear-yes').tap();
      steps++;
    }
  }
  await settle(page);
  const end = await pictureDigest(page);
  // A fill that only changes pixels hidden under an outline is a step the digest cannot see:
  // undo and redo go on until their buttons say there is nothing left (a few more at most).
  const tapUntilDisabled = async (id: 'undo' | 'redo') => {
    let taps = 0;
    while ((await page.getByTestId(id).isEnabled()) && taps < 110) {
      await page.getByTestId(id).tap();
      taps++;
    }
    return taps;
  };
  for (let i = 0; i < 100; i++) await page.getByTestId('undo').tap();
  expect(await tapUntilDisabled('undo')).toBeLessThanOrEqual(5);
  await settle(page);
  expect((await pictureDigest(page)).hash).toBe(start.hash);
  await expect(page.getByTestId('undo')).toBeDisabled();
  expect(await tapUntilDisabled('redo')).toBeGreaterThanOrEqual(100);
  await settle(page);
  expect((await pictureDigest(page)).hash).toBe(end.hash);
  await waitForSave(page);
  await page.reload();
  await waitForCanvas(page);
  await expect.poll(async () => (await pictureDigest(page)).hash, { timeout: 20_000 }).toBe(end.hash);
});
