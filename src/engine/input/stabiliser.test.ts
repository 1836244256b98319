import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { normalisePressure } from './pressure';
import { Stabiliser } from './stabiliser';

describe('Stabiliser', () => {
  it('ignores tremor inside its radius', () => {
    const s = new Stabiliser(10);
    s.start({ x: 100, y: 100, p: 0.5 });
    const random = createRandom(1);
    for (let i = 0; i < 50; i++) {
      expect(s.move({ x: 100 + (random() - 0.5) * 12, y: 100 + (random() - 0.5) * 12, p: 0.5 })).toBeNull();
    }
  });

  it('follows a shaky line with much less wobble than the finger', () => {
    const random = createRandom(5);
    const s = new Stabiliser(12);
    s.start({ x: 0, y: 0, p: 0.5 });
    const out: number[] = [];
    const raw: number[] = [];
    for (let x = 1; x <= 600; x++) {
      const y = (random() - 0.5) * 16;
      raw.push(y);
      const q = s.move({ x, y, p: 0.5 });
      if (q) out.push(q.y);
    }
    const spread = (v: number[]) => Math.sqrt(v.reduce((a, b) => a + b * b, 0) / v.length);
    expect(out.length).toBeGreaterThan(100);
    expect(spread(out)).toBeLessThan(spread(raw) / 3);
  });

  it('passes points straight through when off', () => {
    const s = new Stabiliser(0);
    s.start({ x: 0, y: 0, p: 0.5 });
    expect(s.move({ x: 5, y: 7, p: 0.5 })).toEqual({ x: 5, y: 7, p: 0.5 });
  });
});

describe('normalisePressure', () => {
  it('uses pen pressure and clamps odd readings', () => {
    expect(normalisePressure('pen', 0.8)).toBe(0.8);
    expect(normalisePressure('pen', 0)).toBe(0.5);
    expect(normalisePressure('pen', Number.NaN)).toBe(0.5);
    expect(normalisePressure('pen', 3)).toBe(1);
    expect(normalisePressure('pen', 0.01)).toBe(0.15);
  });

  it('gives fingers and mice a neutral pressure', () => {
    expect(normalisePressure('touch', 1)).toBe(0.5);
    expect(normalisePressure('mouse', 0)).toBe(0.5);
  });
});
