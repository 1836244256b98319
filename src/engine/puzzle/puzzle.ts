import type { Rect } from '../model/document';
import { createRandom } from '../random';

/**
 * A picture cut into big rectangular pieces for the master class's puzzle activity: 2, 4, 6 or 9
 * pieces, no rotation, no timer, no score. A piece is tapped, then its place; a right place
 * locks it, a wrong one sends it back to the tray (the screen floats it back gently).
 */
export const PIECE_COUNTS = [2, 4, 6, 9] as const;
export type PieceCount = (typeof PIECE_COUNTS)[number];

/** Columns × rows: landscape pictures get more columns than rows. */
const GRIDS: Record<PieceCount, { cols: number; rows: number }> = {
  2: { cols: 2, rows: 1 },
  4: { cols: 2, rows: 2 },
  6: { cols: 3, rows: 2 },
  9: { cols: 3, rows: 3 },
};

/** Piece k's rectangle in a picture of `width` × `height` pixels; the pieces tile it exactly. */
export function cutPuzzle(width: number, height: number, count: PieceCount): Rect[] {
  const { cols, rows } = GRIDS[count];
  // Edges on whole pixels, the last ones at the picture's edge: no gap, no overlap.
  const xs = Array.from({ length: cols + 1 }, (_, i) => Math.round((width * i) / cols));
  const ys = Array.from({ length: rows + 1 }, (_, i) => Math.round((height * i) / rows));
  const pieces: Rect[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) pieces.push({ x: xs[col]!, y: ys[row]!, width: xs[col + 1]! - xs[col]!, height: ys[row + 1]! - ys[row]! });
  }
  return pieces;
}

export function gridOf(count: PieceCount): { cols: number; rows: number } {
  return GRIDS[count];
}

/** The tray's order of pieces: shuffled from `seed`, never already in order (that would be no puzzle). */
export function trayOrder(count: PieceCount, seed: number): number[] {
  const random = createRandom(seed);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  if (order.every((piece, i) => piece === i)) order.push(order.shift()!);
  return order;
}

export type PlaceResult = 'placed' | 'wrong' | 'no-piece';

/** Which piece is in the child's hand and which are in their places. */
export class PuzzleGame {
  private held: number | null = null;
  private readonly placed = new Set<number>();

  constructor(readonly count: PieceCount) {}

  get selected(): number | null {
    return this.held;
  }

  isPlaced(piece: number): boolean {
    return this.placed.has(piece);
  }

  get placedCount(): number {
    return this.placed.size;
  }

  get done(): boolean {
    return this.placed.size === this.count;
  }

  /** Picks a piece from the tray (tapping it again puts it down); a placed piece stays where it is. */
  select(piece: number): void {
    if (piece < 0 || piece >= this.count || this.placed.has(piece)) return;
    this.held = this.held === piece ? null : piece;
  }

  /** The held piece goes to `slot`: locked there if it is its place, else back to the tray. */
  placeAt(slot: number): PlaceResult {
    const piece = this.held;
    if (piece === null) return 'no-piece';
    this.held = null;
    if (piece !== slot) return 'wrong';
    this.placed.add(piece);
    return 'placed';
  }
}
