import { useEffect, useState } from 'react';
import { storageNearlyFull } from '../storage/storageSpace';

/**
 * Whether the device is nearly out of room for pictures, checked each time the home screen shows
 * (between pictures, never mid-stroke), so the adult can make room before a save fails.
 */
export function useSpaceWarning(onHome: boolean, keptOnDevice: boolean): boolean {
  const [nearlyFull, setNearlyFull] = useState(false);
  useEffect(() => {
    if (!onHome || !keptOnDevice || !navigator.storage?.estimate) return;
    let alive = true;
    void storageNearlyFull().then((full) => alive && setNearlyFull(full));
    return () => {
      alive = false;
    };
  }, [onHome, keptOnDevice]);
  return nearlyFull;
}
