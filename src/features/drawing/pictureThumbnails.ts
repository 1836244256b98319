import { ArtworkSession, type PictureAssets } from './artworkSession';
import { whenFreed } from './openPictures';

/** A picture still being saved here gets its thumbnail from its own session; wait for it a while. */
const WAIT_FOR_OPEN_PICTURE_MS = 5000;

let queue: Promise<void> = Promise.resolve();

/**
 * Makes a missing or stale gallery thumbnail from the stored picture. One at a time: each needs
 * the picture's full-size canvases for a moment, and a gallery may ask for many.
 */
export function refreshThumbnail(id: string, assets: PictureAssets): Promise<void> {
  const run = queue.then(async () => {
    if (!(await whenFreed(id, WAIT_FOR_OPEN_PICTURE_MS))) return;
    const session = await ArtworkSession.open(id, true, assets);
    try {
      await session.ensureThumbnail();
    } finally {
      await session.close();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
