import type { Rect } from '../model/document';
import { decodeRle, encodeRle } from './rle';

/** Undo keeps only the 64×64 tiles a step really changed: a zigzag across the page touches few. */
export const TILE_SIZE = 64;

export interface PatchTile {
  rect: Rect;
  /** RLE-coded pixels of the tile before the step. */
  before: Uint32Array;
}

/** Pixels of a step: row-major RGBA words, `stride` words a row, the rect's corner at `offset`. */
export interface PixelView {
  data: Uint32Array;
  stride: number;
  offset: number;
}

/** `pixels` holding exactly `rect`, row after row. */
function viewOf(rect: Rect, pixels: Uint32Array): PixelView {
  return { data: pixels, stride: rect.width, offset: 0 };
}

/**
 * Compares the pixels of `rect` before and after a step and keeps the "before" pixels of every
 * tile that changed. Either side may be a view into a larger picture (a fill keeps the whole page
 * it read), so nothing is cut out first.
 */
export function diffTiles(rect: Rect, before: Uint32Array | PixelView, after: Uint32Array | PixelView, tileSize = TILE_SIZE): PatchTile[] {
  const was = before instanceof Uint32Array ? viewOf(rect, before) : before;
  const now = after instanceof Uint32Array ? viewOf(rect, after) : after;
  const tiles: PatchTile[] = [];
  for (let ty = 0; ty < rect.height; ty += tileSize) {
    const h = Math.min(tileSize, rect.height - ty);
    for (let tx = 0; tx < rect.width; tx += tileSize) {
      const w = Math.min(tileSize, rect.width - tx);
      if (!tileChanged(was, now, tx, ty, w, h)) continue;
      const pixels = new Uint32Array(w * h);
      for (let row = 0; row < h; row++) {
        const start = was.offset + (ty + row) * was.stride + tx;
        pixels.set(was.data.subarray(start, start + w), row * w);
      }
      tiles.push({ rect: { x: rect.x + tx, y: rect.y + ty, width: w, height: h }, before: encodeRle(pixels) });
    }
  }
  return tiles;
}

function tileChanged(a: PixelView, b: PixelView, tx: number, ty: number, w: number, h: number): boolean {
  for (let row = 0; row < h; row++) {
    let i = a.offset + (ty + row) * a.stride + tx;
    let j = b.offset + (ty + row) * b.stride + tx;
    for (const end = i + w; i < end; i++, j++) if (a.data[i] !== b.data[j]) return true;
  }
  return false;
}

export function decodeTile(tile: PatchTile): Uint32Array {
  return decodeRle(tile.before, tile.rect.width * tile.rect.height);
}

export function patchBytes(tiles: readonly PatchTile[]): number {
  // 32 bytes of bookkeeping per tile on top of its pixels.
  return tiles.reduce((sum, t) => sum + t.before.byteLength + 32, 0);
}
