import { describe, expect, it, vi } from 'vitest';

const constructed: unknown[] = [];
vi.mock('howler', () => ({
  Howl: class {
    constructor(options: unknown) {
      constructed.push(options);
    }
    play() {
      return 1;
    }
    volume() {}
    state() {
      return 'loaded';
    }
  },
}));

const { prepareSoundOnFirstTouch } = await import('./sound');

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('sounds load after the first touch has done its work', () => {
  it('waits for the idle moment after the first touch, then loads the sprite once', async () => {
    const target = new EventTarget();
    const idle: (() => void)[] = [];
    prepareSoundOnFirstTouch(target as unknown as Document, (run) => idle.push(run));

    target.dispatchEvent(new Event('pointerdown'));
    await settle();
    // The touch that opens a picture does not also pay for decoding sounds.
    expect(constructed).toHaveLength(0);
    expect(idle).toHaveLength(1);

    target.dispatchEvent(new Event('pointerdown'));
    expect(idle).toHaveLength(1); // only the first touch schedules it

    idle[0]!();
    await settle();
    expect(constructed).toHaveLength(1);
    expect(constructed[0]).toMatchObject({ preload: true });
  });
});
