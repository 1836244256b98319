// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { entries } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { createArtwork, opsFingerprint } from '../engine/model/artwork';
import type { StrokeOp } from '../engine/model/ops';
import { ArtworkSession, type PictureAssets } from '../features/drawing/artworkSession';
import { drawStrokeAcross, useFailingWrites, useFakeWebLocks, useRealCanvases } from '../test/browserFakes';
import { loadArtwork, saveArtwork } from './artworkRepository';
import { replayJournals } from './reloadJournal';
import { getStores, resetStoresForTests } from './stores';

useRealCanvases();
useFakeWebLocks();
const disk = useFailingWrites();
const noAssets: PictureAssets = { loadPage: async () => null, loadStamps: async () => new Map() };

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStoresForTests();
  localStorage.clear();
  disk.failing = false;
});

const drawStroke = (session: ArtworkSession, y: number) => drawStrokeAcross(session.editor, y);

const stroke = (y: number): StrokeOp => ({ kind: 'stroke', brush: 'marker', color: '#1e4fd8', size: 14, seed: y, pressure: false, points: Float32Array.from([10, y, 0.5, 900, y, 0.5]) });

describe('the reload journal: steps the page could not save before it went away', () => {
  it('a stroke whose save had not landed when the page went away is in the picture at the next start', async () => {
    const session = await ArtworkSession.open('art-quick', true, noAssets);
    drawStroke(session, 300);
    await session.autosaver.flush();
    drawStroke(session, 600);
    // The page goes away before the second stroke's write lands (Firefox drops it on reload).
    disk.failing = true;
    window.dispatchEvent(new Event('pagehide'));
    expect(Object.keys(localStorage)).toEqual(['ec-journal:art-quick']);
    const drawn = session.editor.ops.slice();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await loadArtwork('art-quick'))?.ops).toHaveLength(1);

    // The next start.
    disk.failing = false;
    expect(await replayJournals()).toBe(1);
    expect((await loadArtwork('art-quick'))?.ops).toEqual(drawn);
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it('a brand-new picture reloaded before its first save is kept', async () => {
    const session = await ArtworkSession.open('art-new', true, noAssets, { pageId: 'doctor' });
    drawStroke(session, 300);
    disk.failing = true;
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    disk.failing = false;
    await replayJournals();
    expect(await loadArtwork('art-new')).toMatchObject({ pageId: 'doctor', ops: session.editor.ops.slice() });
  });

  it('once the save lands, the journal is gone: nothing is replayed twice', async () => {
    const session = await ArtworkSession.open('art-saved', true, noAssets);
    drawStroke(session, 300);
    window.dispatchEvent(new Event('pagehide'));
    await session.autosaver.flush();
    expect(Object.keys(localStorage)).toEqual([]);
    expect(await replayJournals()).toBe(0);
    expect((await loadArtwork('art-saved'))?.ops).toHaveLength(1);
  });

  it('a journal that no longer follows the stored picture, or is junk, is set aside and changes nothing', async () => {
    await saveArtwork({ ...createArtwork('art-moved', 1), ops: [stroke(100), stroke(200)], updatedAt: 10 });
    const other = [stroke(999)];
    localStorage.setItem('ec-journal:art-moved', JSON.stringify({ id: 'art-moved', createdAt: 1, updatedAt: 20, pageId: null, childId: null, fromOp: 1, prefix: opsFingerprint(other, 1), ops: [] }));
    localStorage.setItem('ec-journal:art-junk', '{"id": 5');
    expect(await replayJournals()).toBe(0);
    expect((await loadArtwork('art-moved'))?.ops).toHaveLength(2);
    expect(await loadArtwork('art-junk')).toBeNull();
    expect((await entries(getStores().quarantine)).map(([, v]) => (v as { key: string }).key).sort()).toEqual(['art-junk', 'art-moved']);
    expect(Object.keys(localStorage)).toEqual([]);
  });
});
