import { isItem, leavesOf } from '../../engine/input/switchScanner';
import type { Measure, ScreenNode } from './scanLayout';

/** The attribute the big, high-contrast scan highlight is drawn from (README: switch scanning). */
export const SCAN_FOCUS = 'data-scan-focus';
/** On every control inside the highlighted group or part. */
export const SCAN_IN = 'data-scan-in';
/** Room between a part's controls and the box drawn round them (CSS px). */
const PART_PADDING = 6;

/**
 * Draws the scan highlight: the ring on a control or a group's element, or, for a part of a long
 * group (no element of its own), a box of the same ring round its controls. The controls inside a
 * highlighted group or part carry SCAN_IN, so what the highlight holds can be read back.
 */
export class ScanHighlight {
  private readonly marked = new Set<Element>();
  private box: HTMLElement | null = null;
  /** The part the box is drawn round, to place it again when the page moves. */
  private part: HTMLElement[] | null = null;

  constructor(
    private readonly doc: Document,
    private readonly measure: Measure,
  ) {}

  /** Highlights `node` (null: nothing), in place of whatever was highlighted. */
  show(node: ScreenNode | null): void {
    const members = node && !isItem(node) ? leavesOf(node) : [];
    const element = node === null ? null : isItem(node) ? node.item : node.group.element;
    this.part = node && !element ? members : null;
    this.mark(element, members);
    (element ?? members[0])?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    this.place();
  }

  /** Places the part's box again (after a scroll, a resize or the screen changing under it). */
  place(): void {
    const part = this.part;
    if (!part || part.length === 0) {
      this.box?.remove();
      this.box = null;
      return;
    }
    const boxes = part.map((el) => this.measure(el));
    const left = Math.min(...boxes.map((b) => b.left)) - PART_PADDING;
    const top = Math.min(...boxes.map((b) => b.top)) - PART_PADDING;
    const box = this.partBox();
    box.style.left = `${left}px`;
    box.style.top = `${top}px`;
    box.style.width = `${Math.max(...boxes.map((b) => b.right)) + PART_PADDING - left}px`;
    box.style.height = `${Math.max(...boxes.map((b) => b.bottom)) + PART_PADDING - top}px`;
  }

  /** Removes every trace of the highlight. */
  clear(): void {
    this.show(null);
  }

  private mark(element: HTMLElement | null, members: readonly HTMLElement[]): void {
    for (const old of this.doc.querySelectorAll(`[${SCAN_FOCUS}]`)) if (old !== element && old !== this.box) old.removeAttribute(SCAN_FOCUS);
    for (const old of this.marked) if (!members.includes(old as HTMLElement)) old.removeAttribute(SCAN_IN);
    this.marked.clear();
    for (const member of members) {
      member.setAttribute(SCAN_IN, 'true');
      this.marked.add(member);
    }
    element?.setAttribute(SCAN_FOCUS, 'true');
  }

  private partBox(): HTMLElement {
    if (this.box?.isConnected) return this.box;
    const box = this.doc.createElement('div');
    box.className = 'scan-part';
    box.setAttribute(SCAN_FOCUS, 'true');
    box.setAttribute('aria-hidden', 'true');
    this.doc.body.append(box);
    this.box = box;
    return box;
  }
}
