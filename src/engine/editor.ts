import type { Ctx2D, StrokeRenderer, StrokeStyle } from './brushes/brush';
import { getBrush } from './brushes/registry';
import { DEFAULT_HISTORY_LIMITS, History, type HistoryLimits } from './history/history';
import { decodeTile, diffTiles } from './history/tilePatch';
import { FULL_PAGE, MAX_STROKE_POINTS, type Rect } from './model/document';
import { colorHex } from './model/palette';
import { type BrushId, type Op, type StrokeOp, quantiseCoord, quantisePressure } from './model/ops';
import { type FilterAction, PointerFilter, type RawPointer } from './input/pointerFilter';
import { clampToMargin, normalisePressure } from './input/pressure';
import { Stabiliser, type Point } from './input/stabiliser';
import { randomSeed } from './random';
import type { RasterSurface } from './raster';
import { replayOp } from './replay';

/** 'document': the picture changed (save it); 'tool': a choice changed; 'stroke': a stroke began or was dropped. */
export type EditorEvent = 'tool' | 'document' | 'stroke';

export interface LiveView {
  rect: Rect;
  alpha: number;
  composite: GlobalCompositeOperation;
  /** Changes with every new stroke, so the screen knows when to start a fresh preview. */
  serial: number;
}

interface LiveStroke {
  style: StrokeStyle;
  renderer: StrokeRenderer;
  /** The same stroke at screen resolution for display, when the renderer asks for one. */
  preview: StrokeRenderer | null;
  stabiliser: Stabiliser;
  points: number[];
  serial: number;
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
  private serial = 0;

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

  get undoDepth(): number {
    return this.history.undoDepth;
  }

  get isDrawing(): boolean {
    return this.live !== null;
  }

  /** The serial of the stroke in progress (0 when none). */
  get liveSerial(): number {
    return this.live?.serial ?? 0;
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
    for (const action of this.filter.handle(sample)) this.apply(action);
  }

  /**
   * Draws the points gathered since the last frame into the scratch surface and, when given, into
   * a screen-resolution preview context (already transformed to document coordinates). Only new
   * points are drawn, so the cost per frame does not grow with the picture.
   */
  renderFrame(preview?: Ctx2D): LiveView | null {
    const live = this.live;
    if (!live) return null;
    const count = live.points.length / 3;
    // A brush that repaints its whole outline only needs the scratch copy once, at the end.
    if (!preview || !live.renderer.redrawsWhole) live.renderer.draw(this.surface.scratch, live.points, count, false);
    if (preview) {
      live.preview ??= getBrush(live.style.brush).createRenderer(live.style, this.surface.textures);
      live.preview.draw(preview, live.points, count, false);
    }
    const rect = (live.preview ?? live.renderer).bounds.toPageRect();
    if (!rect) return null;
    const spec = getBrush(live.style.brush);
    return { rect, alpha: spec.alpha, composite: spec.composite, serial: live.serial };
  }

  undo(): boolean {
    this.finishLiveStroke();
    const entry = this.history.takeUndo();
    if (!entry) return false;
    for (const tile of entry.tiles) this.surface.writePaint(tile.rect, decodeTile(tile));
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
    this.dropLiveStroke();
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
        if (action.sample) this.extendStroke(action.sample);
        this.finishLiveStroke();
        break;
      case 'cancel':
        this.dropLiveStroke();
        break;
    }
  }

  private startStroke(sample: RawPointer, at: Point = toPoint(sample)): void {
    this.dropLiveStroke();
    const style: StrokeStyle = { brush: this.brush, color: this.color, size: this.size, seed: this.nextSeed(), pressure: sample.kind === 'pen' };
    const stabiliser = new Stabiliser(this.stabiliserRadius);
    const renderer = getBrush(style.brush).createRenderer(style, this.surface.textures);
    this.live = { style, renderer, preview: null, stabiliser, points: [], serial: ++this.serial };
    this.addPoint(stabiliser.start(at));
    this.emit('stroke');
  }

  private extendStroke(sample: RawPointer): void {
    const live = this.live;
    const point = live?.stabiliser.move(toPoint(sample));
    if (!live || !point) return;
    this.addPoint(point);
    if (live.points.length / 3 >= MAX_STROKE_POINTS) {
      // Very long scribbles continue as a new stroke from the same spot.
      this.finishLiveStroke();
      this.startStroke(sample, point);
    }
  }

  private addPoint(point: Point): void {
    this.live?.points.push(quantiseCoord(clampToMargin(point.x, 'x')), quantiseCoord(clampToMargin(point.y, 'y')), quantisePressure(point.p));
  }

  private finishLiveStroke(): void {
    const live = this.live;
    if (!live) return;
    this.live = null;
    live.renderer.draw(this.surface.scratch, live.points, live.points.length / 3, true);
    const rect = live.renderer.bounds.toPageRect();
    if (!rect) return this.emit('stroke');
    const op: StrokeOp = { kind: 'stroke', ...live.style, points: Float32Array.from(live.points) };
    const spec = getBrush(live.style.brush);
    this.record(op, rect, () => this.surface.commitScratch(rect, spec.composite, spec.alpha));
  }

  /** A cancelled stroke (pinch, palm) leaves no pixels, no op and no undo step. */
  private dropLiveStroke(): void {
    const live = this.live;
    if (!live) return;
    this.live = null;
    const rect = live.renderer.bounds.toPageRect();
    if (rect) this.surface.clearScratch(rect);
    this.emit('stroke');
  }

  private record(op: Op, rect: Rect, applyToPaint: () => void): void {
    const before = this.surface.readPaint(rect);
    applyToPaint();
    const tiles = diffTiles(rect, before, this.surface.readPaint(rect));
    this.history.push({ op, tiles });
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
