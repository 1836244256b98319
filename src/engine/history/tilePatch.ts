import type { Rect } from '../model/document';
import { decodeRle, encodeRle } from './rle';

/** Undo keeps only the 64×64 tiles a step really changed: a zigzag across the page touches few. */
export const TILE_SIZE = 64;

export interface PatchTile {
  rect: Rect;
  /** RLE-coded pixels of the tile before the step. */
  before: Uint32Array;
}

/**
 * Compares the pixels of `rect` before and after a step and keeps the "before" pixels of every
 * tile that changed. `before` and `after` are row-major RGBA words of `rect`.
 */
export function diffTiles(rect: Rect, before: Uint32Array, after: Uint32Array, tileSize = TILE_SIZE): PatchTile[] {
  const tiles: PatchTile[] = [];
  for (let ty = 0; ty < rect.height; ty += tileSize) {
    const h = Math.min(tileSize, rect.height - ty);
    for (let tx = 0; tx < rect.width; tx += tileSize) {
      const w = Math.min(tileSize, rect.width - tx);
      if (!tileChanged(rect.width, before, after, tx, ty, w, h)) continue;
      const pixels = new Uint32Array(w * h);
      for (let row = 0; row < h; row++) {
        const start = (ty + row) * rect.width + tx;
        pixels.set(before.subarray(start, start + w), row * w);
      }
      tiles.push({ rect: { x: rect.x + tx, y: rect.y + ty, width: w, height: h }, before: encodeRle(pixels) });
    }
  }
  return tiles;
}

function tileChanged(stride: number, a: Uint32Array, b: Uint32Array, tx: number, ty: number, w: number, h: number): boolean {
  for (let row = 0; row < h; row++) {
    const start = (ty + row) * stride + tx;
    for (let i = start; i < start + w; i++) if (a[i] !== b[i]) return true;
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
