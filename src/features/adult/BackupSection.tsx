import { useLanguage, useT } from '../i18n/i18n';
import { howLongAgo, useBackupStatus } from './backupStatus';

/**
 * At the top of the adult area: when the pictures were last saved to a file and, while some are
 * not, a reminder with the button that saves them all.
 */
export function BackupSection({ version, onSaveAll }: { version: number; onSaveAll: () => void }) {
  const t = useT();
  const language = useLanguage();
  const status = useBackupStatus(version);
  if (!status) return null;
  const { savedAt, unsaved } = status;
  return (
    <section className="backup-section" aria-label={t('settings.exportZip')}>
      <p data-testid="backup-age">{savedAt === null ? t('backup.never') : t('backup.lastSaved').replace('{when}', howLongAgo(savedAt, Date.now(), language))}</p>
      {unsaved.length > 0 ? (
        <div className="backup-reminder" data-testid="backup-reminder">
          <p>{t('backup.unsaved').replace('{count}', String(unsaved.length))}</p>
          <button type="button" className="settings-button" data-testid="backup-now" onClick={onSaveAll}>
            {t('settings.exportZip')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
