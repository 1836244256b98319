import { get } from 'idb-keyval';
import { setAside } from './quarantine';
import { disagreements } from './recordCheck';
import { getStores } from './stores';

/**
 * Reads one small record of the settings store (settings, children, the last screen) through its
 * parser. Junk fields are dropped or replaced by the parser; the original record is then set aside
 * once and the clean version written in its place, so the junk is neither lost nor seen again.
 */
export async function readSmallRecord<T>(key: string, parse: (raw: unknown) => T): Promise<T> {
  const raw = await get<unknown>(key, getStores().settings);
  const value = parse(raw);
  const junk = raw === undefined ? [] : disagreements(raw, value);
  if (junk.length > 0) await setAside('settings', key, raw, `junk in ${junk.join(', ')}`, { replaceWith: value });
  return value;
}
