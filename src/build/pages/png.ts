/**
 * A small PNG encoder (node:zlib) for the generated pages: palette images with transparency
 * (one-colour line art) and RGB, with per-row adaptive filtering and maximum deflate compression.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function ihdr(width: number, height: number, bitDepth: number, colourType: number): Buffer {
  const h = Buffer.alloc(13);
  h.writeUInt32BE(width, 0);
  h.writeUInt32BE(height, 4);
  h[8] = bitDepth;
  h[9] = colourType;
  return chunk('IHDR', h);
}

/** Filters rows (bytes per pixel `bpp`); `adaptive` picks the filter with the least sum per row. */
function filterRows(raw: Uint8Array, rowBytes: number, height: number, bpp: number, adaptive: boolean): Uint8Array {
  const out = new Uint8Array((rowBytes + 1) * height);
  const cand = [new Uint8Array(rowBytes), new Uint8Array(rowBytes), new Uint8Array(rowBytes), new Uint8Array(rowBytes), new Uint8Array(rowBytes)];
  for (let y = 0; y < height; y++) {
    const row = raw.subarray(y * rowBytes, (y + 1) * rowBytes);
    const prev = y > 0 ? raw.subarray((y - 1) * rowBytes, y * rowBytes) : null;
    let bestType = 0;
    if (adaptive) {
      let bestSum = Infinity;
      for (let type = 0; type < 5; type++) {
        const c = cand[type]!;
        let sum = 0;
        for (let i = 0; i < rowBytes; i++) {
          const a = i >= bpp ? row[i - bpp]! : 0;
          const b = prev ? prev[i]! : 0;
          const cc = prev && i >= bpp ? prev[i - bpp]! : 0;
          let pred = 0;
          if (type === 1) pred = a;
          else if (type === 2) pred = b;
          else if (type === 3) pred = (a + b) >> 1;
          else if (type === 4) {
            const p = a + b - cc, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - cc);
            pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : cc;
          }
          const v = (row[i]! - pred) & 0xff;
          c[i] = v;
          sum += v < 128 ? v : 256 - v;
        }
        if (sum < bestSum) { bestSum = sum; bestType = type; }
      }
      out[y * (rowBytes + 1)] = bestType;
      out.set(cand[bestType]!, y * (rowBytes + 1) + 1);
    } else {
      out[y * (rowBytes + 1)] = 0;
      out.set(row, y * (rowBytes + 1) + 1);
    }
  }
  return out;
}

function assemble(parts: Buffer[]): Buffer {
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...parts, chunk('IEND', new Uint8Array(0))]);
}

/**
 * 8-bit palette PNG: `indices` (one byte per pixel) into `palette` (RGBA entries, ≤ 256).
 * Entries with alpha < 255 go into a tRNS chunk.
 */
export function encodePalettePng(indices: Uint8Array, width: number, height: number, palette: ReadonlyArray<readonly [number, number, number, number]>): Buffer {
  if (palette.length === 0 || palette.length > 256) throw new Error('palette must hold 1–256 colours');
  const plte = new Uint8Array(palette.length * 3);
  const trns = new Uint8Array(palette.length);
  palette.forEach(([r, g, b, a], i) => {
    plte[i * 3] = r; plte[i * 3 + 1] = g; plte[i * 3 + 2] = b; trns[i] = a;
  });
  let lastOpaque = palette.length;
  while (lastOpaque > 0 && trns[lastOpaque - 1] === 255) lastOpaque--;
  const filtered = filterRows(indices, width, height, 1, false);
  const parts = [ihdr(width, height, 8, 3), chunk('PLTE', plte)];
  if (lastOpaque > 0) parts.push(chunk('tRNS', trns.subarray(0, lastOpaque)));
  parts.push(chunk('IDAT', deflateSync(filtered, { level: 9, memLevel: 9 })));
  return assemble(parts);
}

/** 8-bit RGB PNG from RGB bytes (3 per pixel). */
export function encodeRgbPng(rgb: Uint8Array, width: number, height: number): Buffer {
  const filtered = filterRows(rgb, width * 3, height, 3, true);
  return assemble([ihdr(width, height, 8, 2), chunk('IDAT', deflateSync(filtered, { level: 9, memLevel: 9 }))]);
}
