import type { Op } from '../model/ops';
import { type PatchTile, patchBytes } from './tilePatch';

/**
 * One undoable step: the op and the pixels of the tiles it changed, as they were before.
 * Undo writes those pixels back; redo replays the op, which is deterministic.
 */
export interface HistoryEntry {
  op: Op;
  tiles: PatchTile[];
}

const entryBytes = (entry: HistoryEntry) => patchBytes(entry.tiles) + 64;

export interface HistoryLimits {
  /** Upper bound on steps kept. */
  maxEntries: number;
  /** Upper bound on patch bytes kept across undo and redo stacks. */
  maxBytes: number;
}

/** 200 steps, 96 MB: deep undo that still leaves a 3 GB tablet room for canvases. */
export const DEFAULT_HISTORY_LIMITS: HistoryLimits = { maxEntries: 200, maxBytes: 96 * 1024 * 1024 };

export class History {
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  private bytes = 0;

  constructor(private readonly limits: HistoryLimits = DEFAULT_HISTORY_LIMITS) {}

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  get undoDepth(): number {
    return this.undoStack.length;
  }

  get byteSize(): number {
    return this.bytes;
  }

  /** A new step forgets the redo branch and, past the budget, the oldest steps. */
  push(entry: HistoryEntry): void {
    for (const dropped of this.redoStack) this.bytes -= entryBytes(dropped);
    this.redoStack = [];
    this.undoStack.push(entry);
    this.bytes += entryBytes(entry);
    while (
      this.undoStack.length > 1 &&
      (this.undoStack.length > this.limits.maxEntries || this.bytes > this.limits.maxBytes)
    ) {
      const oldest = this.undoStack.shift();
      if (oldest) this.bytes -= entryBytes(oldest);
    }
  }

  takeUndo(): HistoryEntry | undefined {
    const entry = this.undoStack.pop();
    if (entry) this.redoStack.push(entry);
    return entry;
  }

  takeRedo(): HistoryEntry | undefined {
    const entry = this.redoStack.pop();
    if (entry) this.undoStack.push(entry);
    return entry;
  }

  reset(): void {
    this.undoStack = [];
    this.redoStack = [];
    this.bytes = 0;
  }
}
