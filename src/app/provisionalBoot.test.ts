// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveChildren } from '../storage/childrenRepository';
import { saveSession } from '../storage/sessionRepository';
import { saveSettings } from '../storage/settingsRepository';
import { wipeAllPictures } from '../storage/wipe';
import { clearBootSnapshot } from '../storage/bootSnapshot';
import { resetStoresForTests } from '../storage/stores';
import { bootstrap, provisionalBoot, sameBoot } from './bootstrap';

const SNAPSHOT = 'ec-boot-snapshot';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStoresForTests();
  localStorage.clear();
});

describe('the home screen drawn from the last known start (localStorage), confirmed by IndexedDB', () => {
  it('there is none on a first start; after one start it is exactly what storage gave', async () => {
    expect(provisionalBoot()).toBeNull();
    const real = await bootstrap();
    const provisional = provisionalBoot();
    expect(provisional).not.toBeNull();
    expect(sameBoot(real, provisional!)).toBe(true);
  });

  it('follows every save of the settings, the children and the last screen', async () => {
    const first = await bootstrap();
    await saveSettings({ ...first.settings, language: 'kk', leftHanded: true });
    await saveChildren([{ id: 'c1', name: 'Sara Lee', avatar: 'fox', color: 'blue', access: null }]);
    expect(provisionalBoot()?.settings).toMatchObject({ language: 'kk', leftHanded: true });
    expect(provisionalBoot()?.children.map((c) => c.name)).toEqual(['Sara Lee']);
    resetStoresForTests();
    const again = await bootstrap();
    expect(sameBoot(again, provisionalBoot()!)).toBe(true);
  });

  it('is not used when the child was in a picture (reopening it waits for storage and the reload journal)', async () => {
    await bootstrap();
    await saveSession({ screen: 'draw', artworkId: 'art-1', pageId: null, childId: null });
    expect(provisionalBoot()).toBeNull();
    await saveSession({ screen: 'home', artworkId: null, pageId: null });
    expect(provisionalBoot()).not.toBeNull();
  });

  it('a copy that does not read back cleanly is ignored, never half-used', async () => {
    await bootstrap();
    const good = localStorage.getItem(SNAPSHOT)!;
    for (const junk of ['{', '[]', '"text"', JSON.stringify({ ...JSON.parse(good), settings: { language: 'xx' } }), JSON.stringify({ settings: JSON.parse(good).settings })]) {
      localStorage.setItem(SNAPSHOT, junk);
      expect(provisionalBoot(), junk.slice(0, 40)).toBeNull();
    }
  });

  it('the end of a session clears it (the children are gone); the next start writes it anew', async () => {
    await bootstrap();
    await saveChildren([{ id: 'c1', name: 'Ali', avatar: 'cat', color: 'red', access: null }]);
    await wipeAllPictures();
    expect(provisionalBoot()).toBeNull();
    resetStoresForTests();
    const real = await bootstrap();
    expect(real.children).toEqual([]);
    expect(sameBoot(real, provisionalBoot()!)).toBe(true);
  });

  it('saves made without a start from IndexedDB (pictures kept in memory) never make a copy', async () => {
    const first = await bootstrap();
    clearBootSnapshot();
    await saveSettings({ ...first.settings, language: 'kk' });
    await saveChildren([]);
    await saveSession({ screen: 'home', artworkId: null, pageId: null });
    expect(localStorage.getItem(SNAPSHOT)).toBeNull();
    expect(provisionalBoot()).toBeNull();
  });
});
