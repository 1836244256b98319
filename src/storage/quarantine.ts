import { set } from 'idb-keyval';
import { getStores } from './stores';

/**
 * Bad records are set aside with the reason, never deleted: an adult (or a later version of the
 * app) may still recover them.
 */
export async function quarantine(store: string, key: string, value: unknown, reason: string): Promise<void> {
  const id = `${store}:${key}:${Date.now()}`;
  try {
    await set(id, { store, key, reason, at: Date.now(), value }, getStores().quarantine);
  } catch {
    // A value that cannot be cloned is kept as text so that at least its shape survives.
    await set(id, { store, key, reason, at: Date.now(), value: safeString(value) }, getStores().quarantine);
  }
  console.warn(`Set aside ${store}/${key}: ${reason}`);
  for (const listener of listeners) listener(store, key);
}

const listeners = new Set<(store: string, key: string) => void>();

/** Lets the app tell the adult, calmly, that a damaged record was set aside. */
export function onSetAside(listener: (store: string, key: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function safeString(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 1_000_000) ?? String(value);
  } catch {
    return String(value);
  }
}
