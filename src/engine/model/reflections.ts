import { isObject, isOneOf, isTime, NOTE_MAX_CHARS, type RecordCheck } from './validation';

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

const isFeelingOrNull = (v: unknown): v is Feeling | null => v === null || isOneOf(FEELINGS, v);

export function isFeeling(v: unknown): v is Feeling {
  return isOneOf(FEELINGS, v);
}

/** A feelings record is tiny: any field that is not a feeling (or null) makes it junk, set aside whole. */
export function parsePictureFeelings(raw: unknown): RecordCheck<PictureFeelings> {
  if (!isObject(raw)) return { ok: false, reason: 'not a feelings record' };
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
  if (!isObject(raw)) return { ok: false, reason: 'not a note' };
  const { text, updatedAt } = raw;
  if (typeof text !== 'string') return { ok: false, reason: 'the note has no text' };
  if (text.length > NOTE_MAX_CHARS) return { ok: false, reason: `the note is longer than ${NOTE_MAX_CHARS} characters` };
  if (cleanNoteText(text) !== text) return { ok: false, reason: 'the note holds control characters' };
  if (!isTime(updatedAt)) return { ok: false, reason: 'the note has no valid date' };
  return { ok: true, value: { text, updatedAt } };
}
