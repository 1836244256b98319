/** The op log: every step a child takes, enough to replay the picture exactly. */
export const BRUSH_IDS = ['marker', 'crayon', 'paint', 'rainbow', 'glitter', 'eraser'] as const;
export type BrushId = (typeof BRUSH_IDS)[number];

export interface StrokeOp {
  kind: 'stroke';
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
}

export interface ClearOp {
  kind: 'clear';
}

export type Op = StrokeOp | ClearOp;

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
