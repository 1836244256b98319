/**
 * Run-length coding of RGBA pixels (as 32-bit words). Children's pictures are mostly flat colour
 * and empty paper, so undo patches shrink many times over. Format: a header word per block,
 * (count << 1) | 1 followed by one value for a run, (count << 1) followed by count values for
 * literals.
 */
const MIN_RUN = 3;
const MAX_BLOCK = 0x3fffffff;

export function encodeRle(pixels: Uint32Array): Uint32Array {
  const n = pixels.length;
  const out = new Uint32Array(n + Math.ceil(n / 2) + 2);
  let o = 0;
  let i = 0;
  while (i < n) {
    const value = pixels[i] as number;
    let run = 1;
    while (i + run < n && run < MAX_BLOCK && pixels[i + run] === value) run++;
    if (run >= MIN_RUN) {
      out[o++] = (run << 1) | 1;
      out[o++] = value;
      i += run;
      continue;
    }
    // Gather literals until the next worthwhile run starts.
    const start = i;
    i += run;
    while (i < n && i - start < MAX_BLOCK) {
      const v = pixels[i];
      if (i + 2 < n && pixels[i + 1] === v && pixels[i + 2] === v) break;
      i++;
    }
    const count = i - start;
    out[o++] = count << 1;
    out.set(pixels.subarray(start, i), o);
    o += count;
  }
  return out.slice(0, o);
}

export function decodeRle(encoded: Uint32Array, length: number): Uint32Array {
  const out = new Uint32Array(length);
  let o = 0;
  let i = 0;
  while (i < encoded.length && o < length) {
    const header = encoded[i++] as number;
    const count = Math.min(header >>> 1, length - o);
    const needed = header & 1 ? 1 : header >>> 1;
    if (i + needed > encoded.length) break;
    if (header & 1) {
      out.fill(encoded[i++] as number, o, o + count);
    } else {
      out.set(encoded.subarray(i, i + count), o);
      i += header >>> 1;
    }
    o += count;
  }
  if (o !== length) throw new Error(`RLE patch decodes to ${o} pixels, expected ${length}`);
  return out;
}
