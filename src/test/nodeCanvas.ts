import { createCanvas } from '@napi-rs/canvas';
import { CanvasSurface, type CanvasFactory } from '../render/canvasSurface';
import type { Ctx2D } from '../engine/brushes/brush';
import { fnv1a } from '../engine/model/fnv';

/** Real 2D canvases in Node (Skia), so unit tests can compare actual pixels. */
export const nodeCanvasFactory: CanvasFactory = (width, height) => createCanvas(width, height) as never;

export function createNodeSurface(): CanvasSurface {
  return new CanvasSurface(nodeCanvasFactory);
}

export function nodeContext(width: number, height: number): Ctx2D {
  return createCanvas(width, height).getContext('2d') as unknown as Ctx2D;
}

/** A digest of a canvas region, to compare pictures exactly without keeping megabytes around: FNV-1a and a second, independent sum. */
export function pixelHash(ctx: Ctx2D, x = 0, y = 0, width = ctx.canvas.width, height = ctx.canvas.height): string {
  const data = ctx.getImageData(x, y, width, height).data;
  // A pixel at a time (RGBA as one word): a quarter of the steps of byte by byte.
  const pixels = new Uint32Array(data.buffer, data.byteOffset, data.length / 4);
  const fnv = fnv1a();
  fnv.mixAll(pixels);
  let h2 = 0x12345678;
  for (let i = 0; i < pixels.length; i++) h2 = (Math.imul(h2, 31) + (pixels[i] as number)) >>> 0;
  return `${fnv.value().toString(16)}-${h2.toString(16)}`;
}

/** Count of pixels whose alpha is above the threshold. */
export function inkedPixels(ctx: Ctx2D, x = 0, y = 0, width = ctx.canvas.width, height = ctx.canvas.height, minAlpha = 16): number {
  const data = ctx.getImageData(x, y, width, height).data;
  let n = 0;
  for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > minAlpha) n++;
  return n;
}

export function alphaAt(ctx: Ctx2D, x: number, y: number): number {
  return ctx.getImageData(x, y, 1, 1).data[3] ?? 0;
}
