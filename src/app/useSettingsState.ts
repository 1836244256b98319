import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../engine/model/settings';
import { setSoundEnabled, setSoundVolume } from '../features/sound/sound';
import { saveSettings } from '../storage/settingsRepository';

/** Settings apply at once (sound, language) and are saved for the next start. */
export function useSettingsState(initial: Settings, storageOk: boolean) {
  const [settings, setSettings] = useState(initial);
  useEffect(() => {
    setSoundEnabled(settings.soundOn);
    setSoundVolume(settings.volume);
  }, [settings.soundOn, settings.volume]);
  useEffect(() => {
    document.documentElement.lang = settings.language;
    document.documentElement.dataset.build = __APP_BUILD__;
  }, [settings.language]);
  const change = useCallback(
    (next: Settings) => {
      setSettings(next);
      if (storageOk) void saveSettings(next).catch((error: unknown) => console.warn('Settings not saved', error));
    },
    [storageOk],
  );
  return [settings, change] as const;
}
