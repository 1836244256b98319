import { describe, expect, it } from 'vitest';
import { cleanNoteText, FEELINGS, parsePictureFeelings, parseTherapistNote } from './reflections';
import { NOTE_MAX_CHARS } from './validation';

describe('feelings record', () => {
  it('round-trips every value the check-in can produce', () => {
    for (const before of [...FEELINGS, null]) {
      for (const after of [...FEELINGS, null]) {
        const record = { before, after };
        expect(parsePictureFeelings(structuredClone(record))).toEqual({ ok: true, value: record });
      }
    }
  });
  it('reads a record with a missing side as not asked', () => {
    expect(parsePictureFeelings({ before: 'calm' })).toEqual({ ok: true, value: { before: 'calm', after: null } });
  });
  it('sets junk aside', () => {
    expect(parsePictureFeelings({ before: 'furious', after: null }).ok).toBe(false);
    expect(parsePictureFeelings('happy').ok).toBe(false);
    expect(parsePictureFeelings(null).ok).toBe(false);
    expect(parsePictureFeelings([]).ok).toBe(false);
  });
});

describe('therapist note', () => {
  it('round-trips what the adult can type, an empty note too', () => {
    for (const text of ['', 'Calmer after the blue fill.\nAsked to print it.', '<b>not html</b> & "quotes"', 'Әлия — көңілді 🙂', 'x'.repeat(NOTE_MAX_CHARS)]) {
      const note = { text: cleanNoteText(text), updatedAt: 1_764_400_000_000 };
      expect(parseTherapistNote(structuredClone(note))).toEqual({ ok: true, value: note });
    }
  });
  it('keeps line breaks and tabs, drops other control characters, and caps the length', () => {
    expect(cleanNoteText('a\r\nb\tc\u0000d\u200be')).toBe('a\nb\tcde');
    expect(cleanNoteText('y'.repeat(NOTE_MAX_CHARS + 50))).toHaveLength(NOTE_MAX_CHARS);
  });
  it('sets junk aside', () => {
    expect(parseTherapistNote({ text: 42, updatedAt: 1 }).ok).toBe(false);
    expect(parseTherapistNote({ text: 'z'.repeat(NOTE_MAX_CHARS + 1), updatedAt: 1 }).ok).toBe(false);
    expect(parseTherapistNote({ text: 'ok\u0007', updatedAt: 1 }).ok).toBe(false);
    expect(parseTherapistNote({ text: 'ok', updatedAt: Number.NaN }).ok).toBe(false);
    expect(parseTherapistNote(undefined).ok).toBe(false);
  });
});
