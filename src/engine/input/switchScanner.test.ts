import { describe, expect, it } from 'vitest';
import { leavesOf, type ScanLayout, type ScanNode, SWITCH_DEBOUNCE_MS, SwitchDebounce, SwitchScanner } from './switchScanner';

type Node = ScanNode<string, string>;
const item = (name: string): Node => ({ item: name });
const group = (name: string, ...children: (Node | string)[]): Node => ({ group: name, children: children.map((c) => (typeof c === 'string' ? item(c) : c)) });
const layout = (nodes: Node[], start = 0): (() => ScanLayout<string, string>) => () => ({ nodes, start });
/** The highlighted node as a name: a control's own, or `group <name>`. */
const named = (node: Node | null) => (node === null ? null : 'item' in node ? node.item : `group ${node.group}`);

/** The drawing screen in miniature: tools, the bar, the picture, colours split in two parts. */
const screen = () => [group('tools', 'marker', 'crayon', 'fill'), group('bar', 'home', group('sizes', 'small', 'large'), 'done'), group('canvas', 'canvas'), group('colours', group('top', 'red', 'orange'), group('bottom', 'blue', 'black'))];

describe('switch scanning as a tree', () => {
  it('rests on the starting group, goes down a level per choice, and rests again after a control is chosen', () => {
    const scanner = new SwitchScanner(layout(screen(), 3));
    expect(named(scanner.focus)).toBeNull();
    expect(named(scanner.rest())).toBe('group colours');
    expect(scanner.choose()).toBeNull();
    expect(named(scanner.focus)).toBe('group top');
    expect(named(scanner.step())).toBe('group bottom');
    expect(scanner.choose()).toBeNull();
    expect(named(scanner.focus)).toBe('blue');
    expect(scanner.depth).toBe(3);
    expect(named(scanner.step())).toBe('black');
    expect(scanner.choose()).toBe('black');
    // Back at rest: the colours again, ready for the next choice.
    expect(named(scanner.focus)).toBe('group colours');
    expect(scanner.depth).toBe(1);
    expect(scanner.resting).toBe(true);
    scanner.step();
    expect(scanner.resting).toBe(false);
  });

  it('wraps round the top level from the starting group, and a group of one control is chosen at once', () => {
    const scanner = new SwitchScanner(layout(screen(), 3));
    scanner.rest();
    expect(['group tools', 'group bar', 'group canvas', 'group colours'].map(() => named(scanner.step()))).toEqual(['group tools', 'group bar', 'group canvas', 'group colours']);
    scanner.step();
    scanner.step();
    scanner.step();
    expect(scanner.choose()).toBe('canvas');
  });

  it('past the last node of a part the highlight goes to the part after it, past the last part to the next group', () => {
    const scanner = new SwitchScanner(layout(screen()));
    scanner.rest();
    scanner.step();
    scanner.choose();
    expect(named(scanner.focus)).toBe('home');
    expect(named(scanner.step())).toBe('group sizes');
    scanner.choose();
    expect(named(scanner.step())).toBe('large');
    expect(named(scanner.step())).toBe('done');
    expect(named(scanner.step())).toBe('group canvas');
    // From deep inside: out of every group that ends there at once.
    scanner.step();
    scanner.choose();
    scanner.step();
    scanner.choose();
    expect(named(scanner.step())).toBe('black');
    expect(named(scanner.step())).toBe('group tools');
  });

  it('a screen of one group scans its controls round and round', () => {
    const scanner = new SwitchScanner(layout([group('all', 'yes', 'no')]));
    expect(named(scanner.rest())).toBe('yes');
    expect(named(scanner.step())).toBe('no');
    expect(named(scanner.step())).toBe('yes');
    expect(scanner.choose()).toBe('yes');
  });

  it('follows the screen as it changes: a path that no longer leads anywhere rests again; nothing to scan is null', () => {
    let nodes = screen();
    const scanner = new SwitchScanner(() => ({ nodes, start: 0 }));
    scanner.rest();
    scanner.choose();
    scanner.step();
    scanner.step();
    expect(named(scanner.focus)).toBe('fill');
    nodes = [group('dialog', 'yes', 'no'), group('other', 'x')];
    expect(scanner.focus).toBeNull();
    expect(named(scanner.step())).toBe('group dialog');
    nodes = [];
    expect(scanner.step()).toBeNull();
    expect(scanner.rest()).toBeNull();
    expect(scanner.choose()).toBeNull();
  });

  it('lists the controls under a node in scan order', () => {
    expect(leavesOf(group('all', ...screen()))).toEqual(['marker', 'crayon', 'fill', 'home', 'small', 'large', 'done', 'canvas', 'red', 'orange', 'blue', 'black']);
  });

  it('a bouncing switch presses once', () => {
    const debounce = new SwitchDebounce();
    const after = (ms: number) => 1000 + ms;
    expect([0, 40, SWITCH_DEBOUNCE_MS - 1, SWITCH_DEBOUNCE_MS, 400, 420].map((t) => debounce.accept(after(t)))).toEqual([true, false, false, true, true, false]);
  });
});
