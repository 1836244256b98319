import { useEffect } from 'react';
import { onSetAside } from '../storage/quarantine';
import { useFleeting } from '../ui/useFleeting';

/** What was set aside: a picture (or its summary or checkpoint), the adult's settings, a feeling or note kept beside a picture, or one of the therapist's own pages. */
export type SetAsideKind = 'picture' | 'settings' | 'reflection' | 'page';

/** Set for a while after a damaged record was set aside, so the adult sees a calm note. */
export function useSetAsideNotice(): SetAsideKind | null {
  const [shown, show] = useFleeting<SetAsideKind>(15_000);
  useEffect(() => {
    const stop = onSetAside((store) => show(store === 'settings' ? 'settings' : store === 'reflections' ? 'reflection' : store === 'pages' ? 'page' : 'picture'));
    return () => void stop();
  }, [show]);
  return shown;
}
