import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { paperPoint, pictureDigest, settle } from './support/canvas';
import { changeAsAdult, passGate } from './support/adult';
import { countPictures, countRecords } from './support/idb';
import { expect, test, waitForCanvas } from './support/fixtures';

async function drawPicture(page: Page, touch: import('./support/touch').Touchscreen, colour: string, pageId?: string) {
  await page.goto('/');
  if (pageId) {
    await page.getByTestId('start-colouring').tap();
    await page.getByTestId(`page-${pageId}`).tap();
  } else await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
  await page.getByTestId(`color-${colour}`).tap();
  await page.getByTestId('size-large').tap();
  await touch.stroke([await paperPoint(page, 0.1, 0.06), await paperPoint(page, 0.9, 0.1)], 8);
  await page.getByTestId('done').tap();
  await expect(page.getByTestId('start-blank')).toBeVisible({ timeout: 10_000 });
}

test.describe('the adult gate', () => {
  test('a tap or a wrong answer never opens settings; the right answer does', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('adult-gate').tap();
    await page.getByTestId('gate-submit').tap();
    await page.getByTestId('gate-key-5').tap();
    await page.getByTestId('gate-submit').tap();
    await expect(page.getByTestId('settings')).toHaveCount(0);
    await page.getByTestId('home').tap();
    // A wrong answer: the keypad rests, then a new question comes on the same screen.
    await passGate(page, false);
    const asked = await page.getByTestId('gate-question').textContent();
    await expect(page.getByTestId('gate-answer')).toContainText('Not quite');
    await expect(page.getByTestId('settings')).toHaveCount(0);
    await expect.poll(() => page.getByTestId('gate-question').textContent(), { timeout: 5000 }).not.toBe(asked);
    await page.getByTestId('home').tap();
    await passGate(page);
    await expect(page.getByTestId('settings')).toBeVisible();
  });
});

test('choosing pages leaves exactly those in the picker; language changes the home screen', async ({ page }) => {
  await page.goto('/');
  await passGate(page);
  for (const id of ['doctor', 'firefighter', 'chef']) await expect(page.getByTestId(`theme-page-${id}`)).toHaveAttribute('aria-checked', 'true');
  // Untick all but three.
  const switches = page.locator('[data-testid^="theme-page-"]');
  const count = await switches.count();
  for (let i = 0; i < count; i++) {
    const id = (await switches.nth(i).getAttribute('data-testid'))!.replace('theme-page-', '');
    if (!['doctor', 'pilot', 'dancer'].includes(id)) await switches.nth(i).click();
  }
  await page.getByTestId('lang-kk').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await page.getByTestId('home').tap();
  await expect(page.getByTestId('start-blank')).toHaveAttribute('aria-label', 'Жаңа сурет');
  await page.reload();
  await page.getByTestId('start-colouring').tap();
  await expect(page.locator('[data-testid^="page-"]')).toHaveCount(3);
  for (const id of ['doctor', 'pilot', 'dancer']) await expect(page.getByTestId(`page-${id}`)).toBeVisible();
});

test('blank colouring pages print from the adult area', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {};
  });
  await page.goto('/');
  await passGate(page);
  await page.getByTestId('print-page-farmer').click();
  await expect(page.getByTestId('print-area')).toHaveAttribute('data-print-ready', 'true', { timeout: 20_000 });
  await expect(page.locator('.print-page')).toHaveCount(1);
  await expect(page.locator('.print-page img')).toHaveAttribute('src', /farmer\.lineart\.png$/);
  await expect(page.locator('.print-page')).toContainText('Farmer');
});

test('print-all prints one page per picture', async ({ page, touch }) => {
  await page.addInitScript(() => {
    window.print = () => {};
  });
  await drawPicture(page, touch, 'blue');
  await drawPicture(page, touch, 'red', 'chef');
  await passGate(page);
  await page.getByTestId('print-all').click();
  await expect(page.getByTestId('print-area')).toHaveAttribute('data-print-ready', 'true', { timeout: 20_000 });
  await expect(page.locator('.print-page')).toHaveCount(2);
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(2);
});

