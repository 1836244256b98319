import { deleteArtworkForGood } from './artworkRepository';
import { expiredBinItems, removeGalleryEntries } from './galleryRepository';

/** Pictures in the bin for longer than its 30 days are removed for good (record first, then its listing). */
export async function emptyExpiredBin(now = Date.now()): Promise<number> {
  const ids = await expiredBinItems(now);
  for (const id of ids) {
    await deleteArtworkForGood(id);
    await removeGalleryEntries(id);
  }
  return ids.length;
}
