import { useEffect, useRef, useState } from 'react';
import type { Editor } from '../../engine/editor';
import { Crosshair } from '../../engine/input/crosshair';
import { CursorPen } from '../../engine/input/cursorPen';
import type { FilterAction } from '../../engine/input/pointerFilter';
import { DOC_HEIGHT, DOC_WIDTH } from '../../engine/model/document';
import { TapToStart } from '../../engine/input/tapToStart';
import { highlight, SCAN_CANVAS_EVENT } from '../access/screenScanner';
import { switchControl } from '../access/switchControl';
import { DWELL_CANVAS_EVENT } from '../access/useDwell';

/** What the cursor overlay shows: nothing, the scanning crosshair, or the keyboard cursor. */
export type CanvasCursor =
  | { mode: 'off' }
  | { mode: 'scan'; phase: 'row' | 'column'; line: number; row: number | null; pen: { x: number; y: number; down: boolean } }
  | { mode: 'keys'; x: number; y: number; down: boolean }
  /** Dwell or tap-to-start: the point where the line is, while a line is being drawn. */
  | { mode: 'pointer'; x: number; y: number; down: boolean };

/** A tap: down and up within this time and distance (CSS px), with no other finger on the glass. */
const TAP_MS = 600;
const TAP_SLOP_PX = 24;

/** Arrow keys move the cursor this share of the page width per press, up to four times as far while held. */
const KEY_STEP = DOC_WIDTH / 60;
const KEY_STEP_HELD_MAX = 4;

const BRUSHLESS_TOOLS = new Set(['fill', 'stamp']);

/**
 * Drawing without precise touch: the scanning crosshair (a switch user chose the picture) and
 * keyboard drawing (arrow keys, Space brush down/up, Enter fill or stamp), both through one cursor
 * pen into the editor. `area` is the element around the picture: the scanner's "scan-canvas"
 * event and the picture's key presses arrive there.
 */
