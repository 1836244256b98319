import { describe, expect, it } from 'vitest';
import { DOC_HEIGHT, DOC_WIDTH } from '../model/document';
import { CROSSHAIR_STEPS, Crosshair, CrosshairCycle, type CrosshairFocus } from './crosshair';

const named = (focus: CrosshairFocus<string> | null) => (focus === null ? null : 'menu' in focus ? focus.menu : `sweep ${focus.sweep}`);

describe("the crosshair's scan cycle", () => {
  it('offers "back" first, then the sweep, then undo and done, and round again', () => {
    const cycle = new CrosshairCycle(new Crosshair(), () => ['back'], () => ['undo', 'done']);
    expect(named(cycle.start())).toBe('back');
    expect(named(cycle.step())).toBe('sweep row');
    expect(cycle.cross.notch).toBe(0);
    for (let i = 1; i < CROSSHAIR_STEPS; i++) cycle.step();
    expect(cycle.cross.notch).toBe(CROSSHAIR_STEPS - 1);
    expect(named(cycle.step())).toBe('undo');
    expect(named(cycle.step())).toBe('done');
    expect(named(cycle.step())).toBe('back');
  });

  it('"lift" follows "back" while the brush is down; a choice of either rests on "back" again', () => {
    let down = true;
    const cycle = new CrosshairCycle(new Crosshair(), () => (down ? ['back', 'lift'] : ['back']), () => []);
    cycle.start();
    expect(named(cycle.step())).toBe('lift');
    expect(cycle.choose()).toEqual({ menu: 'lift' });
    down = false;
    expect(named(cycle.focus)).toBe('back');
    expect(named(cycle.step())).toBe('sweep row');
  });

  it('the row, then the column: a point, after which "back" is offered first again', () => {
    const cycle = new CrosshairCycle(new Crosshair(), () => ['back'], () => ['undo']);
    cycle.start();
    for (let i = 0; i < 4; i++) cycle.step();
    expect(cycle.choose()).toBeNull();
    expect(named(cycle.focus)).toBe('sweep column');
    for (let i = 0; i < 7; i++) cycle.step();
    // "back" took the first step: the row is the fourth notch's, the column the eighth's.
    expect(cycle.choose()).toEqual({ point: { x: Math.round((7.5 / CROSSHAIR_STEPS) * DOC_WIDTH), y: Math.round((3.5 / CROSSHAIR_STEPS) * DOC_HEIGHT) } });
    expect(named(cycle.focus)).toBe('back');
    // The column ran off the page without a choice: the menu after it, then the row sweep anew.
    cycle.step();
    cycle.choose();
    for (let i = 0; i < CROSSHAIR_STEPS; i++) cycle.step();
    expect(named(cycle.focus)).toBe('undo');
    expect(named(cycle.step())).toBe('back');
    expect(cycle.cross.phase).toBe('row');
  });

  it('with no menu at all, the line sweeps round and round', () => {
    const cycle = new CrosshairCycle(new Crosshair(), () => [], () => []);
    expect(named(cycle.start())).toBe('sweep row');
    for (let i = 0; i < CROSSHAIR_STEPS; i++) cycle.step();
    expect(named(cycle.focus)).toBe('sweep row');
    expect(cycle.cross.notch).toBe(0);
  });
});
