import { useEffect, useState } from 'react';
import type { Child } from '../../engine/model/children';
import { ChildFilter } from '../children/ChildFilter';
import { listGalleryItems, type GalleryItem } from '../../storage/galleryRepository';
import { onPictureChanged } from '../../storage/pictureLock';
import { loadReflections } from '../../storage/reflectionsRepository';
import type { PictureFeelings } from '../../engine/model/reflections';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { Icon } from '../../ui/Icon';
import { ICONS } from '../../ui/icons';
import { useT } from '../i18n/i18n';
import { type CardAction, GalleryCard } from './GalleryCard';
import type { ThumbnailMaker } from './useThumbnail';

interface GalleryScreenProps {
  storageOk: boolean;
  childList: Child[];
  pageName: (pageId: string | null) => string | null;
  onOpen: (item: GalleryItem) => void;
  /** Opens the picture's time-lapse. */
  onReplay: (item: GalleryItem) => void;
  onAction: (item: GalleryItem, action: CardAction) => Promise<void>;
  /** Makes a missing or stale thumbnail from the stored picture. */
  makeThumbnail: ThumbnailMaker;
  onHome: () => void;
}

/** Every picture, newest first, as big thumbnails loaded as they scroll into view. */
export function GalleryScreen({ storageOk, childList, pageName, onOpen, onReplay, onAction, makeThumbnail, onHome }: GalleryScreenProps) {
  const t = useT();
  const [items, setItems] = useState<GalleryItem[] | null>(storageOk ? null : []);
  const [busy, setBusy] = useState<string | null>(null);
  const [filter, setFilter] = useState<string | null>(null);
  const [feelings, setFeelings] = useState<ReadonlyMap<string, PictureFeelings>>(new Map());
  const shown = items?.filter((item) => filter === null || item.childId === filter) ?? null;
  useEffect(() => {
    if (!storageOk) return;
    const refresh = () => {
      void listGalleryItems().then(setItems, () => setItems([]));
      // Feelings are an extra: if they cannot be read, the pictures still show.
      void loadReflections().then((r) => setFeelings(r.feelings), (error: unknown) => console.warn('Feelings not read', error));
    };
    refresh();
    // Another tab saved a picture: show it here too.
    return onPictureChanged(refresh);
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
      <ScreenHeader title={t('gallery.title')} homeLabel={t('actions.home')} onHome={onHome} />
      <ChildFilter childList={childList} chosen={filter} onChoose={setFilter} testIdPrefix="gallery-filter" />
      {shown?.length === 0 ? (
        <p className="gallery-screen__empty">
          <Icon src={ICONS.framedPicture} size={96} />
        </p>
      ) : null}
      {/* Switch scanning rests on the pictures, each card a group of its own (the picture and its actions). */}
      <div className="gallery-screen__grid" data-scan-group="pictures" data-scan-start>
        {shown?.map((item) => (
          <GalleryCard key={item.id} item={item} child={childList.find((c) => c.id === item.childId) ?? null} feelings={feelings.get(item.id) ?? null} pageName={pageName(item.pageId)} busy={busy === item.id} makeThumbnail={makeThumbnail} onOpen={() => onOpen(item)} onReplay={() => onReplay(item)} onAction={(action) => void act(item, action)} />
        ))}
      </div>
    </main>
  );
}
