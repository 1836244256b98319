import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './messages';

// The terms the native reviews settled (research/kk-ru-review*.md). Each ban is a word that crept
// back once already; the test names the key so the drift cannot come back unnoticed.

type Ban = { pattern: RegExp; why: string };

const BANNED: Record<'kk' | 'ru', Ban[]> = {
  kk: [
    { pattern: /бояу\s+бет/iu, why: 'the calque «бояу беті» ("painted face"): a colouring page is «бояйтын сурет»' },
    // «бет» with a possessive reads first as "face"; only the app's home, «Басты бет», keeps it.
    { pattern: /(?<!басты\s)(?<![\p{L}])бет\p{L}*/iu, why: '«бет» reads as "face": a colouring page is «бояйтын сурет» (only «Басты бет» keeps it)' },
    { pattern: /педагог/iu, why: 'the therapist is «маман» in the app' },
    { pattern: /зақымдал/iu, why: 'the catalogue says «бүлінген» for damaged' },
    { pattern: /түйме/iu, why: 'a button is «батырма»' },
  ],
  ru: [
    { pattern: /страниц/iu, why: 'a colouring page is «раскраска»' },
    { pattern: /педагог/iu, why: 'the therapist is «специалист» in the app' },
    { pattern: /настроени/iu, why: 'the check-in is about feelings («чувства»), not «настроение»' },
  ],
};

describe('the settled terms stay settled', () => {
  it.each(['kk', 'ru'] as const)('no %s message uses a term the native review replaced', (language) => {
    const catalogue = CATALOGUES[language] as Record<string, string>;
    const found: string[] = [];
    for (const [key, text] of Object.entries(catalogue)) {
      for (const { pattern, why } of BANNED[language]) {
        const match = pattern.exec(text);
        if (match) found.push(`${key}: «${match[0]}» — ${why}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('the bans catch what they are for (and spare «Басты бет»)', () => {
    const hits = (language: 'kk' | 'ru', text: string) => BANNED[language].filter((ban) => ban.pattern.test(text)).length;
    expect(hits('kk', 'Өз бояу бетіңіз')).toBeGreaterThan(0);
    expect(hits('kk', 'Менің бетім')).toBe(1);
    expect(hits('kk', 'Беттің атауы')).toBe(1);
    expect(hits('kk', 'Басты бетке оралу')).toBe(0);
    expect(hits('kk', 'Бояйтын суретті сақтау')).toBe(0);
    expect(hits('ru', 'Сохранить страницу')).toBe(1);
    expect(hits('ru', 'Сохранить раскраску')).toBe(0);
  });

  it.each(['en', 'ru', 'kk'] as const)('%s: a message that quotes a control quotes its label as it is now', (language) => {
    const catalogue = CATALOGUES[language] as Record<string, string>;
    const labels = new Set(Object.values(catalogue));
    // Names outside the app's own controls: the iPad's menus and the app's name in its cases.
    const outside = /^(Share|Add to Home Screen|Бөлісу|Басты экранға|Поделиться|На экран „Домой“|Домой|Сиқырлы кенеп\p{L}*|Волшебн\p{L}* холст\p{L}*)$/u;
    const stale: string[] = [];
    for (const [key, text] of Object.entries(catalogue)) {
      for (const [, quoted] of text.matchAll(/[«“]([^»”]+)[»”]/gu)) {
        if (/^\{\w+\}$/.test(quoted!) || outside.test(quoted!) || labels.has(quoted!)) continue;
        stale.push(`${key}: “${quoted}” is no control's label`);
      }
    }
    expect(stale).toEqual([]);
  });
});
