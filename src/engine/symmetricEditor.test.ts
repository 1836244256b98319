import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { alphaAt, createNodeSurface, inkedPixels, nodeContext, pixelHash } from '../test/nodeCanvas';
import { EditorDriver } from '../test/editorDriver';
import { Editor } from './editor';
import { DOC_HEIGHT, DOC_WIDTH } from './model/document';
import type { BrushId } from './model/ops';
import { applyOp } from './symmetricStep';

const W = DOC_WIDTH;
const H = DOC_HEIGHT;

function setup(walls: Uint8Array | null = null) {
  const surface = createNodeSurface();
  let seed = 1;
  const editor = new Editor(surface, { nextSeed: () => seed++ });
  editor.setPage({ walls });
  return { surface, editor, drive: new EditorDriver(editor), picture: () => pixelHash(surface.paint) };
}

/** The same op log replayed on a fresh surface, as reopening a picture does. */
function replayed(editor: Editor, walls: Uint8Array | null = null, stamps: Record<string, unknown> = {}): string {
  const fresh = createNodeSurface();
  for (const [id, image] of Object.entries(stamps)) fresh.registerStamp(id, image as never);
  for (const op of editor.ops) applyOp(fresh, op, { walls });
  return pixelHash(fresh.paint);
}

/** A wall down the middle and one across: four closed quarters. */
function quarterWalls(): Uint8Array {
  const walls = new Uint8Array(W * H);
  for (let y = 0; y < H; y++) for (let x = 1195; x < 1205; x++) walls[y * W + x] = 1;
  for (let y = 845; y < 855; y++) for (let x = 0; x < W; x++) walls[y * W + x] = 1;
  return walls;
}

describe('drawing with symmetry', () => {
  it('a stroke with symmetry 4 leaves ink in all four quarters, is one op and one undo step', () => {
    const { editor, drive, surface, picture } = setup();
    const blank = picture();
    editor.setSymmetry(4);
    drive.line([400, 300], [800, 500]);
    expect(editor.ops).toHaveLength(1);
    expect(editor.ops[0]).toMatchObject({ kind: 'stroke', symmetry: 4 });
    for (const [x, y] of [[600, 400], [W - 600, 400], [600, H - 400], [W - 600, H - 400]] as const) expect(alphaAt(surface.paint, x, y)).toBe(255);
    expect(inkedPixels(surface.scratch)).toBe(0);
    expect(replayed(editor)).toBe(picture());
    const drawn = picture();
    expect(editor.undo()).toBe(true);
    expect(picture()).toBe(blank);
    expect(editor.ops).toHaveLength(0);
    expect(editor.redo()).toBe(true);
    expect(picture()).toBe(drawn);
  });

  it('every brush, every symmetry: live drawing, redo and replay give the same pixels, and undo goes back exactly', () => {
    const { editor, drive, picture } = setup();
    const brushes: BrushId[] = ['marker', 'crayon', 'paint', 'rainbow', 'glitter', 'eraser'];
    const states = [picture()];
    brushes.forEach((brush, i) => {
      editor.setTool(brush);
      editor.setSymmetry(([2, 4, 6, 8] as const)[i % 4]!);
      // Strokes crossing the centre: the copies overlap one another.
      drive.line([900 + i * 40, 700], [1500, 1000 - i * 30]);
      states.push(picture());
    });
    expect(replayed(editor)).toBe(picture());
    for (let i = brushes.length; i > 0; i--) {
      editor.undo();
      expect(picture()).toBe(states[i - 1]);
    }
    for (let i = 1; i <= brushes.length; i++) {
      editor.redo();
      expect(picture()).toBe(states[i]);
    }
  });

  it('each mirrored copy stays inside the lines of its own region', () => {
    const walls = quarterWalls();
    const { editor, drive, surface, picture } = setup(walls);
    editor.stayInside = true;
    editor.setSymmetry(2);
    // Starts in the top-left quarter and runs over the middle wall into the top-right one.
    drive.line([900, 300], [1500, 300]);
    expect(alphaAt(surface.paint, 1000, 300)).toBe(255);
    expect(alphaAt(surface.paint, W - 1000, 300)).toBe(255);
    // Neither copy crossed the wall into the other's quarter (unclipped, both would cover it).
    expect(alphaAt(surface.paint, 1200, 300)).toBe(0);
    expect(inkedPixels(surface.paint, 0, 300, W, 1)).toBeGreaterThan(550);
    // Nothing reached the lower quarters.
    expect(inkedPixels(surface.paint, 0, 860, W, H - 860)).toBe(0);
    expect(replayed(editor, walls)).toBe(picture());
  });

  it('a fill with symmetry 8 fills every quarter the copies land in; undo empties them all', () => {
    const walls = quarterWalls();
    const { editor, drive, surface, picture } = setup(walls);
    const blank = picture();
    editor.setTool('fill');
    editor.setSymmetry(8);
    drive.tap([500, 400]);
    expect(editor.ops).toHaveLength(1);
    for (const [x, y] of [[100, 100], [W - 100, 100], [100, H - 100], [W - 100, H - 100]] as const) expect(alphaAt(surface.paint, x, y)).toBe(255);
    expect(replayed(editor, walls)).toBe(picture());
    // The same fill again changes nothing: no step.
    drive.tap([500, 400]);
    expect(editor.ops).toHaveLength(1);
    editor.undo();
    expect(picture()).toBe(blank);
  });

  it('a stamp with symmetry 6 lands six times, upright, as one step', () => {
    const { editor, drive, surface, picture } = setup();
    const star = createCanvas(64, 64);
    const ctx = star.getContext('2d');
    ctx.fillStyle = '#f5a623';
    ctx.fillRect(0, 0, 64, 64);
    surface.registerStamp('star', star as never);
    editor.setStamp('star');
    editor.setSymmetry(6);
    editor.setSize(34, 120);
    drive.tap([1700, 850]);
    expect(editor.ops).toHaveLength(1);
    // Turns of 120° about the centre (1200, 848.5) and their mirrors.
    const centres = [[1700, 850], [950, 1281], [950, 416], [700, 850], [1450, 1281], [1450, 416]];
    for (const [x, y] of centres) expect(alphaAt(surface.paint, x!, y!)).toBe(255);
    expect(inkedPixels(surface.paint)).toBeGreaterThan(6 * 110 * 110);
    expect(replayed(editor, null, { star })).toBe(picture());
    editor.undo();
    expect(inkedPixels(surface.paint)).toBe(0);
  });

  it('shows every copy live while the finger moves, before it lifts', () => {
    const { editor, drive } = setup();
    editor.setSymmetry(8);
    drive.down([300, 300]).move([400, 350]).move([500, 420]);
    const screen = nodeContext(W, H);
    const view = editor.renderFrame(screen);
    expect(view?.areas).toHaveLength(8);
    for (const area of view!.areas) expect(area.rect).not.toBeNull();
    expect(alphaAt(screen, 400, 350)).toBeGreaterThan(0);
    expect(alphaAt(screen, W - 400, H - 350)).toBeGreaterThan(0);
    drive.up([500, 420]);
    expect(editor.ops).toHaveLength(1);
  });

  it('symmetry off draws each step once again', () => {
    const { editor, drive, surface } = setup();
    editor.setSymmetry(4);
    editor.setSymmetry(null);
    drive.line([400, 300], [800, 500]);
    expect(editor.ops[0]).not.toHaveProperty('symmetry');
    expect(alphaAt(surface.paint, W - 600, 400)).toBe(0);
  });
});
