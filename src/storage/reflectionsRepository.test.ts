import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { entries, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { createArtwork } from '../engine/model/artwork';
import { saveArtwork } from './artworkRepository';
import { emptyBinNow } from './binCleanup';
import { moveToBin } from './galleryRepository';
import { loadNote, loadReflections, saveFeeling, saveNote } from './reflectionsRepository';
import { onSetAside } from './quarantine';
import { getStores, resetStoresForTests } from './stores';
import { wipeAllPictures } from './wipe';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStoresForTests();
});

describe('feelings and notes beside the pictures', () => {
  it('keeps the feeling before when the one after is added, and a skip as null', async () => {
    await saveFeeling('art-1', 'before', 'sad');
    await saveFeeling('art-1', 'after', 'calm');
    await saveFeeling('art-2', 'before', null);
    await saveFeeling('art-2', 'after', 'happy');
    const { feelings } = await loadReflections();
    expect(feelings.get('art-1')).toEqual({ before: 'sad', after: 'calm' });
    expect(feelings.get('art-2')).toEqual({ before: null, after: 'happy' });
  });

  it('saves a note as typed, and an emptied note removes it', async () => {
    await saveNote('art-1', 'Chose blue <b>twice</b>.\nSmiled.', 1000);
    expect(await loadNote('art-1')).toEqual({ text: 'Chose blue <b>twice</b>.\nSmiled.', updatedAt: 1000 });
    await saveNote('art-1', '', 2000);
    expect(await loadNote('art-1')).toBeNull();
  });

  it('sets junk aside without losing the good records', async () => {
    const store = getStores().reflections;
    await saveFeeling('art-1', 'before', 'happy');
    await saveNote('art-1', 'fine', 5);
    await set('feelings:art-2', { before: 'furious' }, store);
    await set('note:art-3', { text: 7 }, store);
    await set('something-else', 1, store);
    const { feelings, notes } = await loadReflections();
    expect([...feelings.keys()]).toEqual(['art-1']);
    expect([...notes.keys()]).toEqual(['art-1']);
    const setAside = (await entries<string, { key: string }>(getStores().quarantine)).map(([, record]) => record.key).sort();
    expect(setAside).toEqual(['feelings:art-2', 'note:art-3', 'something-else']);
    expect((await entries(store)).map(([key]) => key).sort()).toEqual(['feelings:art-1', 'note:art-1']);
  });

  it('two screens reading at once set a damaged record aside once, and both get the good ones', async () => {
    await saveFeeling('art-1', 'before', 'happy');
    await set('feelings:art-2', { before: 'furious' }, getStores().reflections);
    const heard: string[] = [];
    const stopListening = onSetAside((_store, key) => heard.push(key));
    heard.length = 0; // what earlier tests set aside with no one listening is told at once
    const [a, b] = await Promise.all([loadReflections(), loadReflections()]);
    stopListening();
    expect([...a.feelings.keys()]).toEqual(['art-1']);
    expect([...b.feelings.keys()]).toEqual(['art-1']);
    expect(heard).toEqual(['feelings:art-2']);
    expect((await entries(getStores().quarantine)).length).toBe(1);
    // A later read reads again (nothing is cached after the read is over).
    await saveFeeling('art-3', 'before', 'calm');
    expect([...(await loadReflections()).feelings.keys()].sort()).toEqual(['art-1', 'art-3']);
  });

  it('leave with their picture: emptying the bin and the end-of-session wipe', async () => {
    await saveArtwork(createArtwork('art-1', 10));
    await saveArtwork(createArtwork('art-2', 20));
    for (const id of ['art-1', 'art-2']) {
      await saveFeeling(id, 'before', 'tired');
      await saveNote(id, `note ${id}`);
    }
    await moveToBin('art-1');
    await emptyBinNow();
    expect([...(await loadReflections()).notes.keys()]).toEqual(['art-2']);
    await wipeAllPictures();
    const left = await loadReflections();
    expect(left.feelings.size + left.notes.size).toBe(0);
  });
});
