/**
 * The stamp generator: extracts only the catalogue's icons from the Fluent Emoji Flat set and writes
 *   public/stamps/<id>.svg                              one standalone SVG per stamp (256×256)
 *   src/features/stamps/stampCatalogue.generated.ts     typed groups, stamps and URLs
 * Stale SVGs in public/stamps/ are removed. Deterministic: running it again gives identical files.
 *
 *   npx tsx src/build/stamps/generateStamps.ts
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAMP_DEFS, STAMP_GROUP_DEFS } from './catalogue.ts';
import { type IconSet, STAMP_MODULE, STAMP_URL_DIR, renderCatalogueModule, stampSvgs } from './stampAssets.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const stampDir = `public${STAMP_URL_DIR}`;

function loadIconSet(): IconSet {
  const require = createRequire(import.meta.url);
  const path = require.resolve('@iconify-json/fluent-emoji-flat/icons.json');
  return JSON.parse(readFileSync(path, 'utf8')) as IconSet;
}

function write(relative: string, text: string): number {
  const path = root + relative;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

function removeStale(keep: ReadonlySet<string>): void {
  for (const file of readdirSync(root + stampDir)) {
    if (file.endsWith('.svg') && !keep.has(file)) {
      rmSync(`${root}${stampDir}/${file}`);
      console.log(`  removed stale ${stampDir}/${file}`);
    }
  }
}

function main(): void {
  const svgs = stampSvgs(loadIconSet(), STAMP_DEFS);
  let total = 0;
  console.log(`stamps: ${svgs.size} in ${STAMP_GROUP_DEFS.length} groups`);
  for (const [id, svg] of svgs) {
    const bytes = write(`${stampDir}/${id}.svg`, svg);
    total += bytes;
    console.log(`  ${`${stampDir}/${id}.svg`.padEnd(40)} ${(bytes / 1024).toFixed(1).padStart(5)} KiB`);
  }
  removeStale(new Set([...svgs.keys()].map((id) => `${id}.svg`)));
  const moduleBytes = write(STAMP_MODULE, renderCatalogueModule(STAMP_GROUP_DEFS, STAMP_DEFS));
  console.log(`  ${STAMP_MODULE} ${(moduleBytes / 1024).toFixed(1)} KiB`);
  console.log(`total SVG: ${(total / 1024).toFixed(1)} KiB (${total} bytes)`);
}

main();
