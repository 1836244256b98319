import { useEffect, useRef, useState } from 'react';
import type { Editor } from '../../engine/editor';
import { Crosshair, CrosshairCycle } from '../../engine/input/crosshair';
import { CursorPen } from '../../engine/input/cursorPen';
import { TapToStart } from '../../engine/input/tapToStart';
import { pagePoint } from '../../render/DrawingStage';
import { useAppServices } from '../services/appServices';
import type { CanvasInputContext, CanvasInputMode } from './canvasInput/context';
import { crosshairScan } from './canvasInput/crosshairInput';
import { attachKeyboard } from './canvasInput/keyboardInput';
import { attachDwellDrawing, attachTapDrawing } from './canvasInput/pointerModes';

/** What the cursor overlay shows: nothing, the scanning crosshair, the keyboard cursor, or a pointer mode's line end. */
export type CanvasCursor =
  | { mode: 'off' }
  /** `menu`: a button of the crosshair's menu is highlighted, so no line shows. */
  | { mode: 'scan'; phase: 'row' | 'column'; line: number; row: number | null; menu: boolean; pen: { x: number; y: number; down: boolean } }
  | { mode: 'keys'; x: number; y: number; down: boolean }
  /** Dwell or tap-to-start: the point where the line is, while a line is being drawn. */
  | { mode: 'pointer'; x: number; y: number; down: boolean };

/** The crosshair's menu: offered before each sweep ("back to the buttons", "lift") and after it (undo, done). */
export interface CrosshairMenu {
  before(): HTMLElement[];
  after(): HTMLElement[];
}

/**
 * Drawing without precise touch, all through one cursor pen into the editor's tools: the switch
 * crosshair, keyboard drawing, dwell, and (when the child's profile asks) tap to start, tap to
 * stop. `area` is the element around the picture, where every mode's events arrive; `stage` the
 * picture, which the switch scan and dwell choose.
 */
export function useCanvasAccess(editor: Editor, area: HTMLElement | null, stage: HTMLElement | null, menu: CrosshairMenu, modes: { dwell: boolean; tapToStart: boolean }): { cursor: CanvasCursor; lift: () => void; leave: () => void } {
  const { dwell, tapToStart } = modes;
  const { switches, screenScanner, choiceTargets } = useAppServices();
  const [cursor, setCursor] = useState<CanvasCursor>({ mode: 'off' });
  const latestMenu = useRef(menu);
  latestMenu.current = menu;
  const pen = useRef(new CursorPen()).current;
  const cycle = useRef(new CrosshairCycle(new Crosshair(), () => latestMenu.current.before(), () => latestMenu.current.after())).current;
  const taps = useRef(new TapToStart()).current;
  const mode = useRef<CanvasInputMode>('off');
  const tapPoint = useRef({ x: 0, y: 0 });
  const stopScanning = useRef<(() => void) | null>(null);

  const run: CanvasInputContext['run'] = (actions) => {
    for (const action of actions) editor.handleAction(action);
  };
  const show = () => {
    const at = pen.at;
    const cross = cycle.cross;
    const focus = cycle.focus;
    if (mode.current === 'scan') setCursor({ mode: 'scan', phase: cross.phase, line: cross.line, row: cross.fixedRow, menu: focus !== null && 'menu' in focus, pen: { ...at, down: pen.down } });
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
    mode.current = 'off';
    stopScanning.current?.();
    stopScanning.current = null;
    show();
  };

  useEffect(() => {
    if (!area || !stage) return;
    const ctx: CanvasInputContext = { editor, area, stage, pen, taps, mode, run, show, pagePoint: (x, y) => pagePoint(stage, x, y) };
    const startCrosshair = crosshairScan(ctx, cycle, { switches, screenScanner }, stopScanning);
    // Pointer modes listen to every move over the picture: only for a child who uses them.
    const dwelling = dwell ? attachDwellDrawing(ctx) : null;
    const detach = [
      attachKeyboard(ctx, switches, () => stopScanning.current !== null),
      ...(dwelling ? [dwelling.detach] : []),
      ...(tapToStart ? [attachTapDrawing(ctx, tapPoint)] : []),
      choiceTargets.register(stage, { chosen: startCrosshair, rested: (x, y) => dwelling?.rested(x, y) }),
    ];
    return () => {
      for (const off of detach) off();
      run([...pen.lift(), ...taps.lift()]);
      stopScanning.current?.();
      stopScanning.current = null;
      switches.pause(false);
      mode.current = 'off';
    };
    // The pen, crosshair and taps live as long as the screen; `run` and `show` only read refs and the editor.
  }, [editor, area, stage, dwell, tapToStart, switches, screenScanner, choiceTargets]);

  return { cursor, lift, leave };
}
