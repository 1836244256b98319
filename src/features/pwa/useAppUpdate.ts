import { useCallback, useEffect, useRef } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';

/** How often a long-running session looks for a new version (venue Wi-Fi permitting). */
const CHECK_EVERY_MS = 30 * 60 * 1000;

/**
 * The service worker precaches the app for offline use. A new version downloads in the background
 * and waits; the app applies it only on the home screen (after the picture is saved), never under
 * a child's finger. `checkNow` asks the server for a new version (when online).
 */
export function useAppUpdate(): { waiting: boolean; apply: () => Promise<void>; checkNow: () => void } {
  const registration = useRef<ServiceWorkerRegistration | undefined>(undefined);
  const {
    needRefresh: [waiting],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url: string, reg: ServiceWorkerRegistration | undefined) {
      registration.current = reg;
    },
    onRegisterError(error: unknown) {
      console.warn('Offline support unavailable', error);
    },
  });
  const checkNow = useCallback(() => {
    if (navigator.onLine) void registration.current?.update().catch(() => {});
  }, []);
  const apply = useCallback(() => updateServiceWorker(true), [updateServiceWorker]);
  useEffect(() => {
    const timer = setInterval(checkNow, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [checkNow]);
  return { waiting, apply, checkNow };
}
