import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Artwork } from '../../engine/model/artwork';
import { type Child, MAX_CHILDREN, parseChildren } from '../../engine/model/children';
import { type PictureFeelings, parsePictureFeelings, parseTherapistNote, type TherapistNote } from '../../engine/model/reflections';
import { parseArtwork } from '../../engine/model/schema';
import { pngSize } from '../../engine/model/png';
import { CUSTOM_PAGE_ID_CHARS, type CustomPage, parseCustomPage } from '../../engine/model/customPage';
import { ID_CHARS, isObject, MAX_PICTURE_PIXELS } from '../../engine/model/validation';

/**
 * Moving pictures between tablets: one ZIP with a PNG per picture and a JSON manifest holding
 * the op logs. Reading validates everything before anything is written.
 */
export const ARCHIVE_FORMAT = 'enchanting-canvas-archive';
export const ARCHIVE_VERSION = 1;
const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

export interface ArchiveEntry {
  artwork: Artwork;
  png: Uint8Array;
  /** Kept beside the picture: the check-in's faces and the therapist's note (absent in older archives). */
  feelings?: PictureFeelings | null;
  note?: TherapistNote | null;
}

export type ArchiveProblem = 'notZip' | 'tooBig' | 'unknownVersion' | 'broken';
/** `children`: the children (names, avatars, access profiles) the pictures belong to; junk entries are dropped. */
/** `pages`: the therapist's own colouring pages that came along (a damaged one is left behind). */
export type ArchiveResult = { ok: true; entries: ArchiveEntry[]; children: Child[]; pages: CustomPage[] } | { ok: false; problem: ArchiveProblem; detail: string };

const PAGE_PICTURES = ['lineart', 'thumb', 'hint'] as const;
/** The files an archive may hold; any other is never unpacked. */
const ARCHIVE_FILE = new RegExp(`^(?:manifest\\.json|pictures/${ID_CHARS}\\.png|pages/${CUSTOM_PAGE_ID_CHARS}\\.(?:lineart|thumb|hint)\\.png)$`);

export function writeArchive(entries: ArchiveEntry[], children: readonly Child[] = [], exportedAt = Date.now(), pages: readonly CustomPage[] = []): Uint8Array {
  const files: Zippable = {};
  const pageRecords = pages.map((page) => {
    const record: Record<string, unknown> = { id: page.id, name: page.name, theme: page.theme, createdAt: page.createdAt, regionCount: page.regionCount };
    for (const picture of PAGE_PICTURES) {
      const path = `pages/${page.id}.${picture}.png`;
      files[path] = [page[picture], { level: 0 }];
      record[picture] = path;
    }
    return record;
  });
  const artworks = entries.map(({ artwork, png, feelings, note }) => {
    const image = `pictures/${artwork.id}.png`;
    files[image] = [png, { level: 0 }];
    const ops = artwork.ops.map((op) => (op.kind === 'stroke' ? { ...op, points: Array.from(op.points) } : op));
    return { ...artwork, ops, checkpoint: null, image, feelings: feelings ?? null, note: note ?? null };
  });
  const manifest = { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, exportedAt, artworks, children, pages: pageRecords };
  files['manifest.json'] = [strToU8(JSON.stringify(manifest)), { level: 6 }];
  return zipSync(files);
}

export function readArchive(bytes: Uint8Array): ArchiveResult {
  if (bytes.byteLength > MAX_ARCHIVE_BYTES) return fail('tooBig', 'archive larger than 512 MB');
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return fail('notZip', 'not a ZIP file');
  let files: Record<string, Uint8Array>;
  let unpacked = 0;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) throw new RangeError('archive unpacks to more than 1 GB');
        return ARCHIVE_FILE.test(file.name);
      },
    });
  } catch (error) {
    return error instanceof RangeError ? fail('tooBig', error.message) : fail('broken', `cannot unzip: ${String(error)}`);
  }
  const manifestBytes = files['manifest.json'];
  if (!manifestBytes) return fail('notZip', 'no manifest.json');
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(strFromU8(manifestBytes)) as Record<string, unknown>;
  } catch {
    return fail('broken', 'manifest is not JSON');
  }
  if (manifest.format !== ARCHIVE_FORMAT) return fail('notZip', 'not an Enchanting Canvas archive');
  if (typeof manifest.version !== 'number' || manifest.version > ARCHIVE_VERSION) return fail('unknownVersion', `archive version ${String(manifest.version)}`);
  if (!Array.isArray(manifest.artworks)) return fail('broken', 'manifest lists no artworks');
  const entries: ArchiveEntry[] = [];
  for (const raw of manifest.artworks as unknown[]) {
    const parsed = parseArtwork(raw);
    if (!parsed.ok || parsed.problems.length > 0) return fail('broken', `artwork invalid: ${parsed.ok ? parsed.problems.join('; ') : parsed.reason}`);
    const image = (raw as { image?: unknown }).image;
    const png = typeof image === 'string' ? files[image] : undefined;
    if (!png || image !== `pictures/${parsed.value.id}.png`) return fail('broken', `picture of ${parsed.value.id} missing`);
    const size = pngSize(png);
    if (!size) return fail('broken', `picture of ${parsed.value.id} is not a PNG`);
    if (size.width * size.height > MAX_PICTURE_PIXELS) return fail('tooBig', `picture of ${parsed.value.id} is ${size.width}×${size.height}`);
    // A damaged feeling or note is left behind; the picture still comes.
    const { feelings, note } = raw as { feelings?: unknown; note?: unknown };
    const parsedFeelings = feelings == null ? null : parsePictureFeelings(feelings);
    const parsedNote = note == null ? null : parseTherapistNote(note);
    entries.push({ artwork: parsed.value, png, feelings: parsedFeelings?.ok ? parsedFeelings.value : null, note: parsedNote?.ok ? parsedNote.value : null });
  }
  if (new Set(entries.map((e) => e.artwork.id)).size !== entries.length) return fail('broken', 'an artwork is listed twice');
  // Archives from before children (or pages) travelled with them have none.
  return { ok: true, entries, children: parseChildren(manifest.children), pages: readPages(manifest.pages, files) };
}

/** The children here, then those from an archive this tablet does not have yet (its own entries win). */
export function mergeChildren(here: readonly Child[], arriving: readonly Child[]): Child[] {
  const known = new Set(here.map((c) => c.id));
  return [...here, ...arriving.filter((c) => !known.has(c.id))].slice(0, Math.max(here.length, MAX_CHILDREN));
}

/** The pages listed in the manifest whose pictures came along and pass the same checks as a stored page. */
function readPages(raw: unknown, files: Record<string, Uint8Array>): CustomPage[] {
  if (!Array.isArray(raw)) return [];
  const pages: CustomPage[] = [];
  for (const item of raw as unknown[]) {
    if (!isObject(item)) continue;
    const record = { ...item };
    for (const picture of PAGE_PICTURES) record[picture] = typeof record[picture] === 'string' && (record[picture] as string).startsWith('pages/') ? files[record[picture] as string] : undefined;
    const parsed = parseCustomPage(record);
    // A page arrives in use: the bin is this tablet's own.
    if (parsed.ok && !pages.some((p) => p.id === parsed.value.id)) pages.push({ ...parsed.value, binnedAt: null });
  }
  return pages;
}

function fail(problem: ArchiveProblem, detail: string): { ok: false; problem: ArchiveProblem; detail: string } {
  return { ok: false, problem, detail };
}
