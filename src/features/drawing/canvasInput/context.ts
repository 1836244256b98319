import type { Editor } from '../../../engine/editor';
import type { CursorPen } from '../../../engine/input/cursorPen';
import type { FilterAction } from '../../../engine/input/pointerFilter';
import type { TapToStart } from '../../../engine/input/tapToStart';

/** Who has the picture's cursor: nobody, the switch crosshair, the keyboard, or a pointer mode (dwell, taps). */
export type CanvasInputMode = 'off' | 'scan' | 'keys' | 'pointer';

/** What every way of drawing without precise touch shares on one drawing screen. */
export interface CanvasInputContext {
  editor: Editor;
  /** The element around the picture: the events of every mode arrive there. */
  area: HTMLElement;
  /** The picture itself (focusable: keyboard drawing starts there). */
  stage: HTMLElement;
  pen: CursorPen;
  taps: TapToStart;
  mode: { current: CanvasInputMode };
  /** Hands the pen's actions to the editor's tool. */
  run(actions: FilterAction[]): void;
  /** Shows the cursor as it is now. */
  show(): void;
  /** A point on screen as the page's pixels; null before the picture is laid out. */
  pagePoint(clientX: number, clientY: number): { x: number; y: number } | null;
}

const BRUSHLESS_TOOLS = new Set(['fill', 'stamp']);

/** Fill and stamp land where they are pointed; every other tool is a brush. */
export function placesAtPoint(editor: Editor): boolean {
  return BRUSHLESS_TOOLS.has(editor.tool);
}

/** A point chosen on the page: fill and stamp land there; a brush goes down, then draws on to each next point. */
export function pointAt(ctx: CanvasInputContext, x: number, y: number): void {
  const { pen, run, editor } = ctx;
  if (placesAtPoint(editor)) run([...pen.lift(), ...pen.moveTo(x, y), ...pen.tap()]);
  else if (!pen.down) run([...pen.moveTo(x, y), ...pen.press()]);
  else run(pen.moveTo(x, y));
}

/** Adds listeners to `el`; the returned function removes them all. */
export function listen(el: HTMLElement, handlers: Record<string, (event: never) => void>): () => void {
  const entries = Object.entries(handlers) as [string, EventListener][];
  for (const [type, handler] of entries) el.addEventListener(type, handler);
  return () => {
    for (const [type, handler] of entries) el.removeEventListener(type, handler);
  };
}
