import { useT } from '../i18n/i18n';

/**
 * A calm note for the adult when pictures are not reaching storage, or a print could not start;
 * it never blocks drawing.
 */
export function StorageNotice({ keptOnDevice, savingFails, setAside, nearlyFull, printFailed = false }: { keptOnDevice: boolean; savingFails: boolean; setAside: 'picture' | 'settings' | 'reflection' | 'page' | null; nearlyFull: boolean; printFailed?: boolean }) {
  const t = useT();
  const message = !keptOnDevice
    ? t('storage.unavailable')
    : savingFails
      ? t('storage.saveFailed')
      : printFailed
        ? t('print.sheetsMissing')
        : setAside
          ? t(setAside === 'settings' ? 'storage.setAsideSettings' : setAside === 'reflection' ? 'storage.setAsideReflection' : setAside === 'page' ? 'storage.setAsidePage' : 'storage.setAside')
          : nearlyFull
            ? t('storage.nearlyFull')
            : null;
  return (
    <div className={`storage-notice${message ? ' storage-notice--shown' : ''}`} role="alert">
      {message}
    </div>
  );
}
