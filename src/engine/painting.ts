import type { StrokeRenderer } from './brushes/brush';
import { getBrush } from './brushes/registry';
import { colourWord, composeFill } from './fill/applyFill';
import { floodFill, type FillResult } from './fill/floodFill';
import { clampToPage } from './geometry/bounds';
import { DOC_HEIGHT, DOC_WIDTH, FULL_PAGE, type Rect } from './model/document';
import { type FillOp, type Op, type StampOp, type StrokeOp, pointCount } from './model/ops';
import type { RasterSurface } from './raster';
import { mapPoint, mapPoints, symmetryCopies } from './geometry/symmetry';

/** What the page adds to painting: its outlines (1 = outline pixel), or null on a blank picture. */
export interface PageContext {
  walls: Uint8Array | null;
}

export const BLANK_PAGE: PageContext = { walls: null };

/** Anti-aliased paint edges differ from their colour by less than this; the ring covers the rest. */
export const FILL_TOLERANCE = 48;
/** Pixels a fill or a stay-inside mask reaches under its outline. */
export const GROW_UNDER_OUTLINE = 2;

/** Draws one op onto the picture exactly as it was drawn live (replay and redo); a symmetric op, every copy in turn. */
export function applyOp(surface: RasterSurface, op: Op, page: PageContext): void {
  for (const copy of symmetricCopies(op)) applyOne(surface, copy, page);
}

function applyOne(surface: RasterSurface, op: Op, page: PageContext): void {
  switch (op.kind) {
    case 'clear':
      surface.clearPaint();
      return;
    case 'fill': {
      const fill = computeFill(surface, op, page);
      if (fill) surface.writePaint(fill.rect, fill.after);
      return;
    }
    case 'stamp': {
      const rect = stampRect(op);
      if (rect) surface.drawStamp(op.stamp, op.x, op.y, op.size);
      return;
    }
    case 'stroke': {
      const spec = getBrush(op.brush);
      const renderer = spec.createRenderer(op, surface.textures);
      renderer.draw(surface.scratch, op.points, pointCount(op), true);
      commitStroke(surface, op, renderer, page);
    }
  }
}

/** Joins a drawn stroke to the picture, cut to its region when it stays inside the lines. */
export function commitStroke(surface: RasterSurface, op: StrokeOp, renderer: StrokeRenderer, page: PageContext): Rect | null {
  const rect = renderer.bounds.toPageRect();
  if (!rect) return null;
  const region = op.clip ? regionAt(page, op.clip.x, op.clip.y) : null;
  if (region) surface.clipScratch(rect, region.mask);
  const spec = getBrush(op.brush);
  surface.commitScratch(rect, spec.composite, spec.alpha);
  return rect;
}

export interface ComputedFill {
  rect: Rect;
  /** The whole picture before the fill (its `rect` becomes the undo patch, off the tap's critical path). */
  picture: Uint32Array;
  after: Uint32Array;
}

/** The pixels a fill changes, or null when it would change nothing (same colour, off the page). */
export function computeFill(surface: RasterSurface, op: FillOp, page: PageContext): ComputedFill | null {
  const paint = surface.readPaint(FULL_PAGE);
  const fill = floodFill({ width: DOC_WIDTH, height: DOC_HEIGHT, paint, walls: page.walls, x: op.x, y: op.y, tolerance: op.tolerance, grow: GROW_UNDER_OUTLINE });
  if (!fill) return null;
  const colour = colourWord(op.color);
  if (fill.seedColor === colour) return null;
  const { bounds: rect } = fill;
  return { rect, picture: paint, after: composeFill(paint, DOC_WIDTH, fill, rect, colour) };
}

export function stampRect(op: StampOp): Rect | null {
  const half = op.size / 2;
  return clampToPage(op.x - half, op.y - half, op.x + half, op.y + half);
}

/** Outline-bounded regions, cached: children often make many strokes in the same region. */
const regionCache = new WeakMap<Uint8Array, FillResult[]>();
// Room for the eight copies of a mirrored stroke's regions.
const REGION_CACHE_SIZE = 10;

export function regionAt(page: PageContext, x: number, y: number): FillResult | null {
  const walls = page.walls;
  if (!walls) return null;
  const cached = regionCache.get(walls) ?? [];
  const index = Math.round(y) * DOC_WIDTH + Math.round(x);
  const hit = cached.find((r) => r.mask[index] !== 0);
  if (hit) return hit;
  const region = floodFill({ width: DOC_WIDTH, height: DOC_HEIGHT, paint: null, walls, x, y, tolerance: 0, grow: GROW_UNDER_OUTLINE });
  if (!region) return null;
  regionCache.set(walls, [region, ...cached].slice(0, REGION_CACHE_SIZE));
  return region;
}

/**
 * The copies a symmetric op draws, each a plain op (no symmetry): its points, clip point, fill point
 * or stamp position carried around the page centre. A copy whose fill point falls off the page has
 * nothing to fill and is left out.
 */
export function symmetricCopies(op: Op): Op[] {
  if (op.kind === 'clear' || !op.symmetry) return [op];
  const { symmetry, ...plain } = op;
  const copies: Op[] = [];
  for (const t of symmetryCopies(symmetry)) {
    if (plain.kind === 'stroke') {
      const clip = plain.clip ? { clip: clampToPagePoint(mapPoint(t, plain.clip.x, plain.clip.y)) } : {};
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

function pagePoint(p: { x: number; y: number }): { x: number; y: number } | null {
  const x = Math.round(p.x);
  const y = Math.round(p.y);
  return x >= 0 && y >= 0 && x < DOC_WIDTH && y < DOC_HEIGHT ? { x, y } : null;
}

export function clampToPagePoint(p: { x: number; y: number }): { x: number; y: number } {
  return { x: Math.min(DOC_WIDTH - 1, Math.max(0, Math.round(p.x))), y: Math.min(DOC_HEIGHT - 1, Math.max(0, Math.round(p.y))) };
}
