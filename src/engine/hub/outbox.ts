import { isCount, isId, isObject, isTime, type RecordCheck } from '../model/validation';

/**
 * The tablet's outbox for the session hub: one entry per finished picture, the version to send.
 * A pure state machine (the storage keeps the entries, a sender runs it): waiting → sent, with
 * back-off after each failure. A newer version of a picture replaces a waiting older one; a
 * version already sent is never queued again. Sending is idempotent at the hub (id and version),
 * so an entry that was in flight when the tablet crashed is simply sent again and stored once.
 */
export interface OutboxEntry {
  artworkId: string;
  version: number;
  /** 'sent' once the picture and (when wanted) its time-lapse are at the hub. */
  state: 'waiting' | 'sent';
  pictureSent: boolean;
  /** The time-lapse, made on the tablet while no picture is open and sent after the picture. */
  video: 'none' | 'waiting' | 'sent';
  attempts: number;
  /** When the next try may start (ms since 1970). */
  nextAttemptAt: number;
  lastError: string | null;
  /** The parents' page for this picture's child, once the hub answered. */
  parentUrl: string | null;
}

/** Back-off after a failed try: 2 s, 4 s, 8 s … up to 5 minutes, ±20 % so tablets do not retry in step. */
export function retryDelay(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(5 * 60_000, 2000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** The entry after a picture was finished (done, or left): null when nothing needs sending. */
export function enqueue(current: OutboxEntry | null, artworkId: string, version: number, now: number, withVideo = false): OutboxEntry | null {
  if (current && current.version >= version) return null;
  return { artworkId, version, state: 'waiting', pictureSent: false, video: withVideo ? 'waiting' : 'none', attempts: 0, nextAttemptAt: now, lastError: null, parentUrl: current?.parentUrl ?? null };
}

/** The entry to send now: pictures before time-lapses (the wall and the parents wait for those), each the longest-waiting that is due. */
export function nextDue(entries: readonly OutboxEntry[], now: number): OutboxEntry | null {
  let best: OutboxEntry | null = null;
  const rank = (entry: OutboxEntry) => (entry.pictureSent ? 1 : 0);
  for (const entry of entries) {
    if (entry.state !== 'waiting' || entry.nextAttemptAt > now) continue;
    if (!best || rank(entry) < rank(best) || (rank(entry) === rank(best) && entry.nextAttemptAt < best.nextAttemptAt)) best = entry;
  }
  return best;
}

/** When the sender should look again (null: nothing is waiting). */
export function nextWake(entries: readonly OutboxEntry[]): number | null {
  let wake: number | null = null;
  for (const entry of entries) if (entry.state === 'waiting' && (wake === null || entry.nextAttemptAt < wake)) wake = entry.nextAttemptAt;
  return wake;
}

/** The picture is at the hub; its time-lapse (if wanted) is next (the tries so far still count for it). */
export function sent(entry: OutboxEntry, parentUrl: string | null): OutboxEntry {
  const done = entry.video !== 'waiting';
  return { ...entry, state: done ? 'sent' : 'waiting', pictureSent: true, attempts: done ? 0 : entry.attempts, lastError: null, parentUrl: parentUrl ?? entry.parentUrl };
}

/** The time-lapse is at the hub (or none can be made on this tablet): nothing is left to send. */
export function videoDone(entry: OutboxEntry, made: boolean): OutboxEntry {
  return { ...entry, state: 'sent', video: made ? 'sent' : 'none', attempts: 0, lastError: null };
}

/** Not now (a child is drawing): look again later, without counting it as a failure. */
export function postpone(entry: OutboxEntry, until: number): OutboxEntry {
  return { ...entry, nextAttemptAt: until };
}

export function failed(entry: OutboxEntry, error: string, now: number, random?: () => number): OutboxEntry {
  const attempts = entry.attempts + 1;
  return { ...entry, attempts, lastError: error.slice(0, 200), nextAttemptAt: now + retryDelay(attempts, random) };
}

/** After a reload, the Wi-Fi back, or a new pairing: everything waiting may go now. */
export function wakeAll(entries: readonly OutboxEntry[], now: number): OutboxEntry[] {
  return entries.filter((entry) => entry.state === 'waiting' && entry.nextAttemptAt > now).map((entry) => ({ ...entry, nextAttemptAt: now }));
}

export function outboxSummary(entries: readonly OutboxEntry[]): { waiting: number; sent: number } {
  let waiting = 0;
  for (const entry of entries) if (entry.state === 'waiting') waiting++;
  return { waiting, sent: entries.length - waiting };
}

export function parseOutboxEntry(raw: unknown): RecordCheck<OutboxEntry> {
  if (!isObject(raw)) return { ok: false, reason: 'not an outbox entry' };
  const { artworkId, version, state, attempts, nextAttemptAt, lastError, parentUrl } = raw;
  // Entries from before time-lapses travelled: the picture was sent when the entry was.
  const pictureSent = raw.pictureSent ?? state === 'sent';
  const video = raw.video ?? 'none';
  if (typeof pictureSent !== 'boolean') return { ok: false, reason: 'no valid picture state' };
  if (video !== 'none' && video !== 'waiting' && video !== 'sent') return { ok: false, reason: 'no valid time-lapse state' };
  if (!isId(artworkId)) return { ok: false, reason: 'no valid picture id' };
  if (!isTime(version) || !isCount(attempts) || !isTime(nextAttemptAt)) return { ok: false, reason: 'no valid version, attempts or time' };
  if (state !== 'waiting' && state !== 'sent') return { ok: false, reason: 'no valid state' };
  if (lastError !== null && typeof lastError !== 'string') return { ok: false, reason: 'no valid error' };
  if (parentUrl !== null && (typeof parentUrl !== 'string' || !/^https?:\/\/[^\s]{1,200}\/p\/[2-9A-HJ-NP-Z]{8}$/.test(parentUrl))) return { ok: false, reason: 'no valid parents’ link' };
  return { ok: true, value: { artworkId, version, state, pictureSent, video, attempts, nextAttemptAt, lastError, parentUrl } };
}

/** This tablet's pairing with the hub it was loaded from. */
export interface HubPairing {
  tabletId: string;
  token: string;
  pairedAt: number;
}

export function parseHubPairing(raw: unknown): RecordCheck<HubPairing> {
  if (!isObject(raw)) return { ok: false, reason: 'not a pairing' };
  const { tabletId, token, pairedAt } = raw;
  if (typeof tabletId !== 'string' || !/^[0-9a-f-]{36}$/.test(tabletId)) return { ok: false, reason: 'no valid tablet id' };
  if (typeof token !== 'string' || !/^[0-9a-f]{64}$/.test(token)) return { ok: false, reason: 'no valid token' };
  if (!isTime(pairedAt)) return { ok: false, reason: 'no valid date' };
  return { ok: true, value: { tabletId, token, pairedAt } };
}
