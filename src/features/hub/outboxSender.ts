import { failed, type HubPairing, nextDue, nextWake, type OutboxEntry, outboxSummary, postpone, sent, videoDone, wakeAll } from '../../engine/hub/outbox';
import type { HubPictureMeta } from '../../engine/model/hubUpload';
import { forgetLostHubPairing, hubPairingLost, loadHubPairing, loadOutbox, saveOutboxEntry, settleOutboxEntry } from '../../storage/outboxRepository';
import { uploadPicture, uploadTimelapse } from './hubClient';

export interface PictureForHub {
  meta: HubPictureMeta;
  picture: Blob;
  thumb: Blob;
}

/** Time-lapses for the hub: made only while no child is drawing, stopped the moment one starts. */
export interface TimelapseMaker {
  idle(): boolean;
  /** WebM or MP4 of the picture's time-lapse; null when this tablet cannot make one. */
  make(artworkId: string, signal: AbortSignal): Promise<Blob | null>;
}

/** How long a time-lapse waits for the tablet to be free before looking again. */
const BUSY_RETRY_MS = 15_000;
/** Failed tries (the picture's and the video's together) after which a time-lapse is given up. */
const MAX_VIDEO_TRIES = 8;

export interface OutboxStatus {
  paired: boolean;
  /** This tablet's id at the hub (the laptop lists it by its first letters), when paired. */
  tabletId: string | null;
  /** The hub no longer knows this tablet (unpaired on the laptop): the adult connects it again. */
  lost: boolean;
  waiting: number;
  sent: number;
}

/**
 * Runs the outbox: one picture at a time, from IndexedDB, so a reload or a crash only pauses it.
 * Wakes when a picture is queued, when the Wi-Fi comes back, and when a back-off runs out. The
 * tablet works exactly as before when the hub is gone: nothing here blocks a child.
 */
export class OutboxSender {
  private running = false;
  private again = false;
  private againEverything = false;
  /** A new picture was queued while a time-lapse is being made: the video stops, the picture goes first. */
  private newPicture = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<(status: OutboxStatus) => void>();
  private status: OutboxStatus = { paired: false, tabletId: null, lost: false, waiting: 0, sent: 0 };
  /** The hub answered 401 to this pairing: it is forgotten, and the outbox waits for a new one. */
  private lostPairing: HubPairing | null = null;

  constructor(
    /** The picture as the hub gets it, or null when it is gone (removed from the tablet). */
    private readonly prepare: (artworkId: string) => Promise<PictureForHub | null>,
    private readonly timelapses: TimelapseMaker,
    /** Queues finished pictures the outbox does not have yet (a reload right after "done", pictures from before pairing). */
    private readonly catchUp: () => Promise<void> = async () => undefined,
    private readonly now: () => number = Date.now,
  ) {}

  start(): () => void {
    const online = () => void this.wake(true);
    window.addEventListener('online', online);
    void this.wake(true);
    return () => {
      window.removeEventListener('online', online);
      clearTimeout(this.timer);
      this.listeners.clear();
    };
  }

