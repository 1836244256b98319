import { get, set } from 'idb-keyval';
import { type Child, parseChildren } from '../engine/model/children';
import { getStores } from './stores';

const KEY = 'children';

export async function loadChildren(): Promise<Child[]> {
  return parseChildren(await get<unknown>(KEY, getStores().settings));
}

export async function saveChildren(children: Child[]): Promise<void> {
  await set(KEY, children, getStores().settings);
}
