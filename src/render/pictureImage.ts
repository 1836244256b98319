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
