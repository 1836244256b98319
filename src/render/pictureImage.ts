import { type CheckpointMime, RAW_PIXELS_MIME } from '../engine/model/artwork';
import { DOC_HEIGHT, DOC_WIDTH, FULL_PAGE } from '../engine/model/document';
import type { CanvasSurface } from './canvasSurface';

/**
 * A checkpoint of the painted layer: its exact pixels, deflated by the browser off the main thread
 * (CompressionStream), or a PNG where the browser has no CompressionStream (Safari before 16.4).
 * The pixels are read synchronously, so they match exactly the ops of the moment.
 */
export async function encodeCheckpoint(surface: CanvasSurface): Promise<{ mime: CheckpointMime; data: ArrayBuffer }> {
  if (typeof CompressionStream !== 'function') return { mime: 'image/png', data: await encodePaintPng(surface) };
  const pixels = surface.readPaint(FULL_PAGE);
  const data = await through(new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength), new CompressionStream('deflate-raw'));
  return { mime: RAW_PIXELS_MIME, data };
}

/** Puts a checkpoint back into the picture; rejects on damaged bytes so the caller can replay instead. */
export async function restoreCheckpoint(surface: CanvasSurface, checkpoint: { mime: CheckpointMime; data: ArrayBuffer }): Promise<void> {
  if (checkpoint.mime === 'image/png') {
    const bitmap = await decodePng(checkpoint.data);
    surface.drawPaintImage(bitmap);
    bitmap.close();
    return;
  }
  if (typeof DecompressionStream !== 'function') throw new Error('This browser cannot read raw-pixel checkpoints');
  const bytes = await through(new Uint8Array(checkpoint.data), new DecompressionStream('deflate-raw'));
  if (bytes.byteLength !== DOC_WIDTH * DOC_HEIGHT * 4) throw new Error('Checkpoint has the wrong size');
  surface.writePaint(FULL_PAGE, new Uint32Array(bytes));
}

/** Bytes through a (de)compression stream, gathered into one buffer. */
async function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<ArrayBuffer> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const reader = source.pipeThrough(transform as TransformStream<Uint8Array, Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks.push(next.value);
    length += next.value.byteLength;
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out.buffer;
}

/** PNG bytes of the painted layer (transparent where nothing is painted). */
export async function encodePaintPng(surface: CanvasSurface): Promise<ArrayBuffer> {
  const canvas = surface.paintCanvas as HTMLCanvasElement;
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The picture could not be encoded');
  return blob.arrayBuffer();
}

/** Decodes checkpoint bytes; rejects on truncated or corrupt data so the caller can replay instead. */
export async function decodePng(data: ArrayBuffer): Promise<ImageBitmap> {
  // No colour management or alpha games: the pixels must come back exactly as they were stored.
  const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }), { colorSpaceConversion: 'none', premultiplyAlpha: 'default' });
  if (bitmap.width !== DOC_WIDTH || bitmap.height !== DOC_HEIGHT) {
    bitmap.close();
    throw new Error('Checkpoint has the wrong size');
  }
  return bitmap;
}

/** The picture as people see it: white paper, the paint, the outlines on top; at `width` px wide. */
export function composePicture(surface: CanvasSurface, lineArt: CanvasImageSource | null, width = DOC_WIDTH): HTMLCanvasElement {
  const height = Math.round((width * DOC_HEIGHT) / DOC_WIDTH);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(surface.paintCanvas as CanvasImageSource, 0, 0, width, height);
  if (lineArt) ctx.drawImage(lineArt, 0, 0, width, height);
  return canvas;
}

export function canvasToBlob(canvas: HTMLCanvasElement, type: 'image/png' | 'image/webp', quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('Could not encode the picture'))), type, quality));
}

export const THUMBNAIL_WIDTH = 480;

/** A picture's PNG made small for a gallery card (or the hub's wall): THUMBNAIL_WIDTH wide, PNG. */
export async function thumbnailPng(png: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(png, { resizeWidth: THUMBNAIL_WIDTH, resizeQuality: 'high' });
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
  bitmap.close();
  const blob = await canvasToBlob(canvas, 'image/png');
  canvas.width = 0;
  return blob;
}
