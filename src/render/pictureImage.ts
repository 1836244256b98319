import { DOC_HEIGHT, DOC_WIDTH } from '../engine/model/document';
import type { CanvasSurface } from './canvasSurface';

/** PNG bytes of the painted layer (transparent where nothing is painted), for checkpoints. */
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
