import { paperPoint, pictureDigest, pixelAt, pixelsAt, settle } from './support/canvas';
import { passGate } from './support/adult';
import { expect, openBlankPicture, test, waitForCanvas, waitForSave } from './support/fixtures';

const RED: [number, number, number] = [229, 57, 53];
const isRed = (p: number[]) => Math.abs(p[0]! - RED[0]) < 20 && Math.abs(p[1]! - RED[1]) < 20 && Math.abs(p[2]! - RED[2]) < 20;

test.describe('mirror drawing', () => {
  test('symmetry-4: one stroke leaves ink in all four quarters, live while the finger is down; one undo takes it all away; reopening shows it exactly', async ({ page, touch }) => {
    await openBlankPicture(page);
    const blank = await pictureDigest(page);
    await page.getByTestId('symmetry').tap();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.getByTestId('symmetry-off')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('symmetry-4').tap();
    await expect(page.getByTestId('symmetry-4')).toHaveCount(0);
    await expect(page.getByTestId('symmetry')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('symmetry-guides').locator('line')).toHaveCount(2);

    // A stroke in the top-left quarter of the page.
    const from = await paperPoint(page, 0.15, 0.2);
    const to = await paperPoint(page, 0.35, 0.3);
    await touch.start([from]);
    for (let i = 1; i <= 12; i++) await touch.move([{ x: from.x + ((to.x - from.x) * i) / 12, y: from.y + ((to.y - from.y) * i) / 12 }]);
    await settle(page);
    // The copies show before the finger lifts.
    const quarters = async () => pixelsAt(page, await Promise.all([[0.25, 0.25], [0.75, 0.25], [0.25, 0.75], [0.75, 0.75]].map(([fx, fy]) => paperPoint(page, fx!, fy!))));
    expect((await quarters()).map(isRed)).toEqual([true, true, true, true]);
    await touch.end();
    await settle(page);
    expect((await quarters()).map(isRed)).toEqual([true, true, true, true]);
    // Nowhere else: the middle of the page stays paper.
    expect((await pixelAt(page, await paperPoint(page, 0.5, 0.5))).slice(0, 3)).toEqual([255, 255, 255]);
    const drawn = await pictureDigest(page);

    await page.getByTestId('undo').tap();
    await expect.poll(async () => (await pictureDigest(page)).hash).toBe(blank.hash);
    await page.getByTestId('redo').tap();
    await expect.poll(async () => (await pictureDigest(page)).hash).toBe(drawn.hash);
    await waitForSave(page);

    // Reopening replays the stored step: every copy, the same pixels.
    await page.reload();
    await expect(page.getByTestId('canvas')).toBeVisible();
    await expect.poll(async () => (await pictureDigest(page)).hash).toBe(drawn.hash);
  });

  test('symmetry-6 on a six-petal mandala: one tap fills three petals (the turns of 120°); symmetry-off draws once again', async ({ page }) => {
    await page.goto('/');
    await passGate(page);
    await page.getByTestId('theme-mandalas').click();
    await page.getByTestId('home').tap();
    await page.getByTestId('start-colouring').tap();
    await page.getByTestId('page-mandala-1').tap();
    await waitForCanvas(page);
    await page.getByTestId('tool-fill').tap();
    await page.getByTestId('symmetry').tap();
    await page.getByTestId('symmetry-6').tap();
    await expect(page.getByTestId('symmetry-guides').locator('line')).toHaveCount(3);
    const at = (fx: number, fy: number) => paperPoint(page, fx, fy);
    const top = await at(0.5, 0.29);
    await page.touchscreen.tap(top.x, top.y);
    // Petals at 90°, 210° and 330° fill; those at 30°, 150° and 270° stay paper.
    const petals = async () => (await pixelsAt(page, await Promise.all([at(0.5, 0.29), at(0.372, 0.604), at(0.626, 0.604), at(0.372, 0.396), at(0.626, 0.396), at(0.5, 0.708)]))).map(isRed);
    await expect.poll(petals).toEqual([true, true, true, false, false, false]);
    await page.getByTestId('undo').tap();
    await expect.poll(petals).toEqual([false, false, false, false, false, false]);

    await page.getByTestId('symmetry').tap();
    await page.getByTestId('symmetry-off').tap();
    await expect(page.getByTestId('symmetry-guides')).toHaveCount(0);
    await page.touchscreen.tap(top.x, top.y);
    await expect.poll(petals).toEqual([true, false, false, false, false, false]);
    // Closing the tray leaves the mirror as it was.
    await page.getByTestId('symmetry').tap();
    await page.getByTestId('symmetry-close').tap();
    await expect(page.getByTestId('symmetry')).toHaveAttribute('aria-pressed', 'false');
  });
});
