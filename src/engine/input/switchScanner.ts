/**
 * Switch scanning over whatever the screen offers, as groups of items (a rail, a bar, the cards).
 * The highlight moves group by group; choosing a group moves it item by item inside; choosing an
 * item hands it back and starts over from the first group. Past a group's last item the highlight
 * leaves the group again, so a child who entered the wrong one is never stuck. The layout is asked
 * afresh at every step: screens and dialogs come and go.
 */
export type ScanFocus<T> = { level: 'group'; group: number; items: readonly T[] } | { level: 'item'; group: number; item: T };

export class SwitchScanner<T> {
  private level: 'group' | 'item' = 'group';
  private group = -1;
  private item = -1;

  constructor(private readonly layout: () => readonly (readonly T[])[]) {}

  /** What is highlighted now, or null before the first step (or when there is nothing to scan). */
  get focus(): ScanFocus<T> | null {
    const groups = this.groups();
    const items = groups[this.group];
    if (!items) return null;
    if (this.level === 'group') return { level: 'group', group: this.group, items };
    const item = items[this.item];
    return item === undefined ? null : { level: 'item', group: this.group, item };
  }

  /** Moves the highlight one place on. */
  step(): ScanFocus<T> | null {
    const groups = this.groups();
    if (groups.length === 0) return this.reset();
    // The group it was in went away with the screen that had it.
    if (this.group >= groups.length) this.reset();
    // One group only: its items are scanned straight away.
    if (groups.length === 1 && this.level === 'group') {
      this.level = 'item';
      this.group = 0;
      this.item = -1;
    }
    if (this.level === 'item') {
      const items = groups[this.group] ?? [];
      this.item++;
      if (this.item < items.length) return this.focus;
      if (groups.length === 1) {
        this.item = 0;
        return this.focus;
      }
      this.level = 'group';
    }
    this.group = (this.group + 1) % groups.length;
    return this.focus;
  }

  /** Chooses what is highlighted: enters a group (or, with one item, chooses it) or returns the item. */
  choose(): T | null {
    const focus = this.focus;
    if (!focus) return null;
    if (focus.level === 'group') {
      if (focus.items.length === 1) {
        this.reset();
        return focus.items[0] ?? null;
      }
      this.level = 'item';
      this.item = 0;
      return null;
    }
    this.reset();
    return focus.item;
  }

  /** Back to the start: nothing highlighted, the next step highlights the first group. */
  reset(): null {
    this.level = 'group';
    this.group = -1;
    this.item = -1;
    return null;
  }

  private groups(): readonly (readonly T[])[] {
    return this.layout().filter((items) => items.length > 0);
  }
}

/** A switch that bounces, or a child who presses twice at once: presses closer than this are one. */
export const SWITCH_DEBOUNCE_MS = 150;

/** Keeps one press of a bouncing switch; `accept` is false for the bounces. */
export class SwitchDebounce {
  private last = -Infinity;

  accept(time: number): boolean {
    if (time - this.last < SWITCH_DEBOUNCE_MS) return false;
    this.last = time;
    return true;
  }
}
