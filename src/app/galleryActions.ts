import { exportPicturePng } from '../features/drawing/exportPicture';
import { pictureFileName } from '../features/gallery/fileName';
import { downloadBlob, shareOrDownload } from '../features/gallery/deliver';
import type { CardAction } from '../features/gallery/GalleryCard';
import type { PrintJob } from '../features/print/printJobs';
import type { Language } from '../engine/model/settings';
import type { GalleryItem } from '../storage/galleryRepository';
import { loadOutbox } from '../storage/outboxRepository';
import { loadReflections } from '../storage/reflectionsRepository';
import { pictureAssets } from './pictureAssets';

export interface ActionContext {
  language: Language;
  eventTitle: string;
  pageName: (pageId: string | null) => string | null;
  childName: (childId: string | null) => string | null;
  nameInFileName: boolean;
  /** YYYY-MM-DD chosen by an adult for the print sheets, or null for the picture's own date. */
  eventDate: string | null;
  print: (jobs: PrintJob[]) => boolean;
}

/** The parent's copy and the printed sheets, for one gallery picture. */
export async function runGalleryAction(item: GalleryItem, action: CardAction, ctx: ActionContext): Promise<void> {
  const png = await exportPicturePng(item.id, pictureAssets);
  const child = ctx.childName(item.childId);
  const fileName = pictureFileName(item.pageId, item.updatedAt || Date.now(), ctx.nameInFileName ? child : null);
  if (action === 'download') return downloadBlob(png, fileName);
  if (action === 'share') {
    await shareOrDownload(png, fileName, ctx.eventTitle);
    return;
  }
  const date = new Intl.DateTimeFormat(ctx.language, { dateStyle: 'long' }).format(ctx.eventDate ? new Date(`${ctx.eventDate}T12:00:00`) : item.updatedAt || Date.now());
  const feelings = action === 'takehome' ? (await loadReflections().catch(() => null))?.feelings.get(item.id) : undefined;
  // Sent to the session hub: the parents' page, as a QR code on the take-home sheet.
  const parentUrl = action === 'takehome' ? ((await loadOutbox().catch(() => [])).find((entry) => entry.artworkId === item.id)?.parentUrl ?? null) : null;
  const job: PrintJob = {
    key: `${item.id}-${Date.now()}`,
    variant: action === 'takehome' ? 'takehome' : action === 'certificate' ? 'certificate' : 'sheet',
    feeling: feelings?.after ?? feelings?.before ?? null,
    parentUrl,
    imageUrl: URL.createObjectURL(png),
    eventTitle: ctx.eventTitle,
    profession: ctx.pageName(item.pageId),
    childName: child,
    date,
  };
  if (!ctx.print([job])) URL.revokeObjectURL(job.imageUrl);
}
