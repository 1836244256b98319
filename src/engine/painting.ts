import type { StrokeRenderer } from './brushes/brush';
import { getBrush } from './brushes/registry';
import { colourWord, composeFill } from './fill/applyFill';
import { floodFill, type FillResult } from './fill/floodFill';
import { clampToPage } from './geometry/bounds';
import { DOC_HEIGHT, DOC_WIDTH, FULL_PAGE, type Rect } from './model/document';
import { type FillOp, type Op, type StampOp, type StrokeOp, pointCount } from './model/ops';
import type { PixelView } from './history/tilePatch';
import type { RasterSurface } from './raster';

/** What the page adds to painting: its outlines (1 = outline pixel), or null on a blank picture. */
export interface PageContext {
  walls: Uint8Array | null;
}

export const BLANK_PAGE: PageContext = { walls: null };

/** Anti-aliased paint edges differ from their colour by less than this; the ring covers the rest. */
export const FILL_TOLERANCE = 48;
/** Pixels a fill or a stay-inside mask reaches under its outline. */
export const GROW_UNDER_OUTLINE = 2;

/**
 * One plain op (a copy: no symmetry of its own) made ready to land: the area it may change and the
 * painting itself, so a caller that keeps an undo patch can read that area first. This is the one
 * place each kind of step becomes pixels (live, redo, reopening and the time-lapse all land here).
 */
export interface PreparedOp {
  rect: Rect;
  paint(): void;
  /** A fill works out its pixels before it paints: the whole page it read, and its area after. */
  pixels?: { before: PixelView; after: Uint32Array };
}

/**
 * Null when the op would change nothing (a fill on its own colour or off the page, a stamp off the
 * page, a stroke with no ink). `renderer`: a stroke already drawn on the scratch surface (the live
 * stroke, a growing time-lapse stroke), not drawn again.
 */
export function prepareOp(surface: RasterSurface, op: Op, page: PageContext, renderer?: StrokeRenderer): PreparedOp | null {
  switch (op.kind) {
    case 'clear':
      return { rect: FULL_PAGE, paint: () => surface.clearPaint() };
    case 'fill': {
      const fill = computeFill(surface, op, page);
      if (!fill) return null;
      const before = { data: fill.picture, stride: DOC_WIDTH, offset: fill.rect.y * DOC_WIDTH + fill.rect.x };
      return { rect: fill.rect, paint: () => surface.writePaint(fill.rect, fill.after), pixels: { before, after: fill.after } };
    }
    case 'stamp': {
      const rect = stampRect(op);
      return rect && { rect, paint: () => surface.drawStamp(op.stamp, op.x, op.y, op.size) };
    }
    case 'stroke': {
      const stroke = renderer ?? getBrush(op.brush).createRenderer(op, surface.textures);
      if (!renderer) stroke.draw(surface.scratch, op.points, pointCount(op), true);
      const rect = stroke.bounds.toPageRect();
      return rect && { rect, paint: () => commitStroke(surface, op, rect, page) };
    }
  }
}

/** Joins a stroke drawn on the scratch surface (over `rect`) to the picture, cut to its region when it stays inside the lines. */
function commitStroke(surface: RasterSurface, op: StrokeOp, rect: Rect, page: PageContext): void {
  const region = op.clip ? regionAt(page, op.clip.x, op.clip.y) : null;
  if (region) surface.clipScratch(rect, region.mask);
  const spec = getBrush(op.brush);
  surface.commitScratch(rect, spec.composite, spec.alpha);
}

interface ComputedFill {
  rect: Rect;
  /** The whole picture before the fill (its `rect` becomes the undo patch, off the tap's critical path). */
  picture: Uint32Array;
  after: Uint32Array;
}

/** The pixels a fill changes, or null when it would change nothing (same colour, off the page). */
function computeFill(surface: RasterSurface, op: FillOp, page: PageContext): ComputedFill | null {
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
