import { type CanvasInputContext, listen, placesAtPoint } from './context';

/** A tap: down and up within this time and distance (CSS px), with no other finger on the glass. */
const TAP_MS = 600;
const TAP_SLOP_PX = 24;

/** Not over a button (the lift button sits on the picture): the line stays put while the child heads for it. */
function hovering(e: PointerEvent): boolean {
  return e.buttons === 0 && e.pointerType !== 'touch' && !(e.target instanceof Element && e.target.closest('button'));
}

/**
 * Dwell on the picture: the first rest puts the brush down there (fill and stamp land), the line
 * follows the hovering pointer, the next rest lifts it. `rested` is told of each rest.
 */
export function attachDwellDrawing(ctx: CanvasInputContext): { rested(clientX: number, clientY: number): void; detach(): void } {
  const { pen, run, show, mode, editor, area, pagePoint } = ctx;
  const rested = (clientX: number, clientY: number) => {
    const at = pagePoint(clientX, clientY);
    if (!at) return;
    mode.current = 'pointer';
    if (placesAtPoint(editor)) run([...pen.lift(), ...pen.moveTo(at.x, at.y), ...pen.tap()]);
    else if (!pen.down) run([...pen.moveTo(at.x, at.y), ...pen.press()]);
    else run([...pen.moveTo(at.x, at.y), ...pen.lift()]);
    show();
  };
  const onHover = (e: PointerEvent) => {
    if (!pen.down || mode.current !== 'pointer' || !hovering(e)) return;
    const at = pagePoint(e.clientX, e.clientY);
    if (!at) return;
    run(pen.moveTo(at.x, at.y));
    show();
  };
  return { rested, detach: listen(area, { pointermove: onHover }) };
}

/** Tap to start, tap to stop: the picture takes taps instead of strokes; a hovering pen draws the line on. */
export function attachTapDrawing(ctx: CanvasInputContext, point: { current: { x: number; y: number } }): () => void {
  const { taps, run, show, mode, editor, area, pagePoint } = ctx;
  const pressed = new Map<number, { x: number; y: number; time: number }>();
  let crowded = false;
  const onDown = (e: PointerEvent) => {
    pressed.set(e.pointerId, { x: e.clientX, y: e.clientY, time: e.timeStamp });
    if (pressed.size > 1) crowded = true;
  };
  const onUp = (e: PointerEvent) => {
    const start = pressed.get(e.pointerId);
    pressed.delete(e.pointerId);
    const wasCrowded = crowded;
    if (pressed.size === 0) crowded = false;
    if (!start || wasCrowded || e.timeStamp - start.time > TAP_MS || Math.hypot(e.clientX - start.x, e.clientY - start.y) > TAP_SLOP_PX) return;
    const at = pagePoint(e.clientX, e.clientY);
    if (!at) return;
    mode.current = 'pointer';
    point.current = at;
    run(taps.tap(at.x, at.y, placesAtPoint(editor)));
    show();
  };
  const onHover = (e: PointerEvent) => {
    if (!taps.drawing || !hovering(e)) return;
    const at = pagePoint(e.clientX, e.clientY);
    if (!at) return;
    point.current = at;
    run(taps.hover(at.x, at.y));
    show();
  };
  return listen(area, { pointerdown: onDown, pointerup: onUp, pointercancel: (e: PointerEvent) => pressed.delete(e.pointerId), pointermove: onHover });
}
