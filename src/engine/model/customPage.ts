import { DOC_HEIGHT, DOC_WIDTH } from './document';
import { pngSize } from './png';
import { THEMES, type ThemeId } from './settings';
import { cleanLine, isCount, isObject, isOneOf, isTime, PAGE_NAME_MAX, type RecordCheck } from './validation';

/**
 * A colouring page the therapist made on the tablet from a photo or a drawing: its line art
 * (a PNG at page size, like the pages that ship), a small picture for the picker, and the photo
 * itself as the colour hint. Kept in IndexedDB and carried by the ZIP.
 */
export interface CustomPage {
  /** `custom-…`: the page id pictures refer to (`page-custom-…` in the picker). */
  id: string;
  name: string;
  /** The theme it joins (the session's theme when it was made). */
  theme: ThemeId;
  createdAt: number;
  regionCount: number;
  lineart: Uint8Array;
  thumb: Uint8Array;
  hint: Uint8Array;
  /** When the adult removed it (it waits in the bin, restorable, for BIN_DAYS), or null. */
  binnedAt: number | null;
}

export const CUSTOM_PAGE_PREFIX = 'custom-';
/** The pattern's body, for the ZIP's file names too. */
export const CUSTOM_PAGE_ID_CHARS = 'custom-[a-z0-9]{4,32}';
const ID_PATTERN = new RegExp(`^${CUSTOM_PAGE_ID_CHARS}$`);
/** A page has at least the paper around the drawing and one area inside it. */
export const MIN_REGIONS = 2;
/** More closed areas than this is noise to a child, not a page. */
export const MAX_REGIONS = 300;

export function isCustomPageId(id: string): boolean {
  return ID_PATTERN.test(id);
}

export function cleanPageName(name: string): string {
  return cleanLine(name, PAGE_NAME_MAX);
}

export function parseCustomPage(raw: unknown): RecordCheck<CustomPage> {
  if (!isObject(raw)) return { ok: false, reason: 'not a page record' };
  const { id, name, theme, createdAt, regionCount, lineart, thumb, hint } = raw;
  // Pages from before the bin have no binnedAt: they are in use.
  const binnedAt = raw.binnedAt ?? null;
  if (typeof id !== 'string' || !isCustomPageId(id)) return { ok: false, reason: 'the page has no valid id' };
  if (typeof name !== 'string' || name === '' || cleanPageName(name) !== name) return { ok: false, reason: 'the page has no valid name' };
  if (!isOneOf(THEMES, theme)) return { ok: false, reason: 'the page belongs to no known theme' };
  if (!isTime(createdAt)) return { ok: false, reason: 'the page has no valid date' };
  if (binnedAt !== null && !isTime(binnedAt)) return { ok: false, reason: 'the page has no valid bin date' };
  if (!isCount(regionCount) || regionCount < MIN_REGIONS || regionCount > MAX_REGIONS) return { ok: false, reason: 'the page has no valid region count' };
  for (const [label, bytes] of [['line art', lineart], ['thumbnail', thumb], ['hint', hint]] as const) {
    if (!(bytes instanceof Uint8Array) || !pngSize(bytes)) return { ok: false, reason: `the page's ${label} is not a PNG` };
  }
  const size = pngSize(lineart as Uint8Array)!;
  if (size.width !== DOC_WIDTH || size.height !== DOC_HEIGHT) return { ok: false, reason: `the page's line art is ${size.width}×${size.height}` };
  return { ok: true, value: { id, name, theme, createdAt, regionCount, lineart: lineart as Uint8Array, thumb: thumb as Uint8Array, hint: hint as Uint8Array, binnedAt } };
}
