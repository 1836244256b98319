import { set } from 'idb-keyval';
import { type Child, parseChildren } from '../engine/model/children';
import { noteInBootSnapshot } from './bootSnapshot';
import { readSmallRecord } from './smallRecords';
import { getStores } from './stores';

const KEY = 'children';

/** The children's names and avatars; bad entries are dropped and the original list set aside once. */
export async function loadChildren(): Promise<Child[]> {
  return readSmallRecord(KEY, parseChildren);
}

/** Written in the form loadChildren reads back unchanged. */
export async function saveChildren(children: Child[]): Promise<void> {
  const clean = parseChildren(children);
  await set(KEY, clean, getStores().settings);
  noteInBootSnapshot('children', clean);
}
