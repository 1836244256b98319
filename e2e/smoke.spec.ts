import { test } from '@playwright/test';
import { Touchscreen } from './support/touch';
import { paperPoint, settle } from './support/canvas';

test('screenshot', async ({ page }) => {
  await page.goto('/');
  await page.screenshot({ path: 'e2e/.output/home.png' });
  await page.getByTestId('start-blank').tap();
  await page.getByTestId('canvas').waitFor();
  await page.waitForTimeout(300);
  const touch = await Touchscreen.for(page);
  const a = await paperPoint(page, 0.2, 0.3);
  const b = await paperPoint(page, 0.6, 0.5);
  const c = await paperPoint(page, 0.8, 0.2);
  await touch.stroke([a, b, c], 10);
  for (const [i, tool] of ['crayon', 'paint', 'rainbow', 'glitter'].entries()) {
    await page.getByTestId(`tool-${tool}`).tap();
    await page.getByTestId(`color-${['blue', 'green', 'purple', 'pink'][i]}`).tap();
    await page.getByTestId(`size-${['large', 'medium', 'large', 'large'][i]}`).tap();
    await touch.stroke([await paperPoint(page, 0.1, 0.5 + i * 0.12), await paperPoint(page, 0.5, 0.45 + i * 0.12), await paperPoint(page, 0.9, 0.55 + i * 0.12)], 12);
  }
  await settle(page);
  await page.screenshot({ path: 'e2e/.output/draw.png' });
});
