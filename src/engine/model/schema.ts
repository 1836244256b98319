import { DOC_HEIGHT, DOC_WIDTH, MAX_STROKE_POINTS, POINT_MARGIN } from './document';
import { type Artwork, type CheckpointRef, chunkCount, OPS_PER_CHUNK, type PictureHeader, RAW_PIXELS_MIME, SCHEMA_VERSION, STORED_HEADER_VERSION, type StoredCheckpoint } from './artwork';
import { HEX_COLOR } from './color';
import { BRUSH_IDS, type BrushId, type FillOp, type Op, type OpTiming, type StampOp, type StrokeOp } from './ops';
import { migrateArtwork } from './migrations';
import { isSymmetry } from '../geometry/symmetry';
import { type Fields, isCount, isFiniteNumber, isId, isObject } from './validation';

/** Every byte read from storage passes through here before the app uses it. */
export type ParseResult<T> = { ok: true; value: T; problems: string[] } | { ok: false; reason: string };

const MAX_POINTS = MAX_STROKE_POINTS;
const MAX_OPS = 200_000;
const MIN_SIZE = 1;
const MAX_SIZE = 400;
const MARGIN = POINT_MARGIN;

const isNullableId = (v: unknown): v is string | null => v === null || isId(v);

export function parseArtwork(raw: unknown): ParseResult<Artwork> {
  const migrated = migrateArtwork(raw);
  if (!migrated.ok) return migrated;
  const r = migrated.value;
  if (!isId(r.id)) return fail('id is missing or malformed');
  // Any number will do for a picture's dates (not only isTime's whole ms): a picture is never set aside for its date.
  if (!isFiniteNumber(r.createdAt) || !isFiniteNumber(r.updatedAt)) return fail('timestamps are not numbers');
  if (!isNullableId(r.pageId ?? null) || !isNullableId(r.childId ?? null)) return fail('page or child id malformed');
  if (!Array.isArray(r.ops)) return fail('ops is not a list');
  if (r.ops.length > MAX_OPS) return fail(`too many ops (${r.ops.length})`);
  const problems: string[] = [];
  const ops: Op[] = [];
  r.ops.forEach((rawOp, index) => {
    const op = parseOp(rawOp);
    if (typeof op === 'string') problems.push(`op ${index}: ${op}`);
    else ops.push(op);
  });
  const checkpoint = parseCheckpointRef(r.checkpoint, ops.length, r.id);
  if (r.checkpoint != null && !checkpoint) problems.push('checkpoint reference malformed');
  return {
    ok: true,
    problems,
    value: {
      schemaVersion: SCHEMA_VERSION,
      id: r.id,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      pageId: (r.pageId as string | null | undefined) ?? null,
      childId: (r.childId as string | null | undefined) ?? null,
      ops,
      // A record that lost ops cannot trust its checkpoint either.
      checkpoint: problems.length === 0 ? checkpoint : null,
    },
  };
}

/** A stored picture header (version 2): the gallery reads only these. */
export function parsePictureHeader(raw: unknown): ParseResult<PictureHeader> {
  if (!isObject(raw) || raw.schemaVersion !== STORED_HEADER_VERSION) return fail('not a picture header');
  if (!isId(raw.id)) return fail('id is missing or malformed');
  if (!isFiniteNumber(raw.createdAt) || !isFiniteNumber(raw.updatedAt)) return fail('timestamps are not numbers');
  if (!isNullableId(raw.pageId) || !isNullableId(raw.childId)) return fail('page or child id malformed');
  if (!isCount(raw.opCount) || raw.opCount > MAX_OPS) return fail('op count malformed');
  if (raw.binnedAt !== null && !isFiniteNumber(raw.binnedAt)) return fail('bin time malformed');
  const opCount = raw.opCount;
  const checkpoint = parseCheckpointRef(raw.checkpoint, opCount, raw.id);
  const problems = raw.checkpoint != null && !checkpoint ? ['checkpoint reference malformed'] : [];
  return {
    ok: true,
    problems,
    value: { schemaVersion: STORED_HEADER_VERSION, id: raw.id, createdAt: raw.createdAt, updatedAt: raw.updatedAt, pageId: raw.pageId, childId: raw.childId, checkpoint, opCount, binnedAt: raw.binnedAt },
  };
}

export function isPictureHeaderShape(raw: unknown): boolean {
  return isObject(raw) && raw.schemaVersion === STORED_HEADER_VERSION;
}

/**
 * A header and its op chunks (in key order) as one artwork. A chunk that is missing, misplaced
 * or holds bad ops loses only those ops; the reasons are reported so the caller can set the
 * originals aside, and a picture that lost ops no longer trusts its checkpoint.
 */
