import type { Page } from '@playwright/test';
import { passGate } from './support/adult';
import { expect, test, waitForCanvas } from './support/fixtures';

// Every child draws alone: each child's access profile (issue 11), set by an adult, applied the
// moment the child is chosen in "Who is drawing?".

/** Adds a child and sets their profile by tapping the given controls in their entry; returns the child's id. */
async function addChildWithProfile(page: Page, name: string, controls: string[]): Promise<string> {
  await page.goto('/');
  await passGate(page);
  await page.getByTestId('child-new-name').fill(name);
  await page.getByTestId('child-add').click();
  const row = page.locator('li[data-testid^="child-"]').last();
  const id = (await row.getAttribute('data-testid'))!.replace('child-', '');
  await page.getByTestId(`child-access-${id}`).click();
  const panel = page.getByTestId(`child-access-panel-${id}`);
  for (const control of controls) await panel.getByTestId(control).click();
  await page.getByTestId('home').click();
  return id;
}

async function drawAs(page: Page, childId: string) {
  await page.getByTestId('start-blank').tap();
  await page.getByTestId(`who-${childId}`).tap();
  await waitForCanvas(page);
}

/** Every control on the drawing screen: fully on screen, and at least `min` CSS px each way. */
async function controlsOffOrSmall(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const bad: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.draw-screen button')) {
      const r = el.getBoundingClientRect();
      if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight || r.width < min || r.height < min) bad.push(`${el.dataset.testid} ${Math.round(r.width)}×${Math.round(r.height)} at ${Math.round(r.left)},${Math.round(r.top)}`);
    }
    return bad;
  }, min);
}

test.describe('a child whose buttons are 150 %', () => {
  test.use({ viewport: { width: 1180, height: 746 } });

  test('gets tools 1.5× as large that still all fit an iPad with Safari toolbars; the profile survives a reload; guests keep 100 %', async ({ page }) => {
    const aru = await addChildWithProfile(page, 'Aru', ['buttons-150']);
    await drawAs(page, aru);
    const tool = (await page.getByTestId('tool-crayon').boundingBox())!;
    expect(Math.round(tool.width)).toBe(132);
    expect(await controlsOffOrSmall(page, 96)).toEqual([]);
    await page.reload();
    await waitForCanvas(page);
    expect(Math.round((await page.getByTestId('tool-crayon').boundingBox())!.width)).toBe(132);
    expect(await controlsOffOrSmall(page, 96)).toEqual([]);
    // A guest on the same tablet: the device default.
    await page.getByTestId('home').tap();
    await page.getByTestId('start-blank').tap();
    await page.getByTestId('who-guest').tap();
    await waitForCanvas(page);
    expect(Math.round((await page.getByTestId('tool-crayon').boundingBox())!.width)).toBe(88);
  });
});
