import { del, delMany, entries, get, set } from 'idb-keyval';
import type { PictureHeader } from '../engine/model/artwork';
import { parsePictureHeader } from '../engine/model/schema';
import { isObject } from '../engine/model/validation';
import { listPictureHeaders } from './artworkRepository';
import { changeHeader } from './pictureRecords';
import { setAside } from './quarantine';
import { getStores } from './stores';

/** What the gallery shows for one artwork, without loading its op log: its stored header. */
export interface GalleryItem {
  id: string;
  createdAt: number;
  updatedAt: number;
  pageId: string | null;
  childId: string | null;
  steps: number;
  /** When an adult moved it to the bin (restorable for BIN_DAYS), or null. */
  binnedAt: number | null;
}

export const BIN_DAYS = 30;

export interface StoredThumbnail {
  mime: 'image/png' | 'image/webp';
  data: ArrayBuffer;
  /** The picture's `updatedAt` when the thumbnail was made: older than the picture means stale. */
  updatedAt: number;
}

/** Where an artwork's thumbnail lives (it may not exist yet: the gallery then makes one). */
export const thumbKeyOf = (id: string) => `thumb:${id}`;

export async function saveThumbnail(id: string, thumbnail: StoredThumbnail): Promise<void> {
  await set(thumbKeyOf(id), thumbnail, getStores().gallery);
}

/** A thumbnail and the picture version it shows; null when there is none or it is junk. */
export async function loadThumbnail(id: string): Promise<{ blob: Blob; updatedAt: number } | null> {
  const raw = await get<unknown>(thumbKeyOf(id), getStores().gallery);
  if (!isObject(raw)) return null;
  const { mime, data, updatedAt } = raw;
  if ((mime !== 'image/png' && mime !== 'image/webp') || !(data instanceof ArrayBuffer)) return null;
  // Thumbnails from before versions were recorded count as stale, and are made again once.
  return { blob: new Blob([data], { type: mime }), updatedAt: typeof updatedAt === 'number' ? updatedAt : 0 };
}

function itemOf(header: PictureHeader): GalleryItem {
  const { id, createdAt, updatedAt, pageId, childId, opCount, binnedAt } = header;
  return { id, createdAt, updatedAt, pageId, childId, steps: opCount, binnedAt };
}

/** Every picture, newest first, read from the headers (junk among them is set aside, never listed). */
export async function listGalleryItems(options: { binned?: boolean } = {}): Promise<GalleryItem[]> {
  const headers = await listPictureHeaders();
  return headers.filter((header) => (header.binnedAt !== null) === Boolean(options.binned)).map(itemOf);
}

function setBinnedAt(id: string, binnedAt: number | null): Promise<boolean> {
  return changeHeader(id, (raw) => {
    const parsed = parsePictureHeader(raw);
    return parsed.ok ? { ...parsed.value, binnedAt } : null;
  });
}

/** Deleting is gentle: the picture goes to the bin, restorable for BIN_DAYS. */
export async function moveToBin(id: string, now = Date.now()): Promise<void> {
  await setBinnedAt(id, now);
}

export async function restoreFromBin(id: string): Promise<void> {
  await setBinnedAt(id, null);
}

/** The pages pictures were drawn on, in the gallery or the bin: their outlines are part of those pictures. */
export async function pagesDrawnOn(): Promise<Set<string>> {
  const headers = await listPictureHeaders();
  return new Set(headers.flatMap((header) => (header.pageId === null ? [] : [header.pageId])));
}

/** Ids of binned pictures older than BIN_DAYS, to be removed for good. */
export async function expiredBinItems(now = Date.now()): Promise<string[]> {
  const binned = await listGalleryItems({ binned: true });
  return binned.filter((item) => now - (item.binnedAt ?? now) > BIN_DAYS * 86_400_000).map((item) => item.id);
}

export async function removeGalleryEntries(id: string): Promise<void> {
  await delMany([`item:${id}`, thumbKeyOf(id)], getStores().gallery);
}

/**
 * At start-up, after the pictures were checked: summaries of version 1 (now part of the header)
 * are removed once their picture was upgraded, and anything that is neither such a summary nor a
 * thumbnail is set aside. Thumbnails stay: they are small and their picture may come back.
 */
async function tidyGalleryStore(pictureIds: ReadonlySet<string>): Promise<void> {
  for (const [key, raw] of await entries<IDBValidKey, unknown>(getStores().gallery)) {
    if (typeof key === 'string' && key.startsWith('thumb:')) continue;
    const id = typeof key === 'string' && key.startsWith('item:') ? key.slice(5) : null;
    const oldSummary = id !== null && pictureIds.has(id) && isObject(raw) && raw.id === id;
    if (oldSummary) await del(key, getStores().gallery);
    else await setAside('gallery', key, raw, 'neither a thumbnail nor the summary of a picture', { remove: true });
  }
}

/** At start-up: every picture is checked (junk set aside, version-1 records upgraded), then the gallery store. */
export async function checkStoredPictures(): Promise<void> {
  const headers = await listPictureHeaders();
  await tidyGalleryStore(new Set(headers.map((header) => header.id)));
}
