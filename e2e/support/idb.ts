import type { Page } from '@playwright/test';

/** How many records a store of one of the app's databases holds (0 when it does not exist yet). */
export function countRecords(page: Page, database: string, store: string): Promise<number> {
  return page.evaluate(
    ([db, name]) =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open(db!);
        req.onsuccess = () => {
          if (!req.result.objectStoreNames.contains(name!)) return resolve(0);
          const count = req.result.transaction(name!, 'readonly').objectStore(name!).count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
    [database, store] as const,
  );
}

/** How many pictures are stored: headers only (a picture's ops sit in chunks under `~ops:` keys). */
export function countPictures(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('ec-artworks');
        req.onsuccess = () => {
          if (!req.result.objectStoreNames.contains('artworks')) return resolve(0);
          const count = req.result.transaction('artworks', 'readonly').objectStore('artworks').count(IDBKeyRange.upperBound('~', true));
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
}

/** Writes one record straight into a store of the app's databases, as a damaged or old device might hold it. */
export function putRecord(page: Page, database: string, store: string, key: string | number, value: unknown): Promise<void> {
  // `never`: Playwright's types for a serialisable argument recurse without end on `unknown`.
  const record = { database, store, key, value } as never;
  return page.evaluate(
    ({ database: db, store: name, key: k, value: v }: { database: string; store: string; key: string | number; value: unknown }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(db);
        req.onupgradeneeded = () => req.result.createObjectStore(name);
        req.onsuccess = () => {
          const tx = req.result.transaction(name, 'readwrite');
          tx.objectStore(name).put(v, k);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    record,
  );
}
