import { deleteArtworkForGood } from './artworkRepository';
import { deleteCustomPageForGood, expiredBinnedPages, restoreCustomPage } from './customPagesRepository';
import { expiredBinItems, listGalleryItems, pagesDrawnOn, removeGalleryEntries } from './galleryRepository';
import { removeReflections } from './reflectionsRepository';

/**
 * Pictures and own pages in the bin for longer than its 30 days are removed for good (a picture's
 * record first, then its listing, feelings and note). Returns how many went.
 */
export async function emptyExpiredBin(now = Date.now()): Promise<number> {
  const pictures = await deleteForGood(await expiredBinItems(now));
  return pictures + (await emptyExpiredPages(now));
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

/**
 * A page that a picture was drawn on is never removed for good (its outlines are part of the
 * picture; one can arrive in a saved file while its page is in the bin): it comes back instead.
 */
async function emptyExpiredPages(now: number): Promise<number> {
  const expired = await expiredBinnedPages(now);
  if (expired.length === 0) return 0;
  const inUse = await pagesDrawnOn();
  let removed = 0;
  for (const page of expired) {
    if (inUse.has(page.id)) await restoreCustomPage(page.id);
    else {
      await deleteCustomPageForGood(page.id);
      removed++;
    }
  }
  return removed;
}
