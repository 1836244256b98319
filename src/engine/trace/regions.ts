/**
 * Region clean-up before outlines are drawn: thin parts and small regions handed to a neighbour,
 * edges ironed, so every region is finger-sized and no outline can end up dashed.
 */
import { TRACE_DEFAULTS } from './defaults';
import { distanceTransform } from './edt';
import { borderLengths, boundaryMask, connectedComponents, type Labels } from './labels';

/**
 * Morphological opening of every region at once: a pixel is covered when a disc of radius
 * `radius` lying wholly inside its own region contains it.
 */
export function coveredMask(labels: Int32Array, width: number, height: number, radius: number): Uint8Array {
  const n = width * height;
  const r2 = radius * radius;
  const boundary = distanceTransform(boundaryMask(labels, width, height), width, height);
  const interior = new Uint8Array(n);
  for (let i = 0; i < n; i++) interior[i] = boundary.dist2[i]! >= r2 ? 1 : 0;
  const fromInterior = distanceTransform(interior, width, height);
  const covered = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const q = fromInterior.nearest[i]!;
    if (q >= 0 && fromInterior.dist2[i]! <= r2 && labels[q] === labels[i]) covered[i] = 1;
  }
  return covered;
}

/**
 * Pixels not covered by the opening (slivers, thin shading edges, necks, sharp tips) are handed
 * to the nearest covered pixel's region.
 */
export function removeThinParts(labels: Int32Array, width: number, height: number, radius: number): Int32Array {
  const covered = coveredMask(labels, width, height, radius);
  if (!covered.includes(1)) return labels.slice();
  const { nearest } = distanceTransform(covered, width, height);
  const out = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) out[i] = covered[i] ? labels[i]! : labels[nearest[i]!]!;
  return out;
}

/**
 * Gaussian-weighted majority filter near boundaries: irons out the bumps and stairs that
 * anti-aliasing and merging leave along region edges, so outlines run smooth.
 */
export function smoothLabels(labels: Int32Array, width: number, height: number, radius = 4, sigma = 2.5): Int32Array {
  const { dist2 } = distanceTransform(boundaryMask(labels, width, height), width, height);
  const out = labels.slice();
  const weights: number[] = [];
  for (let dy = -radius; dy <= radius; dy++) for (let dx = -radius; dx <= radius; dx++) weights.push(dx * dx + dy * dy <= radius * radius ? Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma)) : 0);
  const cand = new Int32Array(64);
  const vote = new Float64Array(64);
  const r2 = radius * radius;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (dist2[i]! > r2) continue;
      let k = 0;
      for (let dy = -radius, w = 0; dy <= radius; dy++) {
        const yy = y + dy;
        for (let dx = -radius; dx <= radius; dx++, w++) {
          const xx = x + dx;
          const wt = weights[w]!;
          if (wt === 0 || yy < 0 || yy >= height || xx < 0 || xx >= width) continue;
          const l = labels[yy * width + xx]!;
          let j = 0;
          while (j < k && cand[j] !== l) j++;
          if (j === k) { if (k === 64) continue; cand[k] = l; vote[k] = 0; k++; }
          vote[j] = vote[j]! + wt;
        }
      }
      let best = labels[i]!, bestVote = -1;
      for (let j = 0; j < k; j++) if (vote[j]! > bestVote) { bestVote = vote[j]!; best = cand[j]!; }
      out[i] = best;
    }
  }
  return out;
}

/**
 * Merges every region smaller than `minArea` into a neighbour, repeating until none is left. The
 * neighbour sharing the longest border wins (ties: the larger one); given the render's `rgba`,
 * borders are weighed by colour likeness, so shading and pattern pieces join their own kind.
 */
