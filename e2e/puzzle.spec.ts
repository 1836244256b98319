import type { Page } from '@playwright/test';
import { changeAsAdult, passGate } from './support/adult';
import { expect, test } from './support/fixtures';
import { putRecord } from './support/idb';
import { scanTo as scanToControl } from './support/scanPresses.mjs';
import { pdfText } from './support/pdf';

test('a 4-piece puzzle solved by taps: a wrong place floats the piece back, right places lock, then a calm "done"', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('start-puzzle').tap();
  await expect(page.getByTestId('puzzle-picker')).toBeVisible();
  await expect(page.getByTestId('puzzle-pieces-4')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('puzzle-pieces-2')).toHaveAccessibleName('2 pieces');
  await page.getByTestId('puzzle-source-firefighter').tap();
  const screen = page.getByTestId('puzzle-screen');
  await expect(screen).toBeVisible();
  await expect(page.locator('[data-testid^="puzzle-piece-"]')).toHaveCount(4);
  // Each piece shows its own part of the picture, and the places wait for a piece.
  await expect(page.getByTestId('puzzle-piece-0').locator('.puzzle-piece__picture')).toHaveCSS('background-position', '0% 0%');
  await expect(page.getByTestId('puzzle-piece-3').locator('.puzzle-piece__picture')).toHaveCSS('background-position', '100% 100%');
  await expect(page.getByTestId('puzzle-slot-0')).toBeDisabled();

  // A wrong place: the piece goes back to the tray, the place stays empty, nothing is counted.
  await page.getByTestId('puzzle-piece-2').tap();
  await expect(page.getByTestId('puzzle-piece-2')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('puzzle-slot-1').tap();
  await expect(page.getByTestId('puzzle-piece-2')).toHaveClass(/puzzle-piece--returning/);
  await expect(page.getByTestId('puzzle-piece-2')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('puzzle-slot-1')).not.toHaveAttribute('data-placed', 'true');
  await expect(screen).toHaveAttribute('data-placed', '0');

  for (const k of [2, 0, 3, 1]) {
    await page.getByTestId(`puzzle-piece-${k}`).tap();
    await page.getByTestId(`puzzle-slot-${k}`).tap();
    await expect(page.getByTestId(`puzzle-slot-${k}`)).toHaveAttribute('data-placed', 'true');
    await expect(page.getByTestId(`puzzle-piece-${k}`)).toHaveCount(0);
  }
  await expect(page.getByTestId('puzzle-done')).toBeVisible();
  await expect(screen).toHaveAttribute('data-placed', '4');
  // The places together show the whole picture: each carries its part of it.
  const positions = await page.locator('[data-testid^="puzzle-slot-"]').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundPosition));
  expect(positions).toEqual(['0% 0%', '100% 0%', '0% 100%', '100% 100%']);
  await page.getByTestId('puzzle-again').tap();
  await expect(page.getByTestId('puzzle-picker')).toBeVisible();
});

