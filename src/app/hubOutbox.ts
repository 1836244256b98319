import { firstName, type HubPictureMeta } from '../engine/model/hubUpload';
import type { Settings } from '../engine/model/settings';
import type { OutboxSender, PictureForHub } from '../features/hub/outboxSender';
import { thumbnailPng } from '../render/pictureImage';
import { loadChildren } from '../storage/childrenRepository';
import { listGalleryItems } from '../storage/galleryRepository';
import { pictureAssets } from './pictureAssets';

/**
 * The session hub from the app's side: the outbox's sender, made once, its code loaded only after
 * the home screen is up (no cost to a cold start), and what a finished picture becomes for the hub.
 */
let sender: Promise<OutboxSender> | null = null;

export interface HubContext {
  settings: () => Settings;
  pageName: (pageId: string | null) => string | null;
  /** No child is drawing: time-lapses may be made now. */
  idle: () => boolean;
  /** The picture open on the drawing screen, if any: it is not finished yet. */
  openPicture: () => string | null;
}

export function outboxSender(context: HubContext): Promise<OutboxSender> {
  sender ??= import('../features/hub/outboxSender').then(({ OutboxSender }) => new OutboxSender((id) => pictureForHub(id, context), { idle: context.idle, make: timelapseOf }, () => catchUp(context)));
  return sender;
}

/** The parent's time-lapse, as the gallery exports it (WebM, or MP4 where only that encodes); never a GIF. */
async function timelapseOf(artworkId: string, signal: AbortSignal): Promise<Blob | null> {
  const [{ loadReplayPicture }, { exportReplay }] = await Promise.all([import('../features/replay/replayPicture'), import('../features/replay/exportReplay')]);
  const picture = await loadReplayPicture(artworkId, pictureAssets);
  if (!picture) return null;
  const video = await exportReplay(picture, () => undefined, signal);
  return video.kind === 'gif' ? null : video.blob;
}

/**
 * Every picture with something on it that the outbox does not have in its latest version joins it:
 * one finished just before a reload or a crash, and those drawn before the tablet was paired.
 */
async function catchUp(context: HubContext): Promise<void> {
  const { queuePicture } = await import('../storage/outboxRepository');
  const open = context.openPicture();
  for (const item of await listGalleryItems()) if (item.steps > 0 && item.id !== open) await queuePicture(item.id, item.updatedAt, context.settings().hubTimelapses);
}

/** A picture finished (done, or left with something on it): it joins the outbox and the sender looks. */
export async function pictureFinished(artworkId: string, context: HubContext): Promise<void> {
  const item = (await listGalleryItems()).find((i) => i.id === artworkId);
  if (!item || item.steps === 0) return;
  const { queuePicture } = await import('../storage/outboxRepository');
  if (await queuePicture(artworkId, item.updatedAt, context.settings().hubTimelapses)) void (await outboxSender(context)).wake(false, true);
}

async function pictureForHub(artworkId: string, context: HubContext): Promise<PictureForHub | null> {
  const item = (await listGalleryItems()).find((i) => i.id === artworkId);
  if (!item) return null;
  const settings = context.settings();
  const child = item.childId ? ((await loadChildren()).find((c) => c.id === item.childId) ?? null) : null;
  const meta: HubPictureMeta = {
    id: item.id,
    version: item.updatedAt,
    childId: item.childId,
    // The child's first name and avatar leave the tablet only when the adult allowed it.
    childName: settings.hubNames && child ? firstName(child.name) || null : null,
    avatar: settings.hubNames && child ? child.avatar : null,
    pageName: context.pageName(item.pageId)?.slice(0, 60) ?? null,
    finishedAt: item.updatedAt,
  };
  const { exportPicturePng } = await import('../features/drawing/exportPicture');
  const picture = await exportPicturePng(artworkId, pictureAssets);
  return { meta, picture, thumb: await thumbnailPng(picture) };
}
