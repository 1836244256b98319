import type { Page } from '@playwright/test';
import { paperPoint, pictureDigest, settle } from './support/canvas';
import { expect, openBlankPicture, test } from './support/fixtures';
import type { Touchscreen } from './support/touch';

// As on a tablet, the page's viewport meta counts (Chromium ignores it on a desktop page): what
// keeps a pinch from zooming a child's screen is the app itself, not a locked viewport.
test.use({ isMobile: true });

/** The page's pinch zoom (1: none). */
function zoom(page: Page): Promise<number> {
  return page.evaluate(() => window.visualViewport?.scale ?? 1);
}

/** Two fingers around `at`, spreading from 60 to 400 px apart: a pinch that zooms in. */
async function pinch(touch: Touchscreen, at: { x: number; y: number }) {
  const fingers = (apart: number) => [
    { x: at.x - apart / 2, y: at.y, id: 1 },
    { x: at.x + apart / 2, y: at.y, id: 2 },
  ];
  await touch.start(fingers(60));
  for (let apart = 80; apart <= 400; apart += 20) await touch.move(fingers(apart));
  await touch.end();
}

/** The centre of the element with the test id (or CSS selector). */
async function centreOf(page: Page, selector: string) {
  const box = (await page.locator(selector).first().boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test("the viewport lets a page zoom: the app decides where (not maximum-scale or user-scalable=no)", async ({ page }) => {
  await page.goto('/');
  const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
  expect(viewport).toContain('width=device-width');
  expect(viewport).not.toMatch(/user-scalable|maximum-scale/);
});

test('a two-finger pinch on the drawing screen draws nothing and zooms nothing', async ({ page, touch }) => {
  await openBlankPicture(page);
  const before = await pictureDigest(page);
  // On the page, where a finger draws, and on the controls around it.
  for (const at of [await paperPoint(page, 0.5, 0.5), await centreOf(page, '.rail--colours'), await centreOf(page, '.top-bar'), await centreOf(page, '.rail--tools')]) {
    await pinch(touch, at);
    await settle(page);
    expect(await zoom(page)).toBe(1);
  }
  expect((await pictureDigest(page)).hash).toBe(before.hash);
  await expect(page.getByTestId('undo')).toBeDisabled();
  // The home screen does not zoom either.
  await page.getByTestId('home').tap();
  await pinch(touch, await centreOf(page, '[data-testid="start-blank"]'));
  await settle(page);
  expect(await zoom(page)).toBe(1);
});

test("a pinch zooms the adult area; back on a child's screen the zoom is 1 again", async ({ page, touch }) => {
  await page.goto('/');
  await page.getByTestId('adult-gate').tap();
  const question = (await page.getByTestId('gate-question').textContent()) ?? '';
  await pinch(touch, await centreOf(page, '[data-testid="gate-question"]'));
  await expect.poll(() => zoom(page)).toBeGreaterThan(1.5);
  // Zoomed in, the adult answers (a click is what a key, a switch or a tap on a key sends).
  const [, a, op, b] = /(\d+)\s*([+×])\s*(\d+)/.exec(question)!;
  const answer = op === '+' ? Number(a) + Number(b) : Number(a) * Number(b);
  for (const digit of String(answer)) await page.getByTestId(`gate-key-${digit}`).dispatchEvent('click');
  await page.getByTestId('gate-submit').dispatchEvent('click');
  await expect(page.getByTestId('settings')).toBeVisible();
  expect(await zoom(page)).toBeGreaterThan(1.5);
  // Leaving for the children's screens brings the zoom back to 1, and there a pinch does nothing.
  await page.getByTestId('home').dispatchEvent('click');
  await expect(page.getByTestId('start-blank')).toBeVisible();
  await expect.poll(() => zoom(page)).toBe(1);
  await pinch(touch, await centreOf(page, '[data-testid="start-blank"]'));
  await settle(page);
  expect(await zoom(page)).toBe(1);
});
