import type { Locator, Page } from '@playwright/test';
import { passGate } from './support/adult';
import { paperPoint } from './support/canvas';
import { expect, openBlankPicture, test, waitForCanvas, waitForSave } from './support/fixtures';
import { countRecords, putRecord } from './support/idb';

// What a new user tripped on, each first reproduced here from outside.

/** The share of a thumbnail's pixels that are not paper-white: 0 for a blank card. */
function inkedShare(img: Locator): Promise<number> {
  return img.evaluate(async (el: HTMLImageElement) => {
    await el.decode();
    const canvas = document.createElement('canvas');
    canvas.width = el.naturalWidth;
    canvas.height = el.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(el, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) inked++;
    return inked / (data.length / 4);
  });
}

async function idbDelete(page: Page, database: string, store: string, key: string) {
  await page.evaluate(
    ([db, name, k]) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(db!);
        req.onsuccess = () => {
          const tx = req.result.transaction(name!, 'readwrite');
          tx.objectStore(name!).delete(k!);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    [database, store, key] as const,
  );
}

async function drawBand(page: Page, touch: import('./support/touch').Touchscreen) {
  await page.getByTestId('size-large').tap();
  await touch.stroke([await paperPoint(page, 0.05, 0.5), await paperPoint(page, 0.95, 0.5)], 8);
  await touch.stroke([await paperPoint(page, 0.05, 0.6), await paperPoint(page, 0.95, 0.6)], 8);
}

test('a picture whose last visit ended in a reload gets a real thumbnail', async ({ page, touch }) => {
  await openBlankPicture(page);
  await drawBand(page, touch);
  await waitForSave(page);
  // iPads reload background tabs: the app comes back to the picture; the child then goes home.
  await page.reload();
  await waitForCanvas(page);
  await page.getByTestId('home').tap();
  await page.getByTestId('open-gallery').tap();
  const img = page.getByTestId('artwork').locator('img');
  await expect(img).toBeVisible();
  expect(await inkedShare(img)).toBeGreaterThan(0.02);
});

test('a listed picture with no thumbnail gets one made from the stored picture', async ({ page, touch }) => {
  await openBlankPicture(page);
  await drawBand(page, touch);
  await page.getByTestId('home').tap();
  await page.getByTestId('open-gallery').tap();
  const id = (await page.getByTestId('artwork').getAttribute('data-artwork-id'))!;
  await page.getByTestId('home').tap();
  // As a crash between the picture and its thumbnail would leave it.
  await idbDelete(page, 'ec-gallery', 'items', `thumb:${id}`);
  await page.reload();
  await page.getByTestId('open-gallery').tap();
  const img = page.getByTestId('artwork').locator('img');
  await expect(img).toBeVisible({ timeout: 15_000 });
  expect(await inkedShare(img)).toBeGreaterThan(0.02);
});

test('junk in the picture stores never appears as a phantom picture, and is set aside', async ({ page, touch }) => {
  await openBlankPicture(page);
  await drawBand(page, touch);
  await page.getByTestId('home').tap();
  await expect(page.getByTestId('start-blank')).toBeVisible();
  await putRecord(page, 'ec-artworks', 'artworks', 'junk-a', 'garbage');
  await putRecord(page, 'ec-artworks', 'artworks', 'junk-b', { id: 'junk-b' });
  await putRecord(page, 'ec-artworks', 'artworks', 7, { schemaVersion: 2, id: 7 });
  await putRecord(page, 'ec-artworks', 'artworks', 'junk-d', { schemaVersion: 2, id: 'junk-d', createdAt: 1, updatedAt: 1, opCount: 'many' });
  await putRecord(page, 'ec-gallery', 'items', 'item:junk-e', { id: 'junk-e', createdAt: 1, updatedAt: 1 });
  await page.reload();
  await page.getByTestId('open-gallery').tap();
  await expect(page.getByTestId('artwork')).toHaveCount(1);
  await expect(page.getByRole('alert')).toContainText('set aside');
  await page.waitForTimeout(500);
  await expect(page.getByTestId('artwork')).toHaveCount(1);
  expect(await countRecords(page, 'ec-quarantine', 'quarantine')).toBeGreaterThanOrEqual(4);
});

test('clearing the event title keeps it empty, with no false "damaged settings" notice', async ({ page }) => {
  await page.goto('/');
  await passGate(page);
  await page.getByTestId('event-title').fill('');
  await page.waitForTimeout(500);
  await page.reload();
  await expect(page.getByTestId('start-blank')).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByRole('alert')).toBeEmpty();
  await passGate(page);
  await expect(page.getByTestId('event-title')).toHaveValue('');
  expect(await countRecords(page, 'ec-quarantine', 'quarantine')).toBe(0);
});

test('renaming a child keeps a space typed key by key', async ({ page }) => {
  await page.goto('/');
  await passGate(page);
  await page.getByTestId('child-new-name').fill('Sara');
  await page.getByTestId('child-add').click();
  const field = page.locator('input[data-testid^="child-name-"]');
  await field.click();
  await field.press('End');
  for (const key of [' ', 'L', 'e', 'e']) await field.press(key === ' ' ? 'Space' : key);
  await expect(field).toHaveValue('Sara Lee');
  await page.getByTestId('home').tap();
  await page.getByTestId('start-blank').tap();
  await expect(page.getByTestId('who-is-drawing')).toContainText('Sara Lee');
  await page.reload();
  await page.getByTestId('start-blank').tap();
  await expect(page.getByTestId('who-is-drawing')).toContainText('Sara Lee');
});
