import { set } from 'idb-keyval';
import { isObject, isTime } from '../engine/model/validation';
import { readSmallRecord } from './smallRecords';
import { getStores } from './stores';

/** When an adult last saved all pictures to a file (the session ZIP). */
export interface BackupRecord {
  /** Epoch ms, or null when the pictures on this tablet were never saved to a file. */
  savedAt: number | null;
}

const KEY = 'backup';

export function parseBackupRecord(raw: unknown): BackupRecord {
  const savedAt = isObject(raw) ? raw.savedAt : null;
  return { savedAt: isTime(savedAt) && savedAt > 0 ? savedAt : null };
}

export function loadBackupRecord(): Promise<BackupRecord> {
  return readSmallRecord(KEY, parseBackupRecord);
}

export async function saveBackupRecord(record: BackupRecord): Promise<void> {
  await set(KEY, parseBackupRecord(record), getStores().settings);
}
