/**
 * The boundaries of a region map as polylines along the pixel cracks, split at junctions.
 *
 * Potrace traces one binary shape at a time; a colouring page is a map of many regions, where
 * each boundary is shared by two of them. Tracing the map's crack graph instead gives every
 * shared boundary exactly once (so it is drawn once, at one width), and every chain ends on a
 * junction corner that its neighbouring chains share (so smoothing them cannot open a gap).
 * Pure functions over typed arrays, no DOM.
 */

export interface Chain {
  /** Pixel-corner coordinates x0, y0, x1, y1, … (pixel (x, y) spans [x, x+1] × [y, y+1]). */
  corners: Int32Array;
  /** A loop with no junction on it (an island); its last corner equals its first. */
  closed: boolean;
}

/**
 * Every boundary between 4-neighbours of different labels, as chains of crack corners. Chains
 * run between nodes: corners where three or four cracks meet, or where a boundary reaches the
 * edge of the image (the image edge itself is not a boundary).
 */
export function boundaryChains(labels: Int32Array, width: number, height: number): Chain[] {
  const W = width, H = height, CW = W + 1;
  // hCrack[y*W+x]: crack from corner (x, y) to (x+1, y), between pixels (x, y-1) and (x, y).
  // vCrack[y*W+x]: crack from corner (x, y) to (x, y+1), between pixels (x-1, y) and (x, y).
  const hCrack = new Uint8Array(W * H);
  const vCrack = new Uint8Array(W * H);
  const degree = new Uint8Array(CW * (H + 1));
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = y * W + x, l = labels[i]!;
      if (y > 0 && labels[i - W] !== l) {
        hCrack[i] = 1;
        degree[y * CW + x]!++;
        degree[y * CW + x + 1]!++;
      }
      if (x > 0 && labels[i - 1] !== l) {
        vCrack[i] = 1;
        degree[y * CW + x]!++;
        degree[(y + 1) * CW + x]!++;
      }
    }
  }
  const isNode = (cx: number, cy: number): boolean => degree[cy * CW + cx] !== 2;
  const chains: Chain[] = [];
  const path: number[] = [];
  /** Takes an unused crack at corner (cx, cy) and returns the corner it leads to, or -1. */
  const step = (cx: number, cy: number): number => {
    if (cx > 0 && cy < H && hCrack[cy * W + cx - 1]) { hCrack[cy * W + cx - 1] = 0; return cy * CW + cx - 1; }
    if (cx < W && cy < H && hCrack[cy * W + cx]) { hCrack[cy * W + cx] = 0; return cy * CW + cx + 1; }
    if (cy > 0 && cx < W && vCrack[(cy - 1) * W + cx]) { vCrack[(cy - 1) * W + cx] = 0; return (cy - 1) * CW + cx; }
    if (cy < H && cx < W && vCrack[cy * W + cx]) { vCrack[cy * W + cx] = 0; return (cy + 1) * CW + cx; }
    return -1;
  };
  /** Walks from a corner along unused cracks until a node (or back to the start of a loop). */
  const walk = (start: number, closed: boolean): void => {
    path.length = 0;
    let c = start;
    path.push(c % CW, Math.floor(c / CW));
    for (;;) {
      const next = step(c % CW, Math.floor(c / CW));
      if (next < 0) break;
      c = next;
      const cx = c % CW, cy = Math.floor(c / CW);
      path.push(cx, cy);
      if (c === start || isNode(cx, cy)) break;
    }
    if (path.length >= 4) chains.push({ corners: Int32Array.from(path), closed });
  };
  for (let c = 0; c < degree.length; c++) {
    const d = degree[c]!;
    if (d === 0 || d === 2) continue;
    for (let k = 0; k < d; k++) walk(c, false);
  }
  // What is left are loops through degree-2 corners only.
  for (let c = 0; c < degree.length; c++) if (degree[c] === 2) walk(c, true);
  return chains;
}
