import type { Op } from './ops';
import { fnv1a } from './fnv';

export const SCHEMA_VERSION = 1;

/** Points at a stored raster of the picture after the first `opCount` ops. */
export interface CheckpointRef {
  key: string;
  opCount: number;
  fingerprint: string;
}

export interface Artwork {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  createdAt: number;
  updatedAt: number;
  /** colouring page id, or null for a blank picture */
  pageId: string | null;
  childId: string | null;
  ops: Op[];
  checkpoint: CheckpointRef | null;
}

/**
 * The picture's exact pixels (RGBA, as the canvas reads them back), deflate-compressed. A PNG made
 * by the browser comes back one level off on anti-aliased edges in Firefox and WebKit (their PNG
 * encoder and decoder round premultiplied alpha differently from getImageData/putImageData).
 */
export const RAW_PIXELS_MIME = 'application/x-rgba-deflate';
export type CheckpointMime = 'image/png' | typeof RAW_PIXELS_MIME;

/** A raster checkpoint: the bytes as an ArrayBuffer (WebKit cannot store Blobs reliably). */
export interface StoredCheckpoint {
  artworkId: string;
  opCount: number;
  fingerprint: string;
  width: number;
  height: number;
  mime: CheckpointMime;
  data: ArrayBuffer;
}

/**
 * How a picture is kept on the device: a small header, which is also the gallery's summary, and
 * its ops in chunks of OPS_PER_CHUNK, so a save writes the header and the last chunk or two, not
 * the whole log. (Version 1 kept the ops inside the record; such records are still read.)
 */
export const STORED_HEADER_VERSION = 2;
export const OPS_PER_CHUNK = 32;

export interface PictureHeader {
  schemaVersion: typeof STORED_HEADER_VERSION;
  id: string;
  createdAt: number;
  updatedAt: number;
  pageId: string | null;
  childId: string | null;
  checkpoint: CheckpointRef | null;
  opCount: number;
  /** When an adult moved the picture to the bin, or null. */
  binnedAt: number | null;
}

export function headerOf(artwork: Artwork, binnedAt: number | null = null): PictureHeader {
  const { id, createdAt, updatedAt, pageId, childId, checkpoint, ops } = artwork;
  return { schemaVersion: STORED_HEADER_VERSION, id, createdAt, updatedAt, pageId, childId, checkpoint, opCount: ops.length, binnedAt };
}

export function chunkCount(opCount: number): number {
  return Math.ceil(opCount / OPS_PER_CHUNK);
}

export function createArtwork(id: string, now: number, pageId: string | null = null, childId: string | null = null): Artwork {
  return { schemaVersion: SCHEMA_VERSION, id, createdAt: now, updatedAt: now, pageId, childId, ops: [], checkpoint: null };
}

/**
 * A short digest of the first `count` ops, so a checkpoint is only trusted for the exact op
 * prefix it was made from (undo past a checkpoint and new strokes make it stale).
 */
export function opsFingerprint(ops: readonly Op[], count: number): string {
  const digest = fnv1a();
  const mix = digest.mix;
  mix(count);
  for (let i = 0; i < count && i < ops.length; i++) {
    const op = ops[i] as Op;
    if (op.kind === 'clear') {
      mix(0xc1ea5);
      continue;
    }
    if (op.kind === 'fill' || op.kind === 'stamp') {
      mix(op.kind === 'fill' ? 0xf111 : 0x57a);
      mix(Math.round(op.x * 4));
      mix(Math.round(op.y * 4));
      for (const ch of op.kind === 'fill' ? op.color : op.stamp) mix(ch.charCodeAt(0));
      continue;
    }
    mix(op.seed);
    mix(op.points.length);
    mix(Math.round(op.size * 16));
    for (let c = 1; c < 7; c++) mix(op.color.charCodeAt(c));
    const n = op.points.length;
    for (const k of [0, 1, n - 3, n - 2]) if (k >= 0 && k < n) mix(Math.round((op.points[k] ?? 0) * 4));
  }
  return digest.value().toString(16).padStart(8, '0');
}
