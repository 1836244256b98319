import { DOC_WIDTH } from '../../../engine/model/document';
import type { SwitchControl } from '../../access/switchControl';
import { type CanvasInputContext, listen, placesAtPoint } from './context';

/** Arrow keys move the cursor this far per press, up to four times as far while held. */
const KEY_STEP = DOC_WIDTH / 60;
const KEY_STEP_HELD_MAX = 4;
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/**
 * Keyboard drawing on the focused picture, in every profile: the first arrow (or Space, Enter)
 * hands the cursor to the keyboard and pauses switch scanning; Space puts the brush down and lifts
 * it, Enter fills or stamps (or leaves a dot); Escape, Tab or leaving the picture hand it back.
 */
export function attachKeyboard(ctx: CanvasInputContext, switches: SwitchControl, scanning: () => boolean): () => void {
  const { pen, run, show, mode, editor, area } = ctx;
  let held = 0;
  const handBack = () => {
    if (mode.current !== 'keys') return;
    run(pen.lift());
    switches.pause(false);
    mode.current = scanning() ? 'scan' : 'off';
    show();
  };
  const onKey = (e: KeyboardEvent) => {
    const arrow = ARROWS[e.key];
    if (mode.current !== 'keys') {
      if (!arrow && e.key !== ' ' && e.key !== 'Enter') return;
      mode.current = 'keys';
      switches.pause(true);
      if (!arrow) {
        e.preventDefault();
        show();
        return;
      }
    }
    if (arrow) {
      held = e.repeat ? held + 1 : 0;
      const step = KEY_STEP * Math.min(KEY_STEP_HELD_MAX, 1 + held / 6);
      run(pen.moveBy(arrow[0] * step, arrow[1] * step));
    } else if (e.key === ' ') run(pen.down ? pen.lift() : pen.press());
    else if (e.key === 'Enter') run(placesAtPoint(editor) || !pen.down ? pen.tap() : pen.lift());
    else if (e.key === 'Escape' || e.key === 'Tab') return handBack();
    else return;
    e.preventDefault();
    show();
  };
  return listen(area, { keydown: onKey, focusout: handBack });
}
