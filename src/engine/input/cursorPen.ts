import { DOC_HEIGHT, DOC_WIDTH } from '../model/document';
import type { FilterAction, RawPointer } from './pointerFilter';

/** Straight segments are drawn through points this far apart, so every brush lays them down as smoothly as a finger. */
const SEGMENT_STEP = 12;

/**
 * A brush moved by a cursor rather than a finger: keyboard arrows, a switch's crosshair, a dwell,
 * taps one after another. It turns "put the brush down here", "go there", "lift" into the same
 * pointer actions a finger makes, so every tool works with every input mode.
 */
export class CursorPen {
  private point = { x: DOC_WIDTH / 2, y: DOC_HEIGHT / 2 };
  private isDown = false;
  private time = 0;

  get at(): { x: number; y: number } {
    return { ...this.point };
  }

  get down(): boolean {
    return this.isDown;
  }

  /** Moves the cursor; with the brush down, the stroke follows in a straight line. */
  moveTo(x: number, y: number): FilterAction[] {
    const to = { x: clamp(x, DOC_WIDTH), y: clamp(y, DOC_HEIGHT) };
    const from = this.point;
    this.point = to;
    if (!this.isDown) return [];
    const steps = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / SEGMENT_STEP));
    const actions: FilterAction[] = [];
    for (let i = 1; i <= steps; i++) actions.push({ type: 'move', sample: this.sample('move', from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps) });
    return actions;
  }

  moveBy(dx: number, dy: number): FilterAction[] {
    return this.moveTo(this.point.x + dx, this.point.y + dy);
  }

  /** Puts the brush down at the cursor. */
  press(): FilterAction[] {
    if (this.isDown) return [];
    this.isDown = true;
    return [{ type: 'start', sample: this.sample('down', this.point.x, this.point.y) }];
  }

  /** Lifts the brush: the stroke joins the picture. */
  lift(): FilterAction[] {
    if (!this.isDown) return [];
    this.isDown = false;
    return [{ type: 'end', sample: this.sample('up', this.point.x, this.point.y) }];
  }

  /** Down and up at the cursor: a fill or a stamp lands there, a brush leaves a dot. */
  tap(): FilterAction[] {
    return [...this.lift(), ...this.press(), ...this.lift()];
  }

  /** Forgets a stroke without ending it (the editor was told to cancel it some other way). */
  reset(): void {
    this.isDown = false;
  }

  private sample(phase: RawPointer['phase'], x: number, y: number): RawPointer {
    return { id: 0, kind: 'mouse', phase, x, y, pressure: 0.5, contactWidth: 0, contactHeight: 0, time: (this.time += 16) };
  }
}

function clamp(v: number, max: number): number {
  return Math.min(max - 1, Math.max(0, Math.round(v)));
}
