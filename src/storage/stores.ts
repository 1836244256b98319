import { createStore, type UseStore } from 'idb-keyval';

/** One database per store: idb-keyval cannot add a store to an existing database. */
export interface Stores {
  artworks: UseStore;
  rasters: UseStore;
  settings: UseStore;
  quarantine: UseStore;
  /** Small per-artwork summaries and thumbnails for the gallery (never the op logs). */
  gallery: UseStore;
}

let stores: Stores | null = null;

export function getStores(): Stores {
  if (!stores) {
    if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('IndexedDB is not available');
    stores = {
      artworks: createStore('ec-artworks', 'artworks'),
      rasters: createStore('ec-rasters', 'rasters'),
      settings: createStore('ec-settings', 'settings'),
      quarantine: createStore('ec-quarantine', 'quarantine'),
      gallery: createStore('ec-gallery', 'items'),
    };
  }
  return stores;
}

/** For tests: forget open connections so a fresh fake database can be used. */
export function resetStoresForTests(): void {
  stores = null;
}

export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}
