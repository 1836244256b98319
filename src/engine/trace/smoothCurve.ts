/**
 * Smooth, round centre lines for outlines: a chain of pixel cracks (a staircase, with whatever
 * wobble the region map has) becomes an even curve that stays within a set distance of it.
 *
 * Gaussian smoothing along the chain irons out stairs and wobbles; on its own it would also cut
 * corners and shrink small shapes without limit, so after each pass every point is pulled back
 * to within `tolerance` px of where it started. A few passes settle on the smoothest curve in
 * that tube. The tolerance is what keeps the leak check honest: every pixel of a region stays
 * within the stroke's half-width of its own side of the line. Sharp corners (a collar's tip, a
 * star's point) are kept where they are, as Potrace does: rounding two tips that nearly touch
 * would pull them apart and open a pinch between regions. Pure functions, no DOM.
 */
import type { Chain } from './contours';

export interface SmoothOptions {
  /** Standard deviation of each smoothing pass, in samples (≈ px). */
  sigma: number;
  /** Furthest a point may move from the pixel boundary (px). */
  tolerance: number;
  /** Smoothing passes, each followed by the pull-back. */
  passes: number;
  /** A turn sharper than this (degrees), seen over cornerWindow samples each way, is a corner. */
  cornerAngle: number;
  cornerWindow: number;
}

export const SMOOTH_DEFAULTS: SmoothOptions = { sigma: 4, tolerance: 2, passes: 4, cornerAngle: 60, cornerWindow: 8 };

/**
 * Samples a chain at its crack midpoints (the stair corners are what makes it jagged). An open
 * chain keeps its exact end corners, which the chains meeting there share.
 */
export function chainSamples(chain: Chain): Float64Array {
  const c = chain.corners, m = c.length / 2 - 1;
  const out = new Float64Array(chain.closed ? m * 2 : (m + 2) * 2);
  let o = 0;
  if (!chain.closed) { out[o++] = c[0]!; out[o++] = c[1]!; }
  for (let k = 0; k < m; k++) {
    out[o++] = (c[k * 2]! + c[k * 2 + 2]!) / 2;
    out[o++] = (c[k * 2 + 1]! + c[k * 2 + 3]!) / 2;
  }
  if (!chain.closed) { out[o++] = c[m * 2]!; out[o++] = c[m * 2 + 1]!; }
  return out;
}

/** One Gaussian pass; open chains are mirrored through their ends so the ends stay put. */
function gaussianPass(p: Float64Array, closed: boolean, sigma: number): Float64Array {
  const n = p.length / 2;
  const s = Math.min(sigma, closed ? n / 6 : (n - 1) / 3);
  if (s < 0.3) return p.slice();
  const K = Math.min(Math.ceil(3 * s), closed ? Math.floor((n - 1) / 2) : n - 1);
  const w = new Float64Array(K + 1);
  let total = 0;
  for (let k = 0; k <= K; k++) { w[k] = Math.exp(-(k * k) / (2 * s * s)); total += k ? 2 * w[k]! : w[k]!; }
  // Padded copy: cyclic for loops, point-mirrored (2·end − p) for open chains.
  const ext = new Float64Array((n + 2 * K) * 2);
  for (let i = -K; i < n + K; i++) {
    let x: number, y: number;
    if (closed) {
      const j = ((i % n) + n) % n;
      x = p[j * 2]!; y = p[j * 2 + 1]!;
    } else if (i < 0) {
      x = 2 * p[0]! - p[-i * 2]!; y = 2 * p[1]! - p[-i * 2 + 1]!;
    } else if (i >= n) {
      const j = 2 * (n - 1) - i;
      x = 2 * p[(n - 1) * 2]! - p[j * 2]!; y = 2 * p[(n - 1) * 2 + 1]! - p[j * 2 + 1]!;
    } else {
      x = p[i * 2]!; y = p[i * 2 + 1]!;
    }
    ext[(i + K) * 2] = x;
    ext[(i + K) * 2 + 1] = y;
  }
  const out = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) {
    let sx = 0, sy = 0;
    for (let k = -K; k <= K; k++) {
      const wk = w[k < 0 ? -k : k]!, e = (i + K + k) * 2;
      sx += wk * ext[e]!;
      sy += wk * ext[e + 1]!;
    }
    out[i * 2] = sx / total;
    out[i * 2 + 1] = sy / total;
  }
  if (!closed) {
    out[0] = p[0]!; out[1] = p[1]!;
    out[(n - 1) * 2] = p[(n - 1) * 2]!; out[(n - 1) * 2 + 1] = p[(n - 1) * 2 + 1]!;
  }
  return out;
}

