// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { entries, set } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RAW_PIXELS_MIME } from '../../engine/model/artwork';
import { loadArtwork } from '../../storage/artworkRepository';
import { getStores, resetStoresForTests } from '../../storage/stores';
import { drawStrokeAcross, useFailingWrites, useFakeWebLocks, useRealCanvases } from '../../test/browserFakes';
import { pixelHash } from '../../test/nodeCanvas';
import { ArtworkSession, type PictureAssets } from './artworkSession';
import { pictureSavingFails } from './openPictures';

useRealCanvases();
const locks = useFakeWebLocks();
const disk = useFailingWrites();

const noAssets: PictureAssets = { loadPage: async () => null, loadStamps: async () => new Map() };
const offlinePage: PictureAssets = { loadPage: () => Promise.reject(new Error('offline: page image not cached')), loadStamps: async () => new Map() };

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStoresForTests();
  disk.failing = false;
});

const drawStroke = (session: ArtworkSession, y: number) => drawStrokeAcross(session.editor, y);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('opening and leaving a picture', () => {
  it('a picture that fails to open is not left locked: the next try can draw on it', async () => {
    await expect(ArtworkSession.open('art-offline', true, offlinePage, { pageId: 'doctor' })).rejects.toThrow(/offline/);
    expect(locks.held.size).toBe(0);
    const again = await ArtworkSession.open('art-offline', true, noAssets, { pageId: 'doctor' });
    expect(again.readOnly).toBe(false);
    await again.close();
  });

  it('reopening a picture whose save is still retrying gives back the same picture, editable', async () => {
    const first = await ArtworkSession.open('art-retry', true, noAssets);
    disk.failing = true;
    drawStroke(first, 300);
    await first.close();
    expect(pictureSavingFails()).toBe(true);

    const again = await ArtworkSession.open('art-retry', true, noAssets);
    expect(again).toBe(first);
    expect(again.readOnly).toBe(false);
    drawStroke(again, 600);
    expect(again.editor.ops).toHaveLength(2);

    disk.failing = false;
    await again.autosaver.flush();
    expect(pictureSavingFails()).toBe(false);
    expect((await loadArtwork('art-retry'))?.ops).toHaveLength(2);
    await again.close();
    expect(locks.held.size).toBe(0);
  });

  it('a picture left while its save fails is freed once the save succeeds', async () => {
    const session = await ArtworkSession.open('art-later', true, noAssets);
    disk.failing = true;
    drawStroke(session, 300);
    await session.close();
    expect(session.surface.paintCanvas.width).toBeGreaterThan(0);
    expect(locks.held.has('ec-picture:art-later')).toBe(true);
    disk.failing = false;
    await session.autosaver.flush();
    await wait(0);
    expect(session.surface.paintCanvas.width).toBe(0);
    expect(locks.held.size).toBe(0);
    expect(pictureSavingFails()).toBe(false);
  });

  it('opening a picture this tab is busy with for a moment (its gallery thumbnail) waits, then opens it editable', async () => {
    const drawn = await ArtworkSession.open('art-busy', true, noAssets);
    drawStroke(drawn, 300);
    await drawn.close();
    await wait(0);
    // The gallery's thumbnail maker has the picture open, for longer than the lock's own retries.
    const thumbnailMaker = await ArtworkSession.open('art-busy', true, noAssets);
    setTimeout(() => void thumbnailMaker.close(), 1200);
    const child = await ArtworkSession.open('art-busy', true, noAssets);
    expect(child).not.toBe(thumbnailMaker);
    expect(child.readOnly).toBe(false);
    expect(child.editor.ops).toHaveLength(1);
    await child.close();
  });

  it('with no storage at all, a picture the child leaves is freed at once', async () => {
    const session = await ArtworkSession.open('art-nowhere', false, noAssets);
    drawStroke(session, 300);
    await session.close();
    expect(session.surface.paintCanvas.width).toBe(0);
    expect(session.surface.scratchCanvas.width).toBe(0);
  });

  it('a picture reopened from its checkpoint has exactly its pixels (raw pixels, not a PNG round trip)', async () => {
    const session = await ArtworkSession.open('art-exact', true, noAssets);
    for (const [brush, y] of [['crayon', 300], ['paint', 600], ['glitter', 900]] as const) {
      session.editor.setTool(brush);
      drawStroke(session, y);
    }
    const drawn = pixelHash(session.surface.paint);
    await session.close();
    const [checkpoint] = (await entries(getStores().rasters)).map(([, v]) => v as { mime: string });
    expect(checkpoint?.mime).toBe(RAW_PIXELS_MIME);

    const again = await ArtworkSession.open('art-exact', true, noAssets);
    expect(pixelHash(again.surface.paint)).toBe(drawn);
    await again.close();
  });

  it('a checkpoint that cannot be read: the picture is replayed from its steps, exactly', async () => {
    const session = await ArtworkSession.open('art-damaged', true, noAssets);
    session.editor.setTool('crayon');
    drawStroke(session, 300);
    const drawn = pixelHash(session.surface.paint);
    await session.close();
    const [stored] = (await entries(getStores().rasters)) as [IDBValidKey, Record<string, unknown>][];
    expect(stored).toBeDefined();
    const [key, value] = stored!;
    await set(key, { ...value, data: new Uint8Array(64).fill(7).buffer }, getStores().rasters);

    const again = await ArtworkSession.open('art-damaged', true, noAssets);
    expect(pixelHash(again.surface.paint)).toBe(drawn);
    await again.close();
  });

  it('where the browser cannot compress (Safari before 16.4) the checkpoint is a PNG, and the picture reopens (jsdom cannot decode it: replayed)', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    try {
      const session = await ArtworkSession.open('art-png', true, noAssets);
      drawStroke(session, 300);
      const drawn = pixelHash(session.surface.paint);
      await session.close();
      const [checkpoint] = (await entries(getStores().rasters)).map(([, v]) => v as { mime: string });
      expect(checkpoint?.mime).toBe('image/png');
      const again = await ArtworkSession.open('art-png', true, noAssets);
      expect(pixelHash(again.surface.paint)).toBe(drawn);
      await again.close();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('a new blank picture, made in the render that shows it', () => {
  it('touches nothing outside itself until it begins; then it holds its lock, saves its first stroke and, left, frees the lock', async () => {
    const fresh = ArtworkSession.createFresh('art-fresh', 'child-1', 1000);
    // Made during a render that React may throw away: no lock, no tracking, nothing stored.
    expect(fresh.editor.ops).toHaveLength(0);
    expect(locks.held.size).toBe(0);
    await wait(0);
    expect(await entries(getStores().artworks)).toEqual([]);

    fresh.begin(true);
    await wait(0);
    expect([...locks.held]).toEqual(['ec-picture:art-fresh']);
    drawStroke(fresh, 300);
    await fresh.autosaver.flush();
    const stored = await loadArtwork('art-fresh');
    expect(stored?.ops).toHaveLength(1);
    expect(stored?.childId).toBe('child-1');

    await fresh.close();
    expect(locks.held.size).toBe(0);
    // Opened again (from the gallery): the stored picture, editable.
    const again = await ArtworkSession.open('art-fresh', true, noAssets);
    expect(again).not.toBe(fresh);
    expect(again.editor.ops).toHaveLength(1);
    expect(again.readOnly).toBe(false);
    await again.close();
  });

  it('left before the browser answered for its lock, the lock is let go as soon as it arrives', async () => {
    const fresh = ArtworkSession.createFresh('art-quick', null);
    fresh.begin(true);
    await fresh.close();
    await wait(0);
    expect(locks.held.size).toBe(0);
  });
});
