import type { Readable } from 'node:stream';
import { type HubPictureMeta, parseHubPictureMeta } from '../engine/model/hubUpload';
import type { Received } from './incoming';
import type { BlobStore } from './storage/blobStore';
import { isCode, randomCode } from './codes';
import type { ReceivedPicture, VideoType } from './uploads';

export const PARENT_CODE_LENGTH = 8;

/** A picture as the hub keeps it: what the tablet said, and what the hub added. */
export interface HubPicture extends HubPictureMeta {
  /** `<id>/v<version>`: one per version a tablet sent. */
  key: string;
  tabletId: string;
  receivedAt: number;
  parentCode: string;
  files: { picture: string; thumb: string; timelapse: string | null };
  printedAt: number | null;
}

/** A picture of another tablet: refused, and nothing about it (its parent's code) is told. */
export const NOT_YOURS = { refused: 'another tablet sent this picture first' } as const;

interface ParentLink {
  code: string;
  tabletId: string;
  /** The child on that tablet; a guest's picture has a code of its own. */
  childId: string | null;
  pictureId: string | null;
}

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const read = async (store: BlobStore, key: string): Promise<unknown> => {
  const bytes = await store.get(key);
  return bytes ? JSON.parse(new TextDecoder().decode(bytes)) : null;
};

/**
 * The session's pictures on the hub. Each version is stored once: a retry of an upload that
 * already arrived (the tablet never heard the answer) changes nothing and gets the same answer.
 * Files are written before the record that lists them, so a record always has its files.
 * A picture belongs to the tablet that first sent it: another tablet that knows its id can
 * neither learn its parent's code, nor send a version of it, nor give it a time-lapse.
 */
export class HubArchive {
  private readonly pictures = new Map<string, HubPicture>();
  private readonly links = new Map<string, ParentLink>();
  /** Picture id → the tablet it belongs to (claimed when its first upload starts). */
  private readonly owners = new Map<string, string>();
  /** Uploads of the same version arriving at once wait for the first. */
  private readonly inFlight = new Map<string, Promise<{ picture: HubPicture; stored: boolean }>>();
  /** Changes to one stored picture (its time-lapse, "printed") happen one after another, each on the latest record. */
  private readonly recordQueue = new Map<string, Promise<unknown>>();
  /** A child's code being made: two uploads for the same child at once get the same one. */
  private readonly codesInMaking = new Map<string, Promise<string>>();
  private readonly listeners = new Set<() => void>();

  private constructor(private readonly store: BlobStore) {}

