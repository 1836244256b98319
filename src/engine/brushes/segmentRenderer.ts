import { Bounds } from '../geometry/bounds';
import type { Ctx2D, StrokeRenderer } from './brush';

/** One piece of a stroke: from the previous point to this one (a dot when index is 0). */
export interface Segment {
  index: number;
  x0: number;
  y0: number;
  p0: number;
  x1: number;
  y1: number;
  p1: number;
  /** distance along the stroke where this segment starts */
  distance: number;
  length: number;
}

export type DrawSegment = (ctx: Ctx2D, seg: Segment) => void;

/**
 * Shared driver for brushes that paint segment by segment. It remembers how far it has drawn, so
 * each frame only paints the new points.
 */
export function createSegmentRenderer(drawSegment: DrawSegment, padding: number): StrokeRenderer {
  const bounds = new Bounds();
  let drawn = 0;
  let distance = 0;
  return {
    bounds,
    draw(ctx, points, count) {
      for (let i = drawn; i < count; i++) {
        const x1 = points[i * 3] ?? 0;
        const y1 = points[i * 3 + 1] ?? 0;
        const p1 = points[i * 3 + 2] ?? 0.5;
        const prev = i === 0 ? i : i - 1;
        const x0 = points[prev * 3] ?? x1;
        const y0 = points[prev * 3 + 1] ?? y1;
        const p0 = points[prev * 3 + 2] ?? p1;
        const length = Math.hypot(x1 - x0, y1 - y0);
        drawSegment(ctx, { index: i, x0, y0, p0, x1, y1, p1, distance, length });
        distance += length;
        bounds.addCircle(x0, y0, padding);
        bounds.addCircle(x1, y1, padding);
      }
      drawn = Math.max(drawn, count);
    },
  };
}

/** A round-capped line of one colour (or a filled dot for the first point). */
export function strokeRound(ctx: Ctx2D, seg: Segment, width: number, style: string | CanvasPattern): void {
  if (seg.index === 0 || seg.length === 0) {
    ctx.fillStyle = style;
    ctx.beginPath();
    ctx.arc(seg.x1, seg.y1, width / 2, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  ctx.strokeStyle = style;
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  ctx.moveTo(seg.x0, seg.y0);
  ctx.lineTo(seg.x1, seg.y1);
  ctx.stroke();
}
