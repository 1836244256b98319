import { set } from 'idb-keyval';
import { parseSession, type SessionState } from '../engine/model/session';
import { noteInBootSnapshot } from './bootSnapshot';
import { readSmallRecord } from './smallRecords';
import { getStores } from './stores';

export type { SessionState };

const KEY = 'session';

export async function loadSession(): Promise<SessionState> {
  return readSmallRecord(KEY, parseSession);
}

/** The last write asked for; writes to one store land in order, so it settles after all before it. */
let lastWrite: Promise<void> = Promise.resolve();

export function saveSession(state: SessionState): Promise<void> {
  const writing = (async () => {
    await set(KEY, state, getStores().settings);
    noteInBootSnapshot('session', state);
  })();
  lastWrite = writing.catch(() => undefined);
  return writing;
}

/**
 * Settles once every session write asked for so far has reached IndexedDB or failed. A reload
 * waits for it: otherwise a reload right after "home" could come back to the picture just left.
 */
export function sessionWritesSettled(): Promise<void> {
  return lastWrite;
}
