import { clear, delMany } from 'idb-keyval';
import { clearBootSnapshot } from './bootSnapshot';
import { getStores } from './stores';

/**
 * The end of a session: every picture, checkpoint, thumbnail, feeling, note, quarantined record and
 * child's name leaves this tablet (the adult exported them first). Settings stay for the next
 * session; the pages made on the tablet stay too unless `ownPages` (one traced from a photo may
 * show a child; they travel in the saved file either way).
 */
export async function wipeAllPictures({ ownPages = false }: { ownPages?: boolean } = {}): Promise<void> {
  const stores = getStores();
  await clear(stores.artworks);
  await clear(stores.rasters);
  await clear(stores.gallery);
  await clear(stores.reflections);
  await clear(stores.outbox);
  await clear(stores.quarantine);
  if (ownPages) await clear(stores.pages);
  await delMany(['children', 'session'], stores.settings);
  clearBootSnapshot();
}
