import { describe, expect, it } from 'vitest';
import { EditorDriver } from '../../test/editorDriver';
import { createNodeSurface, pixelHash } from '../../test/nodeCanvas';
import { Editor } from '../editor';
import { DOC_HEIGHT, DOC_WIDTH } from '../model/document';
import { CROSSHAIR_STEPS, Crosshair } from './crosshair';
import { CursorPen } from './cursorPen';

function setup() {
  const surface = createNodeSurface();
  const editor = new Editor(surface, { nextSeed: () => 7, now: () => 1_700_000_000_000 });
  return { editor, drive: new EditorDriver(editor), picture: () => pixelHash(surface.paint) };
}

describe('the cursor pen (keyboard, switch, dwell, taps)', () => {
  it('down, along, lift gives the same op and pixels as a finger drawing the same line', () => {
    const touch = setup();
    const keys = setup();
    const pen = new CursorPen();
    for (const action of pen.moveTo(300, 400)) keys.editor.handleAction(action);
    for (const action of [...pen.press(), ...pen.moveTo(1500, 400), ...pen.moveTo(1500, 1200), ...pen.lift()]) keys.editor.handleAction(action);
    const stroke = keys.editor.ops[0];
    expect(stroke).toMatchObject({ kind: 'stroke', brush: 'marker' });
    // The same points, by touch.
    const points = stroke?.kind === 'stroke' ? stroke.points : new Float32Array();
    const path: [number, number][] = [];
    for (let i = 0; i < points.length; i += 3) path.push([points[i]!, points[i + 1]!]);
    touch.drive.stroke(path, { kind: 'mouse' });
    expect(touch.editor.ops).toEqual(keys.editor.ops);
    expect(touch.picture()).toBe(keys.picture());
  });

  it('moving with the brush up draws nothing; a tap fills where the cursor is', () => {
    const { editor, drive } = setup();
    const pen = new CursorPen();
    for (const action of pen.moveTo(200, 200)) editor.handleAction(action);
    expect(editor.ops).toHaveLength(0);
    editor.setTool('fill');
    for (const action of pen.tap()) editor.handleAction(action);
    expect(drive.opKinds).toEqual(['fill']);
    expect(editor.ops[0]).toMatchObject({ x: 200, y: 200 });
  });

  it('stays inside the lines on a colouring page, exactly as a finger does', () => {
    const walls = new Uint8Array(DOC_WIDTH * DOC_HEIGHT);
    for (let y = 0; y < DOC_HEIGHT; y++) walls[y * DOC_WIDTH + 1000] = 1;
    const { editor } = setup();
    editor.setPage({ walls });
    const pen = new CursorPen();
    for (const action of [...pen.moveTo(600, 500), ...pen.press(), ...pen.moveTo(1400, 500), ...pen.lift()]) editor.handleAction(action);
    expect(editor.ops[0]).toMatchObject({ kind: 'stroke', clip: { x: 600, y: 500 } });
  });

  it('keeps the cursor on the page', () => {
    const pen = new CursorPen();
    pen.moveTo(-50, 99_999);
    expect(pen.at).toEqual({ x: 0, y: DOC_HEIGHT - 1 });
    pen.moveBy(DOC_WIDTH * 2, -DOC_HEIGHT * 2);
    expect(pen.at).toEqual({ x: DOC_WIDTH - 1, y: 0 });
  });

  it('a press while down, or a lift while up, does nothing', () => {
    const pen = new CursorPen();
    expect(pen.lift()).toEqual([]);
    expect(pen.press()).toHaveLength(1);
    expect(pen.press()).toEqual([]);
  });
});

describe('the scanning crosshair', () => {
  it('a press fixes the row, a second the point, then it starts over', () => {
    const cross = new Crosshair();
    for (let i = 0; i < 6; i++) cross.step();
    expect(cross.choose()).toBeNull();
    expect(cross.phase).toBe('column');
    const row = cross.fixedRow!;
    expect(row).toBe(Math.round((6.5 / CROSSHAIR_STEPS) * DOC_HEIGHT));
    for (let i = 0; i < 12; i++) cross.step();
    expect(cross.choose()).toEqual({ x: Math.round((12.5 / CROSSHAIR_STEPS) * DOC_WIDTH), y: row });
    expect(cross.phase).toBe('row');
  });

  it('runs off the page after its last notch and starts again from the top', () => {
    const cross = new Crosshair();
    const steps = Array.from({ length: CROSSHAIR_STEPS }, () => cross.step());
    expect(steps.filter((more) => !more)).toHaveLength(1);
    expect(steps[CROSSHAIR_STEPS - 1]).toBe(false);
    expect(cross.notch).toBe(0);
  });
});
