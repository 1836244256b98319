import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { entries, get, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { onSetAside, setAside } from './quarantine';
import { getStores, resetStoresForTests } from './stores';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStoresForTests();
});

describe('setting a bad record aside', () => {
  it('two readers meeting the same record at once set it aside once; a later one sets it aside again', async () => {
    await set('feelings:art-1', { before: 'furious' }, getStores().reflections);
    const heard: string[] = [];
    const stop = onSetAside((store, key) => heard.push(`${store}/${key}`));
    heard.length = 0; // set aside earlier with no one listening: told to a new listener at once
    const raw = { before: 'furious' };
    await Promise.all([
      setAside('reflections', 'feelings:art-1', raw, 'unknown feeling', { remove: true }),
      setAside('reflections', 'feelings:art-1', raw, 'unknown feeling', { remove: true }),
    ]);
    expect(heard).toEqual(['reflections/feelings:art-1']);
    expect(await get('feelings:art-1', getStores().reflections)).toBeUndefined();
    // The same junk written again later is a new event, set aside again.
    await setAside('reflections', 'feelings:art-1', raw, 'unknown feeling', { keep: true });
    stop();
    expect(heard).toEqual(['reflections/feelings:art-1', 'reflections/feelings:art-1']);
    const kept = (await entries<string, { store: string; key: string; reason: string; value: unknown }>(getStores().quarantine)).map(([, record]) => record);
    expect(kept[0]).toMatchObject({ store: 'reflections', key: 'feelings:art-1', reason: 'unknown feeling', value: raw });
  });

  it('the same key in two stores are two records', async () => {
    const heard: string[] = [];
    const stop = onSetAside((store, key) => heard.push(`${store}/${key}`));
    heard.length = 0;
    await Promise.all([setAside('gallery', 'x', 1, 'junk', { remove: true }), setAside('outbox', 'x', 2, 'junk', { remove: true })]);
    stop();
    expect(heard.sort()).toEqual(['gallery/x', 'outbox/x']);
  });
});
