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
