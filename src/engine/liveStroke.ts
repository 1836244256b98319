import type { BrushTextures, Ctx2D, StrokeRenderer, StrokeStyle } from './brushes/brush';
import { getBrush } from './brushes/registry';
import { clampToPage } from './geometry/bounds';
import { type Rect } from './model/document';
import { type StrokeOp, quantiseCoord, quantisePressure } from './model/ops';
import { clampToMargin } from './input/pressure';
import { Stabiliser, type Point } from './input/stabiliser';
import type { FillResult } from './fill/floodFill';

/**
 * The stroke under the finger: its points (stabilised, quantised), the renderer for the
 * document-resolution scratch surface and, once the screen asks, one for the on-screen preview.
 */
export class LiveStroke {
  readonly points: number[] = [];
  readonly renderer: StrokeRenderer;
  private preview: StrokeRenderer | null = null;
  private readonly stabiliser: Stabiliser;
  private previewDrawn = 0;

  constructor(
    readonly style: StrokeStyle & { clip?: { x: number; y: number } },
    readonly serial: number,
    readonly region: FillResult | null,
    private readonly textures: BrushTextures,
    stabiliserRadius: number,
    start: Point,
  ) {
    this.renderer = getBrush(style.brush).createRenderer(style, textures);
    this.stabiliser = new Stabiliser(stabiliserRadius);
    this.add(this.stabiliser.start(start));
  }

  get count(): number {
    return this.points.length / 3;
  }

  /** Adds a finger position; returns false when the stabiliser held the brush still. */
  extend(point: Point): boolean {
    const next = this.stabiliser.move(point);
    if (!next) return false;
    this.add(next);
    return true;
  }

  get lastPoint(): Point {
    const n = this.points.length;
    return { x: this.points[n - 3] ?? 0, y: this.points[n - 2] ?? 0, p: this.points[n - 1] ?? 0.5 };
  }

  drawScratch(scratch: Ctx2D, final: boolean): void {
    this.renderer.draw(scratch, this.points, this.count, final);
  }

  /** Draws the new points on screen; returns the document area this frame touched. */
  drawPreview(ctx: Ctx2D): Rect | null {
    this.preview ??= getBrush(this.style.brush).createRenderer(this.style, this.textures);
    const from = Math.max(0, this.previewDrawn - 1);
    this.preview.draw(ctx, this.points, this.count, false);
    this.previewDrawn = this.count;
    if (this.preview.redrawsWhole) return this.preview.bounds.toPageRect();
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = from; i < this.count; i++) {
      const x = this.points[i * 3] ?? 0;
      const y = this.points[i * 3 + 1] ?? 0;
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    const pad = this.style.size * 1.3 + 4;
    return clampToPage(minX - pad, minY - pad, maxX + pad, maxY + pad);
  }

  toOp(): StrokeOp {
    const { clip, ...style } = this.style;
    return { kind: 'stroke', ...style, points: Float32Array.from(this.points), ...(clip ? { clip } : {}) };
  }

  private add(point: Point): void {
    this.points.push(quantiseCoord(clampToMargin(point.x, 'x')), quantiseCoord(clampToMargin(point.y, 'y')), quantisePressure(point.p));
  }
}
