import { set } from 'idb-keyval';
import { parseSettings, type Settings } from '../engine/model/settings';
import { noteInBootSnapshot } from './bootSnapshot';
import { readSmallRecord } from './smallRecords';
import { getStores } from './stores';

const KEY = 'settings';

/** The adult's settings; junk fields fall back to defaults, and the junk record is set aside once. */
export async function loadSettings(defaults: Settings): Promise<Settings> {
  return readSmallRecord(KEY, (raw) => parseSettings(raw, defaults));
}

/** Written in the form loadSettings reads back unchanged, so a good record is never taken for junk. */
export async function saveSettings(settings: Settings): Promise<void> {
  const clean = parseSettings(settings, settings);
  await set(KEY, clean, getStores().settings);
  noteInBootSnapshot('settings', clean);
}
