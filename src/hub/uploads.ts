import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Busboy, type BusboyFileStream } from '@fastify/busboy';
import { DOC_HEIGHT, DOC_WIDTH } from '../engine/model/document';
import { type HubPictureMeta, parseHubPictureMeta } from '../engine/model/hubUpload';
import { pngSize } from '../engine/model/png';
import { type PartRule, type Received, Refusal, receivePart } from './incoming';

/** A whole upload (a picture, its thumbnail and a time-lapse) is never larger; anything bigger is refused. */
export const MAX_UPLOAD_BYTES = 80 * 1024 * 1024;
/** The description (JSON): a few hundred bytes in practice. */
const MAX_META_BYTES = 8 * 1024;
/** A time-lapse: the parent's video is a few MB; a long session's stays well under this. */
export const MAX_VIDEO_BYTES = 64 * 1024 * 1024;
/**
 * The picture is the app's document, 2400×1697 (4 MP), and never more: the tablet renders every
 * picture at that size. A bigger one (the 25 MP the tablet accepts for a photo it traces) is not a
 * picture the app made, and would make every phone and the projector that shows it unpack
 * 100 MB. Its PNG is at most 16.3 MB unpacked (RGBA, no compression); 20 MB leaves room for a
 * PNG's chunks.
 */
const PICTURE: PartRule<'image/png'> = { maxBytes: 20 * 1024 * 1024, head: 24, check: (head) => png(head, DOC_WIDTH, DOC_HEIGHT) };
/** The tablet's thumbnail is 480 px wide. */
const THUMB: PartRule<'image/png'> = { maxBytes: 2 * 1024 * 1024, head: 24, check: (head) => png(head, 1000, 1000) };
const VIDEO: PartRule<VideoType> = {
  maxBytes: MAX_VIDEO_BYTES,
  head: 8,
  check: (head) => {
    const kind = videoKind(head);
    if (!kind) throw new Refusal(415, 'the time-lapse must be WebM or MP4');
    return kind;
  },
};

export type VideoType = 'video/webm' | 'video/mp4';

export interface ReceivedPicture {
  picture: Received<'image/png'>;
  thumb: Received<'image/png'>;
  timelapse: Received<VideoType> | null;
}

/** `files` null: the hub did not want them kept (see `wanted`); `discard` removes whatever is still waiting on disk. */
export type UploadCheck = { ok: true; meta: HubPictureMeta; files: ReceivedPicture | null; discard(): Promise<void> } | { ok: false; status: 400 | 413 | 415; reason: string };

/**
 * Reads one upload (multipart form: `meta` JSON first, then `picture` PNG, `thumb` PNG, optional
 * `timelapse` WebM or MP4) into files in `incoming`, never whole into memory. Each part is checked
 * as it comes: sizes while reading, a PNG's type and dimensions from its first bytes before the
 * rest is written, the description by the engine's own validator before any file. `wanted(meta)`
 * false: the files are read and checked but not kept (a version already here, a picture of another
 * tablet). A refused upload leaves nothing behind, an aborted one neither.
 */
export async function readUpload(request: IncomingMessage, incoming: string, wanted: (meta: HubPictureMeta) => boolean): Promise<UploadCheck> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (declared > MAX_UPLOAD_BYTES) return { ok: false, status: 413, reason: `upload of ${declared} bytes` };
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) return { ok: false, status: 415, reason: 'not a form upload' };
  await mkdir(incoming, { recursive: true });
  const dir = await mkdtemp(join(incoming, 'upload-'));
  const discard = () => rm(dir, { recursive: true, force: true });
  try {
    const { meta, files } = await readForm(request, dir, wanted);
    return { ok: true, meta, files, discard };
  } catch (error) {
    await discard();
    if (error instanceof Refusal) return { ok: false, status: error.status, reason: error.message };
    throw error;
  }
}

type Part = 'picture' | 'thumb' | 'timelapse';