test('ZIP export, wipe and import restore the same pictures; bad files change nothing', async ({ page, touch }) => {
  await drawPicture(page, touch, 'green', 'pilot');
  await drawPicture(page, touch, 'purple');
  await page.getByTestId('open-gallery').tap();
  const ids = await page.getByTestId('artwork').evaluateAll((els) => els.map((el) => el.getAttribute('data-artwork-id')));
  const digests: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    await page.getByTestId('artwork').nth(i).tap();
    await waitForCanvas(page);
    await settle(page);
    digests.push((await pictureDigest(page)).hash);
    await page.getByTestId('home').tap();
    await page.getByTestId('open-gallery').tap();
  }
  await page.getByTestId('home').tap();
  await passGate(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('export-zip').click();
  const zipPath = (await (await downloadPromise).path())!;
  const zip = readFileSync(zipPath);
  expect(zip.subarray(0, 2).toString()).toBe('PK');

  // Wipe every database, as a fresh tablet would be.
  await page.evaluate(async () => {
    for (const db of await indexedDB.databases()) if (db.name) indexedDB.deleteDatabase(db.name);
  });
  await page.goto('/');
  await page.getByTestId('open-gallery').tap();
  await expect(page.getByTestId('artwork')).toHaveCount(0);
  await page.getByTestId('home').tap();
  await passGate(page);

  // Bad files first: each is refused calmly and changes nothing.
  for (const [name, bytes] of [
    ['notes.zip', Buffer.from('just text')],
    ['half.zip', zip.subarray(0, Math.floor(zip.length / 2))],
  ] as const) {
    await page.getByTestId('import-zip-file').setInputFiles({ name, mimeType: 'application/zip', buffer: bytes });
    await expect(page.getByRole('status')).toContainText('Nothing was changed');
  }
  await page.getByTestId('import-zip-file').setInputFiles({ name: 'pictures.zip', mimeType: 'application/zip', buffer: zip });
  await expect(page.getByRole('status')).toContainText('Pictures added: 2');
  // Importing again recognises the duplicates.
  await page.getByTestId('import-zip-file').setInputFiles({ name: 'pictures.zip', mimeType: 'application/zip', buffer: zip });
  await expect(page.getByRole('status')).toContainText('Already here: 2');
  await page.getByTestId('home').tap();
  await page.getByTestId('open-gallery').tap();
  await expect(page.getByTestId('artwork')).toHaveCount(2);
  for (let i = 0; i < ids.length; i++) {
    await page.locator(`[data-testid="artwork"][data-artwork-id="${ids[i]}"]`).tap();
    await waitForCanvas(page);
    await expect.poll(async () => (await pictureDigest(page)).hash).toBe(digests[i]);
    await page.getByTestId('home').tap();
    await page.getByTestId('open-gallery').tap();
  }
});

test('deleting is for adults: a picture goes to the bin and can be restored', async ({ page, touch }) => {
  await drawPicture(page, touch, 'orange');
  await page.getByTestId('open-gallery').tap();
  const id = await page.getByTestId('artwork').first().getAttribute('data-artwork-id');
  await expect(page.locator('[data-testid^="delete-"]')).toHaveCount(0);
  await page.getByTestId('home').tap();
  await passGate(page);
  await page.getByTestId(`delete-${id}`).click();
  await expect(page.getByTestId(`restore-${id}`)).toBeVisible();
  await page.getByTestId('home').tap();
  await page.getByTestId('open-gallery').tap();
  await expect(page.getByTestId('artwork')).toHaveCount(0);
  await changeAsAdult(page, `restore-${id}`);
  await page.getByTestId('open-gallery').tap();
  await expect(page.getByTestId('artwork')).toHaveCount(1);
});

test('a nearly full device: the adult is told on the home screen and can empty the bin for good', async ({ page, touch }) => {
  await page.addInitScript(() => {
    // The browser reports 90 % of its quota used (a borrowed tablet with a full disk).
    navigator.storage.estimate = async () => ({ usage: 900_000_000, quota: 1_000_000_000 });
  });
  await drawPicture(page, touch, 'orange');
  await expect(page.getByRole('alert')).toContainText('almost out of room');
  await page.getByTestId('open-gallery').tap();
  const id = await page.getByTestId('artwork').first().getAttribute('data-artwork-id');
  await page.getByTestId('home').tap();
  await passGate(page);
  await page.getByTestId(`delete-${id}`).click();
  await page.getByTestId('empty-bin').click();
  // One press only asks; the picture is still there.
  expect(await countPictures(page)).toBe(1);
  await page.getByTestId('empty-bin-confirm').click();
  await expect(page.getByTestId(`restore-${id}`)).toHaveCount(0);
  await expect.poll(() => countRecords(page, 'ec-artworks', 'artworks')).toBe(0);
  await expect(page.getByTestId('empty-bin')).toHaveCount(0);
});
