import { PALETTE } from '../src/engine/model/palette';
import { expectColourNear, paperPoint, pictureDigest, pixelAt, settle } from './support/canvas';
import { expect, openBlankPicture, test } from './support/fixtures';

const hexToRgb = (hex: string): [number, number, number] => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

test.describe('drawing with a finger', () => {
  test.beforeEach(async ({ page }) => {
    await openBlankPicture(page);
  });

  test('the marker paints every palette colour where the finger went', async ({ page, touch }) => {
    await page.getByTestId('tool-marker').tap();
    for (const [i, colour] of PALETTE.entries()) {
      await page.getByTestId(`color-${colour.name}`).tap();
      await expect(page.getByTestId(`color-${colour.name}`)).toHaveAttribute('aria-pressed', 'true');
      const y = 0.06 + i * 0.065;
      await touch.stroke([await paperPoint(page, 0.1, y), await paperPoint(page, 0.5, y)], 8);
    }
    await settle(page);
    for (const [i, colour] of PALETTE.entries()) {
      const px = await pixelAt(page, await paperPoint(page, 0.3, 0.06 + i * 0.065));
      expectColourNear(px, hexToRgb(colour.hex), 12);
    }
  });

  test('ink appears under the finger while it is still down', async ({ page, touch }) => {
    const a = await paperPoint(page, 0.2, 0.5);
    const b = await paperPoint(page, 0.6, 0.5);
    await touch.start([a]);
    for (let i = 1; i <= 10; i++) await touch.move([{ x: a.x + ((b.x - a.x) * i) / 10, y: a.y }]);
    await settle(page);
    expectColourNear(await pixelAt(page, await paperPoint(page, 0.4, 0.5)), [229, 57, 53], 12);
    await expect(page.getByTestId('undo')).toBeEnabled();
    await touch.end();
    await settle(page);
    expectColourNear(await pixelAt(page, await paperPoint(page, 0.4, 0.5)), [229, 57, 53], 12);
  });

  test('each brush leaves its own kind of mark', async ({ page, touch }) => {
    const rows = { marker: 0.15, crayon: 0.3, paint: 0.45, rainbow: 0.6, glitter: 0.75 } as const;
    await page.getByTestId('color-blue').tap();
    await page.getByTestId('size-large').tap();
    for (const [tool, y] of Object.entries(rows)) {
      await page.getByTestId(`tool-${tool}`).tap();
      await expect(page.getByTestId(`tool-${tool}`)).toHaveAttribute('aria-pressed', 'true');
      await touch.stroke([await paperPoint(page, 0.08, y), await paperPoint(page, 0.92, y)], 30);
    }
    await settle(page);
    const sampleRow = async (y: number) => {
      const pts = await Promise.all(Array.from({ length: 40 }, (_, i) => paperPoint(page, 0.15 + i * 0.018, y)));
      const { pixelsAt } = await import('./support/canvas');
      return pixelsAt(page, pts);
    };
    const blue = hexToRgb('#1e4fd8');
    const isBlue = (p: number[]) => Math.abs(p[0]! - blue[0]) < 30 && Math.abs(p[1]! - blue[1]) < 30 && Math.abs(p[2]! - blue[2]) < 30;
    const isWhite = (p: number[]) => p[0]! > 240 && p[1]! > 240 && p[2]! > 240;

    // Marker: solid blue all along.
    expect((await sampleRow(rows.marker)).every(isBlue)).toBe(true);
    // Crayon: mostly blue, with grain where the paper shows through.
    const crayon = await sampleRow(rows.crayon);
    expect(crayon.filter(isBlue).length).toBeGreaterThan(10);
    expect(crayon.every((p) => !isWhite(p))).toBe(true);
    // Paint: blue, softly translucent over the paper.
    expect((await sampleRow(rows.paint)).every((p) => p[2]! > 180 && p[0]! < 90)).toBe(true);
    // Rainbow: many different hues along the stroke.
    const hues = new Set((await sampleRow(rows.rainbow)).map((p) => hueBucket(p)));
    expect(hues.size).toBeGreaterThanOrEqual(4);
    // Glitter: ink everywhere along the stroke, with light sparkles among the colour.
    const glitterPixels = await pixelsAround(page, rows.glitter);
    expect(glitterPixels.coloured).toBeGreaterThan(100);
    expect(glitterPixels.sparkles).toBeGreaterThan(5);
  });

  test('sizes differ clearly: large is at least four times small', async ({ page, touch }) => {
    await page.getByTestId('tool-marker').tap();
    await page.getByTestId('color-black').tap();
    const width = async (size: 'small' | 'large', y: number) => {
      await page.getByTestId(`size-${size}`).tap();
      await touch.stroke([await paperPoint(page, 0.1, y), await paperPoint(page, 0.9, y)], 10);
      await settle(page);
      let ink = 0;
      for (let dy = -0.1; dy <= 0.1; dy += 0.002) {
        const p = await pixelAt(page, await paperPoint(page, 0.5, y + dy));
        if (p[0]! < 128) ink++;
      }
      return ink;
    };
    const small = await width('small', 0.25);
    const large = await width('large', 0.7);
    expect(small).toBeGreaterThan(0);
    expect(large).toBeGreaterThanOrEqual(small * 4);
  });

  test('the eraser takes paint away back to white paper', async ({ page, touch }) => {
    await page.getByTestId('size-large').tap();
    await touch.stroke([await paperPoint(page, 0.1, 0.5), await paperPoint(page, 0.9, 0.5)], 10);
    await settle(page);
    expectColourNear(await pixelAt(page, await paperPoint(page, 0.5, 0.5)), [229, 57, 53], 12);
    await page.getByTestId('tool-eraser').tap();
    await touch.stroke([await paperPoint(page, 0.5, 0.2), await paperPoint(page, 0.5, 0.8)], 10);
    await settle(page);
    expectColourNear(await pixelAt(page, await paperPoint(page, 0.5, 0.5)), [255, 255, 255], 3);
    expectColourNear(await pixelAt(page, await paperPoint(page, 0.2, 0.5)), [229, 57, 53], 12);
  });

  test('undo and redo step through every stroke; fast taps skip nothing', async ({ page, touch }) => {
    const states = [await pictureDigest(page)];
    for (let i = 0; i < 4; i++) {
      await touch.stroke([await paperPoint(page, 0.1, 0.2 + i * 0.18), await paperPoint(page, 0.9, 0.2 + i * 0.18)], 6);
      await settle(page);
      states.push(await pictureDigest(page));
    }
    expect(new Set(states.map((s) => s.hash)).size).toBe(5);
    // Four quick taps: exactly four steps back to the blank page.
    for (let i = 0; i < 4; i++) await page.getByTestId('undo').tap();
    await settle(page);
    expect((await pictureDigest(page)).hash).toBe(states[0]!.hash);
    await expect(page.getByTestId('undo')).toBeDisabled();
    await page.getByTestId('redo').tap();
    await page.getByTestId('redo').tap();
    await settle(page);
    expect((await pictureDigest(page)).hash).toBe(states[2]!.hash);
    await page.getByTestId('undo').tap();
    await settle(page);
    expect((await pictureDigest(page)).hash).toBe(states[1]!.hash);
  });

  test('Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo, as the buttons do', async ({ page, touch }) => {
    const blank = await pictureDigest(page);
    await touch.stroke([await paperPoint(page, 0.2, 0.4), await paperPoint(page, 0.8, 0.4)], 6);
    await settle(page);
    const drawn = await pictureDigest(page);
    expect(drawn.hash).not.toBe(blank.hash);
    await page.keyboard.press('Control+z');
    await settle(page);
    expect((await pictureDigest(page)).hash).toBe(blank.hash);
    await expect(page.getByTestId('undo')).toBeDisabled();
    await page.keyboard.press('Control+Shift+Z');
    await settle(page);
    expect((await pictureDigest(page)).hash).toBe(drawn.hash);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    await settle(page);
    expect((await pictureDigest(page)).hash).toBe(drawn.hash);
  });

  test('clear asks first, and can itself be undone', async ({ page, touch }) => {
    await touch.stroke([await paperPoint(page, 0.2, 0.5), await paperPoint(page, 0.8, 0.5)], 6);
    await settle(page);
    const drawn = await pictureDigest(page);
    await page.getByTestId('clear').tap();
    await page.getByTestId('clear-no').tap();
    await settle(page);
    expect((await pictureDigest(page)).hash).toBe(drawn.hash);
    await page.getByTestId('clear').tap();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await page.getByTestId('clear-yes').tap();
    await settle(page);
    expect((await pictureDigest(page)).inked).toBe(0);
    await page.getByTestId('undo').tap();
    await settle(page);
    expect((await pictureDigest(page)).hash).toBe(drawn.hash);
  });
});

function hueBucket([r, g, b]: number[]): number {
  const max = Math.max(r!, g!, b!);
  const min = Math.min(r!, g!, b!);
  if (max - min < 40) return -1;
  let h = 0;
  if (max === r) h = ((g! - b!) / (max - min)) % 6;
  else if (max === g) h = (b! - r!) / (max - min) + 2;
  else h = (r! - g!) / (max - min) + 4;
  return Math.floor(((h * 60 + 360) % 360) / 45);
}

async function pixelsAround(page: import('@playwright/test').Page, y: number) {
  const { pixelsAt } = await import('./support/canvas');
  const pts = [];
  for (let i = 0; i < 60; i++) for (let j = -4; j <= 4; j++) pts.push(await paperPoint(page, 0.15 + i * 0.012, y + j * 0.006));
  const px = await pixelsAt(page, pts);
  return {
    coloured: px.filter((p) => p[2]! > p[0]! + 30).length,
    sparkles: px.filter((p) => p[0]! > 235 && p[1]! > 200 && !(p[0]! > 250 && p[1]! > 250 && p[2]! > 250)).length,
  };
}