test("a puzzle from the child's own picture, in the adult's default pieces; an adult can hide the puzzle card", async ({ page, touch }) => {
  await page.goto('/');
  await page.getByTestId('start-blank').tap();
  await page.locator('[data-testid="canvas"] canvas').first().waitFor();
  const box = (await page.locator('.paper').boundingBox())!;
  await touch.stroke([{ x: box.x + box.width * 0.1, y: box.y + box.height / 2 }, { x: box.x + box.width * 0.9, y: box.y + box.height / 2 }], 8);
  await page.getByTestId('done').tap();
  await expect(page.getByTestId('start-blank')).toBeVisible({ timeout: 10_000 });
  await passGate(page);
  await page.getByTestId('default-puzzle-pieces-9').click();
  await page.getByTestId('home').tap();
  await page.getByTestId('start-puzzle').tap();
  await expect(page.getByTestId('puzzle-pieces-9')).toHaveAttribute('aria-pressed', 'true');
  const own = page.locator('[data-testid^="puzzle-source-art-"]');
  await expect(own).toHaveCount(1);
  await own.tap();
  await expect(page.locator('[data-testid^="puzzle-piece-"]')).toHaveCount(9);
  await expect(page.getByTestId('puzzle-piece-0').locator('.puzzle-piece__picture')).toHaveCSS('background-image', /^url\("blob:/);

  await changeAsAdult(page, 'puzzle-card');
  await expect(page.getByTestId('start-blank')).toBeVisible();
  await expect(page.getByTestId('start-puzzle')).toHaveCount(0);
});

/** Two switches: Space steps until `target` (or a group or part holding it) is highlighted, Enter goes in or chooses; then `chosen` holds. */
async function scanTo(page: Page, target: string, chosen: () => Promise<boolean>) {
  await scanToControl(page, target);
  await expect.poll(chosen).toBe(true);
}

const visible = (page: Page, testId: string) => () => page.getByTestId(testId).isVisible();
const attribute = (page: Page, testId: string, name: string, value: string) => async () => (await page.getByTestId(testId).getAttribute(name)) === value;

test('two switches solve a 2-piece puzzle without a touch; the finished puzzle prints as a sheet to cut out', async ({ page }) => {
  await page.goto('/');
  await putRecord(page, 'ec-settings', 'settings', 'settings', { defaultAccess: { scan: 'two', scanStepMs: 1500, scanTick: false, dwell: false, dwellMs: 1200, tapToStart: false, buttonScale: 100 }, puzzlePieces: 2 });
  await page.reload();
  await page.addInitScript(() => (window.print = () => {}));
  await scanTo(page, 'start-puzzle', visible(page, 'puzzle-picker'));
  await expect(page.getByTestId('puzzle-pieces-2')).toHaveAttribute('aria-pressed', 'true');
  await scanTo(page, 'puzzle-source-doctor', visible(page, 'puzzle-screen'));
  await expect(page.getByTestId('puzzle-screen')).toBeVisible();
  for (const k of [0, 1]) {
    await scanTo(page, `puzzle-piece-${k}`, attribute(page, `puzzle-piece-${k}`, 'aria-pressed', 'true'));
    await scanTo(page, `puzzle-slot-${k}`, attribute(page, `puzzle-slot-${k}`, 'data-placed', 'true'));
  }
  await expect(page.getByTestId('puzzle-done')).toBeVisible();

  await page.evaluate(() => (window.print = () => {}));
  await page.getByTestId('puzzle-print').tap();
  await expect(page.getByTestId('print-area')).toHaveAttribute('data-print-ready', 'true', { timeout: 15_000 });
  const sheet = page.getByTestId('cutout-sheet');
  await expect(sheet.locator('.cutout__lines span')).toHaveCount(2);
  await page.emulateMedia({ media: 'print' });
  await expect(sheet).toBeVisible();
  const { pages, text } = await pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(pages).toEqual([{ width: 842, height: 595 }]);
  expect(text).toContain('Doctor');
});

test('dragging works too: a piece carried onto its place locks there, onto another place it goes back', async ({ page, touch }) => {
  await page.goto('/');
  await page.getByTestId('start-puzzle').tap();
  await page.getByTestId('puzzle-pieces-2').tap();
  await page.getByTestId('puzzle-source-chef').tap();
  const centre = async (testId: string) => {
    const b = (await page.getByTestId(testId).boundingBox())!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  await touch.stroke([await centre('puzzle-piece-1'), await centre('puzzle-slot-0')], 12);
  await expect(page.getByTestId('puzzle-piece-1')).toBeVisible();
  await expect(page.getByTestId('puzzle-slot-0')).not.toHaveAttribute('data-placed', 'true');
  await touch.stroke([await centre('puzzle-piece-1'), await centre('puzzle-slot-1')], 12);
  await expect(page.getByTestId('puzzle-slot-1')).toHaveAttribute('data-placed', 'true');
  await expect(page.getByTestId('puzzle-piece-1')).toHaveCount(0);
});
