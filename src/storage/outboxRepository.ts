import { del, entries, get, set, update } from 'idb-keyval';
import { enqueue, type HubPairing, type OutboxEntry, parseHubPairing, parseOutboxEntry } from '../engine/hub/outbox';
import { setAside } from './quarantine';
import { getStores } from './stores';

const PAIRING_KEY = 'hub';
/** The hub answered that it no longer knows this tablet (unpaired on the laptop): the adult is told until it connects again. */
const LOST_KEY = 'hubLost';

/** Every entry, junk set aside (never sent, never lost: quarantine keeps it). */
export async function loadOutbox(): Promise<OutboxEntry[]> {
  const list: OutboxEntry[] = [];
  for (const [key, raw] of await entries<IDBValidKey, unknown>(getStores().outbox)) {
    const parsed = parseOutboxEntry(raw);
    if (parsed.ok && parsed.value.artworkId === key) list.push(parsed.value);
    else await setAside('outbox', key, raw, parsed.ok ? 'stored under another id' : parsed.reason, { remove: true });
  }
  return list;
}

export async function saveOutboxEntry(entry: OutboxEntry): Promise<void> {
  await set(entry.artworkId, entry, getStores().outbox);
}

/**
 * Stores what sending an entry led to, unless the picture was queued again meanwhile (a newer
 * version waits: it stays, and is sent next). One IndexedDB transaction: read, compare, write.
 */
export async function settleOutboxEntry(sentFrom: OutboxEntry, next: OutboxEntry): Promise<OutboxEntry> {
  let kept = next;
  await update<unknown>(
    sentFrom.artworkId,
    (raw) => {
      const stored = raw === undefined ? null : parseOutboxEntry(raw);
      if (stored?.ok && stored.value.version > sentFrom.version) {
        kept = stored.value;
        return raw;
      }
      return next;
    },
    getStores().outbox,
  );
  return kept;
}

/** A finished picture joins the outbox (a newer version replaces a waiting older one); true when queued. */
export async function queuePicture(artworkId: string, version: number, withVideo: boolean, now = Date.now()): Promise<boolean> {
  const raw = await get<unknown>(artworkId, getStores().outbox);
  const current = raw === undefined ? null : parseOutboxEntry(raw);
  const next = enqueue(current?.ok ? current.value : null, artworkId, version, now, withVideo);
  if (next) await saveOutboxEntry(next);
  return next !== null;
}

export async function loadHubPairing(): Promise<HubPairing | null> {
  const raw = await get<unknown>(PAIRING_KEY, getStores().settings);
  if (raw === undefined) return null;
  const parsed = parseHubPairing(raw);
  if (parsed.ok) return parsed.value;
  await setAside('settings', PAIRING_KEY, raw, parsed.reason, { remove: true });
  return null;
}

export async function saveHubPairing(pairing: HubPairing | null): Promise<void> {
  if (pairing) await set(PAIRING_KEY, pairing, getStores().settings);
  else await del(PAIRING_KEY, getStores().settings);
  await del(LOST_KEY, getStores().settings);
}

/** The hub refused this pairing: it is forgotten (unless a newer one replaced it meanwhile), and remembered as lost. */
export async function forgetLostHubPairing(lost: HubPairing): Promise<void> {
  if ((await loadHubPairing())?.token !== lost.token) return;
  await del(PAIRING_KEY, getStores().settings);
  await set(LOST_KEY, true, getStores().settings);
}

export async function hubPairingLost(): Promise<boolean> {
  return (await get<unknown>(LOST_KEY, getStores().settings)) === true;
}
