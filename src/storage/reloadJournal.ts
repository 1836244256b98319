import { type Artwork, createArtwork, opsFingerprint } from '../engine/model/artwork';
import type { Op } from '../engine/model/ops';
import { parseArtwork } from '../engine/model/schema';
import { isCount, isObject } from '../engine/model/validation';
import { readArtwork, saveArtwork } from './artworkRepository';
import { quarantine } from './quarantine';

/**
 * The last steps of a picture, written synchronously to localStorage when the page is hidden or
 * goes away. IndexedDB writes are asynchronous and Firefox drops the ones still running when a
 * page reloads (a stroke finished 30–100 ms before a reload was lost); localStorage is written
 * before the page is gone. The next start puts the steps into the picture, then forgets them.
 */
const PREFIX = 'ec-journal:';

export interface JournalEntry {
  id: string;
  createdAt: number;
  updatedAt: number;
  pageId: string | null;
  childId: string | null;
  /** The ops before this index are in storage, as `prefix` (their fingerprint) says. */
  fromOp: number;
  prefix: string;
  ops: Op[];
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Some private modes throw on the mere access.
  }
}

/** Synchronous on purpose: it runs in pagehide, the page's last moment. False if it could not. */
export function writeJournal(artwork: Artwork, fromOp: number): boolean {
  const { id, createdAt, updatedAt, pageId, childId, ops } = artwork;
  const entry = {
    id,
    createdAt,
    updatedAt,
    pageId,
    childId,
    fromOp,
    prefix: opsFingerprint(ops, fromOp),
    ops: ops.slice(fromOp).map((op) => (op.kind === 'stroke' ? { ...op, points: Array.from(op.points) } : op)),
  };
  try {
    storage()?.setItem(PREFIX + id, JSON.stringify(entry));
    return storage() !== null;
  } catch {
    return false;
  }
}

export function clearJournal(id: string): void {
  try {
    storage()?.removeItem(PREFIX + id);
  } catch {
    // Nothing to clear where there is no localStorage.
  }
}

/**
 * At start-up, before any picture opens: every journal's steps join their stored picture when
 * it still is the version they followed; a journal that no longer fits is set aside.
 */
export async function replayJournals(now = Date.now()): Promise<number> {
  const store = storage();
  if (!store) return 0;
  let replayed = 0;
  for (const key of Object.keys(store).filter((k) => k.startsWith(PREFIX))) {
    const text = store.getItem(key);
    try {
      if (await replayOne(key.slice(PREFIX.length), text, now)) replayed++;
    } finally {
      store.removeItem(key);
    }
  }
  return replayed;
}

async function replayOne(id: string, text: string | null, now: number): Promise<boolean> {
  const entry = parseEntry(id, text);
  if (!entry) {
    await quarantine('journal', id, text, 'unreadable reload journal');
    return false;
  }
  const stored = (await readArtwork(id))?.artwork ?? null;
  const base = stored ?? createArtwork(id, entry.createdAt, entry.pageId, entry.childId);
  // Saved after the journal was written: storage has newer steps.
  if (stored && stored.updatedAt > entry.updatedAt) return false;
  if (base.ops.length < entry.fromOp || opsFingerprint(base.ops, entry.fromOp) !== entry.prefix) {
    await quarantine('journal', id, entry, 'reload journal does not follow the stored picture');
    return false;
  }
  const ops = [...base.ops.slice(0, entry.fromOp), ...entry.ops];
  // The save landed after all: storage already has exactly these steps.
  if (stored && stored.ops.length === ops.length && opsFingerprint(stored.ops, ops.length) === opsFingerprint(ops, ops.length)) return false;
  const ref = base.checkpoint;
  const checkpoint = ref && ref.opCount <= ops.length && opsFingerprint(ops, ref.opCount) === ref.fingerprint ? ref : null;
  await saveArtwork({ ...base, ops, checkpoint, updatedAt: Math.min(entry.updatedAt, now) });
  return true;
}

/** Through the artwork schema: a journal is read as carefully as any stored picture. */
function parseEntry(id: string, text: string | null): JournalEntry | null {
  try {
    const raw: unknown = JSON.parse(text ?? 'null');
    if (!isObject(raw) || raw.id !== id || !isCount(raw.fromOp) || typeof raw.prefix !== 'string' || !Array.isArray(raw.ops)) return null;
    const parsed = parseArtwork({ schemaVersion: 1, id, createdAt: raw.createdAt, updatedAt: raw.updatedAt, pageId: raw.pageId, childId: raw.childId, ops: raw.ops, checkpoint: null });
    if (!parsed.ok || parsed.problems.length > 0) return null;
    const { createdAt, updatedAt, pageId, childId, ops } = parsed.value;
    return { id, createdAt, updatedAt, pageId, childId, fromOp: raw.fromOp, prefix: raw.prefix, ops };
  } catch {
    return null;
  }
}
