import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { passGate } from './support/adult';
import { expect, test, waitForCanvas } from './support/fixtures';

const LANGUAGES = ['en', 'ru', 'kk'] as const;

async function setLanguage(page: Page, language: (typeof LANGUAGES)[number]) {
  await page.goto('/');
  await page.evaluate(
    (lang) =>
      new Promise<void>((resolve) => {
        const req = indexedDB.open('ec-settings');
        req.onupgradeneeded = () => req.result.createObjectStore('settings');
        req.onsuccess = () => {
          const tx = req.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ language: lang }, 'settings');
          tx.oncomplete = () => resolve();
        };
      }),
    language,
  );
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

async function audit(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).exclude('.print-area').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

for (const language of LANGUAGES) {
  test(`every screen passes axe in ${language}`, async ({ page, touch }) => {
    await setLanguage(page, language);
    await audit(page, 'home');
    await page.getByTestId('start-colouring').tap();
    await expect(page.getByTestId('page-doctor')).toBeVisible();
    await audit(page, 'pages');
    await page.getByTestId('page-doctor').tap();
    await waitForCanvas(page);
    await audit(page, 'drawing');
    await page.getByTestId('tool-stamp').tap();
    await audit(page, 'stamp tray');
    await page.getByTestId('stamp-tray-close').tap();
    await page.getByTestId('clear').tap();
    await audit(page, 'clear dialog');
    await page.getByTestId('clear-no').tap();
    const { paperPoint } = await import('./support/canvas');
    await touch.stroke([await paperPoint(page, 0.1, 0.05), await paperPoint(page, 0.9, 0.05)], 4);
    await page.getByTestId('home').tap();
    await page.getByTestId('open-gallery').tap();
    await expect(page.getByTestId('artwork')).toHaveCount(1);
    await audit(page, 'gallery');
    await page.getByTestId('home').tap();
    await page.getByTestId('adult-gate').tap();
    await audit(page, 'gate');
    await page.getByTestId('home').tap();
    await passGate(page);
    await audit(page, 'settings');
  });
}

/** Tabs through the screen and checks every enabled control gets focus with a ring of 3 px or more. */
async function expectTabReachesAll(page: Page) {
  const controls = await page.locator('button:not([disabled]), input:not([type="hidden"]):not([hidden])').evaluateAll((els) =>
    els.map((el, i) => el.getAttribute('data-testid') ?? `#${i}`),
  );
  const reached = new Set<string>();
  // Start from the top of the page, as a keyboard or switch user arriving on the screen does.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < controls.length + 5; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // A date field moves focus through its own parts; only judge an element that holds focus.
      if (!el || el === document.body || !el.matches(':focus')) return null;
      const style = getComputedStyle(el);
      return { id: el.dataset.testid ?? '', outline: parseFloat(style.outlineWidth) || 0, outlineStyle: style.outlineStyle };
    });
    if (focused?.id) {
      reached.add(focused.id);
      expect(focused.outline, `focus ring on ${focused.id}`).toBeGreaterThanOrEqual(3);
      expect(focused.outlineStyle, `focus ring style on ${focused.id}`).not.toBe('none');
    }
  }
  for (const id of controls.filter((c) => !c.startsWith('#'))) expect(reached.has(id), `Tab reaches ${id}`).toBe(true);
}

test('Tab reaches every control on home, drawing and settings screens, with a visible focus ring; Enter and Space activate', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('start-blank')).toBeVisible();
  await expectTabReachesAll(page);
  await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
  await expectTabReachesAll(page);
  await page.getByTestId('tool-crayon').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tool-crayon')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('color-green').focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('color-green')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('home').tap();
  await passGate(page);
  await expectTabReachesAll(page);
});
