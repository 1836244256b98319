import { changeAsAdult, passGate } from './support/adult';
import { paperPoint, pixelAt } from './support/canvas';
import { expect, test, waitForCanvas } from './support/fixtures';

test('the therapist picks the session theme: the page picker, the home card and the puzzle pictures follow it; a mandala fills region by region', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('start-colouring').tap();
  await expect(page.getByTestId('page-doctor')).toBeVisible();
  await expect(page.locator('[data-testid^="page-mandala-"]')).toHaveCount(0);
  await page.getByTestId('home').tap();

  await passGate(page);
  await expect(page.getByTestId('theme-professions')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('theme-mandalas').click();
  await expect(page.getByTestId('theme-mandalas')).toHaveAttribute('aria-pressed', 'true');
  // The per-page switches stay, within the chosen theme.
  await expect(page.locator('[data-testid^="theme-page-"]')).toHaveCount(10);
  await page.getByTestId('theme-page-mandala-8').click();
  await page.getByTestId('home').tap();

  await expect(page.getByTestId('start-colouring').locator('img')).toHaveAttribute('src', '/pages/mandala-1.thumb.png');
  await page.getByTestId('start-colouring').tap();
  await expect(page.locator('[data-testid^="page-"]')).toHaveCount(9);
  await expect(page.getByTestId('page-doctor')).toHaveCount(0);
  await page.getByTestId('page-mandala-1').tap();
  await waitForCanvas(page);
  await page.getByTestId('tool-fill').tap();
  await page.getByTestId('color-blue').tap();
  // The centre disc of the mandala fills; the petal above it, another region, stays white.
  const centre = await paperPoint(page, 0.5, 0.5);
  await page.touchscreen.tap(centre.x, centre.y);
  await expect.poll(async () => (await pixelAt(page, centre)).slice(0, 3)).toEqual([30, 79, 216]);
  expect((await pixelAt(page, await paperPoint(page, 0.5, 0.28))).slice(0, 3)).toEqual([255, 255, 255]);

  await page.getByTestId('home').tap();
  await page.getByTestId('start-puzzle').tap();
  await expect(page.getByTestId('puzzle-source-mandala-1')).toBeVisible();
  await expect(page.getByTestId('puzzle-source-doctor')).toHaveCount(0);

  // The third theme: nature and animals (the horse, the camel and the eagle of the steppe among them).
  await changeAsAdult(page, 'theme-animals');
  await page.getByTestId('start-colouring').tap();
  for (const id of ['horse', 'camel', 'eagle']) await expect(page.getByTestId(`page-${id}`)).toBeVisible();
  expect(await page.locator('[data-testid^="page-"]').count()).toBeGreaterThanOrEqual(10);
  await expect(page.getByTestId('page-doctor')).toHaveCount(0);
  await expect(page.getByTestId('page-horse')).toHaveAccessibleName(/Horse/);
  // The stamp tray opens on the nature stamps in this theme (on a profession's page, on its own).
  await page.getByTestId('page-horse').tap();
  await waitForCanvas(page);
  await page.getByTestId('tool-stamp').tap();
  await expect(page.locator('.stamp-tray__group').first()).toHaveAttribute('data-scan-group', 'nature');
});
