import { flushSync } from 'react-dom';
import type { CrosshairCycle } from '../../../engine/input/crosshair';
import type { ScreenScanner } from '../../access/screenScanner';
import type { SwitchConsumer, SwitchControl } from '../../access/switchControl';
import { type CanvasInputContext, pointAt } from './context';

/** The switch services the crosshair takes the presses from and shows its menu with. */
export interface CrosshairServices {
  switches: SwitchControl;
  screenScanner: ScreenScanner;
}

/**
 * The switch user's crosshair on the picture, started when the scan chooses the picture. It
 * offers "back to the buttons" first (and "lift" while the brush is down), then its line sweeps
 * down, then across; once a sweep runs off the page, undo and done are offered, then round again.
 * Returns what starts it; `stopped` then holds what hands the switches back ("back to the buttons").
 */
export function crosshairScan(ctx: CanvasInputContext, cycle: CrosshairCycle<HTMLElement>, services: CrosshairServices, stopped: { current: (() => void) | null }): () => void {
  const { pen, run, show, mode, stage } = ctx;
  const showFocus = () => {
    const focus = cycle.focus;
    services.screenScanner.showElement(focus && 'menu' in focus ? focus.menu : null);
    show();
  };
  const consumer: SwitchConsumer = {
    step() {
      cycle.step();
      showFocus();
    },
    choose() {
      const chosen = cycle.choose();
      if (chosen && 'point' in chosen) pointAt(ctx, chosen.point.x, chosen.point.y);
      showFocus();
      if (chosen && 'menu' in chosen) {
        // Undo and done see the stroke finished first: nothing half-drawn is left behind.
        if (chosen.menu.dataset.testid !== 'scan-lift') run(pen.lift());
        chosen.menu.click();
      }
    },
    activate: showFocus,
  };
  return () => {
    if (mode.current === 'scan') return;
    mode.current = 'scan';
    // Its menu's buttons are on the page before the cycle starts with "back to the buttons".
    flushSync(show);
    cycle.start();
    stopped.current = services.switches.push(consumer);
    // Arrow keys on the picture take over from here (keyboard drawing).
    stage.focus();
    showFocus();
  };
}
