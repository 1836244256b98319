import { del, delMany, get, keys, set } from 'idb-keyval';
import { type Artwork, type CheckpointRef, headerOf, type PictureHeader, type StoredCheckpoint } from '../engine/model/artwork';
import { assembleArtwork, isPictureHeaderShape, type ParseResult, parseArtwork, parsePictureHeader, parseStoredCheckpoint } from '../engine/model/schema';
import { isFiniteNumber, isObject } from '../engine/model/validation';
import { deletePictureRecords, readAllHeaderRecords, readPictureRecords, writePictureRecords } from './pictureRecords';
import { setAside } from './quarantine';
import { getStores } from './stores';

/** Writes a whole picture (import, tests): its header and every chunk, in one transaction. */
export async function saveArtwork(artwork: Artwork, binnedAt: number | null = null): Promise<void> {
  await writePictureRecords(headerOf(artwork, binnedAt), artwork.ops, 0);
}

/**
 * Saves what changed since the last save: the header (which is also the gallery's summary) and
 * the chunks from the one holding op `fromOp`, in one transaction.
 */
export async function saveArtworkChanges(artwork: Artwork, fromOp: number): Promise<void> {
  await writePictureRecords(headerOf(artwork), artwork.ops, fromOp);
}

export interface LoadedArtwork {
  artwork: Artwork;
  /** The stored chunks hold exactly these ops, so the next save may write only what changes. */
  exact: boolean;
}

/** Loads and validates one artwork; a broken record is set aside and reported as missing. */
export async function loadArtwork(id: string): Promise<Artwork | null> {
  return (await readArtwork(id))?.artwork ?? null;
}

export async function readArtwork(id: string): Promise<LoadedArtwork | null> {
  const { raw, chunks } = await readPictureRecords(id);
  if (raw === undefined) return null;
  if (!isPictureHeaderShape(raw)) {
    const legacy = await validateLegacy(id, raw);
    return legacy ? { artwork: legacy, exact: false } : null;
  }
  const header = await validateHeader(id, raw);
  if (!header) return null;
  const { artwork, problems } = assembleArtwork(header, chunks);
  // Salvaged: a copy of the damaged original is kept; the clean picture is written on the next save.
  if (problems.length > 0) await setAside('artworks', id, { header: raw, chunks }, problems.join('; '), { keep: true });
  return { artwork, exact: problems.length === 0 };
}

/**
 * Every good picture's header, newest first. Junk is set aside; a picture still in the version-1
 * form (ops inside the record) is rewritten as header and chunks, keeping its place in the bin.
 */
export async function listPictureHeaders(): Promise<PictureHeader[]> {
  const headers: PictureHeader[] = [];
  for (const [key, raw] of await readAllHeaderRecords()) {
    const header = isPictureHeaderShape(raw) ? await validateHeader(key, raw) : await upgradeLegacy(key, raw);
    if (header) headers.push(header);
  }
  return headers.sort((a, b) => b.updatedAt - a.updatedAt);
}

async function validateHeader(key: IDBValidKey, raw: unknown): Promise<PictureHeader | null> {
  return acceptUnderKey(key, raw, parsePictureHeader(raw));
}

async function validateLegacy(key: IDBValidKey, raw: unknown): Promise<Artwork | null> {
  const parsed = parseArtwork(raw);
  const artwork = await acceptUnderKey(key, raw, parsed);
  if (artwork && parsed.ok && parsed.problems.length > 0) await setAside('artworks', key, raw, parsed.problems.join('; '), { keep: true });
  return artwork;
}

/** A parsed picture record, if it is good and stored under its own id; else it is set aside. */
async function acceptUnderKey<T extends { id: string }>(key: IDBValidKey, raw: unknown, parsed: ParseResult<T>): Promise<T | null> {
  if (parsed.ok && parsed.value.id === key) return parsed.value;
  const reason = parsed.ok ? `record id ${parsed.value.id} does not match its key` : parsed.reason;
  await setAside('artworks', key, raw, reason, { remove: true });
  return null;
}

/** Version 1 kept the bin time in a separate gallery summary; it moves into the header. */
async function upgradeLegacy(key: IDBValidKey, raw: unknown): Promise<PictureHeader | null> {
  const artwork = await validateLegacy(key, raw);
  if (!artwork) return null;
  const summary = await get<unknown>(`item:${artwork.id}`, getStores().gallery).catch(() => undefined);
  const binnedAt = isObject(summary) ? summary.binnedAt : null;
  const header = headerOf(artwork, isFiniteNumber(binnedAt) ? binnedAt : null);
  await writePictureRecords(header, artwork.ops, 0);
  await del(`item:${artwork.id}`, getStores().gallery).catch(() => {});
  return header;
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
  await deletePictureRecords(id);
  const rasterKeys = (await keys(getStores().rasters)).filter((k) => typeof k === 'string' && k.startsWith(`${id}:`));
  await delMany(rasterKeys, getStores().rasters);
}
