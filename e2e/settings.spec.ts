import AxeBuilder from '@axe-core/playwright';
import { changeAsAdult, passGate } from './support/adult';
import { expect, test, waitForCanvas } from './support/fixtures';

test('the simple preset shows marker, fill, stamps and six colours, and no mirror; the adult can bring the mirror back', async ({ page }) => {
  await page.goto('/');
  await passGate(page);
  await page.getByTestId('simple-preset').click();
  await expect(page.getByTestId('visible-symmetry')).toHaveAttribute('aria-checked', 'false');
  await page.getByTestId('home').tap();
  await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
  await expect(page.locator('[data-testid^="tool-"]')).toHaveCount(3);
  for (const id of ['tool-marker', 'tool-fill', 'tool-stamp']) await expect(page.getByTestId(id)).toBeVisible();
  await expect(page.locator('[data-testid^="color-"]')).toHaveCount(6);
  await expect(page.getByTestId('tool-marker')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('symmetry')).toHaveCount(0);
  await changeAsAdult(page, 'visible-symmetry');
  await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
  await expect(page.getByTestId('symmetry')).toBeVisible();
});

test('adults choose the brush sizes children see and the event date on prints', async ({ page, touch }) => {
  await page.addInitScript(() => {
    window.print = () => {};
  });
  await page.goto('/');
  await passGate(page);
  await page.getByTestId('visible-size-small').click();
  await page.getByTestId('event-date').fill('2026-11-24');
  await page.getByTestId('home').tap();
  await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
  await expect(page.locator('[data-testid^="size-"]')).toHaveCount(2);
  await expect(page.getByTestId('size-small')).toHaveCount(0);
  const { paperPoint } = await import('./support/canvas');
  await touch.stroke([await paperPoint(page, 0.2, 0.5), await paperPoint(page, 0.8, 0.5)], 4);
  await page.getByTestId('home').tap();
  await page.getByTestId('open-gallery').tap();
  await page.getByTestId('print').tap();
  await expect(page.locator('.print-page')).toContainText('November 24, 2026');
});

test('high contrast meets 7:1 for text and strong borders', async ({ page }) => {
  await page.goto('/');
  await passGate(page);
  await page.getByTestId('high-contrast').click();
  await expect(page.locator('html')).toHaveClass(/high-contrast/);
  await page.getByTestId('home').tap();
  for (const screen of ['home', 'drawing']) {
    if (screen === 'drawing') {
      await page.getByTestId('start-blank').tap();
      await waitForCanvas(page);
    }
    const results = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
    expect(results.violations.map((v) => `${screen}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  const border = await page.getByTestId('tool-crayon').evaluate((el) => getComputedStyle(el).borderTopColor);
  expect(border).toBe('rgb(0, 0, 0)');
});

test('with reduced motion nothing animates (device setting or forced by an adult)', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
  await page.getByTestId('done').tap();
  const star = page.locator('.celebration__star').first();
  await expect(star).toBeVisible();
  expect(await star.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect(page.getByTestId('start-blank')).toBeVisible({ timeout: 10_000 });
  await passGate(page);
  await page.getByTestId('reduce-motion').click();
  await page.getByTestId('home').tap();
  await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
  await page.getByTestId('done').tap();
  await expect(star).toBeVisible();
  expect(await star.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});

test('spoken labels use a voice for the language, and stay silent without one', async ({ page }) => {
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { __spoken: string[] }).__spoken = spoken;
    const voices = [{ lang: 'en-GB', name: 'Test', default: true, localService: true, voiceURI: 'test' }];
    // A stand-in speech engine that records what it is asked to say.
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      voice: unknown = null;
      lang = '';
      rate = 1;
      constructor(public text: string) {}
    };
    Object.defineProperty(window, 'speechSynthesis', {
      value: { getVoices: () => voices, speak: (u: SpeechSynthesisUtterance) => spoken.push(u.text), cancel: () => {} },
    });
  });
  await page.goto('/');
  await passGate(page);
  await page.getByTestId('spoken-labels').click();
  await page.getByTestId('home').tap();
  await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
  await page.getByTestId('tool-crayon').tap();
  await page.getByTestId('color-green').tap();
  expect(await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)).toEqual(['Crayon', 'Green']);
  // Kazakh: the device has no Kazakh voice, so nothing is read in a wrong-language voice.
  await changeAsAdult(page, 'lang-kk');
  await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
  await page.getByTestId('tool-paint').tap();
  expect(await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)).toHaveLength(2);
});
