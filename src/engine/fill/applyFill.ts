import type { Rect } from '../model/document';
import { parseHex } from '../model/color';
import type { FillResult } from './floodFill';

/** An opaque #rrggbb colour as an RGBA word (little-endian byte order, as ImageData is read). */
export function colourWord(hex: string): number {
  const { r, g, b } = parseHex(hex);
  return ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

/**
 * The new pixels of `rect` after a fill: the region becomes the colour; the ring under its
 * boundary gets the colour *behind* what is there (anti-aliased edges keep their shape and lose
 * their white halo). Works from the fill's spans and ring, never pixel by pixel over the rect.
 */
export function composeFill(paint: Uint32Array, width: number, fill: Pick<FillResult, 'spans' | 'ring'>, rect: Rect, colour: number): Uint32Array {
  const out = new Uint32Array(rect.width * rect.height);
  for (let y = 0; y < rect.height; y++) {
    const src = (rect.y + y) * width + rect.x;
    out.set(paint.subarray(src, src + rect.width), y * rect.width);
  }
  const at = (i: number) => (((i / width) | 0) - rect.y) * rect.width + (i % width) - rect.x;
  const { spans, ring } = fill;
  for (let k = 0; k < spans.length; k += 2) {
    const start = at(spans[k] as number);
    out.fill(colour, start, start + (spans[k + 1] as number));
  }
  const fr = colour & 255;
  const fg = (colour >>> 8) & 255;
  const fb = (colour >>> 16) & 255;
  for (let k = 0; k < ring.length; k++) {
    const i = ring[k] as number;
    out[at(i)] = under(paint[i] as number, fr, fg, fb);
  }
  return out;
}

function under(c: number, fr: number, fg: number, fb: number): number {
  const a = (c >>> 24) / 255;
  if (a >= 1) return c;
  const r = Math.round((c & 255) * a + fr * (1 - a));
  const g = Math.round(((c >>> 8) & 255) * a + fg * (1 - a));
  const b = Math.round(((c >>> 16) & 255) * a + fb * (1 - a));
  return ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;
}
