import { delMany, entries, get, keys, set } from 'idb-keyval';
import { setAside } from './quarantine';
import { getStores } from './stores';

/** What the gallery shows for one artwork, without loading its op log. */
export interface GalleryItem {
  id: string;
  createdAt: number;
  updatedAt: number;
  pageId: string | null;
  childId: string | null;
  steps: number;
  /** Key of the thumbnail in this store, when one has been made. */
  thumbKey: string | null;
  /** When an adult moved it to the bin (restorable for BIN_DAYS), or null. */
  binnedAt: number | null;
}

export const BIN_DAYS = 30;

export interface StoredThumbnail {
  mime: 'image/png' | 'image/webp';
  data: ArrayBuffer;
}

/** Where an artwork's thumbnail lives (it may not exist yet: the gallery then shows a placeholder). */
export const thumbKeyOf = (id: string) => `thumb:${id}`;

export async function saveGalleryItem(item: GalleryItem): Promise<void> {
  await set(`item:${item.id}`, item, getStores().gallery);
}

export async function saveThumbnail(id: string, thumbnail: StoredThumbnail): Promise<string> {
  const key = thumbKeyOf(id);
  await set(key, thumbnail, getStores().gallery);
  return key;
}

export async function loadThumbnail(key: string): Promise<Blob | null> {
  const raw = await get<unknown>(key, getStores().gallery);
  if (typeof raw !== 'object' || raw === null) return null;
  const { mime, data } = raw as Record<string, unknown>;
  if ((mime !== 'image/png' && mime !== 'image/webp') || !(data instanceof ArrayBuffer)) return null;
  return new Blob([data], { type: mime });
}

/**
 * Every artwork, newest first. Summaries come from the gallery store; an artwork whose summary is
 * missing or malformed (a write that failed half way) is still listed, last, without a thumbnail.
 */
export async function listGalleryItems(options: { binned?: boolean } = {}): Promise<GalleryItem[]> {
  const [all, artworkKeys] = await Promise.all([entries<IDBValidKey, unknown>(getStores().gallery), keys(getStores().artworks)]);
  const byId = new Map<string, GalleryItem>();
  for (const [key, raw] of all) {
    if (typeof key !== 'string' || !key.startsWith('item:')) continue;
    const item = parseGalleryItem(raw);
    if (item && `item:${item.id}` === key) byId.set(item.id, item);
    // A summary is made again from its picture; the junk one is kept in quarantine, out of the way.
    else await setAside('gallery', key, raw, item ? `summary of ${item.id} stored under ${key}` : 'not a picture summary', { remove: true });
  }
  const stored = new Set(artworkKeys.map(String));
  const items = [...byId.values()].filter((item) => stored.has(item.id));
  for (const id of stored) {
    if (!byId.has(id) && /^[A-Za-z0-9_-]{1,64}$/.test(id)) items.push({ id, createdAt: 0, updatedAt: 0, pageId: null, childId: null, steps: 0, thumbKey: null, binnedAt: null });
  }
  return items.filter((item) => (item.binnedAt !== null) === Boolean(options.binned)).sort((a, b) => b.updatedAt - a.updatedAt);
}

export function parseGalleryItem(raw: unknown): GalleryItem | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const id = r.id;
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const createdAt = num(r.createdAt);
  const updatedAt = num(r.updatedAt);
  if (createdAt === null || updatedAt === null) return null;
  const optionalId = (v: unknown) => (typeof v === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(v) ? v : null);
  return {
    id,
    createdAt,
    updatedAt,
    pageId: optionalId(r.pageId),
    childId: optionalId(r.childId),
    steps: num(r.steps) ?? 0,
    thumbKey: r.thumbKey === thumbKeyOf(id) ? thumbKeyOf(id) : null,
    binnedAt: num(r.binnedAt),
  };
}

async function updateItem(id: string, change: (item: GalleryItem) => GalleryItem): Promise<void> {
  const current = parseGalleryItem(await get<unknown>(`item:${id}`, getStores().gallery));
  const base: GalleryItem = current ?? { id, createdAt: 0, updatedAt: 0, pageId: null, childId: null, steps: 0, thumbKey: null, binnedAt: null };
  await saveGalleryItem(change(base));
}

/** Deleting is gentle: the picture goes to the bin, restorable for BIN_DAYS. */
export function moveToBin(id: string, now = Date.now()): Promise<void> {
  return updateItem(id, (item) => ({ ...item, binnedAt: now }));
}

export function restoreFromBin(id: string): Promise<void> {
  return updateItem(id, (item) => ({ ...item, binnedAt: null }));
}

/** Ids of binned pictures older than BIN_DAYS, to be removed for good. */
export async function expiredBinItems(now = Date.now()): Promise<string[]> {
  const binned = await listGalleryItems({ binned: true });
  return binned.filter((item) => now - (item.binnedAt ?? now) > BIN_DAYS * 86_400_000).map((item) => item.id);
}

export async function removeGalleryEntries(id: string): Promise<void> {
  await delMany([`item:${id}`, thumbKeyOf(id)], getStores().gallery);
}
