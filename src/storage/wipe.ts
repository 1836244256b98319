import { clear, delMany } from 'idb-keyval';
import { clearBootSnapshot } from './bootSnapshot';
import { getStores } from './stores';

/**
 * The end of a session: every picture, checkpoint, thumbnail, feeling, note, quarantined record and
 * child's name
 * leaves this tablet (the adult exported them first). Settings stay for the next session.
 */
export async function wipeAllPictures(): Promise<void> {
  const stores = getStores();
  await clear(stores.artworks);
  await clear(stores.rasters);
  await clear(stores.gallery);
  await clear(stores.reflections);
  await clear(stores.outbox);
  await clear(stores.quarantine);
  await delMany(['children', 'session'], stores.settings);
  clearBootSnapshot();
}
