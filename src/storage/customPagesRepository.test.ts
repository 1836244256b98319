import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { entries, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CustomPage } from '../engine/model/customPage';
import { loadCustomPages, removeCustomPage, saveCustomPage } from './customPagesRepository';
import { getStores, resetStoresForTests } from './stores';
import { wipeAllPictures } from './wipe';
import { pngHeader as png } from '../test/pngHeader';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStoresForTests();
});

const page = (id: string, createdAt: number): CustomPage => ({ id, name: `Page ${id}`, theme: 'professions', createdAt, regionCount: 9, lineart: png(2400, 1697), thumb: png(480, 339), hint: png(720, 509) });

describe("the therapist's own pages on the tablet", () => {
  it('are kept and listed oldest first, and removed one at a time', async () => {
    await saveCustomPage(page('custom-bbbb', 20));
    await saveCustomPage(page('custom-aaaa', 10));
    expect((await loadCustomPages()).map((p) => p.id)).toEqual(['custom-aaaa', 'custom-bbbb']);
    await removeCustomPage('custom-aaaa');
    expect((await loadCustomPages()).map((p) => p.id)).toEqual(['custom-bbbb']);
  });

  it('a damaged record is set aside, never listed, and the others stay', async () => {
    await saveCustomPage(page('custom-good', 1));
    await set('custom-junk', { ...page('custom-junk', 2), lineart: 'not a picture' }, getStores().pages);
    await set('custom-else', page('custom-other', 3), getStores().pages);
    expect((await loadCustomPages()).map((p) => p.id)).toEqual(['custom-good']);
    expect((await entries(getStores().pages)).map(([key]) => key)).toEqual(['custom-good']);
    expect((await entries(getStores().quarantine)).length).toBe(2);
  });

  it('stay when the session ends (they are the therapist’s material), unless the adult asks for them to go too', async () => {
    await saveCustomPage(page('custom-keep', 1));
    await wipeAllPictures();
    expect((await loadCustomPages()).map((p) => p.id)).toEqual(['custom-keep']);
    // A page traced from a photo may show a child: the adult can remove them with the rest.
    await wipeAllPictures({ ownPages: true });
    expect(await loadCustomPages()).toEqual([]);
  });
});
