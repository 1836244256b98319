import type { Crosshair } from '../../../engine/input/crosshair';
import { highlight, SCAN_CANVAS_EVENT } from '../../access/screenScanner';
import { switchControl } from '../../access/switchControl';
import { type CanvasInputContext, listen, placesAtPoint } from './context';

/**
 * The switch user's crosshair on the picture, started when the scanner chooses the picture. Its
 * sweep runs down, then across; once a sweep runs off the page the highlight offers the bar (lift,
 * undo, done, back to the buttons), then sweeps again. Returns a stop function for "back".
 */
export function attachCrosshair(ctx: CanvasInputContext, cross: Crosshair, barButtons: () => HTMLElement[], stopped: { current: (() => void) | null }): () => void {
  const { pen, run, show, mode, editor, area } = ctx;
  /** -1 while the line sweeps; else the bar item highlighted. */
  let bar = -1;
  /** A point chosen on the picture: fill and stamp land there; a brush goes down, then draws on to each next point. */
  const pointAt = (x: number, y: number) => {
    if (placesAtPoint(editor)) run([...pen.lift(), ...pen.moveTo(x, y), ...pen.tap()]);
    else if (!pen.down) run([...pen.moveTo(x, y), ...pen.press()]);
    else run(pen.moveTo(x, y));
  };
  const sweepAgain = () => {
    bar = -1;
    cross.restart();
    highlight(null);
  };
  const consumer = {
    step() {
      if (bar < 0) {
        if (!cross.step()) {
          bar = 0;
          highlight(barButtons()[0] ?? null);
        }
      } else {
        const items = barButtons();
        if (++bar >= items.length) sweepAgain();
        else highlight(items[bar] ?? null);
      }
      show();
    },
    choose() {
      if (bar >= 0) {
        const item = barButtons()[bar];
        sweepAgain();
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
  const enter = () => {
    if (mode.current === 'scan') return;
    mode.current = 'scan';
    sweepAgain();
    stopped.current = switchControl.push(consumer);
    // Arrow keys on the picture take over from here (keyboard drawing).
    area.querySelector<HTMLElement>('[data-scan-item]')?.focus();
    show();
  };
  return listen(area, { [SCAN_CANVAS_EVENT]: enter });
}
