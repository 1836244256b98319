/**
 * What the therapist keeps beside a picture: the child's feelings before and after drawing, and
 * the therapist's own note. Each is its own small record, so a damaged note never costs a feeling.
 */
export const FEELINGS = ['happy', 'calm', 'sad', 'angry', 'scared', 'tired'] as const;
export type Feeling = (typeof FEELINGS)[number];
/** When the child was asked: before a new picture, or after "done". */
export type FeelingMoment = 'before' | 'after';

export interface PictureFeelings {
  /** null: skipped, or not asked. */
  before: Feeling | null;
  after: Feeling | null;
}

export interface TherapistNote {
  /** Plain text as typed (never read as HTML). */
  text: string;
  updatedAt: number;
}

export const NOTE_MAX_CHARS = 2000;

export type RecordCheck<T> = { ok: true; value: T } | { ok: false; reason: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFeelingOrNull = (v: unknown): v is Feeling | null => v === null || (FEELINGS as readonly unknown[]).includes(v);

export function isFeeling(v: unknown): v is Feeling {
  return (FEELINGS as readonly unknown[]).includes(v);
}

/** A feelings record is tiny: any field that is not a feeling (or null) makes it junk, set aside whole. */
export function parsePictureFeelings(raw: unknown): RecordCheck<PictureFeelings> {
  if (!isObj(raw)) return { ok: false, reason: 'not a feelings record' };
  const before = raw.before ?? null;
  const after = raw.after ?? null;
  if (!isFeelingOrNull(before) || !isFeelingOrNull(after)) return { ok: false, reason: 'a feeling is not one of the six faces' };
  return { ok: true, value: { before, after } };
}

/** Control characters other than line breaks and tabs are dropped; the rest is kept as typed. */
export function cleanNoteText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\p{Cc}\p{Cf}]/gu, (c) => (c === '\n' || c === '\t' ? c : ''))
    .slice(0, NOTE_MAX_CHARS);
}

export function parseTherapistNote(raw: unknown): RecordCheck<TherapistNote> {
  if (!isObj(raw)) return { ok: false, reason: 'not a note' };
  const { text, updatedAt } = raw;
  if (typeof text !== 'string') return { ok: false, reason: 'the note has no text' };
  if (text.length > NOTE_MAX_CHARS) return { ok: false, reason: `the note is longer than ${NOTE_MAX_CHARS} characters` };
  if (cleanNoteText(text) !== text) return { ok: false, reason: 'the note holds control characters' };
  if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt) || updatedAt < 0) return { ok: false, reason: 'the note has no valid date' };
  return { ok: true, value: { text, updatedAt } };
}
