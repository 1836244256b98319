import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { entries, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CustomPage } from '../engine/model/customPage';
import { emptyExpiredBin } from './binCleanup';
import { deleteCustomPageForGood, loadCustomPages, moveCustomPageToBin, restoreCustomPage, saveCustomPage } from './customPagesRepository';
import { saveArtwork } from './artworkRepository';
import { BIN_DAYS } from './galleryRepository';
import { createArtwork } from '../engine/model/artwork';
import { getStores, resetStoresForTests } from './stores';
import { wipeAllPictures } from './wipe';
import { pngHeader as png } from '../test/pngHeader';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStoresForTests();
});

const page = (id: string, createdAt: number): CustomPage => ({ id, name: `Page ${id}`, theme: 'professions', createdAt, regionCount: 9, lineart: png(2400, 1697), thumb: png(480, 339), hint: png(720, 509), binnedAt: null });

describe("the therapist's own pages on the tablet", () => {
  it('are kept and listed oldest first, and removed one at a time', async () => {
    await saveCustomPage(page('custom-bbbb', 20));
    await saveCustomPage(page('custom-aaaa', 10));
    expect((await loadCustomPages()).map((p) => p.id)).toEqual(['custom-aaaa', 'custom-bbbb']);
    await deleteCustomPageForGood('custom-aaaa');
    expect((await loadCustomPages()).map((p) => p.id)).toEqual(['custom-bbbb']);
  });

  it('a removed page waits in the bin, whole, and comes back as it was', async () => {
    await saveCustomPage(page('custom-aaaa', 10));
    await saveCustomPage(page('custom-bbbb', 20));
    expect(await moveCustomPageToBin('custom-aaaa', 1_000)).toMatchObject({ id: 'custom-aaaa', binnedAt: 1_000 });
    expect((await loadCustomPages()).map((p) => p.id)).toEqual(['custom-bbbb']);
    expect(await loadCustomPages({ binned: true })).toEqual([{ ...page('custom-aaaa', 10), binnedAt: 1_000 }]);
    expect(await restoreCustomPage('custom-aaaa')).toEqual(page('custom-aaaa', 10));
    expect(await loadCustomPages()).toEqual([page('custom-aaaa', 10), page('custom-bbbb', 20)]);
    expect(await loadCustomPages({ binned: true })).toEqual([]);
    // A page that is not there (removed for good meanwhile) is not made up.
    expect(await moveCustomPageToBin('custom-gone')).toBeNull();
    expect((await entries(getStores().pages)).map(([key]) => key)).toEqual(['custom-aaaa', 'custom-bbbb']);
  });

  it('the bin keeps a page for 30 days, then it goes for good; a page a picture was drawn on comes back instead', async () => {
    const day = 86_400_000;
    await saveCustomPage(page('custom-aaaa', 1));
    await saveCustomPage(page('custom-bbbb', 2));
    await moveCustomPageToBin('custom-aaaa', 0);
    await moveCustomPageToBin('custom-bbbb', 0);
    // A saved file brought a picture drawn on bbbb while it was in the bin.
    await saveArtwork(createArtwork('art-1', 5, 'custom-bbbb'));
    expect(await emptyExpiredBin(BIN_DAYS * day)).toBe(0);
    expect((await loadCustomPages({ binned: true })).map((p) => p.id)).toEqual(['custom-aaaa', 'custom-bbbb']);
    expect(await emptyExpiredBin((BIN_DAYS + 1) * day)).toBe(1);
    expect(await loadCustomPages({ binned: true })).toEqual([]);
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
    await moveCustomPageToBin('custom-keep');
    await wipeAllPictures({ ownPages: true });
    expect(await loadCustomPages()).toEqual([]);
    expect(await loadCustomPages({ binned: true })).toEqual([]);
  });
});
