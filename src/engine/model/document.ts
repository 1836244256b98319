/** The picture is a fixed raster page at A4-landscape ratio, independent of the screen. */
export const DOC_WIDTH = 2400;
export const DOC_HEIGHT = 1697;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const FULL_PAGE: Readonly<Rect> = Object.freeze({ x: 0, y: 0, width: DOC_WIDTH, height: DOC_HEIGHT });

/**
 * How far outside the page a stroke's points may go (a finger sliding off the paper keeps its
 * capture). Points beyond are clamped by the editor and refused by the schema, the same bound.
 */
export const POINT_MARGIN = 2000;

/** Longer strokes are split, so no op outgrows what storage accepts. */
export const MAX_STROKE_POINTS = 10_000;
