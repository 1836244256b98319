import { type Op, pointCount } from '../model/ops';

/**
 * When each step appears in a time-lapse, in replay milliseconds at 1×. Strokes take time (the
 * line grows as it was drawn); taps (fill, stamp, clear) land at a moment. Pauses are shortened,
 * and long pictures are sped up so a replay lasts about 20–40 seconds.
 */
export interface ScheduledStep {
  start: number;
  duration: number;
}

export interface ReplaySchedule {
  steps: ScheduledStep[];
  /** When the last step has landed. */
  total: number;
}

export const REPLAY_PACE = {
  /** Up to this long, a picture replays at the pace it was drawn. */
  realTimeUpToMs: 20_000,
  /** However long the picture took, its replay lasts at most this. */
  longestMs: 40_000,
  /** A pause longer than this (the child thinking, talking) becomes this long. */
  pauseCapMs: 1_500,
  /** Every step is seen on its own: at least this long after the one before. */
  minGapMs: 120,
  /** Steps without a timing (pictures from before timings were kept). */
  untimedGapMs: 250,
  untimedMsPerPoint: 12,
  untimedStrokeMaxMs: 3_000,
} as const;

/** Replay length for a picture that took `sourceMs` (after shortening pauses): real time, then slower growth. */
export function replayLength(sourceMs: number): number {
  const { realTimeUpToMs, longestMs } = REPLAY_PACE;
  if (sourceMs <= realTimeUpToMs) return sourceMs;
  // Each doubling of drawing time adds 5 s, up to the cap: long pictures still feel longer.
  return Math.min(longestMs, realTimeUpToMs + 5_000 * Math.log2(sourceMs / realTimeUpToMs));
}

export function scheduleReplay(ops: readonly Op[]): ReplaySchedule {
  const { pauseCapMs, minGapMs, untimedGapMs, untimedMsPerPoint, untimedStrokeMaxMs } = REPLAY_PACE;
  const source: ScheduledStep[] = [];
  let cursor = 0;
  let lastEnd: number | null = null;
  for (const op of ops) {
    let gap: number;
    let duration: number;
    if (op.timing) {
      gap = lastEnd === null ? 0 : Math.min(pauseCapMs, Math.max(0, op.timing.at - lastEnd));
      duration = op.kind === 'stroke' ? Math.max(0, op.timing.ms) : 0;
      lastEnd = op.timing.at + op.timing.ms;
    } else {
      gap = untimedGapMs;
      duration = op.kind === 'stroke' ? Math.min(untimedStrokeMaxMs, pointCount(op) * untimedMsPerPoint) : 0;
    }
    const start = cursor + (source.length === 0 ? 0 : Math.max(minGapMs, gap));
    source.push({ start, duration });
    cursor = start + duration;
  }
  const scale = cursor > 0 ? replayLength(cursor) / cursor : 1;
  const steps = source.map(({ start, duration }) => ({ start: start * scale, duration: duration * scale }));
  return { steps, total: cursor * scale };
}
