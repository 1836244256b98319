import { type Child, parseChildren } from '../engine/model/children';
import { parseSettings, type Settings } from '../engine/model/settings';
import { parseSession, type SessionState } from '../engine/model/session';
import { isObject } from '../engine/model/validation';
import { disagreements } from './recordCheck';

/**
 * A copy in localStorage of the three small records the first screen needs (settings, children,
 * the last screen). localStorage answers synchronously, so the home screen draws at once on the
 * next start instead of after IndexedDB opens (a tenth of a second on a tablet). IndexedDB stays
 * the truth: the app checks the copy against it as soon as it answers. The copy is written after
 * each record reaches IndexedDB, and a copy that does not read back cleanly is ignored.
 */
const KEY = 'ec-boot-snapshot';

export interface BootRecords {
  settings: Settings;
  children: Child[];
  session: SessionState;
}

type Part = keyof BootRecords;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some private modes throw on the mere access.
    return null;
  }
}

function readRaw(): Partial<Record<Part, unknown>> | null {
  try {
    const text = storage()?.getItem(KEY);
    const raw: unknown = text ? JSON.parse(text) : null;
    return isObject(raw) ? (raw as Partial<Record<Part, unknown>>) : null;
  } catch {
    return null;
  }
}

/** The copy, if all three records are there and read back exactly as written; else null. */
export function readBootSnapshot(defaults: Settings): BootRecords | null {
  const raw = readRaw();
  if (!raw || raw.settings === undefined || raw.children === undefined || raw.session === undefined) return null;
  const records: BootRecords = { settings: parseSettings(raw.settings, defaults), children: parseChildren(raw.children), session: parseSession(raw.session) };
  const clean = (Object.keys(records) as Part[]).every((part) => disagreements(raw[part], records[part]).length === 0);
  return clean ? records : null;
}

/**
 * Notes one record as it now is in IndexedDB, in a copy a start from IndexedDB made (none is
 * begun here: a tab keeping pictures in memory must not leave one). A full or missing
 * localStorage only costs the quick start.
 */
export function noteInBootSnapshot<P extends Part>(part: P, value: BootRecords[P]): void {
  const store = storage();
  const copy = readRaw();
  if (!store || !copy) return;
  try {
    store.setItem(KEY, JSON.stringify({ ...copy, [part]: value }));
  } catch {
    store.removeItem(KEY);
  }
}

/** The whole copy anew (at start-up, from what IndexedDB just gave). */
export function writeBootSnapshot(records: BootRecords): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(records));
  } catch {
    storage()?.removeItem(KEY);
  }
}

export function clearBootSnapshot(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}

/** Whether two sets of records are the same (the copy was right). */
export function sameBootRecords(a: BootRecords, b: BootRecords): boolean {
  const key = ({ settings, children, session }: BootRecords) => JSON.stringify([settings, children, session]);
  return key(a) === key(b);
}
