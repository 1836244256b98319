/**
 * A photo or a scanned drawing made ready for the tracer, which expects flat colour areas (it was
 * built for rendered scenes): a light blur irons out grain and JPEG noise, then every pixel takes
 * the nearest of a few colours found by k-means. Pure functions over typed arrays (no DOM).
 */
import { connectedComponents } from './labels';

/** "Fewer" or "more" regions, as the adult asks: fewer colours and bigger smallest regions, or the reverse. */
export type TraceDetail = 'fewer' | 'normal' | 'more';

export const DETAIL_LEVELS: Record<TraceDetail, { colours: number; minArea: number }> = {
  fewer: { colours: 4, minArea: 12_000 },
  normal: { colours: 7, minArea: 6_000 },
  more: { colours: 12, minArea: 3_000 },
};

/** Box blur of the colour channels, `radius` px each way, twice (close to a Gaussian). Alpha is kept. */
export function blurColours(rgba: Uint8ClampedArray, width: number, height: number, radius: number): Uint8ClampedArray {
  let current = rgba;
  for (let pass = 0; pass < 2; pass++) current = boxPass(boxPass(current, width, height, radius, true), width, height, radius, false);
  return current;
}

function boxPass(src: Uint8ClampedArray, width: number, height: number, radius: number, horizontal: boolean): Uint8ClampedArray {
  const out = new Uint8ClampedArray(src.length);
  const lines = horizontal ? height : width;
  const length = horizontal ? width : height;
  const step = horizontal ? 4 : width * 4;
  for (let line = 0; line < lines; line++) {
    const start = horizontal ? line * width * 4 : line * 4;
    for (let c = 0; c < 4; c++) {
      if (c === 3) {
        for (let i = 0; i < length; i++) out[start + i * step + 3] = src[start + i * step + 3]!;
        continue;
      }
      // A running sum over the window, the edges repeated.
      let sum = 0;
      for (let k = -radius; k <= radius; k++) sum += src[start + clamp(k, length) * step + c]!;
      for (let i = 0; i < length; i++) {
        out[start + i * step + c] = sum / (2 * radius + 1);
        sum += src[start + clamp(i + radius + 1, length) * step + c]! - src[start + clamp(i - radius, length) * step + c]!;
      }
    }
  }
  return out;
}

const clamp = (i: number, length: number) => (i < 0 ? 0 : i >= length ? length - 1 : i);

/**
 * The picture in `k` flat colours (k-means over a sample of pixels, seeded the same way every
 * time, so the same photo always gives the same page). Returns the flat RGBA and each pixel's colour index.
 */
export function quantise(rgba: Uint8ClampedArray, width: number, height: number, k: number): { rgba: Uint8ClampedArray; index: Int32Array } {
  const n = width * height;
  const sampleStep = Math.max(1, Math.floor(n / 40_000));
  const samples: number[] = [];
  for (let i = 0; i < n; i += sampleStep) samples.push(rgba[i * 4]!, rgba[i * 4 + 1]!, rgba[i * 4 + 2]!);
  const centres = initialCentres(samples, k);
  const count = samples.length / 3;
  const assigned = new Int32Array(count);
  for (let round = 0; round < 12; round++) {
    const sums = new Float64Array(k * 4);
    for (let s = 0; s < count; s++) {
      const best = nearest(centres, samples[s * 3]!, samples[s * 3 + 1]!, samples[s * 3 + 2]!);
      assigned[s] = best;
      sums[best * 4]! += samples[s * 3]!;
      sums[best * 4 + 1]! += samples[s * 3 + 1]!;
      sums[best * 4 + 2]! += samples[s * 3 + 2]!;
      sums[best * 4 + 3]! += 1;
    }
    let moved = 0;
    for (let c = 0; c < centres.length / 3; c++) {
      const members = sums[c * 4 + 3]!;
      if (members === 0) continue;
      for (let ch = 0; ch < 3; ch++) {
        const next = sums[c * 4 + ch]! / members;
        moved = Math.max(moved, Math.abs(next - centres[c * 3 + ch]!));
        centres[c * 3 + ch] = next;
      }
    }
    if (moved < 0.5) break;
  }
  const out = new Uint8ClampedArray(n * 4);
  const index = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = nearest(centres, rgba[i * 4]!, rgba[i * 4 + 1]!, rgba[i * 4 + 2]!);
    index[i] = c;
    out[i * 4] = centres[c * 3]!;
    out[i * 4 + 1] = centres[c * 3 + 1]!;
    out[i * 4 + 2] = centres[c * 3 + 2]!;
    out[i * 4 + 3] = 255;
  }
  return { rgba: out, index };
}

/** k-means++ with a fixed choice rule: each next centre is the sample farthest from those chosen. */
function initialCentres(samples: number[], k: number): number[] {
  const count = samples.length / 3;
  // Start from the sample nearest the mean: stable for any photo.
  const mean = [0, 0, 0];
  for (let s = 0; s < count; s++) for (let ch = 0; ch < 3; ch++) mean[ch]! += samples[s * 3 + ch]! / count;
  let first = 0;
  let firstDistance = Infinity;
  for (let s = 0; s < count; s++) {
    const d = distance2(samples, s, mean[0]!, mean[1]!, mean[2]!);
    if (d < firstDistance) [first, firstDistance] = [s, d];
  }
  const centres = [samples[first * 3]!, samples[first * 3 + 1]!, samples[first * 3 + 2]!];
  const closest = new Float64Array(count).fill(Infinity);
  while (centres.length / 3 < k) {
    const last = centres.length - 3;
    let far = -1;
    let farDistance = 0;
    for (let s = 0; s < count; s++) {
      closest[s] = Math.min(closest[s]!, distance2(samples, s, centres[last]!, centres[last + 1]!, centres[last + 2]!));
      if (closest[s]! > farDistance) [far, farDistance] = [s, closest[s]!];
    }
    // Fewer distinct colours than k (a black-and-white drawing): stop early.
    if (far < 0 || farDistance < 64) break;
    centres.push(samples[far * 3]!, samples[far * 3 + 1]!, samples[far * 3 + 2]!);
  }
  return centres;
}

function distance2(samples: number[], s: number, r: number, g: number, b: number): number {
  const dr = samples[s * 3]! - r;
  const dg = samples[s * 3 + 1]! - g;
  const db = samples[s * 3 + 2]! - b;
  return dr * dr + dg * dg + db * db;
}

function nearest(centres: number[], r: number, g: number, b: number): number {
  let best = 0;
  let bestDistance = Infinity;
  for (let c = 0; c < centres.length / 3; c++) {
    const dr = centres[c * 3]! - r;
    const dg = centres[c * 3 + 1]! - g;
    const db = centres[c * 3 + 2]! - b;
    const d = dr * dr + dg * dg + db * db;
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/**
 * How many pieces the flattened picture falls into: connected areas of one flat colour of at
 * least `minArea` pixels (JPEG specks below it are ignored; the tracer merges them away). A
 * drawing or a calm photo has tens; gravel, leaves or confetti has thousands and would trace into
 * a page no child can colour.
 */
export function pieceCount(index: Int32Array, width: number, height: number, minArea = 16): number {
  const { labels, count } = connectedComponents(index, width, height);
  const area = new Int32Array(count);
  for (let i = 0; i < labels.length; i++) area[labels[i]!]!++;
  let pieces = 0;
  for (let l = 0; l < count; l++) if (area[l]! >= minArea) pieces++;
  return pieces;
}
