import { useEffect, useRef, useState } from 'react';
import { ArtworkSession, type PictureAssets } from './artworkSession';

/**
 * Opens the picture once per id and closes it when the screen goes. A new blank picture is made
 * during the first render, so the drawing screen's first frame already shows it. A StrictMode
 * double mount closes the first and reopens it, which reclaims the same picture: nothing is saved
 * before a load finishes, and closing an unchanged picture writes nothing.
 */
export function useArtworkSession(artworkId: string, storageOk: boolean, assets: PictureAssets, pageId: string | null, childId: string | null, fresh = false) {
  const [session, setSession] = useState<ArtworkSession | null>(() => (fresh && !pageId ? ArtworkSession.createFresh(artworkId, childId) : null));
  const started = useRef(session);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let alive = true;
    let opened: ArtworkSession | null = null;
    if (started.current?.id === artworkId) {
      opened = started.current;
      started.current = null;
      opened.begin(storageOk);
    } else {
      ArtworkSession.open(artworkId, storageOk, assets, { pageId, childId, fresh }).then(
        (s) => {
          opened = s;
          if (alive) setSession(s);
          else void s.close();
        },
        (e: unknown) => alive && setError(e),
      );
    }
    return () => {
      alive = false;
      if (opened) void opened.close();
      setSession(null);
    };
  }, [artworkId, storageOk, assets, pageId, childId, fresh]);
  return { session, error };
}
