import { describe, expect, it } from 'vitest';
import { decodeTile, diffTiles } from './tilePatch';

describe('diffTiles', () => {
  it('keeps only the tiles that changed, with their old pixels', () => {
    const rect = { x: 100, y: 50, width: 200, height: 130 };
    const before = Uint32Array.from({ length: 200 * 130 }, (_, i) => i);
    const after = before.slice();
    after[5 * 200 + 10] = 0xffffffff; // tile (0,0)
    after[100 * 200 + 150] = 7; // tile (2,1)
    const tiles = diffTiles(rect, before, after, 64);
    expect(tiles.map((t) => t.rect)).toEqual([
      { x: 100, y: 50, width: 64, height: 64 },
      { x: 228, y: 114, width: 64, height: 64 },
    ]);
    const first = decodeTile(tiles[0]!);
    expect(first[5 * 64 + 10]).toBe(5 * 200 + 10);
    const second = decodeTile(tiles[1]!);
    expect(second[(100 - 64) * 64 + (150 - 128)]).toBe(100 * 200 + 150);
  });

  it('handles ragged edge tiles and no change at all', () => {
    const rect = { x: 0, y: 0, width: 70, height: 70 };
    const before = new Uint32Array(70 * 70);
    expect(diffTiles(rect, before, before.slice())).toEqual([]);
    const after = before.slice();
    after[69 * 70 + 69] = 1;
    const [tile] = diffTiles(rect, before, after, 64);
    expect(tile?.rect).toEqual({ x: 64, y: 64, width: 6, height: 6 });
  });
});
