import { describe, expect, it, vi } from 'vitest';
import { pageAtRest } from './pageAtRest';

class FakeImage extends EventTarget {
  constructor(
    public complete: boolean,
    public loading: 'eager' | 'lazy' = 'eager',
  ) {
    super();
  }
  finish(outcome: 'load' | 'error') {
    this.complete = true;
    this.dispatchEvent(new Event(outcome));
  }
}

const pageWith = (...images: FakeImage[]) => ({ images: images as unknown as HTMLCollectionOf<HTMLImageElement> });

describe('pageAtRest', () => {
  it('waits for every image still loading, whether it loads or fails', async () => {
    const loading = new FakeImage(false);
    const failing = new FakeImage(false);
    let rested = false;
    const resting = pageAtRest(pageWith(new FakeImage(true), loading, failing), 60_000).then(() => (rested = true));
    await Promise.resolve();
    expect(rested).toBe(false);
    loading.finish('load');
    await Promise.resolve();
    expect(rested).toBe(false);
    failing.finish('error');
    await resting;
    expect(rested).toBe(true);
  });

  it('does not wait for lazy images off screen, nor past its cap', async () => {
    vi.useFakeTimers();
    try {
      let rested = false;
      void pageAtRest(pageWith(new FakeImage(false)), 2000).then(() => (rested = true));
      await vi.advanceTimersByTimeAsync(1999);
      expect(rested).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(rested).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    await expect(pageAtRest(pageWith(new FakeImage(false, 'lazy')), 60_000)).resolves.toBeUndefined();
  });
});
