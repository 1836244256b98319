import { useEffect } from 'react';

/** On <html> while the adult area (gate, settings) shows: the CSS and the kid-proof shell let it zoom. */
export const ADULT_AREA = 'data-adult-area';

export function inAdultArea(doc: Document = document): boolean {
  return doc.documentElement.hasAttribute(ADULT_AREA);
}

/**
 * A low-vision adult may pinch-zoom the adult area (WCAG 1.4.4); a child's screen never zooms. An
 * adult who leaves zoomed in would hand the child a magnified screen they cannot pinch back, so
 * the way out brings the zoom back to 1.
 */
export function setAdultArea(adult: boolean, target: Window = window): void {
  const root = target.document.documentElement;
  const leaving = root.hasAttribute(ADULT_AREA) && !adult;
  root.toggleAttribute(ADULT_AREA, adult);
  if (leaving) resetZoom(target);
}

/** How long the viewport stays pinned to scale 1 before the page's own viewport comes back. */
const PIN_MS = 100;

/**
 * Back to scale 1. No script can set the zoom; a viewport pinned to scale 1 clamps it (Safari),
 * and the page's own viewport, back a moment later, applies its initial scale anew (Chromium).
 */
export function resetZoom(target: Window = window): void {
  if ((target.visualViewport?.scale ?? 1) === 1) return;
  const meta = target.document.querySelector<HTMLMetaElement>('meta[name="viewport"]');
  if (!meta) return;
  const own = meta.content;
  meta.content = 'width=device-width, minimum-scale=1, maximum-scale=1, viewport-fit=cover';
  target.setTimeout(() => (meta.content = own), PIN_MS);
}

/** Marks the adult area on <html> while `adult` holds. */
export function useAdultArea(adult: boolean): void {
  useEffect(() => setAdultArea(adult), [adult]);
}
