import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createArtwork } from '../engine/model/artwork';
import { listGalleryItems } from '../storage/galleryRepository';
import { loadArtwork, saveArtwork } from '../storage/artworkRepository';
import { resetStoresForTests } from '../storage/stores';
import { bootstrap } from './bootstrap';

// No 'fake-indexeddb/auto' here: these tests are about a browser whose IndexedDB is missing or stuck.

beforeEach(() => {
  resetStoresForTests();
  vi.stubGlobal('navigator', { languages: ['ru-RU'], language: 'ru-RU' });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function keepsPictures() {
  const art = createArtwork('art-memory', 1);
  await saveArtwork(art);
  expect(await loadArtwork('art-memory')).toMatchObject({ id: 'art-memory' });
  expect((await listGalleryItems()).map((i) => i.id)).toEqual(['art-memory']);
}

describe('starting without usable IndexedDB', () => {
  it('keeps pictures in memory when IndexedDB is missing (private mode), with the language from the device', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const boot = await bootstrap();
    expect(boot).toMatchObject({ storageOk: true, memoryOnly: true, session: { screen: 'home' }, children: [] });
    expect(boot.settings.language).toBe('ru');
    await keepsPictures();
  });

  it('gives up on an IndexedDB that never answers and keeps pictures in memory', async () => {
    const opened: string[] = [];
    vi.stubGlobal('indexedDB', {
      open(name: string) {
        opened.push(name);
        return {}; // never fires success or error
      },
    });
    const boot = await bootstrap(50);
    expect(opened.length).toBeGreaterThan(0);
    expect(boot).toMatchObject({ storageOk: true, memoryOnly: true });
    await keepsPictures();
  });
});
