import { useCallback, useEffect, useRef, useState } from 'react';
import { registerSW } from 'virtual:pwa-register';

/** How often a long-running session looks for a new version (venue Wi-Fi permitting). */
const CHECK_EVERY_MS = 30 * 60 * 1000;
/**
 * The worker registers this long after the page has loaded. On a first visit it downloads and
 * precaches the whole app (2 MB, about 180 files); doing that while the first screen and the
 * first canvas are made slowed them by a third on a tablet-class CPU. A child's first stroke comes
 * later than this; the adult's setup visit (README) leaves the app ready for offline use.
 */
const REGISTER_AFTER_LOAD_MS = 3000;

/**
 * The service worker precaches the app for offline use. A new version downloads in the background
 * and waits; the app applies it only on the home screen (after the picture is saved), never under
 * a child's finger. `checkNow` asks the server for a new version (when online).
 */
export function useAppUpdate(): { waiting: boolean; apply: () => Promise<void>; checkNow: () => void } {
  const registration = useRef<ServiceWorkerRegistration | undefined>(undefined);
  const update = useRef<((reload?: boolean) => Promise<void>) | null>(null);
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const register = () => {
      timer = setTimeout(() => {
        update.current = registerSW({
          immediate: true,
          onNeedRefresh: () => setWaiting(true),
          onRegisteredSW: (_url: string, reg: ServiceWorkerRegistration | undefined) => {
            registration.current = reg;
          },
          onRegisterError: (error: unknown) => console.warn('Offline support unavailable', error),
        });
      }, REGISTER_AFTER_LOAD_MS);
    };
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => {
      window.removeEventListener('load', register);
      clearTimeout(timer);
    };
  }, []);
  const checkNow = useCallback(() => {
    if (navigator.onLine) void registration.current?.update().catch(() => {});
  }, []);
  const apply = useCallback(async () => {
    await update.current?.(true);
  }, []);
  useEffect(() => {
    const timer = setInterval(checkNow, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [checkNow]);
  return { waiting, apply, checkNow };
}
