import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './messages';

describe('message catalogues', () => {
  const keys = Object.keys(CATALOGUES.en);

  it.each(['en', 'ru', 'kk'] as const)('%s has every message, none empty', (language) => {
    const catalogue = CATALOGUES[language] as Record<string, string>;
    expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(catalogue[key]?.trim(), `${language}: ${key}`).toBeTruthy();
  });

  it('Kazakh is Kazakh, not Russian copied over', () => {
    const same = keys.filter((k) => (CATALOGUES.kk as Record<string, string>)[k] === (CATALOGUES.ru as Record<string, string>)[k]);
    // Only loan words shared by both languages may match (e.g. "Фломастер").
    expect(same.length).toBeLessThanOrEqual(3);
    const kazakhLetters = /[әғқңөұүһі]/i;
    const withKazakhLetters = keys.filter((k) => kazakhLetters.test((CATALOGUES.kk as Record<string, string>)[k] ?? ''));
    expect(withKazakhLetters.length).toBeGreaterThan(keys.length * 0.5);
  });

  it('placeholders match across languages', () => {
    for (const key of keys) {
      const holes = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join();
      const en = holes((CATALOGUES.en as Record<string, string>)[key] ?? '');
      expect(holes((CATALOGUES.ru as Record<string, string>)[key] ?? ''), key).toBe(en);
      expect(holes((CATALOGUES.kk as Record<string, string>)[key] ?? ''), key).toBe(en);
    }
  });
});