export function assembleArtwork(header: PictureHeader, chunks: readonly unknown[]): { artwork: Artwork; problems: string[]; badChunks: number[] } {
  const problems: string[] = [];
  const badChunks: number[] = [];
  const ops: Op[] = [];
  const expected = chunkCount(header.opCount);
  if (chunks.length !== expected) problems.push(`${chunks.length} op chunks for ${header.opCount} ops`);
  chunks.forEach((raw, index) => {
    const chunk = parseOpChunk(raw, header.id, index);
    if (typeof chunk === 'string') {
      problems.push(`chunk ${index}: ${chunk}`);
      badChunks.push(index);
      return;
    }
    chunk.ops.forEach((rawOp, k) => {
      const op = parseOp(rawOp);
      if (typeof op === 'string') {
        problems.push(`op ${index * OPS_PER_CHUNK + k}: ${op}`);
        if (!badChunks.includes(index)) badChunks.push(index);
      } else ops.push(op);
    });
  });
  if (problems.length === 0 && ops.length !== header.opCount) problems.push(`${ops.length} ops stored, ${header.opCount} expected`);
  const { id, createdAt, updatedAt, pageId, childId } = header;
  const checkpoint = problems.length === 0 ? header.checkpoint : null;
  return { artwork: { schemaVersion: SCHEMA_VERSION, id, createdAt, updatedAt, pageId, childId, ops, checkpoint }, problems, badChunks };
}

function parseOpChunk(raw: unknown, artworkId: string, index: number): { ops: unknown[] } | string {
  if (!isObject(raw)) return 'not an object';
  if (raw.artworkId !== artworkId || raw.index !== index) return 'belongs elsewhere';
  if (!Array.isArray(raw.ops) || raw.ops.length === 0 || raw.ops.length > OPS_PER_CHUNK) return 'ops missing';
  return { ops: raw.ops };
}

function parseOp(raw: unknown): Op | string {
  if (!isObject(raw)) return 'not an object';
  const op = parseOpBody(raw);
  if (typeof op === 'string') return op;
  // Symmetry changes the picture: a junk value makes the step junk (never drawn differently).
  if (raw.symmetry !== undefined) {
    if (op.kind === 'clear' || !isSymmetry(raw.symmetry)) return 'bad symmetry';
    op.symmetry = raw.symmetry;
  }
  // Timing is a record of the process, not of the picture: a junk one is left out, the step kept.
  const timing = parseTiming(raw.timing);
  if (timing) op.timing = timing;
  return op;
}

/** The earliest and latest plausible step times (ms since 1970): 2020 to 2200. */
const EARLIEST_STEP = Date.UTC(2020, 0, 1);
const LATEST_STEP = Date.UTC(2200, 0, 1);
/** A single stroke longer than an hour is not a stroke a child drew. */
const LONGEST_STEP_MS = 3_600_000;

function parseTiming(raw: unknown): OpTiming | null {
  if (!isObject(raw) || !isFiniteNumber(raw.at) || !isFiniteNumber(raw.ms)) return null;
  if (raw.at < EARLIEST_STEP || raw.at > LATEST_STEP || raw.ms < 0 || raw.ms > LONGEST_STEP_MS) return null;
  return { at: Math.round(raw.at), ms: Math.round(raw.ms) };
}

function parseOpBody(raw: Fields): Op | string {
  if (raw.kind === 'clear') return { kind: 'clear' };
  if (raw.kind === 'fill') return parseFill(raw);
  if (raw.kind === 'stamp') return parseStamp(raw);
  if (raw.kind !== 'stroke') return `unknown kind ${String(raw.kind)}`;
  if (!BRUSH_IDS.includes(raw.brush as BrushId)) return `unknown brush ${String(raw.brush)}`;
  if (typeof raw.color !== 'string' || !HEX_COLOR.test(raw.color)) return 'bad colour';
  if (!isFiniteNumber(raw.size) || raw.size < MIN_SIZE || raw.size > MAX_SIZE) return 'bad size';
  if (!isFiniteNumber(raw.seed) || raw.seed < 0 || raw.seed > 0xffffffff) return 'bad seed';
  const points = toPoints(raw.points);
  if (typeof points === 'string') return points;
  const op: StrokeOp = {
    kind: 'stroke',
    brush: raw.brush as BrushId,
    color: raw.color,
    size: raw.size,
    seed: raw.seed >>> 0,
    pressure: raw.pressure === true,
    points,
  };
  if (raw.clip !== undefined) {
    const clip = parsePagePoint(raw.clip);
    if (!clip) return 'bad clip point';
    op.clip = clip;
  }
  return op;
}

