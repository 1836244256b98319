import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadSession, saveSession, sessionWritesSettled } from './sessionRepository';
import { resetStoresForTests } from './stores';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStoresForTests();
});

describe('session writes', () => {
  it('settle only once the last screen asked for is stored (a reload then finds it)', async () => {
    const order: string[] = [];
    void saveSession({ screen: 'draw', artworkId: 'art-a', pageId: null }).then(() => order.push('draw stored'));
    void saveSession({ screen: 'home', artworkId: null, pageId: null }).then(() => order.push('home stored'));
    await sessionWritesSettled().then(() => order.push('settled'));
    expect(order).toEqual(['draw stored', 'home stored', 'settled']);
    expect((await loadSession()).screen).toBe('home');
  });

  it('settle after a failed write too, without throwing', async () => {
    globalThis.indexedDB = undefined as unknown as IDBFactory;
    resetStoresForTests();
    await expect(saveSession({ screen: 'home', artworkId: null, pageId: null })).rejects.toBeDefined();
    await expect(sessionWritesSettled()).resolves.toBeUndefined();
  });
});
