import { DOC_HEIGHT, DOC_WIDTH } from '../model/document';

/** Steps of the sweeping line across the page: fine enough to reach a region, few enough to wait for. */
export const CROSSHAIR_STEPS = 24;

export type CrosshairPhase = 'row' | 'column';

/**
 * The switch user's way to point at the picture: a line sweeps down the page and a press fixes the
 * row; a line sweeps across and a press fixes the point. Each step moves the line one notch; the
 * line runs off the end of the page after its last notch (`step` returns false), when the scanner
 * offers undo, done and lift before the next sweep.
 */
export class Crosshair {
  phase: CrosshairPhase = 'row';
  /** The notch the moving line is on: 0 … CROSSHAIR_STEPS - 1. */
  notch = 0;
  private row = 0;

  /** The line's position in document pixels (the middle of its notch). */
  get line(): number {
    const length = this.phase === 'row' ? DOC_HEIGHT : DOC_WIDTH;
    return Math.round(((this.notch + 0.5) / CROSSHAIR_STEPS) * length);
  }

  /** The fixed row while the column sweeps. */
  get fixedRow(): number | null {
    return this.phase === 'column' ? this.row : null;
  }

  /** One notch on; false when the line has run off the page (and starts again). */
  step(): boolean {
    this.notch++;
    if (this.notch < CROSSHAIR_STEPS) return true;
    this.notch = 0;
    return false;
  }

  /** Fixes the row, then the point: returns the point once both are chosen. */
  choose(): { x: number; y: number } | null {
    if (this.phase === 'row') {
      this.row = this.line;
      this.phase = 'column';
      this.notch = 0;
      return null;
    }
    const point = { x: this.line, y: this.row };
    this.restart();
    return point;
  }

  restart(): void {
    this.phase = 'row';
    this.notch = 0;
  }
}
