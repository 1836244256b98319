import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { paperPoint } from './support/canvas';
import { passGate } from './support/adult';
import { addChildren, chooseChild } from './support/children';
import { expect, test, waitForCanvas } from './support/fixtures';

async function drawAs(page: Page, touch: import('./support/touch').Touchscreen, childId: string) {
  await page.getByTestId('start-blank').tap();
  await expect(page.getByTestId('who-is-drawing')).toBeVisible();
  const audit = await new AxeBuilder({ page }).analyze();
  expect(audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await chooseChild(page, childId);
  await waitForCanvas(page);
  await touch.stroke([await paperPoint(page, 0.2, 0.5), await paperPoint(page, 0.8, 0.5)], 6);
  await page.getByTestId('done').tap();
  await page.getByTestId('feeling-skip').tap();
  await expect(page.getByTestId('start-blank')).toBeVisible({ timeout: 10_000 });
}

test('children find themselves by avatar; pictures are tagged and the gallery and the puzzle filter by child', async ({ page, touch }) => {
  const [aru, timur] = await addChildren(page, ['Әру', 'Timur']);
  await page.getByTestId('home').tap();
  await drawAs(page, touch, aru!);
  await drawAs(page, touch, timur!);
  await page.getByTestId('open-gallery').tap();
  await expect(page.getByTestId('artwork')).toHaveCount(2);
  await page.getByTestId(`gallery-filter-${aru}`).click();
  await expect(page.getByTestId('artwork')).toHaveCount(1);
  await expect(page.getByTestId('artwork')).toHaveAttribute('aria-label', /Әру/);
  await page.getByTestId('gallery-filter-all').click();
  await expect(page.getByTestId('artwork')).toHaveCount(2);
  // A child makes a puzzle of their own picture: their badge shows only theirs.
  await page.getByTestId('home').tap();
  await page.getByTestId('start-puzzle').tap();
  const own = page.locator('[data-testid^="puzzle-source-art-"]');
  await expect(own).toHaveCount(2);
  await page.getByTestId(`puzzle-filter-${timur}`).tap();
  await expect(page.getByTestId(`puzzle-filter-${timur}`)).toHaveAttribute('aria-pressed', 'true');
  await expect(own).toHaveCount(1);
  const timursPicture = await own.getAttribute('data-testid');
  await page.getByTestId(`puzzle-filter-${aru}`).tap();
  await expect(own).toHaveCount(1);
  expect(await own.getAttribute('data-testid')).not.toBe(timursPicture);
  await page.getByTestId('puzzle-filter-all').tap();
  await expect(own).toHaveCount(2);
});

test('left-handed mirrors the layout so the tools sit on the other side', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
  const rightHanded = (await page.getByTestId('tool-marker').boundingBox())!.x < (await page.getByTestId('color-red').boundingBox())!.x;
  expect(rightHanded).toBe(true);
  expect(await firstFocused(page, ['color-', 'tool-'])).toBe('tool-');
  await page.getByTestId('home').tap();
  await passGate(page);
  await page.getByTestId('left-handed').click();
  await expect(page.getByTestId('left-handed')).toHaveAttribute('aria-checked', 'true');
  await page.getByTestId('home').tap();
  await page.reload();
  await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
  expect((await page.getByTestId('tool-marker').boundingBox())!.x).toBeGreaterThan((await page.getByTestId('color-red').boundingBox())!.x);
  // Keyboard and switch users meet the controls in the order they see them: colours first now.
  expect(await firstFocused(page, ['color-', 'tool-'])).toBe('color-');
});

/** Tabs through the page and says which of the prefixes a focused control's test id starts with first. */
async function firstFocused(page: import('@playwright/test').Page, prefixes: string[]): Promise<string | null> {
  await page.locator('body').focus();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    const hit = prefixes.find((p) => id.startsWith(p));
    if (hit) return hit;
  }
  return null;
}

test('the end of a session wipes all pictures and names, only after two confirmations', async ({ page, touch }) => {
  const [child] = await addChildren(page, ['Dana']);
  await page.getByTestId('home').tap();
  await drawAs(page, touch, child!);
  await passGate(page);
  await page.getByTestId('wipe-all').click();
  await page.getByTestId('wipe-confirm-1').click();
  await page.getByTestId('home').tap();
  // Leaving half way cancels: the picture is still there.
  await page.getByTestId('open-gallery').tap();
  await expect(page.getByTestId('artwork')).toHaveCount(1);
  await page.getByTestId('home').tap();
  await passGate(page);
  await page.getByTestId('wipe-all').click();
  await page.getByTestId('wipe-confirm-1').click();
  await page.getByTestId('wipe-confirm-2').click();
  await expect(page.getByRole('status')).toContainText('removed');
  await page.getByTestId('home').tap();
  await page.getByTestId('open-gallery').tap();
  await expect(page.getByTestId('artwork')).toHaveCount(0);
  await page.getByTestId('home').tap();
  await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
});
