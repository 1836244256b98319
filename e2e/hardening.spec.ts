import { paperPoint, pictureDigest, settle } from './support/canvas';
import { expect, openBlankPicture, test, waitForCanvas } from './support/fixtures';

test('a renderer crash one second after the last stroke loses nothing', async ({ page, touch, context }) => {
  await openBlankPicture(page);
  for (let i = 0; i < 3; i++) await touch.stroke([await paperPoint(page, 0.1, 0.2 + i * 0.2), await paperPoint(page, 0.9, 0.25 + i * 0.2)], 6);
  await settle(page);
  const before = await pictureDigest(page);
  await page.waitForTimeout(1000);
  // Kill the renderer (chrome://crash crashes the tab's renderer process, as an out-of-memory kill
  // would). CDP Page.crash would be the same, but with Debian's Chromium here it takes the whole
  // browser connection down with the tab, so nothing could be reopened afterwards.
  const crashed = page.waitForEvent('crash', { timeout: 10_000 });
  await page.goto('chrome://crash').catch(() => {});
  await crashed;
  const again = await context.newPage();
  await again.goto('/');
  await waitForCanvas(again);
  await expect.poll(async () => (await pictureDigest(again)).hash).toBe(before.hash);
});

test('closing tabs before the first load finishes never overwrites stored work', async ({ page, touch, context }) => {
  await openBlankPicture(page);
  await touch.stroke([await paperPoint(page, 0.1, 0.5), await paperPoint(page, 0.9, 0.5)], 6);
  await settle(page);
  const before = await pictureDigest(page);
  await page.waitForTimeout(1200);
  await page.close();
  for (let i = 0; i < 4; i++) {
    const quick = await context.newPage();
    await quick.goto('/', { waitUntil: 'commit' });
    await quick.waitForTimeout(i * 40);
    await quick.close({ runBeforeUnload: true });
  }
  const again = await context.newPage();
  await again.goto('/');
  await waitForCanvas(again);
  await expect.poll(async () => (await pictureDigest(again)).hash).toBe(before.hash);
});

test('a full disk: the adult is told calmly, drawing goes on, and every stroke lands once space is back', async ({ page, touch }) => {
  // Playwright's off-the-record contexts ignore CDP quota overrides, so the disk fills up the way
  // the app sees it: every IndexedDB write fails with QuotaExceededError while __diskFull is set.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if ((window as unknown as { __diskFull?: boolean }).__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await openBlankPicture(page);
  await touch.stroke([await paperPoint(page, 0.1, 0.2), await paperPoint(page, 0.9, 0.2)], 6);
  await page.waitForTimeout(1200);
  await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = true));
  for (let i = 0; i < 3; i++) await touch.stroke([await paperPoint(page, 0.1, 0.4 + i * 0.15), await paperPoint(page, 0.9, 0.4 + i * 0.15)], 6);
  await settle(page);
  await expect(page.getByRole('alert')).toContainText('cannot be saved right now', { timeout: 10_000 });
  // The child keeps drawing.
  await touch.stroke([await paperPoint(page, 0.5, 0.1), await paperPoint(page, 0.5, 0.9)], 6);
  await settle(page);
  const drawn = await pictureDigest(page);
  // Leaving the picture: the notice stays on every screen while it is still not saved, and
  // opening it again gives it back to draw on (not read-only, not an older copy).
  await page.getByTestId('home').tap();
  await expect(page.getByTestId('start-blank')).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('alert')).toContainText('cannot be saved right now');
  await page.getByTestId('open-gallery').tap();
  await expect(page.getByRole('alert')).toContainText('cannot be saved right now');
  await page.getByTestId('artwork').first().tap();
  await waitForCanvas(page);
  await expect(page.getByTestId('read-only')).toHaveCount(0);
  await expect.poll(async () => (await pictureDigest(page)).hash).toBe(drawn.hash);
  await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = false));
  await expect(page.getByRole('alert')).toBeEmpty({ timeout: 20_000 });
  await page.reload();
  await waitForCanvas(page);
  await expect.poll(async () => (await pictureDigest(page)).hash).toBe(drawn.hash);
});

