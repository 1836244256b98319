import { get, set } from 'idb-keyval';
import { parseSettings, type Settings } from '../engine/model/settings';
import { getStores } from './stores';

const KEY = 'settings';

export async function loadSettings(defaults: Settings): Promise<Settings> {
  return parseSettings(await get<unknown>(KEY, getStores().settings), defaults);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await set(KEY, settings, getStores().settings);
}
