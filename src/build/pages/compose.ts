/**
 * Composes a colouring-page scene as one SVG from Fluent Emoji Flat icon bodies (build time only).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { Scene, SceneObject, Slot } from './scenes.ts';

export const PAGE_WIDTH = 2400;
export const PAGE_HEIGHT = 1697;
/** Mean height of the ground's top edge. */
const GROUND_Y = 1500;

export interface Icon {
  body: string;
  width: number;
  height: number;
  /** Bounding box of the drawn content, in icon units. */
  box: { x: number; y: number; w: number; h: number };
}

interface IconSetJson {
  width?: number;
  height?: number;
  icons: Record<string, { body: string; width?: number; height?: number }>;
}

/** Reads the set once and keeps only the named icons (with their measured content boxes). */
export function extractIcons(names: readonly string[]): Map<string, Icon> {
  const require = createRequire(import.meta.url);
  const set = JSON.parse(readFileSync(require.resolve('@iconify-json/fluent-emoji-flat/icons.json'), 'utf8')) as IconSetJson;
  const out = new Map<string, Icon>();
  names.forEach((name, index) => {
    const raw = set.icons[name];
    if (!raw) throw new Error(`Fluent Emoji Flat has no icon named "${name}"`);
    const width = raw.width ?? set.width ?? 32;
    const height = raw.height ?? set.height ?? 32;
    const body = cleanBody(raw.body, `i${index}_`);
    out.set(name, { body, width, height, box: contentBox(body, width, height) });
  });
  return out;
}

/** Unique ids per icon (several share one SVG) and no blur filters (soft shadows trace badly). */
function cleanBody(body: string, prefix: string): string {
  return body
    .replace(/\sfilter="url\([^)]*\)"/g, '')
    .replace(/\sid="([^"]+)"/g, ` id="${prefix}$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}$1"`);
}

/** Content bounding box in icon units, measured from a render's alpha. */
function contentBox(body: string, width: number, height: number): Icon['box'] {
  const scale = 16;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width * scale}" height="${height * scale}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
  const img = new Resvg(svg).render();
  const { pixels } = img;
  let x0 = img.width, y0 = img.height, x1 = -1, y1 = -1;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (pixels[(y * img.width + x) * 4 + 3]! > 16) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (x1 < 0) return { x: 0, y: 0, w: width, h: height };
  return { x: x0 / scale, y: y0 / scale, w: (x1 + 1 - x0) / scale, h: (y1 + 1 - y0) / scale };
}

/** Page-space rectangle of a placed icon's content. */
export interface Placement {
  x: number;
  y: number;
  w: number;
  h: number;
}

const SLOT: Record<Slot, { cx: number; anchor: 'bottom' | 'centre'; y: number; size: number }> = {
  left: { cx: 340, anchor: 'bottom', y: GROUND_Y + 70, size: 580 },
  right: { cx: PAGE_WIDTH - 340, anchor: 'bottom', y: GROUND_Y + 70, size: 580 },
  'top-left': { cx: 320, anchor: 'centre', y: 380, size: 400 },
  'top-right': { cx: PAGE_WIDTH - 320, anchor: 'centre', y: 380, size: 400 },
};

function placeObject(icon: Icon, o: SceneObject): Placement {
  const slot = SLOT[o.slot];
  const size = o.size ?? slot.size;
  const k = size / Math.max(icon.box.w, icon.box.h);
  const w = icon.box.w * k, h = icon.box.h * k;
  const cx = slot.cx + (o.dx ?? 0);
  const y = (slot.anchor === 'bottom' ? slot.y - h : slot.y - h / 2) + (o.dy ?? 0);
  return { x: cx - w / 2, y, w, h };
}

function placeFigure(icon: Icon, scene: Scene): Placement {
  const size = scene.figureSize ?? (scene.figureStands ? 1300 : 1150);
  const k = Math.min(size / icon.box.h, 1150 / icon.box.w);
  const w = icon.box.w * k, h = icon.box.h * k;
  const bottom = scene.figureStands ? GROUND_Y + 60 : GROUND_Y + 80;
  return { x: PAGE_WIDTH / 2 - w / 2, y: bottom - h, w, h };
}

function iconMarkup(icon: Icon, p: Placement, flip = false): string {
  const k = p.w / icon.box.w;
  const f = (v: number): string => v.toFixed(3);
  const t = flip
    ? `translate(${f(p.x + p.w)} ${f(p.y)}) scale(${f(-k)} ${f(k)}) translate(${f(-icon.box.x)} ${f(-icon.box.y)})`
    : `translate(${f(p.x)} ${f(p.y)}) scale(${f(k)}) translate(${f(-icon.box.x)} ${f(-icon.box.y)})`;
  return `<g transform="${t}">${icon.body}</g>`;
}

/** Ground band: gentle hills or a straight floor across the bottom of the page. */
function groundMarkup(scene: Scene): string {
  const pts: string[] = [];
  const steps = 120;
  for (let s = 0; s <= steps; s++) {
    const x = (PAGE_WIDTH * s) / steps;
    const y = scene.groundShape === 'flat' ? GROUND_Y : GROUND_Y + 26 * Math.sin((2 * Math.PI * x) / 1500 + 0.6) + 10 * Math.sin((2 * Math.PI * x) / 610);
    pts.push(`${x.toFixed(1)} ${y.toFixed(1)}`);
  }
  return `<path fill="${scene.ground}" d="M-10 ${PAGE_HEIGHT + 10} L-10 ${pts[0]!.split(' ')[1]} L${pts.join(' L')} L${PAGE_WIDTH + 10} ${pts[steps]!.split(' ')[1]} L${PAGE_WIDTH + 10} ${PAGE_HEIGHT + 10} Z"/>`;
}

export interface ComposedScene {
  svg: string;
  figure: Placement;
  objects: Array<{ icon: string; box: Placement }>;
}

/** The scene as SVG at page size (transparent background). */
export function composeScene(scene: Scene, icons: ReadonlyMap<string, Icon>): ComposedScene {
  const get = (name: string): Icon => {
    const icon = icons.get(name);
    if (!icon) throw new Error(`icon "${name}" was not extracted`);
    return icon;
  };
  const figureIcon = get(scene.figure);
  const figure = placeFigure(figureIcon, scene);
  const objects = scene.objects.map((o) => ({ icon: o.icon, box: placeObject(get(o.icon), o), flip: o.flip ?? false }));
  const parts: string[] = [];
  if (!scene.figureStands) parts.push(iconMarkup(figureIcon, figure));
  parts.push(groundMarkup(scene));
  if (scene.figureStands) parts.push(iconMarkup(figureIcon, figure));
  for (const o of objects) parts.push(iconMarkup(get(o.icon), o.box, o.flip));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE_WIDTH}" height="${PAGE_HEIGHT}" viewBox="0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}">${parts.join('')}</svg>`;
  return { svg, figure, objects: objects.map(({ icon, box }) => ({ icon, box })) };
}

/** Share of the smaller rectangle covered by the larger (layout sanity check). */
export function overlapShare(a: Placement, b: Placement): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.min(a.w * a.h, b.w * b.h);
}
