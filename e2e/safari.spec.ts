import type { Page } from '@playwright/test';
import { passGate } from './support/adult';
import { paperPoint } from './support/canvas';
import { expect, openBlankPicture, test } from './support/fixtures';

// What an iPad in a Safari tab needs, and browsers too old for the app. Chromium plays the iPad:
// Safari's user agent, iPadOS's desktop-class "MacIntel" with a touch screen, navigator.standalone.
const IPAD_SAFARI = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Safari/605.1.15';

async function actAsIpad(page: Page, standalone: boolean) {
  await page.addInitScript((asApp) => {
    Object.defineProperty(navigator, 'platform', { get: () => 'MacIntel' });
    Object.defineProperty(navigator, 'maxTouchPoints', { get: () => 5 });
    Object.defineProperty(navigator, 'standalone', { get: () => asApp });
  }, standalone);
}

async function drawAPicture(page: Page, touch: import('./support/touch').Touchscreen) {
  await openBlankPicture(page);
  await touch.stroke([await paperPoint(page, 0.2, 0.5), await paperPoint(page, 0.8, 0.5)], 6);
  await page.getByTestId('done').tap();
  await expect(page.getByTestId('start-blank')).toBeVisible({ timeout: 10_000 });
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test.describe('an iPad in a Safari tab', () => {
  test.use({ userAgent: IPAD_SAFARI });

  test("the adult gets a calm note with pictures of the Add to Home Screen steps, in three languages; the child's cards stay free", async ({ page }) => {
    await actAsIpad(page, false);
    await page.goto('/');
    const note = page.getByTestId('install-notice');
    await expect(note).toBeVisible();
    await expect(note).not.toHaveAttribute('role', 'dialog');
    await page.getByTestId('install-how').tap();
    await expect(note.locator('svg')).toHaveCount(3);
    await expect(note).toContainText('Add to Home Screen');
    for (const id of ['start-blank', 'start-colouring', 'open-gallery', 'adult-gate']) {
      const card = (await page.getByTestId(id).boundingBox())!;
      expect(overlaps(card, (await note.boundingBox())!), `${id} is not covered`).toBe(false);
      expect(card.y + card.height).toBeLessThanOrEqual(820);
    }
    // The child can still start a picture while the note is open.
    await page.getByTestId('start-blank').tap();
    await expect(page.getByTestId('canvas')).toBeVisible();
    await page.getByTestId('home').tap();
    // Russian and Kazakh.
    await passGate(page);
    await page.getByTestId('lang-ru').click();
    await page.getByTestId('home').tap();
    await expect(page.getByTestId('install-notice')).toContainText('Сохраните рисунки на этом iPad');
    await page.getByTestId('install-how').tap();
    await expect(page.getByTestId('install-notice')).toContainText('«На экран „Домой“»');
    await passGate(page);
    await page.getByTestId('lang-kk').click();
    await page.getByTestId('home').tap();
    await expect(page.getByTestId('install-notice')).toContainText('Суреттерді осы iPad-та сақтаңыз');
    await page.getByTestId('install-notice-close').tap();
    await expect(page.getByTestId('install-notice')).toHaveCount(0);
  });

  test('opened from the Home Screen, there is no such note', async ({ page }) => {
    await actAsIpad(page, true);
    await page.goto('/');
    await expect(page.getByTestId('start-blank')).toBeVisible();
    await page.waitForTimeout(300);
    await expect(page.getByTestId('install-notice')).toHaveCount(0);
  });
});

test('a desktop or Android browser gets no iPad note', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('start-blank')).toBeVisible();
  await page.waitForTimeout(300);
  await expect(page.getByTestId('install-notice')).toHaveCount(0);
});

test('the adult area tells whether storage is persistent and when the pictures were last saved to a file', async ({ page, touch }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.storage, 'persisted', { value: () => Promise.resolve(true) });
  });
  await drawAPicture(page, touch);
  await passGate(page);
  await expect(page.getByTestId('storage-status')).toContainText('kept safely');
  await expect(page.getByTestId('backup-age')).toContainText('never been saved to a file');
  await expect(page.getByTestId('backup-reminder')).toContainText('Not yet saved to a file: 1');
  const download = page.waitForEvent('download');
  await page.getByTestId('backup-now').click();
  expect((await download).suggestedFilename()).toMatch(/\.zip$/);
  await expect(page.getByTestId('backup-age')).toContainText(/last saved to a file: (now|this minute|\d+ seconds? ago)/);
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
});

test('after a session with pictures not saved to a file, the next start reminds the adult', async ({ page, touch }) => {
  await drawAPicture(page, touch);
  // Pictures of this very session are not an earlier session's: no note yet.
  await page.waitForTimeout(2000);
  await expect(page.getByTestId('backup-nudge')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('backup-nudge')).toBeVisible({ timeout: 5000 });
  // Saved to a file: the note does not come back.
  await passGate(page);
  const download = page.waitForEvent('download');
  await page.getByTestId('export-zip').click();
  await download;
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('start-blank')).toBeVisible();
  await page.waitForTimeout(2500);
  await expect(page.getByTestId('backup-nudge')).toHaveCount(0);
});

for (const [missing, remove] of [
  ['structuredClone (Safari before 15.4)', () => delete (window as { structuredClone?: unknown }).structuredClone],
  ['IndexedDB altogether', () => delete (window as { IDBFactory?: unknown }).IDBFactory],
] as const) {
  test(`a browser without ${missing} gets a plain page in three languages, not a blank screen`, async ({ page }) => {
    await page.addInitScript(remove);
    await page.goto('/');
    const plain = page.locator('#unsupported');
    await expect(plain).toBeVisible();
    for (const lang of ['kk', 'ru', 'en']) await expect(plain.locator(`p[lang="${lang}"]`)).toContainText(/браузер|browser/);
    await expect(page.getByTestId('start-blank')).toHaveCount(0);
  });
}

test('a supported browser never shows the plain page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('start-blank')).toBeVisible();
  await expect(page.locator('#unsupported')).toBeHidden();
});
