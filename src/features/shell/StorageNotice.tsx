import { useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

interface NoticeState {
  keptOnDevice: boolean;
  savingFails: boolean;
  setAside: 'picture' | 'settings' | 'reflection' | 'page' | null;
  nearlyFull: boolean;
  printFailed?: boolean;
}

/** The one note shown, the most pressing first: pictures not kept at all, then not saved, and so on. */
export function noticeKey({ keptOnDevice, savingFails, setAside, nearlyFull, printFailed = false }: NoticeState): MessageKey | null {
  if (!keptOnDevice) return 'storage.unavailable';
  if (savingFails) return 'storage.saveFailed';
  if (printFailed) return 'print.sheetsMissing';
  if (setAside === 'settings') return 'storage.setAsideSettings';
  if (setAside === 'reflection') return 'storage.setAsideReflection';
  if (setAside === 'page') return 'storage.setAsidePage';
  if (setAside === 'picture') return 'storage.setAside';
  return nearlyFull ? 'storage.nearlyFull' : null;
}

/**
 * A calm note for the adult when pictures are not reaching storage, or a print could not start;
 * it never blocks drawing.
 */
export function StorageNotice(state: NoticeState) {
  const t = useT();
  const key = noticeKey(state);
  const message = key ? t(key) : null;
  return (
    <div className={`storage-notice${message ? ' storage-notice--shown' : ''}`} role="alert">
      {message}
    </div>
  );
}
