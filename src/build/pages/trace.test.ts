import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { distanceTransform } from '../../engine/trace/edt';
import { encodePalettePng, encodeRgbPng } from './png.ts';
import { ALL_SCENES } from './scenes.ts';
import { MANDALAS } from './mandalas.ts';
import {
  countRegions,
  drawOutlines,
  measureStrokeWidth,
  mergeSmallRegions,
  segmentColours,
  simplifyRegions,
  traceScene,
  TRACE_DEFAULTS,
} from '../../engine/trace/trace';

type Rgb = readonly [number, number, number];

/** Premultiplied RGBA canvas on transparent, shapes painted with anti-aliased coverage. */
class Synth {
  readonly data: Uint8Array;
  constructor(readonly width: number, readonly height: number) {
    this.data = new Uint8Array(width * height * 4);
  }
  /** Paints where `inside(x, y)` holds, sampling 4×4 points per pixel (source-over). */
  paint(colour: Rgb, inside: (x: number, y: number) => boolean): this {
    for (let y = 0; y < this.height; y++) {
      for (let x = 0; x < this.width; x++) {
        let hits = 0;
        for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) hits++;
        if (!hits) continue;
        const a = hits / 16, o = (y * this.width + x) * 4;
        for (let c = 0; c < 3; c++) this.data[o + c] = Math.round(colour[c]! * a + this.data[o + c]! * (1 - a));
        this.data[o + 3] = Math.round(255 * a + this.data[o + 3]! * (1 - a));
      }
    }
    return this;
  }
  rect(colour: Rgb, x0: number, y0: number, x1: number, y1: number): this {
    return this.paint(colour, (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1);
  }
  disc(colour: Rgb, cx: number, cy: number, r: number): this {
    return this.paint(colour, (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r);
  }
}

const RED: Rgb = [230, 60, 50];
const BLUE: Rgb = [40, 120, 230];
const SMALL = { minArea: 300, minRadius: 4, halfWidth: 3, minFinalArea: 100 };

describe('segmentation', () => {
  it('finds one region per flat colour, anti-aliased edges included', () => {
    const img = new Synth(120, 80).disc(RED, 40.3, 40.7, 25.2).rect(BLUE, 75.5, 15.25, 110.5, 65.75);
    const seg = segmentColours(img.data, 120, 80);
    expect(seg.count).toBe(3);
    expect(seg.labels[40 * 120 + 40]).not.toBe(seg.labels[40 * 120 + 90]);
    expect(seg.labels[0]).toBe(seg.labels[79 * 120 + 119]);
  });

  it('merges small regions into the neighbour they share most border with', () => {
    const labels = new Int32Array(20 * 10);
    for (let y = 0; y < 10; y++) for (let x = 0; x < 20; x++) labels[y * 20 + x] = x < 10 ? 0 : 1;
    labels[5 * 20 + 3] = 2; // a one-pixel speck inside region 0
    const merged = mergeSmallRegions({ labels, count: 3 }, 20, 10, 4);
    expect(merged.count).toBe(2);
    expect(merged.labels[5 * 20 + 3]).toBe(merged.labels[0]);
  });
});

describe('tracing', () => {
  it('outlines two squares with closed bold strokes', () => {
    const img = new Synth(200, 120).rect(RED, 20.5, 20.5, 90.5, 100.5).rect(BLUE, 110.25, 20.75, 180.25, 100.75);
    const { alpha, regions, leaks } = traceScene(img.data, 200, 120, SMALL);
    expect(regions.count).toBe(3);
    expect(leaks).toBe(0);
    const at = (x: number, y: number): number => regions.labels[y * 200 + x]!;
    expect(new Set([at(5, 5), at(55, 60), at(145, 60)]).size).toBe(3);
    // Every pixel along the squares' edges is under the stroke: nothing leaks out.
    for (let y = 30; y < 90; y++) expect(alpha[y * 200 + 20]).toBe(255);
    const stroke = measureStrokeWidth(alpha, 200, 120);
    expect(stroke.median).toBeGreaterThanOrEqual(5);
    expect(stroke.median).toBeLessThanOrEqual(7);
  });

  it('merges a thin shading sliver away instead of drawing a dashed edge', () => {
    // A red square whose shadow edge is a 4-px slightly darker line, broken in two places.
    const img = new Synth(160, 160).rect(RED, 30, 30, 130, 130);
    const shade: Rgb = [205, 50, 42];
    img.rect(shade, 79.5, 30, 83.5, 60).rect(shade, 79.5, 66, 83.5, 95).rect(shade, 79.5, 101, 83.5, 130);
    expect(segmentColours(img.data, 160, 160).count).toBeGreaterThan(2);
    const simple = simplifyRegions(segmentColours(img.data, 160, 160), 160, 160, SMALL);
    expect(simple.count).toBe(2);
    const { alpha, regions } = traceScene(img.data, 160, 160, SMALL);
    expect(regions.count).toBe(2);
    for (let y = 40; y < 120; y++) expect(alpha[y * 160 + 80]).toBe(0);
  });

  it('hands thin parts of a region to its neighbours so no region is narrower than a finger', () => {
    // A blue bar 5 px wide joining two red blocks: too thin to colour, so it must go.
    const img = new Synth(200, 100).rect(RED, 10, 20, 80, 80).rect(RED, 120, 20, 190, 80).rect(BLUE, 80, 47, 120, 52);
    const { regions } = traceScene(img.data, 200, 100, { ...SMALL, minRadius: 6 });
    expect(regions.count).toBe(3);
    for (const area of regions.areas) expect(area).toBeGreaterThanOrEqual(SMALL.minFinalArea);
  });

  it('draws small dark details (a pupil) as solid ink, not as a region', () => {
    const img = new Synth(160, 160).disc([255, 200, 60], 80, 80, 60).disc([30, 20, 20], 80, 80, 9);
    const { alpha, regions } = traceScene(img.data, 160, 160, { ...SMALL, minArea: 600, minRadius: 8 });
    expect(alpha[80 * 160 + 80]).toBe(255);
    expect(regions.count).toBe(2);
  });
});

describe('region counting', () => {
  const ring = (gap: boolean): Uint8Array => {
    const w = 60, alpha = new Uint8Array(w * w);
    for (let y = 0; y < w; y++) {
      for (let x = 0; x < w; x++) {
        const d = Math.hypot(x + 0.5 - 30, y + 0.5 - 30);
        if (d >= 17 && d <= 22 && !(gap && y >= 29 && y <= 30 && x > 30)) alpha[y * w + x] = 255;
      }
    }
    return alpha;
  };
  it('counts the inside and the outside of a closed ring', () => {
    const r = countRegions(ring(false), 60, 60);
    expect(r.count).toBe(2);
    expect(r.areas.reduce((a, b) => a + b, 0)).toBeLessThan(3600);
  });
  it('sees a gap in an outline as one region', () => {
    expect(countRegions(ring(true), 60, 60).count).toBe(1);
  });
  it('uses the alpha threshold for faint anti-aliasing', () => {
    const alpha = new Uint8Array(30 * 10);
    for (let y = 0; y < 10; y++) alpha[y * 30 + 15] = 100;
    expect(countRegions(alpha, 30, 10).count).toBe(1);
    expect(countRegions(alpha, 30, 10, 90).count).toBe(2);
  });
  it('measures a straight outline as 2·halfWidth wide', () => {
    const labels = new Int32Array(80 * 40);
    for (let i = 0; i < labels.length; i++) labels[i] = i % 80 < 40 ? 0 : 1;
    expect(measureStrokeWidth(drawOutlines(labels, 80, 40, 3), 80, 40).median).toBe(6);
  });
  it('computes exact Euclidean distances', () => {
    const seed = new Uint8Array(7 * 5);
    seed[2 * 7 + 1] = 1;
    const { dist2, nearest } = distanceTransform(seed, 7, 5);
    expect(dist2[4 * 7 + 5]).toBe(4 * 4 + 2 * 2);
    expect(nearest[0]).toBe(2 * 7 + 1);
  });
});

describe('PNG encoding', () => {
  it('round-trips palette alpha and RGB images', async () => {
    const alpha = new Uint8Array(16 * 8).map((_, i) => (i * 7) % 256);
    const palette = Array.from({ length: 256 }, (_, a) => [43, 33, 24, a] as const);
    const img = await loadImage(encodePalettePng(alpha, 16, 8, palette));
    const ctx = createCanvas(16, 8).getContext('2d');
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, 16, 8).data;
    for (let i = 0; i < alpha.length; i++) expect(px[i * 4 + 3]).toBe(alpha[i]);
    const rgb = new Uint8Array(5 * 3 * 3).map((_, i) => (i * 37) % 256);
    const img2 = await loadImage(encodeRgbPng(rgb, 5, 3));
    const ctx2 = createCanvas(5, 3).getContext('2d');
    ctx2.drawImage(img2, 0, 0);
    const px2 = ctx2.getImageData(0, 0, 5, 3).data;
    for (let i = 0; i < 15; i++) expect([px2[i * 4], px2[i * 4 + 1], px2[i * 4 + 2]]).toEqual([rgb[i * 3], rgb[i * 3 + 1], rgb[i * 3 + 2]]);
  });
});

