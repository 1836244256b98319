import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadHubPairing, loadOutbox, queuePicture, saveHubPairing } from '../../storage/outboxRepository';
import { resetStoresForTests } from '../../storage/stores';
import { OutboxSender, type OutboxStatus, type PictureForHub } from './outboxSender';

const meta = (id: string) => ({ id, version: 1, childId: null, childName: null, avatar: null, pageName: null, finishedAt: 1 });
const picture = (id: string): PictureForHub => ({ meta: meta(id), picture: new Blob(['png']), thumb: new Blob(['png']) });

/** The hub as the tablet meets it: records what arrives, in order. */
function fakeHub() {
  const arrived: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    arrived.push(url.includes('timelapse') ? `video ${url.split('/')[3]}` : 'picture');
    return new Response(JSON.stringify({ stored: true, parentUrl: null }), { status: 201 });
  });
  return arrived;
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  resetStoresForTests();
  await saveHubPairing({ tabletId: '123e4567-e89b-12d3-a456-426614174000', token: 'a'.repeat(64), pairedAt: 1 });
});
afterEach(() => vi.unstubAllGlobals());

describe('the outbox sender', () => {
  it('sends the picture, then makes and sends its time-lapse; a wake while the video is made does not start it again', async () => {
    const arrived = fakeHub();
    let makes = 0;
    let sender!: OutboxSender;
    const slowVideo = async () => {
      makes++;
      // A timer or the network waking the sender mid-video (as its back-off timer does).
      void sender.wake();
      void sender.wake(true);
      await new Promise((r) => setTimeout(r, 700));
      return new Blob([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3])], { type: 'video/webm' });
    };
    sender = new OutboxSender(async (id) => picture(id), { idle: () => true, make: slowVideo });
    await queuePicture('art-1', 1, true);
    await sender.wake();
    expect(makes).toBe(1);
    expect(arrived).toEqual(['picture', 'video art-1']);
    expect((await loadOutbox())[0]).toMatchObject({ state: 'sent', video: 'sent' });
  });

  it('a picture finished while a video is being made goes first; the video follows', async () => {
    const arrived = fakeHub();
    let sender!: OutboxSender;
    let first = true;
    const video = async (_id: string, signal: AbortSignal) => {
      if (first) {
        first = false;
        await queuePicture('art-2', 1, false);
        void sender.wake(false, true);
      }
      await new Promise((r) => setTimeout(r, 1200));
      if (signal.aborted) throw new Error('stopped');
      return new Blob([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3])], { type: 'video/webm' });
    };
    sender = new OutboxSender(async (id) => picture(id), { idle: () => true, make: video });
    await queuePicture('art-1', 1, true);
    await sender.wake();
    expect(arrived).toEqual(['picture', 'picture', 'video art-1']);
  });

  it('never makes a video while a child draws: it waits, without counting a failure', async () => {
    fakeHub();
    let makes = 0;
    const sender = new OutboxSender(async (id) => picture(id), { idle: () => false, make: async () => (makes++, null) });
    await queuePicture('art-1', 1, true);
    await sender.wake();
    expect(makes).toBe(0);
    expect((await loadOutbox())[0]).toMatchObject({ state: 'waiting', pictureSent: true, video: 'waiting', attempts: 0 });
  });

  it('unpaired on the laptop (401): the pictures wait, nothing counts as a failure, the adult is told; connected again, they go', async () => {
    const asked: string[] = [];
    let hubKnowsTablet = false;
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      asked.push(String((init.headers as Record<string, string>).authorization).slice(7, 9));
      return hubKnowsTablet ? new Response(JSON.stringify({ stored: true, parentUrl: null }), { status: 201 }) : new Response(JSON.stringify({ error: 'this tablet is not paired with the hub' }), { status: 401 });
    });
    const sender = new OutboxSender(async (id) => picture(id), { idle: () => true, make: async () => null });
    const seen: OutboxStatus[] = [];
    sender.subscribe((status) => seen.push(status));
    await queuePicture('art-1', 1, false);
    await queuePicture('art-2', 1, false);
    await sender.wake();
    // One try told it: the second picture was not even sent with a dead token.
    expect(asked).toEqual(['aa']);
    expect(await loadHubPairing()).toBeNull();
    expect(await loadOutbox()).toEqual(expect.arrayContaining([expect.objectContaining({ artworkId: 'art-1', state: 'waiting', attempts: 0 }), expect.objectContaining({ artworkId: 'art-2', state: 'waiting', attempts: 0 })]));
    expect(seen.at(-1)).toMatchObject({ paired: false, lost: true, waiting: 2 });
    // After a reload the adult is still told.
    const later = new OutboxSender(async (id) => picture(id), { idle: () => true, make: async () => null });
    await later.wake();
    let status: OutboxStatus | null = null;
    later.subscribe((s) => (status = s));
    expect(status).toMatchObject({ paired: false, lost: true, waiting: 2 });
    // The adult connects again with a new code: both go.
    hubKnowsTablet = true;
    await saveHubPairing({ tabletId: '123e4567-e89b-12d3-a456-426614174001', token: 'b'.repeat(64), pairedAt: 2 });
    await later.wake(true);
    expect(asked).toEqual(['aa', 'bb', 'bb']);
    expect(status).toMatchObject({ paired: true, lost: false, waiting: 0, sent: 2 });
  });

  it('a picture another tablet sent first (409, it came here in a ZIP) is settled: never sent again, no time-lapse made for it', async () => {
    let asked = 0;
    vi.stubGlobal('fetch', async () => {
      asked++;
      return new Response(JSON.stringify({ error: 'another tablet sent this picture first' }), { status: 409 });
    });
    let makes = 0;
    const sender = new OutboxSender(async (id) => picture(id), { idle: () => true, make: async () => (makes++, null) });
    await queuePicture('art-1', 1, true);
    await sender.wake();
    await sender.wake(true);
    expect(asked).toBe(1);
    expect(makes).toBe(0);
    expect((await loadOutbox())[0]).toMatchObject({ state: 'sent', video: 'none', parentUrl: null, lastError: '409 another tablet sent this picture first' });
  });
});
