// Turns a position in the built JavaScript back into the source file, line and name, so a CPU
// profile of the minified app reads as src/engine/... functions. Reads the hidden .map files the
// bench build writes next to the bundles (source map v3, base64 VLQ mappings).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** One mapping segment: [generated column, source index, original line, original column, name index?]. */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of text) {
    const digit = DIGIT.get(c);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/** Every generated line as a list of absolute segments, sorted by column. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  let line = 0;
  let column = 0;
  let name = 0;
  for (const text of mappings.split(';')) {
    const segments = [];
    let generated = 0;
    for (const part of text.split(',')) {
      if (!part) continue;
      const v = decodeSegment(part);
      generated += v[0];
      if (v.length < 4) continue;
      source += v[1];
      line += v[2];
      column += v[3];
      if (v.length > 4) name += v[4];
      segments.push({ generated, source, line, column, name: v.length > 4 ? name : -1 });
    }
    lines.push(segments);
  }
  return lines;
}

/** Looks up built scripts of one folder by URL; scripts without a map come back unnamed. */
export function sourceMapper(distDir) {
  const cache = new Map();
  const load = (url) => {
    const path = new URL(url).pathname;
    if (cache.has(path)) return cache.get(path);
    const file = join(distDir, `${path}.map`);
    let map = null;
    if (existsSync(file)) {
      const raw = JSON.parse(readFileSync(file, 'utf8'));
      map = { sources: raw.sources.map(tidySource), names: raw.names, lines: decodeMappings(raw.mappings) };
    }
    cache.set(path, map);
    return map;
  };
  /** `line` and `column` are 0-based, as in CPU profile call frames. */
  return (url, line, column) => {
    if (!url || !url.startsWith('http')) return null;
    const map = load(url);
    const segments = map?.lines[line];
    if (!segments || segments.length === 0) return null;
    let best = segments[0];
    for (const s of segments) {
      if (s.generated > column) break;
      best = s;
    }
    return { source: map.sources[best.source], line: best.line + 1, name: best.name >= 0 ? map.names[best.name] : null };
  };
}

/** `../../src/engine/fill/floodFill.ts` → `src/engine/fill/floodFill.ts`; packages by name. */
function tidySource(source) {
  const modules = source.lastIndexOf('node_modules/');
  if (modules >= 0) return source.slice(modules + 'node_modules/'.length).split('/').slice(0, source.includes('node_modules/@') ? 2 : 1).join('/');
  const src = source.indexOf('src/');
  return src >= 0 ? source.slice(src) : source;
}
