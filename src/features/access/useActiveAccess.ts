import { useEffect } from 'react';
import type { AccessProfile } from '../../engine/model/access';

/**
 * Puts the profile of whoever is drawing into effect on the whole page: the button scale (every
 * control's size comes from it) now; the input modes read the same profile where they run.
 */
export function useActiveAccess(profile: AccessProfile): void {
  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--button-scale', String(profile.buttonScale / 100));
    root.dataset.buttonScale = String(profile.buttonScale);
  }, [profile.buttonScale]);
}
