import type { Op } from '../model/ops';
import { DEFAULT_HISTORY_LIMITS, History, type HistoryEntry, type HistoryLimits } from './history';
import type { PatchTile } from './tilePatch';

/**
 * The picture's steps: the op log that is saved, and the undo history beside it, kept in step.
 * A fill's undo patch may be worked out just after its pixels are on screen (`pushLater`); any
 * other use of the history settles it first.
 */
export class StepLog {
  private log: Op[] = [];
  private readonly history: History;
  private pending: (() => void) | null = null;

  constructor(limits: HistoryLimits = DEFAULT_HISTORY_LIMITS) {
    this.history = new History(limits);
  }

  get ops(): readonly Op[] {
    return this.log;
  }

  get last(): Op | undefined {
    return this.log[this.log.length - 1];
  }

  get canUndo(): boolean {
    return this.history.canUndo || this.pending !== null;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  get byteSize(): number {
    return this.history.byteSize;
  }

  get undoDepth(): number {
    this.settle();
    return this.history.undoDepth;
  }

  push(op: Op, tiles: PatchTile[]): void {
    this.settle();
    this.history.push({ op, tiles });
    this.log.push(op);
  }

  /** The op is logged now; its undo patch is made by `tiles` right after (or before any other step). */
  pushLater(op: Op, tiles: () => PatchTile[]): void {
    this.settle();
    this.log.push(op);
    this.pending = () => this.history.push({ op, tiles: tiles() });
    setTimeout(() => this.settle(), 0);
  }

  takeUndo(): HistoryEntry | undefined {
    this.settle();
    const entry = this.history.takeUndo();
    if (entry) this.log.pop();
    return entry;
  }

  takeRedo(): HistoryEntry | undefined {
    this.settle();
    const entry = this.history.takeRedo();
    if (entry) this.log.push(entry.op);
    return entry;
  }

  /** A stored picture: its ops, and no history to undo into. */
  reset(ops: readonly Op[]): void {
    this.settle();
    this.log = ops.slice();
    this.history.reset();
  }

  settle(): void {
    const pending = this.pending;
    this.pending = null;
    pending?.();
  }
}
