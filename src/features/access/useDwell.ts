import { useEffect } from 'react';
import { Dwell } from '../../engine/input/dwell';
import { useAppServices } from '../services/appServices';
import { SCAN_ITEMS } from './scanLayout';

/**
 * Choosing by resting the pointer (mouse, head or eye pointer) for the child's dwell time, with a
 * ring that fills where the pointer rests (`dwell-ring`). A control is pressed as a keyboard or
 * switch presses it; on the picture, what the drawing screen registered is told where.
 */
export function useDwell(enabled: boolean, dwellMs: number): void {
  const { choiceTargets } = useAppServices();
  useEffect(() => {
    if (!enabled) return;
    const dwell = new Dwell<HTMLElement>(dwellMs);
    const ring = document.createElement('div');
    ring.className = 'dwell-ring';
    ring.dataset.testid = 'dwell-ring';
    ring.setAttribute('aria-hidden', 'true');
    ring.hidden = true;
    document.body.append(ring);
    let last: { x: number; y: number } | null = null;
    let frame = 0;
    const update = (time: number) => {
      frame = 0;
      if (!last) return;
      const under = document.elementFromPoint(last.x, last.y);
      const target = under instanceof Element ? under.closest<HTMLElement>(SCAN_ITEMS) : null;
      const state = dwell.update(last.x, last.y, time, target);
      ring.hidden = state.progress <= 0 || state.progress >= 1;
      ring.style.setProperty('--dwell-progress', String(state.progress));
      ring.style.left = `${last.x}px`;
      ring.style.top = `${last.y}px`;
      if (state.chosen && (state.chosen.tagName === 'BUTTON' || !choiceTargets.rest(state.chosen, last.x, last.y))) state.chosen.click();
      // A resting pointer sends no events: the ring keeps filling on the screen's frames.
      if (state.target && !state.chosen && state.progress < 1) frame = requestAnimationFrame(update);
    };
    const onMove = (e: PointerEvent) => {
      // Fingers tap; dwell is for pointers that hover (mouse, head and eye pointers, a hovering pen).
      if (e.pointerType === 'touch') return;
      // A button held down is a drag (drawing with the mouse), not a rest.
      if (e.buttons !== 0) return onLeave();
      last = { x: e.clientX, y: e.clientY };
      if (!frame) frame = requestAnimationFrame(update);
    };
    const onLeave = () => {
      last = null;
      dwell.update(0, 0, performance.now(), null);
      ring.hidden = true;
    };
    window.addEventListener('pointermove', onMove, { capture: true });
    document.documentElement.addEventListener('pointerleave', onLeave);
    return () => {
      window.removeEventListener('pointermove', onMove, { capture: true });
      document.documentElement.removeEventListener('pointerleave', onLeave);
      if (frame) cancelAnimationFrame(frame);
      ring.remove();
    };
  }, [choiceTargets, enabled, dwellMs]);
}
