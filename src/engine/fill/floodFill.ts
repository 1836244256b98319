import type { Rect } from '../model/document';

/**
 * Scanline flood fill over typed arrays (no canvas). The region is every pixel connected to the
 * seed that is not an outline (`walls`) and, when `paint` is given, has the seed's colour within
 * `tolerance`. A ring of `grow` pixels is then added under the boundary (outline pixels and the
 * anti-aliased edges of paint), so no white seam is left between a fill and its outline.
 */
export interface FillInput {
  width: number;
  height: number;
  /** The picture as RGBA words, or null to be bounded by the outlines only (stay-inside masks). */
  paint: Uint32Array | null;
  /** 1 where an outline blocks the fill, or null for a blank page. */
  walls: Uint8Array | null;
  x: number;
  y: number;
  /** Largest per-channel difference from the seed colour that still counts as the same colour. */
  tolerance: number;
  /** Pixels to grow under the boundary. */
  grow: number;
}

export const MASK_CORE = 1;
export const MASK_RING = 2;

export interface FillResult {
  /** Full-size mask: MASK_CORE inside the region, MASK_RING under its boundary, 0 elsewhere. */
  mask: Uint8Array;
  bounds: Rect;
  /** The region as runs: pairs of (first pixel index, length), one per filled scanline span. */
  spans: Int32Array;
  /** Every MASK_RING pixel's index. */
  ring: Int32Array;
  /** The seed's colour (RGBA word), or 0 when only outlines bound the fill. */
  seedColor: number;
  /** Where the fill actually started (a tap on an outline snaps to the nearest open pixel). */
  seedX: number;
  seedY: number;
}

/** How far a tap on an outline looks for the region it meant. */
const SNAP_RADIUS = 8;

/** Stands in for "no outlines", so the hot loops test one array and no null. */
let noWalls = new Uint8Array(0);
function wallsOrNone(walls: Uint8Array | null, size: number): Uint8Array {
  if (walls) return walls;
  if (noWalls.length !== size) noWalls = new Uint8Array(size);
  return noWalls;
}

export function floodFill(input: FillInput): FillResult | null {
  const { width, height, paint, tolerance } = input;
  const x0 = Math.round(input.x);
  const y0 = Math.round(input.y);
  if (!(x0 >= 0 && y0 >= 0 && x0 < width && y0 < height)) return null;
  const walls = wallsOrNone(input.walls, width * height);
  const seed = input.walls ? snapOffWall(walls, width, height, x0, y0) : y0 * width + x0;
  if (seed < 0) return null;
  const seedColor = paint ? (paint[seed] as number) : 0;
  const similar = paint ? sameColour(paint, seedColor, tolerance) : () => true;
  // Open: no outline, and the seed's colour (exact matches, most pixels of a flat region, skip the
  // per-channel comparison). Written out in the loops below: this test runs for every pixel.
  const mask = new Uint8Array(width * height);
  const edges = new GrowableIndexList();
  const spans = new GrowableIndexList();
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  const stack = new GrowableIndexList();
  stack.push(seed);
  while (stack.length > 0) {
    const start = stack.pop();
    if (mask[start] !== 0) continue;
    const y = (start / width) | 0;
    const row = y * width;
    let left = start;
    while (left > row && mask[left - 1] === 0 && walls[left - 1] === 0 && (paint === null || paint[left - 1] === seedColor || similar(left - 1))) left--;
    let right = start;
    const rowEnd = row + width - 1;
    while (right < rowEnd && mask[right + 1] === 0 && walls[right + 1] === 0 && (paint === null || paint[right + 1] === seedColor || similar(right + 1))) right++;
    mask.fill(MASK_CORE, left, right + 1);
    spans.push(left);
    spans.push(right - left + 1);
    if (left > row && mask[left - 1] === 0) edges.push(left - 1);
    if (right < rowEnd && mask[right + 1] === 0) edges.push(right + 1);
    if (left - row < minX) minX = left - row;
    if (right - row > maxX) maxX = right - row;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
    // The rows above and below: start a new span at each run of open pixels, note the boundary.
    for (let side = -1; side <= 1; side += 2) {
      const ny = y + side;
      if (ny < 0 || ny >= height) continue;
      const offset = side * width;
      let inSpan = false;
      for (let i = left + offset, end = right + offset; i <= end; i++) {
        if (mask[i] !== 0) {
          inSpan = false;
        } else if (walls[i] === 0 && (paint === null || paint[i] === seedColor || similar(i))) {
          if (!inSpan) stack.push(i);
          inSpan = true;
        } else {
          edges.push(i);
          inSpan = false;
        }
      }
    }
  }
  if (maxX < 0) return null;
  const box = { minX, minY, maxX, maxY };
  const isBoundary = (i: number) => walls[i] !== 0 || (paint !== null && paint[i] !== seedColor && !similar(i));
  const ring = growRing(mask, width, height, edges, input.grow, isBoundary, box);
  return {
    mask,
    bounds: { x: box.minX, y: box.minY, width: box.maxX - box.minX + 1, height: box.maxY - box.minY + 1 },
    spans: spans.toArray(),
    ring: ring.toArray(),
    seedColor,
    seedX: seed % width,
    seedY: (seed / width) | 0,
  };
}

