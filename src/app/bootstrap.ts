import type { Child } from '../engine/model/children';
import { defaultSettings, type Settings } from '../engine/model/settings';
import { loadChildren } from '../storage/childrenRepository';
import { loadSession, type SessionState } from '../storage/sessionRepository';
import { loadSettings } from '../storage/settingsRepository';
import { emptyExpiredBin } from '../storage/binCleanup';
import { getStores } from '../storage/stores';

export interface Boot {
  settings: Settings;
  children: Child[];
  session: SessionState;
  storageOk: boolean;
}

/** IndexedDB can hang on open (seen on iOS); past this the app starts without storage. */
const STORAGE_TIMEOUT_MS = 5000;
/** Old pictures leave the bin a little after start, off the path to the first stroke. */
const BIN_CLEANUP_DELAY_MS = 10_000;

export async function bootstrap(): Promise<Boot> {
  const defaults = defaultSettings(navigator.languages ?? [navigator.language]);
  try {
    getStores();
    const [settings, session, children] = await withTimeout(Promise.all([loadSettings(defaults), loadSession(), loadChildren()]), STORAGE_TIMEOUT_MS);
    // Housekeeping waits until the first screen is up: it opens two more databases.
    setTimeout(() => void emptyExpiredBin().catch((error: unknown) => console.warn('Bin not emptied', error)), BIN_CLEANUP_DELAY_MS);
    return { settings, session, children, storageOk: true };
  } catch (error) {
    console.warn('Storage unavailable', error);
    return { settings: defaults, session: { screen: 'home', artworkId: null, pageId: null }, children: [], storageOk: false };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Storage did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
