import { useEffect, useRef, useState } from 'react';
import type { Editor } from '../../engine/editor';
import { Crosshair } from '../../engine/input/crosshair';
import { CursorPen } from '../../engine/input/cursorPen';
import { TapToStart } from '../../engine/input/tapToStart';
import { highlight } from '../access/screenScanner';
import { switchControl } from '../access/switchControl';
import type { CanvasInputContext, CanvasInputMode } from './canvasInput/context';
import { attachCrosshair } from './canvasInput/crosshairInput';
import { attachKeyboard } from './canvasInput/keyboardInput';
import { attachDwellDrawing, attachTapDrawing } from './canvasInput/pointerModes';

/** What the cursor overlay shows: nothing, the scanning crosshair, the keyboard cursor, or a pointer mode's line end. */
export type CanvasCursor =
  | { mode: 'off' }
  | { mode: 'scan'; phase: 'row' | 'column'; line: number; row: number | null; pen: { x: number; y: number; down: boolean } }
  | { mode: 'keys'; x: number; y: number; down: boolean }
  /** Dwell or tap-to-start: the point where the line is, while a line is being drawn. */
  | { mode: 'pointer'; x: number; y: number; down: boolean };

/**
 * Drawing without precise touch, all through one cursor pen into the editor's tools: the switch
 * crosshair, keyboard drawing, dwell, and (when the child's profile asks) tap to start, tap to
 * stop. `area` is the element around the picture, where every mode's events arrive.
 */
export function useCanvasAccess(editor: Editor, area: HTMLElement | null, barButtons: () => HTMLElement[], modes: { dwell: boolean; tapToStart: boolean }): { cursor: CanvasCursor; lift: () => void; leave: () => void } {
  const { dwell, tapToStart } = modes;
  const [cursor, setCursor] = useState<CanvasCursor>({ mode: 'off' });
  const pen = useRef(new CursorPen()).current;
  const cross = useRef(new Crosshair()).current;
  const taps = useRef(new TapToStart()).current;
  const mode = useRef<CanvasInputMode>('off');
  const tapPoint = useRef({ x: 0, y: 0 });
  const stopScanning = useRef<(() => void) | null>(null);
  const latestBar = useRef(barButtons);
  latestBar.current = barButtons;

  const run: CanvasInputContext['run'] = (actions) => {
    for (const action of actions) editor.handleAction(action);
  };
  const show = () => {
    const at = pen.at;
    if (mode.current === 'scan') setCursor({ mode: 'scan', phase: cross.phase, line: cross.line, row: cross.fixedRow, pen: { ...at, down: pen.down } });
    else if (mode.current === 'keys') setCursor({ mode: 'keys', ...at, down: pen.down });
    else if (mode.current === 'pointer' && (pen.down || taps.drawing)) setCursor({ mode: 'pointer', ...(taps.drawing ? tapPoint.current : at), down: true });
    else setCursor({ mode: 'off' });
  };
  const lift = () => {
    run([...pen.lift(), ...taps.lift()]);
    show();
  };
  /** "Back to the buttons": the crosshair stops and the screen's scanning goes on. */
  const leave = () => {
    run(pen.lift());
    stopScanning.current?.();
    stopScanning.current = null;
    mode.current = 'off';
    highlight(null);
    show();
  };

  useEffect(() => {
    if (!area) return;
    const ctx: CanvasInputContext = { editor, area, pen, taps, mode, run, show };
    const detach = [
      attachCrosshair(ctx, cross, () => latestBar.current(), stopScanning),
      attachKeyboard(ctx, () => stopScanning.current !== null),
      // Pointer modes listen to every move over the picture: only for a child who uses them.
      ...(dwell ? [attachDwellDrawing(ctx)] : []),
      ...(tapToStart ? [attachTapDrawing(ctx, tapPoint)] : []),
    ];
    return () => {
      for (const off of detach) off();
      run([...pen.lift(), ...taps.lift()]);
      stopScanning.current?.();
      stopScanning.current = null;
      switchControl.pause(false);
      mode.current = 'off';
    };
    // The pen, crosshair and taps live as long as the screen; `run` and `show` only read refs and the editor.
  }, [editor, area, dwell, tapToStart]);

  return { cursor, lift, leave };
}
