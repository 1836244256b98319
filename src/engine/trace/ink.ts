/**
 * Small dark details (pupils, mouths, eyebrows, thin dark stripes) are too small to colour but
 * carry a picture's expression: instead of merging them away, the tracer draws them as solid ink.
 * Pure functions over typed arrays (no DOM).
 */
import { distanceTransform } from './edt';
import { borderLengths, boundaryMask, type Labels } from './labels';

export interface RegionStats {
  area: Float64Array;
  /** Area left after the morphological opening (the colourable part), if a covered mask was given. */
  openedArea: Float64Array;
  /** Radius (px) of the largest disc inside each region. */
  radius: Float64Array;
  /** Mean luminance (0–255) of each region's colour composited on white. */
  luma: Float64Array;
  /** Neighbour sharing the longest border, or -1. */
  host: Int32Array;
  /** Share (0–1) of each region's border that it shares with its host. */
  hostShare: Float64Array;
}

export function regionStats(rgba: Uint8Array | Uint8ClampedArray, seg: Labels, width: number, height: number, covered?: Uint8Array): RegionStats {
  const { labels, count } = seg;
  const n = width * height;
  const area = new Float64Array(count);
  const openedArea = new Float64Array(count);
  const lumaSum = new Float64Array(count);
  const radius2 = new Float64Array(count);
  const { dist2 } = distanceTransform(boundaryMask(labels, width, height), width, height);
  for (let i = 0; i < n; i++) {
    const l = labels[i]!;
    const a = rgba[i * 4 + 3]!;
    const r = rgba[i * 4]! + 255 - a, g = rgba[i * 4 + 1]! + 255 - a, b = rgba[i * 4 + 2]! + 255 - a;
    area[l]!++;
    if (!covered || covered[i]) openedArea[l]!++;
    lumaSum[l]! += 0.299 * r + 0.587 * g + 0.114 * b;
    // No boundary at all (a single region): use the image size.
    const d = dist2[i]! >= 1e19 ? n : dist2[i]!;
    if (d > radius2[l]!) radius2[l] = d;
  }
  const border = borderLengths(labels, width, height, count);
  const host = new Int32Array(count).fill(-1);
  const best = new Float64Array(count);
  const total = new Float64Array(count);
  for (const [key, len] of border) {
    const a = Math.floor(key / count), b = key - a * count;
    total[a]! += len;
    if (len > best[a]!) { best[a] = len; host[a] = b; }
  }
  const hostShare = new Float64Array(count);
  for (let l = 0; l < count; l++) hostShare[l] = total[l]! > 0 ? best[l]! / total[l]! : 0;
  const luma = new Float64Array(count);
  const radius = new Float64Array(count);
  for (let l = 0; l < count; l++) {
    luma[l] = lumaSum[l]! / Math.max(1, area[l]!);
    radius[l] = Math.sqrt(radius2[l]!);
  }
  return { area, openedArea, radius, luma, host, hostShare };
}

export interface InkOptions {
  /** Regions at least this big and this thick are colourable, never ink. */
  minArea: number;
  minRadius: number;
  /** How much darker or lighter than its host (luminance) an enclosed detail must be to be inked. */
  contrast: number;
  /** Details darker than this are inked whatever the host. */
  dark: number;
  /** Otherwise a detail must lie mostly inside its host (share of its border), like an eyebrow. */
  enclosed: number;
  /** Details thinner or smaller than these are simply merged away. */
  inkMinRadius: number;
  inkMinArea: number;
}

export const INK_DEFAULTS: InkOptions = { minArea: 4000, minRadius: 11, contrast: 55, dark: 130, enclosed: 0.7, inkMinRadius: 3, inkMinArea: 150 };

/** Regions big enough to colour (after opening), and the details to draw as solid ink. */
export interface InkPick {
  colourable: Uint8Array;
  ink: Uint8Array;
}

