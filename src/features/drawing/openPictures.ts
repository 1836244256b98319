import { useSyncExternalStore } from 'react';
import type { Autosaver } from '../../storage/autosave';

/**
 * Every picture whose changes may not be on disk yet: the open one, and any the child left while
 * saving was failing (they keep retrying, the adult sees the storage notice). All of them are
 * written at once when the page is hidden or closed, which may be the last chance. A picture the
 * child left but that is still saving can be opened again as it is (see `reclaimPicture`).
 */
interface OpenPicture {
  owner: object;
  autosaver: Autosaver;
  /** Writes what is not saved yet where a page that goes away cannot lose it (synchronously). */
  journal: () => void;
  /** Set from the moment the child leaves the picture until it is freed. */
  leaving: { stop: () => void; waiting: boolean } | null;
  stopStatus: () => void;
}

const pictures = new Map<string, OpenPicture>();
const changeListeners = new Set<() => void>();

export function trackPicture(id: string, owner: object, autosaver: Autosaver, journal: () => void): void {
  const previous = pictures.get(id);
  if (previous && previous.owner !== owner) previous.stopStatus();
  const stopStatus = autosaver.onStatus(notifyChange);
  pictures.set(id, { owner, autosaver, journal, leaving: null, stopStatus });
  notifyChange();
}

/** The child left the picture: from now until it is freed, opening it again reclaims it. */
export function startLeaving(id: string, owner: object): void {
  const picture = pictures.get(id);
  if (picture?.owner === owner) picture.leaving ??= { stop: () => {}, waiting: false };
}

/**
 * Frees a picture the child left once everything is written: at once if it already is, or if
 * nothing will ever be written (no storage, or shown read-only). A reclaimed picture stays.
 */
export function releaseWhenSaved(id: string, owner: object, free: () => void): void {
  const picture = pictures.get(id);
  if (!picture || picture.owner !== owner) return free();
  // Reclaimed meanwhile, or already waiting for its save (left twice): nothing more to do here.
  if (!picture.leaving || picture.leaving.waiting) return;
  const { autosaver } = picture;
  const done = () => {
    forget(id, picture);
    free();
  };
  if (!autosaver.isEnabled || !autosaver.hasUnsavedChanges) return done();
  const stop = autosaver.onStatus((status) => {
    if (status === 'saved' && !autosaver.hasUnsavedChanges) done();
  });
  picture.leaving = { stop, waiting: true };
}

/**
 * A picture the child left that is still being saved (storage failing, retrying): opening it
 * again hands back the same picture, still editable, rather than a second copy that would find
 * it locked and show it read-only.
 */
export function reclaimPicture<T extends object>(id: string): T | null {
  const picture = pictures.get(id);
  if (!picture?.leaving) return null;
  picture.leaving.stop();
  picture.leaving = null;
  return picture.owner as T;
}

/** Resolves once the picture is no longer open or saving here (true), or after `timeoutMs` (false). */
export function whenFreed(id: string, timeoutMs: number): Promise<boolean> {
  if (!pictures.has(id)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const settle = (freed: boolean) => {
      clearTimeout(timer);
      changeListeners.delete(check);
      resolve(freed);
    };
    const check = () => !pictures.has(id) && settle(true);
    const timer = setTimeout(() => settle(false), timeoutMs);
    changeListeners.add(check);
  });
}

/** True while any picture, open or left, fails to reach storage. */
export function pictureSavingFails(): boolean {
  for (const { autosaver } of pictures.values()) if (autosaver.currentStatus === 'failed') return true;
  return false;
}

/** Told whenever a picture here is opened, left, freed, or its saving changes. */
export function onOpenPicturesChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** For the storage notice: whichever screen shows, it reflects every picture still saving. */
export function usePictureSavingFails(): boolean {
  return useSyncExternalStore(onOpenPicturesChange, pictureSavingFails, () => false);
}

function forget(id: string, picture: OpenPicture): void {
  picture.leaving?.stop();
  picture.stopStatus();
  if (pictures.get(id) === picture) pictures.delete(id);
  notifyChange();
}

function notifyChange(): void {
  for (const listener of changeListeners) listener();
}

/** The page is hidden or going: journal every unsaved step at once, then try to save it. */
function flushAll(): void {
  for (const { autosaver, journal } of pictures.values()) {
    if (autosaver.hasUnsavedChanges) journal();
    void autosaver.flush();
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', flushAll);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushAll());
}
