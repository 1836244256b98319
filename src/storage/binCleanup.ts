import { deleteArtworkForGood } from './artworkRepository';
import { expiredBinItems, listGalleryItems, removeGalleryEntries } from './galleryRepository';
import { removeReflections } from './reflectionsRepository';

/** Pictures in the bin for longer than its 30 days are removed for good (record first, then its listing, feelings and note). */
export async function emptyExpiredBin(now = Date.now()): Promise<number> {
  return deleteForGood(await expiredBinItems(now));
}

/** The adult empties the bin at once (a full device): every picture in it is removed for good. */
export async function emptyBinNow(): Promise<number> {
  return deleteForGood((await listGalleryItems({ binned: true })).map((item) => item.id));
}

async function deleteForGood(ids: string[]): Promise<number> {
  for (const id of ids) {
    await deleteArtworkForGood(id);
    await removeGalleryEntries(id);
    await removeReflections(id);
  }
  return ids.length;
}
