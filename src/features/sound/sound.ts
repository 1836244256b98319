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

/** Starts loading on the first touch so the first real sound is not late (and iOS unlocks audio). */
export function prepareSoundOnFirstTouch(target: Document = document): void {
  const once = () => {
    target.removeEventListener('pointerdown', once, true);
    if (enabled) void load();
  };
  target.addEventListener('pointerdown', once, true);
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