interface Entry {
  id: string;
  theme: string;
  names: { en: string; ru: string; kk: string };
  regionCount: number;
  files: { lineart: string; hint: string; thumb: string };
}

const PUBLIC = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'public');
const INDEX = join(PUBLIC, 'pages', 'index.json');
const entries: Entry[] = existsSync(INDEX) ? (JSON.parse(readFileSync(INDEX, 'utf8')) as Entry[]) : [];
const MIB = 1024 * 1024;

describe('committed colouring pages', () => {
  it('index.json lists every scene and mandala with its theme and names in three languages', () => {
    expect(entries.map((e) => e.id)).toEqual([...ALL_SCENES, ...MANDALAS].map((s) => s.id));
    const inTheme = (theme: string) => entries.filter((e) => e.theme === theme).length;
    expect(inTheme('professions')).toBeGreaterThanOrEqual(16);
    expect(inTheme('animals')).toBeGreaterThanOrEqual(10);
    expect(inTheme('mandalas')).toBeGreaterThanOrEqual(10);
    expect(inTheme('professions') + inTheme('animals') + inTheme('mandalas')).toBe(entries.length);
    for (const id of ['doctor', 'firefighter', 'chef', 'builder', 'teacher', 'pilot', 'astronaut', 'farmer', 'police', 'artist', 'singer', 'dancer']) {
      expect(entries.map((e) => e.id)).toContain(id);
    }
    for (const e of entries) {
      expect(e.id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(e.names.en && e.names.ru && e.names.kk).toBeTruthy();
      expect(e.names.ru).toMatch(/^[А-Яа-яЁё 0-9-]+$/);
      expect(e.names.kk).toMatch(/^[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі 0-9-]+$/);
    }
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s: closed, finger-sized regions with bold outlines', async (_id, e) => {
    for (const file of Object.values(e.files)) expect(statSync(join(PUBLIC, file)).size).toBeLessThan(2 * MIB);
    const img = await loadImage(readFileSync(join(PUBLIC, e.files.lineart)));
    expect([img.width, img.height]).toEqual([2400, 1697]);
    const ctx = createCanvas(img.width, img.height).getContext('2d');
    ctx.drawImage(img, 0, 0);
    const rgba = ctx.getImageData(0, 0, img.width, img.height).data;
    const alpha = new Uint8Array(img.width * img.height);
    let offColour = 0;
    for (let i = 0; i < alpha.length; i++) {
      alpha[i] = rgba[i * 4 + 3]!;
      if (alpha[i]! >= 128 && Math.abs(rgba[i * 4]! - 0x2b) + Math.abs(rgba[i * 4 + 1]! - 0x21) + Math.abs(rgba[i * 4 + 2]! - 0x18) >= 6) offColour++;
    }
    expect(offColour, 'outline pixels not in #2b2118').toBe(0);
    // A dashed outline would let two regions run together and lower the count.
    const regions = countRegions(alpha, img.width, img.height);
    expect(regions.count).toBe(e.regionCount);
    expect(Math.min(...regions.areas)).toBeGreaterThanOrEqual(TRACE_DEFAULTS.minFinalArea);
    const stroke = measureStrokeWidth(alpha, img.width, img.height);
    expect(stroke.median).toBeGreaterThanOrEqual(5);
    expect(stroke.median).toBeLessThanOrEqual(8);
    expect(stroke.p10).toBeGreaterThanOrEqual(4);
    expect(stroke.withinRange).toBeGreaterThan(0.9);
    expect(stroke.fills).toBeLessThan(0.5);
    const hint = await loadImage(readFileSync(join(PUBLIC, e.files.hint)));
    const thumb = await loadImage(readFileSync(join(PUBLIC, e.files.thumb)));
    expect(hint.width).toBe(720);
    expect(thumb.width).toBe(480);
  });
});
