import { expect, type Page } from '@playwright/test';
import { passGate } from './adult';

/**
 * "Who is drawing?" then the feelings check-in that follows it once children are set up (on by
 * default): the child taps their avatar, then a face (or skip).
 */
export async function chooseChild(page: Page, who: string, feeling = 'skip') {
  await page.getByTestId(`who-${who}`).tap();
  await page.getByTestId('feelings-before').waitFor();
  await page.getByTestId(`feeling-${feeling}`).tap();
}

/** Opens the adult area and adds children by name; returns their ids in order. */
export async function addChildren(page: Page, names: string[]): Promise<string[]> {
  await page.goto('/');
  await passGate(page);
  for (const name of names) {
    await page.getByTestId('child-new-name').fill(name);
    await page.getByTestId('child-add').click();
  }
  const rows = page.locator('li[data-testid^="child-"]');
  await expect(rows).toHaveCount(names.length);
  return rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!.replace('child-', '')));
}
