import { describe, expect, it } from 'vitest';
import { noticeKey } from './StorageNotice';

const calm = { keptOnDevice: true, savingFails: false, setAside: null, nearlyFull: false, printFailed: false } as const;

describe("the adult's one note at the bottom of the screen", () => {
  it('is the most pressing one: not kept at all, then not saving, then a print, then what was set aside, then room', () => {
    expect(noticeKey(calm)).toBeNull();
    expect(noticeKey({ ...calm, nearlyFull: true })).toBe('storage.nearlyFull');
    expect(noticeKey({ ...calm, nearlyFull: true, setAside: 'reflection' })).toBe('storage.setAsideReflection');
    expect(noticeKey({ ...calm, setAside: 'picture', printFailed: true })).toBe('print.sheetsMissing');
    expect(noticeKey({ ...calm, printFailed: true, savingFails: true })).toBe('storage.saveFailed');
    expect(noticeKey({ ...calm, savingFails: true, keptOnDevice: false })).toBe('storage.unavailable');
  });

  it('names what was set aside', () => {
    expect(noticeKey({ ...calm, setAside: 'settings' })).toBe('storage.setAsideSettings');
    expect(noticeKey({ ...calm, setAside: 'page' })).toBe('storage.setAsidePage');
    expect(noticeKey({ ...calm, setAside: 'picture' })).toBe('storage.setAside');
  });
});
