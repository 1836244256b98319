import type { Autosaver } from '../../storage/autosave';

/**
 * Every picture whose changes may not be on disk yet: the open one, and any the child left while
 * saving was failing (they keep retrying, the adult sees the storage notice). All of them are
 * written at once when the page is hidden or closed, which may be the last chance.
 */
const open = new Set<Autosaver>();

export function trackPicture(autosaver: Autosaver): void {
  open.add(autosaver);
}

/** Frees the picture once everything is written (at once if it already is). */
export function releaseWhenSaved(autosaver: Autosaver, free: () => void): void {
  const done = () => {
    open.delete(autosaver);
    free();
  };
  if (!autosaver.hasUnsavedChanges) return done();
  const stop = autosaver.onStatus((status) => {
    if (status !== 'saved' || autosaver.hasUnsavedChanges) return;
    stop();
    done();
  });
}

function flushAll(): void {
  for (const autosaver of open) void autosaver.flush();
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', flushAll);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushAll());
}
