#!/usr/bin/env node
// Generates the PWA / favicon PNG icons from src/build/appIcon.svg.
// Usage (from the project root): node src/build/generateIcons.mjs
// Idempotent: always overwrites the same set of files in public/icons/.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const srcSvgPath = join(here, 'appIcon.svg');
const outDir = join(root, 'public', 'icons');

/** Solid colour used for the full-bleed variants (matches the icon's rounded-square background). */
const BG_COLOR = '#FFD89E';
const VIEW = 512;

const svg = readFileSync(srcSvgPath, 'utf8');

/** Inner markup of the root <svg> element. */
function innerContent(source) {
  const open = source.match(/<svg\b[^>]*>/i);
  const close = source.lastIndexOf('</svg>');
  if (!open || close < 0) throw new Error(`Cannot parse root <svg> element in ${srcSvgPath}`);
  return source.slice(open.index + open[0].length, close);
}

/** Inner markup without the rounded-square background (the element with id="icon-bg"). */
function artOnly(source) {
  const inner = innerContent(source);
  const withoutBg = inner.replace(/<rect\b[^>]*\bid="icon-bg"[^>]*\/>/i, '');
  if (withoutBg === inner) throw new Error('appIcon.svg must contain a <rect id="icon-bg" .../> background');
  return withoutBg;
}

/**
 * Full-bleed wrapper: a solid square background with the art scaled about the centre.
 * The art itself fits inside a circle of r≈205 (40% of 512); scaling by `scale` keeps it
 * comfortably inside the maskable safe zone.
 */
function fullBleed(source, scale) {
  const c = VIEW / 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW} ${VIEW}" width="${VIEW}" height="${VIEW}">`,
    `<rect x="0" y="0" width="${VIEW}" height="${VIEW}" fill="${BG_COLOR}"/>`,
    `<g transform="translate(${c} ${c}) scale(${scale}) translate(${-c} ${-c})">`,
    artOnly(source),
    '</g>',
    '</svg>',
  ].join('\n');
}

function renderPng(svgText, size) {
  const resvg = new Resvg(svgText, {
    fitTo: { mode: 'width', value: size },
    background: 'rgba(0,0,0,0)',
    font: { loadSystemFonts: false },
  });
  return resvg.render().asPng();
}

const maskableSvg = fullBleed(svg, 0.86);
const appleSvg = fullBleed(svg, 0.92);

const outputs = [
  { file: 'icon-192.png', svg, size: 192 },
  { file: 'icon-512.png', svg, size: 512 },
  { file: 'maskable-512.png', svg: maskableSvg, size: 512 },
  { file: 'apple-touch-icon-180.png', svg: appleSvg, size: 180 },
  { file: 'favicon-64.png', svg, size: 64 },
];

mkdirSync(outDir, { recursive: true });

for (const { file, svg: text, size } of outputs) {
  const target = join(outDir, file);
  const png = renderPng(text, size);
  writeFileSync(target, png);
  console.log(`wrote ${relative(root, target)} (${size}x${size}, ${png.length} bytes)`);
}

const svgTarget = join(outDir, 'icon.svg');
writeFileSync(svgTarget, svg);
console.log(`wrote ${relative(root, svgTarget)} (copy of ${relative(root, srcSvgPath)})`);
