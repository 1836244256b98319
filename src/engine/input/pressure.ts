import { DOC_HEIGHT, DOC_WIDTH, POINT_MARGIN } from '../model/document';
import type { PointerKind } from './pointerFilter';

/**
 * Pen pressure when it is real; a neutral 0.5 otherwise. Odd readings (0 on some styluses at the
 * start of a stroke, NaN, values past 1) are clamped so a stroke never vanishes or balloons.
 */
export function normalisePressure(kind: PointerKind, pressure: number): number {
  if (kind !== 'pen') return 0.5;
  if (!Number.isFinite(pressure) || pressure <= 0) return 0.5;
  return Math.min(1, Math.max(0.15, pressure));
}

/** Keeps a coordinate within the page plus its margin, the same bound the schema enforces. */
export function clampToMargin(v: number, axis: 'x' | 'y'): number {
  const max = (axis === 'x' ? DOC_WIDTH : DOC_HEIGHT) + POINT_MARGIN;
  return Math.min(max, Math.max(-POINT_MARGIN, v));
}
