import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const MiB = 1024 * 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('the shipped build keeps its budgets and precaches pages, stamps and sounds', () => {
  const shipped = files(DIST);
  for (const file of shipped) expect(statSync(file).size, relative(DIST, file)).toBeLessThanOrEqual(2 * MiB);
  const js = shipped.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + statSync(f).size, 0);
  expect(js).toBeLessThan(1.5 * MiB);
  // Nothing ships the whole icon set.
  for (const file of shipped.filter((f) => f.endsWith('.js'))) expect(statSync(file).size).toBeLessThan(600 * 1024);

  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  for (const asset of ['pages/index.json', 'pages/doctor.lineart.png', 'pages/doctor.thumb.png', 'pages/doctor.hint.png', 'stamps/rocket.svg', 'sounds/sprite.ogg', 'sounds/sprite.mp3', 'index.html']) {
    expect(sw, `precache lists ${asset}`).toContain(`"${asset}"`);
  }
});
