import type { Editor } from '../../../engine/editor';
import type { CursorPen } from '../../../engine/input/cursorPen';
import type { FilterAction } from '../../../engine/input/pointerFilter';
import type { TapToStart } from '../../../engine/input/tapToStart';
import { DOC_HEIGHT, DOC_WIDTH } from '../../../engine/model/document';

/** Who has the picture's cursor: nobody, the switch crosshair, the keyboard, or a pointer mode (dwell, taps). */
export type CanvasInputMode = 'off' | 'scan' | 'keys' | 'pointer';

/** What every way of drawing without precise touch shares on one drawing screen. */
export interface CanvasInputContext {
  editor: Editor;
  /** The element around the picture: the events of every mode arrive there. */
  area: HTMLElement;
  pen: CursorPen;
  taps: TapToStart;
  mode: { current: CanvasInputMode };
  /** Hands the pen's actions to the editor's tool. */
  run(actions: FilterAction[]): void;
  /** Shows the cursor as it is now. */
  show(): void;
}

const BRUSHLESS_TOOLS = new Set(['fill', 'stamp']);

/** Fill and stamp land where they are pointed; every other tool is a brush. */
export function placesAtPoint(editor: Editor): boolean {
  return BRUSHLESS_TOOLS.has(editor.tool);
}

/** Screen position to the page's pixels (the paper's box on screen is the page); null before it is laid out. */
export function toDocument(area: HTMLElement, clientX: number, clientY: number): { x: number; y: number } | null {
  const paper = area.querySelector('.paper')?.getBoundingClientRect();
  if (!paper || paper.width === 0) return null;
  return { x: ((clientX - paper.left) / paper.width) * DOC_WIDTH, y: ((clientY - paper.top) / paper.height) * DOC_HEIGHT };
}

/** Adds listeners to `el`; the returned function removes them all. */
export function listen(el: HTMLElement, handlers: Record<string, (event: never) => void>): () => void {
  const entries = Object.entries(handlers) as [string, EventListener][];
  for (const [type, handler] of entries) el.addEventListener(type, handler);
  return () => {
    for (const [type, handler] of entries) el.removeEventListener(type, handler);
  };
}
