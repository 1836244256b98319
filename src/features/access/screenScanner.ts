import { SwitchScanner } from '../../engine/input/switchScanner';
import type { SwitchConsumer } from './switchControl';

/** The attribute the big, high-contrast scan highlight is drawn from (DESIGN.md). */
export const SCAN_FOCUS = 'data-scan-focus';
/** The picture, as a scan item: choosing it starts the crosshair there. */
export const SCAN_CANVAS_EVENT = 'scan-canvas';

/** Visible on screen (display, visibility, a real box). */
function shown(el: HTMLElement): boolean {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
}

const ITEMS = 'button:not(:disabled), [data-scan-item]';

/** A scan group: the element that is highlighted while the group is (null: its first item is), and its items. */
interface ScanGroup {
  element: HTMLElement | null;
  items: HTMLElement[];
}

/**
 * What a child can choose on the screen now, in groups. An open dialog is all there is; otherwise
 * the screen's `data-scan-group` containers in page order (rails, the top bar, the picture), then
 * any controls outside them (a tray's close button) as a group of their own; a screen without any
 * groups is one group of all its controls.
 */
export function readScanGroups(doc: Document = document): ScanGroup[] {
  const dialogs = [...doc.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]')].filter(shown);
  const scope = dialogs[dialogs.length - 1] ?? doc.querySelector<HTMLElement>('.screen') ?? doc.body;
  const items = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>(ITEMS)].filter((el) => shown(el) && el.getAttribute('aria-hidden') !== 'true');
  const groups = [...scope.querySelectorAll<HTMLElement>('[data-scan-group]')].filter(shown);
  if (groups.length === 0) return [{ element: null, items: items(scope) }];
  const inGroup = (el: HTMLElement) => groups.some((group) => group.contains(el));
  return [...groups.map((element) => ({ element, items: items(element) })), { element: null, items: items(scope).filter((el) => !inGroup(el)) }];
}

/** Moves the highlight to `el` (a group or an item), away from wherever it was. */
export function highlight(el: HTMLElement | null, doc: Document = document): void {
  for (const old of doc.querySelectorAll(`[${SCAN_FOCUS}]`)) if (old !== el) old.removeAttribute(SCAN_FOCUS);
  if (!el) return;
  el.setAttribute(SCAN_FOCUS, 'true');
  el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
}

/** Scanning the screen's controls: a chosen control is pressed as a keyboard or switch would (a click). */
export function createScreenScanner(doc: Document = document): SwitchConsumer & { clear(): void } {
  // Which element stands for each list of items the scanner was given (the latest layout's).
  let elements = new Map<readonly HTMLElement[], HTMLElement | null>();
  const scanner = new SwitchScanner<HTMLElement>(() => {
    const groups = readScanGroups(doc);
    elements = new Map(groups.map((group) => [group.items, group.element]));
    return groups.map((group) => group.items);
  });
  const show = () => {
    const focus = scanner.focus;
    highlight(focus === null ? null : focus.level === 'group' ? (elements.get(focus.items) ?? focus.items[0] ?? null) : focus.item, doc);
  };
  return {
    step() {
      scanner.step();
      show();
    },
    choose() {
      const chosen = scanner.choose();
      show();
      if (!chosen) return;
      if (chosen.hasAttribute('data-scan-item') && chosen.tagName !== 'BUTTON') chosen.dispatchEvent(new CustomEvent(SCAN_CANVAS_EVENT, { bubbles: true }));
      else chosen.click();
    },
    clear() {
      scanner.reset();
      highlight(null, doc);
    },
  };
}
