import { createCanvas } from '@napi-rs/canvas';
import type { Page } from '@playwright/test';
import { passGate } from './support/adult';
import { paperPoint, pixelAt } from './support/canvas';
import { expect, test, waitForCanvas } from './support/fixtures';

// The therapist's own colouring page (issue 13): a photo or drawing traced on the tablet, in a
// worker, previewed, kept in IndexedDB, coloured like any page.

/** A drawing of a house as a phone photographs it: pencil on off-white paper. */
function houseDrawing(): Buffer {
  const canvas = createCanvas(1600, 1200);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f4f1ea';
  ctx.fillRect(0, 0, 1600, 1200);
  ctx.strokeStyle = '#333333';
  ctx.lineWidth = 7;
  ctx.strokeRect(400, 500, 800, 600); // walls
  ctx.beginPath();
  ctx.moveTo(350, 500);
  ctx.lineTo(800, 150);
  ctx.lineTo(1250, 500);
  ctx.closePath();
  ctx.stroke(); // roof
  ctx.strokeRect(480, 600, 200, 200); // left window
  ctx.strokeRect(920, 600, 200, 200); // right window
  ctx.strokeRect(720, 800, 160, 300); // door
  return canvas.toBuffer('image/jpeg');
}

/** Where a point of the 1600×1200 drawing lands on the page (fitted inside a 48 px margin), as fractions of the page. */
function onPage(x: number, y: number): [number, number] {
  const scale = Math.min((2400 - 96) / 1600, (1697 - 96) / 1200);
  return [((2400 - 1600 * scale) / 2 + x * scale) / 2400, ((1697 - 1200 * scale) / 2 + y * scale) / 1697];
}

async function importPicture(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('page-import').click();
  await (await chooser).setFiles(file);
}

const ownPages = (page: Page) => page.locator('[data-testid^="theme-page-custom-"]');

test('an imported drawing of a house becomes a colouring page that prints, whose windows fill separately; it stays after a reload', async ({ page }) => {
  test.setTimeout(180_000);
  await page.addInitScript(() => {
    window.print = () => {};
  });
  await page.goto('/');
  await passGate(page);
  await importPicture(page, { name: 'house.jpg', mimeType: 'image/jpeg', buffer: houseDrawing() });
  await expect(page.getByTestId('page-import-tracing')).toBeVisible();
  // The tablet stays usable while the worker traces: the adult area still answers.
  await page.getByTestId('theme-animals').click();
  await expect(page.getByTestId('theme-animals')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('page-import-preview')).toBeVisible({ timeout: 150_000 });
  const regions = Number(await page.getByTestId('page-import-preview').getAttribute('data-regions'));
  expect(regions).toBeGreaterThanOrEqual(6);
  await page.getByTestId('page-import-name').fill('Our house');
  await page.getByTestId('page-import-keep').click();
  await expect(ownPages(page)).toHaveCount(1);
  const pageId = (await ownPages(page).getAttribute('data-testid'))!.replace('theme-page-', '');
  // It prints like any page: the sheet shows its outlines, decoded, with its name.
  await page.getByTestId(`print-page-${pageId}`).click();
  await expect(page.getByTestId('print-area')).toHaveAttribute('data-print-ready', 'true', { timeout: 20_000 });
  await expect(page.locator('.print-page')).toContainText('Our house');
  expect(await page.locator('.print-page img').evaluate((img: HTMLImageElement) => [img.complete, img.naturalWidth, img.naturalHeight])).toEqual([true, 2400, 1697]);

  await page.reload();
  await page.getByTestId('start-colouring').tap();
  await expect(page.getByTestId(`page-${pageId}`)).toBeVisible();
  await expect(page.getByTestId(`page-${pageId}`)).toHaveAccessibleName(/Our house/);
  await page.getByTestId(`page-${pageId}`).tap();
  await waitForCanvas(page);
  await page.getByTestId('tool-fill').tap();
  await page.getByTestId('color-blue').tap();
  const at = async (x: number, y: number) => paperPoint(page, ...onPage(x, y));
  const leftWindow = await at(580, 700);
  await page.touchscreen.tap(leftWindow.x, leftWindow.y);
  await expect.poll(async () => (await pixelAt(page, leftWindow)).slice(0, 3)).toEqual([30, 79, 216]);
  // The other window, the wall around them and the roof stay paper.
  for (const [x, y] of [[1020, 700], [450, 1000], [800, 400]] as const) expect((await pixelAt(page, await at(x, y))).slice(0, 3)).toEqual([255, 255, 255]);

  // At the end of the session the adult may remove the page with the pictures (a photo may show a child).
  await page.getByTestId('home').tap();
  await passGate(page);
  await expect(ownPages(page)).toHaveCount(1);
  await expect(page.getByTestId('wipe-own-pages')).toHaveCount(0);
  await page.getByTestId('wipe-all').click();
  await expect(page.getByTestId('wipe-own-pages')).toHaveAttribute('aria-checked', 'false');
  await page.getByTestId('wipe-own-pages').click();
  await page.getByTestId('wipe-confirm-1').click();
  await page.getByTestId('wipe-confirm-2').click();
  await expect(ownPages(page)).toHaveCount(0);
  await page.reload();
  await page.getByTestId('start-colouring').tap();
  await expect(page.locator('[data-testid^="page-custom-"]')).toHaveCount(0);
});

test('a file that is not a picture, a huge photo and a photo of gravel each get a calm message; nothing is kept', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await passGate(page);
  const problem = page.getByTestId('page-import-problem');

  await importPicture(page, { name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('These are my notes, not a picture.') });
  await expect(problem).toContainText('not a photo or a picture');

  const huge = createCanvas(6000, 5000);
  huge.getContext('2d').fillRect(100, 100, 400, 400);
  await importPicture(page, { name: 'huge.png', mimeType: 'image/png', buffer: huge.toBuffer('image/png') });
  await expect(problem).toContainText('6000×5000, 30 MP');

  // A photo of gravel: stones of random colours, 8 px each.
  const gravel = createCanvas(1200, 900);
  const ctx = gravel.getContext('2d');
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 255;
  for (let y = 0; y < 900; y += 8) {
    for (let x = 0; x < 1200; x += 8) {
      ctx.fillStyle = `rgb(${next()}, ${next()}, ${next()})`;
      ctx.fillRect(x, y, 8, 8);
    }
  }
  await importPicture(page, { name: 'gravel.jpg', mimeType: 'image/jpeg', buffer: gravel.toBuffer('image/jpeg') });
  await expect(problem).toContainText('too many tiny details', { timeout: 60_000 });

  await expect(page.getByTestId('page-import-preview')).toHaveCount(0);
  await expect(ownPages(page)).toHaveCount(0);
  await page.reload();
  await page.getByTestId('start-colouring').tap();
  await expect(page.locator('[data-testid^="page-custom-"]')).toHaveCount(0);
});
