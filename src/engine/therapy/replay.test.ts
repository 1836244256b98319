import { describe, expect, it } from 'vitest';
import { EditorDriver } from '../../test/editorDriver';
import { createNodeSurface, inkedPixels, pixelHash } from '../../test/nodeCanvas';
import { Editor } from '../editor';
import type { Op, StrokeOp } from '../model/ops';
import { BLANK_PAGE } from '../painting';
import { applyOp } from '../symmetricStep';
import { REPLAY_PACE, replayLength, scheduleReplay } from './replaySchedule';
import { ReplayRun } from './replayRun';

const T0 = Date.UTC(2026, 10, 29, 10, 0, 0);

/** A picture drawn through the editor with a clock: marker, crayon, glitter, a fill and the eraser. */
function drawPicture(): Op[] {
  let clock = T0;
  let seed = 7;
  const editor = new Editor(createNodeSurface(), { nextSeed: () => seed++, now: () => clock });
  const drive = new EditorDriver(editor);
  const line = (from: [number, number], to: [number, number], ms: number) => {
    drive.down(from);
    for (let i = 1; i <= 20; i++) {
      clock += ms / 20;
      drive.move([from[0] + ((to[0] - from[0]) * i) / 20, from[1] + ((to[1] - from[1]) * i) / 20]);
    }
    drive.up(to);
    clock += 800;
  };
  editor.setSize(60);
  line([200, 300], [2000, 400], 2000);
  editor.setTool('crayon');
  editor.setColor('#1e88e5');
  line([300, 900], [1800, 1200], 3000);
  clock += 60_000; // a long pause: shortened in the replay
  editor.setTool('glitter');
  line([400, 1500], [2100, 600], 1500);
  editor.setTool('fill');
  editor.setColor('#fdd835');
  drive.tap([2300, 1650]);
  clock += 500;
  editor.setTool('eraser');
  line([1000, 200], [1000, 1600], 1000);
  return editor.ops.slice();
}

describe('replay schedule', () => {
  it('keeps the order and the pace of drawing for a short picture, with long pauses shortened', () => {
    const ops = drawPicture();
    const { steps, total } = scheduleReplay(ops);
    expect(steps).toHaveLength(ops.length);
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.start).toBeGreaterThanOrEqual(steps[i - 1]!.start + steps[i - 1]!.duration);
    // Drawn in 7.5 s of strokes with short gaps and one minute's pause: replayed in real time, the pause cut.
    expect(steps[0]!.duration).toBeCloseTo(2000, 0);
    expect(steps[2]!.start - (steps[1]!.start + steps[1]!.duration)).toBeCloseTo(REPLAY_PACE.pauseCapMs, 0);
    expect(steps[3]!.duration).toBe(0);
    expect(total).toBeLessThan(REPLAY_PACE.realTimeUpToMs);
  });

  it('paces a long picture to 20–40 seconds, longer pictures a little longer', () => {
    const stroke = (at: number, ms: number): StrokeOp => ({ kind: 'stroke', brush: 'marker', color: '#000000', size: 10, seed: 1, pressure: false, points: new Float32Array([1, 1, 0.5, 2, 2, 0.5]), timing: { at, ms } });
    const strokes = (n: number) => Array.from({ length: n }, (_, i) => stroke(T0 + i * 3000, 2000));
    const lengths = [20, 100, 500].map((n) => scheduleReplay(strokes(n)).total);
    expect(lengths[0]).toBeGreaterThanOrEqual(20_000);
    for (const length of lengths) expect(length).toBeLessThanOrEqual(40_000);
    expect(lengths[1]).toBeGreaterThan(lengths[0]!);
    expect(lengths[2]).toBeGreaterThanOrEqual(lengths[1]!);
    expect(replayLength(10_000)).toBe(10_000);
    expect(replayLength(10 * 60_000)).toBe(40_000);
  });

  it('gives steps without timings (older pictures) an even pace', () => {
    const untimed: Op[] = [{ kind: 'fill', x: 1, y: 1, color: '#e53935', tolerance: 48 }, { kind: 'clear' }];
    const { steps } = scheduleReplay(untimed);
    expect(steps.map((s) => s.start)).toEqual([0, REPLAY_PACE.untimedGapMs]);
  });
});

describe('replay run', () => {
  it('grows each stroke frame by frame and ends identical to the picture', () => {
    const ops = drawPicture();
    const reference = createNodeSurface();
    for (const op of ops) applyOp(reference, op, BLANK_PAGE);

    const surface = createNodeSurface();
    const schedule = scheduleReplay(ops);
    const run = new ReplayRun(ops, schedule, surface, BLANK_PAGE);
    // Halfway through the first stroke: nothing in the picture yet, part of the line on scratch.
    const first = schedule.steps[0]!;
    expect(run.advanceTo(first.start + first.duration / 2)).toMatchObject({ composite: 'source-over', alpha: 1, rect: { x: expect.any(Number) } });
    expect(inkedPixels(surface.paint)).toBe(0);
    const half = inkedPixels(surface.scratch);
    expect(half).toBeGreaterThan(0);
    run.advanceTo(first.start + first.duration * 0.9);
    expect(inkedPixels(surface.scratch)).toBeGreaterThan(half);

    let landed = 0;
    for (let t = 0; !run.finished; t += 1000 / 60) {
      run.advanceTo(t);
      expect(run.landed).toBeGreaterThanOrEqual(landed);
      landed = run.landed;
    }
    expect(pixelHash(surface.paint)).toBe(pixelHash(reference.paint));
    expect(inkedPixels(surface.scratch)).toBe(0);

    // Played again from the start, it ends the same.
    run.restart();
    expect(inkedPixels(surface.paint)).toBe(0);
    run.advanceTo(schedule.total);
    expect(pixelHash(surface.paint)).toBe(pixelHash(reference.paint));
  });
});
