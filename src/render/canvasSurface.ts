import { createGrainTile, GRAIN_TILE_SIZE } from '../engine/brushes/grain';
import type { BrushTextures, Ctx2D } from '../engine/brushes/brush';
import { DOC_HEIGHT, DOC_WIDTH, type Rect } from '../engine/model/document';
import type { RasterSurface } from '../engine/raster';

/** Anything we can get a 2D context from: a DOM canvas here, a Node canvas in unit tests. */
export interface CanvasLike {
  width: number;
  height: number;
  getContext(type: '2d', options?: CanvasRenderingContext2DSettings): unknown;
}

export type CanvasFactory = (width: number, height: number) => CanvasLike;

export const domCanvasFactory: CanvasFactory = (width, height) => {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
};

/**
 * The document-sized canvases behind the picture: `paint` (every finished step) and `scratch`
 * (the stroke in progress). Tracks which of them changed so the stage redraws only that layer.
 */
export class CanvasSurface implements RasterSurface {
  readonly paintCanvas: CanvasLike;
  readonly scratchCanvas: CanvasLike;
  readonly paint: Ctx2D;
  readonly scratch: Ctx2D;
  readonly textures: BrushTextures;
  private paintVersion = 0;
  /** Decoded stamp pictures by id, registered by whoever loads them (stamps are fetched lazily). */
  private readonly stamps = new Map<string, CanvasImageSource>();

  constructor(factory: CanvasFactory = domCanvasFactory) {
    this.paintCanvas = factory(DOC_WIDTH, DOC_HEIGHT);
    this.scratchCanvas = factory(DOC_WIDTH, DOC_HEIGHT);
    // The picture is read back for every undo patch: keep it in CPU memory.
    this.paint = this.paintCanvas.getContext('2d', { willReadFrequently: true }) as Ctx2D;
    this.scratch = this.scratchCanvas.getContext('2d') as Ctx2D;
    this.textures = createTextures(factory);
  }

  /** Increases whenever the picture changes; the stage compares it to decide on a redraw. */
  get version(): number {
    return this.paintVersion;
  }

  readPaint(rect: Rect): Uint32Array {
    const data = this.paint.getImageData(rect.x, rect.y, rect.width, rect.height).data;
    return new Uint32Array(data.buffer, data.byteOffset, data.byteLength / 4);
  }

  writePaint(rect: Rect, pixels: Uint32Array): void {
    this.paint.putImageData(this.imageDataOver(pixels, rect.width, rect.height), rect.x, rect.y);
    this.paintVersion++;
  }

  /** The pixels' own buffer as ImageData: no zero-filled copy of a whole page per fill. */
  private imageDataOver(pixels: Uint32Array, width: number, height: number): ImageData {
    const bytes = new Uint8ClampedArray(pixels.buffer, pixels.byteOffset, pixels.byteLength);
    if (typeof ImageData === 'function') return new ImageData(bytes as Uint8ClampedArray<ArrayBuffer>, width, height);
    // Skia's canvas in unit tests has its own ImageData: copy into one of those.
    const image = this.paint.createImageData(width, height);
    image.data.set(bytes);
    return image;
  }

  commitScratch(rect: Rect, composite: GlobalCompositeOperation, alpha: number): void {
    const { x, y, width, height } = rect;
    this.paint.save();
    this.paint.globalCompositeOperation = composite;
    this.paint.globalAlpha = alpha;
    this.paint.drawImage(this.scratchCanvas as CanvasImageSource, x, y, width, height, x, y, width, height);
    this.paint.restore();
    this.scratch.clearRect(x, y, width, height);
    this.paintVersion++;
  }

  clearScratch(rect: Rect): void {
    this.scratch.clearRect(rect.x, rect.y, rect.width, rect.height);
  }

  clipScratch(rect: Rect, mask: Uint8Array): void {
    const image = this.scratch.getImageData(rect.x, rect.y, rect.width, rect.height);
    const words = new Uint32Array(image.data.buffer);
    for (let y = 0; y < rect.height; y++) {
      const row = (rect.y + y) * DOC_WIDTH + rect.x;
      for (let x = 0; x < rect.width; x++) if (mask[row + x] === 0) words[y * rect.width + x] = 0;
    }
    this.scratch.putImageData(image, rect.x, rect.y);
  }

  registerStamp(id: string, image: CanvasImageSource): void {
    this.stamps.set(id, image);
  }

  drawStamp(stamp: string, x: number, y: number, size: number): boolean {
    const image = this.stamps.get(stamp);
    if (!image) return false;
    this.paint.drawImage(image, x - size / 2, y - size / 2, size, size);
    this.paintVersion++;
    return true;
  }

  clearPaint(): void {
    this.paint.clearRect(0, 0, DOC_WIDTH, DOC_HEIGHT);
    this.paintVersion++;
  }

  /** Frees the canvas memory now (iOS caps the total), rather than at garbage collection. */
  dispose(): void {
    for (const canvas of [this.paintCanvas, this.scratchCanvas]) {
      canvas.width = 0;
      canvas.height = 0;
    }
  }

  /** Puts a decoded checkpoint image in place of the picture. */
  drawPaintImage(image: CanvasImageSource): void {
    this.paint.clearRect(0, 0, DOC_WIDTH, DOC_HEIGHT);
    this.paint.drawImage(image, 0, 0, DOC_WIDTH, DOC_HEIGHT);
    this.paintVersion++;
  }
}

function createTextures(factory: CanvasFactory): BrushTextures {
  const patterns = new WeakMap<object, CanvasPattern | null>();
  let tile: CanvasLike | null = null;
  return {
    grain(ctx) {
      if (patterns.has(ctx)) return patterns.get(ctx) ?? null;
      if (!tile) {
        tile = factory(GRAIN_TILE_SIZE, GRAIN_TILE_SIZE);
        const tctx = tile.getContext('2d') as Ctx2D;
        const image = tctx.createImageData(GRAIN_TILE_SIZE, GRAIN_TILE_SIZE);
        image.data.set(createGrainTile());
        tctx.putImageData(image, 0, 0);
      }
      const pattern = ctx.createPattern(tile as CanvasImageSource, 'repeat');
      patterns.set(ctx, pattern);
      return pattern;
    },
  };
}
