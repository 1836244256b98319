import type { Symmetry } from '../geometry/symmetry';

/** The op log: every step a child takes, enough to replay the picture exactly. */
export const BRUSH_IDS = ['marker', 'crayon', 'paint', 'rainbow', 'glitter', 'eraser'] as const;
export type BrushId = (typeof BRUSH_IDS)[number];
/** Everything in the tool rail: the brushes, tap-to-fill and stamps. */
export type ToolId = BrushId | 'fill' | 'stamp';

/**
 * When a step was taken and how long it took: the therapist's record of the process (time spent,
 * a time-lapse paced as it was drawn). Pictures from before it was kept have none; it never
 * changes a pixel.
 */
export interface OpTiming {
  /** When the step began (ms since 1970, the tablet's clock). */
  at: number;
  /** How long the finger drew it (0 for a tap: fill, stamp, clear). */
  ms: number;
}

export interface StrokeOp {
  kind: 'stroke';
  timing?: OpTiming;
  /** Repeated around the page centre (mandala drawing); absent: drawn once. */
  symmetry?: Symmetry;
  brush: BrushId;
  /** #rrggbb */
  color: string;
  /** diameter in document pixels */
  size: number;
  /** uint32 seed for textured brushes, so a replay draws identical pixels */
  seed: number;
  /** true when the points carry real pen pressure */
  pressure: boolean;
  /** x, y, pressure triples in document pixels, quantised so Float32 storage is exact */
  points: Float32Array;
  /** Stay inside the lines: the stroke only paints the outlined region that contains this point. */
  clip?: { x: number; y: number };
}

/** Tap-to-fill: the region around (x, y), bounded by outlines and by paint of another colour. */
export interface FillOp {
  kind: 'fill';
  timing?: OpTiming;
  symmetry?: Symmetry;
  x: number;
  y: number;
  color: string;
  tolerance: number;
}

/** A stamp picture centred on (x, y), `size` document pixels wide. */
export interface StampOp {
  kind: 'stamp';
  timing?: OpTiming;
  symmetry?: Symmetry;
  stamp: string;
  x: number;
  y: number;
  size: number;
}

export interface ClearOp {
  kind: 'clear';
  timing?: OpTiming;
}

export type Op = StrokeOp | FillOp | StampOp | ClearOp;

/** Points are kept on a quarter-pixel grid and pressure on 1/256 steps: exact in Float32. */
export function quantiseCoord(v: number): number {
  return Math.round(v * 4) / 4;
}

export function quantisePressure(p: number): number {
  return Math.round(p * 256) / 256;
}

export function pointCount(op: StrokeOp): number {
  return Math.floor(op.points.length / 3);
}
