import type { BrushTextures, Ctx2D, StrokeRenderer, StrokeStyle } from './brushes/brush';
import { getBrush } from './brushes/registry';
import { clampToPage } from './geometry/bounds';
import { type Rect } from './model/document';
import { type StrokeOp, quantiseCoord, quantisePressure } from './model/ops';
import { clampToMargin } from './input/pressure';
import { Stabiliser, type Point } from './input/stabiliser';
import type { FillResult } from './fill/floodFill';
import { type CopyTransform, mapPoint } from './geometry/symmetry';

/** A mirrored copy of the stroke: where it is carried, and the region it stays inside. */
export interface Mirror {
  transform: CopyTransform;
  region: FillResult | null;
}

interface LiveMirror extends Mirror {
  points: number[];
  renderer: StrokeRenderer | null;
}

/** Part of the screen a frame drew on, and the region that part must stay inside (if any). */
export interface PreviewArea {
  rect: Rect | null;
  region: FillResult | null;
}

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
  /** The copies a symmetry adds, drawn on screen only: the scratch surface gets them as the step is painted. */
  private readonly mirrors: LiveMirror[];

  constructor(
    readonly style: StrokeStyle & { clip?: { x: number; y: number } },
    readonly serial: number,
    readonly region: FillResult | null,
    private readonly textures: BrushTextures,
    stabiliserRadius: number,
    start: Point,
    mirrors: readonly Mirror[] = [],
  ) {
    this.mirrors = mirrors.map((m) => ({ ...m, points: [], renderer: null }));
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

  /**
   * Draws the new points on screen, and each mirrored copy's; returns the document areas this
   * frame touched, each with the region its copy stays inside.
   */
  drawPreview(ctx: Ctx2D): PreviewArea[] {
    this.preview ??= getBrush(this.style.brush).createRenderer(this.style, this.textures);
    const from = Math.max(0, this.previewDrawn - 1);
    const areas: PreviewArea[] = [{ rect: this.drawPreviewCopy(ctx, this.preview, this.points, from), region: this.region }];
    for (const mirror of this.mirrors) {
      mirror.renderer ??= getBrush(this.style.brush).createRenderer(this.style, this.textures);
      for (let i = mirror.points.length / 3; i < this.count; i++) {
        const p = mapPoint(mirror.transform, this.points[i * 3]!, this.points[i * 3 + 1]!);
        mirror.points.push(p.x, p.y, this.points[i * 3 + 2]!);
      }
      areas.push({ rect: this.drawPreviewCopy(ctx, mirror.renderer, mirror.points, from), region: mirror.region });
    }
    this.previewDrawn = this.count;
    return areas;
  }

  private drawPreviewCopy(ctx: Ctx2D, renderer: StrokeRenderer, points: number[], from: number): Rect | null {
    renderer.draw(ctx, points, this.count, false);
    if (renderer.redrawsWhole) return renderer.bounds.toPageRect();
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = from; i < this.count; i++) {
      const x = points[i * 3] ?? 0;
      const y = points[i * 3 + 1] ?? 0;
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
