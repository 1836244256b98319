import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanName } from './children';
import { cleanPageName } from './customPage';
import { parseHubPictureMeta } from './hubUpload';
import { CATALOGUE_ID_PATTERN, CHILD_NAME_MAX, cleanLine, ID_PATTERN, isCount, isId, isObject, isOneOf, isTime, LATEST_TIME, PAGE_NAME_MAX } from './validation';

describe('the validation kit', () => {
  it('takes an object with fields, never null, a list or a value', () => {
    expect(isObject({})).toBe(true);
    expect(isObject({ a: 1 })).toBe(true);
    for (const v of [null, undefined, [], [1], 'x', 1, true, () => {}]) expect(isObject(v), String(v)).toBe(false);
  });

  it('takes a time as Date.now() gives one: whole ms from 1970 to the last a Date can hold', () => {
    for (const v of [0, 1, Date.now(), LATEST_TIME]) expect(isTime(v), String(v)).toBe(true);
    for (const v of [-1, 1.5, LATEST_TIME + 1, Number.NaN, Infinity, '1', null]) expect(isTime(v), String(v)).toBe(false);
    expect(new Date(LATEST_TIME).getTime()).toBe(LATEST_TIME);
    expect(Number.isNaN(new Date(LATEST_TIME + 1).getTime())).toBe(true);
  });

  it('takes a count: a whole number, 0 or more', () => {
    for (const v of [0, 1, 200_000]) expect(isCount(v)).toBe(true);
    for (const v of [-1, 0.5, Number.NaN, '2', null]) expect(isCount(v), String(v)).toBe(false);
  });

  it('takes ids of 1 to 64 letters, digits, - and _, nothing that could be a path', () => {
    for (const v of ['a', 'art-1_B', 'x'.repeat(64)]) expect(isId(v), v).toBe(true);
    for (const v of ['', 'x'.repeat(65), 'a.b', 'a/b', '../a', 'a b', 'ä', 'a\n', 7, null]) expect(isId(v), String(v)).toBe(false);
    expect(ID_PATTERN.test('art-1')).toBe(true);
    for (const v of ['animals-cat', 'custom-abcd', 'a']) expect(CATALOGUE_ID_PATTERN.test(v), v).toBe(true);
    for (const v of ['Cat', '1cat', '-cat', 'cat_1', 'c'.repeat(42)]) expect(CATALOGUE_ID_PATTERN.test(v), v).toBe(false);
  });

  it('tells a name from the list from anything else', () => {
    const themes = ['animals', 'mandalas'] as const;
    expect(isOneOf(themes, 'animals')).toBe(true);
    expect(isOneOf(themes, 'Animals')).toBe(false);
    expect(isOneOf([100, 125] as const, 125)).toBe(true);
    expect(isOneOf([100, 125] as const, '125')).toBe(false);
  });

  it('keeps one line of text as typed: composed, no hidden characters, single spaces, cut', () => {
    expect(cleanLine('  Ann\u200b  Marie\n', 30)).toBe('Ann Marie');
    expect(cleanLine('A\u0301ru', 30)).toBe('Áru');
    expect(cleanLine('\u0007bell\u202e', 30)).toBe('bell');
    expect(cleanLine('x'.repeat(100), 7)).toHaveLength(7);
  });

  it('the hub takes exactly the names the tablet keeps: no longer, no other', () => {
    const meta = { id: 'p1', version: 1, childId: 'c1', avatar: null, pageName: null, finishedAt: 1 };
    const longest = cleanName('Ä'.repeat(CHILD_NAME_MAX + 10));
    expect(longest).toHaveLength(CHILD_NAME_MAX);
    expect(parseHubPictureMeta({ ...meta, childName: longest }).ok).toBe(true);
    expect(parseHubPictureMeta({ ...meta, childName: `${longest}a` }).ok).toBe(false);
    expect(cleanPageName('p'.repeat(PAGE_NAME_MAX + 10))).toHaveLength(PAGE_NAME_MAX);
    expect(parseHubPictureMeta({ ...meta, childName: null, pageName: 'p'.repeat(PAGE_NAME_MAX) }).ok).toBe(true);
    expect(parseHubPictureMeta({ ...meta, childName: null, pageName: 'p'.repeat(PAGE_NAME_MAX + 1) }).ok).toBe(false);
  });

  it('is the only place the shared checks and limits are written', () => {
    const src = join(__dirname, '../..');
    const copies = [/\[A-Za-z0-9_-\]\{1,64\}/, /typeof \w+ === 'object' && \w+ !== null && !Array\.isArray/, /25_000_000|8\.64e15/, /0x811c9dc5/, /\^\s*=\s*\w+ << 13/];
    const found = sourceFiles(src)
      .filter((file) => !/(validation|fnv)\.(test\.)?ts$/.test(file))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return copies.filter((copy) => copy.test(text)).map((copy) => `${relative(src, file)}: ${copy.source}`);
      });
    expect(found).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
