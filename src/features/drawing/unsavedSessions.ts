import type { Autosaver } from '../../storage/autosave';

/**
 * Pictures the child has left while saving was failing. They stay in memory and keep retrying
 * (the adult sees the storage notice) until they are written; only then are they freed.
 */
const pending = new Set<Autosaver>();

export function keepUntilSaved(autosaver: Autosaver, free: () => void): void {
  pending.add(autosaver);
  const stop = autosaver.onStatus((status) => {
    if (status !== 'saved' || autosaver.hasUnsavedChanges) return;
    pending.delete(autosaver);
    stop();
    free();
  });
}

/** Flushes every picture still waiting, e.g. when the page is being hidden. */
export function flushUnsaved(): void {
  for (const autosaver of pending) void autosaver.flush();
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', flushUnsaved);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushUnsaved());
}
