import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { createNodeSurface, inkedPixels, pixelHash } from '../../test/nodeCanvas';
import { decodeTile } from '../history/tilePatch';
import { createArtwork } from '../model/artwork';
import { DOC_HEIGHT, DOC_WIDTH } from '../model/document';
import type { FillOp, Op, StrokeOp } from '../model/ops';
import { parseArtwork } from '../model/schema';
import { BLANK_PAGE } from '../painting';
import { applyOp, copiesOfOp, liveMirrors, paintStep } from '../symmetricStep';
import { scheduleReplay } from '../therapy/replaySchedule';
import { ReplayRun } from '../therapy/replayRun';

const line = (symmetry?: 2 | 4 | 6 | 8): StrokeOp => ({
  kind: 'stroke',
  brush: 'marker',
  color: '#1e4fd8',
  size: 40,
  seed: 3,
  pressure: false,
  points: Float32Array.from([500, 400, 0.5, 650, 420, 0.5, 800, 400, 0.5]),
  ...(symmetry ? { symmetry } : {}),
});

const alphaAt = (surface: ReturnType<typeof createNodeSurface>, x: number, y: number) => surface.paint.getImageData(Math.round(x), Math.round(y), 1, 1).data[3]!;

describe('symmetric steps', () => {
  it('a stroke with symmetry 4 paints in all four quarters of the page, mirrored', () => {
    const surface = createNodeSurface();
    applyOp(surface, line(4), BLANK_PAGE);
    for (const [x, y] of [[650, 420], [DOC_WIDTH - 650, 420], [650, DOC_HEIGHT - 420], [DOC_WIDTH - 650, DOC_HEIGHT - 420]] as const) expect(alphaAt(surface, x, y)).toBe(255);
    expect(alphaAt(surface, 1200, 420)).toBe(0);
    const once = createNodeSurface();
    applyOp(once, line(), BLANK_PAGE);
    expect(inkedPixels(surface.paint)).toBeGreaterThan(3.9 * inkedPixels(once.paint));
  });

  it('8 copies turn a quarter at a time around the centre, mirrored too', () => {
    expect(copiesOfOp(line(8))).toHaveLength(8);
    expect(copiesOfOp(line(6))).toHaveLength(6);
    expect(copiesOfOp(line())).toEqual([line()]);
    expect(copiesOfOp({ kind: 'clear' })).toEqual([{ kind: 'clear' }]);
  });

  it('a fill with symmetry 2 fills the mirrored region too; off-page copies are left out', () => {
    // A wall down the middle of the page: two regions.
    const walls = new Uint8Array(DOC_WIDTH * DOC_HEIGHT);
    for (let y = 0; y < DOC_HEIGHT; y++) for (let x = 1195; x < 1205; x++) walls[y * DOC_WIDTH + x] = 1;
    const fill: FillOp = { kind: 'fill', x: 300, y: 300, color: '#e53935', tolerance: 48 };
    const plain = createNodeSurface();
    applyOp(plain, fill, { walls });
    expect([alphaAt(plain, 300, 300), alphaAt(plain, 2100, 300)]).toEqual([255, 0]);
    const mirrored = createNodeSurface();
    applyOp(mirrored, { ...fill, symmetry: 2 }, { walls });
    expect([alphaAt(mirrored, 300, 300), alphaAt(mirrored, 2100, 300)]).toEqual([255, 255]);
    // A point near the left edge, turned a quarter, lands above or below the landscape page.
    expect(copiesOfOp({ ...fill, x: 5, y: 848, symmetry: 8 })).toHaveLength(4);
  });

  it('is stored and read back; a junk symmetry makes the step junk, never drawn differently', () => {
    const artwork = { ...createArtwork('art-s', 1), ops: [line(6), { ...line(), symmetry: 3 }, { kind: 'clear', symmetry: 2 }, { kind: 'fill', x: 5, y: 5, color: '#e53935', tolerance: 48, symmetry: 8 }] };
    const parsed = parseArtwork(JSON.parse(JSON.stringify({ ...artwork, ops: artwork.ops.map((op) => ('points' in op ? { ...op, points: Array.from(op.points) } : op)) })));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.ops.map((op) => ('symmetry' in op ? op.symmetry : null))).toEqual([6, 8]);
    expect(parsed.problems).toHaveLength(2);
  });

  it('replays a symmetric picture, growing every copy, to exactly the picture', () => {
    const T0 = Date.UTC(2026, 10, 29, 11, 0, 0);
    const ops: Op[] = [
      { ...line(4), timing: { at: T0, ms: 1500 } },
      { ...line(8), brush: 'crayon', color: '#e53935', points: Float32Array.from([900, 700, 0.5, 1000, 600, 0.5, 1100, 700, 0.5]), timing: { at: T0 + 2000, ms: 1000 } },
      { kind: 'fill', x: 1200, y: 848, color: '#fdd835', tolerance: 48, symmetry: 2, timing: { at: T0 + 4000, ms: 0 } },
    ];
    const reference = createNodeSurface();
    for (const op of ops) applyOp(reference, op, BLANK_PAGE);
    const surface = createNodeSurface();
    const run = new ReplayRun(ops, scheduleReplay(ops), surface, BLANK_PAGE);
    const grow = run.advanceTo(750);
    expect(grow?.rect?.width).toBeGreaterThan(1000); // the copies grow on both sides of the page
    for (let t = 0; !run.finished; t += 1000 / 60) run.advanceTo(t);
    expect(pixelHash(surface.paint)).toBe(pixelHash(reference.paint));
  });

  const middleWall = () => {
    const walls = new Uint8Array(DOC_WIDTH * DOC_HEIGHT);
    for (let y = 0; y < DOC_HEIGHT; y++) for (let x = 1195; x < 1205; x++) walls[y * DOC_WIDTH + x] = 1;
    return walls;
  };
  const newSteps: [string, Op][] = [
    ['clear', { kind: 'clear' }],
    ['stroke', { ...line(), clip: { x: 650, y: 420 } }],
    // Across the centre: the copies overlap, and undo must end on the picture as it was.
    ['stroke, symmetry 6', { ...line(6), points: Float32Array.from([1000, 700, 0.5, 1400, 1000, 0.5]) }],
    ['fill', { kind: 'fill', x: 300, y: 300, color: '#e53935', tolerance: 48 }],
    ['fill, symmetry 2', { kind: 'fill', x: 300, y: 300, color: '#e53935', tolerance: 48, symmetry: 2 }],
    ['stamp', { kind: 'stamp', stamp: 'star', x: 1100, y: 700, size: 150 }],
    ['stamp, symmetry 8', { kind: 'stamp', stamp: 'star', x: 1100, y: 700, size: 150, symmetry: 8 }],
  ];

  it.each(newSteps)('a new %s paints what reopening draws, and its undo patch gives the picture back', (_, step) => {
    const page = { walls: middleWall() };
    const star = createCanvas(64, 64);
    star.getContext('2d').fillRect(0, 0, 40, 64);
    const [replayed, live] = [createNodeSurface(), createNodeSurface()];
    for (const surface of [replayed, live]) {
      surface.registerStamp('star', star as never);
      applyOp(surface, { ...line(), points: Float32Array.from([300, 300, 0.5, 1500, 900, 0.5]) }, page);
    }
    const before = pixelHash(live.paint);
    applyOp(replayed, step, page);
    const painted = paintStep(live, step, page);
    expect(pixelHash(live.paint)).toBe(pixelHash(replayed.paint));
    expect(painted.changed).toBe(true);
    // Only a lone fill leaves its patch for later (its pixels go on screen first).
    expect(painted.deferred).toBe(step.kind === 'fill' && !step.symmetry);
    for (const tile of painted.undo()) live.writePaint(tile.rect, decodeTile(tile));
    expect(pixelHash(live.paint)).toBe(before);
  }, 30_000); // whole-page pixels, several times over

  it('a fill that changes nothing is no step, with or without symmetry', () => {
    const page = { walls: middleWall() };
    const surface = createNodeSurface();
    for (const fill of [{ kind: 'fill', x: 300, y: 300, color: '#e53935', tolerance: 48, symmetry: 2 }, { kind: 'fill', x: 300, y: 300, color: '#e53935', tolerance: 48 }] satisfies FillOp[]) {
      paintStep(surface, fill, page);
      expect(paintStep(surface, fill, page).changed).toBe(false);
    }
  });

  it('the live copies of a stroke stay inside the regions its stored copies are clipped to', () => {
    const walls = middleWall();
    for (let y = 845; y < 855; y++) for (let x = 0; x < DOC_WIDTH; x++) walls[y * DOC_WIDTH + x] = 1;
    const clip = { x: 650, y: 420 };
    const mirrors = liveMirrors(8, { walls }, clip);
    const stored = copiesOfOp({ ...line(8), clip }).slice(1) as StrokeOp[];
    expect(mirrors).toHaveLength(7);
    mirrors.forEach((mirror, i) => {
      const at = stored[i]!.clip!;
      expect(mirror.region?.mask[at.y * DOC_WIDTH + at.x], `copy ${i + 1}`).toBe(1);
    });
    expect(liveMirrors(null, { walls }, clip)).toEqual([]);
  });
});
