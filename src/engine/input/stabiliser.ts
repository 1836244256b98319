/**
 * Lazy-brush stabiliser: the brush follows the finger on an invisible string of the given radius,
 * so small tremors inside the radius do not move the line at all and larger moves are smoothed.
 */
export interface Point {
  x: number;
  y: number;
  p: number;
}

export const STABILISER_STRENGTHS = ['off', 'low', 'medium', 'high'] as const;
export type StabiliserStrength = (typeof STABILISER_STRENGTHS)[number];

/** String length in CSS pixels on screen, so the feel is the same at every zoom. */
export const STABILISER_RADIUS_PX: Record<StabiliserStrength, number> = { off: 0, low: 4, medium: 9, high: 18 };

/** Points closer than this (document px) add nothing but cost. */
const MIN_STEP = 0.75;

export class Stabiliser {
  private brush: Point | null = null;

  constructor(private readonly radius: number) {}

  start(point: Point): Point {
    this.brush = { ...point };
    return { ...point };
  }

  /** Returns the new brush position, or null when the brush did not move enough to matter. */
  move(point: Point): Point | null {
    const brush = this.brush;
    if (!brush) return this.start(point);
    const dx = point.x - brush.x;
    const dy = point.y - brush.y;
    const distance = Math.hypot(dx, dy);
    if (distance <= this.radius) return null;
    const pull = (distance - this.radius) / distance;
    const next = { x: brush.x + dx * pull, y: brush.y + dy * pull, p: point.p };
    if (Math.hypot(next.x - brush.x, next.y - brush.y) < MIN_STEP) return null;
    this.brush = next;
    return { ...next };
  }
}
