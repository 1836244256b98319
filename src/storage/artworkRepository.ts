import { del, delMany, entries, get, keys, set } from 'idb-keyval';
import type { Artwork, CheckpointRef, StoredCheckpoint } from '../engine/model/artwork';
import { parseArtwork, parseStoredCheckpoint } from '../engine/model/schema';
import { setAside } from './quarantine';
import { getStores } from './stores';

export async function saveArtwork(artwork: Artwork): Promise<void> {
  await set(artwork.id, artwork, getStores().artworks);
}

/** Loads and validates one artwork; a broken record is set aside and reported as missing. */
export async function loadArtwork(id: string): Promise<Artwork | null> {
  const raw = await get<unknown>(id, getStores().artworks);
  if (raw === undefined) return null;
  return validateStored(id, raw);
}

/** Every good artwork, newest first; bad ones are set aside and skipped. */
export async function listArtworks(): Promise<Artwork[]> {
  const all = await entries<IDBValidKey, unknown>(getStores().artworks);
  const good: Artwork[] = [];
  for (const [key, raw] of all) {
    const artwork = await validateStored(String(key), raw);
    if (artwork) good.push(artwork);
  }
  return good.sort((a, b) => b.updatedAt - a.updatedAt);
}

async function validateStored(key: string, raw: unknown): Promise<Artwork | null> {
  const parsed = parseArtwork(raw);
  if (!parsed.ok) {
    await setAside('artworks', key, raw, parsed.reason, { remove: true });
    return null;
  }
  if (parsed.value.id !== key) {
    await setAside('artworks', key, raw, `record id ${parsed.value.id} does not match its key`, { remove: true });
    return null;
  }
  // Salvaged: keep a copy of the original; the clean version is written on the next save.
  if (parsed.problems.length > 0) await setAside('artworks', key, raw, parsed.problems.join('; '), { keep: true });
  return parsed.value;
}


export function checkpointKey(artworkId: string, opCount: number, fingerprint: string): string {
  return `${artworkId}:ckpt:${opCount}:${fingerprint}`;
}

export async function saveCheckpoint(checkpoint: StoredCheckpoint): Promise<CheckpointRef> {
  const key = checkpointKey(checkpoint.artworkId, checkpoint.opCount, checkpoint.fingerprint);
  await set(key, checkpoint, getStores().rasters);
  return { key, opCount: checkpoint.opCount, fingerprint: checkpoint.fingerprint };
}

/** The checkpoint a reference points at, only if it is intact and matches the reference. */
export async function loadCheckpoint(ref: CheckpointRef): Promise<StoredCheckpoint | null> {
  const raw = await get<unknown>(ref.key, getStores().rasters);
  if (raw === undefined) return null;
  const parsed = parseStoredCheckpoint(raw);
  if (!parsed.ok) {
    await setAside('rasters', ref.key, raw, parsed.reason, { remove: true });
    return null;
  }
  const c = parsed.value;
  return c.opCount === ref.opCount && c.fingerprint === ref.fingerprint ? c : null;
}

export async function deleteCheckpoint(key: string): Promise<void> {
  await del(key, getStores().rasters);
}

/** Removes an artwork for good (only for pictures whose time in the bin is over): record, then rasters. */
export async function deleteArtworkForGood(id: string): Promise<void> {
  await del(id, getStores().artworks);
  const rasterKeys = (await keys(getStores().rasters)).filter((k) => typeof k === 'string' && k.startsWith(`${id}:`));
  await delMany(rasterKeys, getStores().rasters);
}
