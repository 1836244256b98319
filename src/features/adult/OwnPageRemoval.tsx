import { useEffect, useRef, useState } from 'react';
import type { CustomPage } from '../../engine/model/customPage';
import { loadCustomPages } from '../../storage/customPagesRepository';
import { useT } from '../i18n/i18n';

/**
 * "Remove" on one of the therapist's own pages asks first (a tired adult's stray tap must not take
 * a page away from the children), and says where the page goes: the bin, for 30 days.
 */
export function RemoveOwnPage({ pageId, name, onRemove }: { pageId: string; name: string; onRemove: () => void }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Keyboard and switch users land on the safe answer, and back on "Remove" when they cancel.
  useEffect(() => {
    if (asking) cancelButton.current?.focus();
    else if (asked.current) removeButton.current?.focus();
    asked.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button ref={removeButton} type="button" className="settings-button" data-testid={`page-remove-${pageId}`} aria-label={`${t('pageImport.remove')}: ${name}`} onClick={() => setAsking(true)}>
        {t('pageImport.remove')}
      </button>
    );
  }
  const questionId = `page-remove-question-${pageId}`;
  return (
    <div className="settings-confirm" role="group" aria-labelledby={questionId} data-testid={`page-remove-ask-${pageId}`}>
      <p id={questionId}>{t('pageImport.removeConfirm').replace('{name}', name)}</p>
      <button
        type="button"
        className="settings-button settings-button--danger"
        data-testid={`page-remove-confirm-${pageId}`}
        onClick={() => {
          asked.current = false;
          setAsking(false);
          onRemove();
        }}
      >
        {t('pageImport.remove')}
      </button>
      <button ref={cancelButton} type="button" className="settings-button" data-testid={`page-remove-cancel-${pageId}`} onClick={() => setAsking(false)}>
        {t('pageImport.cancel')}
      </button>
    </div>
  );
}

/** The own pages in the bin, each restorable until the bin's 30 days are over; nothing when it is empty. `onCount` must be stable (a state setter). */
export function OwnPagesBin({ version, onRestore, onCount }: { version: number; onRestore: (pageId: string) => void; onCount: (count: number) => void }) {
  const t = useT();
  const [binned, setBinned] = useState<CustomPage[]>([]);
  useEffect(() => {
    let current = true;
    loadCustomPages({ binned: true }).then(
      (pages) => {
        if (!current) return;
        setBinned(pages);
        onCount(pages.length);
      },
      (error: unknown) => console.warn('The bin of own pages could not be read', error),
    );
    return () => {
      current = false;
    };
  }, [version, onCount]);
  if (binned.length === 0) return null;
  return (
    <>
      <h3>{t('pageImport.bin')}</h3>
      <ul className="settings-list" data-testid="own-pages-bin">
        {binned.map((page) => (
          <li key={page.id}>
            <span>{page.name}</span>
            <button type="button" className="settings-button" data-testid={`page-restore-${page.id}`} aria-label={`${t('settings.restore')}: ${page.name}`} onClick={() => onRestore(page.id)}>
              {t('settings.restore')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
