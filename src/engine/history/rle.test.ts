import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { decodeRle, encodeRle } from './rle';

describe('RLE pixel patches', () => {
  it('round-trips flat, noisy and mixed pixels exactly', () => {
    const random = createRandom(42);
    const cases = [
      new Uint32Array(10_000),
      Uint32Array.from({ length: 10_000 }, () => Math.floor(random() * 2 ** 32)),
      Uint32Array.from({ length: 10_000 }, (_, i) => (i % 97 < 60 ? 0xff0000ff : Math.floor(random() * 4))),
      Uint32Array.from([1, 1, 2, 2, 2, 3]),
      new Uint32Array(0),
      Uint32Array.from([7]),
    ];
    for (const pixels of cases) {
      expect(Array.from(decodeRle(encodeRle(pixels), pixels.length))).toEqual(Array.from(pixels));
    }
  });

  it('shrinks empty paper and flat colour many times over', () => {
    const blank = new Uint32Array(500 * 400);
    expect(encodeRle(blank).length).toBeLessThan(10);
    const stripes = Uint32Array.from({ length: 500 * 400 }, (_, i) => (Math.floor(i / 500) % 40 < 20 ? 0xff2233ff : 0));
    expect(encodeRle(stripes).byteLength).toBeLessThan(stripes.byteLength / 50);
  });

  it('costs at most half again on pure noise', () => {
    const random = createRandom(3);
    const noise = Uint32Array.from({ length: 50_000 }, () => Math.floor(random() * 2 ** 32));
    expect(encodeRle(noise).length).toBeLessThanOrEqual(noise.length * 1.5 + 2);
  });

  it('rejects a truncated patch instead of writing garbage', () => {
    const pixels = Uint32Array.from({ length: 100 }, (_, i) => i);
    const encoded = encodeRle(pixels);
    expect(() => decodeRle(encoded.subarray(0, encoded.length - 10), 100)).toThrow(/decodes to/);
  });
});
