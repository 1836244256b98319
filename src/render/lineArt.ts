import { DOC_HEIGHT, DOC_WIDTH } from '../engine/model/document';

/** Outline pixels at or above this alpha block fills and stay-inside masks. */
const WALL_ALPHA = 128;

export interface LineArt {
  image: ImageBitmap;
  /** 1 where the outline blocks a fill, per document pixel. */
  walls: Uint8Array;
}

/** Loads a colouring page's line art at document size and derives its outline mask. */
export async function loadLineArt(url: string): Promise<LineArt> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Page picture missing: ${url} (${response.status})`);
  const image = await createImageBitmap(await response.blob(), { colorSpaceConversion: 'none' });
  if (image.width !== DOC_WIDTH || image.height !== DOC_HEIGHT) throw new Error(`Page picture has the wrong size: ${url}`);
  const canvas = document.createElement('canvas');
  canvas.width = DOC_WIDTH;
  canvas.height = DOC_HEIGHT;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('No 2D canvas');
  ctx.drawImage(image, 0, 0);
  const data = ctx.getImageData(0, 0, DOC_WIDTH, DOC_HEIGHT).data;
  const walls = new Uint8Array(DOC_WIDTH * DOC_HEIGHT);
  for (let i = 0, p = 3; i < walls.length; i++, p += 4) walls[i] = (data[p] as number) >= WALL_ALPHA ? 1 : 0;
  canvas.width = 0;
  canvas.height = 0;
  return { image, walls };
}
