/**
 * The checks every reader of stored or received data uses (records in IndexedDB, the ZIP, the page
 * import, the hub's uploads and archive), and each limit they share, defined once. A reader that
 * needs one of these imports it; it never writes its own.
 */

/** What a reader makes of a record: the value, or why it is junk (set aside, never used). */
export type RecordCheck<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A JSON object's fields. */
export type Fields = Record<string, unknown>;

/** An object with fields: not null, not a list. */
export function isObject(v: unknown): v is Fields {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** A whole number, 0 or more (a count, an index, a version). */
export function isCount(v: unknown): v is number {
  return Number.isInteger(v) && (v as number) >= 0;
}

/** The last moment a JavaScript Date can hold (ms since 1970). */
export const LATEST_TIME = 8.64e15;

/** A moment as `Date.now()` gives it: whole milliseconds since 1970, no later than a Date can hold. */
export function isTime(v: unknown): v is number {
  return Number.isInteger(v) && (v as number) >= 0 && (v as number) <= LATEST_TIME;
}

/** One of a fixed list of names or numbers (themes, avatars, feelings…). */
export function isOneOf<T>(list: readonly T[], v: unknown): v is T {
  return (list as readonly unknown[]).includes(v);
}

/**
 * The ids the tablet makes (pictures, children): the same rule in storage, the ZIP, the hub's
 * uploads and its URLs. `ID_CHARS` is the pattern's body, for patterns of paths and keys.
 */
export const ID_CHARS = '[A-Za-z0-9_-]{1,64}';
export const ID_PATTERN = new RegExp(`^${ID_CHARS}$`);

export function isId(v: unknown): v is string {
  return typeof v === 'string' && ID_PATTERN.test(v);
}

/** The ids of what the app's catalogues hold (colouring pages, the therapist's own among them, stamp groups). */
export const CATALOGUE_ID_PATTERN = /^[a-z][a-z0-9-]{0,40}$/;

/** A child's first name, as the tablet keeps it and the hub accepts it. */
export const CHILD_NAME_MAX = 30;
/** A colouring page's name: the therapist's own, or a shipped one as the hub is told it. */
export const PAGE_NAME_MAX = 60;
/** The therapist's note beside a picture. */
export const NOTE_MAX_CHARS = 2000;
/**
 * Larger images are refused before they are decoded: a photo to trace, a picture in a ZIP, an
 * upload at the hub (a picture is about 4 megapixels; 25 already unpack to 100 MB).
 */
export const MAX_PICTURE_PIXELS = 25_000_000;

/** One line of typed text as it is kept: NFC, no control or format characters, single spaces, trimmed, at most `max` characters. */
export function cleanLine(text: string, max: number): string {
  return text
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}
