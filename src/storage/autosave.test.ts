import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver } from './autosave';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Autosaver', () => {
  it('never writes before it is enabled (the first load has not finished)', async () => {
    const write = vi.fn(async () => {});
    const saver = new Autosaver(write, { debounceMs: 100 });
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(1000);
    await saver.flush();
    expect(write).not.toHaveBeenCalled();
    saver.enable();
    await vi.advanceTimersByTimeAsync(100);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('writes once after a burst of changes, well within a second', async () => {
    const write = vi.fn(async () => {});
    const saver = new Autosaver(write, { debounceMs: 250 });
    saver.enable();
    for (let i = 0; i < 5; i++) {
      saver.markDirty();
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(250);
    expect(write).toHaveBeenCalledTimes(1);
    expect(saver.currentStatus).toBe('saved');
  });

  it('still writes within the max wait while changes never pause', async () => {
    const write = vi.fn(async () => {});
    const saver = new Autosaver(write, { debounceMs: 250, maxWaitMs: 800 });
    saver.enable();
    for (let i = 0; i < 40; i++) {
      saver.markDirty();
      await vi.advanceTimersByTimeAsync(200);
    }
    // 8 s of a stroke every 200 ms: about one write per 800 ms, never none.
    expect(write.mock.calls.length).toBeGreaterThanOrEqual(8);
  });

  it('flush writes at once', async () => {
    const write = vi.fn(async () => {});
    const saver = new Autosaver(write, { debounceMs: 10_000 });
    saver.enable();
    saver.markDirty();
    await saver.flush();
    expect(write).toHaveBeenCalledTimes(1);
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it('retries a failed write, never reports it as saved, and recovers', async () => {
    let fail = true;
    const write = vi.fn(async () => {
      if (fail) throw new DOMException('full', 'QuotaExceededError');
    });
    const statuses: string[] = [];
    const saver = new Autosaver(write, { debounceMs: 10, retryDelaysMs: [100, 200] });
    saver.onStatus((s) => statuses.push(s));
    saver.enable();
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(10);
    expect(saver.currentStatus).toBe('failed');
    expect(saver.hasUnsavedChanges).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(write).toHaveBeenCalledTimes(2);
    expect(statuses).not.toContain('saved');
    fail = false;
    await vi.advanceTimersByTimeAsync(200);
    expect(write).toHaveBeenCalledTimes(3);
    expect(saver.currentStatus).toBe('saved');
  });

  it('a change during a write is written afterwards', async () => {
    let release: () => void = () => {};
    const write = vi.fn(() => new Promise<void>((r) => (release = r)));
    const saver = new Autosaver(write, { debounceMs: 10 });
    saver.enable();
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(10);
    saver.markDirty();
    release();
    await vi.advanceTimersByTimeAsync(20);
    release();
    await vi.advanceTimersByTimeAsync(20);
    expect(write).toHaveBeenCalledTimes(2);
  });
});
