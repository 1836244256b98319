import { useEffect, useState } from 'react';
import { onSetAside } from '../storage/quarantine';

/** True for a while after a damaged record was set aside, so the adult sees a calm note. */
export function useSetAsideNotice(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onSetAside(() => {
      setShown(true);
      clearTimeout(timer);
      timer = setTimeout(() => setShown(false), 15_000);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, []);
  return shown;
}