/** Per-channel comparison; all fully transparent pixels count as the same (unpainted paper). */
function sameColour(paint: Uint32Array, seed: number, tolerance: number): (i: number) => boolean {
  const sr = seed & 255;
  const sg = (seed >>> 8) & 255;
  const sb = (seed >>> 16) & 255;
  const sa = seed >>> 24;
  if (tolerance <= 0) return (i) => paint[i] === seed || (sa === 0 && (paint[i] as number) >>> 24 === 0);
  return (i) => {
    const c = paint[i] as number;
    const a = c >>> 24;
    if (sa === 0 && a === 0) return true;
    return (
      Math.abs(a - sa) <= tolerance &&
      Math.abs((c & 255) - sr) <= tolerance &&
      Math.abs(((c >>> 8) & 255) - sg) <= tolerance &&
      Math.abs(((c >>> 16) & 255) - sb) <= tolerance
    );
  };
}

/** Adds up to `grow` layers of boundary pixels around the region; never crosses open pixels. */
function growRing(
  mask: Uint8Array,
  width: number,
  height: number,
  edges: GrowableIndexList,
  grow: number,
  isBoundary: (i: number) => boolean,
  box: { minX: number; minY: number; maxX: number; maxY: number },
): GrowableIndexList {
  const ring = new GrowableIndexList();
  let layer = edges;
  for (let step = 0; step < grow && layer.length > 0; step++) {
    const next = new GrowableIndexList();
    for (let k = 0; k < layer.length; k++) {
      const i = layer.at(k);
      if (mask[i] !== 0) continue;
      if (step > 0 && !isBoundary(i)) continue;
      mask[i] = MASK_RING;
      ring.push(i);
      const x = i % width;
      const y = (i / width) | 0;
      if (x < box.minX) box.minX = x;
      if (x > box.maxX) box.maxX = x;
      if (y < box.minY) box.minY = y;
      if (y > box.maxY) box.maxY = y;
      if (x > 0) next.push(i - 1);
      if (x < width - 1) next.push(i + 1);
      if (y > 0) next.push(i - width);
      if (y < height - 1) next.push(i + width);
    }
    layer = next;
  }
  return ring;
}

function snapOffWall(walls: Uint8Array, width: number, height: number, x: number, y: number): number {
  if (walls[y * width + x] === 0) return y * width + x;
  for (let r = 1; r <= SNAP_RADIUS; r++) {
    for (let dy = -r; dy <= r; dy++) {
      for (let dx = -r; dx <= r; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== r) continue;
        const nx = x + dx;
        const ny = y + dy;
        if (nx >= 0 && ny >= 0 && nx < width && ny < height && walls[ny * width + nx] === 0) return ny * width + nx;
      }
    }
  }
  return -1;
}

/** A stack/list of pixel indices without per-item allocation. */
class GrowableIndexList {
  private items = new Int32Array(4096);
  length = 0;

  push(i: number): void {
    if (this.length === this.items.length) {
      const bigger = new Int32Array(this.items.length * 2);
      bigger.set(this.items);
      this.items = bigger;
    }
    this.items[this.length++] = i;
  }

  pop(): number {
    return this.items[--this.length] as number;
  }

  at(k: number): number {
    return this.items[k] as number;
  }

  toArray(): Int32Array {
    return this.items.slice(0, this.length);
  }
}
