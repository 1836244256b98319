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

/** What the crosshair's scan highlights: a button of its menu, or the sweeping line. */
export type CrosshairFocus<T> = { menu: T } | { sweep: CrosshairPhase };

/**
 * The crosshair as a switch scans it: first its menu's leading buttons ("back to the buttons",
 * then "lift" while the brush is down), then the line's sweep, then the rest of the menu (undo,
 * done), and round again. Every choice rests on the first button again, so leaving the picture
 * is always one press away. The menus are asked afresh each time (buttons come and go).
 */
export class CrosshairCycle<T> {
  /** The menu button highlighted, or null while the line sweeps. */
  private at: { menu: 'before' | 'after'; index: number } | null = null;

  constructor(
    readonly cross: Crosshair,
    private readonly before: () => readonly T[],
    private readonly after: () => readonly T[],
  ) {}

  get focus(): CrosshairFocus<T> | null {
    if (!this.at) return { sweep: this.cross.phase };
    const item = (this.at.menu === 'before' ? this.before() : this.after())[this.at.index];
    return item === undefined ? null : { menu: item };
  }

  /** Back to the start: the first leading button (the line waits at the top, the row to choose). */
  start(): CrosshairFocus<T> | null {
    this.cross.restart();
    this.at = this.before().length > 0 ? { menu: 'before', index: 0 } : null;
    return this.focus;
  }

  step(): CrosshairFocus<T> | null {
    const at = this.at;
    if (!at) {
      if (this.cross.step()) return this.focus;
      // The line ran off the page: the rest of the menu, or straight round to the start.
      this.at = this.after().length > 0 ? { menu: 'after', index: 0 } : null;
      return this.at ? this.focus : this.start();
    }
    const items = at.menu === 'before' ? this.before() : this.after();
    if (at.index + 1 < items.length) {
      this.at = { menu: at.menu, index: at.index + 1 };
      return this.focus;
    }
    if (at.menu === 'after') return this.start();
    this.at = null;
    return this.focus;
  }

  /** A menu button (the cycle rests again), a point on the page (likewise), or null (a row was fixed). */
  choose(): { menu: T } | { point: { x: number; y: number } } | null {
    const focus = this.focus;
    if (!focus) {
      this.start();
      return null;
    }
    if ('menu' in focus) {
      this.start();
      return focus;
    }
    const point = this.cross.choose();
    if (!point) return null;
    this.start();
    return { point };
  }
}
