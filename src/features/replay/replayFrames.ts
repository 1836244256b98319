import { DOC_HEIGHT, DOC_WIDTH, type Rect } from '../../engine/model/document';
import type { ReplayLive } from '../../engine/therapy/replayRun';
import type { CanvasSurface } from '../../render/canvasSurface';

type Ctx = CanvasRenderingContext2D;

/**
 * The stroke in progress, from the document-sized scratch surface into `ctx` at `scale`. The eraser
 * shows as paper (white) until it lands: on white paper that is exactly what erasing looks like.
 */
export function drawLiveStroke(ctx: Ctx, surface: CanvasSurface, live: ReplayLive, scale: number): Rect | null {
  const rect = live.rect;
  if (!rect) return null;
  const source = surface.scratchCanvas as CanvasImageSource;
  const dx = Math.floor(rect.x * scale);
  const dy = Math.floor(rect.y * scale);
  const dw = Math.ceil((rect.x + rect.width) * scale) - dx;
  const dh = Math.ceil((rect.y + rect.height) * scale) - dy;
  if (dw <= 0 || dh <= 0) return null;
  ctx.save();
  ctx.globalAlpha = live.alpha;
  if (live.composite === 'destination-out') {
    // Paper-coloured: the stroke's shape, painted white.
    const shape = document.createElement('canvas');
    shape.width = dw;
    shape.height = dh;
    const shapeCtx = shape.getContext('2d');
    if (shapeCtx) {
      shapeCtx.drawImage(source, dx / scale, dy / scale, dw / scale, dh / scale, 0, 0, dw, dh);
      shapeCtx.globalCompositeOperation = 'source-in';
      shapeCtx.fillStyle = '#ffffff';
      shapeCtx.fillRect(0, 0, dw, dh);
      ctx.globalAlpha = 1;
      ctx.drawImage(shape, dx, dy);
    }
    shape.width = 0;
  } else {
    ctx.drawImage(source, dx / scale, dy / scale, dw / scale, dh / scale, dx, dy, dw, dh);
  }
  ctx.restore();
  return { x: dx, y: dy, width: dw, height: dh };
}

/** A whole frame of the replay as people see it: paper, paint, the stroke in progress, the outlines. */
export function composeFrame(ctx: Ctx, surface: CanvasSurface, live: ReplayLive | null, lineArt: CanvasImageSource | null): void {
  const { width, height } = ctx.canvas;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(surface.paintCanvas as CanvasImageSource, 0, 0, width, height);
  if (live) drawLiveStroke(ctx, surface, live, width / DOC_WIDTH);
  if (lineArt) ctx.drawImage(lineArt, 0, 0, width, height);
}

/**
 * The player's view: the paint on one canvas, redrawn only when a step lands, the stroke in
 * progress on a canvas above it, redrawn only where it grows, and the outlines on top, drawn once.
 */
export class ReplayView {
  private drawnVersion = -1;
  private liveRect: Rect | null = null;

  constructor(
    private readonly base: HTMLCanvasElement,
    private readonly liveLayer: HTMLCanvasElement,
    private readonly outlines: HTMLCanvasElement,
    private readonly surface: CanvasSurface,
    private readonly lineArt: CanvasImageSource | null,
  ) {}

  /** Sizes the canvases for `cssWidth` at the device's pixel ratio (the page keeps its shape). */
  resize(cssWidth: number, pixelRatio: number): void {
    const width = Math.max(1, Math.round(cssWidth * pixelRatio));
    const height = Math.max(1, Math.round((width * DOC_HEIGHT) / DOC_WIDTH));
    for (const canvas of [this.base, this.liveLayer, this.outlines]) {
      canvas.width = width;
      canvas.height = height;
    }
    const outlines = this.outlines.getContext('2d');
    if (outlines && this.lineArt) {
      outlines.imageSmoothingQuality = 'high';
      outlines.drawImage(this.lineArt, 0, 0, width, height);
    }
    this.drawnVersion = -1;
    this.liveRect = null;
  }

  draw(live: ReplayLive | null): void {
    const base = this.base.getContext('2d');
    const layer = this.liveLayer.getContext('2d');
    if (!base || !layer) return;
    if (this.surface.version !== this.drawnVersion) {
      this.drawnVersion = this.surface.version;
      base.fillStyle = '#ffffff';
      base.fillRect(0, 0, this.base.width, this.base.height);
      base.imageSmoothingQuality = 'high';
      base.drawImage(this.surface.paintCanvas as CanvasImageSource, 0, 0, this.base.width, this.base.height);
    }
    if (this.liveRect) layer.clearRect(this.liveRect.x - 1, this.liveRect.y - 1, this.liveRect.width + 2, this.liveRect.height + 2);
    this.liveRect = live ? drawLiveStroke(layer, this.surface, live, this.liveLayer.width / DOC_WIDTH) : null;
  }
}
