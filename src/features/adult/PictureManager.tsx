import { useEffect, useState } from 'react';
import { listGalleryItems, moveToBin, restoreFromBin, type GalleryItem } from '../../storage/galleryRepository';
import { useT } from '../i18n/i18n';

/** The adult's list of pictures: move one to the bin, or restore it from there within 30 days. */
export function PictureManager({ pageName, version, onChanged }: { pageName: (id: string | null) => string | null; version: number; onChanged: () => void }) {
  const t = useT();
  const [items, setItems] = useState<GalleryItem[]>([]);
  const [binned, setBinned] = useState<GalleryItem[]>([]);
  useEffect(() => {
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
    </>
  );
}