/** Ink: small or thin regions, dark or contrasting with the region around them, yet not specks. */
export function pickInk(stats: RegionStats, options: InkOptions = INK_DEFAULTS): InkPick {
  const count = stats.area.length;
  const ink = new Uint8Array(count);
  const colourable = new Uint8Array(count);
  for (let l = 0; l < count; l++) {
    const area = stats.area[l]!, radius = stats.radius[l]!;
    colourable[l] = stats.openedArea[l]! >= options.minArea && radius >= options.minRadius ? 1 : 0;
    if (colourable[l] || area < options.inkMinArea || radius < options.inkMinRadius) continue;
    const host = stats.host[l]!;
    const hostLuma = host >= 0 ? stats.luma[host]! : 255;
    const inside = stats.hostShare[l]! >= options.enclosed;
    if (stats.luma[l]! <= options.dark || (inside && Math.abs(stats.luma[l]! - hostLuma) >= options.contrast)) ink[l] = 1;
  }
  return { colourable, ink };
}

/**
 * Hands every ink pixel to the first colourable region up its chain of hosts (else to the
 * nearest non-ink pixel), so the colourable regions close over the details; returns the ink
 * mask. Going by hosts keeps symmetric features alike: an iris joins the face, not its eye white,
 * which then merges into the face too instead of growing colourable on one side only.
 */
export function liftInk(seg: Labels, pick: InkPick, width: number, height: number, host?: Int32Array): { labels: Int32Array; mask: Uint8Array } {
  const { ink, colourable } = pick;
  const n = width * height;
  const mask = new Uint8Array(n);
  const keep = new Uint8Array(n);
  let any = false;
  for (let i = 0; i < n; i++) {
    if (ink[seg.labels[i]!]) { mask[i] = 1; any = true; } else keep[i] = 1;
  }
  if (!any) return { labels: seg.labels.slice(), mask };
  const owner = new Int32Array(seg.count).fill(-1);
  if (host) {
    for (let l = 0; l < seg.count; l++) {
      let h = l;
      for (let step = 0; step < 8 && h >= 0 && !colourable[h]; step++) h = host[h]!;
      owner[l] = h >= 0 && colourable[h] ? h : -1;
    }
  }
  const { nearest } = distanceTransform(keep, width, height);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const l = seg.labels[i]!;
    if (keep[i]) labels[i] = l;
    else if (owner[l]! >= 0) labels[i] = owner[l]!;
    else labels[i] = nearest[i]! >= 0 ? seg.labels[nearest[i]!]! : l;
  }
  return { labels, mask };
}

/** Box blur (radius r) along rows then columns, in place over `v`. */
function boxBlur(v: Float32Array, width: number, height: number, r: number): void {
  const tmp = new Float32Array(Math.max(width, height));
  const pass = (len: number, stride: number, lines: number, lineStride: number): void => {
    for (let line = 0; line < lines; line++) {
      const base = line * lineStride;
      for (let k = 0; k < len; k++) tmp[k] = v[base + k * stride]!;
      let sum = 0;
      for (let k = -r; k <= r; k++) sum += tmp[Math.min(len - 1, Math.max(0, k))]!;
      for (let k = 0; k < len; k++) {
        v[base + k * stride] = sum / (2 * r + 1);
        sum += tmp[Math.min(len - 1, k + r + 1)]! - tmp[Math.max(0, k - r)]!;
      }
    }
  };
  pass(width, 1, height, width);
  pass(height, width, width, 1);
}

/**
 * Anti-aliased coverage (0–255) of a binary mask: blurred, then a steep ramp around one half,
 * which also smooths the pixel staircase of the mask's edge.
 */
export function maskCoverage(mask: Uint8Array, width: number, height: number): Uint8Array {
  const n = width * height;
  const v = new Float32Array(n);
  for (let i = 0; i < n; i++) v[i] = mask[i] ? 1 : 0;
  boxBlur(v, width, height, 1);
  boxBlur(v, width, height, 1);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = (v[i]! - 0.5) * 2.5 + 0.5;
    out[i] = c >= 1 ? 255 : c <= 0 ? 0 : Math.round(c * 255);
  }
  return out;
}
