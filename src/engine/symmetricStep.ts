import type { StrokeRenderer } from './brushes/brush';
import { getBrush } from './brushes/registry';
import { DOC_WIDTH, FULL_PAGE, type Rect } from './model/document';
import { type Op, pointCount } from './model/ops';
import { diffTiles, type PatchTile } from './history/tilePatch';
import { clampToPagePoint, commitStroke, computeFill, type PageContext, regionAt, stampRect } from './painting';
import { mapPoint, symmetryCopies, type Symmetry } from './geometry/symmetry';
import type { Mirror } from './liveStroke';
import type { RasterSurface } from './raster';

/**
 * Paints the copies of one step (a mirrored stroke, fill or stamp) one after another, exactly as
 * `applyOp` replays them, and returns the step's undo patch. Each copy's area is read before it is
 * painted; the patch lists the last copy first, so undo writes the first copy's "before" last and
 * ends on the picture as it was, even where copies overlap near the centre.
 *
 * `firstRenderer`: the live stroke's renderer, already drawn on the scratch surface (the first
 * copy is the stroke the finger drew; it is not drawn twice).
 */
export function paintCopies(surface: RasterSurface, copies: readonly Op[], page: PageContext, firstRenderer?: StrokeRenderer): PatchTile[] {
  const patches: PatchTile[][] = [];
  copies.forEach((copy, index) => {
    const tiles = paintCopy(surface, copy, page, index === 0 ? firstRenderer : undefined);
    if (tiles.length > 0) patches.push(tiles);
  });
  return patches.reverse().flat();
}

function paintCopy(surface: RasterSurface, op: Op, page: PageContext, renderer?: StrokeRenderer): PatchTile[] {
  switch (op.kind) {
    case 'clear':
      return withPatch(surface, FULL_PAGE, () => surface.clearPaint());
    case 'fill': {
      const fill = computeFill(surface, op, page);
      if (!fill) return [];
      surface.writePaint(fill.rect, fill.after);
      return diffTiles(fill.rect, { data: fill.picture, stride: DOC_WIDTH, offset: fill.rect.y * DOC_WIDTH + fill.rect.x }, fill.after);
    }
    case 'stamp': {
      const rect = stampRect(op);
      return rect ? withPatch(surface, rect, () => surface.drawStamp(op.stamp, op.x, op.y, op.size)) : [];
    }
    case 'stroke': {
      const stroke = renderer ?? getBrush(op.brush).createRenderer(op, surface.textures);
      if (!renderer) stroke.draw(surface.scratch, op.points, pointCount(op), true);
      const rect = stroke.bounds.toPageRect();
      return rect ? withPatch(surface, rect, () => commitStroke(surface, op, stroke, page)) : [];
    }
  }
}

function withPatch(surface: RasterSurface, rect: Rect, paint: () => void): PatchTile[] {
  const before = surface.readPaint(rect);
  paint();
  return diffTiles(rect, before, surface.readPaint(rect));
}

/** The live copies of a stroke under a symmetry, each staying inside the region its own copy of the first touch lands in. */
export function strokeMirrors(symmetry: Symmetry | null, page: PageContext, clip: { x: number; y: number } | undefined): Mirror[] {
  if (!symmetry) return [];
  return symmetryCopies(symmetry)
    .slice(1)
    .map((transform) => {
      const at = clip ? clampToPagePoint(mapPoint(transform, clip.x, clip.y)) : null;
      return { transform, region: at ? regionAt(page, at.x, at.y) : null };
    });
}
