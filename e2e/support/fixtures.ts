import { test as base, expect, type Page } from '@playwright/test';
import { Touchscreen } from './touch';

/**
 * Every test fails on an uncaught page error or a console error, except the browser's own console
 * lines that a test names as the fault it makes (e.g. a file it keeps from loading).
 */
export const test = base.extend<{ touch: Touchscreen; pageErrors: string[]; expectedConsoleErrors: RegExp[] }>({
  expectedConsoleErrors: [[], { option: true }],
  pageErrors: async ({ page, expectedConsoleErrors }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !expectedConsoleErrors.some((pattern) => pattern.test(m.text()))) errors.push(`console: ${m.text()}`);
    });
    await use(errors);
    expect(errors, 'page errors').toEqual([]);
  },
  touch: async ({ page, pageErrors }, use) => {
    void pageErrors;
    const touch = await Touchscreen.for(page);
    await use(touch);
  },
});

export { expect };

/** Opens the app on a fresh blank picture, ready for a finger. */
export async function openBlankPicture(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
}

export async function waitForCanvas(page: Page): Promise<void> {
  await page.locator('[data-testid="canvas"] canvas').first().waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
}

/** Waits for the autosave (debounced ~250 ms) to reach IndexedDB. */
export async function waitForSave(page: Page): Promise<void> {
  await page.waitForTimeout(1100);
}