  subscribe(listener: (status: OutboxStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  /**
   * Something changed: look at the outbox now. `everything`: the network is back or a pairing was
   * made (every waiting entry may go at once); `newPicture`: a child finished a picture.
   */
  async wake(everything = false, newPicture = false): Promise<void> {
    this.newPicture ||= newPicture;
    if (this.running) {
      this.again = true;
      this.againEverything ||= everything;
      return;
    }
    clearTimeout(this.timer);
    this.running = true;
    this.againEverything = everything;
    try {
      do {
        this.newPicture = false;
        if (this.againEverything && (await loadHubPairing())) {
          await this.catchUp();
          for (const entry of wakeAll(await loadOutbox(), this.now())) await saveOutboxEntry(entry);
        }
        this.again = false;
        this.againEverything = false;
        await this.drain();
      } while (this.again);
    } catch (error) {
      console.warn('Outbox paused', error);
    } finally {
      this.running = false;
    }
  }

  private async drain(): Promise<void> {
    const pairing = await loadHubPairing();
    let entries = await loadOutbox();
    this.publish(pairing, entries, !pairing && (await hubPairingLost()));
    if (!pairing) return;
    for (let entry = nextDue(entries, this.now()); entry; entry = nextDue(entries, this.now())) {
      const next = await settleOutboxEntry(entry, await this.send(entry, pairing));
      entries = entries.map((e) => (e.artworkId === next.artworkId ? next : e));
      if (this.lostPairing) return this.forgetPairing(this.lostPairing, entries);
      this.publish(pairing, entries);
      if (next.state === 'waiting' && next.lastError?.startsWith('no answer')) break; // the hub is away: wait for the back-off or the network
      if (this.again) break; // something was queued or woke us meanwhile: read the outbox afresh
    }
    clearTimeout(this.timer);
    const wake = nextWake(entries);
    if (wake !== null) this.timer = setTimeout(() => void this.wake(), Math.max(0, wake - this.now()) + 50);
  }

  private async send(entry: OutboxEntry, pairing: HubPairing): Promise<OutboxEntry> {
    return entry.pictureSent ? this.sendTimelapse(entry, pairing) : this.sendPicture(entry, pairing);
  }

  private async sendTimelapse(entry: OutboxEntry, pairing: HubPairing): Promise<OutboxEntry> {
    if (!this.timelapses.idle()) return postpone(entry, this.now() + BUSY_RETRY_MS);
    const stop = new AbortController();
    // A child starts drawing, or a new picture is queued (pictures go first): the video stops and waits.
    const watch = setInterval(() => {
      if (!this.timelapses.idle() || this.newPicture) stop.abort();
    }, 500);
    let video: Blob | null;
    try {
      video = await this.timelapses.make(entry.artworkId, stop.signal);
    } catch (error) {
      if (stop.signal.aborted) return postpone(entry, this.now() + (this.timelapses.idle() ? 0 : BUSY_RETRY_MS));
      console.warn(`Time-lapse of ${entry.artworkId} not made`, error);
      return videoDone(entry, false);
    } finally {
      clearInterval(watch);
    }
    if (!video) return videoDone(entry, false);
    const result = await uploadTimelapse(pairing, entry.artworkId, entry.version, video);
    if (result.ok) return videoDone(entry, true);
    if ('unpaired' in result && result.unpaired) return this.unpaired(entry, pairing);
    // A time-lapse is a bonus (its picture is already at the hub): after a few failed tries it is given up, never retried for ever.
    if (entry.attempts + 1 >= MAX_VIDEO_TRIES) return videoDone(entry, false);
    if ('pictureMissing' in result) return { ...failed(entry, result.error, this.now()), pictureSent: false };
    return result.retry ? failed(entry, result.error, this.now()) : videoDone(entry, false);
  }

  private async sendPicture(entry: OutboxEntry, pairing: HubPairing): Promise<OutboxEntry> {
    const picture = await this.prepare(entry.artworkId).catch((error: unknown) => {
      console.warn(`Picture ${entry.artworkId} not ready for the hub`, error);
      return undefined;
    });
    // Removed from the tablet: there is nothing to send any more.
    if (picture === null) return sent(entry, null);
    if (!picture) return failed(entry, 'could not be prepared', this.now());
    // A newer version is what is on the tablet now: that one goes.
    const meta = { ...picture.meta, version: Math.max(picture.meta.version, entry.version) };
    const result = await uploadPicture(pairing, meta, picture.picture, picture.thumb);
    if (result.ok) return sent({ ...entry, version: meta.version }, result.parentUrl);
    if (result.unpaired) return this.unpaired(entry, pairing);
    // Another tablet sent this picture first (it came here in a ZIP): the hub keeps that one; nothing more goes.
    if (result.elsewhere) return { ...videoDone(sent(entry, null), false), lastError: result.error };
    return result.retry ? failed(entry, result.error, this.now()) : { ...failed(entry, result.error, this.now()), nextAttemptAt: this.now() + 60 * 60_000 };
  }

  /** A 401: the entry waits as it is (no failure counted) and the sender stops until a new pairing. */
  private unpaired(entry: OutboxEntry, pairing: HubPairing): OutboxEntry {
    this.lostPairing = pairing;
    return entry;
  }

  /**
   * The hub no longer knows this tablet (unpaired on the laptop): its pairing is forgotten, unless
   * the adult made a new one meanwhile; every picture stays in the outbox for the next pairing.
   */
  private async forgetPairing(lost: HubPairing, entries: readonly OutboxEntry[]): Promise<void> {
    this.lostPairing = null;
    await forgetLostHubPairing(lost);
    this.publish(await loadHubPairing(), entries, await hubPairingLost());
  }

  private publish(pairing: HubPairing | null, entries: readonly OutboxEntry[], lost = false): void {
    this.status = { paired: pairing !== null, tabletId: pairing?.tabletId ?? null, lost, ...outboxSummary(entries) };
    for (const listener of this.listeners) listener(this.status);
  }
}
