import type { Ctx2D } from './brushes/brush';
import { getBrush } from './brushes/registry';
import type { HistoryLimits } from './history/history';
import { StepLog } from './history/stepLog';
import { decodeTile } from './history/tilePatch';
import { type BrushId, type FillOp, type Op, type StampOp, type ToolId } from './model/ops';
import { MAX_STROKE_POINTS } from './model/document';
import { colorHex } from './model/palette';
import { type FilterAction, PointerFilter, type RawPointer } from './input/pointerFilter';
import { LiveStroke, type PreviewArea } from './liveStroke';
import { BLANK_PAGE, FILL_TOLERANCE, type PageContext, regionAt, stampRect } from './painting';
import type { Symmetry } from './geometry/symmetry';
import { applyOp, liveMirrors, paintStep } from './symmetricStep';
import { randomSeed } from './random';
import type { RasterSurface } from './raster';
import { createTools } from './tools/registry';
import { type Tool, type ToolDocument, type ToolPointer, toolPointerOf, type ToolState, transition } from './tools/tool';

/** 'document': the picture changed (save it); 'tool': a choice changed; 'stroke': a stroke began or was dropped; 'placed': a fill or stamp landed. */
export type EditorEvent = 'tool' | 'document' | 'stroke' | 'placed';

export interface LiveView {
  alpha: number;
  serial: number;
  /** Document areas drawn on screen this frame (one per mirrored copy), each with the region it must stay inside when staying inside the lines. */
  areas: PreviewArea[];
}

export interface EditorOptions {
  historyLimits?: HistoryLimits;
  nextSeed?: () => number;
  /** The clock each step's timing is read from (ms since 1970). */
  now?: () => number;
}

/**
 * The drawing editor: turns filtered pointer input into strokes, fills and stamps, keeps the op
 * log and the undo history, and draws through a RasterSurface. No React, Konva or storage here.
 */
export class Editor {
  tool: ToolId = 'marker';
  color = colorHex('red');
  size = 34;
  stamp: string | null = null;
  stampSize = 300;
  /** Stay inside the lines on colouring pages. */
  stayInside = true;
  /** Stabiliser string length in document pixels (the renderer converts from screen pixels). */
  stabiliserRadius = 0;
  /** Shown only: input and steps are ignored (the picture is open for editing elsewhere). */
  readOnly = false;
  /** Every stroke, fill and stamp repeated around the page centre (a mandala), or each once. */
  symmetry: Symmetry | null = null;

  private readonly filter = new PointerFilter();
  private readonly steps: StepLog;
  private readonly nextSeed: () => number;
  private readonly now: () => number;
  private liveStartedAt = 0; // when the stroke in progress began
  private readonly listeners = new Set<(event: EditorEvent) => void>();
  private page: PageContext = BLANK_PAGE;
  private live: LiveStroke | null = null;
  private serial = 0;
  private readonly tools: Record<ToolId, Tool>;
  /** The state of the tool a gesture began with, until it rests again (a new tool waits for the next gesture). */
  private gesture: ToolState | null = null;

  constructor(
    private readonly surface: RasterSurface,
    options: EditorOptions = {},
  ) {
    this.steps = new StepLog(options.historyLimits);
    this.nextSeed = options.nextSeed ?? randomSeed;
    this.now = options.now ?? Date.now;
    this.tools = createTools(this.toolDocument());
  }

  get ops(): readonly Op[] {
    return this.steps.ops;
  }

  get canUndo(): boolean {
    return this.steps.canUndo || this.live !== null;
  }

  get canRedo(): boolean {
    return this.steps.canRedo;
  }

  get historyBytes(): number {
    return this.steps.byteSize;
  }

  get undoDepth(): number {
    return this.steps.undoDepth;
  }

  get isDrawing(): boolean {
    return this.live !== null;
  }

  get liveSerial(): number {
    return this.live?.serial ?? 0;
  }

