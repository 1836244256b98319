import { describe, expect, it } from 'vitest';
import { cutPuzzle, PIECE_COUNTS, PuzzleGame, trayOrder } from './puzzle';

describe('cutting a picture into pieces', () => {
  it('tiles the picture exactly: every pixel in one piece, none outside', () => {
    for (const [width, height] of [[2400, 1697], [480, 339], [7, 5]] as const) {
      for (const count of PIECE_COUNTS) {
        const pieces = cutPuzzle(width, height, count);
        expect(pieces).toHaveLength(count);
        const cover = new Uint8Array(width * height);
        for (const p of pieces) {
          expect(p.width).toBeGreaterThan(0);
          expect(p.height).toBeGreaterThan(0);
          for (let y = p.y; y < p.y + p.height; y++) for (let x = p.x; x < p.x + p.width; x++) cover[y * width + x]!++;
        }
        expect(cover.every((n) => n === 1)).toBe(true);
      }
    }
  });

  it('makes big pieces of nearly equal size, reading order', () => {
    const pieces = cutPuzzle(2400, 1697, 6);
    expect(pieces.map((p) => [p.x, p.y])).toEqual([[0, 0], [800, 0], [1600, 0], [0, 849], [800, 849], [1600, 849]]);
    expect(new Set(pieces.map((p) => p.width))).toEqual(new Set([800]));
  });
});

describe('the tray', () => {
  it('shuffles every piece in, never in order, the same for the same seed', () => {
    for (const count of PIECE_COUNTS) {
      for (let seed = 1; seed < 50; seed++) {
        const order = trayOrder(count, seed);
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));
        expect(order.every((piece, i) => piece === i)).toBe(false);
      }
    }
    expect(trayOrder(9, 7)).toEqual(trayOrder(9, 7));
  });
});

describe('placing pieces', () => {
  it('a right place locks the piece; a wrong one sends it back; done when all are placed', () => {
    const game = new PuzzleGame(4);
    expect(game.placeAt(0)).toBe('no-piece');
    game.select(2);
    expect(game.selected).toBe(2);
    expect(game.placeAt(1)).toBe('wrong');
    expect(game.selected).toBeNull();
    expect(game.isPlaced(2)).toBe(false);
    for (const piece of [2, 0, 3, 1]) {
      game.select(piece);
      expect(game.placeAt(piece)).toBe('placed');
    }
    expect(game.done).toBe(true);
    // A placed piece cannot be picked up again.
    game.select(0);
    expect(game.selected).toBeNull();
  });

  it('tapping the held piece again puts it down', () => {
    const game = new PuzzleGame(2);
    game.select(1);
    game.select(1);
    expect(game.selected).toBeNull();
    game.select(0);
    game.select(1);
    expect(game.selected).toBe(1);
  });
});
