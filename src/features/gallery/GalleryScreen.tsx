import { useEffect, useState } from 'react';
import { listGalleryItems, type GalleryItem } from '../../storage/galleryRepository';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { ICONS } from '../../ui/icons';
import { useT } from '../i18n/i18n';
import { type CardAction, GalleryCard } from './GalleryCard';

interface GalleryScreenProps {
  storageOk: boolean;
  pageName: (pageId: string | null) => string | null;
  onOpen: (item: GalleryItem) => void;
  onAction: (item: GalleryItem, action: CardAction) => Promise<void>;
  onHome: () => void;
}

/** Every picture, newest first, as big thumbnails loaded as they scroll into view. */
export function GalleryScreen({ storageOk, pageName, onOpen, onAction, onHome }: GalleryScreenProps) {
  const t = useT();
  const [items, setItems] = useState<GalleryItem[] | null>(storageOk ? null : []);
  const [busy, setBusy] = useState<string | null>(null);
  useEffect(() => {
    if (!storageOk) return;
    listGalleryItems().then(setItems, () => setItems([]));
  }, [storageOk]);

  const act = async (item: GalleryItem, action: CardAction) => {
    if (busy) return;
    setBusy(item.id);
    try {
      await onAction(item, action);
    } catch (error) {
      console.warn(`Could not ${action} the picture`, error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <main className="screen gallery-screen" aria-label={t('gallery.title')} aria-busy={items === null}>
      <div className="picker-screen__bar">
        <BigButton testId="home" label={t('actions.home')} onPress={onHome}>
          <Icon src={ICONS.house} size={44} />
        </BigButton>
        <h1 className="picker-screen__title">{t('gallery.title')}</h1>
      </div>
      {items?.length === 0 ? (
        <p className="gallery-screen__empty">
          <Icon src={ICONS.framedPicture} size={96} />
        </p>
      ) : null}
      <div className="gallery-screen__grid">
        {items?.map((item) => (
          <GalleryCard key={item.id} item={item} pageName={pageName(item.pageId)} busy={busy === item.id} onOpen={() => onOpen(item)} onAction={(action) => void act(item, action)} />
        ))}
      </div>
    </main>
  );
}
