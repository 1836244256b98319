import { paperPoint, pictureDigest, pixelsAt, settle } from './support/canvas';
import { expect, openBlankPicture, test } from './support/fixtures';

test.describe('touches that must not draw', () => {
  test.beforeEach(async ({ page }) => {
    await openBlankPicture(page);
  });

  test('two fingers together never draw (a pinch does nothing)', async ({ page, touch }) => {
    const a = await paperPoint(page, 0.3, 0.5);
    const b = await paperPoint(page, 0.7, 0.5);
    await touch.start([
      { ...a, id: 1 },
      { ...b, id: 2 },
    ]);
    for (let i = 1; i <= 10; i++) {
      await touch.move([
        { x: a.x - i * 8, y: a.y - i * 4, id: 1 },
        { x: b.x + i * 8, y: b.y + i * 4, id: 2 },
      ]);
    }
    await touch.end();
    await settle(page);
    expect((await pictureDigest(page)).inked).toBe(0);
    await expect(page.getByTestId('undo')).toBeDisabled();
    expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
  });

  test('a second finger right after the first cancels the stroke and leaves no step', async ({ page, touch }) => {
    const a = await paperPoint(page, 0.2, 0.4);
    // The events carry their own times (60 ms apart for the second finger), however busy the machine.
    const t0 = Date.now() / 1000;
    await touch.start([{ ...a, id: 1 }], t0);
    await touch.move([{ x: a.x + 30, y: a.y, id: 1 }], t0 + 0.03);
    await touch.move(
      [
        { x: a.x + 40, y: a.y, id: 1 },
        { x: a.x + 300, y: a.y + 100, id: 2 },
      ],
      t0 + 0.06,
    );
    for (let i = 1; i <= 5; i++) {
      await touch.move(
        [
          { x: a.x + 40 + i * 20, y: a.y, id: 1 },
          { x: a.x + 300, y: a.y + 100 + i * 10, id: 2 },
        ],
        t0 + 0.06 + i * 0.016,
      );
    }
    await touch.end(t0 + 0.2);
    await settle(page);
    expect((await pictureDigest(page)).inked).toBe(0);
    await expect(page.getByTestId('undo')).toBeDisabled();
  });

  test('a resting palm is ignored while a finger draws', async ({ page, touch }) => {
    // A resting hand as an iPad reports it: 230–540 px across (see engine/input/palmRule.ts).
    const palm = { ...(await paperPoint(page, 0.8, 0.8)), id: 9, radius: 120 };
    const a = await paperPoint(page, 0.1, 0.3);
    await touch.start([palm]);
    await page.waitForTimeout(200);
    await touch.start([palm, { ...a, id: 1 }]);
    for (let i = 1; i <= 10; i++) await touch.move([palm, { x: a.x + i * 30, y: a.y, id: 1 }]);
    await touch.end();
    await settle(page);
    const { inked } = await pictureDigest(page);
    expect(inked).toBeGreaterThan(500);
    // The palm area stayed clean.
    const { pixelAt } = await import('./support/canvas');
    expect((await pixelAt(page, palm)).slice(0, 3)).toEqual([255, 255, 255]);
    await page.getByTestId('undo').tap();
    await settle(page);
    expect((await pictureDigest(page)).inked).toBe(0);
  });

  test("a child's finger laid flat still draws (an iPad reports it about 110 px across)", async ({ page, touch }) => {
    const a = await paperPoint(page, 0.2, 0.6);
    await touch.start([{ ...a, radius: 55 }]);
    for (let i = 1; i <= 10; i++) await touch.move([{ x: a.x + i * 30, y: a.y, radius: 55 }]);
    await touch.end();
    await settle(page);
    expect((await pictureDigest(page)).inked).toBeGreaterThan(500);
  });

  test('a quick tap leaves a dot', async ({ page, touch }) => {
    const p = await paperPoint(page, 0.5, 0.5);
    await touch.tap(p.x, p.y);
    await settle(page);
    expect((await pictureDigest(page)).inked).toBeGreaterThan(20);
  });
});

test('a pen draws thin when pressed lightly and thick when pressed hard (the paint brush follows pressure)', async ({ page, touch }) => {
  await openBlankPicture(page);
  await page.getByTestId('tool-paint').tap();
  await page.getByTestId('size-large').tap();
  await touch.penLine(await paperPoint(page, 0.1, 0.3), await paperPoint(page, 0.9, 0.3), 0.15);
  await touch.penLine(await paperPoint(page, 0.1, 0.7), await paperPoint(page, 0.9, 0.7), 1);
  await settle(page);
  await expect(page.getByTestId('undo')).toBeEnabled();
  /** How many CSS pixels of a vertical line through the middle of a stroke are inked. */
  const thickness = async (fy: number) => {
    const centre = await paperPoint(page, 0.5, fy);
    const column = Array.from({ length: 81 }, (_, i) => ({ x: centre.x, y: centre.y - 40 + i }));
    return (await pixelsAt(page, column)).filter(([r, g, b]) => r + g + b < 700).length;
  };
  const light = await thickness(0.3);
  const hard = await thickness(0.7);
  expect(light).toBeGreaterThan(0);
  expect(hard).toBeGreaterThan(light * 1.5);
});
