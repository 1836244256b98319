// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SWITCH_DEBOUNCE_MS } from '../../engine/input/switchScanner';
import { type SwitchConsumer, SwitchControl, type SwitchKey } from './switchControl';

/** A consumer that writes down what it was told. */
function recorder(name: string, log: string[]): SwitchConsumer {
  return {
    step: () => log.push(`${name} step`),
    choose: () => log.push(`${name} choose`),
    activate: () => log.push(`${name} on`),
    deactivate: () => log.push(`${name} off`),
  };
}

let time = 1000;
/** A key as the switch interface sends it, 200 ms after the last (past the debounce) unless told. */
function key(k: string, extra: Partial<SwitchKey> = {}): SwitchKey {
  time += extra.timeStamp ?? 200;
  return { key: k, repeat: false, ctrlKey: false, metaKey: false, altKey: false, ...extra, timeStamp: time };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the switch control (a service made once at boot)', () => {
  it('two switches: Space or 1 steps, Enter or 2 chooses; other keys and modified keys are not switch presses', () => {
    const log: string[] = [];
    const switches = new SwitchControl();
    switches.configure({ mode: 'two', stepMs: 1000, onStep: () => log.push('tick') });
    switches.push(recorder('screen', log));
    expect([' ', '1', 'Enter', '2'].map((k) => switches.handleKey(key(k)))).toEqual([true, true, true, true]);
    expect(switches.handleKey(key('a'))).toBe(false);
    expect(switches.handleKey(key(' ', { ctrlKey: true }))).toBe(false);
    expect(log).toEqual(['screen on', 'screen step', 'tick', 'screen step', 'tick', 'screen choose', 'screen choose']);
  });

  it('a bounce and a held key press once; with scanning off no key is a switch press', () => {
    const log: string[] = [];
    const switches = new SwitchControl();
    switches.push(recorder('screen', log));
    expect(switches.handleKey(key(' '))).toBe(false);
    switches.configure({ mode: 'two', stepMs: 1000, onStep: null });
    switches.handleKey(key(' '));
    expect(switches.handleKey(key(' ', { timeStamp: SWITCH_DEBOUNCE_MS - 1 }))).toBe(true);
    expect(switches.handleKey(key(' ', { repeat: true }))).toBe(true);
    expect(log.filter((l) => l.endsWith('step'))).toHaveLength(1);
  });

  it('one switch: the highlight moves by itself, any press chooses, and rests a full step after a choice', () => {
    const log: string[] = [];
    const switches = new SwitchControl();
    switches.configure({ mode: 'one', stepMs: 1000, onStep: null });
    switches.push(recorder('screen', log));
    vi.advanceTimersByTime(2500);
    expect(log).toEqual(['screen on', 'screen step', 'screen step']);
    switches.handleKey(key('Enter'));
    vi.advanceTimersByTime(999);
    expect(log.at(-1)).toBe('screen choose');
    vi.advanceTimersByTime(1);
    expect(log.at(-1)).toBe('screen step');
    // Keyboard drawing has the keys: no steps, no presses.
    switches.pause(true);
    vi.advanceTimersByTime(5000);
    expect(switches.handleKey(key(' '))).toBe(false);
    expect(log.at(-1)).toBe('screen step');
  });

  it('the newest consumer gets the presses; when it goes, the one before is switched on again', () => {
    const log: string[] = [];
    const switches = new SwitchControl();
    switches.configure({ mode: 'two', stepMs: 1000, onStep: null });
    switches.push(recorder('screen', log));
    const stop = switches.push(recorder('crosshair', log));
    switches.press(1);
    stop();
    switches.press(2);
    stop();
    expect(log).toEqual(['screen on', 'screen off', 'crosshair on', 'crosshair step', 'crosshair off', 'screen on', 'screen choose']);
  });

  it('two of them do not share anything (no module state)', () => {
    const log: string[] = [];
    const a = new SwitchControl();
    const b = new SwitchControl();
    a.configure({ mode: 'two', stepMs: 1000, onStep: null });
    b.push(recorder('b', log));
    expect(b.handleKey(key(' '))).toBe(false);
    expect(a.mode).toBe('two');
    expect(b.mode).toBe('off');
  });
});
