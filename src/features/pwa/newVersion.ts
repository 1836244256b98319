/**
 * Knowing that a new version of the app is ready, and switching to it.
 *
 * A new version is ready when the registration has a worker waiting behind an active one. This
 * is read from the registration's state every time it matters (when the watch begins, on each
 * worker state change, and whenever the app asks), not inferred from a sequence of events: an
 * update found while the page was still registering its worker can fire `updatefound` before the
 * page listens, and a missed event must not leave a tablet on an old version for the whole day.
 */

/** The parts of a registration this module reads, so that it can be tested without a browser. */
export type WatchedRegistration = Pick<ServiceWorkerRegistration, 'active' | 'waiting' | 'installing' | 'addEventListener' | 'removeEventListener'>;
export type WorkerContainer = Pick<ServiceWorkerContainer, 'addEventListener' | 'removeEventListener'>;

/** A waiting worker with an active one before it: an update, not the very first install. */
export function newVersionWaiting(registration: WatchedRegistration): boolean {
  return Boolean(registration.waiting && registration.active);
}

/** Calls `onReady` (possibly more than once) whenever a new version is waiting; returns a stop function. */
export function watchForNewVersion(registration: WatchedRegistration, onReady: () => void): () => void {
  const check = () => {
    if (newVersionWaiting(registration)) onReady();
  };
  const followed = new Set<ServiceWorker>();
  const follow = (worker: ServiceWorker | null) => {
    if (!worker || followed.has(worker)) return;
    followed.add(worker);
    worker.addEventListener('statechange', check);
  };
  const onUpdateFound = () => follow(registration.installing);
  registration.addEventListener('updatefound', onUpdateFound);
  follow(registration.installing);
  follow(registration.waiting);
  check();
  return () => {
    registration.removeEventListener('updatefound', onUpdateFound);
    for (const worker of followed) worker.removeEventListener('statechange', check);
  };
}

/** How the switch ends when the worker does not take over by itself. */
export interface SwitchFallback {
  /** How long to wait for the new worker to take control before reloading anyway. */
  afterMs: number;
  /** Asked when that time is up: false keeps the page as it is (e.g. it was reloaded for this a moment ago). */
  allowed: () => boolean;
}

/**
 * Asks the waiting worker to take over and reloads once it controls the page. Returns null when
 * nothing is waiting, otherwise a function that calls the switch off (the child left the home
 * screen: a reload then would come under their finger).
 *
 * The browser activates the new worker only once the old one has nothing in flight, and Chromium
 * was seen to hold it for longer than half a minute after the home screen's images came through a
 * restarted old worker (the spec lets the old worker linger; Chromium caps it at five minutes).
 * Reloading lets the page's requests go, and the navigation then finds the new worker in charge.
 * The worker (Workbox's generated one) answers the SKIP_WAITING message.
 */
export function switchToNewVersion(
  registration: WatchedRegistration,
  container: WorkerContainer,
  reload: () => void,
  fallback: SwitchFallback,
): (() => void) | null {
  const waiting = registration.waiting;
  if (!waiting || !registration.active) return null;
  let over = false;
  const end = (shouldReload: boolean) => {
    if (over) return;
    over = true;
    clearTimeout(timer);
    container.removeEventListener('controllerchange', onControllerChange);
    if (shouldReload) reload();
  };
  const onControllerChange = () => end(true);
  const timer = setTimeout(() => {
    if (fallback.allowed()) end(true);
  }, fallback.afterMs);
  container.addEventListener('controllerchange', onControllerChange);
  waiting.postMessage({ type: 'SKIP_WAITING' });
  return () => end(false);
}
