import { getStroke } from 'perfect-freehand';
import { Bounds } from '../geometry/bounds';
import type { BrushSpec, Ctx2D, StrokeRenderer, StrokeStyle } from './brush';

/**
 * A soft paint brush whose width follows pen pressure, or speed for fingers (perfect-freehand
 * outlines). The outline of the whole stroke is redrawn each frame, on a scratch surface that
 * holds only this stroke, so the final frame equals a replay.
 */
export const paintBrush: BrushSpec = {
  id: 'paint',
  composite: 'source-over',
  alpha: 0.92,
  createRenderer: (style) => createOutlineRenderer(style),
};

function createOutlineRenderer(style: StrokeStyle): StrokeRenderer {
  const bounds = new Bounds();
  let lastDrawn: { x: number; y: number; w: number; h: number } | null = null;
  return {
    bounds,
    redrawsWhole: true,
    draw(ctx, points, count, final) {
      if (count === 0) return;
      const input: number[][] = [];
      for (let i = 0; i < count; i++) {
        input.push([points[i * 3] ?? 0, points[i * 3 + 1] ?? 0, points[i * 3 + 2] ?? 0.5]);
      }
      const outline = getStroke(input, {
        size: style.size * 1.3,
        thinning: 0.35,
        smoothing: 0.6,
        streamline: 0.25,
        simulatePressure: !style.pressure,
        last: final,
      });
      if (lastDrawn) ctx.clearRect(lastDrawn.x, lastDrawn.y, lastDrawn.w, lastDrawn.h);
      lastDrawn = fillOutline(ctx, outline, style.color);
      if (lastDrawn) {
        bounds.addCircle(lastDrawn.x, lastDrawn.y, 0);
        bounds.addCircle(lastDrawn.x + lastDrawn.w, lastDrawn.y + lastDrawn.h, 0);
      }
    },
  };
}

/** Fills a closed outline with smooth quadratic joins; returns the integer area it may touch. */
function fillOutline(ctx: Ctx2D, outline: number[][], color: string) {
  const n = outline.length;
  if (n < 2) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  ctx.beginPath();
  for (let i = 0; i < n; i++) {
    const [x, y] = outline[i] as [number, number];
    const [nx, ny] = outline[(i + 1) % n] as [number, number];
    if (i === 0) ctx.moveTo((x + nx) / 2, (y + ny) / 2);
    else ctx.quadraticCurveTo(x, y, (x + nx) / 2, (y + ny) / 2);
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const [fx, fy] = outline[0] as [number, number];
  const [sx, sy] = outline[1] as [number, number];
  ctx.quadraticCurveTo(fx, fy, (fx + sx) / 2, (fy + sy) / 2);
  ctx.closePath();
  ctx.fillStyle = color;
  ctx.fill();
  const x = Math.floor(minX) - 2;
  const y = Math.floor(minY) - 2;
  return { x, y, w: Math.ceil(maxX) + 2 - x, h: Math.ceil(maxY) + 2 - y };
}
