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
