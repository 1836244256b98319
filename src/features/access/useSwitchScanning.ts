import { useEffect } from 'react';
import type { AccessProfile } from '../../engine/model/access';
import { playSound } from '../sound/sound';
import { createScreenScanner } from './screenScanner';
import { switchControl } from './switchControl';

/**
 * Switch scanning on the child's screens, with the profile of whoever is drawing. `active` is
 * false in the adult area (it is typed in and needs no scanning).
 */
export function useSwitchScanning(profile: AccessProfile, active: boolean): void {
  const mode = active ? profile.scan : 'off';
  useEffect(() => {
    switchControl.configure({ mode, stepMs: profile.scanStepMs, onStep: profile.scanTick ? () => playSound('tick') : null });
  }, [mode, profile.scanStepMs, profile.scanTick]);
  useEffect(() => {
    if (mode === 'off') return;
    const scanner = createScreenScanner();
    const stop = switchControl.push(scanner);
    // Capture: the switch keys must not also press the focused button or scroll the page.
    const onKeyDown = (e: KeyboardEvent) => {
      if (!switchControl.handleKey(e)) return;
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
      scanner.clear();
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      window.removeEventListener('keyup', onKeyUp, { capture: true });
    };
  }, [mode]);
}
