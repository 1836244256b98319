import { describe, expect, it } from 'vitest';
import { SWITCH_DEBOUNCE_MS, SwitchDebounce, SwitchScanner } from './switchScanner';

const names = (focus: ReturnType<SwitchScanner<string>['step']>) => (focus === null ? null : focus.level === 'group' ? `group ${focus.items.join(',')}` : focus.item);

describe('switch scanning', () => {
  it('moves group by group, then item by item inside the chosen group', () => {
    let layout = [['undo', 'redo'], ['red', 'blue', 'green'], ['canvas']];
    const scanner = new SwitchScanner(() => layout);
    expect(names(scanner.step())).toBe('group undo,redo');
    expect(names(scanner.step())).toBe('group red,blue,green');
    expect(scanner.choose()).toBeNull();
    expect(names(scanner.focus)).toBe('red');
    expect(names(scanner.step())).toBe('blue');
    expect(scanner.choose()).toBe('blue');
    // After a choice, the scan starts again from the first group.
    expect(scanner.focus).toBeNull();
    expect(names(scanner.step())).toBe('group undo,redo');
    // A group of one is chosen at once.
    scanner.step();
    scanner.step();
    expect(scanner.choose()).toBe('canvas');
    layout = [['a', 'b']];
    expect(names(scanner.step())).toBe('a');
  });

  it('leaves a group past its last item, and wraps from the last group to the first', () => {
    const scanner = new SwitchScanner(() => [['a', 'b'], ['c', 'd']]);
    scanner.step();
    scanner.choose();
    expect(names(scanner.step())).toBe('b');
    expect(names(scanner.step())).toBe('group c,d');
    expect(names(scanner.step())).toBe('group a,b');
  });

  it('a screen with one group scans its items round and round', () => {
    const scanner = new SwitchScanner(() => [['yes', 'no']]);
    expect(['yes', 'no', 'yes'].map(() => names(scanner.step()))).toEqual(['yes', 'no', 'yes']);
  });

  it('follows the screen as it changes, and says when there is nothing to scan', () => {
    let layout: string[][] = [['a'], ['b', 'c']];
    const scanner = new SwitchScanner(() => layout);
    scanner.step();
    scanner.step();
    scanner.choose();
    expect(names(scanner.focus)).toBe('b');
    layout = [['x'], ['y', 'z']];
    expect(names(scanner.focus)).toBe('y');
    layout = [['x']];
    expect(scanner.focus).toBeNull();
    expect(names(scanner.step())).toBe('x');
    layout = [[], []];
    expect(scanner.step()).toBeNull();
    expect(scanner.choose()).toBeNull();
  });

  it('a bouncing switch presses once', () => {
    const debounce = new SwitchDebounce();
    const after = (ms: number) => 1000 + ms;
    expect([0, 40, SWITCH_DEBOUNCE_MS - 1, SWITCH_DEBOUNCE_MS, 400, 420].map((t) => debounce.accept(after(t)))).toEqual([true, false, false, true, true, false]);
  });
});
