import { useEffect } from 'react';
import type { AccessProfile } from '../../engine/model/access';
import { useAppServices } from '../services/appServices';
import { playSound } from '../sound/sound';

/**
 * Switch scanning on the child's screens, with the profile of whoever is drawing. `active` is
 * false in the adult area (it is typed in and needs no scanning).
 */
export function useSwitchScanning(profile: AccessProfile, active: boolean): void {
  const { switches, screenScanner } = useAppServices();
  const mode = active ? profile.scan : 'off';
  useEffect(() => {
    switches.configure({ mode, stepMs: profile.scanStepMs, onStep: profile.scanTick ? () => playSound('tick') : null });
  }, [switches, mode, profile.scanStepMs, profile.scanTick]);
  useEffect(() => {
    if (mode === 'off') return;
    const stop = switches.push(screenScanner);
    // Capture: the switch keys must not also press the focused button or scroll the page.
    const onKeyDown = (e: KeyboardEvent) => {
      if (!switches.handleKey(e)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ' || e.key === 'Enter') e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    window.addEventListener('keyup', onKeyUp, { capture: true });
    return () => {
      stop();
      screenScanner.clear();
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      window.removeEventListener('keyup', onKeyUp, { capture: true });
    };
  }, [switches, screenScanner, mode]);
}
