/**
 * Generates the colouring pages into public/pages/ (run: npx tsx src/build/pages/generatePages.ts
 * [id …]). Each scene is composed from Fluent Emoji Flat icons, rendered at 2400×1697 with resvg,
 * traced into bold closed outlines, and written as:
 *   <id>.lineart.png  2400×1697 palette PNG, outline colour #2b2118 with alpha, transparent elsewhere
 *   <id>.hint.png     the original colour scene, 720 px wide (colour hint)
 *   <id>.thumb.png    the line art on white, 480 px wide (page picker card)
 *   index.json        [{ id, names, regionCount, files }]
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { composeScene, extractIcons, PAGE_HEIGHT, PAGE_WIDTH, type ComposedScene, type Icon } from './compose.ts';
import { encodePalettePng, encodeRgbPng } from './png.ts';
import { ALL_SCENES, sceneIcons, type Scene } from './scenes.ts';
import { MANDALAS, mandalaSvg } from './mandalas.ts';
import { measureStrokeWidth, traceScene, TRACE_DEFAULTS } from '../../engine/trace/trace';

export const OUTLINE_RGB = [0x2b, 0x21, 0x18] as const;
export const HINT_WIDTH = 720;
export const THUMB_SCALE = 5;

/** The session's themes: the professions and the animals scenes, and the generated mandalas. */
export type ThemeId = 'professions' | 'mandalas' | 'animals';

export interface PageEntry {
  id: string;
  theme: ThemeId;
  names: Scene['names'];
  regionCount: number;
  files: { lineart: string; hint: string; thumb: string };
}

const here = dirname(fileURLToPath(import.meta.url));
const OUT_DIR = resolve(here, '..', '..', '..', 'public', 'pages');

function renderRgba(svg: string, width: number, background?: string): { data: Uint8Array; width: number; height: number } {
  const img = new Resvg(svg, { fitTo: { mode: 'width', value: width }, background, font: { loadSystemFonts: false } }).render();
  return { data: new Uint8Array(img.pixels.buffer, img.pixels.byteOffset, img.pixels.length), width: img.width, height: img.height };
}

/** Line art: palette index = alpha of the one outline colour. */
function lineArtPng(alpha: Uint8Array): Buffer {
  const palette = Array.from({ length: 256 }, (_, a) => [OUTLINE_RGB[0], OUTLINE_RGB[1], OUTLINE_RGB[2], a] as const);
  return encodePalettePng(alpha, PAGE_WIDTH, PAGE_HEIGHT, palette);
}

/** Line art on white, box-downscaled by THUMB_SCALE; palette index = ink coverage. */
function thumbPng(alpha: Uint8Array): Buffer {
  const w = Math.floor(PAGE_WIDTH / THUMB_SCALE), h = Math.floor(PAGE_HEIGHT / THUMB_SCALE);
  const cover = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let sum = 0;
      for (let dy = 0; dy < THUMB_SCALE; dy++) {
        const row = (y * THUMB_SCALE + dy) * PAGE_WIDTH + x * THUMB_SCALE;
        for (let dx = 0; dx < THUMB_SCALE; dx++) sum += alpha[row + dx]!;
      }
      // A touch of gain keeps the thin downscaled strokes readable on a small card.
      cover[y * w + x] = Math.min(255, Math.round((sum / (THUMB_SCALE * THUMB_SCALE)) * 1.35));
    }
  }
  const mix = (c: number, a: number): number => Math.round(255 + ((c - 255) * a) / 255);
  const palette = Array.from({ length: 256 }, (_, a) => [mix(OUTLINE_RGB[0], a), mix(OUTLINE_RGB[1], a), mix(OUTLINE_RGB[2], a), 255] as const);
  return encodePalettePng(cover, w, h, palette);
}

function hintPng(svg: string): Buffer {
  const { data, width, height } = renderRgba(svg, HINT_WIDTH, '#ffffff');
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0, j = 0; i < data.length; i += 4, j += 3) {
    rgb[j] = data[i]!;
    rgb[j + 1] = data[i + 1]!;
    rgb[j + 2] = data[i + 2]!;
  }
  return encodeRgbPng(rgb, width, height);
}

/** Share of each object's pixels hidden behind or covering the figure (low-res masks). */
function figureOverlaps(scene: Scene, composed: ComposedScene, icons: ReadonlyMap<string, Icon>): string[] {
  const mask = (name: string, box: ComposedScene['figure']): Uint8Array => {
    const icon = icons.get(name)!;
    const k = box.w / icon.box.w;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE_WIDTH}" height="${PAGE_HEIGHT}"><g transform="translate(${box.x} ${box.y}) scale(${k}) translate(${-icon.box.x} ${-icon.box.y})">${icon.body}</g></svg>`;
    const { data } = renderRgba(svg, PAGE_WIDTH / 8);
    const m = new Uint8Array(data.length / 4);
    for (let i = 0; i < m.length; i++) m[i] = data[i * 4 + 3]! > 64 ? 1 : 0;
    return m;
  };
  const fig = mask(scene.figure, composed.figure);
  const warnings: string[] = [];
  for (const o of composed.objects) {
    const m = mask(o.icon, o.box);
    let both = 0, own = 0;
    for (let i = 0; i < m.length; i++) if (m[i]) { own++; if (fig[i]) both++; }
    if (own && both / own > 0.04) warnings.push(`${o.icon} overlaps the figure by ${Math.round((100 * both) / own)}%`);
  }
  return warnings;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

