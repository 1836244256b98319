import type { RawPointer } from '../input/pointerFilter';
import { normalisePressure } from '../input/pressure';
import type { Point } from '../input/stabiliser';
import type { BrushId, ToolId } from '../model/ops';

/** A filtered pointer position in document pixels: normalised pressure, and whether a pen made it. */
export interface ToolPointer extends Point {
  pen: boolean;
}

/** What a tool may do to the picture. The editor keeps the op log, the undo history and the live stroke. */
export interface ToolDocument {
  beginStroke(brush: BrushId, at: ToolPointer): void;
  extendStroke(at: ToolPointer): void;
  finishStroke(): void;
  /** A cancelled stroke (a pinch, a palm) leaves nothing behind. */
  dropStroke(): void;
  fillAt(x: number, y: number): boolean;
  stampAt(x: number, y: number): boolean;
}

/**
 * One state of a tool (tldraw's StateNode in miniature). Each handler does its work and returns
 * the state that follows; an event a state does not handle leaves it where it is.
 */
export interface ToolState {
  readonly name: string;
  onDown?(at: ToolPointer): ToolState;
  onMove?(at: ToolPointer): ToolState;
  /** `at` is the last position when the lift brought one. */
  onUp?(at: ToolPointer | null): ToolState;
  onCancel?(): ToolState;
}

/** A tool is the state it rests in between gestures; the rest of its states hang off that one. */
export interface Tool {
  readonly id: ToolId;
  readonly idle: ToolState;
}

/** A filtered sample as the tools see it: pressure normalised for its kind of pointer. */
export function toolPointerOf(sample: RawPointer): ToolPointer {
  return { x: sample.x, y: sample.y, p: normalisePressure(sample.kind, sample.pressure), pen: sample.kind === 'pen' };
}

/** Hands one pointer action to a state and returns the state that follows. */
export function transition(state: ToolState, action: { type: 'start' | 'move' | 'end' | 'cancel' }, at: ToolPointer | null): ToolState {
  switch (action.type) {
    case 'start':
      return (at && state.onDown?.(at)) || state;
    case 'move':
      return (at && state.onMove?.(at)) || state;
    case 'end':
      return state.onUp?.(at) ?? state;
    case 'cancel':
      return state.onCancel?.() ?? state;
  }
}
