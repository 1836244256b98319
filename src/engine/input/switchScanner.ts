/**
 * Switch scanning as a tree: the screen's groups (a rail, a bar, the cards), long groups split
 * into parts (halves, rows), then single controls. A step moves the highlight to the next node at
 * its level; choosing a group goes one level down, choosing a control returns it and the highlight
 * goes back to rest on the screen's starting group. Past a group's last node the highlight leaves
 * the group for the one after it, so a child who entered the wrong one is never stuck. The layout
 * is asked afresh at every step: screens and dialogs come and go.
 */
export type ScanNode<T, G> = { readonly item: T } | { readonly group: G; readonly children: readonly ScanNode<T, G>[] };

export interface ScanLayout<T, G> {
  /** The screen's top level, in scan order (wrapping round). */
  nodes: readonly ScanNode<T, G>[];
  /** Where the highlight rests after every choice: an index into `nodes`. */
  start: number;
}

export function isItem<T, G>(node: ScanNode<T, G>): node is { readonly item: T } {
  return 'item' in node;
}

/** Every control under a node, in scan order. */
export function leavesOf<T, G>(node: ScanNode<T, G>): T[] {
  return isItem(node) ? [node.item] : node.children.flatMap((child) => leavesOf(child));
}

export class SwitchScanner<T, G> {
  /** The index of the highlighted node at each level; empty: nothing highlighted. */
  private path: number[] = [];
  private atRest = false;

  constructor(private readonly layout: () => ScanLayout<T, G>) {}

  /** What is highlighted now, or null (nothing yet, or nothing to scan). */
  get focus(): ScanNode<T, G> | null {
    return this.resolve(this.top().nodes);
  }

  /** True while the highlight rests where the last choice left it (no step since). */
  get resting(): boolean {
    return this.atRest && this.path.length > 0;
  }

  /** How deep the highlight is: 1 on the screen's groups, 2 inside one, and so on. */
  get depth(): number {
    return this.path.length;
  }

  /** Moves the highlight one place on. */
  step(): ScanNode<T, G> | null {
    const { nodes } = this.top();
    if (this.resolve(nodes) === null) return this.rest();
    this.atRest = false;
    for (let level = this.path.length - 1; level >= 0; level--) {
      const siblings = this.siblingsAt(nodes, level);
      const next = (this.path[level] ?? 0) + 1;
      if (next < siblings.length || level === 0) {
        this.path[level] = next % siblings.length;
        return this.focus;
      }
      // Past the group's last node: out to the level above, on the node after the group.
      this.path.pop();
    }
    return this.focus;
  }

  /** Chooses what is highlighted: goes into a group, or returns the control (and rests again). */
  choose(): T | null {
    const node = this.focus;
    if (!node) return null;
    if (isItem(node)) {
      this.rest();
      return node.item;
    }
    // A group of one control is that control.
    const only = node.children.length === 1 ? node.children[0] : undefined;
    if (only && isItem(only)) {
      this.rest();
      return only.item;
    }
    this.path.push(0);
    this.atRest = false;
    return null;
  }

  /** The highlight on the screen's starting group. */
  rest(): ScanNode<T, G> | null {
    const { nodes, start } = this.top();
    this.path = nodes.length === 0 ? [] : [Math.min(Math.max(0, start), nodes.length - 1)];
    this.atRest = true;
    return this.focus;
  }

  /** Nothing highlighted. */
  clear(): void {
    this.path = [];
    this.atRest = false;
  }

  /**
   * The screen's top level. A screen of one group is scanned inside it straight away (choosing
   * the only group would be a press that chooses nothing).
   */
  private top(): ScanLayout<T, G> {
    let { nodes, start } = this.layout();
    while (nodes.length === 1 && nodes[0] && !isItem(nodes[0]) && nodes[0].children.length > 1) {
      nodes = nodes[0].children;
      start = 0;
    }
    return { nodes, start };
  }

  private siblingsAt(nodes: readonly ScanNode<T, G>[], level: number): readonly ScanNode<T, G>[] {
    let siblings = nodes;
    for (let i = 0; i < level; i++) {
      const node = siblings[this.path[i] ?? -1];
      siblings = node && !isItem(node) ? node.children : [];
    }
    return siblings;
  }

  /** The node the path leads to in this layout, or null when the screen changed under it. */
  private resolve(nodes: readonly ScanNode<T, G>[]): ScanNode<T, G> | null {
    if (this.path.length === 0) return null;
    let node: ScanNode<T, G> | undefined;
    let siblings = nodes;
    for (const index of this.path) {
      node = siblings[index];
      if (!node) return null;
      siblings = isItem(node) ? [] : node.children;
    }
    return node ?? null;
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
