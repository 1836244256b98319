import type { Editor } from '../engine/editor';
import type { PointerKind, RawPointer } from '../engine/input/pointerFilter';

export interface StageFit {
  scale: number;
  offsetX: number;
  offsetY: number;
}

/**
 * Native pointer events on the stage container, mapped to document coordinates, with coalesced
 * samples (a finger or pen reports more often than the screen refreshes). Returns a detach function.
 */
export function attachPointerInput(
  el: HTMLElement,
  editor: Editor,
  getFit: () => StageFit,
  onInput: () => void,
): () => void {
  let origin = { left: 0, top: 0 };
  const toRaw = (e: PointerEvent, phase: RawPointer['phase']): RawPointer => {
    const fit = getFit();
    const scale = fit.scale || 1;
    return {
      id: e.pointerId,
      kind: toKind(e.pointerType),
      phase,
      x: (e.clientX - origin.left - fit.offsetX) / scale,
      y: (e.clientY - origin.top - fit.offsetY) / scale,
      pressure: e.pressure,
      contactWidth: e.width || 0,
      contactHeight: e.height || 0,
      time: e.timeStamp,
      primary: e.isPrimary,
    };
  };
  const down = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    e.preventDefault();
    const rect = el.getBoundingClientRect();
    origin = { left: rect.left, top: rect.top };
    try {
      el.setPointerCapture(e.pointerId);
    } catch {
      // Synthetic or already-released pointers cannot be captured; drawing still works.
    }
    editor.handlePointer(toRaw(e, 'down'));
    onInput();
  };
  const move = (e: PointerEvent) => {
    const samples = typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [];
    for (const sample of samples.length > 0 ? samples : [e]) editor.handlePointer(toRaw(sample, 'move'));
    onInput();
  };
  const up = (e: PointerEvent) => {
    editor.handlePointer(toRaw(e, 'up'));
    onInput();
  };
  const cancel = (e: PointerEvent) => {
    editor.handlePointer(toRaw(e, 'cancel'));
    onInput();
  };
  // Capture lost without a pointerup (element hidden, window switch): keep what was drawn.
  const lost = (e: PointerEvent) => {
    editor.handlePointer(toRaw(e, 'lost'));
    onInput();
  };
  el.addEventListener('pointerdown', down);
  el.addEventListener('pointermove', move);
  el.addEventListener('pointerup', up);
  el.addEventListener('pointercancel', cancel);
  el.addEventListener('lostpointercapture', lost);
  const unguard = guardTouches(el);
  return () => {
    el.removeEventListener('pointerdown', down);
    el.removeEventListener('pointermove', move);
    el.removeEventListener('pointerup', up);
    el.removeEventListener('pointercancel', cancel);
    el.removeEventListener('lostpointercapture', lost);
    unguard();
  };
}

/**
 * iOS: stops the magnifier, callout and double-tap zoom that touch events would start (a touch
 * already claimed by the browser cannot be cancelled, and asking makes Chromium log a warning).
 */
export function guardTouches(el: HTMLElement): () => void {
  const touch = (e: TouchEvent) => {
    if (e.cancelable) e.preventDefault();
  };
  el.addEventListener('touchstart', touch, { passive: false });
  return () => el.removeEventListener('touchstart', touch);
}

function toKind(pointerType: string): PointerKind {
  return pointerType === 'pen' ? 'pen' : pointerType === 'mouse' ? 'mouse' : 'touch';
}
