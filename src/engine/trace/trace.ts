/**
 * Tracing a flat-colour scene into colouring-book line art. Pure functions over typed arrays
 * (no DOM), shared by the build-time page generator and its tests.
 *
 * Pipeline: segmentColours → simplifyRegions (thin parts and small regions merged into a
 * neighbour, so every region is finger-sized and no outline can end up dashed) → drawOutlines
 * (every region boundary traced as a chain of pixel cracks, smoothed into an even curve, and
 * stroked bold and anti-aliased) → countRegions (closed areas of the final line art, background
 * included) and the leak check against the region map.
 */
import { boundaryChains } from './contours';
import { distanceTransform } from './edt';
import { boundaryMask } from './labels';
import { TRACE_DEFAULTS } from './defaults';
import { coveredMask, simplifyRegions, type SimplifyOptions } from './regions';
import { liftInk, maskCoverage, pickInk, regionStats, INK_DEFAULTS } from './ink';
import { segmentColours } from './segment';
import { smoothChain, type SmoothOptions } from './smoothCurve';
import { strokePolyline } from './strokeLines';

export { boundaryMask, connectedComponents, type Labels } from './labels';
export { segmentColours } from './segment';

export { TRACE_DEFAULTS } from './defaults';
export { coveredMask, mergeSmallRegions, removeThinParts, simplifyRegions, smoothLabels, type SimplifyOptions } from './regions';

/**
 * Bold outlines along every region boundary: alpha (0–255) of a stroke 2·halfWidth px wide along
 * a smooth curve fitted to each boundary (see smoothCurve.ts), anti-aliased by exact distance.
 * Boundaries are chains between junctions, so neighbouring curves share their ends and the
 * outlines stay closed.
 */
export function drawOutlines(
  labels: Int32Array,
  width: number,
  height: number,
  halfWidth: number = TRACE_DEFAULTS.halfWidth,
  smooth: SmoothOptions = TRACE_DEFAULTS.curve,
): Uint8Array {
  const alpha = new Uint8Array(width * height);
  // A thinner stroke allows less room to move the line (see TRACE_DEFAULTS.curveTolerance).
  const fit = { ...smooth, tolerance: Math.min(smooth.tolerance, Math.max(0, halfWidth - 1)) };
  for (const chain of boundaryChains(labels, width, height)) {
    strokePolyline(alpha, width, height, smoothChain(chain, fit), chain.closed, halfWidth);
  }
  return alpha;
}

/**
 * The outlines as they were before curve fitting: strokes centred on the pixel cracks
 * themselves (by distance to the nearest boundary pixel), so every stair and wobble of the
 * region map shows. Kept to measure the smoothing against.
 */
export function drawPixelOutlines(labels: Int32Array, width: number, height: number, halfWidth: number = TRACE_DEFAULTS.halfWidth): Uint8Array {
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

export { measureStrokeWidth } from './strokeWidth';
