import { DOC_HEIGHT, DOC_WIDTH } from '../model/document';

/**
 * Mandala drawing: every step repeated around the page centre. Here only the maps of points; a
 * step's copies and their painting are in ../symmetricStep.ts. Symmetry n is the dihedral group of
 * order n: n/2 turns by 720/n degrees, each also mirrored left–right (2: a mirror; 4: two mirrors;
 * 6: three turns of 120° and their mirrors; 8: four quarter turns and their mirrors).
 */
export const SYMMETRIES = [2, 4, 6, 8] as const;
export type Symmetry = (typeof SYMMETRIES)[number];

/** A linear map about the page centre: (x, y) ↦ centre + [a b; c d]·((x, y) − centre). */
export interface CopyTransform {
  a: number;
  b: number;
  c: number;
  d: number;
  /** Mirrored copies turn a stamp over as well. */
  mirrored: boolean;
}

const CX = DOC_WIDTH / 2;
const CY = DOC_HEIGHT / 2;

export function isSymmetry(value: unknown): value is Symmetry {
  return (SYMMETRIES as readonly unknown[]).includes(value);
}

/** The maps that carry a point to each of its n copies, the identity (the original) first. */
export function symmetryTransforms(n: Symmetry): CopyTransform[] {
  const turns = n / 2;
  const copies: CopyTransform[] = [];
  for (const mirrored of [false, true]) {
    for (let k = 0; k < turns; k++) {
      const angle = (2 * Math.PI * k) / turns;
      // Exact values for the quarter and half turns keep mirrored points on the quarter-pixel grid.
      const cos = snap(Math.cos(angle));
      const sin = snap(Math.sin(angle));
      // A mirror is x ↦ −x, applied before the turn.
      const m = mirrored ? -1 : 1;
      copies.push({ a: cos * m, b: -sin, c: sin * m, d: cos, mirrored });
    }
  }
  return copies;
}

function snap(v: number): number {
  const rounded = Math.round(v);
  return Math.abs(v - rounded) < 1e-12 ? rounded : v;
}

export function mapPoint(t: CopyTransform, x: number, y: number): { x: number; y: number } {
  const dx = x - CX;
  const dy = y - CY;
  return { x: CX + t.a * dx + t.b * dy, y: CY + t.c * dx + t.d * dy };
}

/** A stroke's (x, y, pressure) triples for one copy; pressure is kept. */
export function mapPoints(t: CopyTransform, points: Float32Array): Float32Array {
  const out = new Float32Array(points.length);
  for (let i = 0; i < points.length; i += 3) {
    const p = mapPoint(t, points[i]!, points[i + 1]!);
    out[i] = p.x;
    out[i + 1] = p.y;
    out[i + 2] = points[i + 2]!;
  }
  return out;
}
