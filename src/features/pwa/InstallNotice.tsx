import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { AddToHomeScreenPicture, HomeScreenIconPicture, ShareButtonPicture } from './InstallSteps';

/**
 * For the adult, on the home screen of an iPad in a Safari tab: the pictures live in Safari's
 * storage, which the iPad deletes after 7 days without a visit, and which the Home Screen app does
 * not share. Small and quiet; opened, it moves the child's cards down rather than covering them.
 */
export function InstallNotice({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const steps = [
    { key: 'install.step1', picture: <ShareButtonPicture /> },
    { key: 'install.step2', picture: <AddToHomeScreenPicture /> },
    { key: 'install.step3', picture: <HomeScreenIconPicture /> },
  ] as const;
  return (
    <aside className={`adult-note${open ? ' adult-note--open' : ''}`} data-testid="install-notice" aria-labelledby="install-title">
      <div className="adult-note__head">
        <p className="adult-note__title" id="install-title">
          {t('install.title')}
        </p>
        {open ? null : (
          <button type="button" className="adult-note__button" data-testid="install-how" onClick={() => setOpen(true)}>
            {t('install.more')}
          </button>
        )}
        <button type="button" className="adult-note__button adult-note__close" data-testid="install-notice-close" aria-label={t('notice.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {open ? (
        <>
          <p className="adult-note__text">{t('install.text')}</p>
          <ol className="install-steps">
            {steps.map((step) => (
              <li key={step.key}>
                {step.picture}
                <span>{t(step.key)}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </aside>
  );
}
