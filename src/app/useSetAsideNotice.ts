import { useEffect, useState } from 'react';
import { onSetAside } from '../storage/quarantine';

/** What was set aside: a picture (or its summary or checkpoint), the adult's settings, a feeling or note kept beside a picture, or one of the therapist's own pages. */
export type SetAsideKind = 'picture' | 'settings' | 'reflection' | 'page';

/** Set for a while after a damaged record was set aside, so the adult sees a calm note. */
export function useSetAsideNotice(): SetAsideKind | null {
  const [shown, setShown] = useState<SetAsideKind | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onSetAside((store) => {
      setShown(store === 'settings' ? 'settings' : store === 'reflections' ? 'reflection' : store === 'pages' ? 'page' : 'picture');
      clearTimeout(timer);
      timer = setTimeout(() => setShown(null), 15_000);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, []);
  return shown;
}
