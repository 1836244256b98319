import { paperPoint, settle } from './support/canvas';
import { expect, openBlankPicture, test } from './support/fixtures';

// Refreshes the README pictures: `UPDATE_SCREENSHOTS=1 npm run e2e -- screenshots.spec.ts`.
test.skip(!process.env.UPDATE_SCREENSHOTS, 'only when refreshing the README screenshots');

test('README screenshots', async ({ page, touch }) => {
  await page.goto('/');
  await expect(page.getByTestId('start-blank')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/home.png' });
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
  await page.screenshot({ path: 'e2e/screenshots/drawing.png' });
});
