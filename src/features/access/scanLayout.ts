import { LONG_GROUP, planGroup, rowsOf, type ScanPlan } from '../../engine/input/scanPlan';
import { isItem, leavesOf, type ScanLayout, type ScanNode } from '../../engine/input/switchScanner';

/** A group as the highlight shows it. */
export interface ScanGroupView {
  /** The element the ring goes round; null for a part of a long group (a box round its controls). */
  element: HTMLElement | null;
  /** The group's name (`colours`), a part's with its place (`colours 2`). */
  name: string;
}

export type ScreenNode = ScanNode<HTMLElement, ScanGroupView>;
export type ScreenLayout = ScanLayout<HTMLElement, ScanGroupView>;
/** Where an element is on screen (getBoundingClientRect, or a test's stand-in). */
export type Measure = (el: Element) => Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom' | 'width' | 'height'>;

/** What a child can choose: enabled buttons, and other controls marked as scan items (the picture). */
export const SCAN_ITEMS = 'button:not(:disabled), [data-scan-item]';
const GROUPS = '[data-scan-group]';
/** The group or control (or the first control inside the element) a screen's scan rests on after every choice; else its first. */
const START = '[data-scan-start]';

/**
 * What a child can choose on the screen now, as a tree. An open dialog is all there is; otherwise
 * the screen. Its `data-scan-group` elements are the groups (rails, the bar, the picture; nested
 * ones inside them), in page order unless they say otherwise (`data-scan-order`), and the
 * controls outside any group a group of their own at the end; a screen without groups is its controls. Long groups are cut into parts along their rows.
 */
export function readScanLayout(doc: Document, measure: Measure): ScreenLayout {
  const shown = (el: HTMLElement) => {
    const box = measure(el);
    return box.width > 0 && box.height > 0 && doc.defaultView?.getComputedStyle(el).visibility !== 'hidden';
  };
  const dialogs = [...doc.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]')].filter(shown);
  const scope = dialogs[dialogs.length - 1] ?? doc.querySelector<HTMLElement>('.screen') ?? doc.body;
  const units = unitsOf(scope, shown).map((el) => nodeOf(el, shown, measure)).filter((node): node is ScreenNode => node !== null);
  const loose = units.filter(isItem);
  const groups = inScanOrder(units.filter((node) => !isItem(node)));
  const nodes: ScreenNode[] = groups.length === 0 ? loose : loose.length === 0 ? groups : [...groups, { group: { element: null, name: 'others' }, children: loose }];
  const startAt = Math.max(0, nodes.findIndex((node) => (isItem(node) ? node.item : (node.group.element ?? leavesOf(node)[0]))?.closest(START)));
  return planTop(nodes, startAt, measure);
}

/**
 * Groups that carry `data-scan-order` come first, by it (the drawing screen: the colours, the
 * tools, the bar, the picture, whichever side the rails are on); the rest after them in page order.
 */
function inScanOrder(groups: ScreenNode[]): ScreenNode[] {
  const order = (node: ScreenNode) => Number((isItem(node) ? node.item : node.group.element)?.dataset.scanOrder ?? Infinity);
  return groups.map((node, index) => ({ node, index })).sort((a, b) => order(a.node) - order(b.node) || a.index - b.index).map(({ node }) => node);
}

/** The elements directly in `container`: its controls and nested groups, not what those groups hold. */
function unitsOf(container: HTMLElement, shown: (el: HTMLElement) => boolean): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(`${SCAN_ITEMS}, ${GROUPS}`)].filter((el) => {
    const owner = el.parentElement?.closest(GROUPS);
    const direct = !owner || owner === container || !container.contains(owner);
    return direct && el.getAttribute('aria-hidden') !== 'true' && shown(el);
  });
}

/** A control, or a group with what it holds (null when it holds nothing to choose). */
function nodeOf(el: HTMLElement, shown: (el: HTMLElement) => boolean, measure: Measure): ScreenNode | null {
  if (!el.matches(GROUPS)) return { item: el };
  const name = el.dataset.scanGroup || 'group';
  const children = unitsOf(el, shown)
    .map((unit) => nodeOf(unit, shown, measure))
    .filter((node): node is ScreenNode => node !== null);
  return children.length === 0 ? null : { group: { element: el, name }, children: planParts(children, name, measure) };
}

/** A long list of nodes cut into parts (boxes of whole rows); a short one as it is. */
function planParts(nodes: ScreenNode[], name: string, measure: Measure): ScreenNode[] {
  if (nodes.length <= LONG_GROUP) return nodes;
  const rows = rowsOf(nodes.map((node) => measure(anchorOf(node))));
  const plan = planGroup(nodes.map((node, i) => ({ row: rows[i] ?? 0, weight: leavesOf(node).length })));
  const build = (part: ScanPlan, partName: string): ScreenNode =>
    typeof part === 'number' ? (nodes[part] as ScreenNode) : { group: { element: null, name: partName }, children: part.map((child, i) => build(child, `${partName}.${i + 1}`)) };
  return plan.map((part, i) => build(part, `${name} ${i + 1}`));
}

/** The screen's top level: cut into parts when long (a tray of many stamp groups), resting on the part that holds the start. */
function planTop(nodes: ScreenNode[], startAt: number, measure: Measure): ScreenLayout {
  const start = nodes[startAt];
  const top = planParts(nodes, 'screen', measure);
  if (top === nodes || !start) return { nodes: top, start: startAt };
  const holds = (node: ScreenNode): boolean => node === start || (!isItem(node) && node.children.some(holds));
  return { nodes: top, start: Math.max(0, top.findIndex(holds)) };
}

/** The element whose box stands for a node in the rows: a control, a group's element, a part's first control. */
function anchorOf(node: ScreenNode): HTMLElement {
  if (isItem(node)) return node.item;
  return node.group.element ?? anchorOf(node.children[0] as ScreenNode);
}
