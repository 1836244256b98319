// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFleeting } from './useFleeting';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let latest: ReturnType<typeof useFleeting<string>>;
const root = () => {
  const r = createRoot(document.createElement('div'));
  function Probe() {
    latest = useFleeting<string>(15_000);
    return null;
  }
  act(() => r.render(createElement(Probe)));
  return r;
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a note shown for a while', () => {
  it('goes by itself after its time; shown again, its time starts again; hidden, it goes at once', () => {
    const r = root();
    expect(latest[0]).toBeNull();
    act(() => latest[1]('picture'));
    expect(latest[0]).toBe('picture');
    act(() => void vi.advanceTimersByTime(10_000));
    act(() => latest[1]('settings'));
    act(() => void vi.advanceTimersByTime(10_000));
    // 20 s after the first note, 10 s after the second: still up, showing the second.
    expect(latest[0]).toBe('settings');
    act(() => void vi.advanceTimersByTime(5_000));
    expect(latest[0]).toBeNull();
    act(() => latest[1]('page'));
    act(() => latest[2]());
    expect(latest[0]).toBeNull();
    // A hidden note's old timer does not hide the next one early.
    act(() => latest[1]('picture'));
    act(() => void vi.advanceTimersByTime(14_999));
    expect(latest[0]).toBe('picture');
    act(() => r.unmount());
    expect(vi.getTimerCount()).toBe(0);
  });
});
