import { describe, expect, it } from 'vitest';
import { cleanPageName, type CustomPage, isCustomPageId, parseCustomPage } from './customPage';
import { pngHeader as png } from '../../test/pngHeader';

const page: CustomPage = { id: 'custom-mz1x9k2ab', name: 'Дом Айгерим', theme: 'professions', createdAt: 1_700_000_000_000, regionCount: 12, lineart: png(2400, 1697), thumb: png(480, 339), hint: png(720, 509), binnedAt: null };

describe('a therapist’s own page as stored', () => {
  it('round-trips every value the import makes (a structured clone, as IndexedDB keeps it)', () => {
    expect(parseCustomPage(structuredClone(page))).toEqual({ ok: true, value: page });
    for (const theme of ['professions', 'animals', 'mandalas'] as const) expect(parseCustomPage({ ...page, theme }).ok).toBe(true);
    expect(parseCustomPage({ ...page, name: cleanPageName('  My   page\u0007 ') })).toMatchObject({ ok: true, value: { name: 'My page' } });
    expect(parseCustomPage(structuredClone({ ...page, binnedAt: 1_700_000_100_000 }))).toEqual({ ok: true, value: { ...page, binnedAt: 1_700_000_100_000 } });
  });

  it('a page stored before the bin existed is a page in use', () => {
    const { binnedAt: _, ...before } = page;
    expect(parseCustomPage(structuredClone(before))).toEqual({ ok: true, value: { ...page, binnedAt: null } });
  });

  it('is junk when any part is wrong: never listed as a page', () => {
    const junk = [
      null,
      'page',
      { ...page, id: 'doctor' },
      { ...page, name: '' },
      { ...page, name: ' padded ' },
      { ...page, theme: 'space' },
      { ...page, createdAt: -1 },
      { ...page, regionCount: 1 },
      { ...page, regionCount: 301 },
      { ...page, lineart: png(1200, 848) },
      { ...page, thumb: new Uint8Array([1, 2, 3]) },
      { ...page, hint: 'data:image/png;base64,' },
      { ...page, binnedAt: 'yesterday' },
      { ...page, binnedAt: -1 },
      { ...page, binnedAt: Number.NaN },
    ];
    for (const raw of junk) expect(parseCustomPage(raw).ok, JSON.stringify(raw)?.slice(0, 80)).toBe(false);
  });

  it('ids are `custom-` and a few lowercase letters or digits', () => {
    expect(isCustomPageId('custom-abc123')).toBe(true);
    expect(isCustomPageId('custom-')).toBe(false);
    expect(isCustomPageId('custom-ABC123')).toBe(false);
    expect(isCustomPageId('doctor')).toBe(false);
  });
});
