/**
 * Decides which pointer contacts draw. Pure: it sees samples already mapped to document space.
 * Rules for small, enthusiastic hands:
 *  - the first pointer wins; others are ignored while it draws;
 *  - a second finger within CANCEL_WINDOW_MS of the stroke start means a pinch or a palm: the
 *    stroke is cancelled and leaves nothing behind;
 *  - while two or more fingers touch, nothing new starts until every finger has lifted;
 *  - very large contacts (palms, forearms) are ignored, also when they grow after landing;
 *  - a pen draws even while a hand rests on the screen; touches are ignored while a pen draws;
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
/** Fingertips measure about 8–25 CSS px; a palm is far larger. */
export const PALM_CONTACT_PX = 60;

export class PointerFilter {
  private readonly touches = new Set<number>();
  private readonly palms = new Set<number>();
  private active: { id: number; kind: PointerKind; start: number } | null = null;
  /** Set after a multi-finger cancel; cleared when every finger is up. */
  private blocked = false;

  handle(sample: RawPointer): FilterAction[] {
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
    if (isPalm(sample)) {
      this.palms.add(sample.id);
      return [];
    }
    const actions: FilterAction[] = [];
    if (sample.kind === 'touch') {
      if (sample.primary) actions.push(...this.forgetStaleTouches());
      this.touches.add(sample.id);
    }
    const active = this.active;
    if (active) {
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
    this.active = { id: sample.id, kind: sample.kind, start: sample.time };
    actions.push({ type: 'start', sample });
    return actions;
  }

  private onMove(sample: RawPointer): FilterAction[] {
    if (this.active?.id !== sample.id) return [];
    if (isPalm(sample)) {
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
    if (this.active?.id !== sample.id) return [];
    this.active = null;
    if (sample.phase === 'up') return [{ type: 'end', sample }];
    return sample.phase === 'lost' ? [{ type: 'end' }] : [{ type: 'cancel' }];
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

function isPalm(sample: RawPointer): boolean {
  if (sample.kind !== 'touch') return false;
  return Math.max(sample.contactWidth, sample.contactHeight) > PALM_CONTACT_PX;
}
