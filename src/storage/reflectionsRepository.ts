import { delMany, entries, get, set, update } from 'idb-keyval';
import {
  type Feeling,
  type FeelingMoment,
  type PictureFeelings,
  parsePictureFeelings,
  parseTherapistNote,
  type TherapistNote,
} from '../engine/model/reflections';
import { ID_CHARS } from '../engine/model/validation';
import { setAside } from './quarantine';
import { getStores } from './stores';

/** Each picture's feelings and the therapist's note, under keys `feelings:<id>` and `note:<id>`. */
const feelingsKey = (artworkId: string) => `feelings:${artworkId}`;
const noteKey = (artworkId: string) => `note:${artworkId}`;

/** Records the child's face (or a skip: null) before or after a picture; the other side is kept. */
export async function saveFeeling(artworkId: string, moment: FeelingMoment, feeling: Feeling | null): Promise<void> {
  await update<unknown>(
    feelingsKey(artworkId),
    (raw) => {
      const previous = parsePictureFeelings(raw);
      const kept: PictureFeelings = previous.ok ? previous.value : { before: null, after: null };
      return { ...kept, [moment]: feeling };
    },
    getStores().reflections,
  );
}

/** The therapist's note exactly as typed (the caller cleans it); an empty note removes the record. */
export async function saveNote(artworkId: string, text: string, now = Date.now()): Promise<void> {
  if (text === '') await delMany([noteKey(artworkId)], getStores().reflections);
  else await set(noteKey(artworkId), { text, updatedAt: now } satisfies TherapistNote, getStores().reflections);
}

export async function loadNote(artworkId: string): Promise<TherapistNote | null> {
  const key = noteKey(artworkId);
  return readChecked(key, await get<unknown>(key, getStores().reflections), parseTherapistNote);
}

export interface Reflections {
  feelings: Map<string, PictureFeelings>;
  notes: Map<string, TherapistNote>;
}

/** Everything kept beside the pictures; junk records are set aside once and never listed. */
export async function loadReflections(): Promise<Reflections> {
  const result: Reflections = { feelings: new Map(), notes: new Map() };
  for (const [key, raw] of await entries<IDBValidKey, unknown>(getStores().reflections)) {
    const [kind, artworkId] = typeof key === 'string' ? splitKey(key) : [null, null];
    if (kind === 'feelings' && artworkId) {
      const feelings = await readChecked(key as string, raw, parsePictureFeelings);
      if (feelings) result.feelings.set(artworkId, feelings);
    } else if (kind === 'note' && artworkId) {
      const note = await readChecked(key as string, raw, parseTherapistNote);
      if (note) result.notes.set(artworkId, note);
    } else {
      await setAside('reflections', key, raw, 'neither feelings nor a note', { remove: true });
    }
  }
  return result;
}

/** Written by the archive import: what another tablet kept beside its pictures. */
export async function restoreReflections(artworkId: string, feelings: PictureFeelings | null, note: TherapistNote | null): Promise<void> {
  const store = getStores().reflections;
  if (feelings) await set(feelingsKey(artworkId), feelings, store);
  if (note) await set(noteKey(artworkId), note, store);
}

/** When a picture leaves the device for good, what was kept beside it goes too. */
export async function removeReflections(artworkId: string): Promise<void> {
  await delMany([feelingsKey(artworkId), noteKey(artworkId)], getStores().reflections);
}

const REFLECTION_KEY = new RegExp(`^(feelings|note):(${ID_CHARS})$`);

function splitKey(key: string): [string | null, string | null] {
  const match = REFLECTION_KEY.exec(key);
  return match ? [match[1]!, match[2]!] : [null, null];
}

async function readChecked<T>(key: string, raw: unknown, parse: (raw: unknown) => { ok: true; value: T } | { ok: false; reason: string }): Promise<T | null> {
  if (raw === undefined) return null;
  const parsed = parse(raw);
  if (parsed.ok) return parsed.value;
  await setAside('reflections', key, raw, parsed.reason, { remove: true });
  return null;
}
