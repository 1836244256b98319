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
    await set('feelings:art-1', raw, getStores().reflections);
    await setAside('reflections', 'feelings:art-1', raw, 'unknown feeling', { remove: true });
    stop();
    expect(heard).toEqual(['reflections/feelings:art-1', 'reflections/feelings:art-1']);
    const kept = (await entries<string, { store: string; key: string; reason: string; value: unknown }>(getStores().quarantine)).map(([, record]) => record);
    expect(kept[0]).toMatchObject({ store: 'reflections', key: 'feelings:art-1', reason: 'unknown feeling', value: raw });
  });

  it('a reader that read the record before another set it aside leaves it alone; new junk under the key is left to the next reader', async () => {
    const raw = { before: 'furious' };
    await set('feelings:art-2', raw, getStores().reflections);
    const heard: string[] = [];
    const stop = onSetAside((store, key) => heard.push(`${store}/${key}`));
    heard.length = 0;
    await setAside('reflections', 'feelings:art-2', raw, 'unknown feeling', { remove: true });
    // A second screen read the same junk a moment earlier and only now gets to it.
    await setAside('reflections', 'feelings:art-2', raw, 'unknown feeling', { remove: true });
    expect(heard).toEqual(['reflections/feelings:art-2']);
    // Other junk under that key since: not what this reader saw, so it is not set aside as that.
    await set('feelings:art-2', { before: 'cross' }, getStores().reflections);
    await setAside('reflections', 'feelings:art-2', raw, 'unknown feeling', { remove: true });
    stop();
    expect(heard).toEqual(['reflections/feelings:art-2']);
    expect(await get('feelings:art-2', getStores().reflections)).toEqual({ before: 'cross' });
    expect(await entries(getStores().quarantine)).toHaveLength(1);
  });

  it('a record kept where it is (a salvaged picture) is copied once per damage, however often it is read', async () => {
    const heard: string[] = [];
    const stop = onSetAside((store, key) => heard.push(`${store}/${key}`));
    heard.length = 0;
    const damaged = { header: { id: 'art-1', opCount: 3 }, chunks: [{ ops: [1] }, 'junk'] };
    for (let opening = 0; opening < 3; opening++) await setAside('artworks', 'art-1', damaged, 'chunk 2 is damaged', { keep: true });
    expect(heard).toEqual(['artworks/art-1']);
    expect(await entries(getStores().quarantine)).toHaveLength(1);
    // Saved clean, then damaged again in another way: that is a new copy.
    const again = { header: { id: 'art-1', opCount: 4 }, chunks: ['junk', { ops: [1] }] };
    await setAside('artworks', 'art-1', again, 'chunk 1 is damaged', { keep: true });
    await setAside('artworks', 'art-1', again, 'chunk 1 is damaged', { keep: true });
    stop();
    expect(heard).toEqual(['artworks/art-1', 'artworks/art-1']);
    const kept = (await entries<string, { reason: string; value: unknown }>(getStores().quarantine)).map(([, record]) => record);
    expect(kept.map((record) => record.reason).sort()).toEqual(['chunk 1 is damaged', 'chunk 2 is damaged']);
    expect(kept.find((record) => record.reason === 'chunk 1 is damaged')?.value).toEqual(again);
  });

  it('the same key in two stores are two records', async () => {
    const heard: string[] = [];
    const stop = onSetAside((store, key) => heard.push(`${store}/${key}`));
    heard.length = 0;
    await set('x', 1, getStores().gallery);
    await set('x', 2, getStores().outbox);
    await Promise.all([setAside('gallery', 'x', 1, 'junk', { remove: true }), setAside('outbox', 'x', 2, 'junk', { remove: true })]);
    stop();
    expect(heard.sort()).toEqual(['gallery/x', 'outbox/x']);
  });
});
