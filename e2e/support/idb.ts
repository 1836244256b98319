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
