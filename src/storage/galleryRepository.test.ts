import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createArtwork } from '../engine/model/artwork';
import { loadArtwork, saveArtwork } from './artworkRepository';
import { emptyBinNow, emptyExpiredBin } from './binCleanup';
import { BIN_DAYS, listGalleryItems, moveToBin, restoreFromBin } from './galleryRepository';
import { resetStoresForTests } from './stores';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStoresForTests();
});

async function addPicture(id: string, updatedAt: number) {
  await saveArtwork({ ...createArtwork(id, updatedAt), updatedAt });
}

describe('gallery and bin', () => {
  it('lists newest first from the pictures themselves', async () => {
    await addPicture('art-old', 10);
    await addPicture('art-new', 20);
    await addPicture('art-mid', 15);
    expect((await listGalleryItems()).map((i) => i.id)).toEqual(['art-new', 'art-mid', 'art-old']);
  });

  it('moves a picture to the bin and back, keeping the artwork', async () => {
    await addPicture('art-a', 10);
    await moveToBin('art-a', 1000);
    expect(await listGalleryItems()).toEqual([]);
    expect((await listGalleryItems({ binned: true })).map((i) => i.id)).toEqual(['art-a']);
    expect(await loadArtwork('art-a')).not.toBeNull();
    await restoreFromBin('art-a');
    expect((await listGalleryItems()).map((i) => i.id)).toEqual(['art-a']);
  });

  it('empties only what has been in the bin for more than 30 days', async () => {
    await addPicture('art-a', 10);
    await addPicture('art-b', 10);
    const day = 86_400_000;
    await moveToBin('art-a', 0);
    await moveToBin('art-b', 20 * day);
    expect(await emptyExpiredBin((BIN_DAYS + 1) * day)).toBe(1);
    expect(await loadArtwork('art-a')).toBeNull();
    expect(await loadArtwork('art-b')).not.toBeNull();
    expect((await listGalleryItems({ binned: true })).map((i) => i.id)).toEqual(['art-b']);
  });

  it('empties the whole bin at once when the adult asks, and only the bin', async () => {
    await addPicture('art-a', 10);
    await addPicture('art-b', 10);
    await addPicture('art-keep', 10);
    await moveToBin('art-a', 0);
    await moveToBin('art-b', 5);
    expect(await emptyBinNow()).toBe(2);
    expect(await loadArtwork('art-a')).toBeNull();
    expect(await loadArtwork('art-b')).toBeNull();
    expect(await listGalleryItems({ binned: true })).toEqual([]);
    expect((await listGalleryItems()).map((i) => i.id)).toEqual(['art-keep']);
    expect(await loadArtwork('art-keep')).not.toBeNull();
  });
});
