import { describe, expect, it } from 'vitest';
import { enqueue, failed, nextDue, nextWake, type OutboxEntry, outboxSummary, parseHubPairing, parseOutboxEntry, postpone, retryDelay, sent, videoDone, wakeAll } from './outbox';

const half = () => 0.5;

describe("the tablet's outbox", () => {
  it('queues a finished picture once per version: a newer version replaces a waiting one, an older or the same is ignored', () => {
    const first = enqueue(null, 'art-1', 100, 0)!;
    expect(first).toMatchObject({ state: 'waiting', version: 100, attempts: 0 });
    expect(enqueue(first, 'art-1', 100, 5)).toBeNull();
    expect(enqueue(sent(first, null), 'art-1', 100, 5)).toBeNull();
    expect(enqueue(first, 'art-1', 90, 5)).toBeNull();
    expect(enqueue(sent(first, 'http://10.0.0.2:8787/p/ABCDEFGH'), 'art-1', 200, 5)).toMatchObject({ state: 'waiting', version: 200, parentUrl: 'http://10.0.0.2:8787/p/ABCDEFGH' });
  });

  it('backs off after each failure (2 s, 4 s, 8 s … 5 min), and sends the longest-waiting due entry first', () => {
    expect([1, 2, 3, 4, 12].map((n) => retryDelay(n, half))).toEqual([2000, 4000, 8000, 16000, 300000]);
    expect(retryDelay(1, () => 0)).toBe(1600);
    expect(retryDelay(1, () => 1)).toBe(2400);
    let a = enqueue(null, 'art-a', 1, 1000)!;
    const b = enqueue(null, 'art-b', 1, 2000)!;
    expect(nextDue([a, b], 999)).toBeNull();
    expect(nextDue([a, b], 2000)?.artworkId).toBe('art-a');
    a = failed(a, 'offline', 2000, half);
    expect(a).toMatchObject({ attempts: 1, nextAttemptAt: 4000, lastError: 'offline' });
    expect(nextDue([a, b], 3000)?.artworkId).toBe('art-b');
    expect(nextWake([a, sent(b, null)])).toBe(4000);
    expect(nextWake([sent(a, null)])).toBeNull();
  });

  it("sends every waiting picture before any time-lapse, however long the time-lapse has waited", () => {
    const video = sent(enqueue(null, 'art-v', 1, 0, true)!, null);
    const picture = enqueue(null, 'art-p', 1, 5000)!;
    expect(nextDue([video, picture], 6000)?.artworkId).toBe('art-p');
    expect(nextDue([video, sent(picture, null)], 6000)?.artworkId).toBe('art-v');
  });

  it('wakes every waiting entry when the Wi-Fi is back, and counts waiting and sent', () => {
    const a = failed(enqueue(null, 'art-a', 1, 0)!, 'offline', 0, half);
    const b = sent(enqueue(null, 'art-b', 1, 0)!, null);
    expect(wakeAll([a, b], 10)).toEqual([{ ...a, nextAttemptAt: 10 }]);
    expect(outboxSummary([a, b])).toEqual({ waiting: 1, sent: 1 });
  });

  it('with a time-lapse: the picture first, then the video (not while a child draws: postponed, not failed), then sent', () => {
    const queued = enqueue(null, 'art-v', 7, 0, true)!;
    expect(queued).toMatchObject({ state: 'waiting', pictureSent: false, video: 'waiting' });
    const pictureThere = sent(failed(queued, 'offline', 0, half), 'http://10.0.0.2:8787/p/ABCDEFGH');
    // The try that failed still counts: a time-lapse that keeps failing is given up after a few.
    expect(pictureThere).toMatchObject({ state: 'waiting', pictureSent: true, video: 'waiting', attempts: 1 });
    expect(outboxSummary([pictureThere])).toEqual({ waiting: 1, sent: 0 });
    const later = postpone(pictureThere, 20_000);
    expect(later).toMatchObject({ attempts: 1, nextAttemptAt: 20_000 });
    expect(videoDone(later, true)).toMatchObject({ state: 'sent', video: 'sent' });
    expect(videoDone(later, false)).toMatchObject({ state: 'sent', video: 'none' });
    // Without a time-lapse the picture alone finishes the entry.
    expect(sent(enqueue(null, 'art-w', 7, 0)!, null)).toMatchObject({ state: 'sent', pictureSent: true, video: 'none' });
  });

  it('reads entries from before time-lapses travelled', () => {
    const old = { artworkId: 'art-o', version: 3, state: 'sent', attempts: 0, nextAttemptAt: 0, lastError: null, parentUrl: null };
    expect(parseOutboxEntry(old)).toMatchObject({ ok: true, value: { pictureSent: true, video: 'none' } });
    expect(parseOutboxEntry({ ...old, state: 'waiting' })).toMatchObject({ ok: true, value: { pictureSent: false } });
  });

  it('round-trips every entry it makes; junk is refused', () => {
    const entries: OutboxEntry[] = [enqueue(null, 'art-1', 5, 9)!, failed(enqueue(null, 'art-2', 5, 9, true)!, 'the hub did not answer', 9), sent(enqueue(null, 'art-3', 5, 9)!, 'http://192.168.0.4:8787/p/ABCDEFGH'), videoDone(sent(enqueue(null, 'art-4', 5, 9, true)!, null), true)];
    for (const entry of entries) expect(parseOutboxEntry(JSON.parse(JSON.stringify(entry)))).toEqual({ ok: true, value: entry });
    for (const junk of [null, { ...entries[0], state: 'sending' }, { ...entries[0], video: 'maybe' }, { ...entries[0], pictureSent: 'yes' }, { ...entries[0], artworkId: '../x' }, { ...entries[2], parentUrl: 'javascript:alert(1)' }, { ...entries[0], version: -1 }]) expect(parseOutboxEntry(junk).ok).toBe(false);
    const pairing = { tabletId: '123e4567-e89b-12d3-a456-426614174000', token: 'a'.repeat(64), pairedAt: 1 };
    expect(parseHubPairing(structuredClone(pairing))).toEqual({ ok: true, value: pairing });
    expect(parseHubPairing({ ...pairing, token: 'short' }).ok).toBe(false);
  });
});
