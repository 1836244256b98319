import { createStore, type UseStore } from 'idb-keyval';

/** One database per store: idb-keyval cannot add a store to an existing database. */
export interface Stores {
  artworks: UseStore;
  rasters: UseStore;
  settings: UseStore;
  quarantine: UseStore;
  /** Thumbnails for the gallery (its summaries are the picture headers in `artworks`). */
  gallery: UseStore;
  /** Feelings before and after each picture, and the therapist's notes. */
  reflections: UseStore;
  /** The therapist's own colouring pages (line art, thumbnail, hint). */
  pages: UseStore;
  /** Finished pictures waiting for (or sent to) the session hub. */
  outbox: UseStore;
}

let stores: Stores | null = null;
/** Key ranges must come from the same IndexedDB implementation as the stores. */
let keyRangeClass: typeof IDBKeyRange | null = null;

export function keyRanges(): typeof IDBKeyRange {
  return keyRangeClass ?? IDBKeyRange;
}

type StoreMaker = (dbName: string, storeName: string) => UseStore;

function makeStores(make: StoreMaker): Stores {
  return {
    artworks: make('ec-artworks', 'artworks'),
    rasters: make('ec-rasters', 'rasters'),
    settings: make('ec-settings', 'settings'),
    quarantine: make('ec-quarantine', 'quarantine'),
    gallery: make('ec-gallery', 'items'),
    reflections: make('ec-reflections', 'reflections'),
    pages: make('ec-pages', 'pages'),
    outbox: make('ec-outbox', 'outbox'),
  };
}

export function getStores(): Stores {
  if (!stores) {
    if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('IndexedDB is not available');
    stores = makeStores(createStore);
  }
  return stores;
}

/**
 * When the browser keeps nothing (private mode, IndexedDB missing or hanging), the session's
 * pictures live in memory instead: saving, the gallery, printing and the parent's download all
 * work as usual until the tab closes. The in-memory database loads only when needed.
 */
export async function switchToMemoryStores(): Promise<void> {
  const { IDBFactory, IDBKeyRange: MemoryKeyRange } = await import('fake-indexeddb');
  const factory = new IDBFactory();
  keyRangeClass = MemoryKeyRange as typeof IDBKeyRange;
  stores = makeStores((dbName, storeName) => storeIn(factory, dbName, storeName));
}

/** An idb-keyval store on a given IndexedDB implementation (idb-keyval's own uses the global one). */
function storeIn(factory: IDBFactory, dbName: string, storeName: string): UseStore {
  let database: Promise<IDBDatabase> | null = null;
  const open = () =>
    (database ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(dbName);
      request.onupgradeneeded = () => request.result.createObjectStore(storeName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error(`${dbName} did not open`));
    }));
  return (mode, callback) => open().then((db) => callback(db.transaction(storeName, mode).objectStore(storeName)));
}

/**
 * Opens the picture databases ahead of the first picture (IndexedDB opens them lazily, and an
 * open costs tens of milliseconds on a tablet, right after the child's tap otherwise).
 */
export async function warmUpPictureStores(): Promise<void> {
  const { artworks, gallery } = getStores();
  await Promise.all([artworks('readonly', () => undefined), gallery('readonly', () => undefined)]);
}

/** For tests: forget open connections so a fresh fake database can be used. */
export function resetStoresForTests(): void {
  stores = null;
  keyRangeClass = null;
}

export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}
