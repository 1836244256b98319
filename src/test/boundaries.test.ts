import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/** DESIGN.md's import boundaries, checked on every run instead of by a linter config. */
const SRC = resolve(__dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function imports(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return Array.from(text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g), (m) => m[1] ?? m[2] ?? '');
}

const area = (path: string) => relative(SRC, path).split(sep)[0] ?? '';
const feature = (path: string) => relative(SRC, path).split(sep)[1] ?? '';
/** Features that other features may use through their public modules. */
const SHARED_FEATURE_MODULES = ['features/i18n/i18n', 'features/i18n/messages', 'features/i18n/en', 'features/sound/sound', 'features/stamps/StampTray', 'features/colouring/pages', 'features/children/ChildBadge', 'features/children/ChildFilter', 'features/sound/speech', 'features/stamps/stampCatalogue.generated', 'features/access/AccessProfileEditor', 'features/access/screenScanner', 'features/access/switchControl', 'features/access/choiceTargets', 'features/services/appServices', 'features/access/ChildSeesEditor', 'features/therapy/FeelingFace', 'features/therapy/FeelingPair', 'features/gallery/useThumbnail', 'features/print/printJobs', 'features/gallery/deliver', 'features/gallery/fileName'];

describe('import boundaries', () => {
  const all = files(SRC).filter((f) => !f.includes(`${sep}test${sep}`) && !f.includes(`${sep}build${sep}`));

  it.each([
    ['engine', /^(react|react-dom|konva|react-konva|idb-keyval|howler)(\/|$)/],
    ['storage', /^(react|konva|react-konva|howler)(\/|$)/],
    ['ui', /^(konva|react-konva|idb-keyval|howler)(\/|$)/],
  ])('%s stays free of the wrong libraries', (name, banned) => {
    for (const file of all.filter((f) => area(f) === name)) {
      for (const spec of imports(file)) expect(spec, `${relative(SRC, file)} imports ${spec}`).not.toMatch(banned);
    }
  });

  it('only render/ imports konva, only storage/ imports idb-keyval and the in-memory IndexedDB', () => {
    for (const file of all) {
      for (const spec of imports(file)) {
        if (/^(konva|react-konva)(\/|$)/.test(spec)) expect(area(file), relative(SRC, file)).toBe('render');
        if (/^(idb-keyval|fake-indexeddb)(\/|$)/.test(spec)) expect(area(file), relative(SRC, file)).toBe('storage');
      }
    }
  });

  it('engine imports nothing outside the engine', () => {
    for (const file of all.filter((f) => area(f) === 'engine')) {
      for (const spec of imports(file).filter((s) => s.startsWith('.'))) {
        expect(area(resolve(dirname(file), spec)), `${relative(SRC, file)} → ${spec}`).toBe('engine');
      }
    }
  });

  it('storage and render never import features or app', () => {
    for (const file of all.filter((f) => ['storage', 'render', 'ui'].includes(area(f)))) {
      for (const spec of imports(file).filter((s) => s.startsWith('.'))) {
        expect(['features', 'app'], `${relative(SRC, file)} → ${spec}`).not.toContain(area(resolve(dirname(file), spec)));
      }
    }
  });

  it("a feature never reaches into another feature's internals", () => {
    for (const file of all.filter((f) => area(f) === 'features')) {
      for (const spec of imports(file).filter((s) => s.startsWith('.'))) {
        const target = resolve(dirname(file), spec);
        if (area(target) !== 'features' || feature(target) === feature(file)) continue;
        expect(SHARED_FEATURE_MODULES, `${relative(SRC, file)} → ${spec}`).toContain(relative(SRC, target).split(sep).join('/'));
      }
    }
  });

  it('the hub is Node only: the app never imports it, and it takes only the engine (its validators) from the app', () => {
    for (const file of all) {
      for (const spec of imports(file).filter((s) => s.startsWith('.'))) {
        const target = area(resolve(dirname(file), spec));
        if (area(file) === 'hub') expect(['hub', 'engine'], `${relative(SRC, file)} → ${spec}`).toContain(target);
        else expect(target, `${relative(SRC, file)} → ${spec}`).not.toBe('hub');
      }
    }
  });

  it('keeps files small (about 300 lines)', () => {
    for (const file of all) {
      const lines = readFileSync(file, 'utf8').split('\n').length;
      expect(lines, relative(SRC, file)).toBeLessThanOrEqual(320);
    }
  });
});
