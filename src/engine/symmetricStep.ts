import type { StrokeRenderer } from './brushes/brush';
import { type CopyTransform, mapPoint, mapPoints, type Symmetry, symmetryTransforms } from './geometry/symmetry';
import { diffTiles, type PatchTile } from './history/tilePatch';
import { DOC_HEIGHT, DOC_WIDTH } from './model/document';
import type { Op } from './model/ops';
import type { Mirror } from './liveStroke';
import { type PageContext, prepareOp, regionAt } from './painting';
import type { RasterSurface } from './raster';

/**
 * A step and its symmetric copies, in one place: which plain ops a step stands for (`copiesOfOp`),
 * drawing them as reopening does (`applyOp`), painting a new one with its undo patch (`paintStep`),
 * and the copies the live stroke shows before it lifts (`liveMirrors`). The maps of points are in
 * geometry/symmetry.ts; how each plain op becomes pixels is `prepareOp` in painting.ts.
 */

/**
 * The plain ops (no symmetry) a step draws, the original first: its points, clip point, fill point
 * or stamp position carried around the page centre. A copy whose fill point falls off the page has
 * nothing to fill and is left out. A step without symmetry is its own one copy.
 */
export function copiesOfOp(op: Op): Op[] {
  if (op.kind === 'clear' || !op.symmetry) return [op];
  const { symmetry, ...plain } = op;
  const copies: Op[] = [];
  for (const t of symmetryTransforms(symmetry)) {
    if (plain.kind === 'stroke') {
      const clip = plain.clip ? { clip: clipOfCopy(t, plain.clip) } : {};
      copies.push({ ...plain, points: mapPoints(t, plain.points), ...clip });
    } else if (plain.kind === 'fill') {
      const at = pagePoint(mapPoint(t, plain.x, plain.y));
      if (at) copies.push({ ...plain, x: at.x, y: at.y });
    } else {
      const at = mapPoint(t, plain.x, plain.y);
      copies.push({ ...plain, x: at.x, y: at.y });
    }
  }
  return copies;
}

/** Draws a logged step onto the picture exactly as it was drawn live (redo, reopening, the time-lapse): every copy in turn. */
export function applyOp(surface: RasterSurface, op: Op, page: PageContext): void {
  for (const copy of copiesOfOp(op)) prepareOp(surface, copy, page)?.paint();
}

/** A new step on the picture, and what undoing it needs. */
export interface PaintedStep {
  /** False when no pixel changed (a fill on its own colour, a stamp whose picture is not loaded). */
  changed: boolean;
  /** The undo patch, the last copy first: undo writes the first copy's "before" last and ends on the picture as it was, even where copies overlap. */
  undo: () => PatchTile[];
  /** The patch is still to be worked out (a lone fill compares the page it read once its pixels are on screen); the others are ready. */
  deferred: boolean;
}

/**
 * Paints a new step, every copy one after another exactly as `applyOp` draws them, reading each
 * copy's area before it is painted. `firstRenderer`: the live stroke's renderer, already drawn on
 * the scratch surface (the first copy is the stroke the finger drew; it is not drawn twice).
 */
export function paintStep(surface: RasterSurface, op: Op, page: PageContext, firstRenderer?: StrokeRenderer): PaintedStep {
  const copies = copiesOfOp(op);
  // A lone fill's patch waits until its pixels are on screen; a symmetric step's are worked out
  // copy by copy, so no copy keeps the whole page it read.
  if (copies.length === 1 && copies[0]!.kind === 'fill') {
    const patch = paintCopy(surface, copies[0]!, page);
    return { changed: patch !== null, undo: patch ?? (() => []), deferred: patch !== null };
  }
  const patches = copies.map((copy, index) => paintCopy(surface, copy, page, index === 0 ? firstRenderer : undefined)?.() ?? []);
  const tiles = patches.reverse().flat();
  return { changed: tiles.length > 0, undo: () => tiles, deferred: false };
}

/** Paints one copy; gives the work that makes its undo patch from its area's pixels before and after. */
function paintCopy(surface: RasterSurface, copy: Op, page: PageContext, renderer?: StrokeRenderer): (() => PatchTile[]) | null {
  const prepared = prepareOp(surface, copy, page, renderer);
  if (!prepared) return null;
  const { rect, paint, pixels } = prepared;
  const before = pixels?.before ?? surface.readPaint(rect);
  paint();
  const after = pixels?.after ?? surface.readPaint(rect);
  return () => diffTiles(rect, before, after);
}

/** The live copies of a stroke under a symmetry, each staying inside the region its own copy of the first touch lands in (the same clip point its op copy gets). */
export function liveMirrors(symmetry: Symmetry | null, page: PageContext, clip: { x: number; y: number } | undefined): Mirror[] {
  if (!symmetry) return [];
  return symmetryTransforms(symmetry)
    .slice(1)
    .map((transform) => {
      const at = clip ? clipOfCopy(transform, clip) : null;
      return { transform, region: at ? regionAt(page, at.x, at.y) : null };
    });
}

/** A stroke copy's clip point: the original's carried over, kept on the page (a region is looked up there). */
function clipOfCopy(t: CopyTransform, clip: { x: number; y: number }): { x: number; y: number } {
  const p = mapPoint(t, clip.x, clip.y);
  return { x: Math.min(DOC_WIDTH - 1, Math.max(0, Math.round(p.x))), y: Math.min(DOC_HEIGHT - 1, Math.max(0, Math.round(p.y))) };
}

function pagePoint(p: { x: number; y: number }): { x: number; y: number } | null {
  const x = Math.round(p.x);
  const y = Math.round(p.y);
  return x >= 0 && y >= 0 && x < DOC_WIDTH && y < DOC_HEIGHT ? { x, y } : null;
}
