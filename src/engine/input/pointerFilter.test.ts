import { describe, expect, it } from 'vitest';
import { CANCEL_WINDOW_MS, PointerFilter, type RawPointer } from './pointerFilter';

const p = (id: number, phase: RawPointer['phase'], time: number, extra: Partial<RawPointer> = {}): RawPointer => ({
  id,
  phase,
  time,
  kind: 'touch',
  x: 100,
  y: 100,
  pressure: 0.5,
  contactWidth: 10,
  contactHeight: 10,
  ...extra,
});

const types = (filter: PointerFilter, samples: RawPointer[]) =>
  samples.map((s) => filter.handle(s).map((a) => a.type).join('+') || null);

describe('PointerFilter', () => {
  it('draws with one finger from down to up', () => {
    expect(types(new PointerFilter(), [p(1, 'down', 0), p(1, 'move', 10), p(1, 'up', 20)])).toEqual(['start', 'move', 'end']);
  });

  it('cancels the stroke when a second finger lands within the window', () => {
    const f = new PointerFilter();
    expect(types(f, [p(1, 'down', 0), p(1, 'move', 30), p(2, 'down', CANCEL_WINDOW_MS - 1)])).toEqual(['start', 'move', 'cancel']);
    // Neither finger draws afterwards, until both have lifted.
    expect(types(f, [p(1, 'move', 200), p(2, 'move', 200), p(2, 'up', 210), p(1, 'move', 220), p(1, 'up', 230)])).toEqual([null, null, null, null, null]);
    expect(types(f, [p(3, 'down', 300)])).toEqual(['start']);
  });

  it('ignores a late second finger and keeps the first stroke', () => {
    const f = new PointerFilter();
    expect(types(f, [p(1, 'down', 0), p(2, 'down', CANCEL_WINDOW_MS + 50), p(2, 'move', 250), p(1, 'move', 260), p(2, 'up', 270), p(1, 'up', 280)])).toEqual([
      'start',
      null,
      null,
      'move',
      null,
      'end',
    ]);
  });

  it('never starts while another finger is already down', () => {
    const f = new PointerFilter();
    // Finger 1 went down during a cancelled stroke's aftermath: simulate two fingers arriving together.
    expect(types(f, [p(1, 'down', 0), p(2, 'down', 5)])).toEqual(['start', 'cancel']);
    expect(types(f, [p(1, 'up', 50), p(4, 'down', 60)])).toEqual([null, null]);
    expect(types(f, [p(2, 'up', 70), p(4, 'up', 80), p(5, 'down', 90)])).toEqual([null, null, 'start']);
  });

  it('ignores palms entirely, even resting during a stroke', () => {
    const f = new PointerFilter();
    const palm = { contactWidth: 90, contactHeight: 70 };
    expect(types(f, [p(9, 'down', 0, palm), p(9, 'move', 5, palm)])).toEqual([null, null]);
    expect(types(f, [p(1, 'down', 10), p(1, 'move', 20), p(9, 'up', 25, palm), p(1, 'up', 30)])).toEqual(['start', 'move', null, 'end']);
  });

  it('lets a pen draw while the hand rests on the screen', () => {
    const f = new PointerFilter();
    expect(types(f, [p(1, 'down', 0, { kind: 'pen' }), p(2, 'down', 20), p(1, 'move', 30, { kind: 'pen' }), p(1, 'up', 40, { kind: 'pen' })])).toEqual([
      'start',
      null,
      'move',
      'end',
    ]);
  });

  it('turns a browser pointercancel into a cancelled stroke', () => {
    expect(types(new PointerFilter(), [p(1, 'down', 0), p(1, 'cancel', 10)])).toEqual(['start', 'cancel']);
  });

  it('lets a pen start again while a hand still rests on the screen', () => {
    const f = new PointerFilter();
    expect(types(f, [p(1, 'down', 0, { kind: 'pen' }), p(2, 'down', 20), p(1, 'up', 40, { kind: 'pen' })])).toEqual(['start', null, 'end']);
    expect(types(f, [p(3, 'down', 60, { kind: 'pen' })])).toEqual(['start']);
  });

  it('cancels a stroke whose contact spreads into a palm', () => {
    const f = new PointerFilter();
    expect(types(f, [p(1, 'down', 0), p(1, 'move', 10), p(1, 'move', 20, { contactWidth: 80, contactHeight: 90 }), p(1, 'move', 30), p(1, 'up', 40)])).toEqual([
      'start',
      'move',
      'cancel',
      null,
      null,
    ]);
    expect(types(f, [p(2, 'down', 50)])).toEqual(['start']);
  });

  it('keeps what was drawn when the pointer capture is lost', () => {
    expect(types(new PointerFilter(), [p(1, 'down', 0), p(1, 'move', 10), p(1, 'lost', 20)])).toEqual(['start', 'move', 'end']);
  });

  it('recovers from a missed lift when the browser reports a lone (primary) finger', () => {
    const f = new PointerFilter();
    // Finger 1 lifted outside and its pointerup never arrived.
    expect(types(f, [p(1, 'down', 0), p(1, 'move', 10)])).toEqual(['start', 'move']);
    expect(types(f, [p(2, 'down', 500, { primary: true })])).toEqual(['end+start']);
    expect(types(f, [p(2, 'up', 600), p(3, 'down', 700, { primary: true })])).toEqual(['end', 'start']);
  });
});
