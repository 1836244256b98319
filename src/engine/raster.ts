import type { BrushTextures, Ctx2D } from './brushes/brush';
import type { Rect } from './model/document';

/**
 * The pixels the editor works on, provided by the renderer. `paint` holds the picture, `scratch`
 * holds only the stroke in progress (a finished stroke is composited from scratch into paint).
 * Pixel blocks travel as 32-bit RGBA words.
 */
export interface RasterSurface {
  readonly scratch: Ctx2D;
  readonly textures: BrushTextures;
  /** A fresh copy of the picture's pixels in rect. */
  readPaint(rect: Rect): Uint32Array;
  writePaint(rect: Rect, pixels: Uint32Array): void;
  /** Joins the scratch pixels in rect onto the picture, then clears them from scratch. */
  commitScratch(rect: Rect, composite: GlobalCompositeOperation, alpha: number): void;
  clearScratch(rect: Rect): void;
  /** Keeps only the scratch pixels of rect where the full-page mask is non-zero. */
  clipScratch(rect: Rect, mask: Uint8Array): void;
  clearPaint(): void;
  /** Draws a stamp picture centred on (x, y); false if its picture is not loaded. */
  drawStamp(stamp: string, x: number, y: number, size: number): boolean;
}
