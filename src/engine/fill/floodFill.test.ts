import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { colourWord, composeFill } from './applyFill';
import { floodFill, MASK_CORE, MASK_RING } from './floodFill';

const W = 120;
const H = 100;

/** Walls: a square ring of the given thickness, optionally with a gap on its right side. */
function ring(thickness = 6, gap = 0): Uint8Array {
  const walls = new Uint8Array(W * H);
  for (let y = 20; y < 80; y++) {
    for (let x = 30; x < 90; x++) {
      const inner = x >= 30 + thickness && x < 90 - thickness && y >= 20 + thickness && y < 80 - thickness;
      const inGap = gap > 0 && x >= 90 - thickness && y >= 50 && y < 50 + gap;
      if (!inner && !inGap) walls[y * W + x] = 1;
    }
  }
  return walls;
}

const fill = (walls: Uint8Array | null, paint: Uint32Array | null, x: number, y: number, tolerance = 0, grow = 2) =>
  floodFill({ width: W, height: H, walls, paint, x, y, tolerance, grow });

describe('floodFill', () => {
  it('fills exactly the inside of a closed ring, reaching 2 px under the outline', () => {
    const result = fill(ring(), new Uint32Array(W * H), 60, 50)!;
    expect(result.mask[50 * W + 60]).toBe(MASK_CORE);
    expect(result.mask[50 * W + 10]).toBe(0); // outside
    expect(result.mask[50 * W + 35]).toBe(MASK_RING); // inner 2 px of the 6 px wall
    expect(result.mask[50 * W + 34]).toBe(MASK_RING);
    expect(result.mask[50 * W + 33]).toBe(0); // but not through it
    expect(result.bounds).toEqual({ x: 34, y: 24, width: 52, height: 52 });
  });

  it('leaks through a one-pixel gap (why outlines must be closed)', () => {
    const result = fill(ring(6, 1), new Uint32Array(W * H), 60, 50)!;
    expect(result.mask[50 * W + 110]).toBe(MASK_CORE);
  });

  it('stops at paint of another colour and covers its anti-aliased edge from behind', () => {
    const canvas = createCanvas(W, H);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#e53935';
    ctx.beginPath();
    ctx.arc(60, 50, 25, 0, Math.PI * 2);
    ctx.fill();
    const paint = new Uint32Array(ctx.getImageData(0, 0, W, H).data.buffer);
    const result = fill(null, paint, 5, 5, 48)!;
    expect(result.mask[50 * W + 60]).toBe(0); // the disc is not filled over
    const blue = colourWord('#1e4fd8');
    const after = composeFill(paint, W, result, result.bounds, blue);
    // No pixel is left partly transparent: no white seam between the fill and the disc.
    for (let i = 0; i < after.length; i++) expect((after[i] as number) >>> 24, `pixel ${i}`).toBe(255);
    // The disc centre keeps its own colour.
    const centre = after[(50 - result.bounds.y) * result.bounds.width + (60 - result.bounds.x)] as number;
    expect(centre & 255).toBe(0xe5);
  });

  it('grows monotonically with tolerance', () => {
    const paint = new Uint32Array(W * H);
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) paint[y * W + x] = ((255 << 24) | (x * 2)) >>> 0;
    let previous: Uint8Array | null = null;
    let previousSize = 0;
    for (const tolerance of [0, 10, 40, 80, 160]) {
      const { mask } = fill(null, paint, 0, 50, tolerance, 0)!;
      const size = mask.reduce((n, m) => n + (m ? 1 : 0), 0);
      expect(size).toBeGreaterThanOrEqual(previousSize);
      if (previous) for (let i = 0; i < mask.length; i++) if (previous[i]) expect(mask[i]).not.toBe(0);
      previous = mask;
      previousSize = size;
    }
    expect(previousSize).toBeGreaterThan(W * 10);
  });

  it('ignores seeds off the page and snaps a tap on an outline to the region beside it', () => {
    expect(fill(ring(), null, -1, 10)).toBeNull();
    expect(fill(ring(), null, 10, H)).toBeNull();
    expect(fill(ring(), null, Number.NaN, 10)).toBeNull();
    const snapped = fill(ring(), null, 33, 50)!; // inside the left wall
    expect(snapped).not.toBeNull();
    expect(snapped.mask[50 * W + 60] !== 0 || snapped.mask[50 * W + 5] !== 0).toBe(true);
  });

  it('with no paint, is bounded by the outlines only (a stay-inside mask)', () => {
    const result = fill(ring(), null, 60, 50)!;
    expect(result.seedColor).toBe(0);
    expect(result.mask[50 * W + 60]).toBe(MASK_CORE);
    expect(result.mask[10 * W + 10]).toBe(0);
  });
});
