/**
 * One tab edits a picture at a time (Web Locks). A second tab that opens the same picture gets
 * no lock and shows it read-only, so neither tab silently overwrites the other's strokes.
 */
export interface PictureLock {
  /** False when another tab holds the picture. */
  readonly held: boolean;
  release(): void;
}

/** A tab that just left the picture may still be letting go: ask a few times before giving up. */
const ATTEMPTS = 4;
const RETRY_MS = 250;

export async function lockPicture(id: string): Promise<PictureLock> {
  for (let attempt = 1; ; attempt++) {
    const lock = await tryLock(id);
    if (lock.held || attempt >= ATTEMPTS) return lock;
    await new Promise((r) => setTimeout(r, RETRY_MS));
  }
}

/**
 * Takes the lock without waiting for the browser's answer, for a picture no other tab can know
 * yet. `held` stays true unless the browser refuses (then `onRefused` runs); releasing before the
 * answer arrives lets the lock go as soon as it does.
 */
export function lockPictureInBackground(id: string, onRefused: () => void): PictureLock {
  let answer: PictureLock | null = null;
  let released = false;
  void tryLock(id).then((lock) => {
    answer = lock;
    if (released) lock.release();
    else if (!lock.held) onRefused();
  });
  return {
    get held() {
      return answer?.held ?? true;
    },
    release() {
      released = true;
      answer?.release();
    },
  };
}

async function tryLock(id: string): Promise<PictureLock> {
  if (typeof navigator === 'undefined' || !navigator.locks?.request) return { held: true, release: () => {} };
  let release: () => void = () => {};
  const holding = new Promise<void>((resolve) => (release = resolve));
  const held = await new Promise<boolean>((answer) => {
    void navigator.locks
      .request(`ec-picture:${id}`, { ifAvailable: true }, (lock) => {
        answer(lock !== null);
        return lock ? holding : undefined;
      })
      .catch(() => answer(true));
  });
  return { held, release };
}

/** Tells other tabs that pictures changed, so their galleries refresh. */
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('ec-pictures');

export function announcePictureChanged(id: string): void {
  channel?.postMessage({ type: 'changed', id });
}

export function onPictureChanged(listener: () => void): () => void {
  if (!channel) return () => {};
  const handler = () => listener();
  channel.addEventListener('message', handler);
  return () => channel.removeEventListener('message', handler);
}
