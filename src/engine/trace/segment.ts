/**
 * Colour segmentation of a rendered scene into connected regions of near-identical colour,
 * tolerant of anti-aliasing. Pure functions over typed arrays (no DOM).
 */
import { connectedComponents, type Labels } from './labels';

/**
 * Segments premultiplied RGBA (transparent = background, as resvg renders it) into connected
 * regions of near-identical colour. Flat pixels (all 4-neighbours within `coreTolerance`) are
 * flood-filled into regions; anti-aliased edge pixels then join the adjacent region whose mean
 * colour is closest, growing outwards layer by layer.
 */
export function segmentColours(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  coreTolerance = 6,
): Labels {
  const n = width * height;
  // Colour composited on white, plus alpha, so that transparent background reads as its own colour.
  const ch = [new Int16Array(n), new Int16Array(n), new Int16Array(n), new Int16Array(n)] as const;
  for (let i = 0; i < n; i++) {
    const a = rgba[i * 4 + 3]!;
    ch[0][i] = rgba[i * 4]! + 255 - a;
    ch[1][i] = rgba[i * 4 + 1]! + 255 - a;
    ch[2][i] = rgba[i * 4 + 2]! + 255 - a;
    ch[3][i] = a;
  }
  const diff = (i: number, j: number): number =>
    Math.max(Math.abs(ch[0][i]! - ch[0][j]!), Math.abs(ch[1][i]! - ch[1][j]!), Math.abs(ch[2][i]! - ch[2][j]!), Math.abs(ch[3][i]! - ch[3][j]!));

  const core = new Uint8Array(n);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      core[i] =
        (x === 0 || diff(i, i - 1) <= coreTolerance) &&
        (x === width - 1 || diff(i, i + 1) <= coreTolerance) &&
        (y === 0 || diff(i, i - width) <= coreTolerance) &&
        (y === height - 1 || diff(i, i + width) <= coreTolerance)
          ? 1
          : 0;
    }
  }

  const labels = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const sums: number[] = [];
  let count = 0;
  for (let s = 0; s < n; s++) {
    if (!core[s] || labels[s] !== -1) continue;
    const id = count++;
    let top = 0;
    stack[top++] = s;
    labels[s] = id;
    let r = 0, g = 0, b = 0, a = 0, k = 0;
    while (top > 0) {
      const i = stack[--top]!;
      r += ch[0][i]!; g += ch[1][i]!; b += ch[2][i]!; a += ch[3][i]!; k++;
      const x = i % width;
      if (x > 0 && core[i - 1] && labels[i - 1] === -1) { labels[i - 1] = id; stack[top++] = i - 1; }
      if (x < width - 1 && core[i + 1] && labels[i + 1] === -1) { labels[i + 1] = id; stack[top++] = i + 1; }
      if (i >= width && core[i - width] && labels[i - width] === -1) { labels[i - width] = id; stack[top++] = i - width; }
      if (i + width < n && core[i + width] && labels[i + width] === -1) { labels[i + width] = id; stack[top++] = i + width; }
    }
    sums.push(r / k, g / k, b / k, a / k);
  }
  if (count === 0) return { labels: new Int32Array(n), count: n > 0 ? 1 : 0 };

  // Edge pixels: breadth-first from the flat regions, each joining its closest-coloured neighbour.
  const queue = stack;
  let head = 0, tail = 0;
  const queued = new Uint8Array(n);
  const neighbours = (i: number, out: number[]): void => {
    out.length = 0;
    const x = i % width;
    if (x > 0) out.push(i - 1);
    if (x < width - 1) out.push(i + 1);
    if (i >= width) out.push(i - width);
    if (i + width < n) out.push(i + width);
  };
  const nb: number[] = [];
  for (let i = 0; i < n; i++) {
    if (labels[i] !== -1) continue;
    neighbours(i, nb);
    if (nb.some((j) => labels[j] !== -1)) { queue[tail++] = i; queued[i] = 1; }
  }
  while (head < tail) {
    const i = queue[head++]!;
    neighbours(i, nb);
    let best = -1, bestD = Infinity;
    for (const j of nb) {
      const l = labels[j]!;
      if (l === -1) {
        if (!queued[j]) { queued[j] = 1; queue[tail++] = j; }
        continue;
      }
      const o = l * 4;
      const d = (ch[0][i]! - sums[o]!) ** 2 + (ch[1][i]! - sums[o + 1]!) ** 2 + (ch[2][i]! - sums[o + 2]!) ** 2 + (ch[3][i]! - sums[o + 3]!) ** 2;
      if (d < bestD) { bestD = d; best = l; }
    }
    labels[i] = best;
  }
  return connectedComponents(labels, width, height);
}
