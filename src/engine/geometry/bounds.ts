import { DOC_HEIGHT, DOC_WIDTH, type Rect } from '../model/document';

/** A growable axis-aligned box; empty until the first point is added. */
export class Bounds {
  minX = Infinity;
  minY = Infinity;
  maxX = -Infinity;
  maxY = -Infinity;

  get isEmpty(): boolean {
    return this.minX > this.maxX;
  }

  addCircle(x: number, y: number, radius: number): void {
    if (x - radius < this.minX) this.minX = x - radius;
    if (y - radius < this.minY) this.minY = y - radius;
    if (x + radius > this.maxX) this.maxX = x + radius;
    if (y + radius > this.maxY) this.maxY = y + radius;
  }

  /** Integer rectangle clamped to the page, or null when nothing on the page is touched. */
  toPageRect(): Rect | null {
    return clampToPage(this.minX, this.minY, this.maxX, this.maxY);
  }
}

export function clampToPage(minX: number, minY: number, maxX: number, maxY: number): Rect | null {
  const x0 = Math.max(0, Math.floor(minX));
  const y0 = Math.max(0, Math.floor(minY));
  const x1 = Math.min(DOC_WIDTH, Math.ceil(maxX));
  const y1 = Math.min(DOC_HEIGHT, Math.ceil(maxY));
  if (x1 <= x0 || y1 <= y0) return null;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
