// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { entries, get } from 'idb-keyval';
import { act, createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createArtwork } from '../../engine/model/artwork';
import type { StrokeOp } from '../../engine/model/ops';
import { saveArtwork } from '../../storage/artworkRepository';
import { getStores, resetStoresForTests } from '../../storage/stores';
import { drawStrokeAcross } from '../../test/browserFakes';
import { nodeCanvasFactory } from '../../test/nodeCanvas';
import type { ArtworkSession, PictureAssets } from './artworkSession';
import { useArtworkSession } from './useArtworkSession';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The picture canvases are real (Skia) canvases, as the browser would give.
const createElementOriginal = document.createElement.bind(document);
vi.spyOn(document, 'createElement').mockImplementation(((tag: string, options?: ElementCreationOptions) =>
  tag === 'canvas' ? nodeCanvasFactory(1, 1) : createElementOriginal(tag, options)) as typeof document.createElement);

const noAssets: PictureAssets = { loadPage: async () => null, loadStamps: async () => new Map() };
const stroke: StrokeOp = { kind: 'stroke', brush: 'marker', color: '#1e4fd8', size: 14, seed: 3, pressure: false, points: Float32Array.from([100, 100, 0.5, 900, 600, 0.5]) };

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStoresForTests();
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 200)));

describe('opening a picture under React StrictMode (effects run, are cleaned up, and run again)', () => {
  it('writes nothing: the stored picture stays exactly as it was, and the second opening shows it', async () => {
    const stored = { ...createArtwork('art-strict', 100), updatedAt: 200, ops: [stroke] };
    await saveArtwork(stored);
    const before = await get('art-strict', getStores().artworks);
    const opened: ArtworkSession[] = [];
    function Probe() {
      const { session, error } = useArtworkSession('art-strict', true, noAssets, null, null);
      if (error) throw error;
      if (session && !opened.includes(session)) opened.push(session);
      return null;
    }
    const root = createRoot(createElementOriginal('div'));
    act(() => root.render(createElement(StrictMode, null, createElement(Probe))));
    await settle();
    await settle();

    expect(opened).toHaveLength(1);
    expect(opened[0]?.editor.ops).toHaveLength(1);
    expect(await get('art-strict', getStores().artworks)).toEqual(before);
    // The only write: the gallery's missing thumbnail, made from the stored picture.
    expect((await entries(getStores().gallery)).map(([key]) => key)).toEqual(['thumb:art-strict']);
    expect(await entries(getStores().rasters)).toEqual([]);
    act(() => root.unmount());
    await settle();
    // Leaving a picture nobody touched writes nothing either.
    expect(await get('art-strict', getStores().artworks)).toEqual(before);
  });
});

describe('a new blank picture', () => {
  it('is there in the very first render (no loading frame), under StrictMode too, and its first stroke is saved', async () => {
    const seen: (ArtworkSession | null)[] = [];
    function Probe() {
      const { session, error } = useArtworkSession('art-new', true, noAssets, null, 'child-7', true);
      if (error) throw error;
      seen.push(session);
      return null;
    }
    const root = createRoot(createElementOriginal('div'));
    act(() => root.render(createElement(StrictMode, null, createElement(Probe))));
    expect(seen[0]).not.toBeNull();
    await settle();
    const session = seen.at(-1)!;
    expect(session).not.toBeNull();
    drawStrokeAcross(session.editor, 300);
    await session.autosaver.flush();
    const stored = await get('art-new', getStores().artworks);
    expect(stored).toBeTruthy();
    act(() => root.unmount());
    await settle();
  });
});
