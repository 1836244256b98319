import { get, set } from 'idb-keyval';
import { type Child, parseChildren } from '../engine/model/children';
import { setAside } from './quarantine';
import { disagreements } from './recordCheck';
import { getStores } from './stores';

const KEY = 'children';

/** The children's names and avatars; bad entries are dropped and the original list set aside once. */
export async function loadChildren(): Promise<Child[]> {
  const raw = await get<unknown>(KEY, getStores().settings);
  const children = parseChildren(raw);
  const junk = raw === undefined ? [] : disagreements(raw, children);
  if (junk.length > 0) await setAside('settings', KEY, raw, `junk in ${junk.join(', ')}`, { replaceWith: children });
  return children;
}

/** Written in the form loadChildren reads back unchanged. */
export async function saveChildren(children: Child[]): Promise<void> {
  await set(KEY, parseChildren(children), getStores().settings);
}