export function generatePage(scene: Scene, icons: ReadonlyMap<string, Icon>, outDir: string): PageEntry {
  const composed = composeScene(scene, icons);
  const entry = generateFromSvg({ id: scene.id, names: scene.names, theme: scene.theme ?? 'professions' }, composed.svg, outDir);
  for (const w of figureOverlaps(scene, composed, icons)) console.warn(`  ! ${scene.id}: ${w}`);
  return entry;
}

/** Renders a page's colour picture, traces it and writes its three images (throws on a gap in an outline). */
export function generateFromSvg(page: Pick<PageEntry, 'id' | 'names' | 'theme'>, svg: string, outDir: string): PageEntry {
  const t0 = performance.now();
  const { data, width, height } = renderRgba(svg, PAGE_WIDTH);
  if (width !== PAGE_WIDTH || height !== PAGE_HEIGHT) throw new Error(`render is ${width}×${height}`);
  const t1 = performance.now();
  const traced = traceScene(data, width, height);
  const { alpha, regions } = traced;
  const t2 = performance.now();
  if (traced.leaks > 0) throw new Error(`${page.id}: ${traced.leaks} closed areas of the line art span two regions (an outline has a gap)`);
  const smallest = Math.min(...regions.areas);
  const stroke = measureStrokeWidth(alpha, width, height);
  const files = { lineart: `pages/${page.id}.lineart.png`, hint: `pages/${page.id}.hint.png`, thumb: `pages/${page.id}.thumb.png` };
  const outputs: Array<[string, Buffer]> = [
    [files.lineart, lineArtPng(alpha)],
    [files.hint, hintPng(svg)],
    [files.thumb, thumbPng(alpha)],
  ];
  for (const [file, png] of outputs) writeFileSync(join(outDir, file.replace(/^pages\//, '')), png);
  const t3 = performance.now();
  const sizes = outputs.map(([f, png]) => `${f.replace(/^pages\//, '')} ${kb(png.length)}`).join(', ');
  console.log(
    `  ${page.id.padEnd(12)} ${String(traced.rawCount).padStart(5)} raw, ${String(traced.inkCount).padStart(2)} inked → ${String(regions.count).padStart(3)} regions` +
      ` (smallest ${smallest} px, stroke median ${stroke.median.toFixed(1)} px)` +
      `  render ${(t1 - t0).toFixed(0)} ms, trace ${(t2 - t1).toFixed(0)} ms, encode ${(t3 - t2).toFixed(0)} ms`,
  );
  // Ink details can split a region or close off a sliver (then filled): the line art's own count rules.
  console.log(`      ${sizes}; ${traced.mergedCount} regions before ink, ${traced.filled} enclosed slivers filled`);
  return { id: page.id, theme: page.theme, names: page.names, regionCount: regions.count, files };
}

function main(): void {
  const only = process.argv.slice(2);
  const scenes = only.length ? ALL_SCENES.filter((s) => only.includes(s.id)) : ALL_SCENES;
  const mandalas = only.length ? MANDALAS.filter((m) => only.includes(m.id)) : MANDALAS;
  if (only.length && scenes.length + mandalas.length !== only.length) throw new Error(`unknown page id among ${only.join(', ')}`);
  mkdirSync(OUT_DIR, { recursive: true });
  const start = performance.now();
  const icons = extractIcons(sceneIcons(scenes));
  console.log(`Extracted ${icons.size} icons in ${(performance.now() - start).toFixed(0)} ms; tracing with`, TRACE_DEFAULTS);
  const entries = [
    ...scenes.map((scene) => generatePage(scene, icons, OUT_DIR)),
    ...mandalas.map((spec) => generateFromSvg({ id: spec.id, names: spec.names, theme: 'mandalas' }, mandalaSvg(spec), OUT_DIR)),
  ];
  const indexPath = join(OUT_DIR, 'index.json');
  // Regenerating a subset keeps the other pages' entries, in scene order.
  let previous: PageEntry[] = [];
  if (only.length) {
    try {
      previous = JSON.parse(readFileSync(indexPath, 'utf8')) as PageEntry[];
    } catch {
      previous = [];
    }
  }
  // Entries from before pages had themes were all professions.
  const byId = new Map(previous.map((e) => [e.id, { ...e, theme: e.theme ?? 'professions' }]));
  for (const e of entries) byId.set(e.id, e);
  const index = [...ALL_SCENES, ...MANDALAS].map((s) => byId.get(s.id)).filter((e): e is PageEntry => e !== undefined);
  writeFileSync(indexPath, `${JSON.stringify(index, null, 2)}\n`);
  const total = index.reduce((sum, e) => sum + Object.values(e.files).reduce((s, f) => s + statSync(join(OUT_DIR, '..', f)).size, 0), 0);
  console.log(`Wrote ${entries.length} pages (${index.length} in index.json, ${kb(total)} in all) in ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
