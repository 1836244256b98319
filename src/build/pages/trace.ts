/**
 * Tracing a flat-colour scene into colouring-book line art. Pure functions over typed arrays
 * (no DOM), shared by the build-time page generator and its tests.
 *
 * Pipeline: segmentColours → simplifyRegions (thin parts and small regions merged into a
 * neighbour, so every region is finger-sized and no outline can end up dashed) → drawOutlines
 * (bold anti-aliased strokes centred on every region boundary) → countRegions (closed areas of the
 * final line art, background included).
 */
import { distanceTransform } from './edt.ts';
import { borderLengths, boundaryMask, connectedComponents, type Labels } from './labels.ts';
import { liftInk, maskCoverage, pickInk, regionStats, INK_DEFAULTS } from './ink.ts';
import { segmentColours } from './segment.ts';

export { boundaryMask, connectedComponents, type Labels } from './labels.ts';
export { segmentColours } from './segment.ts';

/** Thresholds tuned for pages rendered at 2400×1697. */
export const TRACE_DEFAULTS = {
  /** Max channel difference (0–255) between 4-neighbours for a pixel to count as flat colour. */
  coreTolerance: 6,
  /** Parts of a region narrower than 2·minRadius+1 px are handed to a neighbour. */
  minRadius: 11,
  /** Regions smaller than this (px) are merged into the neighbour they share most border with. */
  minArea: 4000,
  /** Half the outline width (px): strokes are 2·halfWidth wide, centred on region boundaries. */
  halfWidth: 3,
  /** Alpha (0–255) from which a line-art pixel counts as outline when regions are counted. */
  lineThreshold: 128,
  /** Smallest closed area of the final line art (after the strokes took their share). */
  minFinalArea: 2000,
} as const;

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

/**
 * Bold outlines along every region boundary: alpha (0–255) of a stroke 2·halfWidth px wide,
 * centred on the pixel cracks between regions, anti-aliased by exact Euclidean distance.
 * Boundaries with the `outerLabel` region (the background) may be drawn `outerHalfWidth` wide.
 */
export function drawOutlines(
  labels: Int32Array,
  width: number,
  height: number,
  halfWidth: number = TRACE_DEFAULTS.halfWidth,
): Uint8Array {
  const n = width * height;
  const { dist2 } = distanceTransform(boundaryMask(labels, width, height), width, height);
  const alpha = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    // Distance to the crack ≈ distance to the nearest boundary pixel centre + ½ px.
    const cover = halfWidth - Math.sqrt(dist2[i]!);
    alpha[i] = cover >= 1 ? 255 : cover <= 0 ? 0 : Math.round(cover * 255);
  }
  return alpha;
}

export interface RegionCount {
  /** Closed regions of the line art: 4-connected non-outline areas, the background included. */
  count: number;
  areas: number[];
  /** Region of every pixel, -1 on the outline. */
  labels: Int32Array;
}

/** Counts the closed regions of line art given as outline alpha (or any one-channel ink map). */
export function countRegions(alpha: Uint8Array, width: number, height: number, threshold: number = TRACE_DEFAULTS.lineThreshold): RegionCount {
  const n = width * height;
  const labels = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const areas: number[] = [];
  for (let s = 0; s < n; s++) {
    if (labels[s] !== -1 || alpha[s]! >= threshold) continue;
    const id = areas.length;
    let top = 0, area = 0;
    stack[top++] = s;
    labels[s] = id;
    while (top > 0) {
      const i = stack[--top]!;
      area++;
      const x = i % width;
      if (x > 0 && labels[i - 1] === -1 && alpha[i - 1]! < threshold) { labels[i - 1] = id; stack[top++] = i - 1; }
      if (x < width - 1 && labels[i + 1] === -1 && alpha[i + 1]! < threshold) { labels[i + 1] = id; stack[top++] = i + 1; }
      if (i >= width && labels[i - width] === -1 && alpha[i - width]! < threshold) { labels[i - width] = id; stack[top++] = i - width; }
      if (i + width < n && labels[i + width] === -1 && alpha[i + width]! < threshold) { labels[i + width] = id; stack[top++] = i + width; }
    }
    areas.push(area);
  }
  void height;
  return { count: areas.length, areas, labels };
}

/** Closed areas of the line art smaller than `minArea` are filled with solid ink (in place). */
export function fillTinyAreas(alpha: Uint8Array, width: number, height: number, minArea: number, threshold: number = TRACE_DEFAULTS.lineThreshold): number {
  const { labels, areas } = countRegions(alpha, width, height, threshold);
  let filled = 0;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (l >= 0 && areas[l]! < minArea) alpha[i] = 255;
  }
  for (const a of areas) if (a < minArea) filled++;
  return filled;
}

export interface TraceResult {
  /** Outline alpha (0–255) at the input size. */
  alpha: Uint8Array;
  /** Closed regions of the final line art (background included) and their areas. */
  regions: RegionCount;
  /** Colour regions found in the render, inked as details, and left after merging. */
  rawCount: number;
  inkCount: number;
  mergedCount: number;
  /** Enclosed slivers filled with ink at the end. */
  filled: number;
  /** Closed areas of the line art that span two traced regions (an outline gap): must be 0. */
  leaks: number;
}

export interface TraceOptions extends SimplifyOptions {
  halfWidth?: number;
  /** Smallest closed area allowed in the final line art (smaller ones become ink). */
  minFinalArea?: number;
}

/** The whole pipeline: premultiplied RGBA render → bold, closed line art. */
export function traceScene(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, options: TraceOptions = {}): TraceResult {
  const minArea = options.minArea ?? TRACE_DEFAULTS.minArea;
  const minRadius = options.minRadius ?? TRACE_DEFAULTS.minRadius;
  const raw = segmentColours(rgba, width, height, TRACE_DEFAULTS.coreTolerance);
  const covered = coveredMask(raw.labels, width, height, minRadius);
  const stats = regionStats(rgba, raw, width, height, covered);
  const pick = pickInk(stats, { ...INK_DEFAULTS, minArea, minRadius });
  const lifted = liftInk(raw, pick, width, height, stats.host);
  const merged = simplifyRegions({ labels: lifted.labels, count: raw.count }, width, height, { minArea, minRadius, rgba });
  const alpha = drawOutlines(merged.labels, width, height, options.halfWidth ?? TRACE_DEFAULTS.halfWidth);
  const inkAlpha = maskCoverage(lifted.mask, width, height);
  for (let i = 0; i < alpha.length; i++) if (inkAlpha[i]! > alpha[i]!) alpha[i] = inkAlpha[i]!;
  const filled = fillTinyAreas(alpha, width, height, options.minFinalArea ?? TRACE_DEFAULTS.minFinalArea);
  let inkCount = 0;
  for (const v of pick.ink) inkCount += v;
  const regions = countRegions(alpha, width, height);
  // Every closed area must lie inside one traced region: otherwise an outline has a gap.
  const owner = new Int32Array(regions.count).fill(-1);
  const leaky = new Uint8Array(regions.count);
  for (let i = 0; i < alpha.length; i++) {
    const r = regions.labels[i]!;
    if (r < 0) continue;
    if (owner[r] === -1) owner[r] = merged.labels[i]!;
    else if (owner[r] !== merged.labels[i]) leaky[r] = 1;
  }
  let leaks = 0;
  for (const v of leaky) leaks += v;
  return { alpha, regions, rawCount: raw.count, inkCount, mergedCount: merged.count, filled, leaks };
}

export { measureStrokeWidth } from './strokeWidth.ts';
