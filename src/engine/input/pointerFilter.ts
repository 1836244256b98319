import { contactSize, deviceFingerSizes, type FingerSizes } from './palmRule';

/**
 * Decides which pointer contacts draw. Pure: it sees samples already mapped to document space.
 * Rules for small, enthusiastic hands:
 *  - the first pointer wins; others are ignored while it draws;
 *  - a second finger within CANCEL_WINDOW_MS of the stroke start means a pinch or a palm: the
 *    stroke is cancelled and leaves nothing behind;
 *  - while two or more fingers touch, nothing new starts until every finger has lifted;
 *  - palms (see palmRule.ts: wider than any finger, or several times this device's usual finger)
 *    are ignored, also when they spread after landing; a flat finger still draws;
 *  - a pen wins over the hand holding it: a pen landing cancels a touch stroke the hand began, and
 *    touches are ignored while a pen draws and for PEN_GRACE_MS after it lifts;
 *  - a lost capture ends the stroke (what was drawn is kept); a browser pointercancel cancels it.
 */
export type PointerKind = 'touch' | 'pen' | 'mouse';

export interface RawPointer {
  id: number;
  kind: PointerKind;
  /** 'lost': the element lost pointer capture, no more events will come for this pointer */
  phase: 'down' | 'move' | 'up' | 'cancel' | 'lost';
  x: number;
  y: number;
  pressure: number;
  /** contact size in CSS pixels (0 when unknown) */
  contactWidth: number;
  contactHeight: number;
  time: number;
  /** the browser's isPrimary: for touch, no other finger is on the screen */
  primary?: boolean;
}

export type FilterAction =
  | { type: 'start'; sample: RawPointer }
  | { type: 'move'; sample: RawPointer }
  | { type: 'end'; sample?: RawPointer }
  | { type: 'cancel' };

export const CANCEL_WINDOW_MS = 150;
/** The hand that held the pen may touch down just after the pen lifts. */
export const PEN_GRACE_MS = 1000;
/** Since the pen's last event while it was down. */
const PEN_HELD_MS = 5000;

export class PointerFilter {
  private readonly touches = new Set<number>();
  /** Touches ignored until they lift: palms, and the hand of a pen user. */
  private readonly palms = new Set<number>();
  private active: { id: number; kind: PointerKind; start: number; size: number } | null = null;
  /** Set after a multi-finger cancel; cleared when every finger is up. */
  private blocked = false;
  /** Until when touches are taken for the hand holding a pen. */
  private penUntil = -Infinity;

  constructor(private readonly fingers: FingerSizes = deviceFingerSizes) {}

  handle(sample: RawPointer): FilterAction[] {
    // A pen in use (or a lift that never arrived) keeps touches off for a while, not for ever.
    if (sample.kind === 'pen') this.penUntil = sample.time + (sample.phase === 'down' || sample.phase === 'move' ? PEN_HELD_MS : PEN_GRACE_MS);
    switch (sample.phase) {
      case 'down':
        return this.onDown(sample);
      case 'move':
        return this.onMove(sample);
      case 'up':
      case 'cancel':
      case 'lost':
        return this.onLift(sample);
    }
  }

  get isDrawing(): boolean {
    return this.active !== null;
  }

  private onDown(sample: RawPointer): FilterAction[] {
    if (this.isPalm(sample) || (sample.kind === 'touch' && sample.time < this.penUntil)) {
      this.palms.add(sample.id);
      return [];
    }
    const actions: FilterAction[] = [];
    if (sample.kind === 'touch') {
      if (sample.primary) actions.push(...this.forgetStaleTouches());
      this.touches.add(sample.id);
    }
    const active = this.active;
    if (active && sample.kind === 'pen' && active.kind === 'touch') {
      // The hand landed before the pen: its stroke was never meant.
      this.palms.add(active.id);
      this.touches.delete(active.id);
      this.active = null;
      actions.push({ type: 'cancel' });
    } else if (active) {
      const young = sample.time - active.start < CANCEL_WINDOW_MS;
      if (sample.kind === 'touch' && active.kind === 'touch' && young) {
        this.active = null;
        this.blocked = true;
        actions.push({ type: 'cancel' });
      }
      return actions;
    }
    const crowded = sample.kind === 'touch' && (this.blocked || this.touches.size > 1);
    if (crowded) {
      this.blocked = true;
      return actions;
    }
    this.active = { id: sample.id, kind: sample.kind, start: sample.time, size: contactSize(sample.contactWidth, sample.contactHeight) };
    actions.push({ type: 'start', sample });
    return actions;
  }

  private onMove(sample: RawPointer): FilterAction[] {
    if (this.active?.id !== sample.id) return [];
    if (this.isPalm(sample)) {
      // A contact that spreads after landing was a palm all along.
      this.active = null;
      this.touches.delete(sample.id);
      this.palms.add(sample.id);
      return [{ type: 'cancel' }];
    }
    return [{ type: 'move', sample }];
  }

  private onLift(sample: RawPointer): FilterAction[] {
    if (this.palms.delete(sample.id)) return [];
    this.touches.delete(sample.id);
    if (this.touches.size === 0) this.blocked = false;
    const active = this.active;
    if (active?.id !== sample.id) return [];
    this.active = null;
    if (sample.phase === 'up') {
      // It drew or tapped: this is what a finger looks like on this device.
      if (active.kind === 'touch') this.fingers.record(active.size);
      return [{ type: 'end', sample }];
    }
    return sample.phase === 'lost' ? [{ type: 'end' }] : [{ type: 'cancel' }];
  }

  private isPalm(sample: RawPointer): boolean {
    return sample.kind === 'touch' && contactSize(sample.contactWidth, sample.contactHeight) >= this.fingers.palmFrom();
  }

  /** The browser says this is the only finger down: any touch we still track missed its lift. */
  private forgetStaleTouches(): FilterAction[] {
    this.touches.clear();
    this.palms.clear();
    this.blocked = false;
    if (this.active?.kind !== 'touch') return [];
    this.active = null;
    return [{ type: 'end' }];
  }
}
