import { paperPoint, pictureDigest, settle } from './support/canvas';
import { countPictures, countRecords, putRecord } from './support/idb';
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
  expect(await countPictures(page)).toBe(1);
});

test('nothing is written for a picture nobody drew on', async ({ page }) => {
  await openBlankPicture(page);
  await page.getByTestId('home').tap();
  await expect(page.getByTestId('start-blank')).toBeVisible();
  const count = await countRecords(page, 'ec-artworks', 'artworks');
  expect(count).toBe(0);
});

test('a damaged stored picture is set aside, never crashes the app, and the adult is told calmly', async ({ page, touch }) => {
  await page.goto('/');
  await expect(page.getByTestId('start-blank')).toBeVisible();
  // Plant a broken record and point the session at it, as a crash mid-upgrade might leave things.
  await putRecord(page, 'ec-artworks', 'artworks', 'art-broken', { id: 'art-broken', createdAt: 'soon', ops: [{ kind: 'stroke', points: [NaN] }] });
  await putRecord(page, 'ec-settings', 'settings', 'session', { screen: 'draw', artworkId: 'art-broken' });
  await page.reload();
  await waitForCanvas(page);
  await expect(page.getByRole('alert')).toContainText('set aside');
  // Drawing works, and the broken bytes are kept in quarantine.
  await touch.stroke([await paperPoint(page, 0.2, 0.5), await paperPoint(page, 0.8, 0.5)], 6);
  await settle(page);
  expect((await pictureDigest(page)).inked).toBeGreaterThan(100);
  const quarantined = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve) => {
        const req = indexedDB.open('ec-quarantine');
        req.onsuccess = () => {
          const all = req.result.transaction('quarantine', 'readonly').objectStore('quarantine').getAll();
          all.onsuccess = () => resolve(all.result);
        };
      }),
  );
  expect(quarantined).toEqual([expect.objectContaining({ key: 'art-broken', value: expect.objectContaining({ createdAt: 'soon' }) })]);
});

test('junk settings and children are set aside, the adult is told, and the app starts as usual', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('start-blank')).toBeVisible();
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const req = indexedDB.open('ec-settings');
        req.onsuccess = () => {
          const tx = req.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ language: 'ru', volume: 'loud', visibleTools: 42 }, 'settings');
          tx.objectStore('settings').put([{ id: 'c1', name: 'Дана', avatar: 'fox', color: 'red' }, null], 'children');
          tx.oncomplete = () => resolve();
        };
      }),
  );
  await page.reload();
  // The good field (Russian) is kept; the adult reads why the rest is back to normal.
  await expect(page.getByRole('alert')).toContainText('настроек');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.getByTestId('start-blank').tap();
  await expect(page.getByTestId('who-c1')).toBeVisible();
  expect(await countRecords(page, 'ec-quarantine', 'quarantine')).toBe(2);
});

test('persistent storage is requested once, on the first save', async ({ page, touch }) => {
  await page.addInitScript(() => {
    const calls: number[] = [];
    (window as unknown as { __persistCalls: number[] }).__persistCalls = calls;
    const original = navigator.storage.persist.bind(navigator.storage);
    navigator.storage.persist = () => {
      calls.push(Date.now());
      return original();
    };
  });
  await openBlankPicture(page);
  const calls = () => page.evaluate(() => (window as unknown as { __persistCalls: number[] }).__persistCalls.length);
  expect(await calls()).toBe(0);
  await touch.stroke([await paperPoint(page, 0.2, 0.5), await paperPoint(page, 0.8, 0.5)], 4);
  await expect.poll(calls).toBe(1);
  await touch.stroke([await paperPoint(page, 0.2, 0.6), await paperPoint(page, 0.8, 0.6)], 4);
  await waitForSave(page);
  expect(await calls()).toBe(1);
});