test('nothing leaves the device: no request outside the app, no CSP violation, in a full session', async ({ page, touch, baseURL }) => {
  const outside: string[] = [];
  const app = new URL('/', baseURL).href;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(app) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = violations;
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto('/');
  await page.getByTestId('start-colouring').tap();
  await page.getByTestId('page-chef').tap();
  await waitForCanvas(page);
  for (const tool of ['marker', 'crayon', 'paint', 'rainbow', 'glitter']) {
    await page.getByTestId(`tool-${tool}`).tap();
    await touch.stroke([await paperPoint(page, 0.1, 0.05), await paperPoint(page, 0.9, 0.07)], 4);
  }
  await page.getByTestId('tool-fill').tap();
  const sky = await paperPoint(page, 0.5, 0.03);
  await touch.tap(sky.x, sky.y);
  await page.getByTestId('tool-stamp').tap();
  await page.getByTestId('stamp-cake').tap();
  await touch.tap(sky.x, sky.y + 100);
  await page.getByTestId('done').tap();
  await page.getByTestId('open-gallery').tap();
  await expect(page.getByTestId('artwork')).toHaveCount(1);
  await page.waitForTimeout(500);
  expect(outside).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});

test('after one visit the app cold-starts with the network gone: pages, stamps and sounds included', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  const fresh = await context.newPage();
  await fresh.goto('/');
  await fresh.getByTestId('start-colouring').tap();
  await fresh.getByTestId('page-astronaut').tap();
  await waitForCanvas(fresh);
  await expect(fresh.locator('[data-testid="canvas"] canvas')).toHaveCount(3);
  await fresh.getByTestId('tool-stamp').tap();
  await expect.poll(() => fresh.getByTestId('stamp-rocket').locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const sprite = await fresh.evaluate(async () => (await fetch('/sounds/sprite.mp3')).status);
  expect(sprite).toBe(200);
  await context.setOffline(false);
});

test('the same picture open in two tabs is never silently overwritten; galleries refresh across tabs', async ({ page, touch, context }) => {
  test.setTimeout(120_000);
  await openBlankPicture(page);
  await touch.stroke([await paperPoint(page, 0.1, 0.3), await paperPoint(page, 0.9, 0.3)], 6);
  await page.waitForTimeout(1200);
  // A second tab restores the same picture: it is shown, read-only.
  const second = await context.newPage();
  await second.goto('/');
  await waitForCanvas(second);
  await expect(second.getByTestId('read-only')).toBeVisible();
  const shown = await pictureDigest(second);
  const { Touchscreen } = await import('./support/touch');
  const touch2 = await Touchscreen.for(second);
  await touch2.stroke([await paperPoint(second, 0.1, 0.7), await paperPoint(second, 0.9, 0.7)], 6);
  await settle(second);
  expect((await pictureDigest(second)).hash).toBe(shown.hash);
  // The first tab keeps drawing and saving; then leaves.
  await touch.stroke([await paperPoint(page, 0.5, 0.1), await paperPoint(page, 0.5, 0.9)], 6);
  await settle(page);
  const final = await pictureDigest(page);
  await page.getByTestId('home').tap();
  // The second tab's gallery shows a new picture from the first tab without a reload.
  await second.getByTestId('home').tap();
  await second.getByTestId('open-gallery').tap();
  await expect(second.getByTestId('artwork')).toHaveCount(1);
  await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
  await touch.stroke([await paperPoint(page, 0.2, 0.5), await paperPoint(page, 0.8, 0.5)], 6);
  await expect(second.getByTestId('artwork')).toHaveCount(2, { timeout: 5000 });
  await second.getByTestId('artwork').nth(1).tap();
  await waitForCanvas(second);
  await expect(second.getByTestId('read-only')).toHaveCount(0);
  await expect.poll(async () => (await pictureDigest(second)).hash).toBe(final.hash);
});
