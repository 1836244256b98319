import { useEffect, useState } from 'react';
import { useLanguage, useT } from '../i18n/i18n';

/** Fullscreen, storage safety and an install hint for the adult, plus the licences. */
export function DeviceSection() {
  const t = useT();
  const language = useLanguage();
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [usage, setUsage] = useState<string | null>(null);
  const [fullscreen, setFullscreen] = useState(Boolean(document.fullscreenElement));
  useEffect(() => {
    void navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(null));
    void navigator.storage?.estimate?.().then(
      ({ usage: used = 0, quota = 0 }) => {
        const mb = new Intl.NumberFormat(language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
        setUsage(`${mb.format(used / 1_000_000)} / ${mb.format(quota / 1_000_000)}`);
      },
      () => setUsage(null),
    );
    const onChange = () => setFullscreen(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [language]);
  const installed = window.matchMedia?.('(display-mode: standalone), (display-mode: fullscreen)').matches;
  const canFullscreen = typeof document.documentElement.requestFullscreen === 'function';
  return (
    <section aria-labelledby="s-device">
      <h2 id="s-device">{t('device.title')}</h2>
      {canFullscreen ? (
        <button
          type="button"
          className="settings-button"
          data-testid="fullscreen-toggle"
          aria-pressed={fullscreen}
          onClick={() => void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => {})}
        >
          {t('device.fullscreen')}
        </button>
      ) : null}
      <p data-testid="storage-status">
        {persisted ? t('device.persisted') : t('device.notPersisted')} {usage ? `(${usage})` : ''}
      </p>
      {installed ? null : <p data-testid="install-hint">{t('device.installHint')}</p>}
      <details className="about" data-testid="about">
        <summary>{t('device.about')}</summary>
        <p>Enchanting Canvas {__APP_BUILD__}</p>
        <ul>
          <li>Fluent Emoji Flat © Microsoft Corporation — {t('device.licenceEmoji')}</li>
          <li>React, Konva, react-konva, perfect-freehand, howler, fflate, Workbox, gifenc — {t('device.licenceMit')}</li>
          <li>idb-keyval, fake-indexeddb — {t('device.licenceApache')}</li>
          <li>mediabunny — {t('device.licenceMpl')}</li>
          <li>{t('device.original')}</li>
        </ul>
      </details>
    </section>
  );
}
