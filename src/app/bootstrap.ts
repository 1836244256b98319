import type { Child } from '../engine/model/children';
import { defaultSettings, type Settings } from '../engine/model/settings';
import { loadChildren } from '../storage/childrenRepository';
import { loadSession, type SessionState } from '../storage/sessionRepository';
import { loadSettings } from '../storage/settingsRepository';
import { emptyExpiredBin } from '../storage/binCleanup';
import { checkStoredPictures } from '../storage/galleryRepository';
import { replayJournals } from '../storage/reloadJournal';
import { getStores, switchToMemoryStores } from '../storage/stores';
import { clearBootSnapshot, readBootSnapshot, sameBootRecords, writeBootSnapshot } from '../storage/bootSnapshot';

export interface Boot {
  settings: Settings;
  children: Child[];
  session: SessionState;
  /** Pictures can be saved (on the device, or in memory for this tab). */
  storageOk: boolean;
  /** The browser keeps nothing: pictures live in memory until the tab closes. */
  memoryOnly: boolean;
}

/** IndexedDB can hang on open (seen on iOS); past this the app starts without storage. */
const STORAGE_TIMEOUT_MS = 5000;
/** Stored pictures are checked (junk set aside) and old ones leave the bin a little after start, off the path to the first stroke. */
const HOUSEKEEPING_DELAY_MS = 10_000;

/**
 * The home screen's records as this tablet last knew them (see storage/bootSnapshot), to draw the
 * home screen before IndexedDB answers; `bootstrap` confirms or replaces them. Null when there is
 * no clean copy, or when the child was in a picture (reopening it waits for the reload journal).
 */
export function provisionalBoot(): Boot | null {
  const records = readBootSnapshot(deviceDefaults());
  if (!records || records.session.screen !== 'home') return null;
  return { ...records, storageOk: true, memoryOnly: false };
}

/** Whether the real start-up found what the provisional one showed. */
export function sameBoot(a: Boot, b: Boot): boolean {
  return a.storageOk === b.storageOk && a.memoryOnly === b.memoryOnly && sameBootRecords(a, b);
}

function deviceDefaults(): Settings {
  return defaultSettings(navigator.languages ?? [navigator.language]);
}

export async function bootstrap(timeoutMs = STORAGE_TIMEOUT_MS): Promise<Boot> {
  const defaults = deviceDefaults();
  try {
    getStores();
    const [settings, session, children] = await withTimeout(Promise.all([loadSettings(defaults), loadSession(), loadChildren()]), timeoutMs);
    writeBootSnapshot({ settings, children, session });
    // Steps journalled as the page went away (a reload) join their pictures before any opens.
    await withTimeout(replayJournals(), timeoutMs).catch((error: unknown) => console.warn('Reload journal not replayed', error));
    // Housekeeping waits until the first screen is up: it opens two more databases.
    setTimeout(() => void housekeeping(), HOUSEKEEPING_DELAY_MS);
    return { settings, session, children, storageOk: true, memoryOnly: false };
  } catch (error) {
    console.warn('Storage unavailable, keeping pictures in memory', error);
  }
  // Nothing kept on the device this time: the next start must not take the copy for the truth.
  clearBootSnapshot();
  try {
    await switchToMemoryStores();
    return { settings: await loadSettings(defaults), session: HOME, children: [], storageOk: true, memoryOnly: true };
  } catch (error) {
    console.warn('No storage at all', error);
    return { settings: defaults, session: HOME, children: [], storageOk: false, memoryOnly: true };
  }
}

async function housekeeping(): Promise<void> {
  await checkStoredPictures().catch((error: unknown) => console.warn('Pictures not checked', error));
  await emptyExpiredBin().catch((error: unknown) => console.warn('Bin not emptied', error));
}

const HOME: SessionState = { screen: 'home', artworkId: null, pageId: null };

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
