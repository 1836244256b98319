import { useEffect, useState } from 'react';
import { ArtworkSession } from './artworkSession';

/**
 * Opens the picture once per id and closes it when the screen goes. A StrictMode double mount
 * opens twice and disposes the first before it could write: nothing is saved before a load
 * finishes, and disposal only stops timers.
 */
export function useArtworkSession(artworkId: string, storageOk: boolean) {
  const [session, setSession] = useState<ArtworkSession | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let alive = true;
    let opened: ArtworkSession | null = null;
    ArtworkSession.open(artworkId, storageOk).then(
      (s) => {
        opened = s;
        if (alive) setSession(s);
        else s.dispose();
      },
      (e: unknown) => alive && setError(e),
    );
    return () => {
      alive = false;
      if (opened) {
        void opened.saveNow().finally(() => opened?.dispose());
      }
      setSession(null);
    };
  }, [artworkId, storageOk]);
  return { session, error };
}
