import { del, get, set } from 'idb-keyval';
import { fnv1a } from '../engine/model/fnv';
import { getStores, type Stores } from './stores';

/**
 * Bad records are set aside with the reason, never deleted: an adult (or a later version of the
 * app) may still recover them.
 */
export async function quarantine(store: string, key: string, value: unknown, reason: string): Promise<void> {
  await writeCopy(`${store}:${key}:${Date.now()}`, store, key, value, reason);
}

/**
 * A copy of a bad record that stays where it is (a salvaged picture is read again at every
 * opening until a save rewrites it clean): the same damage is copied and told to the adult once.
 */
async function quarantineOnce(store: string, key: string, value: unknown, reason: string): Promise<void> {
  const id = `${store}:${key}:kept:${fingerprint(reason, value)}`;
  if ((await get(id, getStores().quarantine)) !== undefined) return;
  await writeCopy(id, store, key, value, reason);
}

async function writeCopy(id: string, store: string, key: string, value: unknown, reason: string): Promise<void> {
  try {
    await set(id, { store, key, reason, at: Date.now(), value }, getStores().quarantine);
  } catch {
    // A value that cannot be cloned is kept as text so that at least its shape survives.
    await set(id, { store, key, reason, at: Date.now(), value: safeString(value) }, getStores().quarantine);
  }
  console.warn(`Set aside ${store}/${key}: ${reason}`);
  if (listeners.size === 0 && unheard.length < MAX_UNHEARD) unheard.push([store, key]);
  for (const listener of listeners) listener(store, key);
}

/** What becomes of the bad record once its copy is safe in quarantine. */
export type AfterSetAside = { remove: true } | { keep: true } | { replaceWith: unknown };

/** Records being set aside right now, by store and key: a second reader waits for the first. */
const settingAside = new Map<string, Promise<void>>();

/**
 * Moves (or copies) a bad record to the quarantine store, then removes it, keeps it, or writes the
 * clean version in its place. Best effort: if the copy cannot be written (a full disk), the record
 * stays where it is, skipped but never destroyed. A bad record is set aside once however many
 * readers meet it: a second reader at the same moment waits for the first, and a later one that
 * read it before it was moved finds it gone (or changed) and leaves it to whoever reads it next.
 */
export function setAside(store: keyof Stores, key: IDBValidKey, raw: unknown, reason: string, after: AfterSetAside): Promise<void> {
  const id = `${store}\u0000${String(key)}`;
  const running = settingAside.get(id);
  if (running) return running;
  const work = moveAside(store, key, raw, reason, after).finally(() => settingAside.delete(id));
  settingAside.set(id, work);
  return work;
}

async function moveAside(store: keyof Stores, key: IDBValidKey, raw: unknown, reason: string, after: AfterSetAside): Promise<void> {
  try {
    if (!('keep' in after) && !(await stillStored(store, key, raw))) return;
    // The real key is removed (junk may sit under a number); the quarantine names it as text.
    if ('keep' in after) await quarantineOnce(store, String(key), raw, reason);
    else await quarantine(store, String(key), raw, reason);
    if ('remove' in after) await del(key, getStores()[store]);
    else if ('replaceWith' in after) await set(key, after.replaceWith, getStores()[store]);
  } catch (error) {
    console.warn(`Could not set aside ${store}/${key}`, error);
  }
}

/** Whether the store still holds what this reader saw (by outline: the same shape and first items). */
async function stillStored(store: keyof Stores, key: IDBValidKey, raw: unknown): Promise<boolean> {
  const current = await get<unknown>(key, getStores()[store]);
  return current !== undefined && outline(current) === outline(raw);
}

const listeners = new Set<(store: string, key: string) => void>();
/** Set aside before anyone listened (while the app was starting): told to the first listener. */
const unheard: [string, string][] = [];
const MAX_UNHEARD = 20;

/** Lets the app tell the adult, calmly, that a damaged record was set aside. */
export function onSetAside(listener: (store: string, key: string) => void): () => void {
  listeners.add(listener);
  for (const [store, key] of unheard.splice(0)) listener(store, key);
  return () => listeners.delete(listener);
}

function safeString(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 1_000_000) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * A digest of the reason and the record's outline: the same damage gives the same name. Long lists
 * and typed arrays count by their length and first items, so a big picture costs little to name.
 */
function fingerprint(reason: string, value: unknown): string {
  const digest = fnv1a();
  digest.mixText(`${reason}\u0000${outline(value)}`);
  return digest.value().toString(36);
}

function outline(value: unknown): string {
  try {
    return (
      JSON.stringify(value, (_key, item: unknown) => {
        if (ArrayBuffer.isView(item)) return `${item.constructor.name}(${item.byteLength})`;
        if (Array.isArray(item) && item.length > 16) return [...item.slice(0, 16), `…${item.length}`];
        return item;
      }) ?? String(value)
    );
  } catch {
    return String(value);
  }
}
