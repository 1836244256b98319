import { DOC_HEIGHT, DOC_WIDTH } from './document';
import { pngSize } from './png';
import type { RecordCheck } from './reflections';
import { THEMES, type ThemeId } from './settings';

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
export const CUSTOM_PAGE_NAME_MAX = 60;
const ID_PATTERN = /^custom-[a-z0-9]{4,32}$/;
/** A page has at least the paper around the drawing and one area inside it. */
export const MIN_REGIONS = 2;
/** More closed areas than this is noise to a child, not a page. */
export const MAX_REGIONS = 300;

export function isCustomPageId(id: string): boolean {
  return ID_PATTERN.test(id);
}

export function cleanPageName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, CUSTOM_PAGE_NAME_MAX);
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseCustomPage(raw: unknown): RecordCheck<CustomPage> {
  if (!isObj(raw)) return { ok: false, reason: 'not a page record' };
  const { id, name, theme, createdAt, regionCount, lineart, thumb, hint } = raw;
  // Pages from before the bin have no binnedAt: they are in use.
  const binnedAt = raw.binnedAt ?? null;
  if (typeof id !== 'string' || !isCustomPageId(id)) return { ok: false, reason: 'the page has no valid id' };
  if (typeof name !== 'string' || name === '' || cleanPageName(name) !== name) return { ok: false, reason: 'the page has no valid name' };
  if (!(THEMES as readonly unknown[]).includes(theme)) return { ok: false, reason: 'the page belongs to no known theme' };
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt) || createdAt < 0) return { ok: false, reason: 'the page has no valid date' };
  if (binnedAt !== null && !(typeof binnedAt === 'number' && Number.isFinite(binnedAt) && binnedAt >= 0)) return { ok: false, reason: 'the page has no valid bin date' };
  if (typeof regionCount !== 'number' || !Number.isInteger(regionCount) || regionCount < MIN_REGIONS || regionCount > MAX_REGIONS) return { ok: false, reason: 'the page has no valid region count' };
  for (const [label, bytes] of [['line art', lineart], ['thumbnail', thumb], ['hint', hint]] as const) {
    if (!(bytes instanceof Uint8Array) || !pngSize(bytes)) return { ok: false, reason: `the page's ${label} is not a PNG` };
  }
  const size = pngSize(lineart as Uint8Array)!;
  if (size.width !== DOC_WIDTH || size.height !== DOC_HEIGHT) return { ok: false, reason: `the page's line art is ${size.width}×${size.height}` };
  return { ok: true, value: { id, name, theme: theme as ThemeId, createdAt, regionCount, lineart: lineart as Uint8Array, thumb: thumb as Uint8Array, hint: hint as Uint8Array, binnedAt } };
}
