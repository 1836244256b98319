import type { TraceDetail } from '../../engine/trace/flatten';
import type { TraceProblem } from '../../engine/trace/pageFromPicture';

/** What the page tracer's worker is asked, and what it answers. */
export interface TraceRequest {
  file: Blob;
  detail: TraceDetail;
}

export type ImportProblem = TraceProblem | 'notImage' | 'tooBig';

export type TraceReply = { ok: true; lineart: Uint8Array; thumb: Uint8Array; hint: Uint8Array; regionCount: number } | { ok: false; problem: ImportProblem; detail: string };

/** White paper kept around the picture, so its outer outline closes inside the page. */
export const PAGE_MARGIN = 48;
/** The pages' outline colour (the same ink as the pages that ship). */
export const OUTLINE_RGB = [0x2b, 0x21, 0x18] as const;
export const THUMB_WIDTH = 480;
export const HINT_WIDTH = 720;
