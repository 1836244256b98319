import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { entries, get, keys, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createArtwork, OPS_PER_CHUNK, type Artwork } from '../engine/model/artwork';
import type { Op, StrokeOp } from '../engine/model/ops';
import { listPictureHeaders, readArtwork, saveArtwork, saveArtworkChanges } from './artworkRepository';
import { listGalleryItems } from './galleryRepository';
import { chunkKey } from './pictureRecords';
import { getStores, resetStoresForTests } from './stores';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStoresForTests();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const strokeAt = (y: number): StrokeOp => ({ kind: 'stroke', brush: 'marker', color: '#1e4fd8', size: 14, seed: y, pressure: false, points: Float32Array.from([10, y, 0.5, 900, y, 0.5]) });
const picture = (id: string, count: number): Artwork => ({ ...createArtwork(id, 100), ops: Array.from({ length: count }, (_, i): Op => strokeAt(i + 1)) });
const storedKeys = async () => (await keys(getStores().artworks)).map(String).sort();

describe('a picture on the device: a header and its ops in chunks', () => {
  it('a version-1 record (ops inside) is read, and rewritten as header and chunks keeping its place in the bin', async () => {
    const old = picture('art-v1', OPS_PER_CHUNK + 3);
    const v1 = { ...old, ops: old.ops.map((op) => (op.kind === 'stroke' ? { ...op, points: Array.from(op.points) } : op)) };
    await set('art-v1', v1, getStores().artworks);
    await set('item:art-v1', { id: 'art-v1', createdAt: 100, updatedAt: 100, binnedAt: 5000, thumbKey: 'thumb:art-v1' }, getStores().gallery);

    expect((await readArtwork('art-v1'))?.artwork.ops).toEqual(old.ops);
    expect(await listGalleryItems()).toEqual([]);
    expect((await listGalleryItems({ binned: true })).map((item) => [item.id, item.binnedAt, item.steps])).toEqual([['art-v1', 5000, OPS_PER_CHUNK + 3]]);
    expect(await storedKeys()).toEqual(['art-v1', chunkKey('art-v1', 0), chunkKey('art-v1', 1)]);
    expect(await get('item:art-v1', getStores().gallery)).toBeUndefined();
    const again = await readArtwork('art-v1');
    expect(again).toMatchObject({ exact: true });
    expect(again?.artwork.ops).toEqual(old.ops);
  });

  it('a save after one more op writes the header and the last chunk only, whatever the size of the picture', async () => {
    const art = picture('art-big', 10 * OPS_PER_CHUNK + 5);
    await saveArtwork(art);
    const puts = vi.spyOn(IDBObjectStore.prototype, 'put');
    const grown = { ...art, ops: [...art.ops, strokeAt(2000)], updatedAt: 200 };
    await saveArtworkChanges(grown, art.ops.length);
    expect(puts.mock.calls.map(([, key]) => key)).toEqual(['art-big', chunkKey('art-big', 10)]);
    expect((await readArtwork('art-big'))?.artwork.ops).toEqual(grown.ops);
  });

  it('undo across a chunk boundary drops the chunks past the end', async () => {
    const art = picture('art-undo', 3 * OPS_PER_CHUNK);
    await saveArtwork(art);
    const undone = { ...art, ops: art.ops.slice(0, OPS_PER_CHUNK - 2), updatedAt: 300 };
    await saveArtworkChanges(undone, undone.ops.length);
    expect(await storedKeys()).toEqual(['art-undo', chunkKey('art-undo', 0)]);
    const loaded = await readArtwork('art-undo');
    expect(loaded).toMatchObject({ exact: true, artwork: { updatedAt: 300 } });
    expect(loaded?.artwork.ops).toEqual(undone.ops);
  });

  it('a write that fails half way leaves the picture exactly as it was (header and chunks commit together)', async () => {
    const art = picture('art-atomic', OPS_PER_CHUNK + 1);
    await saveArtwork(art);
    const original = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (String(key).startsWith('~ops:')) throw new DOMException('could not be cloned', 'DataCloneError');
      return original.call(this, value, key);
    });
    const changed = { ...art, ops: [strokeAt(7), ...art.ops], updatedAt: 999 };
    await expect(saveArtworkChanges(changed, 0)).rejects.toThrow(/cloned/);
    vi.restoreAllMocks();
    const loaded = await readArtwork('art-atomic');
    expect(loaded?.artwork.updatedAt).toBe(100);
    expect(loaded?.artwork.ops).toEqual(art.ops);
  });

  it('a damaged chunk loses only its own ops; the original is kept aside and the next save writes it all', async () => {
    const art = picture('art-hurt', 2 * OPS_PER_CHUNK + 4);
    await saveArtwork(art);
    await set(chunkKey('art-hurt', 1), { artworkId: 'art-hurt', index: 1, ops: 'shredded' }, getStores().artworks);
    const loaded = await readArtwork('art-hurt');
    expect(loaded?.exact).toBe(false);
    expect(loaded?.artwork.ops).toEqual([...art.ops.slice(0, OPS_PER_CHUNK), ...art.ops.slice(2 * OPS_PER_CHUNK)]);
    expect(loaded?.artwork.checkpoint).toBeNull();
    const aside = (await entries(getStores().quarantine)).map(([, v]) => v as { key: string; reason: string });
    expect(aside).toEqual([expect.objectContaining({ key: 'art-hurt', reason: expect.stringMatching(/chunk 1/) })]);
    expect((await listPictureHeaders()).map((h) => h.id)).toEqual(['art-hurt']);
  });
});
