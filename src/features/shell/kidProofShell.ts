import { inAdultArea } from './adultZoom';

/**
 * Keeps small hands inside the app: no zoom (pinch, double tap, ctrl+wheel, ctrl +/-), no
 * scrolling or pull-to-refresh, no text selection, callouts, drag or context menu. The CSS does
 * most of it (touch-action, overscroll-behavior, user-select); these listeners close the gaps
 * that CSS leaves on iOS Safari and desktop browsers. History is never pushed, so a back swipe
 * has nowhere to go. The page's viewport allows zoom: in the adult area (adultZoom.ts) fingers
 * may pinch and pan it; the browser's own zoom (ctrl+wheel, ctrl +/-), which would stay on for the
 * children's screens, is refused everywhere.
 */
export function installKidProofShell(target: Window = window): () => void {
  const doc = target.document;
  const adult = () => inAdultArea(doc);
  // A touch the browser already treats as a scroll or fling cannot be cancelled (and Chromium
  // logs an intervention when asked to): only cancel what can be.
  const prevent = (e: Event) => {
    if (e.cancelable) e.preventDefault();
  };
  const preventMultiTouch = (e: TouchEvent) => {
    if (e.touches.length > 1 && !adult()) prevent(e);
  };
  // Safari's pinch: its own gesture events, which only it sends.
  const preventGesture = (e: Event) => {
    if (!adult()) prevent(e);
  };
  // Touches that start off the controls (margins, rails, pictures) start no browser gesture,
  // callout or magnifier. Controls keep their default so taps still become clicks.
  const preventStrayTouch = (e: TouchEvent) => {
    if (adult()) return;
    if (e.touches.length > 1) return prevent(e);
    const target = e.target as Element | null;
    if (!target?.closest?.('button, input, select, textarea, a, label, [role="button"], [role="checkbox"], [role="slider"]')) prevent(e);
  };
  const preventZoomWheel = (e: WheelEvent) => {
    if (e.ctrlKey) e.preventDefault();
  };
  const preventZoomKeys = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && ['+', '-', '=', '0'].includes(e.key)) e.preventDefault();
  };
  const listeners: [EventTarget, string, EventListener, AddEventListenerOptions][] = [
    [doc, 'contextmenu', prevent, {}],
    [doc, 'selectstart', prevent, {}],
    [doc, 'dragstart', prevent, {}],
    [doc, 'dblclick', prevent, { passive: false }],
    [doc, 'gesturestart', preventGesture, { passive: false }],
    [doc, 'gesturechange', preventGesture, { passive: false }],
    [doc, 'gestureend', preventGesture, { passive: false }],
    [doc, 'touchmove', preventMultiTouch as EventListener, { passive: false }],
    [doc, 'touchstart', preventStrayTouch as EventListener, { passive: false }],
    [target, 'wheel', preventZoomWheel as EventListener, { passive: false }],
    [target, 'keydown', preventZoomKeys as EventListener, {}],
  ];
  for (const [t, type, fn, options] of listeners) t.addEventListener(type, fn, options);
  return () => {
    for (const [t, type, fn] of listeners) t.removeEventListener(type, fn);
  };
}
