import { paperPoint, pictureDigest, settle } from './support/canvas';
import { expect, openBlankPicture, test, waitForCanvas, waitForSave } from './support/fixtures';

async function drawSomething(page: import('@playwright/test').Page, touch: import('./support/touch').Touchscreen) {
  const tools = ['marker', 'crayon', 'paint', 'rainbow', 'glitter'];
  for (const [i, tool] of tools.entries()) {
    await page.getByTestId(`tool-${tool}`).tap();
    await touch.stroke([await paperPoint(page, 0.1, 0.1 + i * 0.18), await paperPoint(page, 0.5, 0.2 + i * 0.15), await paperPoint(page, 0.9, 0.1 + i * 0.18)], 8);
  }
  await page.getByTestId('tool-eraser').tap();
  await touch.stroke([await paperPoint(page, 0.3, 0.05), await paperPoint(page, 0.3, 0.95)], 8);
  await settle(page);
}

test('a reload brings the child back to the same picture, every stroke in place', async ({ page, touch }) => {
  await openBlankPicture(page);
  await drawSomething(page, touch);
  const before = await pictureDigest(page);
  expect(before.inked).toBeGreaterThan(1000);
  await waitForSave(page);
  await page.reload();
  await waitForCanvas(page);
  await expect.poll(async () => (await pictureDigest(page)).hash).toBe(before.hash);
  // Drawing continues on the restored picture.
  await touch.stroke([await paperPoint(page, 0.2, 0.9), await paperPoint(page, 0.8, 0.9)], 6);
  await settle(page);
  expect((await pictureDigest(page)).hash).not.toBe(before.hash);
});

test('closing the tab right after drawing loses nothing (flushed on pagehide)', async ({ page, touch, context }) => {
  await openBlankPicture(page);
  await touch.stroke([await paperPoint(page, 0.1, 0.5), await paperPoint(page, 0.9, 0.5)], 6);
  await settle(page);
  const before = await pictureDigest(page);
  // Close at once: well inside the autosave debounce.
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto('/');
  await waitForCanvas(again);
  await expect.poll(async () => (await pictureDigest(again)).hash).toBe(before.hash);
});

test('many strokes with checkpoints reopen exactly', async ({ page, touch }) => {
  await openBlankPicture(page);
  for (let i = 0; i < 36; i++) {
    const y = 0.05 + (i % 18) * 0.05;
    const x = i < 18 ? 0.1 : 0.55;
    await touch.stroke([await paperPoint(page, x, y), await paperPoint(page, x + 0.35, y + 0.02)], 3);
  }
  await settle(page);
  const before = await pictureDigest(page);
  await waitForSave(page);
  await page.waitForTimeout(1000);
  const stored = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('ec-rasters');
        req.onsuccess = () => {
          const tx = req.result.transaction('rasters', 'readonly');
          const count = tx.objectStore('rasters').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  expect(stored).toBeGreaterThanOrEqual(1);
  await page.reload();
  await waitForCanvas(page);
  await expect.poll(async () => (await pictureDigest(page)).hash).toBe(before.hash);
});

test('done saves the picture, celebrates gently and returns home', async ({ page, touch }) => {
  await openBlankPicture(page);
  await touch.stroke([await paperPoint(page, 0.2, 0.3), await paperPoint(page, 0.8, 0.6)], 6);
  await page.getByTestId('done').tap();
  await expect(page.getByTestId('celebration')).toBeVisible();
  await expect(page.getByTestId('start-blank')).toBeVisible({ timeout: 5000 });
  await page.reload();
  await expect(page.getByTestId('start-blank')).toBeVisible();
  const count = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('ec-artworks');
        req.onsuccess = () => {
          const c = req.result.transaction('artworks', 'readonly').objectStore('artworks').count();
          c.onsuccess = () => resolve(c.result);
        };
      }),
  );
  expect(count).toBe(1);
});

test('nothing is written for a picture nobody drew on', async ({ page }) => {
  await openBlankPicture(page);
  await page.getByTestId('home').tap();
  await expect(page.getByTestId('start-blank')).toBeVisible();
  const count = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('ec-artworks');
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('artworks')) return resolve(0);
          const c = db.transaction('artworks', 'readonly').objectStore('artworks').count();
          c.onsuccess = () => resolve(c.result);
        };
      }),
  );
  expect(count).toBe(0);
});
