/** A pointer that stays within this many CSS pixels of where it came to rest is still resting (eye-gaze and head pointers jitter). */
export const DWELL_RADIUS_PX = 30;

export interface DwellState<T> {
  /** The target being dwelt on, and how far along (0–1) the dwell is. */
  target: T | null;
  progress: number;
  /** Set once, at the moment the dwell completes. */
  chosen: T | null;
}

/**
 * Choosing by resting a pointer (mouse, head or eye pointer): resting on one target for the
 * dwell time chooses it, once. Moving past the radius, or onto another target, starts again; a
 * chosen target is chosen again only after the pointer moved away and came to rest anew.
 */
export class Dwell<T> {
  private anchor: { x: number; y: number; time: number; target: T } | null = null;
  private done = false;

  constructor(private readonly durationMs: number) {}

  update(x: number, y: number, time: number, target: T | null): DwellState<T> {
    const anchor = this.anchor;
    if (target === null) {
      this.anchor = null;
      this.done = false;
      return { target: null, progress: 0, chosen: null };
    }
    if (!anchor || anchor.target !== target || Math.hypot(x - anchor.x, y - anchor.y) > DWELL_RADIUS_PX) {
      this.anchor = { x, y, time, target };
      this.done = false;
      return { target, progress: 0, chosen: null };
    }
    if (this.done) return { target, progress: 0, chosen: null };
    const progress = Math.min(1, (time - anchor.time) / this.durationMs);
    if (progress < 1) return { target, progress, chosen: null };
    this.done = true;
    return { target, progress: 1, chosen: target };
  }
}
