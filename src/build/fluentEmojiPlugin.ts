import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:fluent-emoji/';

interface IconSet {
  width?: number;
  height?: number;
  icons: Record<string, { body: string; width?: number; height?: number }>;
}

/**
 * `import url from 'virtual:fluent-emoji/crayon'` yields the URL of that one icon from the
 * MIT-licensed Fluent Emoji Flat set, emitted as its own small PNG file. The multi-megabyte set is
 * read here, at build time, and only the icons the app imports are shipped.
 *
 * PNG, not SVG: a browser builds a whole SVG document for every SVG image, on the main thread; the
 * drawing screen's sixteen icons cost ~50 ms of its first frame on a tablet (measured at 4× CPU:
 * 200 ms). A PNG decodes off the main thread. 256 px covers the largest icon (120 CSS px) at 2×.
 */
const ICON_PX = 256;
export function fluentEmojiPlugin(): Plugin {
  let set: IconSet | null = null;
  let building = false;
  const load = (): IconSet => {
    if (!set) {
      const require = createRequire(import.meta.url);
      set = JSON.parse(readFileSync(require.resolve('@iconify-json/fluent-emoji-flat/icons.json'), 'utf8')) as IconSet;
    }
    return set;
  };
  return {
    name: 'fluent-emoji',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1);
      // Built: one small PNG file per icon (precached, outside the JavaScript). Dev: an SVG data URL.
      if (!building) return `export default ${JSON.stringify(emojiDataUrl(load(), name))};`;
      const ref = this.emitFile({ type: 'asset', name: `emoji-${name}.png`, source: emojiPng(load(), name) });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

export function emojiSvg(set: IconSet, name: string): string {
  const icon = set.icons[name];
  if (!icon) throw new Error(`Fluent Emoji Flat has no icon named "${name}"`);
  const w = icon.width ?? set.width ?? 32;
  const h = icon.height ?? set.height ?? 32;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}">${icon.body}</svg>`;
}

export function emojiPng(set: IconSet, name: string): Uint8Array {
  return new Resvg(emojiSvg(set, name), { fitTo: { mode: 'width', value: ICON_PX }, background: 'rgba(0,0,0,0)', font: { loadSystemFonts: false } }).render().asPng();
}

function emojiDataUrl(set: IconSet, name: string): string {
  return `data:image/svg+xml,${encodeURIComponent(emojiSvg(set, name))}`;
}
