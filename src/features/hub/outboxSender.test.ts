import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadOutbox, queuePicture, saveHubPairing } from '../../storage/outboxRepository';
import { resetStoresForTests } from '../../storage/stores';
import { OutboxSender, type PictureForHub } from './outboxSender';

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
});
