import { useEffect, useState } from 'react';
import { ArtworkSession, type PictureAssets } from './artworkSession';

/**
 * Opens the picture once per id and closes it when the screen goes. A StrictMode double mount
 * opens twice and closes the first, which has nothing to write: nothing is saved before a load
 * finishes, and closing an unchanged picture writes nothing.
 */
export function useArtworkSession(artworkId: string, storageOk: boolean, assets: PictureAssets, pageId: string | null, childId: string | null, fresh = false) {
  const [session, setSession] = useState<ArtworkSession | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let alive = true;
    let opened: ArtworkSession | null = null;
    ArtworkSession.open(artworkId, storageOk, assets, { pageId, childId, fresh }).then(
      (s) => {
        opened = s;
        if (alive) setSession(s);
        else void s.close();
      },
      (e: unknown) => alive && setError(e),
    );
    return () => {
      alive = false;
      if (opened) void opened.close();
      setSession(null);
    };
  }, [artworkId, storageOk, assets, pageId, childId, fresh]);
  return { session, error };
}
