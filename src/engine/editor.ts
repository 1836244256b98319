import type { StrokeRenderer, StrokeStyle } from './brushes/brush';
import { getBrush } from './brushes/registry';
import { decodeRle, encodeRle } from './history/rle';
import { DEFAULT_HISTORY_LIMITS, History, type HistoryLimits } from './history/history';
import { FULL_PAGE, type Rect } from './model/document';
import { colorHex } from './model/palette';
import { type BrushId, type Op, type StrokeOp, quantiseCoord, quantisePressure } from './model/ops';
import { type FilterAction, PointerFilter, type RawPointer } from './input/pointerFilter';
import { normalisePressure } from './input/pressure';
import { Stabiliser, type Point } from './input/stabiliser';
import { randomSeed } from './random';
import type { RasterSurface } from './raster';
import { replayOp } from './replay';

export type EditorEvent = 'tool' | 'document';

export interface LiveView {
  rect: Rect;
  alpha: number;
  composite: GlobalCompositeOperation;
}

interface LiveStroke {
  style: StrokeStyle;
  brush: BrushId;
  renderer: StrokeRenderer;
  stabiliser: Stabiliser;
  points: number[];
}

export interface EditorOptions {
  historyLimits?: HistoryLimits;
  nextSeed?: () => number;
}

/**
 * The drawing editor: turns filtered pointer input into strokes, keeps the op log and the undo
 * history, and draws through a RasterSurface. No React, Konva or storage in here.
 */
export class Editor {
  brush: BrushId = 'marker';
  color = colorHex('red');
  size = 34;
  /** Stabiliser string length in document pixels (the renderer converts from screen pixels). */
  stabiliserRadius = 0;

  private readonly filter = new PointerFilter();
  private readonly history: History;
  private readonly nextSeed: () => number;
  private readonly listeners = new Set<(event: EditorEvent) => void>();
  private opLog: Op[] = [];
  private live: LiveStroke | null = null;

  constructor(
    private readonly surface: RasterSurface,
    options: EditorOptions = {},
  ) {
    this.history = new History(options.historyLimits ?? DEFAULT_HISTORY_LIMITS);
    this.nextSeed = options.nextSeed ?? randomSeed;
  }

  get ops(): readonly Op[] {
    return this.opLog;
  }

  get canUndo(): boolean {
    return this.history.canUndo || this.live !== null;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  get historyBytes(): number {
    return this.history.byteSize;
  }

  get isDrawing(): boolean {
    return this.live !== null;
  }

  subscribe(listener: (event: EditorEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setBrush(brush: BrushId): void {
    this.brush = brush;
    this.emit('tool');
  }

  setColor(hex: string): void {
    this.color = hex;
    this.emit('tool');
  }

  setSize(size: number): void {
    this.size = size;
    this.emit('tool');
  }

  handlePointer(sample: RawPointer): void {
    const action = this.filter.handle(sample);
    if (action) this.apply(action);
  }

  /** Draws the points gathered since the last frame; returns what the live layer should show. */
  renderFrame(): LiveView | null {
    const live = this.live;
    if (!live) return null;
    live.renderer.draw(this.surface.scratch, live.points, live.points.length / 3, false);
    const rect = live.renderer.bounds.toPageRect();
    if (!rect) return null;
    const spec = getBrush(live.brush);
    return { rect, alpha: spec.alpha, composite: spec.composite };
  }

  undo(): boolean {
    this.finishLiveStroke();
    const entry = this.history.takeUndo();
    if (!entry) return false;
    const pixels = decodeRle(entry.before, entry.rect.width * entry.rect.height);
    this.surface.writePaint(entry.rect, pixels);
    this.opLog.pop();
    this.emit('document');
    return true;
  }

  redo(): boolean {
    if (this.live) return false;
    const entry = this.history.takeRedo();
    if (!entry) return false;
    replayOp(this.surface, entry.op);
    this.opLog.push(entry.op);
    this.emit('document');
    return true;
  }

  /** Clears the picture as one undoable step; a blank picture stays as it is. */
  clear(): boolean {
    this.finishLiveStroke();
    const last = this.opLog[this.opLog.length - 1];
    if (!last || last.kind === 'clear') return false;
    this.record({ kind: 'clear' }, FULL_PAGE, () => this.surface.clearPaint());
    return true;
  }

  /** Replaces the document with a stored op log, replaying ops from `from` onto the current surface. */
  load(ops: readonly Op[], from = 0): void {
    this.cancelLiveStroke();
    for (let i = from; i < ops.length; i++) replayOp(this.surface, ops[i] as Op);
    this.opLog = ops.slice();
    this.history.reset();
    this.emit('document');
  }

  private apply(action: FilterAction): void {
    switch (action.type) {
      case 'start':
        this.startStroke(action.sample);
        break;
      case 'move':
        this.extendStroke(action.sample);
        break;
      case 'end':
        this.extendStroke(action.sample);
        this.finishLiveStroke();
        break;
      case 'cancel':
        this.cancelLiveStroke();
        break;
    }
  }

  private startStroke(sample: RawPointer): void {
    this.cancelLiveStroke();
    const style: StrokeStyle = {
      brush: this.brush,
      color: this.color,
      size: this.size,
      seed: this.nextSeed(),
      pressure: sample.kind === 'pen',
    };
    const stabiliser = new Stabiliser(this.stabiliserRadius);
    const renderer = getBrush(this.brush).createRenderer(style, this.surface.textures);
    this.live = { style, brush: this.brush, renderer, stabiliser, points: [] };
    this.addPoint(stabiliser.start(toPoint(sample)));
  }

  private extendStroke(sample: RawPointer): void {
    const point = this.live?.stabiliser.move(toPoint(sample));
    if (point) this.addPoint(point);
  }

  private addPoint(point: Point): void {
    this.live?.points.push(quantiseCoord(point.x), quantiseCoord(point.y), quantisePressure(point.p));
  }

  private finishLiveStroke(): void {
    const live = this.live;
    if (!live) return;
    this.live = null;
    live.renderer.draw(this.surface.scratch, live.points, live.points.length / 3, true);
    const rect = live.renderer.bounds.toPageRect();
    if (!rect) return;
    const op: StrokeOp = { kind: 'stroke', ...live.style, points: Float32Array.from(live.points) };
    const spec = getBrush(live.brush);
    this.record(op, rect, () => this.surface.commitScratch(rect, spec.composite, spec.alpha));
  }

  private cancelLiveStroke(): void {
    const live = this.live;
    if (!live) return;
    this.live = null;
    const rect = live.renderer.bounds.toPageRect();
    if (rect) this.surface.clearScratch(rect);
    this.emit('document');
  }

  private record(op: Op, rect: Rect, applyToPaint: () => void): void {
    const before = encodeRle(this.surface.readPaint(rect));
    applyToPaint();
    this.history.push({ op, rect, before });
    this.opLog.push(op);
    this.emit('document');
  }

  private emit(event: EditorEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

function toPoint(sample: RawPointer): Point {
  return { x: sample.x, y: sample.y, p: normalisePressure(sample.kind, sample.pressure) };
}

