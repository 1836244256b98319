import type { Editor } from '../engine/editor';
import type { PointerKind, RawPointer } from '../engine/input/pointerFilter';
import type { Op } from '../engine/model/ops';

type Point = readonly [number, number];

export interface PointerStyle {
  kind?: PointerKind;
  pressure?: number;
  /** Contact width and height in CSS pixels (a child's fingertip is about 12). */
  contact?: number;
}

/**
 * Drives an editor the way a finger, a pen or a mouse does: the one place engine tests make pointer
 * samples. Each sample is 16 ms after the last, like a 60 Hz touchscreen.
 */
export class EditorDriver {
  private clock = 0;

  constructor(
    readonly editor: Editor,
    private readonly style: PointerStyle = {},
  ) {}

  /** The pointer filter's view of one sample; `id` 2 and up are other fingers. */
  sample(phase: RawPointer['phase'], [x, y]: Point, id = 1, style: PointerStyle = {}): RawPointer {
    const { kind = 'touch', pressure = kind === 'touch' ? 0 : 0.5, contact = 12 } = { ...this.style, ...style };
    return { id, kind, phase, x, y, pressure, contactWidth: contact, contactHeight: contact, time: (this.clock += 16) };
  }

  down(at: Point, id = 1, style?: PointerStyle): this {
    this.editor.handlePointer(this.sample('down', at, id, style));
    return this;
  }

  move(at: Point, id = 1, style?: PointerStyle): this {
    this.editor.handlePointer(this.sample('move', at, id, style));
    return this;
  }

  up(at: Point, id = 1, style?: PointerStyle): this {
    this.editor.handlePointer(this.sample('up', at, id, style));
    return this;
  }

  /** The browser took the pointer away (pointercancel): the stroke leaves nothing. */
  cancel(at: Point, id = 1): this {
    this.editor.handlePointer(this.sample('cancel', at, id));
    return this;
  }

  /** Down at the first point, through every point, up at the last; a frame is drawn every third move. */
  stroke(points: readonly Point[], style?: PointerStyle): this {
    const [first, ...rest] = points;
    if (!first) return this;
    this.down(first, 1, style);
    rest.forEach((p, i) => {
      this.move(p, 1, style);
      if (i % 3 === 2) this.editor.renderFrame();
    });
    return this.up(rest[rest.length - 1] ?? first, 1, style);
  }

  /** A straight stroke from `from` to `to` in `steps` moves. */
  line(from: Point, to: Point, steps = 20, style?: PointerStyle): this {
    const points: Point[] = [from];
    for (let i = 1; i <= steps; i++) points.push([from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps]);
    return this.stroke(points, style);
  }

  tap(at: Point, style?: PointerStyle): this {
    return this.down(at, 1, style).up(at, 1, style);
  }

  /** The op log as its kinds, e.g. ['stroke', 'fill']. */
  get opKinds(): Op['kind'][] {
    return this.editor.ops.map((op) => op.kind);
  }
}