  subscribe(listener: (event: EditorEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The colouring page's outlines; set before loading ops so fills replay against them. */
  setPage(page: PageContext): void {
    this.page = page;
  }

  setTool(tool: ToolId): void {
    this.tool = tool;
    this.emit('tool');
  }

  setColor(hex: string): void {
    this.color = hex;
    this.emit('tool');
  }

  setSize(size: number, stampSize = this.stampSize): void {
    this.size = size;
    this.stampSize = stampSize;
    this.emit('tool');
  }

  setSymmetry(symmetry: Symmetry | null): void {
    this.symmetry = symmetry;
    this.emit('tool');
  }

  setStamp(stamp: string): void {
    this.stamp = stamp;
    this.tool = 'stamp';
    this.emit('tool');
  }

  /** Touch, pen and mouse: raw samples pass the pointer filter (palms, pinches) first. */
  handlePointer(sample: RawPointer): void {
    if (this.readOnly) return;
    for (const action of this.filter.handle(sample)) this.handleAction(action);
  }

  /** Any input mode's filtered action (a keyboard or switch cursor, a dwell) goes to the tool in use. */
  handleAction(action: FilterAction): void {
    if (this.readOnly) return;
    // A new gesture finishes one its source left open (nothing drawn is lost) and uses the tool chosen now.
    if (action.type === 'start' && this.gesture) this.gesture = transition(this.gesture, { type: 'end' }, null);
    const state = this.gesture?.name === 'idle' ? null : this.gesture;
    const sample = action.type === 'cancel' ? undefined : action.sample;
    const next = transition(state ?? this.tools[this.tool].idle, action, sample ? toolPointerOf(sample) : null);
    this.gesture = next.name === 'idle' ? null : next;
  }

  /**
   * Draws the points gathered since the last frame into the scratch surface and, when given, into
   * a screen-resolution preview context (already transformed to document coordinates).
   */
  renderFrame(preview?: Ctx2D): LiveView | null {
    const live = this.live;
    if (!live) return null;
    // A brush that repaints its whole outline only needs the scratch copy once, at the end.
    if (!preview || !live.renderer.redrawsWhole) live.drawScratch(this.surface.scratch, false);
    const areas = preview ? live.drawPreview(preview) : [];
    return { alpha: getBrush(live.style.brush).alpha, serial: live.serial, areas };
  }

  undo(): boolean {
    if (this.readOnly) return false;
    this.finishLiveStroke();
    const entry = this.steps.takeUndo();
    if (!entry) return false;
    for (const tile of entry.tiles) this.surface.writePaint(tile.rect, decodeTile(tile));
    this.emit('document');
    return true;
  }

  redo(): boolean {
    if (this.live || this.readOnly) return false;
    const entry = this.steps.takeRedo();
    if (!entry) return false;
    applyOp(this.surface, entry.op, this.page);
    this.emit('document');
    return true;
  }

  /** Clears the picture as one undoable step; a blank picture stays as it is. */
  clear(): boolean {
    if (this.readOnly) return false;
    this.finishLiveStroke();
    const last = this.steps.last;
    if (!last || last.kind === 'clear') return false;
    this.recordStep({ kind: 'clear', timing: { at: this.now(), ms: 0 } });
    return true;
  }

  /** Replaces the document with a stored op log, replaying ops from `from` onto the current surface. */
  load(ops: readonly Op[], from = 0): void {
    this.dropLiveStroke();
    this.steps.settle();
    for (let i = from; i < ops.length; i++) applyOp(this.surface, ops[i] as Op, this.page);
    this.steps.reset(ops);
    this.emit('document');
  }

  /** Fills the region at (x, y) with the current colour; false when that would change nothing. */
  fillAt(x: number, y: number): boolean {
    if (this.readOnly) return false;
    this.finishLiveStroke();
    const op: FillOp = { kind: 'fill', x: Math.round(x), y: Math.round(y), color: this.color, tolerance: FILL_TOLERANCE, timing: { at: this.now(), ms: 0 }, ...this.symmetryOfStep() };
    return this.recordStep(op);
  }

  /** Places the chosen stamp centred on (x, y); false when none is chosen or it is off the page. */
  stampAt(x: number, y: number): boolean {
    if (this.readOnly || !this.stamp) return false;
    this.finishLiveStroke();
    const op: StampOp = { kind: 'stamp', stamp: this.stamp, x: Math.round(x), y: Math.round(y), size: this.stampSize, timing: { at: this.now(), ms: 0 }, ...this.symmetryOfStep() };
    return stampRect(op) !== null && this.recordStep(op);
  }

  /** What the tools may do, bound to this editor. */
  private toolDocument(): ToolDocument {
    return {
      beginStroke: (brush, at) => this.startStroke(brush, at),
      extendStroke: (at) => this.extendStroke(at),
      finishStroke: () => this.finishLiveStroke(),
      dropStroke: () => this.dropLiveStroke(),
      fillAt: (x, y) => this.fillAt(x, y),
      stampAt: (x, y) => this.stampAt(x, y),
    };
  }

  private startStroke(brush: BrushId, at: ToolPointer): void {
    this.dropLiveStroke();
    const clipPoint = this.stayInside && this.page.walls ? { x: Math.round(at.x), y: Math.round(at.y) } : undefined;
    const region = clipPoint ? regionAt(this.page, clipPoint.x, clipPoint.y) : null;
    const style = { brush, color: this.color, size: this.size, seed: this.nextSeed(), pressure: at.pen, ...(region && clipPoint ? { clip: clipPoint } : {}) };
    const mirrors = liveMirrors(this.symmetry, this.page, clipPoint);
    this.live = new LiveStroke(style, ++this.serial, region, this.surface.textures, this.stabiliserRadius, at, mirrors);
    this.liveStartedAt = this.now();
    this.emit('stroke');
  }

  private extendStroke(at: ToolPointer): void {
    const live = this.live;
    if (!live || !live.extend(at)) return;
    if (live.count >= MAX_STROKE_POINTS) {
      // Very long scribbles continue as a new stroke from the same spot, with the same brush.
      const brush = live.style.brush;
      const from = { ...live.lastPoint, pen: at.pen };
      this.finishLiveStroke();
      this.startStroke(brush, from);
    }
  }

  private finishLiveStroke(): void {
    const live = this.live;
    if (!live) return;
    this.live = null;
    live.drawScratch(this.surface.scratch, true);
    if (!live.renderer.bounds.toPageRect()) return this.emit('stroke');
    const op = { ...live.toOp(), timing: { at: this.liveStartedAt, ms: Math.max(0, this.now() - this.liveStartedAt) }, ...this.symmetryOfStep() };
    this.recordStep(op, live);
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

  /**
   * Paints a step (every copy of a mirrored one) and logs it as one undo step; false when a fill
   * changed nothing. A lone fill's undo patch is worked out just after its pixels are on screen.
   */
  private recordStep(op: Op, live?: LiveStroke): boolean {
    this.steps.settle();
    const painted = paintStep(this.surface, op, this.page, live?.renderer);
    if (!painted.changed && op.kind === 'fill') return false;
    if (painted.deferred) this.steps.pushLater(op, painted.undo);
    else this.steps.push(op, painted.undo());
    if (op.kind === 'fill' || op.kind === 'stamp') this.emit('placed');
    this.emit('document');
    return true;
  }

  private symmetryOfStep(): { symmetry?: Symmetry } {
    return this.symmetry ? { symmetry: this.symmetry } : {};
  }

  private emit(event: EditorEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

