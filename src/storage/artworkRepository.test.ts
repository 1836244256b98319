import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { entries, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { createArtwork } from '../engine/model/artwork';
import type { StrokeOp } from '../engine/model/ops';
import { listPictureHeaders, loadArtwork, loadCheckpoint, saveArtwork, saveCheckpoint } from './artworkRepository';
import { loadSession, saveSession } from './sessionRepository';
import { getStores, resetStoresForTests } from './stores';

const stroke: StrokeOp = {
  kind: 'stroke',
  brush: 'marker',
  color: '#1e4fd8',
  size: 14,
  seed: 7,
  pressure: false,
  points: Float32Array.from([1.25, 2.5, 0.5, 100.75, 200, 0.5]),
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStoresForTests();
});

describe('artwork repository', () => {
  it('stores and reloads an artwork with its op log intact', async () => {
    const art = { ...createArtwork('art-a', 10), ops: [stroke, { kind: 'clear' as const }] };
    await saveArtwork(art);
    const loaded = await loadArtwork('art-a');
    expect(loaded?.ops).toHaveLength(2);
    expect((loaded?.ops[0] as StrokeOp).points).toEqual(stroke.points);
    expect(await loadArtwork('missing')).toBeNull();
  });

  it("keeps each step's timing (when, how long) through storage", async () => {
    const at = Date.UTC(2026, 10, 29, 10, 0, 0);
    const art = { ...createArtwork('art-t', at), ops: [{ ...stroke, timing: { at, ms: 3500 } }, { kind: 'clear' as const, timing: { at: at + 9000, ms: 0 } }] };
    await saveArtwork(art);
    expect((await loadArtwork('art-t'))?.ops.map((op) => op.timing)).toEqual([
      { at, ms: 3500 },
      { at: at + 9000, ms: 0 },
    ]);
  });

  it('lists good artworks newest first and sets junk aside without deleting its bytes', async () => {
    await saveArtwork({ ...createArtwork('art-old', 1), ops: [stroke] });
    await saveArtwork({ ...createArtwork('art-new', 5), updatedAt: 50, ops: [stroke] });
    await set('art-junk', { id: 'art-junk', createdAt: 'never', ops: 3 }, getStores().artworks);
    await set('art-future', { ...createArtwork('art-future', 1), schemaVersion: 99 }, getStores().artworks);
    await set('art-mismatch', createArtwork('art-other', 1), getStores().artworks);
    await set(42, 'a number key', getStores().artworks);
    await set('art-header', { schemaVersion: 2, id: 'art-header', createdAt: 1, updatedAt: 1, opCount: -3 }, getStores().artworks);

    const list = await listPictureHeaders();
    expect(list.map((a) => a.id)).toEqual(['art-new', 'art-old']);
    const quarantined = await entries(getStores().quarantine);
    const keys = quarantined.map(([, v]) => (v as { key: string }).key).sort();
    expect(keys).toEqual(['42', 'art-future', 'art-header', 'art-junk', 'art-mismatch']);
    // Set aside means gone from the pictures, under whatever key it was: the next listing is quiet.
    await listPictureHeaders();
    expect(await entries(getStores().quarantine)).toHaveLength(5);
    const junk = quarantined.find(([, v]) => (v as { key: string }).key === 'art-junk')?.[1] as { value: unknown; reason: string };
    expect(junk.value).toEqual({ id: 'art-junk', createdAt: 'never', ops: 3 });
    expect(junk.reason).toMatch(/timestamps/);
  });

  it('salvages an artwork with one bad op and keeps the original aside', async () => {
    await set('art-s', { ...createArtwork('art-s', 1), ops: [stroke, { ...stroke, points: [Number.NaN, 1, 1] }] }, getStores().artworks);
    const loaded = await loadArtwork('art-s');
    expect(loaded?.ops).toHaveLength(1);
    expect(await entries(getStores().quarantine)).toHaveLength(1);
  });

  it('saves checkpoints as ArrayBuffers and refuses ones that do not match', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).buffer;
    const ref = await saveCheckpoint({ artworkId: 'art-a', opCount: 2, fingerprint: '0123abcd', width: 2400, height: 1697, mime: 'image/png', data: png });
    const loaded = await loadCheckpoint(ref);
    expect(loaded?.data).toBeInstanceOf(ArrayBuffer);
    expect(loaded?.data.byteLength).toBe(11);
    expect(await loadCheckpoint({ ...ref, fingerprint: 'ffffffff' })).toBeNull();
    await set(ref.key, { broken: true }, getStores().rasters);
    expect(await loadCheckpoint(ref)).toBeNull();
  });

  it('remembers which picture the child was drawing', async () => {
    const home = { screen: 'home', artworkId: null, pageId: null };
    expect(await loadSession()).toEqual(home);
    await saveSession({ screen: 'draw', artworkId: 'art-a', pageId: 'doctor' });
    expect(await loadSession()).toEqual({ screen: 'draw', artworkId: 'art-a', pageId: 'doctor', childId: null });
    await set('session', { screen: 'draw', artworkId: 'art-b', pageId: '../../etc' }, getStores().settings);
    expect(await loadSession()).toEqual({ screen: 'draw', artworkId: 'art-b', pageId: null, childId: null });
    await set('session', { screen: 'draw', artworkId: 5 }, getStores().settings);
    expect(await loadSession()).toEqual(home);
  });
});
