import { whenIdle } from '../../ui/whenIdle';
import { SOUND_FILES, SOUND_SPRITE, type SoundName } from './spriteMap.generated';

/**
 * Soft interface sounds from one howler sprite. Howler loads lazily, on the first touch (which
 * also unlocks audio on iOS); playing never waits for it and never throws: a device without
 * audio is simply silent. The adult area switches sound hard off and sets the volume.
 */
type HowlLike = { play(sprite: string): number; volume(v: number): unknown; state(): string };

let enabled = true;
let volume = 0.6;
let howl: Promise<HowlLike | null> | null = null;

export type { SoundName };

export function setSoundEnabled(on: boolean): void {
  enabled = on;
}

export function setSoundVolume(value: number): void {
  volume = Math.min(1, Math.max(0, value));
  void howl?.then((h) => h?.volume(volume));
}

export function playSound(name: SoundName): void {
  if (!enabled || volume === 0) return;
  void load().then((h) => {
    try {
      if (h && enabled) h.play(name);
    } catch {
      // No audio device: stay silent.
    }
  });
}

/**
 * Starts loading after the first touch, once the screen that touch opened has settled: the
 * sounds are not on the path of the picture opening. Howler unlocks audio itself on the next
 * touch (iOS needs a gesture), and a sound asked for earlier loads them at once.
 */
export function prepareSoundOnFirstTouch(target: Document = document, whenIdle: (run: () => void) => void = runWhenIdle): void {
  const firstTouch = () =>
    whenIdle(() => {
      if (enabled) void load();
    });
  target.addEventListener('pointerdown', firstTouch, { capture: true, once: true });
}

/** Long enough for the screen the first tap opened to draw; a sound asked for sooner loads at once. */
const SETTLE_MS = 1500;

function runWhenIdle(run: () => void): void {
  whenIdle(run, { afterMs: SETTLE_MS, timeoutMs: 2000 });
}

function load(): Promise<HowlLike | null> {
  howl ??= import('howler')
    .then(({ Howl }) => {
      const sprite: Record<string, [number, number]> = {};
      for (const [name, [start, duration]] of Object.entries(SOUND_SPRITE)) sprite[name] = [start, duration];
      return new Howl({ src: [...SOUND_FILES], sprite, volume, preload: true }) as unknown as HowlLike;
    })
    .catch((error: unknown) => {
      console.warn('Sounds unavailable', error);
      return null;
    });
  return howl;
}
