/**
 * Estimates the stroke width of line art: for each outline pixel (alpha ≥ threshold), the shortest
 * run of outline pixels through it among the horizontal, vertical and two diagonal directions
 * (diagonal runs scaled by √2) approximates the stroke's width across it. Pixels wider than
 * `maxLine` belong to solid ink fills (pupils, wheels), not to lines, and are left out.
 */

export interface StrokeWidthStats {
  /** Number of line pixels measured. */
  pixels: number;
  /** Share of all ink pixels that belong to solid fills wider than `maxLine`. */
  fills: number;
  median: number;
  /** 10th and 90th percentiles. */
  p10: number;
  p90: number;
  /** Share of outline pixels whose width lies within [lo, hi] as passed in. */
  withinRange: number;
}

export function measureStrokeWidth(
  alpha: Uint8Array,
  width: number,
  height: number,
  threshold = 128,
  range: readonly [number, number] = [5, 8],
  maxLine = 12,
): StrokeWidthStats {
  const n = width * height;
  const best = new Float32Array(n).fill(Infinity);
  const ink = (x: number, y: number): boolean => alpha[y * width + x]! >= threshold;
  // Walk every line in direction (dx, dy) and write each run's (scaled) length into its pixels.
  const sweep = (dx: number, dy: number, scale: number): void => {
    const starts: Array<[number, number]> = [];
    if (dy === 0) for (let y = 0; y < height; y++) starts.push([0, y]);
    else if (dx === 0) for (let x = 0; x < width; x++) starts.push([x, 0]);
    else {
      for (let x = 0; x < width; x++) starts.push([x, 0]);
      for (let y = 1; y < height; y++) starts.push([dx > 0 ? 0 : width - 1, y]);
    }
    for (const [sx, sy] of starts) {
      let x = sx, y = sy, runLen = 0;
      const flush = (): void => {
        if (runLen === 0) return;
        const len = runLen * scale;
        let px = x - dx * runLen, py = y - dy * runLen;
        for (let k = 0; k < runLen; k++, px += dx, py += dy) {
          const i = py * width + px;
          if (len < best[i]!) best[i] = len;
        }
        runLen = 0;
      };
      while (x >= 0 && x < width && y < height) {
        if (ink(x, y)) runLen++;
        else flush();
        x += dx;
        y += dy;
      }
      flush();
    }
  };
  sweep(1, 0, 1);
  sweep(0, 1, 1);
  sweep(1, 1, Math.SQRT2);
  sweep(-1, 1, Math.SQRT2);
  const widths: number[] = [];
  let fills = 0;
  for (let i = 0; i < n; i++) {
    const w = best[i]!;
    if (w === Infinity) continue;
    if (w > maxLine) fills++;
    else widths.push(w);
  }
  widths.sort((a, b) => a - b);
  const at = (q: number): number => (widths.length ? widths[Math.min(widths.length - 1, Math.floor(q * widths.length))]! : 0);
  const inRange = widths.filter((w) => w >= range[0] && w <= range[1]).length;
  return { pixels: widths.length, fills: fills / Math.max(1, fills + widths.length), median: at(0.5), p10: at(0.1), p90: at(0.9), withinRange: widths.length ? inRange / widths.length : 0 };
}
