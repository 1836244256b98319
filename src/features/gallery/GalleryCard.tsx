import type { Child } from '../../engine/model/children';
import type { PictureFeelings } from '../../engine/model/reflections';
import { FeelingPair } from '../therapy/FeelingPair';
import { ChildBadge } from '../children/ChildBadge';
import { useLanguage, useT } from '../i18n/i18n';
import type { GalleryItem } from '../../storage/galleryRepository';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { ICONS } from '../../ui/icons';
import { type ThumbnailMaker, useThumbnail } from './useThumbnail';

export type CardAction = 'download' | 'share' | 'print' | 'certificate' | 'takehome';

interface GalleryCardProps {
  item: GalleryItem;
  child: Child | null;
  /** The child's feelings before and after, if the check-in asked. */
  feelings: PictureFeelings | null;
  pageName: string | null;
  busy: boolean;
  makeThumbnail: ThumbnailMaker;
  onOpen: () => void;
  onReplay: () => void;
  onAction: (action: CardAction) => void;
}

/** One picture: tap it to go on drawing; below it the parent's download, share and print. */
export function GalleryCard({ item, child, feelings, pageName, busy, makeThumbnail, onOpen, onReplay, onAction }: GalleryCardProps) {
  const t = useT();
  const language = useLanguage();
  const { ref, url } = useThumbnail(item.id, item.updatedAt, makeThumbnail);
  const date = item.updatedAt > 0 ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(item.updatedAt) : '';
  const name = [child?.name, pageName ?? t('gallery.blankPicture'), date].filter(Boolean).join(', ');
  return (
    <article className="gallery-card" ref={ref as React.RefObject<HTMLElement>} aria-busy={busy} data-scan-group="picture">
      <button type="button" className="gallery-card__picture" data-testid="artwork" data-artwork-id={item.id} aria-label={`${t('gallery.open')}: ${name}`} onClick={onOpen}>
        {url ? <img src={url} alt="" draggable={false} /> : <span className="gallery-card__placeholder" aria-hidden="true"><Icon src={ICONS.framedPicture} size={72} /></span>}
        {child ? (
          <span className="gallery-card__child" aria-hidden="true">
            <ChildBadge child={child} size={48} />
            {child.name}
          </span>
        ) : null}
        {feelings && (feelings.before || feelings.after) ? (
          <span className="gallery-card__feelings">
            <FeelingPair before={feelings.before} after={feelings.after} />
          </span>
        ) : null}
      </button>
      <div className="gallery-card__actions">
        <BigButton testId="download" label={`${t('gallery.download')}: ${name}`} onPress={() => onAction('download')} disabled={busy}>
          <Icon src={ICONS.download} size={40} />
        </BigButton>
        <BigButton testId="share" label={`${t('gallery.share')}: ${name}`} onPress={() => onAction('share')} disabled={busy}>
          <Icon src={ICONS.share} size={40} />
        </BigButton>
        <BigButton testId="replay" label={`${t('replay.open')}: ${name}`} onPress={onReplay} disabled={busy}>
          <Icon src={ICONS.film} size={40} />
        </BigButton>
        <BigButton testId="print" label={`${t('gallery.print')}: ${name}`} onPress={() => onAction('print')} disabled={busy}>
          <Icon src={ICONS.printer} size={40} />
        </BigButton>
        <BigButton testId="print-certificate" label={`${t('gallery.certificate')}: ${name}`} onPress={() => onAction('certificate')} disabled={busy}>
          <Icon src={ICONS.medal} size={40} />
        </BigButton>
        <BigButton testId="print-takehome" label={`${t('gallery.takehome')}: ${name}`} onPress={() => onAction('takehome')} disabled={busy}>
          <Icon src={ICONS.gift} size={40} />
        </BigButton>
      </div>
    </article>
  );
}
