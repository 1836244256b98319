import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { entries, get, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { createArtwork } from '../engine/model/artwork';
import { defaultSettings } from '../engine/model/settings';
import { saveArtwork } from './artworkRepository';
import { loadChildren, saveChildren } from './childrenRepository';
import { checkStoredPictures, listGalleryItems } from './galleryRepository';
import { onSetAside } from './quarantine';
import { loadSession } from './sessionRepository';
import { loadSettings, saveSettings } from './settingsRepository';
import { getStores, resetStoresForTests } from './stores';

// Junk in the small stores (settings, children, session, gallery summaries) is set aside once,
// never silently overwritten later, and never mistaken for junk when the app wrote it itself.

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStoresForTests();
});

const setAsideRecords = async () => (await entries(getStores().quarantine)).map(([, v]) => v as { store: string; key: string; reason: string; value: unknown });
const defaults = defaultSettings(['en']);

describe('junk in the small stores', () => {
  it('settings: bad fields fall back, the good ones stay, and the original is set aside once', async () => {
    const raw = { language: 'de', soundOn: 'yes', volume: 0.3, leftHanded: true };
    await set('settings', raw, getStores().settings);
    const settings = await loadSettings(defaults);
    expect(settings).toMatchObject({ language: 'en', soundOn: defaults.soundOn, volume: 0.3, leftHanded: true });
    const [record, ...more] = await setAsideRecords();
    expect(more).toEqual([]);
    expect(record).toMatchObject({ store: 'settings', key: 'settings', value: raw });
    expect(record?.reason).toMatch(/language.*soundOn/);
    // The clean version took its place: the next start finds nothing to set aside.
    expect(await get('settings', getStores().settings)).toEqual(settings);
    await loadSettings(defaults);
    expect(await setAsideRecords()).toHaveLength(1);
  });

  it('settings the app saved itself are never taken for junk (untrimmed title, tools in any order)', async () => {
    await saveSettings({ ...defaults, eventTitle: '  Spring class ', visibleTools: ['fill', 'marker', 'fill'], visibleSizes: ['large', 'small'] });
    const loaded = await loadSettings(defaults);
    expect(loaded.eventTitle).toBe('Spring class');
    expect(await setAsideRecords()).toEqual([]);
  });

  it('every title the adult can leave (empty, blank, default, long) reads back as saved, with no false alarm', async () => {
    for (const eventTitle of ['', '   ', null, 'Art Day ', 'Ә'.repeat(80)]) {
      await saveSettings({ ...defaults, eventTitle, visiblePages: [], stampGroups: [], eventDate: null });
      const loaded = await loadSettings(defaults);
      expect(loaded.eventTitle).toBe(eventTitle === null ? null : eventTitle.trim());
      expect(loaded.visiblePages).toEqual([]);
    }
    expect(await setAsideRecords()).toEqual([]);
  });

  it('children: a broken entry is dropped, a bad avatar mended, the original list set aside', async () => {
    const raw = [{ id: 'c1', name: 'Dana', avatar: 'dragon', color: 'red' }, 'not a child', { id: 'c2', name: 'Aru', avatar: 'fox', color: 'blue' }];
    await set('children', raw, getStores().settings);
    const children = await loadChildren();
    expect(children.map((c) => [c.name, c.avatar])).toEqual([
      ['Dana', 'cat'],
      ['Aru', 'fox'],
    ]);
    expect(await setAsideRecords()).toEqual([expect.objectContaining({ store: 'settings', key: 'children', value: raw })]);
    await saveChildren(children);
    await loadChildren();
    expect(await setAsideRecords()).toHaveLength(1);
  });

  it("children: a junk access profile falls back to the device default with the notice; a good one is kept, and saving it raises none", async () => {
    const good = { scan: 'two', scanStepMs: 2000, scanTick: true, dwell: false, dwellMs: 1200, tapToStart: false, buttonScale: 150, sees: { tools: ['marker', 'fill'], paletteSize: 6, sizes: ['large'], symmetry: false } };
    const raw = [
      { id: 'c1', name: 'Dana', avatar: 'fox', color: 'red', access: 'switch please' },
      { id: 'c2', name: 'Aru', avatar: 'owl', color: 'blue', access: good },
    ];
    const noticed: string[] = [];
    const stop = onSetAside((store) => noticed.push(store));
    noticed.length = 0; // earlier tests' notices, delivered on subscribing
    await set('children', raw, getStores().settings);
    const children = await loadChildren();
    stop();
    expect(children.map((c) => c.access)).toEqual([null, good]);
    expect(noticed).toEqual(['settings']);
    await saveChildren(children);
    await loadChildren();
    expect(await setAsideRecords()).toHaveLength(1);
  });

  it('session: junk sends the child home and is set aside', async () => {
    await set('session', { screen: 'draw', artworkId: 42 }, getStores().settings);
    expect(await loadSession()).toEqual({ screen: 'home', artworkId: null, pageId: null });
    expect(await setAsideRecords()).toEqual([expect.objectContaining({ key: 'session' })]);
  });

  it('gallery: junk there is set aside at start-up and never shown; the pictures are still listed', async () => {
    await saveArtwork(createArtwork('art-a', 5));
    await set('item:art-a', 'yesterday', getStores().gallery);
    await set('item:ghost', { id: 'ghost', createdAt: 1, updatedAt: 1 }, getStores().gallery);
    await set(7, { junk: true }, getStores().gallery);
    expect((await listGalleryItems()).map((i) => i.id)).toEqual(['art-a']);
    await checkStoredPictures();
    expect((await setAsideRecords()).map((r) => `${r.store}/${r.key}`).sort()).toEqual(['gallery/7', 'gallery/item:art-a', 'gallery/item:ghost']);
    expect(await entries(getStores().gallery)).toEqual([]);
    await checkStoredPictures();
    expect(await setAsideRecords()).toHaveLength(3);
    expect((await listGalleryItems()).map((i) => i.id)).toEqual(['art-a']);
  });

  it('what was set aside while the app started is told to the first listener', async () => {
    onSetAside(() => {})(); // hear out what the tests above set aside
    await set('session', 'junk', getStores().settings);
    await loadSession();
    const heard: string[] = [];
    const stop = onSetAside((store, key) => heard.push(`${store}/${key}`));
    expect(heard).toEqual(['settings/session']);
    stop();
  });
});