  static async open(store: BlobStore): Promise<HubArchive> {
    const archive = new HubArchive(store);
    for (const key of await store.list('parents/')) {
      const link = (await read(store, key).catch(() => null)) as ParentLink | null;
      if (link && typeof link.code === 'string' && isCode(link.code, PARENT_CODE_LENGTH)) archive.links.set(link.code, link);
    }
    for (const key of (await store.list('pictures/')).filter((k) => k.endsWith('/record.json'))) {
      const record = (await read(store, key).catch(() => null)) as HubPicture | null;
      // The tablet's part is checked again: a damaged record is skipped, never shown.
      if (record && parseHubPictureMeta(pickMeta(record)).ok && typeof record.key === 'string' && typeof record.tabletId === 'string') archive.pictures.set(record.key, record);
      else console.warn(`[hub] ${key} is damaged; left out`);
    }
    // The first tablet that sent a picture owns it (versions stored before owners were kept may come from several).
    for (const picture of [...archive.pictures.values()].sort((a, b) => a.receivedAt - b.receivedAt)) if (!archive.owners.has(picture.id)) archive.owners.set(picture.id, picture.tabletId);
    return archive;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether an upload's files are worth keeping: a new version of this tablet's own picture (or a new picture). */
  wants(tabletId: string, meta: HubPictureMeta): boolean {
    const owner = this.owners.get(meta.id);
    return (owner === undefined || owner === tabletId) && !this.pictures.has(`${meta.id}/v${meta.version}`);
  }

  /** `files` null: the upload was not kept (`wants` said no), which is right only for a version already here. */
  async add(tabletId: string, meta: HubPictureMeta, files: ReceivedPicture | null, now = Date.now()): Promise<{ picture: HubPicture; stored: boolean } | typeof NOT_YOURS> {
    const owner = this.owners.get(meta.id);
    if (owner !== undefined && owner !== tabletId) return NOT_YOURS;
    const key = `${meta.id}/v${meta.version}`;
    const known = this.pictures.get(key);
    if (known) return { picture: known, stored: false };
    const running = this.inFlight.get(key);
    if (running) return running.then(({ picture }) => ({ picture, stored: false }));
    if (!files) throw new Error(`${key}: an upload that was not kept`);
    // Claimed before the first await: a second tablet sending the same id meanwhile is refused.
    this.owners.set(meta.id, tabletId);
    const work = this.write(key, tabletId, meta, files, now);
    this.inFlight.set(key, work);
    try {
      return await work;
    } catch (error) {
      if (!this.latest().some((picture) => picture.id === meta.id)) this.owners.delete(meta.id);
      throw error;
    } finally {
      this.inFlight.delete(key);
    }
  }

  private async write(key: string, tabletId: string, meta: HubPictureMeta, files: ReceivedPicture, now: number): Promise<{ picture: HubPicture; stored: boolean }> {
    const parentCode = await this.parentCode(tabletId, meta);
    const base = `pictures/${meta.id}/v${meta.version}`;
    await this.store.putFile(`${base}/picture.png`, files.picture, 'image/png');
    await this.store.putFile(`${base}/thumb.png`, files.thumb, 'image/png');
    const timelapse = files.timelapse ? `${base}/timelapse.${files.timelapse.kind === 'video/mp4' ? 'mp4' : 'webm'}` : null;
    if (files.timelapse && timelapse) await this.store.putFile(timelapse, files.timelapse, files.timelapse.kind);
    const picture: HubPicture = { ...meta, key, tabletId, receivedAt: now, parentCode, files: { picture: `${base}/picture.png`, thumb: `${base}/thumb.png`, timelapse }, printedAt: null };
    await this.store.put(`${base}/record.json`, json(picture), 'application/json');
    this.pictures.set(key, picture);
    for (const listener of this.listeners) listener();
    return { picture, stored: true };
  }

  /** One code per child per tablet (a guest: per picture), made the first time it is needed. */
  private parentCode(tabletId: string, meta: HubPictureMeta): Promise<string> {
    const pictureId = meta.childId ? null : meta.id;
    for (const link of this.links.values()) if (link.tabletId === tabletId && link.childId === meta.childId && link.pictureId === pictureId) return Promise.resolve(link.code);
    const who = JSON.stringify([tabletId, meta.childId, pictureId]);
    let making = this.codesInMaking.get(who);
    if (!making) {
      making = this.newParentCode(tabletId, meta.childId, pictureId).finally(() => this.codesInMaking.delete(who));
      this.codesInMaking.set(who, making);
    }
    return making;
  }

  private async newParentCode(tabletId: string, childId: string | null, pictureId: string | null): Promise<string> {
    let code = randomCode(PARENT_CODE_LENGTH);
    while (this.links.has(code)) code = randomCode(PARENT_CODE_LENGTH);
    const link: ParentLink = { code, tabletId, childId, pictureId };
    await this.store.put(`parents/${code}.json`, json(link), 'application/json');
    this.links.set(code, link);
    return code;
  }

  /** The latest version of every picture, newest first: what the wall and the print queue show. */
  latest(): HubPicture[] {
    const newest = new Map<string, HubPicture>();
    for (const picture of this.pictures.values()) {
      const seen = newest.get(picture.id);
      if (!seen || picture.version > seen.version) newest.set(picture.id, picture);
    }
    return [...newest.values()].sort((a, b) => b.receivedAt - a.receivedAt || b.version - a.version);
  }

  /** A parent's code opens exactly that child's pictures (latest versions); an unknown code, none. */
  ofParent(code: string): HubPicture[] | null {
    if (!this.links.has(code)) return null;
    return this.latest().filter((picture) => picture.parentCode === code);
  }

  byKey(key: string): HubPicture | null {
    return this.pictures.get(key) ?? null;
  }

  /** Whether a time-lapse is worth keeping: this tablet's picture is here and has none yet. */
  wantsTimelapse(tabletId: string, key: string): boolean {
    const picture = this.pictures.get(key);
    return !!picture && this.owners.get(picture.id) === tabletId && !picture.files.timelapse;
  }

  /**
   * The time-lapse of a picture already here, from the tablet it belongs to; kept once, the first
   * that arrives (a repeat answers as not stored). Null: no such picture (send the picture first).
   */
  addTimelapse(tabletId: string, key: string, video: Received<VideoType> | null): Promise<{ stored: boolean } | typeof NOT_YOURS | null> {
    return this.changeRecord<{ stored: boolean } | typeof NOT_YOURS>(key, async (picture) => {
      if (this.owners.get(picture.id) !== tabletId) return { record: null, answer: NOT_YOURS };
      if (picture.files.timelapse) return { record: null, answer: { stored: false } };
      if (!video) throw new Error(`${key}: a time-lapse that was not kept`);
      const path = `pictures/${picture.id}/v${picture.version}/timelapse.${video.kind === 'video/mp4' ? 'mp4' : 'webm'}`;
      await this.store.putFile(path, video, video.kind);
      return { record: { files: { ...picture.files, timelapse: path } }, answer: { stored: true } };
    });
  }

  markPrinted(key: string, now = Date.now()): Promise<HubPicture | null> {
    return this.changeRecord(key, async () => ({ record: { printedAt: now }, answer: true })).then((done) => (done ? this.pictures.get(key)! : null));
  }

  /** One change to a stored picture's record at a time, each applied to the record as it is then. */
  private changeRecord<T>(key: string, change: (picture: HubPicture) => Promise<{ record: Partial<HubPicture> | null; answer: T }>): Promise<T | null> {
    const run = async (): Promise<T | null> => {
      const picture = this.pictures.get(key);
      if (!picture) return null;
      const { record, answer } = await change(picture);
      if (record) {
        const next = { ...this.pictures.get(key)!, ...record };
        await this.store.put(`pictures/${picture.id}/v${picture.version}/record.json`, json(next), 'application/json');
        this.pictures.set(key, next);
        for (const listener of this.listeners) listener();
      }
      return answer;
    };
    const queued = (this.recordQueue.get(key) ?? Promise.resolve()).then(run, run);
    this.recordQueue.set(key, queued.catch(() => undefined));
    return queued;
  }

  file(path: string): Promise<{ stream: Readable; bytes: number } | null> {
    return this.store.open(path);
  }

  /** What the laptop's page says about each tablet: how many pictures, the last one's time, the children named. */
  tabletSummaries(): Map<string, { pictures: number; lastAt: number; names: string[] }> {
    const summaries = new Map<string, { pictures: number; lastAt: number; names: string[] }>();
    for (const picture of this.latest()) {
      const summary = summaries.get(picture.tabletId) ?? { pictures: 0, lastAt: 0, names: [] };
      summary.pictures++;
      summary.lastAt = Math.max(summary.lastAt, picture.receivedAt);
      if (picture.childName && !summary.names.includes(picture.childName)) summary.names.push(picture.childName);
      summaries.set(picture.tabletId, summary);
    }
    return summaries;
  }

  get size(): number {
    return this.pictures.size;
  }
}

function pickMeta(record: HubPicture): HubPictureMeta {
  const { id, version, childId, childName, avatar, pageName, finishedAt } = record;
  return { id, version, childId, childName, avatar, pageName, finishedAt };
}
