import { useEffect, useState } from 'react';
import { BigButton } from '../../ui/BigButton';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useLanguage, useT } from '../i18n/i18n';
import { loadPageCatalogue, type PageInfo } from './pages';

/** Big picture cards, one per colouring page; the name is spoken by screen readers. */
export function PagePicker({ onPick, onHome, theme, visiblePages }: { onPick: (pageId: string) => void; onHome: () => void; theme: string; visiblePages?: readonly string[] }) {
  const t = useT();
  const language = useLanguage();
  const [pages, setPages] = useState<PageInfo[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadPageCatalogue().then(setPages, () => setFailed(true));
  }, []);
  const shown = pages?.filter((p) => p.theme === theme && (!visiblePages || visiblePages.includes(p.id))) ?? [];
  return (
    <main className="screen picker-screen" aria-label={t('pages.title')} aria-busy={pages === null && !failed}>
      <ScreenHeader title={t('pages.title')} homeLabel={t('actions.home')} onHome={onHome} />
      {failed ? <p role="alert">{t('pages.unavailable')}</p> : null}
      <div className="picker-screen__grid">
        {shown.map((page) => (
          <BigButton key={page.id} testId={`page-${page.id}`} label={page.names[language]} variant="card" className="page-card" onPress={() => onPick(page.id)}>
            <img className="page-card__thumb" src={page.files.thumb} alt="" aria-hidden="true" draggable={false} />
            <span className="page-card__name" aria-hidden="true">
              {page.names[language]}
            </span>
          </BigButton>
        ))}
      </div>
    </main>
  );
}
