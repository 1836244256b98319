import { expect, type Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The on-screen rectangle of the page (paper) inside the canvas element, in CSS pixels. */
export async function paperBox(page: Page): Promise<Box> {
  const box = await page.getByTestId('canvas').boundingBox();
  if (!box) throw new Error('canvas not visible');
  const ratio = 2400 / 1697;
  const width = Math.min(box.width, box.height * ratio);
  const height = width / ratio;
  return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height };
}

/** A point at fractions (0..1) of the paper. */
export async function paperPoint(page: Page, fx: number, fy: number): Promise<{ x: number; y: number }> {
  const p = await paperBox(page);
  return { x: p.x + p.width * fx, y: p.y + p.height * fy };
}

/**
 * Reads the real pixels on screen: the white paper box, then every Konva layer canvas inside the
 * canvas element composited in order, sampled at CSS-pixel positions relative to the viewport.
 */
export async function pixelsAt(page: Page, points: { x: number; y: number }[]): Promise<[number, number, number, number][]> {
  return page.evaluate((pts) => {
    const host = document.querySelector('[data-testid="canvas"]') as HTMLElement;
    const rect = host.getBoundingClientRect();
    const layers = Array.from(host.querySelectorAll('canvas'));
    const first = layers[0];
    if (!first) throw new Error('no layer canvases');
    const scale = first.width / first.clientWidth;
    const out = document.createElement('canvas');
    out.width = first.width;
    out.height = first.height;
    const ctx = out.getContext('2d', { willReadFrequently: true })!;
    // The paper is a white box behind the layers: white wherever no layer has paint.
    const paper = host.querySelector('.paper')?.getBoundingClientRect();
    ctx.fillStyle = '#ffffff';
    if (paper) ctx.fillRect((paper.left - rect.left) * scale, (paper.top - rect.top) * scale, paper.width * scale, paper.height * scale);
    for (const layer of layers) ctx.drawImage(layer, 0, 0);
    return pts.map(({ x, y }) => {
      const d = ctx.getImageData(Math.round((x - rect.left) * scale), Math.round((y - rect.top) * scale), 1, 1).data;
      return [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0, d[3] ?? 0] as [number, number, number, number];
    });
  }, points);
}

export async function pixelAt(page: Page, point: { x: number; y: number }) {
  const [px] = await pixelsAt(page, [point]);
  return px!;
}

/** A digest of the whole composited picture, to compare before and after (reload, undo, redo). */
export async function pictureDigest(page: Page): Promise<{ hash: string; inked: number }> {
  return page.evaluate(async () => {
    const host = document.querySelector('[data-testid="canvas"]') as HTMLElement;
    const layers = Array.from(host.querySelectorAll('canvas'));
    const first = layers[0]!;
    const out = document.createElement('canvas');
    out.width = first.width;
    out.height = first.height;
    const ctx = out.getContext('2d', { willReadFrequently: true })!;
    const rect = host.getBoundingClientRect();
    const scale = first.width / first.clientWidth;
    const paper = host.querySelector('.paper')?.getBoundingClientRect();
    ctx.fillStyle = '#ffffff';
    if (paper) ctx.fillRect((paper.left - rect.left) * scale, (paper.top - rect.top) * scale, paper.width * scale, paper.height * scale);
    for (const layer of layers) ctx.drawImage(layer, 0, 0);
    const data = ctx.getImageData(0, 0, out.width, out.height).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      // Only the paper counts: outside it the layers are transparent.
      if (data[i + 3]! > 0 && (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235)) inked++;
    }
    const digest = await crypto.subtle.digest('SHA-256', data);
    const hash = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    return { hash, inked };
  });
}

export function expectColourNear(actual: number[], expected: [number, number, number], tolerance = 40): void {
  const distance = Math.max(...expected.map((c, i) => Math.abs(c - (actual[i] ?? 0))));
  expect(distance, `pixel ${actual.join(',')} vs expected ${expected.join(',')}`).toBeLessThanOrEqual(tolerance);
}

/** Waits until the next two animation frames have run, so drawn strokes are on screen. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
}
