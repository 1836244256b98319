import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * The service worker precaches the app for offline use. A new version waits; the app applies it
 * only on the home screen (after everything is saved), never under a child's finger.
 */
export function useAppUpdate(): { waiting: boolean; apply: () => Promise<void> } {
  const {
    needRefresh: [waiting],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisterError(error: unknown) {
      console.warn('Offline support unavailable', error);
    },
  });
  return { waiting, apply: () => updateServiceWorker(true) };
}
