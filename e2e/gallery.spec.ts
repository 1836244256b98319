import { readFileSync } from 'node:fs';
import { paperPoint, pictureDigest, settle } from './support/canvas';
import { expect, test, waitForCanvas } from './support/fixtures';

async function drawAndLeave(page: import('@playwright/test').Page, touch: import('./support/touch').Touchscreen, how: 'blank' | 'firefighter', colour: string) {
  await page.goto('/');
  if (how === 'blank') await page.getByTestId('start-blank').tap();
  else {
    await page.getByTestId('start-colouring').tap();
    await page.getByTestId(`page-${how}`).tap();
  }
  await waitForCanvas(page);
  await page.getByTestId(`color-${colour}`).tap();
  await page.getByTestId('size-large').tap();
  await page.getByTestId('tool-marker').tap();
  await touch.stroke([await paperPoint(page, 0.1, 0.05), await paperPoint(page, 0.9, 0.05)], 8);
  await settle(page);
  const digest = await pictureDigest(page);
  await page.getByTestId('done').tap();
  await expect(page.getByTestId('start-blank')).toBeVisible({ timeout: 10_000 });
  return digest;
}

test('pictures appear newest first with thumbnails; reopening shows the same pixels and drawing goes on', async ({ page, touch }) => {
  const first = await drawAndLeave(page, touch, 'blank', 'blue');
  await drawAndLeave(page, touch, 'firefighter', 'red');
  await page.getByTestId('open-gallery').tap();
  const items = page.getByTestId('artwork');
  await expect(items).toHaveCount(2);
  // Newest first, each with a loaded thumbnail.
  for (let i = 0; i < 2; i++) {
    await expect(items.nth(i).locator('img')).toBeVisible();
    await expect.poll(() => items.nth(i).locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth >= 400)).toBe(true);
  }
  const firstId = await items.nth(1).getAttribute('data-artwork-id');
  await items.nth(1).tap();
  await waitForCanvas(page);
  await expect.poll(async () => (await pictureDigest(page)).hash).toBe(first.hash);
  await expect(page.getByTestId('undo')).toBeDisabled();
  await touch.stroke([await paperPoint(page, 0.1, 0.5), await paperPoint(page, 0.9, 0.5)], 6);
  await settle(page);
  expect((await pictureDigest(page)).hash).not.toBe(first.hash);
  await page.getByTestId('home').tap();
  await page.getByTestId('open-gallery').tap();
  // The picture we continued is now the newest.
  await expect(page.getByTestId('artwork').first()).toHaveAttribute('data-artwork-id', firstId!);
});

test('download gives a full-size PNG with a helpful name', async ({ page, touch }) => {
  await drawAndLeave(page, touch, 'firefighter', 'green');
  await page.getByTestId('open-gallery').tap();
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('download').tap();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^picture-firefighter-\d{4}-\d{2}-\d{2}-\d{4}\.png$/);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  // IHDR width and height.
  expect(bytes.readUInt32BE(16)).toBe(2400);
  expect(bytes.readUInt32BE(20)).toBe(1697);
});

test.describe('when the print sheets cannot load', () => {
  // Offline, with no copy of the sheets' code in the tablet's app (no service worker here).
  test.use({ serviceWorkers: 'block', expectedConsoleErrors: [/^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/] });

  test('the adult is told why nothing printed, and the next press prints at once once the code is back', async ({ page, touch }) => {
    let sheetsReachable = false;
    await page.route(/\/assets\/PrintSheets-[^/]*\.js$/, (route) => (sheetsReachable ? route.continue() : route.abort('internetdisconnected')));
    await page.addInitScript(() => {
      const w = window as unknown as { __prints: number };
      w.__prints = 0;
      window.print = () => void w.__prints++;
    });
    await drawAndLeave(page, touch, 'blank', 'green');
    await page.getByTestId('open-gallery').tap();
    await page.getByTestId('print').tap();
    await expect(page.getByRole('alert')).toContainText('Printing could not start');
    await expect(page.getByTestId('print-area')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __prints: number }).__prints)).toBe(0);
    // The code is reachable again: the press that failed did not start the 15-second cool-down.
    sheetsReachable = true;
    await page.getByTestId('print').tap();
    await expect(page.getByTestId('print-area')).toHaveAttribute('data-print-ready', 'true', { timeout: 15_000 });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __prints: number }).__prints)).toBe(1);
    await expect(page.getByRole('alert')).not.toContainText('Printing could not start');
  });
});

test('share falls back to a download where the device cannot share files', async ({ page, touch }) => {
  await drawAndLeave(page, touch, 'blank', 'purple');
  await page.getByTestId('open-gallery').tap();
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('share').tap();
  expect((await downloadPromise).suggestedFilename()).toMatch(/^picture-drawing-.*\.png$/);
});

test('print makes one A4-landscape sheet with the picture at print resolution and the caption; presses are cooled down', async ({ page, touch }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __prints: number; __atPrint: unknown };
    w.__prints = 0;
    // What Safari needs (its print() of frames and of lazy or undecoded images is unreliable):
    // the top-level document prints, every picture on the sheet already decoded.
    window.print = function (this: Window) {
      w.__prints++;
      const images = Array.from(document.querySelectorAll<HTMLImageElement>('.print-area img'));
      w.__atPrint = {
        topLevel: this === window.top && window.top === window,
        frames: document.querySelectorAll('iframe').length,
        images: images.length,
        decoded: images.every((img) => img.complete && img.naturalWidth > 0 && img.loading !== 'lazy'),
      };
    };
  });
  await drawAndLeave(page, touch, 'firefighter', 'orange');
  await page.getByTestId('open-gallery').tap();
  for (let i = 0; i < 5; i++) await page.getByTestId('print').tap();
  await expect(page.getByTestId('print-area')).toHaveAttribute('data-print-ready', 'true', { timeout: 15_000 });
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as { __prints: number }).__prints)).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { __atPrint: unknown }).__atPrint)).toEqual({ topLevel: true, frames: 0, images: 1, decoded: true });
  const sheet = page.locator('.print-page');
  await expect(sheet).toHaveCount(1);
  expect(await sheet.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThanOrEqual(2400);
  await expect(sheet).toContainText('The Enchanting World of Art');
  await expect(sheet).toContainText('Firefighter');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('artwork')).toBeHidden();
  await expect(sheet).toBeVisible();
  // The picture prints at ≥ 200 dpi: its printed width in CSS px (96 per inch) vs its pixels.
  const printedInches = await sheet.locator('img').evaluate((img: HTMLImageElement) => img.getBoundingClientRect().width / 96);
  expect(2400 / printedInches).toBeGreaterThanOrEqual(200);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const text = pdf.toString('latin1');
  expect(text.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  expect(Number(box?.[1])).toBeGreaterThan(Number(box?.[2])); // landscape
  expect(Math.round(Number(box?.[1]))).toBe(842); // A4: 297 mm = 842 pt
});
