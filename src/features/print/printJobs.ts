import type { Feeling } from '../../engine/model/reflections';

/** One printed picture: with its caption, framed as the keepsake certificate, or as the take-home sheet. */
export interface PictureJob {
  key: string;
  variant: 'sheet' | 'certificate' | 'takehome';
  imageUrl: string;
  eventTitle: string;
  profession: string | null;
  childName: string | null;
  date: string;
  /** The take-home sheet's face: how the child felt (after drawing, else before). */
  feeling?: Feeling | null;
  /** The parents' page on the session hub, printed as a QR code on the take-home sheet. */
  parentUrl?: string | null;
}

/** One A4 page per child for the therapist's file: every picture with its figures, feelings and note. */
export interface ReportJob {
  key: string;
  variant: 'report';
  childName: string;
  title: string;
  /** "12 Nov 2026 – 29 Nov 2026" */
  period: string;
  /** The totals line ("Total time drawing: 34 min"). */
  summary: string;
  entries: ReportEntry[];
}

export interface ReportEntry {
  key: string;
  imageUrl: string | null;
  date: string;
  /** The figures as the timeline shows them ("12 min · 3 colours · 42 % covered"). */
  figures: string;
  before: Feeling | null;
  after: Feeling | null;
  note: string;
}

/** A finished puzzle for the table activity: the picture with dashed lines to cut the pieces along. */
export interface CutoutJob {
  key: string;
  variant: 'cutout';
  imageUrl: string;
  cols: number;
  rows: number;
  caption: string;
}

export type PrintJob = PictureJob | ReportJob | CutoutJob;

/** The object URLs a job holds, released once it has printed (a cut-out's picture belongs to its puzzle, which frees it). */
export function imageUrlsOf(job: PrintJob): string[] {
  if (job.variant === 'cutout') return [];
  const urls = job.variant === 'report' ? job.entries.flatMap((entry) => (entry.imageUrl ? [entry.imageUrl] : [])) : [job.imageUrl];
  return urls.filter((url) => url.startsWith('blob:'));
}

/** A child pressing print ten times gets one sheet: further presses wait this long. */
export const PRINT_COOLDOWN_MS = 15_000;

let lastPrintAt = -Infinity;

/** True (and starts the cool-down) when a print may start now. */
export function claimPrintSlot(now = Date.now()): boolean {
  if (now - lastPrintAt < PRINT_COOLDOWN_MS) return false;
  lastPrintAt = now;
  return true;
}

/** A print that never reached the dialog gives its slot back: the next press may print at once. */
export function releasePrintSlot(): void {
  lastPrintAt = -Infinity;
}
