import type { StrokeRenderer } from '../brushes/brush';
import { getBrush } from '../brushes/registry';
import type { Rect } from '../model/document';
import { type Op, pointCount, type StrokeOp } from '../model/ops';
import { type PageContext, prepareOp } from '../painting';
import { applyOp, copiesOfOp } from '../symmetricStep';
import type { RasterSurface } from '../raster';
import type { ReplaySchedule } from './replaySchedule';

/** The stroke being drawn at this moment of the replay: shown from the scratch surface like a live one. */
export interface ReplayLive {
  /** The brush's own blend: 'destination-out' for the eraser. */
  composite: GlobalCompositeOperation;
  alpha: number;
  /** Where on the page the stroke has reached so far. */
  rect: Rect | null;
}

/**
 * Rebuilds a picture step by step on a surface, at any moment of its schedule: finished steps are
 * applied exactly as on reopening (so the end is the picture itself), and the stroke in progress
 * grows on the scratch surface point by point, as the finger drew it.
 */
export class ReplayRun {
  private next = 0;
  /** The stroke growing now: one renderer per copy (a symmetric stroke grows in every copy). */
  private live: { index: number; copies: { op: StrokeOp; renderer: StrokeRenderer }[] } | null = null;

  constructor(
    private readonly ops: readonly Op[],
    private readonly schedule: ReplaySchedule,
    private readonly surface: RasterSurface,
    private readonly page: PageContext,
  ) {}

  /** How many steps have fully landed. */
  get landed(): number {
    return this.next;
  }

  get finished(): boolean {
    return this.next >= this.ops.length;
  }

  /** Moves forward to replay time `t` (ms at 1×); returns the stroke in progress, if any. */
  advanceTo(t: number): ReplayLive | null {
    while (this.next < this.ops.length) {
      const step = this.schedule.steps[this.next]!;
      if (step.start + step.duration > t) break;
      this.land(this.next);
      this.next++;
    }
    if (this.finished) return null;
    const op = this.ops[this.next]!;
    const step = this.schedule.steps[this.next]!;
    if (op.kind !== 'stroke' || t < step.start) return null;
    const count = pointCount(op);
    const shown = Math.max(1, Math.min(count, Math.ceil((count * (t - step.start)) / Math.max(1, step.duration))));
    let rect: Rect | null = null;
    for (const copy of this.copiesFor(this.next, op)) {
      copy.renderer.draw(this.surface.scratch, copy.op.points, shown, false);
      rect = union(rect, copy.renderer.bounds.toPageRect());
    }
    const spec = getBrush(op.brush);
    return { composite: spec.composite, alpha: spec.alpha, rect };
  }

  /** Back to the empty page, to play again from the start. */
  restart(): void {
    this.abandonLive();
    this.surface.clearPaint();
    this.next = 0;
  }

  private land(index: number): void {
    const op = this.ops[index]!;
    if (op.kind === 'stroke' && !op.symmetry && this.live?.index === index) {
      // The stroke was growing: finish it with all its points, then join it to the picture.
      const [{ renderer }] = this.live.copies as [{ op: StrokeOp; renderer: StrokeRenderer }];
      renderer.draw(this.surface.scratch, op.points, pointCount(op), true);
      prepareOp(this.surface, op, this.page, renderer)?.paint();
      this.live = null;
      return;
    }
    // Copies of a symmetric stroke share the scratch surface while they grow: they land the way
    // reopening draws them, one after the other from a clean scratch.
    this.abandonLive();
    applyOp(this.surface, op, this.page);
  }

  private copiesFor(index: number, op: StrokeOp): { op: StrokeOp; renderer: StrokeRenderer }[] {
    if (this.live?.index !== index) {
      this.abandonLive();
      const copies = copiesOfOp(op) as StrokeOp[];
      this.live = { index, copies: copies.map((copy) => ({ op: copy, renderer: getBrush(copy.brush).createRenderer(copy, this.surface.textures) })) };
    }
    return this.live.copies;
  }

  private abandonLive(): void {
    if (!this.live) return;
    for (const { renderer } of this.live.copies) {
      const rect = renderer.bounds.toPageRect();
      if (rect) this.surface.clearScratch(rect);
    }
    this.live = null;
  }
}

function union(a: Rect | null, b: Rect | null): Rect | null {
  if (!a || !b) return a ?? b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}
