import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { paperPoint, pictureDigest, settle } from './support/canvas';
import { expect, test, waitForCanvas } from './support/fixtures';
import type { Touchscreen } from './support/touch';

// When the browser keeps nothing, pictures live in memory for the tab's life: the adult is told,
// and drawing, the gallery, the parent's download and printing all still work.

const NOTICE = 'not keeping pictures';

async function drawAndFinish(page: Page, touch: Touchscreen) {
  await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
  await touch.stroke([await paperPoint(page, 0.1, 0.5), await paperPoint(page, 0.9, 0.5)], 6);
  await settle(page);
  expect((await pictureDigest(page)).inked).toBeGreaterThan(1000);
  await page.getByTestId('done').tap();
  await expect(page.getByTestId('start-blank')).toBeVisible({ timeout: 10_000 });
  await page.getByTestId('open-gallery').tap();
  await expect(page.getByTestId('artwork')).toHaveCount(1);
}

test('without IndexedDB (private mode): a calm notice, and drawing, the gallery, download and print all work', async ({ page, touch }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    (window as unknown as { __prints: number }).__prints = 0;
    window.print = () => void (window as unknown as { __prints: number }).__prints++;
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(NOTICE);
  await drawAndFinish(page, touch);
  await expect.poll(() => page.getByTestId('artwork').locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  const downloading = page.waitForEvent('download');
  await page.getByTestId('download').tap();
  const bytes = readFileSync((await (await downloading).path())!);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2400, 1697]);

  await page.getByTestId('print').tap();
  await expect(page.getByTestId('print-area')).toHaveAttribute('data-print-ready', 'true', { timeout: 15_000 });
  await expect.poll(() => page.evaluate(() => (window as unknown as { __prints: number }).__prints)).toBe(1);
  // The notice stays: the adult must not think these pictures will be there tomorrow.
  await expect(page.getByRole('alert')).toContainText(NOTICE);
});

test('IndexedDB that never answers: after a few seconds the app starts in memory and the picture reaches the gallery', async ({ page, touch }) => {
  await page.addInitScript(() => {
    // Seen on iOS: open() returns a request that never fires success or error.
    IDBFactory.prototype.open = function () {
      return {} as IDBOpenDBRequest;
    };
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(NOTICE, { timeout: 15_000 });
  await drawAndFinish(page, touch);
});