function parsePagePoint(raw: unknown): { x: number; y: number } | null {
  if (!isObject(raw) || !Number.isInteger(raw.x) || !Number.isInteger(raw.y)) return null;
  const x = raw.x as number;
  const y = raw.y as number;
  return x >= 0 && y >= 0 && x < DOC_WIDTH && y < DOC_HEIGHT ? { x, y } : null;
}

function parseFill(raw: Fields): FillOp | string {
  const at = parsePagePoint(raw);
  if (!at) return 'fill point off the page';
  if (typeof raw.color !== 'string' || !HEX_COLOR.test(raw.color)) return 'bad colour';
  if (!isCount(raw.tolerance) || raw.tolerance > 255) return 'bad tolerance';
  return { kind: 'fill', x: at.x, y: at.y, color: raw.color, tolerance: raw.tolerance };
}

function parseStamp(raw: Fields): StampOp | string {
  if (typeof raw.stamp !== 'string' || !/^[a-z0-9-]{1,40}$/.test(raw.stamp)) return 'bad stamp id';
  if (!isFiniteNumber(raw.x) || !isFiniteNumber(raw.y) || Math.abs(raw.x) > DOC_WIDTH * 2 || Math.abs(raw.y) > DOC_HEIGHT * 2) return 'bad stamp position';
  if (!isFiniteNumber(raw.size) || raw.size < 8 || raw.size > 2000) return 'bad stamp size';
  return { kind: 'stamp', stamp: raw.stamp, x: raw.x, y: raw.y, size: raw.size };
}

/** A Float32Array made in another realm (a frame, a test DOM) fails instanceof but is just as good. */
function isForeignFloat32Array(raw: unknown): boolean {
  return Object.prototype.toString.call(raw) === '[object Float32Array]';
}

function toPoints(raw: unknown): Float32Array | string {
  const list = raw instanceof Float32Array ? raw : isForeignFloat32Array(raw) || Array.isArray(raw) ? Float32Array.from(raw as ArrayLike<number>) : null;
  if (!list) return 'points missing';
  if (list.length === 0 || list.length % 3 !== 0) return 'points length is not a multiple of 3';
  if (list.length > MAX_POINTS * 3) return 'too many points';
  for (let i = 0; i < list.length; i += 3) {
    const x = list[i] as number;
    const y = list[i + 1] as number;
    const p = list[i + 2] as number;
    if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(p)) return 'non-finite point';
    if (x < -MARGIN || x > DOC_WIDTH + MARGIN || y < -MARGIN || y > DOC_HEIGHT + MARGIN) return 'point far off the page';
    if (p < 0 || p > 1) return 'pressure out of range';
  }
  return list;
}

function parseCheckpointRef(raw: unknown, opCount: number, artworkId: string): CheckpointRef | null {
  if (!isObject(raw)) return null;
  // A reference may only point at this artwork's own rasters.
  if (typeof raw.key !== 'string' || raw.key.length > 200 || !raw.key.startsWith(`${artworkId}:ckpt:`)) return null;
  if (!isCount(raw.opCount) || raw.opCount > opCount) return null;
  if (typeof raw.fingerprint !== 'string' || !/^[0-9a-f]{8}$/.test(raw.fingerprint)) return null;
  return { key: raw.key, opCount: raw.opCount, fingerprint: raw.fingerprint };
}

export function parseStoredCheckpoint(raw: unknown): ParseResult<StoredCheckpoint> {
  if (!isObject(raw)) return fail('checkpoint is not an object');
  if (!isId(raw.artworkId)) return fail('checkpoint artwork id malformed');
  if (!isCount(raw.opCount)) return fail('checkpoint op count malformed');
  if (typeof raw.fingerprint !== 'string') return fail('checkpoint fingerprint missing');
  if (raw.width !== DOC_WIDTH || raw.height !== DOC_HEIGHT) return fail('checkpoint size does not match the page');
  if (raw.mime !== 'image/png' && raw.mime !== RAW_PIXELS_MIME) return fail('checkpoint is neither a PNG nor raw pixels');
  if (!(raw.data instanceof ArrayBuffer) || raw.data.byteLength < 8) return fail('checkpoint bytes missing');
  if (raw.mime === 'image/png') {
    const sig = new Uint8Array(raw.data, 0, 8);
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    if (!png.every((b, i) => sig[i] === b)) return fail('checkpoint bytes are not a PNG');
  }
  return {
    ok: true,
    problems: [],
    value: {
      artworkId: raw.artworkId,
      opCount: raw.opCount,
      fingerprint: raw.fingerprint,
      width: DOC_WIDTH,
      height: DOC_HEIGHT,
      mime: raw.mime,
      data: raw.data,
    },
  };
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
