import { useEffect, useState } from 'react';
import { emptyBinNow } from '../../storage/binCleanup';
import { listGalleryItems, moveToBin, restoreFromBin, type GalleryItem } from '../../storage/galleryRepository';
import { useT } from '../i18n/i18n';

/** The adult's list of pictures: move one to the bin, or restore it from there within 30 days. */
export function PictureManager({ pageName, version, onChanged }: { pageName: (id: string | null) => string | null; version: number; onChanged: () => void }) {
  const t = useT();
  const [items, setItems] = useState<GalleryItem[]>([]);
  const [binned, setBinned] = useState<GalleryItem[]>([]);
  // Emptying the bin cannot be undone: the first press asks, the second deletes.
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  useEffect(() => {
    setConfirmEmpty(false);
    void Promise.all([listGalleryItems(), listGalleryItems({ binned: true })]).then(([live, bin]) => {
      setItems(live);
      setBinned(bin);
    });
  }, [version]);
  const label = (item: GalleryItem) => [pageName(item.pageId) ?? t('gallery.blankPicture'), item.updatedAt ? new Date(item.updatedAt).toLocaleString() : ''].filter(Boolean).join(', ');
  return (
    <>
      <ul className="settings-list">
        {items.map((item) => (
          <li key={item.id}>
            <span>{label(item)}</span>
            <button type="button" className="settings-button" data-testid={`delete-${item.id}`} onClick={() => void moveToBin(item.id).then(onChanged)}>
              {t('settings.delete')}
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('settings.bin')}</h3>
      <ul className="settings-list">
        {binned.map((item) => (
          <li key={item.id}>
            <span>{label(item)}</span>
            <button type="button" className="settings-button" data-testid={`restore-${item.id}`} onClick={() => void restoreFromBin(item.id).then(onChanged)}>
              {t('settings.restore')}
            </button>
          </li>
        ))}
      </ul>
      {binned.length > 0 ? (
        <button
          type="button"
          className="settings-button settings-button--danger"
          data-testid={confirmEmpty ? 'empty-bin-confirm' : 'empty-bin'}
          onClick={() => (confirmEmpty ? void emptyBinNow().then(onChanged) : setConfirmEmpty(true))}
        >
          {confirmEmpty ? t('settings.emptyBinConfirm').replace('{count}', String(binned.length)) : t('settings.emptyBin')}
        </button>
      ) : null}
    </>
  );
}
