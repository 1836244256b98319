import { describe, expect, it } from 'vitest';
import { ABSOLUTE_PALM_PX, FingerSizes } from './palmRule';
import { CANCEL_WINDOW_MS, PEN_GRACE_MS, PointerFilter, type RawPointer } from './pointerFilter';

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
    expect(types(new PointerFilter(new FingerSizes()), [p(1, 'down', 0), p(1, 'move', 10), p(1, 'up', 20)])).toEqual(['start', 'move', 'end']);
  });

  it('cancels the stroke when a second finger lands within the window', () => {
    const f = new PointerFilter(new FingerSizes());
    expect(types(f, [p(1, 'down', 0), p(1, 'move', 30), p(2, 'down', CANCEL_WINDOW_MS - 1)])).toEqual(['start', 'move', 'cancel']);
    // Neither finger draws afterwards, until both have lifted.
    expect(types(f, [p(1, 'move', 200), p(2, 'move', 200), p(2, 'up', 210), p(1, 'move', 220), p(1, 'up', 230)])).toEqual([null, null, null, null, null]);
    expect(types(f, [p(3, 'down', 300)])).toEqual(['start']);
  });

  it('ignores a late second finger and keeps the first stroke', () => {
    const f = new PointerFilter(new FingerSizes());
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
    const f = new PointerFilter(new FingerSizes());
    // Finger 1 went down during a cancelled stroke's aftermath: simulate two fingers arriving together.
    expect(types(f, [p(1, 'down', 0), p(2, 'down', 5)])).toEqual(['start', 'cancel']);
    expect(types(f, [p(1, 'up', 50), p(4, 'down', 60)])).toEqual([null, null]);
    expect(types(f, [p(2, 'up', 70), p(4, 'up', 80), p(5, 'down', 90)])).toEqual([null, null, 'start']);
  });

  it('ignores palms entirely, even resting during a stroke', () => {
    const f = new PointerFilter(new FingerSizes());
    const palm = { contactWidth: 260, contactHeight: 230 };
    expect(types(f, [p(9, 'down', 0, palm), p(9, 'move', 5, palm)])).toEqual([null, null]);
    expect(types(f, [p(1, 'down', 10), p(1, 'move', 20), p(9, 'up', 25, palm), p(1, 'up', 30)])).toEqual(['start', 'move', null, 'end']);
  });

  it('lets a pen draw while the hand rests on the screen', () => {
    const f = new PointerFilter(new FingerSizes());
    expect(types(f, [p(1, 'down', 0, { kind: 'pen' }), p(2, 'down', 20), p(1, 'move', 30, { kind: 'pen' }), p(1, 'up', 40, { kind: 'pen' })])).toEqual([
      'start',
      null,
      'move',
      'end',
    ]);
  });

  it('turns a browser pointercancel into a cancelled stroke', () => {
    expect(types(new PointerFilter(new FingerSizes()), [p(1, 'down', 0), p(1, 'cancel', 10)])).toEqual(['start', 'cancel']);
  });

  it('lets a pen start again while a hand still rests on the screen', () => {
    const f = new PointerFilter(new FingerSizes());
    expect(types(f, [p(1, 'down', 0, { kind: 'pen' }), p(2, 'down', 20), p(1, 'up', 40, { kind: 'pen' })])).toEqual(['start', null, 'end']);
    expect(types(f, [p(3, 'down', 60, { kind: 'pen' })])).toEqual(['start']);
  });

  it('cancels a stroke whose contact spreads into a palm', () => {
    const f = new PointerFilter(new FingerSizes());
    expect(types(f, [p(1, 'down', 0), p(1, 'move', 10), p(1, 'move', 20, { contactWidth: 180, contactHeight: 240 }), p(1, 'move', 30), p(1, 'up', 40)])).toEqual([
      'start',
      'move',
      'cancel',
      null,
      null,
    ]);
    expect(types(f, [p(2, 'down', 50)])).toEqual(['start']);
  });

  it('keeps what was drawn when the pointer capture is lost', () => {
    expect(types(new PointerFilter(new FingerSizes()), [p(1, 'down', 0), p(1, 'move', 10), p(1, 'lost', 20)])).toEqual(['start', 'move', 'end']);
  });

  it('recovers from a missed lift when the browser reports a lone (primary) finger', () => {
    const f = new PointerFilter(new FingerSizes());
    // Finger 1 lifted outside and its pointerup never arrived.
    expect(types(f, [p(1, 'down', 0), p(1, 'move', 10)])).toEqual(['start', 'move']);
    expect(types(f, [p(2, 'down', 500, { primary: true })])).toEqual(['end+start']);
    expect(types(f, [p(2, 'up', 600), p(3, 'down', 700, { primary: true })])).toEqual(['end', 'start']);
  });

  describe('palms and flat fingers (contact sizes as WebKit on iPad reports them: twice the radius)', () => {
    it("a child's flat finger draws on a fresh device; a resting hand does not", () => {
      const f = new PointerFilter(new FingerSizes());
      const flat = { contactWidth: 120, contactHeight: 110 };
      expect(types(f, [p(1, 'down', 0, flat), p(1, 'move', 16, flat), p(1, 'up', 32, flat)])).toEqual(['start', 'move', 'end']);
      const hand = { contactWidth: 240, contactHeight: 200 };
      expect(types(f, [p(2, 'down', 100, hand), p(2, 'move', 116, hand), p(2, 'up', 132, hand)])).toEqual([null, null, null]);
      expect(types(f, [p(3, 'down', 200, { contactWidth: ABSOLUTE_PALM_PX, contactHeight: 20 })])).toEqual([null]);
    });

    it('on a device whose fingers are small (Android fingertips), four times the usual finger is a palm', () => {
      const fingers = new FingerSizes();
      const f = new PointerFilter(fingers);
      for (let i = 0; i < 8; i++) types(f, [p(10 + i, 'down', i * 100, { contactWidth: 18, contactHeight: 16 }), p(10 + i, 'up', i * 100 + 40, { contactWidth: 18, contactHeight: 16 })]);
      expect(fingers.usual).toBe(18);
      expect(types(f, [p(30, 'down', 1000, { contactWidth: 90, contactHeight: 70 }), p(30, 'up', 1040)])).toEqual([null, null]);
      expect(types(f, [p(31, 'down', 1100, { contactWidth: 50, contactHeight: 40 }), p(31, 'up', 1140)])).toEqual(['start', 'end']);
      // The same 90 px contact is a finger where no fingers have been seen yet.
      expect(types(new PointerFilter(new FingerSizes()), [p(1, 'down', 0, { contactWidth: 90, contactHeight: 70 })])).toEqual(['start']);
    });

    it('sizes that say nothing (0, 1, or the same hard-coded radius for everything) never make a palm', () => {
      const fingers = new FingerSizes();
      const f = new PointerFilter(fingers);
      for (const size of [0, 1]) expect(types(f, [p(1, 'down', size * 100, { contactWidth: size, contactHeight: size }), p(1, 'up', size * 100 + 30)])).toEqual(['start', 'end']);
      for (let i = 0; i < 12; i++) expect(types(f, [p(2, 'down', 500 + i * 100, { contactWidth: 44, contactHeight: 44 }), p(2, 'up', 530 + i * 100, { contactWidth: 44, contactHeight: 44 })])).toEqual(['start', 'end']);
    });

    it("a pen wins over the hand holding it: the hand's early stroke is cancelled, touches wait until the pen has rested", () => {
      const f = new PointerFilter(new FingerSizes());
      const pen = { kind: 'pen' as const };
      expect(types(f, [p(1, 'down', 0), p(1, 'move', 40), p(5, 'down', 300, pen), p(1, 'move', 310), p(5, 'move', 320, pen), p(5, 'up', 400, pen)])).toEqual([
        'start',
        'move',
        'cancel+start',
        null,
        'move',
        'end',
      ]);
      expect(types(f, [p(1, 'up', 420), p(2, 'down', 400 + PEN_GRACE_MS - 10), p(2, 'up', 400 + PEN_GRACE_MS)])).toEqual([null, null, null]);
      expect(types(f, [p(3, 'down', 400 + PEN_GRACE_MS + 10), p(3, 'up', 400 + PEN_GRACE_MS + 50)])).toEqual(['start', 'end']);
    });
  });
});
