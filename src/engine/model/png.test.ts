import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { imageHeader, pngSize } from './png';

const encode = (mime: 'image/png' | 'image/jpeg' | 'image/webp', width: number, height: number) => {
  const canvas = createCanvas(width, height);
  canvas.getContext('2d').fillRect(0, 0, 3, 3);
  return new Uint8Array(mime === 'image/png' ? canvas.toBuffer('image/png') : mime === 'image/jpeg' ? canvas.toBuffer('image/jpeg') : canvas.toBuffer('image/webp'));
};

describe('image headers', () => {
  it('reads the kind and size of PNG, JPEG and WebP without decoding them', () => {
    expect(imageHeader(encode('image/png', 321, 123))).toEqual({ kind: 'png', width: 321, height: 123 });
    expect(imageHeader(encode('image/jpeg', 640, 479))).toEqual({ kind: 'jpeg', width: 640, height: 479 });
    expect(imageHeader(encode('image/webp', 1001, 77))).toEqual({ kind: 'webp', width: 1001, height: 77 });
    expect(pngSize(encode('image/png', 2, 3))).toEqual({ width: 2, height: 3 });
  });

  it('says null for anything else: text, a cut-off file, an empty one', () => {
    expect(imageHeader(new TextEncoder().encode('hello, this is not a picture at all'))).toBeNull();
    expect(imageHeader(encode('image/jpeg', 50, 50).subarray(0, 8))).toBeNull();
    expect(imageHeader(new Uint8Array(0))).toBeNull();
  });
});
