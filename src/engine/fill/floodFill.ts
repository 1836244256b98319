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
  /** The seed's colour (RGBA word), or 0 when only outlines bound the fill. */
  seedColor: number;
  /** Where the fill actually started (a tap on an outline snaps to the nearest open pixel). */
  seedX: number;
  seedY: number;
}

/** How far a tap on an outline looks for the region it meant. */
const SNAP_RADIUS = 8;

export function floodFill(input: FillInput): FillResult | null {
  const { width, height, paint, walls, tolerance } = input;
  const x0 = Math.round(input.x);
  const y0 = Math.round(input.y);
  if (!(x0 >= 0 && y0 >= 0 && x0 < width && y0 < height)) return null;
  const seed = walls ? snapOffWall(walls, width, height, x0, y0) : y0 * width + x0;
  if (seed < 0) return null;
  const seedColor = paint ? (paint[seed] as number) : 0;
  const similar = paint ? sameColour(paint, seedColor, tolerance) : () => true;
  // Exact matches (most pixels of a flat region) skip the per-channel comparison.
  const open = (i: number) => {
    if (walls !== null && walls[i] !== 0) return false;
    return paint === null || paint[i] === seedColor || similar(i);
  };

  const mask = new Uint8Array(width * height);
  const edges = new GrowableIndexList();
  const box = { minX: width, minY: height, maxX: -1, maxY: -1 };
  const stack = new GrowableIndexList();
  stack.push(seed);
  while (stack.length > 0) {
    const start = stack.pop();
    if (mask[start] !== 0) continue;
    const y = (start / width) | 0;
    const row = y * width;
    let left = start - row;
    while (left > 0 && mask[row + left - 1] === 0 && open(row + left - 1)) left--;
    let right = start - row;
    while (right < width - 1 && mask[row + right + 1] === 0 && open(row + right + 1)) right++;
    mask.fill(MASK_CORE, row + left, row + right + 1);
    if (left > 0 && mask[row + left - 1] === 0) edges.push(row + left - 1);
    if (right < width - 1 && mask[row + right + 1] === 0) edges.push(row + right + 1);
    if (left < box.minX) box.minX = left;
    if (right > box.maxX) box.maxX = right;
    if (y < box.minY) box.minY = y;
    if (y > box.maxY) box.maxY = y;
    for (const ny of [y - 1, y + 1]) {
      if (ny < 0 || ny >= height) continue;
      const nrow = ny * width;
      let inSpan = false;
      for (let x = left; x <= right; x++) {
        const i = nrow + x;
        if (mask[i] !== 0) {
          inSpan = false;
          continue;
        }
        if (open(i)) {
          if (!inSpan) stack.push(i);
          inSpan = true;
        } else {
          edges.push(i);
          inSpan = false;
        }
      }
    }
  }
  if (box.maxX < 0) return null;
  growRing(mask, width, height, edges, input.grow, (i) => !open(i), box);
  return {
    mask,
    bounds: { x: box.minX, y: box.minY, width: box.maxX - box.minX + 1, height: box.maxY - box.minY + 1 },
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
): void {
  let layer = edges;
  for (let step = 0; step < grow && layer.length > 0; step++) {
    const next = new GrowableIndexList();
    for (let k = 0; k < layer.length; k++) {
      const i = layer.at(k);
      if (mask[i] !== 0) continue;
      if (step > 0 && !isBoundary(i)) continue;
      mask[i] = MASK_RING;
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
}
