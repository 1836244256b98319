import { STAMP_PIXELS } from './stampAssets';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STAMPS, STAMP_GROUPS } from '../../features/stamps/stampCatalogue.generated.ts';
import { PROFESSION_GROUP_IDS, STAMP_DEFS, STAMP_GROUP_DEFS, type StampNames } from './catalogue.ts';
import { type IconSet, STAMP_MODULE, renderCatalogueModule, stampSvgs, stampUrl } from './stampAssets.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const stampDir = `${root}public/stamps/`;
const require = createRequire(import.meta.url);
const iconSet = JSON.parse(
  readFileSync(require.resolve('@iconify-json/fluent-emoji-flat/icons.json'), 'utf8'),
) as IconSet;

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
const allNames: readonly StampNames[] = [...STAMP_GROUP_DEFS, ...STAMP_DEFS].map((x) => x.names);

describe('stamp catalogue', () => {
  it('uses only icons that exist in Fluent Emoji Flat', () => {
    const missing = STAMP_DEFS.filter((s) => !iconSet.icons[s.icon]).map((s) => s.icon);
    expect(missing).toEqual([]);
  });

  it('has at least 24 stamps with unique kebab-case ids', () => {
    expect(STAMP_DEFS.length).toBeGreaterThanOrEqual(24);
    const ids = STAMP_DEFS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
  });

  it('has the twelve professions plus nature, each with unique kebab-case ids', () => {
    const ids = STAMP_GROUP_DEFS.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
    expect(ids).toEqual([...PROFESSION_GROUP_IDS, 'nature']);
  });

  it('gives every profession 2–4 stamps and puts every stamp in a known group', () => {
    for (const group of PROFESSION_GROUP_IDS) {
      const count = STAMP_DEFS.filter((s) => s.group === group).length;
      expect(count, group).toBeGreaterThanOrEqual(2);
      expect(count, group).toBeLessThanOrEqual(4);
    }
    const groups = new Set(STAMP_GROUP_DEFS.map((g) => g.id));
    for (const s of STAMP_DEFS) expect(groups.has(s.group), s.id).toBe(true);
  });

  it('names everything in English, Russian and Kazakh', () => {
    for (const names of allNames) {
      for (const lang of ['en', 'ru', 'kk'] as const) {
        expect(names[lang].trim(), `${names.en} ${lang}`).not.toBe('');
        expect(names[lang], `${names.en} ${lang}`).toBe(names[lang].trim());
      }
      expect(names.en, names.en).toMatch(/^[A-Za-z][A-Za-z &’'-]*$/);
      expect(names.ru, names.en).toMatch(/^[А-Яа-яЁё][А-Яа-яЁё -]*$/);
      expect(names.kk, names.en).toMatch(/^[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі][А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі -]*$/);
    }
  });

  it('has real Kazakh names, not copies of the Russian ones', () => {
    const differing = allNames.filter((x) => x.kk.toLowerCase() !== x.ru.toLowerCase()).length;
    expect(differing / allNames.length).toBeGreaterThanOrEqual(0.8);
    const withKazakhLetters = allNames.filter((x) => KAZAKH_LETTERS.test(x.kk)).length;
    expect(withKazakhLetters / allNames.length).toBeGreaterThanOrEqual(0.4);
  });
});

describe('generated stamp files', () => {
  const svgs = stampSvgs(iconSet, STAMP_DEFS);

  it('the catalogue module matches what the generator writes now', () => {
    const written = readFileSync(root + STAMP_MODULE, 'utf8');
    expect(written).toBe(renderCatalogueModule(STAMP_GROUP_DEFS, STAMP_DEFS));
  });

  it('the module exports the catalogue with public URLs', () => {
    expect(STAMP_GROUPS.map((g) => g.id)).toEqual(STAMP_GROUP_DEFS.map((g) => g.id));
    expect(STAMPS.map((s) => s.id)).toEqual(STAMP_DEFS.map((s) => s.id));
    for (const s of STAMPS) expect(s.url).toBe(stampUrl(s.id));
  });

  it.each(STAMP_DEFS.map((s) => s.id))('public/stamps/%s.svg is a small standalone SVG', (id) => {
    const path = `${stampDir}${id}.svg`;
    expect(existsSync(path)).toBe(true);
    const svg = readFileSync(path, 'utf8');
    expect(svg).toBe(svgs.get(id));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toMatch(/^<svg [^>]*viewBox="[\d.]+ [\d.]+ [\d.]+ [\d.]+"/);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${STAMP_PIXELS}" height="${STAMP_PIXELS}"`));
    expect(statSync(path).size).toBeLessThan(20 * 1024);
  });

  it('no stamp file references anything outside itself', () => {
    for (const id of svgs.keys()) {
      // The SVG namespace declaration is an identifier, not a request; nothing else may say http.
      const svg = readFileSync(`${stampDir}${id}.svg`, 'utf8').replace(' xmlns="http://www.w3.org/2000/svg"', '');
      expect(svg, id).not.toMatch(/https?:|href|url\(|@import|<script|<image|<foreignObject/i);
    }
    expect(readFileSync(root + STAMP_MODULE, 'utf8')).not.toMatch(/https?:/);
  });

  it('public/stamps holds exactly the catalogue’s files', () => {
    const files = readdirSync(stampDir).sort();
    expect(files).toEqual([...svgs.keys()].map((id) => `${id}.svg`).sort());
  });
});
