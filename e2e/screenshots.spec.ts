import type { Page } from '@playwright/test';
import { paperPoint, settle } from './support/canvas';
import { expect, openBlankPicture, test, waitForCanvas } from './support/fixtures';
import { putRecord } from './support/idb';

// Refreshes the README pictures: `UPDATE_SCREENSHOTS=1 npm run e2e -- screenshots.spec.ts`.
test.skip(!process.env.UPDATE_SCREENSHOTS, 'only when refreshing the README screenshots');

/** At CSS size (the suite runs at device pixel ratio 2), so the README's pictures stay small. */
function shoot(page: Page, name: string) {
  return page.screenshot({ path: `e2e/screenshots/${name}.png`, scale: 'css' });
}

test('README screenshots', async ({ page, touch }) => {
  await page.goto('/');
  await expect(page.getByTestId('start-blank')).toBeVisible();
  await shoot(page, 'home');
  await openBlankPicture(page);
  const strokes: [string, string, string, [number, number][]][] = [
    ['paint', 'sky', 'large', [[0.05, 0.12], [0.3, 0.08], [0.6, 0.12], [0.95, 0.08]]],
    ['marker', 'green', 'large', [[0.05, 0.85], [0.4, 0.8], [0.7, 0.86], [0.95, 0.82]]],
    ['crayon', 'brown', 'large', [[0.25, 0.8], [0.25, 0.45]]],
    ['paint', 'green', 'large', [[0.18, 0.45], [0.25, 0.32], [0.32, 0.45], [0.18, 0.45]]],
    ['crayon', 'yellow', 'large', [[0.78, 0.22], [0.82, 0.18], [0.86, 0.22], [0.82, 0.26], [0.78, 0.22]]],
    ['rainbow', 'red', 'large', [[0.4, 0.6], [0.55, 0.3], [0.7, 0.6]]],
    ['glitter', 'purple', 'large', [[0.45, 0.7], [0.6, 0.72], [0.75, 0.68]]],
  ];
  for (const [tool, colour, size, path] of strokes) {
    await page.getByTestId(`tool-${tool}`).tap();
    await page.getByTestId(`color-${colour}`).tap();
    await page.getByTestId(`size-${size}`).tap();
    const points = await Promise.all(path.map(([x, y]) => paperPoint(page, x, y)));
    await touch.stroke(points, 14);
  }
  await page.getByTestId('tool-crayon').tap();
  await page.getByTestId('color-orange').tap();
  await settle(page);
  await shoot(page, 'drawing');
  await page.getByTestId('done').tap();
  await expect(page.getByTestId('start-colouring')).toBeVisible({ timeout: 10_000 });

  // A colouring page: fills, a stroke that stays inside, a stamp.
  await page.getByTestId('start-colouring').tap();
  // The picker loads its code and its thumbnails: wait for every visible card's picture.
  await expect(page.getByTestId('page-doctor')).toBeVisible();
  await expect
    .poll(() => page.locator('[data-testid^="page-"] img').evaluateAll((imgs) => imgs.length > 0 && imgs.every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)))
    .toBe(true);
  await shoot(page, 'pages');
  await page.getByTestId('page-firefighter').tap();
  await waitForCanvas(page);
  await page.getByTestId('tool-fill').tap();
  for (const [colour, x, y] of [['sky', 0.5, 0.04], ['red', 0.08, 0.75], ['yellow', 0.52, 0.3], ['peach', 0.5, 0.42], ['green', 0.5, 0.97]] as const) {
    await page.getByTestId(`color-${colour}`).tap();
    const p = await paperPoint(page, x, y);
    await touch.tap(p.x, p.y);
  }
  await page.getByTestId('tool-crayon').tap();
  await page.getByTestId('color-orange').tap();
  await touch.stroke([await paperPoint(page, 0.45, 0.62), await paperPoint(page, 0.6, 0.66), await paperPoint(page, 0.47, 0.75)], 12);
  await settle(page);
  await shoot(page, 'colouring');
  await page.getByTestId('done').tap();
  await expect(page.getByTestId('open-gallery')).toBeVisible({ timeout: 10_000 });
  await page.getByTestId('open-gallery').tap();
  await expect(page.getByTestId('artwork')).toHaveCount(2);
  await expect
    .poll(() => page.locator('[data-testid="artwork"] img').evaluateAll((imgs) => imgs.length === 2 && imgs.every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)))
    .toBe(true);
  await shoot(page, 'gallery');
});

test('README screenshot: switch scanning on a colouring page', async ({ page }) => {
  // Guests on this tablet use two switches (the device default), as a therapist sets it for a session.
  await page.goto('/');
  await putRecord(page, 'ec-settings', 'settings', 'settings', {
    defaultAccess: { scan: 'two', scanStepMs: 1500, scanTick: false, dwell: false, dwellMs: 1200, tapToStart: false, buttonScale: 100, sees: null },
  });
  await page.reload();
  await page.getByTestId('start-colouring').tap();
  await page.getByTestId('page-doctor').tap();
  await waitForCanvas(page);
  const press = async (key: string) => {
    await page.keyboard.press(key);
    await page.waitForTimeout(170);
  };
  // Switch 1 steps through the groups to the picture (tools, top bar, picture), switch 2 chooses it.
  for (let i = 0; i < 3; i++) await press('Space');
  await expect(page.locator('[data-scan-focus="true"]')).toHaveAttribute('data-scan-group', 'canvas');
  await press('Enter');
  for (let i = 0; i < 9; i++) await press('Space');
  await press('Enter');
  for (let i = 0; i < 10; i++) await press('Space');
  await expect(page.getByTestId('scan-cursor')).toHaveAttribute('data-phase', 'column');
  await shoot(page, 'scanning');
});
