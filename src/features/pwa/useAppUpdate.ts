import { useCallback, useEffect, useRef, useState } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { newVersionWaiting, switchToNewVersion, watchForNewVersion } from './newVersion';
import { pageAtRest } from './pageAtRest';

/** How often a long-running session looks for a new version (venue Wi-Fi permitting). */
const CHECK_EVERY_MS = 30 * 60 * 1000;
/**
 * The worker registers this long after the page has loaded. On a first visit it downloads and
 * precaches the whole app (2 MB, about 180 files); doing that while the first screen and the
 * first canvas are made slowed them by a third on a tablet-class CPU. A child's first stroke comes
 * later than this; the adult's setup visit (README) leaves the app ready for offline use.
 */
const REGISTER_AFTER_LOAD_MS = 3000;
/** How long the home screen waits for the new version to take over before reloading anyway. */
const SWITCH_FALLBACK_MS = 3000;
/** At most one such forced reload per tab in this time, so a stuck browser never makes a reload loop. */
const FORCED_RELOAD_COOLDOWN_MS = 10 * 60 * 1000;
const FORCED_RELOAD_KEY = 'ec-update-forced-reload';

/** Whether this tab may reload without the new version in control; notes that it did. */
function mayForceReload(): boolean {
  try {
    const last = Number(sessionStorage.getItem(FORCED_RELOAD_KEY) ?? 0);
    if (Date.now() - last < FORCED_RELOAD_COOLDOWN_MS) return false;
    sessionStorage.setItem(FORCED_RELOAD_KEY, String(Date.now()));
    return true;
  } catch {
    return false; // No way to remember it: never risk a loop.
  }
}

/**
 * The service worker precaches the app for offline use. A new version downloads in the background
 * and waits; the app applies it only on the home screen (after the picture is saved), never under
 * a child's finger. `checkNow` asks the server for a new version (when online). `applyOnHome`
 * starts the switch and returns the function that calls it off when the child leaves home.
 * `beforeReload` is awaited before any reload (writes still on their way to storage);
 * `reloadPage` is the reload itself (tests watch it; a page cannot stub its own location).
 */
export function useAppUpdate(
  beforeReload: () => Promise<void> = async () => undefined,
  reloadPage: () => void = () => window.location.reload(),
): { waiting: boolean; applyOnHome: () => (() => void) | undefined; checkNow: () => void } {
  const registration = useRef<ServiceWorkerRegistration | undefined>(undefined);
  /** A switch started on the home screen is waiting for the new worker to take control. */
  const switching = useRef(false);
  /** Another tab switched to the new version: this page runs old code under the new worker. */
  const replacedElsewhere = useRef(false);
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopWatching: (() => void) | undefined;
    let unmounted = false;
    const hadController = navigator.serviceWorker.controller !== null;
    const onControllerChange = () => {
      if (switching.current || !hadController) return;
      replacedElsewhere.current = true;
      setWaiting(true);
    };
    navigator.serviceWorker.addEventListener('controllerchange', onControllerChange);
    const register = () => {
      timer = setTimeout(() => {
        // Registration only; whether a new version waits is read from the registration itself
        // (newVersion.ts), not from the library's lifecycle events, which a race can skip.
        registerSW({
          immediate: true,
          // Reloading is ours to do, on the home screen only, never the library's.
          onNeedReload: () => undefined,
          onRegisteredSW: (_url: string, reg: ServiceWorkerRegistration | undefined) => {
            if (!reg || unmounted) return;
            registration.current = reg;
            stopWatching = watchForNewVersion(reg, () => setWaiting(true));
          },
          onRegisterError: (error: unknown) => console.warn('Offline support unavailable', error),
        });
      }, REGISTER_AFTER_LOAD_MS);
    };
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => {
      unmounted = true;
      navigator.serviceWorker.removeEventListener('controllerchange', onControllerChange);
      window.removeEventListener('load', register);
      clearTimeout(timer);
      stopWatching?.();
    };
  }, []);
  const checkNow = useCallback(() => {
    const reg = registration.current;
    if (!reg) return;
    if (newVersionWaiting(reg)) setWaiting(true);
    else if (navigator.onLine) void reg.update().catch(() => {});
  }, []);
  const settleFirst = useRef(beforeReload);
  settleFirst.current = beforeReload;
  const reloadRef = useRef(reloadPage);
  reloadRef.current = reloadPage;
  const applyOnHome = useCallback(() => {
    let calledOff = false;
    let callOff: (() => void) | null = null;
    // Nothing on the page answers once the reload is under way: a picture started while the
    // browser is still on its way to the new version would be taken from under the finger.
    const reload = () =>
      void settleFirst.current().finally(() => {
        if (calledOff) return;
        document.body.inert = true;
        reloadRef.current();
      });
    const stop = () => {
      calledOff = true;
      callOff?.();
      switching.current = false;
    };
    if (replacedElsewhere.current) {
      reload();
      return stop;
    }
    const reg = registration.current;
    if (!reg) return undefined;
    // Only once the home screen has all it asks for (pageAtRest.ts says why).
    void pageAtRest().then(() => {
      if (calledOff) return;
      callOff = switchToNewVersion(reg, navigator.serviceWorker, reload, { afterMs: SWITCH_FALLBACK_MS, allowed: mayForceReload });
      switching.current = callOff !== null;
    });
    return stop;
  }, []);
  useEffect(() => {
    const timer = setInterval(checkNow, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [checkNow]);
  return { waiting, applyOnHome, checkNow };
}