/**
 * Sample indices of sharp corners: the turn between the chords to the points cornerWindow
 * samples back and ahead (on a lightly smoothed copy, so stairs do not count), local maxima only.
 */
export function findCorners(p: Float64Array, closed: boolean, options: SmoothOptions = SMOOTH_DEFAULTS): number[] {
  const n = p.length / 2, k = options.cornerWindow;
  if (n < 2 * k + 1) return [];
  const q = gaussianPass(p, closed, 1.5);
  const turn = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!closed && (i < k || i + k > n - 1)) continue;
    const a = ((i - k) % n + n) % n, b = (i + k) % n;
    const ux = q[i * 2]! - q[a * 2]!, uy = q[i * 2 + 1]! - q[a * 2 + 1]!;
    const vx = q[b * 2]! - q[i * 2]!, vy = q[b * 2 + 1]! - q[i * 2 + 1]!;
    const norm = Math.hypot(ux, uy) * Math.hypot(vx, vy);
    if (norm > 0) turn[i] = Math.acos(Math.max(-1, Math.min(1, (ux * vx + uy * vy) / norm)));
  }
  const limit = (options.cornerAngle * Math.PI) / 180;
  const corners: number[] = [];
  for (let i = 0; i < n; i++) {
    if (turn[i]! < limit) continue;
    let peak = true;
    for (let d = -k; d <= k && peak; d++) {
      if (d === 0 || (!closed && (i + d < 0 || i + d >= n))) continue;
      const j = ((i + d) % n + n) % n;
      // Ties go to the first of a plateau.
      if (turn[j]! > turn[i]! || (turn[j] === turn[i] && d < 0)) peak = false;
    }
    if (peak) corners.push(i);
  }
  return corners;
}

/** Smoothing passes, each pulled back to within the tolerance of `start`. */
function fitPiece(start: Float64Array, closed: boolean, options: SmoothOptions): Float64Array {
  let p = start;
  const t2 = options.tolerance * options.tolerance;
  for (let pass = 0; pass < options.passes; pass++) {
    p = gaussianPass(p, closed, options.sigma);
    for (let i = 0; i < p.length; i += 2) {
      const dx = p[i]! - start[i]!, dy = p[i + 1]! - start[i + 1]!, d2 = dx * dx + dy * dy;
      if (d2 <= t2) continue;
      const k = options.tolerance / Math.sqrt(d2);
      p[i] = start[i]! + dx * k;
      p[i + 1] = start[i + 1]! + dy * k;
    }
  }
  return p;
}

/** The smoothed centre line of a chain, as x, y pairs (a loop's closing segment is implied). */
export function smoothChain(chain: Chain, options: SmoothOptions = SMOOTH_DEFAULTS): Float64Array {
  const start = chainSamples(chain);
  const n = start.length / 2;
  const corners = findCorners(start, chain.closed, options);
  if (corners.length === 0) return fitPiece(start, chain.closed, options);
  // Corners split the chain into pieces whose ends stay put, like the ends at junctions.
  const cuts = chain.closed ? [...corners, corners[0]! + n] : [0, ...corners, n - 1];
  const out = new Float64Array(start.length);
  for (let c = 0; c + 1 < cuts.length; c++) {
    const from = cuts[c]!, to = cuts[c + 1]!;
    const piece = new Float64Array((to - from + 1) * 2);
    for (let i = from; i <= to; i++) {
      const j = i % n;
      piece[(i - from) * 2] = start[j * 2]!;
      piece[(i - from) * 2 + 1] = start[j * 2 + 1]!;
    }
    const fitted = fitPiece(piece, false, options);
    for (let i = from; i <= to; i++) {
      const j = i % n;
      out[j * 2] = fitted[(i - from) * 2]!;
      out[j * 2 + 1] = fitted[(i - from) * 2 + 1]!;
    }
  }
  return out;
}
