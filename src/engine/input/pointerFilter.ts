/**
 * Decides which pointer contacts draw. Pure: it sees samples already mapped to document space.
 * Rules for small, enthusiastic hands:
 *  - the first pointer wins; others are ignored while it draws;
 *  - a second finger within CANCEL_WINDOW_MS of the stroke start means a pinch or a palm: the
 *    stroke is cancelled and leaves nothing behind;
 *  - while two or more fingers touch, nothing new starts until every finger has lifted;
 *  - very large contacts (palms, forearms) are ignored entirely;
 *  - while a pen draws, touches are ignored (a resting hand).
 */
export type PointerKind = 'touch' | 'pen' | 'mouse';

export interface RawPointer {
  id: number;
  kind: PointerKind;
  phase: 'down' | 'move' | 'up' | 'cancel';
  x: number;
  y: number;
  pressure: number;
  /** contact size in CSS pixels (0 when unknown) */
  contactWidth: number;
  contactHeight: number;
  time: number;
}

export type FilterAction =
  | { type: 'start'; sample: RawPointer }
  | { type: 'move'; sample: RawPointer }
  | { type: 'end'; sample: RawPointer }
  | { type: 'cancel' };

export const CANCEL_WINDOW_MS = 150;
/** Fingertips measure about 8–25 CSS px; a palm is far larger. */
export const PALM_CONTACT_PX = 60;

export class PointerFilter {
  private readonly down = new Set<number>();
  private readonly palms = new Set<number>();
  private active: { id: number; kind: PointerKind; start: number } | null = null;
  /** Set after a multi-finger cancel; cleared when every finger is up. */
  private blocked = false;

  handle(sample: RawPointer): FilterAction | null {
    switch (sample.phase) {
      case 'down':
        return this.onDown(sample);
      case 'move':
        return this.active?.id === sample.id ? { type: 'move', sample } : null;
      case 'up':
      case 'cancel':
        return this.onLift(sample);
    }
  }

  get isDrawing(): boolean {
    return this.active !== null;
  }

  private onDown(sample: RawPointer): FilterAction | null {
    if (isPalm(sample)) {
      this.palms.add(sample.id);
      return null;
    }
    this.down.add(sample.id);
    if (this.active) {
      const young = sample.time - this.active.start < CANCEL_WINDOW_MS;
      if (sample.kind === 'touch' && this.active.kind === 'touch' && young) {
        this.active = null;
        this.blocked = true;
        return { type: 'cancel' };
      }
      return null;
    }
    if (this.blocked || this.down.size > 1) {
      this.blocked = true;
      return null;
    }
    this.active = { id: sample.id, kind: sample.kind, start: sample.time };
    return { type: 'start', sample };
  }

  private onLift(sample: RawPointer): FilterAction | null {
    if (this.palms.delete(sample.id)) return null;
    this.down.delete(sample.id);
    if (this.down.size === 0) this.blocked = false;
    if (this.active?.id !== sample.id) return null;
    this.active = null;
    return sample.phase === 'up' ? { type: 'end', sample } : { type: 'cancel' };
  }
}

function isPalm(sample: RawPointer): boolean {
  if (sample.kind !== 'touch') return false;
  return Math.max(sample.contactWidth, sample.contactHeight) > PALM_CONTACT_PX;
}
