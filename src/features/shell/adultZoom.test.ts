// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADULT_AREA, setAdultArea } from './adultZoom';

const OWN = 'width=device-width, initial-scale=1, viewport-fit=cover';
let meta: HTMLMetaElement;

beforeEach(() => {
  vi.useFakeTimers();
  meta = document.createElement('meta');
  meta.name = 'viewport';
  meta.content = OWN;
  document.head.append(meta);
});

afterEach(() => {
  setAdultArea(false);
  meta.remove();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The zoom the page is at, as `visualViewport` reports it. */
function zoomedTo(scale: number) {
  vi.stubGlobal('visualViewport', { scale });
}

describe('zoom for adults only', () => {
  it('marks the adult area on <html> while it shows', () => {
    setAdultArea(true);
    expect(document.documentElement.hasAttribute(ADULT_AREA)).toBe(true);
    setAdultArea(false);
    expect(document.documentElement.hasAttribute(ADULT_AREA)).toBe(false);
  });

  it('leaving the adult area zoomed in pins the viewport to scale 1 for a moment, then restores it', () => {
    setAdultArea(true);
    zoomedTo(2.5);
    setAdultArea(false);
    expect(meta.content).toContain('maximum-scale=1');
    expect(meta.content).not.toContain('initial-scale');
    vi.advanceTimersByTime(200);
    expect(meta.content).toBe(OWN);
  });

  it('leaves the viewport alone when nothing is zoomed, or when no adult area was open', () => {
    zoomedTo(1);
    setAdultArea(true);
    setAdultArea(false);
    expect(meta.content).toBe(OWN);
    zoomedTo(2);
    setAdultArea(false);
    expect(meta.content).toBe(OWN);
  });
});
