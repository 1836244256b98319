/**
 * A therapist's photo or drawing, already fitted onto a white page at page size, traced into a
 * colouring page with the same tracer as the pages that ship. Pure (no DOM): the tablet runs it
 * in a worker, the tests in Node.
 */
import { MAX_REGIONS, MIN_REGIONS } from '../model/customPage';
import { blurColours, DETAIL_LEVELS, pieceCount, quantise, type TraceDetail } from './flatten';
import { traceScene } from './trace';

export type TraceProblem = 'noise' | 'empty' | 'failed';
export type PageTrace = { ok: true; alpha: Uint8Array; regionCount: number } | { ok: false; problem: TraceProblem; detail: string };

/** More pieces than this once flattened: gravel or leaves, not a picture to colour (a drawing has tens, a calm photo tens to a hundred). */
export const MAX_PIECES = 600;

export function traceToPage(rgba: Uint8ClampedArray, width: number, height: number, detail: TraceDetail, onStep: (step: string) => void = () => {}): PageTrace {
  const level = DETAIL_LEVELS[detail];
  onStep('flatten');
  const flat = quantise(blurColours(rgba, width, height, 2), width, height, level.colours);
  const pieces = pieceCount(flat.index, width, height);
  if (pieces > MAX_PIECES) return { ok: false, problem: 'noise', detail: `${pieces} pieces` };
  onStep('trace');
  const result = traceScene(flat.rgba, width, height, { minArea: level.minArea });
  const count = result.regions.count;
  if (result.leaks > 0) return { ok: false, problem: 'failed', detail: `${result.leaks} outlines have gaps` };
  if (count < MIN_REGIONS) return { ok: false, problem: 'empty', detail: 'no closed shapes found' };
  if (count > MAX_REGIONS) return { ok: false, problem: 'noise', detail: `${count} regions` };
  return { ok: true, alpha: result.alpha, regionCount: count };
}
