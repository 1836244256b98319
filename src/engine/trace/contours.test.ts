import { describe, expect, it } from 'vitest';
import { boundaryChains } from './contours';
import { chainSamples, smoothChain, SMOOTH_DEFAULTS } from './smoothCurve';
import { drawOutlines, drawPixelOutlines, traceScene } from './trace';

const W = 260, CX = 130.3, CY = 129.6, R = 80;

/** A disc's region map whose edge wobbles by `amp` px, 25 times around (plus the pixel stairs). */
function wobblyDisc(amp: number): Int32Array {
  const labels = new Int32Array(W * W);
  for (let y = 0; y < W; y++) {
    for (let x = 0; x < W; x++) {
      const t = Math.atan2(y + 0.5 - CY, x + 0.5 - CX);
      labels[y * W + x] = Math.hypot(x + 0.5 - CX, y + 0.5 - CY) <= R + amp * Math.sin(25 * t) ? 1 : 0;
    }
  }
  return labels;
}

/** Spread (px) of the distance from the centre to a set of points: 0 for a true circle. */
function radialSpread(points: Float64Array): number {
  let s = 0, s2 = 0;
  const n = points.length / 2;
  for (let i = 0; i < n; i++) {
    const r = Math.hypot(points[i * 2]! - CX, points[i * 2 + 1]! - CY);
    s += r;
    s2 += r * r;
  }
  return Math.sqrt(Math.max(0, s2 / n - (s / n) ** 2));
}

/** Spread (px) of the outline's ink-weighted radius over 1440 rays: how far it wanders from round. */
function outlineSpread(alpha: Uint8Array): number {
  let s = 0, s2 = 0;
  const rays = 1440;
  for (let a = 0; a < rays; a++) {
    const t = (a / rays) * 2 * Math.PI;
    let num = 0, den = 0;
    for (let r = R - 10; r <= R + 10; r += 0.25) {
      const v = alpha[Math.floor(CY + r * Math.sin(t)) * W + Math.floor(CX + r * Math.cos(t))]!;
      num += v * r;
      den += v;
    }
    s += num / den;
    s2 += (num / den) ** 2;
  }
  return Math.sqrt(s2 / rays - (s / rays) ** 2);
}

describe('outline curves', () => {
  it('finds one closed chain round an island and splits boundaries at junctions', () => {
    const disc = boundaryChains(wobblyDisc(0), W, W);
    expect(disc).toHaveLength(1);
    expect(disc[0]!.closed).toBe(true);
    // Three sectors meeting at the centre: three chains, each from the shared corner to the image edge.
    const labels = new Int32Array(60 * 60);
    for (let y = 0; y < 60; y++) for (let x = 0; x < 60; x++) labels[y * 60 + x] = y < 30 ? 0 : x < 30 ? 1 : 2;
    const chains = boundaryChains(labels, 60, 60);
    expect(chains).toHaveLength(3);
    for (const c of chains) {
      expect(c.closed).toBe(false);
      const ends = [[c.corners[0], c.corners[1]], [c.corners[c.corners.length - 2], c.corners[c.corners.length - 1]]];
      expect(ends).toContainEqual([30, 30]);
    }
  });

  it('smooths a stair-stepped, wobbly circle into a round centre line, never far from the pixels', () => {
    const [chain] = boundaryChains(wobblyDisc(1), W, W);
    const before = radialSpread(chainSamples(chain!));
    const smooth = smoothChain(chain!);
    const after = radialSpread(smooth);
    expect(before).toBeGreaterThan(0.6);
    expect(after).toBeLessThan(0.15);
    const start = chainSamples(chain!);
    for (let i = 0; i < smooth.length; i += 2) {
      expect(Math.hypot(smooth[i]! - start[i]!, smooth[i + 1]! - start[i + 1]!)).toBeLessThanOrEqual(SMOOTH_DEFAULTS.tolerance + 1e-9);
    }
  });

  it('draws the outline of a wobbly circle round and even, same width as before', () => {
    const labels = wobblyDisc(1);
    const pixel = outlineSpread(drawPixelOutlines(labels, W, W, 3));
    const curve = outlineSpread(drawOutlines(labels, W, W, 3));
    expect(pixel).toBeGreaterThan(0.5);
    expect(curve).toBeLessThan(0.2);
    // Same ink along the circle: the stroke is still 6 px wide.
    const ink = (a: Uint8Array): number => a.reduce((sum, v) => sum + v, 0) / 255;
    expect(ink(drawOutlines(labels, W, W, 3)) / ink(drawPixelOutlines(labels, W, W, 3))).toBeCloseTo(1, 1);
  });

  it('keeps a traced disc closed and leak-free after smoothing', () => {
    const rgba = new Uint8Array(W * W * 4);
    const labels = wobblyDisc(1.5);
    for (let i = 0; i < labels.length; i++) if (labels[i]) rgba.set([230, 60, 50, 255], i * 4);
    const { regions, leaks } = traceScene(rgba, W, W, { minArea: 300, minRadius: 4, halfWidth: 3, minFinalArea: 100 });
    expect(leaks).toBe(0);
    expect(regions.count).toBe(2);
  });
});
