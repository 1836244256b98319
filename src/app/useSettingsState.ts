import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../engine/model/settings';
import { setSoundEnabled, setSoundVolume } from '../features/sound/sound';
import { setSpokenLabels } from '../features/sound/speech';
import { saveSettings } from '../storage/settingsRepository';

/** Settings apply at once (sound, language) and are saved for the next start. */
export function useSettingsState(initial: Settings, storageOk: boolean) {
  const [settings, setSettings] = useState(initial);
  useEffect(() => {
    setSoundEnabled(settings.soundOn);
    setSoundVolume(settings.volume);
  }, [settings.soundOn, settings.volume]);
  useEffect(() => {
    setSpokenLabels(settings.spokenLabels, settings.language, settings.soundOn);
  }, [settings.spokenLabels, settings.language, settings.soundOn]);
  useEffect(() => {
    const root = document.documentElement;
    root.lang = settings.language;
    root.dataset.build = __APP_BUILD__;
    root.classList.toggle('high-contrast', settings.highContrast);
    root.classList.toggle('reduce-motion', settings.reduceMotion);
  }, [settings.language, settings.highContrast, settings.reduceMotion]);
  const change = useCallback(
    (next: Settings) => {
      setSettings(next);
      if (storageOk) void saveSettings(next).catch((error: unknown) => console.warn('Settings not saved', error));
    },
    [storageOk],
  );
  return [settings, change] as const;
}
