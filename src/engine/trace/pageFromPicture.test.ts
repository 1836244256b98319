import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { DOC_HEIGHT, DOC_WIDTH } from '../model/document';
import { blurColours, pieceCount, quantise } from './flatten';
import { countRegions } from './trace';
import { traceToPage } from './pageFromPicture';

const W = DOC_WIDTH;
const H = DOC_HEIGHT;

/** A child's drawing of a house as a phone photographs it: grey pencil on off-white, a little grain. */
function houseDrawing(): Uint8ClampedArray {
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f4f1ea';
  ctx.fillRect(0, 0, W, H);
  ctx.strokeStyle = '#3a3a3a';
  ctx.lineWidth = 9;
  ctx.lineJoin = 'round';
  ctx.strokeRect(700, 700, 1000, 800);
  ctx.beginPath();
  ctx.moveTo(650, 700);
  ctx.lineTo(1200, 250);
  ctx.lineTo(1750, 700);
  ctx.closePath();
  ctx.stroke();
  ctx.strokeRect(800, 850, 250, 250);
  ctx.strokeRect(1350, 850, 250, 250);
  ctx.strokeRect(1100, 1150, 200, 350);
  const data = ctx.getImageData(0, 0, W, H).data;
  let seed = 7;
  for (let i = 0; i < data.length; i += 4) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const grain = (seed % 13) - 6;
    for (let c = 0; c < 3; c++) data[i + c] = Math.max(0, Math.min(255, data[i + c]! + grain));
  }
  return new Uint8ClampedArray(data.buffer);
}

/** Gravel: random colours in 14-pixel stones, as a photo of a path fitted onto the page. */
function gravel(): Uint8ClampedArray {
  const data = new Uint8ClampedArray(W * H * 4);
  const stone = 14;
  const columns = Math.ceil(W / stone);
  const colours = new Uint8Array(columns * Math.ceil(H / stone) * 3);
  let seed = 3;
  for (let i = 0; i < colours.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    colours[i] = seed & 255;
  }
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const s = (Math.floor(y / stone) * columns + Math.floor(x / stone)) * 3;
      const p = (y * W + x) * 4;
      data.set([colours[s]!, colours[s + 1]!, colours[s + 2]!, 255], p);
    }
  }
  return data;
}

describe("tracing the therapist's own picture", () => {
  it('a drawing of a house becomes closed outlines: each window, the door, the roof and the walls are their own areas', () => {
    const page = traceToPage(houseDrawing(), W, H, 'normal');
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    const regions = countRegions(page.alpha, W, H);
    const regionAt = (x: number, y: number) => regions.labels[y * W + x]!;
    const spots = { outside: [200, 200], roof: [1200, 550], wall: [900, 1300], leftWindow: [925, 975], rightWindow: [1475, 975], door: [1200, 1325] } as const;
    const ids = Object.values(spots).map(([x, y]) => regionAt(x, y));
    // Every spot lies in an area (not on an outline), and no two share one: a fill in a window stays in it.
    expect(ids.every((id) => id >= 0)).toBe(true);
    expect(new Set(ids).size).toBe(6);
    expect(page.regionCount).toBe(regions.count);
  }, 60_000);

  it('fewer areas never gives more of them than more areas', () => {
    const drawing = houseDrawing();
    const fewer = traceToPage(drawing, W, H, 'fewer');
    const more = traceToPage(drawing, W, H, 'more');
    expect(fewer.ok && more.ok).toBe(true);
    if (fewer.ok && more.ok) expect(fewer.regionCount).toBeLessThanOrEqual(more.regionCount);
  }, 120_000);

  it('a photo of gravel is refused as noise before any tracing; a blank sheet as having no shapes', () => {
    expect(traceToPage(gravel(), W, H, 'normal')).toMatchObject({ ok: false, problem: 'noise' });
    expect(traceToPage(gravel(), W, H, 'fewer')).toMatchObject({ ok: false, problem: 'noise' });
    const blank = new Uint8ClampedArray(W * H * 4).fill(250);
    expect(traceToPage(blank, W, H, 'normal')).toMatchObject({ ok: false, problem: 'empty' });
  }, 60_000);

  it('flattening keeps a pencil drawing to a few colours and a hundred-odd pieces; gravel falls into thousands', () => {
    const flat = quantise(blurColours(houseDrawing(), W, H, 2), W, H, 5);
    expect(new Set(flat.index).size).toBeLessThanOrEqual(5);
    expect(pieceCount(flat.index, W, H)).toBeLessThan(300);
    const stones = quantise(blurColours(gravel(), W, H, 2), W, H, 5);
    expect(pieceCount(stones.index, W, H)).toBeGreaterThan(1000);
  }, 60_000);
});
