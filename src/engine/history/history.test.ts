import { describe, expect, it } from 'vitest';
import { DEFAULT_HISTORY_LIMITS, History, type HistoryEntry } from './history';

/** An entry whose patch costs exactly `bytes` in the history's accounting. */
const entry = (n: number, bytes = 128): HistoryEntry => ({
  op: { kind: 'clear' },
  tiles: [{ rect: { x: n, y: 0, width: 1, height: 1 }, before: new Uint32Array(Math.max(0, bytes - 96) / 4) }],
});
const at = (e: HistoryEntry | undefined) => e?.tiles[0]?.rect.x;

describe('History', () => {
  it('undoes and redoes in order and forgets redo on a new step', () => {
    const h = new History();
    h.push(entry(1));
    h.push(entry(2));
    expect(at(h.takeUndo())).toBe(2);
    expect(h.canRedo).toBe(true);
    expect(at(h.takeRedo())).toBe(2);
    h.takeUndo();
    h.push(entry(3));
    expect(h.canRedo).toBe(false);
    expect(at(h.takeUndo())).toBe(3);
    expect(at(h.takeUndo())).toBe(1);
    expect(h.takeUndo()).toBeUndefined();
  });

  it('keeps at least 100 ordinary steps under the default budget', () => {
    expect(DEFAULT_HISTORY_LIMITS.maxEntries).toBeGreaterThanOrEqual(100);
    const h = new History();
    // A typical stroke patch after RLE is a few tens of KB; use 200 KB to be pessimistic.
    for (let i = 0; i < 150; i++) h.push(entry(i, 200 * 1024));
    expect(h.undoDepth).toBeGreaterThanOrEqual(100);
    expect(h.byteSize).toBeLessThanOrEqual(DEFAULT_HISTORY_LIMITS.maxBytes);
  });

  it('drops the oldest steps past the byte budget and the step limit', () => {
    const byBytes = new History({ maxEntries: 100, maxBytes: 1000 });
    for (let i = 0; i < 10; i++) byBytes.push(entry(i, 400));
    expect(byBytes.undoDepth).toBe(2);
    expect(byBytes.byteSize).toBe(800);
    const byCount = new History({ maxEntries: 3, maxBytes: 1e9 });
    for (let i = 0; i < 10; i++) byCount.push(entry(i));
    expect(byCount.undoDepth).toBe(3);
    expect(at(byCount.takeUndo())).toBe(9);
  });

  it('always keeps the newest step even if it alone is over budget', () => {
    const h = new History({ maxEntries: 10, maxBytes: 10 });
    h.push(entry(1, 4000));
    expect(h.canUndo).toBe(true);
  });
});