export function useCanvasAccess(editor: Editor, area: HTMLElement | null, barButtons: () => HTMLElement[], tapToStart: boolean): { cursor: CanvasCursor; lift: () => void; leave: () => void } {
  const [cursor, setCursor] = useState<CanvasCursor>({ mode: 'off' });
  const pen = useRef(new CursorPen()).current;
  const cross = useRef(new Crosshair()).current;
  const taps = useRef(new TapToStart()).current;
  const mode = useRef<'off' | 'scan' | 'keys' | 'pointer'>('off');
  const stopScanning = useRef<(() => void) | null>(null);
  const latestBar = useRef(barButtons);
  latestBar.current = barButtons;

  const run = (actions: FilterAction[]) => {
    for (const action of actions) editor.handleAction(action);
  };
  const show = () => {
    const at = pen.at;
    if (mode.current === 'scan') setCursor({ mode: 'scan', phase: cross.phase, line: cross.line, row: cross.fixedRow, pen: { ...at, down: pen.down } });
    else if (mode.current === 'keys') setCursor({ mode: 'keys', ...at, down: pen.down });
    else if (mode.current === 'pointer' && (pen.down || taps.drawing)) setCursor({ mode: 'pointer', ...(taps.drawing ? tapPoint.current : at), down: true });
    else setCursor({ mode: 'off' });
  };
  /** A point chosen on the picture: fill and stamp land there; a brush goes down, then follows. */
  const pointAt = (x: number, y: number) => {
    if (BRUSHLESS_TOOLS.has(editor.tool)) run([...pen.lift(), ...pen.moveTo(x, y), ...pen.tap()]);
    else if (!pen.down) run([...pen.moveTo(x, y), ...pen.press()]);
    else run(pen.moveTo(x, y));
  };
  const tapPoint = useRef({ x: 0, y: 0 });
  const lift = () => {
    run([...pen.lift(), ...taps.lift()]);
    show();
  };
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
    /** The crosshair's sweep, then (once it runs off the page) lift, undo, done and leave, then the sweep again. */
    let bar = -1;
    const crosshair = {
      step() {
        if (bar < 0) {
          if (!cross.step()) {
            bar = 0;
            highlight(latestBar.current()[0] ?? null);
          }
        } else {
          bar++;
          const items = latestBar.current();
          if (bar >= items.length) {
            bar = -1;
            cross.restart();
            highlight(null);
          } else highlight(items[bar] ?? null);
        }
        show();
      },
      choose() {
        if (bar >= 0) {
          const item = latestBar.current()[bar];
          bar = -1;
          cross.restart();
          highlight(null);
          // Undo and done see the stroke finished first: nothing half-drawn is left behind.
          if (item && item.dataset.testid !== 'scan-lift') run(pen.lift());
          item?.click();
        } else {
          const point = cross.choose();
          if (point) pointAt(point.x, point.y);
        }
        show();
      },
    };
    const enterScan = () => {
      if (mode.current === 'scan') return;
      mode.current = 'scan';
      cross.restart();
      bar = -1;
      highlight(null);
      stopScanning.current = switchControl.push(crosshair);
      area.querySelector<HTMLElement>('[data-scan-item]')?.focus();
      show();
    };
    const keysOff = () => {
      if (mode.current !== 'keys') return;
      run(pen.lift());
      switchControl.pause(false);
      mode.current = stopScanning.current ? 'scan' : 'off';
      show();
    };
    const onKey = (e: KeyboardEvent) => {
      const arrow = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[e.key];
      if (mode.current !== 'keys') {
        if (!arrow && e.key !== ' ' && e.key !== 'Enter') return;
        // The first arrow (or Space, Enter) on the picture hands the cursor to the keyboard.
        mode.current = 'keys';
        switchControl.pause(true);
        if (!arrow) {
          e.preventDefault();
          show();
          return;
        }
      }
      if (arrow) {
        const step = KEY_STEP * (e.repeat ? Math.min(KEY_STEP_HELD_MAX, 1 + pressRun++ / 6) : ((pressRun = 0), 1));
        run(pen.moveBy(arrow[0]! * step, arrow[1]! * step));
      } else if (e.key === ' ') run(pen.down ? pen.lift() : pen.press());
      else if (e.key === 'Enter') run(BRUSHLESS_TOOLS.has(editor.tool) || !pen.down ? pen.tap() : pen.lift());
      else if (e.key === 'Escape' || e.key === 'Tab') return keysOff();
      else return;
      e.preventDefault();
      show();
    };
    let pressRun = 0;
    /** Screen position to the page's pixels (the paper's box on screen is the page). */
    const toDoc = (clientX: number, clientY: number) => {
      const paper = area.querySelector('.paper-shadow')?.getBoundingClientRect();
      if (!paper || paper.width === 0) return null;
      return { x: ((clientX - paper.left) / paper.width) * DOC_WIDTH, y: ((clientY - paper.top) / paper.height) * DOC_HEIGHT };
    };
    /** Dwell on the picture: the first puts the brush down there (fill and stamp land), the next lifts it. */
    const onDwell = (e: Event) => {
      const { clientX, clientY } = (e as CustomEvent<{ clientX: number; clientY: number }>).detail;
      const at = toDoc(clientX, clientY);
      if (!at) return;
      mode.current = 'pointer';
      if (BRUSHLESS_TOOLS.has(editor.tool)) run([...pen.lift(), ...pen.moveTo(at.x, at.y), ...pen.tap()]);
      else if (!pen.down) run([...pen.moveTo(at.x, at.y), ...pen.press()]);
      else run([...pen.moveTo(at.x, at.y), ...pen.lift()]);
      show();
    };
    /** With the brush down by dwell (or by a tap), the line follows a hovering pointer. */
    const onHover = (e: PointerEvent) => {
      // Over the lift button the line stays where it is: the child is going to lift it.
      if (e.buttons !== 0 || e.pointerType === 'touch' || (e.target instanceof Element && e.target.closest('button'))) return;
      const at = toDoc(e.clientX, e.clientY);
      if (!at) return;
      if (pen.down && mode.current === 'pointer') run(pen.moveTo(at.x, at.y));
      else if (taps.drawing) {
        tapPoint.current = at;
        run(taps.hover(at.x, at.y));
      } else return;
      show();
    };
    // Tap to start, tap to stop: the picture takes taps instead of strokes.
    const pressed = new Map<number, { x: number; y: number; time: number }>();
    let crowded = false;
    const onDown = (e: PointerEvent) => {
      if (!tapToStart) return;
      pressed.set(e.pointerId, { x: e.clientX, y: e.clientY, time: e.timeStamp });
      if (pressed.size > 1) crowded = true;
    };
    const onUp = (e: PointerEvent) => {
      const start = pressed.get(e.pointerId);
      pressed.delete(e.pointerId);
      const wasCrowded = crowded;
      if (pressed.size === 0) crowded = false;
      if (!tapToStart || !start || wasCrowded || e.timeStamp - start.time > TAP_MS || Math.hypot(e.clientX - start.x, e.clientY - start.y) > TAP_SLOP_PX) return;
      const at = toDoc(e.clientX, e.clientY);
      if (!at) return;
      mode.current = 'pointer';
      tapPoint.current = at;
      run(taps.tap(at.x, at.y, BRUSHLESS_TOOLS.has(editor.tool)));
      show();
    };
    const onCancel = (e: PointerEvent) => pressed.delete(e.pointerId);
    area.addEventListener(SCAN_CANVAS_EVENT, enterScan);
    area.addEventListener(DWELL_CANVAS_EVENT, onDwell);
    area.addEventListener('pointermove', onHover);
    area.addEventListener('pointerdown', onDown);
    area.addEventListener('pointerup', onUp);
    area.addEventListener('pointercancel', onCancel);
    area.addEventListener('keydown', onKey);
    area.addEventListener('focusout', keysOff);
    return () => {
      area.removeEventListener(SCAN_CANVAS_EVENT, enterScan);
      area.removeEventListener(DWELL_CANVAS_EVENT, onDwell);
      area.removeEventListener('pointermove', onHover);
      area.removeEventListener('pointerdown', onDown);
      area.removeEventListener('pointerup', onUp);
      area.removeEventListener('pointercancel', onCancel);
      area.removeEventListener('keydown', onKey);
      area.removeEventListener('focusout', keysOff);
      run([...pen.lift(), ...taps.lift()]);
      stopScanning.current?.();
      stopScanning.current = null;
      switchControl.pause(false);
      mode.current = 'off';
    };
    // The pen and crosshair live as long as the screen; `show` and `run` only read refs and the editor.
  }, [editor, area, tapToStart]);

  return { cursor, lift, leave };
}
