import { SMOOTH_DEFAULTS } from './smoothCurve';

/** Thresholds tuned for pages rendered at 2400×1697. */
export const TRACE_DEFAULTS = {
  /** Max channel difference (0–255) between 4-neighbours for a pixel to count as flat colour. */
  coreTolerance: 6,
  /** Parts of a region narrower than 2·minRadius+1 px are handed to a neighbour. */
  minRadius: 11,
  /** Regions smaller than this (px) are merged into the neighbour they share most border with. */
  minArea: 4000,
  /** Half the outline width (px): strokes are 2·halfWidth wide, centred on region boundaries. */
  halfWidth: 3,
  /** Alpha (0–255) from which a line-art pixel counts as outline when regions are counted. */
  lineThreshold: 128,
  /** Smallest closed area of the final line art (after the strokes took their share). */
  minFinalArea: 2000,
  /**
   * Outline curves (smoothCurve.ts): Gaussian passes along each boundary that never move it
   * more than `tolerance` px (below halfWidth − ½, so no pixel ends up on the wrong side of a
   * line without being covered by it); sharp corners stay put.
   */
  curve: SMOOTH_DEFAULTS,
} as const;
