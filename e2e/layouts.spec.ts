import type { Page } from '@playwright/test';
import { passGate } from './support/adult';
import { paperBox, paperPoint, pictureDigest, settle } from './support/canvas';
import { expect, test, waitForCanvas } from './support/fixtures';
import { closerThan, drawingControls, layoutBoxes, offScreenOrSmall } from './support/layout';

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

/** A new picture on the doctor's colouring page, as a child starts one. */
async function openDoctorPage(page: Page) {
  await page.getByTestId('start-colouring').tap();
  await page.getByTestId('page-doctor').tap();
  await waitForCanvas(page);
}

/** The paper's share of the screen, after checking that it fills its area one way. */
async function paperShare(page: Page, width: number, height: number): Promise<number> {
  const area = (await page.getByTestId('canvas').boundingBox())!;
  const paper = await paperBox(page);
  const fillsOneWay = Math.abs(paper.width - area.width) < 1.5 || Math.abs(paper.height - area.height) < 1.5;
  expect(fillsOneWay, `paper ${Math.round(paper.width)}×${Math.round(paper.height)} in ${Math.round(area.width)}×${Math.round(area.height)}`).toBe(true);
  return (paper.width * paper.height) / (width * height);
}

/** Every control whole on screen, at least `min` px (tools `tool` px), 12 px apart; the colour hint whole on screen. */
async function expectControlsFit(page: Page, width: number, height: number, min: number, tool: number) {
  const boxes = await drawingControls(page);
  expect(boxes.length).toBeGreaterThanOrEqual(8 + 14 + 8);
  expect(offScreenOrSmall(boxes, width, height, min)).toEqual([]);
  expect(offScreenOrSmall(boxes.filter((b) => b.id.startsWith('tool-')), width, height, tool)).toEqual([]);
  expect(closerThan(await layoutBoxes(page, '.draw-screen button'), 12)).toEqual([]);
}

/** The mirrors' tray and the stamp tray each fit: every choice on screen, finger-sized. */
async function expectTraysFit(page: Page, width: number, height: number, min: number) {
  await page.getByTestId('symmetry').tap();
  await expect(page.getByTestId('symmetry-close')).toBeVisible();
  expect(offScreenOrSmall(await drawingControls(page), width, height, min)).toEqual([]);
  await page.getByTestId('symmetry-close').tap();
  await page.getByTestId('tool-stamp').tap();
  await expect(page.getByTestId('stamp-tray-close')).toBeVisible();
  const tray = await page.locator('.stamp-tray').boundingBox();
  expect(tray!.x >= 0 && tray!.y >= 0 && tray!.x + tray!.width <= width && tray!.y + tray!.height <= height).toBe(true);
  const close = (await page.getByTestId('stamp-tray-close').boundingBox())!;
  expect(offScreenOrSmall([{ id: 'stamp-tray-close', ...close }], width, height, min)).toEqual([]);
  await page.getByTestId('stamp-tray-close').tap();
  await expect(page.locator('.stamp-tray')).toHaveCount(0);
}

for (const [width, height] of VIEWPORTS) {
  const portrait = height > width;
  test(`${width}×${height}: every control whole on screen, at least 64×64 and 12 px apart, the paper at least 45 % of the screen`, async ({ page, touch }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await openDoctorPage(page);
    await expect(page.getByTestId('colour-hint')).toBeVisible();
    await expectControlsFit(page, width, height, 64, 88);
    for (const id of ['tool-marker', 'tool-eraser', 'done', 'home', 'undo', 'color-red', 'color-white']) await expect(page.getByTestId(id)).toBeVisible();

    const share = await paperShare(page, width, height);
    test.info().annotations.push({ type: 'paper', description: `${(share * 100).toFixed(1)} % of the screen` });
    expect(share).toBeGreaterThanOrEqual(0.45);
    const paper = await paperBox(page);
    const colours = (await page.locator('.rail--colours').boundingBox())!;
    if (portrait) {
      // Tools and colours in bands below the page, never beside it: the paper spans the screen's width.
      expect(paper.width).toBeGreaterThanOrEqual(width - 1);
      const tools = (await page.locator('.rail--tools').boundingBox())!;
      expect(tools.y).toBeGreaterThanOrEqual(paper.y + paper.height);
      expect(colours.y).toBeGreaterThanOrEqual(tools.y + tools.height);
    } else if (width / height <= 1.6) {
      // Up to 16:10 the colours are one row along the bottom, under the page.
      expect(colours.y).toBeGreaterThanOrEqual(paper.y + paper.height);
      const rows = new Set(await page.locator('.rail--colours button').evaluateAll((els) => els.map((el) => (el as HTMLElement).offsetTop)));
      expect(rows.size).toBe(1);
    } else {
      // Wider: the page is short, not narrow; the colours stand at its side.
      expect(colours.x).toBeGreaterThanOrEqual(paper.x + paper.width);
    }

    await expectTraysFit(page, width, height, 64);

    // And it draws: a stroke across the page leaves ink.
    const before = await pictureDigest(page);
    await touch.stroke([await paperPoint(page, 0.3, 0.15), await paperPoint(page, 0.7, 0.15)], 6);
    await settle(page);
    expect((await pictureDigest(page)).inked).toBeGreaterThan(before.inked + 100);
  });

  test(`${width}×${height}: left-handed, then at 150 % buttons, everything still fits`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await passGate(page);
    await page.getByTestId('left-handed').click();
    await page.getByTestId('home').tap();
    await openDoctorPage(page);
    await expectControlsFit(page, width, height, 64, 88);
    expect(await paperShare(page, width, height)).toBeGreaterThanOrEqual(0.45);
    // The mirror image: the tools at the right in landscape; in portrait the colour hint at the left of the tools.
    const tools = (await page.locator('.rail--tools').boundingBox())!;
    const hint = (await page.getByTestId('colour-hint').boundingBox())!;
    if (portrait) expect(hint.x + hint.width).toBeLessThanOrEqual(tools.x);
    else expect(tools.x).toBeGreaterThan((await paperBox(page)).x);
    await expectTraysFit(page, width, height, 64);

    for (const leftHanded of [true, false]) {
      await page.getByTestId('home').tap();
      await passGate(page);
      if (leftHanded) await page.getByTestId('default-buttons-150').click();
      else await page.getByTestId('left-handed').click();
      await page.getByTestId('home').tap();
      await openDoctorPage(page);
      await expectControlsFit(page, width, height, 96, 132);
      // The page stays a page to draw on, however big the buttons.
      const share = await paperShare(page, width, height);
      test.info().annotations.push({ type: 'paper at 150 %', description: `${(share * 100).toFixed(1)} % of the screen${leftHanded ? ', left-handed' : ''}` });
      expect((await paperBox(page)).width).toBeGreaterThanOrEqual(300);
      await expectTraysFit(page, width, height, 96);
    }
  });
}
