/**
 * Exact squared Euclidean distance transforms over typed arrays (Felzenszwalb & Huttenlocher),
 * used by the colouring-page tracer. Pure functions, no DOM.
 */

const INF = 1e20;

/** Scratch buffers shared by the 1-D passes, sized for the longest line. */
interface Scratch {
  f: Float64Array;
  d: Float64Array;
  arg: Int32Array;
  v: Int32Array;
  z: Float64Array;
}

function scratch(n: number): Scratch {
  return { f: new Float64Array(n), d: new Float64Array(n), arg: new Int32Array(n), v: new Int32Array(n), z: new Float64Array(n + 1) };
}

/** 1-D lower envelope of parabolas over s.f[0..n): writes s.d (distance²) and s.arg (nearest index). */
function dt1d(s: Scratch, n: number): void {
  const { f, d, arg, v, z } = s;
  let k = 0;
  let first = -1;
  for (let q = 0; q < n; q++) {
    if (f[q]! < INF) {
      first = q;
      break;
    }
  }
  if (first < 0) {
    for (let q = 0; q < n; q++) {
      d[q] = INF;
      arg[q] = -1;
    }
    return;
  }
  v[0] = first;
  z[0] = -INF;
  z[1] = INF;
  for (let q = first + 1; q < n; q++) {
    const fq = f[q]!;
    if (fq >= INF) continue;
    let sPos = 0;
    for (;;) {
      const vk = v[k]!;
      sPos = (fq + q * q - (f[vk]! + vk * vk)) / (2 * q - 2 * vk);
      if (sPos <= z[k]! && k > 0) k--;
      else break;
    }
    if (sPos <= z[k]!) {
      // k === 0 and the new parabola dominates everywhere.
      v[0] = q;
      z[0] = -INF;
      z[1] = INF;
      continue;
    }
    k++;
    v[k] = q;
    z[k] = sPos;
    z[k + 1] = INF;
  }
  k = 0;
  for (let q = 0; q < n; q++) {
    while (z[k + 1]! < q) k++;
    const vk = v[k]!;
    d[q] = (q - vk) * (q - vk) + f[vk]!;
    arg[q] = vk;
  }
}

export interface DistanceField {
  /** Squared distance from each pixel centre to the nearest seed pixel centre (1e20 if none). */
  dist2: Float64Array;
  /** Index of the nearest seed pixel, or -1 when there are no seeds. */
  nearest: Int32Array;
}

/** Squared distance (and nearest seed) from every pixel to the pixels where `seed[i]` is non-zero. */
export function distanceTransform(seed: Uint8Array, width: number, height: number): DistanceField {
  const n = width * height;
  const colDist = new Float64Array(n);
  const colArg = new Int32Array(n);
  const s = scratch(Math.max(width, height));
  for (let x = 0; x < width; x++) {
    for (let y = 0; y < height; y++) s.f[y] = seed[y * width + x] ? 0 : INF;
    dt1d(s, height);
    for (let y = 0; y < height; y++) {
      colDist[y * width + x] = s.d[y]!;
      colArg[y * width + x] = s.arg[y]!;
    }
  }
  const dist2 = new Float64Array(n);
  const nearest = new Int32Array(n);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) s.f[x] = colDist[row + x]!;
    dt1d(s, width);
    for (let x = 0; x < width; x++) {
      const d = s.d[x]!;
      dist2[row + x] = d;
      const ax = s.arg[x]!;
      if (ax < 0 || d >= INF) {
        nearest[row + x] = -1;
      } else {
        const ay = colArg[row + ax]!;
        nearest[row + x] = ay < 0 ? -1 : ay * width + ax;
      }
    }
  }
  return { dist2, nearest };
}
