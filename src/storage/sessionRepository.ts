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

export async function saveSession(state: SessionState): Promise<void> {
  await set(KEY, state, getStores().settings);
  noteInBootSnapshot('session', state);
}
