import { get, set } from 'idb-keyval';
import { parseSettings, type Settings } from '../engine/model/settings';
import { setAside } from './quarantine';
import { disagreements } from './recordCheck';
import { getStores } from './stores';

const KEY = 'settings';

/** The adult's settings; junk fields fall back to defaults, and the junk record is set aside once. */
export async function loadSettings(defaults: Settings): Promise<Settings> {
  const raw = await get<unknown>(KEY, getStores().settings);
  const settings = parseSettings(raw, defaults);
  const junk = raw === undefined ? [] : disagreements(raw, settings);
  if (junk.length > 0) await setAside('settings', KEY, raw, `junk in ${junk.join(', ')}`, { replaceWith: settings });
  return settings;
}

/** Written in the form loadSettings reads back unchanged, so a good record is never taken for junk. */
export async function saveSettings(settings: Settings): Promise<void> {
  await set(KEY, parseSettings(settings, settings), getStores().settings);
}
