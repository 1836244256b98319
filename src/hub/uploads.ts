import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { type HubPictureMeta, parseHubPictureMeta } from '../engine/model/hubUpload';
import { pngSize } from '../engine/model/png';
import { MAX_PICTURE_PIXELS } from '../engine/model/validation';
import type { PictureFiles } from './archive';

/** A picture, its thumbnail and a time-lapse fit well under this; anything bigger is refused unread. */
export const MAX_UPLOAD_BYTES = 80 * 1024 * 1024;
const MAX_THUMB_PIXELS = 1_000_000;

export type UploadCheck = { ok: true; meta: HubPictureMeta; files: PictureFiles } | { ok: false; status: 400 | 413 | 415; reason: string };

/**
 * Reads and checks one upload (multipart form: `meta` JSON, `picture` PNG, `thumb` PNG, optional
 * `timelapse` WebM or MP4). Sizes are checked while reading; types by their first bytes, not by
 * what the form claims; the description by the engine's own validator.
 */
export async function readUpload(request: IncomingMessage): Promise<UploadCheck> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (declared > MAX_UPLOAD_BYTES) return { ok: false, status: 413, reason: `upload of ${declared} bytes` };
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) return { ok: false, status: 415, reason: 'not a form upload' };
  let form: FormData;
  try {
    const body = await readLimited(request, MAX_UPLOAD_BYTES);
    if (!body) return { ok: false, status: 413, reason: 'upload too large' };
    form = await new Request('http://hub.local/upload', { method: 'POST', headers: { 'content-type': type }, body: body as Uint8Array<ArrayBuffer> }).formData();
  } catch (error) {
    return { ok: false, status: 400, reason: `unreadable form: ${String(error)}` };
  }
  let rawMeta: unknown;
  try {
    rawMeta = JSON.parse(String(form.get('meta') ?? ''));
  } catch {
    return { ok: false, status: 400, reason: 'the description is not JSON' };
  }
  const meta = parseHubPictureMeta(rawMeta);
  if (!meta.ok) return { ok: false, status: 400, reason: meta.reason };
  const picture = await bytesOf(form.get('picture'));
  const thumb = await bytesOf(form.get('thumb'));
  const pictureSize = picture && pngSize(picture);
  const thumbSize = thumb && pngSize(thumb);
  if (!picture || !pictureSize || !thumb || !thumbSize) return { ok: false, status: 415, reason: 'the picture and its thumbnail must be PNG' };
  if (pictureSize.width * pictureSize.height > MAX_PICTURE_PIXELS || thumbSize.width * thumbSize.height > MAX_THUMB_PIXELS) return { ok: false, status: 413, reason: 'picture too large' };
  const video = await bytesOf(form.get('timelapse'));
  const videoType = video ? videoKind(video) : null;
  if (video && !videoType) return { ok: false, status: 415, reason: 'the time-lapse must be WebM or MP4' };
  return { ok: true, meta: meta.value, files: { picture, thumb, timelapse: video && videoType ? { bytes: video, type: videoType } : null } };
}

async function readLimited(stream: Readable, limit: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    if (total > limit) {
      stream.destroy();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

async function bytesOf(entry: FormDataEntryValue | null): Promise<Uint8Array | null> {
  return entry && typeof entry !== 'string' ? new Uint8Array(await entry.arrayBuffer()) : null;
}

/** A time-lapse sent on its own (after its picture): WebM or MP4 by its first bytes, size capped. */
export async function readVideo(request: IncomingMessage): Promise<{ ok: true; video: { bytes: Uint8Array; type: 'video/webm' | 'video/mp4' } } | { ok: false; status: 413 | 415; reason: string }> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (declared > MAX_UPLOAD_BYTES) return { ok: false, status: 413, reason: `upload of ${declared} bytes` };
  const bytes = await readLimited(request, MAX_UPLOAD_BYTES);
  if (!bytes) return { ok: false, status: 413, reason: 'upload too large' };
  const type = videoKind(bytes);
  return type ? { ok: true, video: { bytes, type } } : { ok: false, status: 415, reason: 'the time-lapse must be WebM or MP4' };
}

function videoKind(bytes: Uint8Array): 'video/webm' | 'video/mp4' | null {
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return 'video/webm';
  if (String.fromCharCode(...bytes.subarray(4, 8)) === 'ftyp') return 'video/mp4';
  return null;
}
