import type { Op, ToolId } from '../model/ops';

/** A pause longer than this is a break (a talk, a snack), not drawing time. */
export const PAUSE_LIMIT_MS = 2 * 60_000;

/**
 * Time spent drawing, from the steps' timings: each stroke's own duration plus the gaps between
 * steps, leaving out pauses over PAUSE_LIMIT_MS. null when no step carries a timing (pictures
 * from before timings were kept).
 */
export function drawingTimeMs(ops: readonly Op[]): number | null {
  const timed = ops.flatMap((op) => (op.timing ? [op.timing] : [])).sort((a, b) => a.at - b.at);
  if (timed.length === 0) return null;
  let total = 0;
  let endOfLast = timed[0]!.at;
  for (const { at, ms } of timed) {
    const gap = at - endOfLast;
    if (gap > 0 && gap <= PAUSE_LIMIT_MS) total += gap;
    // Steps can overlap (a timing is measured from the first touch): count each moment once.
    const end = at + ms;
    total += Math.max(0, end - Math.max(at, endOfLast));
    endOfLast = Math.max(endOfLast, end);
  }
  return total;
}

/** The colours the child painted with (#rrggbb, in the order first used); the eraser is not a colour. */
export function coloursUsed(ops: readonly Op[]): string[] {
  const colours = new Set<string>();
  for (const op of ops) {
    if (op.kind === 'fill' || (op.kind === 'stroke' && op.brush !== 'eraser')) colours.add(op.color.toLowerCase());
  }
  return [...colours];
}

/** The brushes and tools used, in the order first used. */
export function toolsUsed(ops: readonly Op[]): ToolId[] {
  const tools = new Set<ToolId>();
  for (const op of ops) {
    if (op.kind === 'stroke') tools.add(op.brush);
    else if (op.kind === 'fill' || op.kind === 'stamp') tools.add(op.kind);
  }
  return [...tools];
}

/**
 * The share of the page the child covered: pixels of the picture that differ from the blank page
 * (white paper, or the colouring page's outlines, whose lines do not count). Both are RGBA at the
 * same size; a small difference (antialiasing, compression) is not paint.
 */
export function coveredShare(picture: ArrayLike<number>, blank: ArrayLike<number>, threshold = 40): number {
  if (picture.length !== blank.length || picture.length % 4 !== 0) throw new Error('The picture and the blank page differ in size');
  const pixels = picture.length / 4;
  if (pixels === 0) return 0;
  let covered = 0;
  for (let i = 0; i < picture.length; i += 4) {
    const difference = Math.max(Math.abs(picture[i]! - blank[i]!), Math.abs(picture[i + 1]! - blank[i + 1]!), Math.abs(picture[i + 2]! - blank[i + 2]!));
    if (difference > threshold) covered++;
  }
  return covered / pixels;
}
