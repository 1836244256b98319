import { CursorPen } from './cursorPen';
import type { FilterAction } from './pointerFilter';

/** A tap this close (document pixels) to where the line began ends it. */
export const CLOSE_TAP_DOC_PX = 60;

/**
 * Tap to start, tap to stop, for children who cannot keep a finger on the glass: a tap starts a
 * line, each next tap (or a hovering pen) draws it on to there, a tap back on its start (or
 * "lift") ends it. With fill or a stamp, every tap simply lands.
 */
export class TapToStart {
  private readonly pen = new CursorPen();
  private start: { x: number; y: number } | null = null;

  get drawing(): boolean {
    return this.pen.down;
  }

  tap(x: number, y: number, places: boolean): FilterAction[] {
    if (places) return [...this.pen.moveTo(x, y), ...this.pen.tap()];
    if (!this.pen.down) {
      this.start = { x, y };
      return [...this.pen.moveTo(x, y), ...this.pen.press()];
    }
    const start = this.start;
    if (start && Math.hypot(x - start.x, y - start.y) <= CLOSE_TAP_DOC_PX) return this.lift();
    return this.pen.moveTo(x, y);
  }

  /** A hovering pen: the line follows it. */
  hover(x: number, y: number): FilterAction[] {
    return this.pen.down ? this.pen.moveTo(x, y) : [];
  }

  lift(): FilterAction[] {
    this.start = null;
    return this.pen.lift();
  }
}
