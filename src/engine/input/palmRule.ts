/**
 * Which touches are palms, by contact size (the diameter a browser reports as PointerEvent width
 * and height, in CSS px). The evidence behind the numbers:
 *  - WebKit on iPad reports width = 2 × UITouch.majorRadius. Measured on an iPad mini: a fingertip
 *    tap 12–26 pt, a finger laid flat 51–64 pt, a hand resting as when holding a pen 115–270 pt;
 *    so widths of 24–52, 102–129 and 230–540 px (yimajo, Qiita 2015). A child's hand is smaller:
 *    its resting palm still spans about 150 px, its flat finger under 100.
 *  - Chrome on Android reports the touch's major axis: fingertips about 8–25 px, where a palm of
 *    60–100 px is already four times a finger.
 *  - Some devices report nothing useful: 0, the spec's default of 1, or a fixed radius
 *    (WebKit can hard-code it, WebKit/WebKit#14199).
 * So a contact is a palm when it is wider than any finger on any tablet (ABSOLUTE_PALM_PX), or,
 * once this device has shown enough fingers, several times wider than its usual finger. Sizes that
 * say nothing (0, 1, or all alike) never make a palm.
 */
export const ABSOLUTE_PALM_PX = 140;
/** Four times the usual finger: a flat finger is at most about three times a fingertip. */
const PALM_TO_FINGER = 4;
/** Below this no contact is a palm, however small this device's usual finger. */
const RELATIVE_FLOOR_PX = 48;
/** Finger contacts needed before the device's usual finger is trusted. */
const FINGERS_TO_LEARN = 8;
const FINGERS_KEPT = 32;

/** The contact sizes of recent touches that turned out to be fingers (they drew or tapped). */
export class FingerSizes {
  private readonly sizes: number[] = [];
  /** Worked out when a finger is recorded: every pointer move asks for it. */
  private threshold = ABSOLUTE_PALM_PX;

  record(size: number): void {
    if (!(size > 1)) return;
    this.sizes.push(size);
    if (this.sizes.length > FINGERS_KEPT) this.sizes.shift();
    const usual = this.usual;
    this.threshold = usual === null ? ABSOLUTE_PALM_PX : Math.min(ABSOLUTE_PALM_PX, Math.max(RELATIVE_FLOOR_PX, usual * PALM_TO_FINGER));
  }

  /** The median finger on this device, or null until enough have been seen. */
  get usual(): number | null {
    if (this.sizes.length < FINGERS_TO_LEARN) return null;
    const sorted = [...this.sizes].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? null;
  }

  /** The contact size from which a touch counts as a palm on this device. */
  palmFrom(): number {
    return this.threshold;
  }
}

/** Fingers seen on this tablet, shared by every picture drawn on it. */
export const deviceFingerSizes = new FingerSizes();

export function contactSize(width: number, height: number): number {
  return Math.max(width, height);
}
