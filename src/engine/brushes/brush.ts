import type { Bounds } from '../geometry/bounds';
import type { BrushId, StrokeOp } from '../model/ops';

/** The 2D drawing calls brushes use; a browser canvas, an OffscreenCanvas or a test canvas. */
export type Ctx2D = CanvasRenderingContext2D;

/** Textures are made by the renderer (it owns canvases); brushes only ask for them. */
export interface BrushTextures {
  /** A repeating alpha-noise pattern in document space, or null where patterns are unavailable. */
  grain(ctx: Ctx2D): CanvasPattern | null;
}

/** Everything about a stroke except its points. */
export type StrokeStyle = Omit<StrokeOp, 'kind' | 'points'>;

/**
 * Draws one stroke onto the scratch surface, incrementally. Calling draw() with growing counts
 * performs exactly the same canvas calls as one call with the final count, so the live stroke and
 * a replay produce identical pixels.
 */
export interface StrokeRenderer {
  draw(ctx: Ctx2D, points: ArrayLike<number>, count: number, final: boolean): void;
  /** Area touched so far, padded for anti-aliasing. */
  readonly bounds: Bounds;
  /** True when every draw repaints the whole stroke (so only the final draw matters off screen). */
  readonly redrawsWhole?: boolean;
}

export interface BrushSpec {
  id: BrushId;
  /** How the finished stroke joins the picture. */
  composite: 'source-over' | 'destination-out';
  /** Opacity applied once when the stroke joins the picture (never per segment: no dark joins). */
  alpha: number;
  createRenderer(style: StrokeStyle, textures: BrushTextures): StrokeRenderer;
}
