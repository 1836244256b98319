import type { Rect } from '../model/document';
import { parseHex } from '../model/color';
import { MASK_CORE, MASK_RING } from './floodFill';

/** An opaque #rrggbb colour as an RGBA word (little-endian byte order, as ImageData is read). */
export function colourWord(hex: string): number {
  const { r, g, b } = parseHex(hex);
  return ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

/**
 * The new pixels of `rect` after a fill: the region becomes the colour; the ring under its
 * boundary gets the colour *behind* what is there (anti-aliased edges keep their shape and lose
 * their white halo).
 */
export function composeFill(paint: Uint32Array, width: number, mask: Uint8Array, rect: Rect, colour: number): Uint32Array {
  const out = new Uint32Array(rect.width * rect.height);
  const fr = colour & 255;
  const fg = (colour >>> 8) & 255;
  const fb = (colour >>> 16) & 255;
  for (let y = 0; y < rect.height; y++) {
    const src = (rect.y + y) * width + rect.x;
    const dst = y * rect.width;
    out.set(paint.subarray(src, src + rect.width), dst);
    let x = 0;
    while (x < rect.width) {
      const m = mask[src + x];
      if (m === MASK_CORE) {
        // Core pixels come in runs (scanline spans): fill each run at once.
        let end = x + 1;
        while (end < rect.width && mask[src + end] === MASK_CORE) end++;
        out.fill(colour, dst + x, dst + end);
        x = end;
        continue;
      }
      if (m === MASK_RING) out[dst + x] = under(paint[src + x] as number, fr, fg, fb);
      x++;
    }
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