export function mergeSmallRegions(input: Labels, width: number, height: number, minArea: number, rgba?: Uint8Array | Uint8ClampedArray): Labels {
  let { labels, count } = connectedComponents(input.labels, width, height);
  for (let round = 0; round < 50; round++) {
    const area = new Float64Array(count);
    for (let i = 0; i < labels.length; i++) area[labels[i]!]!++;
    const mean = rgba ? meanColours(rgba, labels, count) : null;
    const small = new Uint8Array(count);
    let anySmall = false;
    for (let l = 0; l < count; l++) if (area[l]! < minArea && area[l]! < labels.length) { small[l] = 1; anySmall = true; }
    if (!anySmall || count <= 1) break;
    const border = borderLengths(labels, width, height, count, (l) => small[l] === 1);
    const bestLen = new Float64Array(count);
    const target = new Int32Array(count).fill(-1);
    for (const [key, length] of border) {
      const a = Math.floor(key / count);
      const b = key - a * count;
      let len = length;
      if (mean) {
        const d = Math.hypot(mean[a * 3]! - mean[b * 3]!, mean[a * 3 + 1]! - mean[b * 3 + 1]!, mean[a * 3 + 2]! - mean[b * 3 + 2]!);
        len = length / (1 + d / 60);
      }
      const better = len > bestLen[a]! || (len === bestLen[a]! && target[a]! >= 0 && area[b]! > area[target[a]!]!);
      if (better) { bestLen[a] = len; target[a] = b; }
    }
    const parent = new Int32Array(count);
    for (let l = 0; l < count; l++) parent[l] = l;
    const find = (l: number): number => {
      while (parent[l] !== l) { parent[l] = parent[parent[l]!]!; l = parent[l]!; }
      return l;
    };
    for (let l = 0; l < count; l++) {
      const t = target[l]!;
      if (t < 0) continue;
      const ra = find(l), rb = find(t);
      if (ra !== rb) parent[ra] = rb;
    }
    const merged = new Int32Array(labels.length);
    for (let i = 0; i < labels.length; i++) merged[i] = find(labels[i]!);
    ({ labels, count } = connectedComponents(merged, width, height));
  }
  return { labels, count };
}

/** Mean colour (composited on white) of every region, 3 values per label. */
function meanColours(rgba: Uint8Array | Uint8ClampedArray, labels: Int32Array, count: number): Float64Array {
  const sum = new Float64Array(count * 4);
  for (let i = 0; i < labels.length; i++) {
    const o = labels[i]! * 4, a = rgba[i * 4 + 3]!;
    sum[o] = sum[o]! + rgba[i * 4]! + 255 - a;
    sum[o + 1] = sum[o + 1]! + rgba[i * 4 + 1]! + 255 - a;
    sum[o + 2] = sum[o + 2]! + rgba[i * 4 + 2]! + 255 - a;
    sum[o + 3] = sum[o + 3]! + 1;
  }
  const mean = new Float64Array(count * 3);
  for (let l = 0; l < count; l++) for (let c = 0; c < 3; c++) mean[l * 3 + c] = sum[l * 4 + c]! / Math.max(1, sum[l * 4 + 3]!);
  return mean;
}

export interface SimplifyOptions {
  /** The render, so that merges prefer neighbours of like colour. */
  rgba?: Uint8Array | Uint8ClampedArray;
  minArea?: number;
  minRadius?: number;
}

/** Thin parts and small regions merged away until both hold for every region (a few rounds). */
export function simplifyRegions(input: Labels, width: number, height: number, options: SimplifyOptions = {}): Labels {
  const minArea = options.minArea ?? TRACE_DEFAULTS.minArea;
  const minRadius = options.minRadius ?? TRACE_DEFAULTS.minRadius;
  let current = mergeSmallRegions(input, width, height, Math.min(minArea, 64), options.rgba);
  for (let round = 0; round < 4; round++) {
    const before = current.labels;
    const opened = removeThinParts(current.labels, width, height, minRadius);
    current = mergeSmallRegions({ labels: opened, count: current.count }, width, height, minArea, options.rgba);
    if (round > 0 && sameLabels(before, current.labels)) break;
  }
  const smooth = smoothLabels(current.labels, width, height);
  current = mergeSmallRegions({ labels: removeThinParts(smooth, width, height, minRadius), count: current.count }, width, height, minArea, options.rgba);
  return current;
}

function sameLabels(a: Int32Array, b: Int32Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