function readForm(request: IncomingMessage, dir: string, wanted: (meta: HubPictureMeta) => boolean): Promise<{ meta: HubPictureMeta; files: ReceivedPicture | null }> {
  return new Promise((resolve, reject) => {
    let meta: HubPictureMeta | null = null;
    let keep = true;
    let total = 0;
    const parts = new Map<Part, Promise<Received<string>>>();
    const form = Busboy({ headers: request.headers as { 'content-type': string }, limits: { fields: 1, fieldSize: MAX_META_BYTES, files: 3, parts: 4, fieldNameSize: 32 } });
    const stop = new AbortController();
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      request.off('data', count);
      request.unpipe(form);
      form.destroy();
      // The parts being written stop too, and the answer waits until their files are closed.
      stop.abort();
      void Promise.allSettled(parts.values()).then(() => reject(error instanceof Refusal ? error : new Refusal(400, `unreadable form: ${String(error)}`)));
    };
    const count = (chunk: Buffer) => {
      total += chunk.length;
      if (total > MAX_UPLOAD_BYTES) fail(new Refusal(413, 'upload too large'));
    };
    request.on('data', count);
    request.on('close', () => {
      if (!request.complete) fail(new Refusal(400, 'the upload was cut off'));
    });
    form.on('field', (name, value, _nameCut, valueCut) => {
      try {
        meta = description(name, value, valueCut, meta !== null);
        keep = wanted(meta);
      } catch (error) {
        fail(error);
      }
    });
    form.on('file', (name: string, stream: BusboyFileStream) => {
      const rule = name === 'picture' ? PICTURE : name === 'thumb' ? THUMB : name === 'timelapse' ? VIDEO : null;
      if (!meta || !rule || parts.has(name as Part)) {
        stream.resume();
        return fail(new Refusal(400, !meta ? 'the description must come first' : `unexpected part ${name.slice(0, 32)}`));
      }
      const part: Promise<Received<string>> = receivePart<string>(stream, dir, name, rule, keep, stop.signal);
      part.catch(fail);
      parts.set(name as Part, part);
    });
    for (const limit of ['partsLimit', 'filesLimit', 'fieldsLimit'] as const) form.on(limit, () => fail(new Refusal(400, 'too many parts')));
    form.on('error', fail);
    form.on('finish', () => {
      if (!failed) collect(meta, parts, keep).then(resolve, fail);
    });
    request.pipe(form);
  });
}

/** The upload's description (the `meta` field): once, bounded, valid by the engine's own validator. */
function description(name: string, value: string, cut: boolean, seen: boolean): HubPictureMeta {
  if (name !== 'meta' || seen || cut) throw new Refusal(400, cut ? 'the description is too long' : `unexpected field ${name.slice(0, 32)}`);
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    throw new Refusal(400, 'the description is not JSON');
  }
  const parsed = parseHubPictureMeta(raw);
  if (!parsed.ok) throw new Refusal(400, parsed.reason);
  return parsed.value;
}

/** The whole form has arrived: its parts once written, the picture and its thumbnail required. */
async function collect(meta: HubPictureMeta | null, parts: Map<Part, Promise<Received<string>>>, keep: boolean): Promise<{ meta: HubPictureMeta; files: ReceivedPicture | null }> {
  const got = new Map(await Promise.all([...parts.entries()].map(async ([name, part]) => [name, await part] as const)));
  const picture = got.get('picture') as Received<'image/png'> | undefined;
  const thumb = got.get('thumb') as Received<'image/png'> | undefined;
  if (!meta) throw new Refusal(400, 'no description');
  if (!picture || !thumb) throw new Refusal(415, 'the picture and its thumbnail must be PNG');
  return { meta, files: keep ? { picture, thumb, timelapse: (got.get('timelapse') as Received<VideoType> | undefined) ?? null } : null };
}

/**
 * A time-lapse sent on its own (after its picture): WebM or MP4 by its first bytes, size capped,
 * into a file. `keep` false: checked and dropped (the hub has it already, or it is not this tablet's).
 */
export async function readVideo(request: IncomingMessage, incoming: string, keep: boolean): Promise<{ ok: true; video: Received<VideoType> | null; discard(): Promise<void> } | { ok: false; status: 400 | 413 | 415; reason: string }> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (declared > MAX_VIDEO_BYTES) return { ok: false, status: 413, reason: `upload of ${declared} bytes` };
  await mkdir(incoming, { recursive: true });
  const dir = await mkdtemp(join(incoming, 'video-'));
  const discard = () => rm(dir, { recursive: true, force: true });
  try {
    const video = await receivePart(request, dir, 'timelapse', VIDEO, keep);
    return { ok: true, video: keep ? video : null, discard };
  } catch (error) {
    await discard();
    if (error instanceof Refusal) return { ok: false, status: error.status, reason: error.message };
    if (request.readableAborted || request.destroyed) return { ok: false, status: 400, reason: 'the upload was cut off' };
    throw error;
  }
}

/** A PNG no larger than width × height, judged on its signature and header chunk. */
function png(head: Uint8Array, width: number, height: number): 'image/png' {
  const size = pngSize(head);
  if (!size) throw new Refusal(415, 'the picture and its thumbnail must be PNG');
  if (size.width < 1 || size.height < 1 || size.width > width || size.height > height) throw new Refusal(413, `a picture of ${size.width}×${size.height} pixels`);
  return 'image/png';
}

function videoKind(bytes: Uint8Array): VideoType | null {
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return 'video/webm';
  if (String.fromCharCode(...bytes.subarray(4, 8)) === 'ftyp') return 'video/mp4';
  return null;
}
