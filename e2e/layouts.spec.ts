import type { Page } from '@playwright/test';
import { paperBox, paperPoint, pictureDigest, settle } from './support/canvas';
import { expect, test, waitForCanvas } from './support/fixtures';

// The tablets of the master class: iPads with and without Safari's toolbars, in both
// orientations, and an iPad mini. CSS pixels; the suite runs at device pixel ratio 2.
const VIEWPORTS: [number, number][] = [
  [1180, 820],
  [1180, 746],
  [1180, 710],
  [1080, 730],
  [1366, 1024],
  [820, 1106],
  [744, 1133],
  [1024, 1366],
];

interface ControlBox {
  id: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** Every control on the drawing screen (and the colour hint), as the finger meets it. */
function controls(page: Page): Promise<ControlBox[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.draw-screen button, .draw-screen [data-testid="colour-hint"]')).map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-testid') ?? el.tagName, left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
    }),
  );
}

for (const [width, height] of VIEWPORTS) {
  const portrait = height > width;
  test(`${width}×${height}: every control whole on screen and at least 64×64, the paper as large as the space allows`, async ({ page, touch }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await page.getByTestId('start-colouring').tap();
    await page.getByTestId('page-doctor').tap();
    await waitForCanvas(page);
    await expect(page.getByTestId('colour-hint')).toBeVisible();

    const boxes = await controls(page);
    expect(boxes.length).toBeGreaterThanOrEqual(8 + 14 + 8);
    for (const box of boxes) {
      const where = `${box.id} at ${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}×${Math.round(box.height)}`;
      expect(box.left, where).toBeGreaterThanOrEqual(0);
      expect(box.top, where).toBeGreaterThanOrEqual(0);
      expect(box.right, where).toBeLessThanOrEqual(width);
      expect(box.bottom, where).toBeLessThanOrEqual(height);
      if (box.id !== 'colour-hint') {
        expect(box.width, where).toBeGreaterThanOrEqual(64);
        expect(box.height, where).toBeGreaterThanOrEqual(64);
      }
    }
    for (const id of ['tool-marker', 'tool-eraser', 'done', 'home', 'undo', 'color-red', 'color-white']) expect(boxes.map((b) => b.id)).toContain(id);

    // The paper fills its area in one direction and takes a large share of the screen.
    const area = (await page.getByTestId('canvas').boundingBox())!;
    const paper = await paperBox(page);
    const fillsOneWay = Math.abs(paper.width - area.width) < 1.5 || Math.abs(paper.height - area.height) < 1.5;
    expect(fillsOneWay).toBe(true);
    expect((paper.width * paper.height) / (width * height)).toBeGreaterThan(0.38);
    if (portrait) {
      // Rails above or below the page, never beside it: the paper spans the screen's width.
      expect(paper.width).toBeGreaterThan(width - 4 * 12);
      const tools = (await page.locator('.rail--tools').boundingBox())!;
      const colours = (await page.locator('.rail--colours').boundingBox())!;
      expect(tools.y).toBeGreaterThanOrEqual(paper.y + paper.height);
      expect(colours.y).toBeGreaterThanOrEqual(tools.y + tools.height);
    }

    // The mirrors' tray fits too: every choice whole on screen and finger-sized.
    await page.getByTestId('symmetry').tap();
    for (const id of ['symmetry-off', 'symmetry-2', 'symmetry-4', 'symmetry-6', 'symmetry-8', 'symmetry-close']) {
      const box = (await page.getByTestId(id).boundingBox())!;
      const where = `${id} at ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}`;
      expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height, where).toBe(true);
      expect(Math.min(box.width, box.height), where).toBeGreaterThanOrEqual(64);
    }
    await page.getByTestId('symmetry-close').tap();

    // And it draws: a stroke across the middle leaves ink.
    const before = await pictureDigest(page);
    await touch.stroke([await paperPoint(page, 0.3, 0.15), await paperPoint(page, 0.7, 0.15)], 6);
    await settle(page);
    expect((await pictureDigest(page)).inked).toBeGreaterThan(before.inked + 100);
  });
}
