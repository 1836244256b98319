import { describe, expect, it } from 'vitest';
import type { Op, StrokeOp } from '../model/ops';
import { coloursUsed, coveredShare, drawingTimeMs, PAUSE_LIMIT_MS, toolsUsed } from './pictureFigures';

const T0 = Date.UTC(2026, 10, 29, 9, 0, 0);
const stroke = (brush: StrokeOp['brush'], color: string, at?: number, ms = 0): StrokeOp => ({
  kind: 'stroke',
  brush,
  color,
  size: 20,
  seed: 1,
  pressure: false,
  points: new Float32Array([10, 10, 0.5, 20, 20, 0.5]),
  ...(at === undefined ? {} : { timing: { at, ms } }),
});

describe('drawing time', () => {
  it('adds strokes and short gaps, and leaves out a long pause', () => {
    const ops: Op[] = [
      stroke('marker', '#e53935', T0, 4000), // 0–4 s
      { kind: 'fill', x: 5, y: 5, color: '#1e88e5', tolerance: 0, timing: { at: T0 + 10_000, ms: 0 } }, // gap 6 s
      stroke('crayon', '#1e88e5', T0 + 10_000 + PAUSE_LIMIT_MS + 1, 5000), // a break: not counted, 5 s stroke
      stroke('crayon', '#1e88e5', T0 + 10_000 + PAUSE_LIMIT_MS + 1 + 65_000, 30_000), // gap 60 s, 30 s stroke
    ];
    expect(drawingTimeMs(ops)).toBe(4000 + 6000 + 5000 + 60_000 + 30_000);
  });

  it('counts overlapping steps once and ignores order in the log', () => {
    const ops: Op[] = [stroke('marker', '#000000', T0 + 1000, 3000), stroke('marker', '#000000', T0, 2000)];
    expect(drawingTimeMs(ops)).toBe(4000);
  });

  it('is unknown for a picture without timings, and leaves untimed steps out', () => {
    expect(drawingTimeMs([stroke('marker', '#000000')])).toBeNull();
    expect(drawingTimeMs([])).toBeNull();
    expect(drawingTimeMs([stroke('marker', '#000000'), stroke('paint', '#000000', T0, 1500)])).toBe(1500);
  });
});

describe('colours and tools used', () => {
  const ops: Op[] = [
    stroke('marker', '#E53935'),
    stroke('eraser', '#ffffff'),
    { kind: 'stamp', stamp: 'doctor', x: 1, y: 1, size: 200 },
    { kind: 'fill', x: 5, y: 5, color: '#1e88e5', tolerance: 0 },
    stroke('glitter', '#e53935'),
    { kind: 'clear' },
  ];
  it('counts each colour once, not the eraser', () => {
    expect(coloursUsed(ops)).toEqual(['#e53935', '#1e88e5']);
  });
  it('lists each tool once in the order first used', () => {
    expect(toolsUsed(ops)).toEqual(['marker', 'eraser', 'stamp', 'fill', 'glitter']);
  });
});

describe('covered share', () => {
  const white = (n: number) => new Uint8ClampedArray(n * 4).fill(255);
  it('counts the pixels that differ from the blank page', () => {
    const blank = white(10);
    const picture = white(10);
    picture.set([229, 57, 53, 255], 0); // red
    picture.set([30, 136, 229, 255], 4); // blue
    picture.set([250, 250, 250, 255], 8); // compression noise: not paint
    expect(coveredShare(picture, blank)).toBeCloseTo(0.2);
  });
  it('does not count the colouring page outlines as paint', () => {
    const blank = white(4);
    blank.set([0, 0, 0, 255], 0);
    const picture = Uint8ClampedArray.from(blank);
    picture.set([255, 235, 59, 255], 4);
    expect(coveredShare(picture, blank)).toBeCloseTo(0.25);
  });
  it('refuses images of different sizes', () => {
    expect(() => coveredShare(white(2), white(3))).toThrow();
  });
});
