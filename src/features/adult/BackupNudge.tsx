import { useEffect, useState } from 'react';
import { useT } from '../i18n/i18n';
import { readBackupStatus } from './backupStatus';

/** Read after the home screen has settled, off the path to the first stroke. */
const READ_DELAY_MS = 1500;
/**
 * Once this run found every earlier picture saved, that stays true (what is drawn now is this
 * session's): the home screen, shown after every picture, need not read all the pictures again.
 */
let earlierAllSaved = false;

/**
 * For the adult, on the home screen: pictures from an earlier session (changed before this start)
 * that were never saved to a file. The adult area has the button that saves them.
 */
export function BackupNudge({ startedAt, onClose }: { startedAt: number; onClose: () => void }) {
  const t = useT();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (earlierAllSaved) return;
    let alive = true;
    const timer = setTimeout(() => {
      readBackupStatus().then(({ unsaved }) => {
        const earlier = unsaved.some((item) => item.updatedAt < startedAt);
        earlierAllSaved = !earlier;
        if (alive) setShown(earlier);
      }, () => {});
    }, READ_DELAY_MS);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [startedAt]);
  if (!shown) return null;
  return (
    <aside className="adult-note" data-testid="backup-nudge" aria-labelledby="backup-nudge-text">
      <div className="adult-note__head">
        <p className="adult-note__title" id="backup-nudge-text">
          {t('backup.nudge')}
        </p>
        <button type="button" className="adult-note__button adult-note__close" data-testid="backup-nudge-close" aria-label={t('notice.close')} onClick={onClose}>
          ×
        </button>
      </div>
    </aside>
  );
}
