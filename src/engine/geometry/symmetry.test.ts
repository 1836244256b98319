import { describe, expect, it } from 'vitest';
import { DOC_HEIGHT, DOC_WIDTH } from '../model/document';
import { mapPoint, mapPoints, SYMMETRIES, symmetryTransforms } from './symmetry';

const centre = { x: DOC_WIDTH / 2, y: DOC_HEIGHT / 2 };

describe('symmetry transforms', () => {
  it('makes n copies, the original first, half of them mirrored', () => {
    for (const n of SYMMETRIES) {
      const copies = symmetryTransforms(n);
      expect(copies).toHaveLength(n);
      expect(copies[0]).toEqual({ a: 1, b: -0, c: 0, d: 1, mirrored: false });
      expect(copies.filter((c) => c.mirrored)).toHaveLength(n / 2);
      // Each copy keeps distances (a rotation or a reflection).
      for (const t of copies) expect(Math.abs(t.a * t.d - t.b * t.c)).toBeCloseTo(1, 12);
    }
  });

  it('mirrors left–right for 2 and across both axes for 4, exactly', () => {
    const p = { x: 1000, y: 300.25 };
    expect(symmetryTransforms(2).map((t) => mapPoint(t, p.x, p.y))).toEqual([p, { x: 1400, y: 300.25 }]);
    const four = symmetryTransforms(4).map((t) => mapPoint(t, p.x, p.y));
    expect(four).toContainEqual({ x: 1400, y: 300.25 });
    expect(four).toContainEqual({ x: 1000, y: DOC_HEIGHT - 300.25 });
    expect(four).toContainEqual({ x: 1400, y: DOC_HEIGHT - 300.25 });
  });

  it('turns 6 and 8 around the page centre, each copy as far from it as the original', () => {
    const p = { x: 1500, y: 700 };
    const r = Math.hypot(p.x - centre.x, p.y - centre.y);
    for (const n of [6, 8] as const) {
      const points = symmetryTransforms(n).map((t) => mapPoint(t, p.x, p.y));
      for (const q of points) expect(Math.hypot(q.x - centre.x, q.y - centre.y)).toBeCloseTo(r, 9);
      expect(new Set(points.map((q) => `${q.x.toFixed(3)},${q.y.toFixed(3)}`)).size).toBe(n);
    }
  });

  it('moves a stroke point by point and keeps its pressure', () => {
    const [, mirror] = symmetryTransforms(2);
    expect(Array.from(mapPoints(mirror!, Float32Array.from([100, 200, 0.5, 2300, 10, 0.25])))).toEqual([2300, 200, 0.5, 100, 10, 0.25]);
  });
});
