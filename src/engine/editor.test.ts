import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { createNodeSurface, inkedPixels, pixelHash } from '../test/nodeCanvas';
import { Editor } from './editor';
import { EditorDriver } from '../test/editorDriver';
import type { BrushId } from './model/ops';

function setup() {
  const surface = createNodeSurface();
  let seed = 1;
  const editor = new Editor(surface, { nextSeed: () => seed++ });
  return { surface, editor, drive: new EditorDriver(editor), picture: () => pixelHash(surface.paint) };
}

describe('Editor', () => {
  it('records a finished stroke as one op and paints it', () => {
    const { editor, drive, surface } = setup();
    drive.line([100, 100], [900, 600]);
    expect(editor.ops).toHaveLength(1);
    expect(editor.ops[0]).toMatchObject({ kind: 'stroke', brush: 'marker', size: 34 });
    expect(inkedPixels(surface.paint)).toBeGreaterThan(10_000);
    expect(inkedPixels(surface.scratch)).toBe(0);
  });

  it('undo restores the exact pixels and redo rebuilds the same picture', () => {
    const { editor, drive, picture } = setup();
    const brushes: BrushId[] = ['marker', 'crayon', 'paint', 'rainbow', 'glitter', 'eraser'];
    const states = [picture()];
    brushes.forEach((brush, i) => {
      editor.setTool(brush);
      drive.line([100, 100 + i * 150], [1800, 300 + i * 120]);
      states.push(picture());
    });
    for (let i = brushes.length; i > 0; i--) {
      expect(editor.undo()).toBe(true);
      expect(picture()).toBe(states[i - 1]);
    }
    expect(editor.undo()).toBe(false);
    for (let i = 1; i <= brushes.length; i++) {
      expect(editor.redo()).toBe(true);
      expect(picture()).toBe(states[i]);
    }
    expect(editor.ops).toHaveLength(brushes.length);
  });

  it('undoes more than 100 steps back to a blank page', () => {
    const { editor, drive, picture } = setup();
    const blank = picture();
    for (let i = 0; i < 120; i++) drive.line([50 + (i % 20) * 100, 60 + Math.floor(i / 20) * 250], [120 + (i % 20) * 100, 200 + Math.floor(i / 20) * 250], 4);
    let undone = 0;
    while (editor.undo()) undone++;
    expect(undone).toBe(120);
    expect(picture()).toBe(blank);
    expect(editor.ops).toHaveLength(0);
  });

  it('keeps 100+ steps of a busy, overlapping, textured picture within the memory budget', () => {
    const { editor, drive } = setup();
    const brushes: BrushId[] = ['crayon', 'glitter', 'paint', 'marker', 'rainbow'];
    for (let i = 0; i < 120; i++) {
      editor.setTool(brushes[i % brushes.length]!);
      editor.setSize(70);
      // Long diagonal strokes that cross the whole page and each other.
      const y0 = 100 + ((i * 97) % 1500);
      drive.line([60, y0], [2340, 1697 - y0], 24);
    }
    expect(editor.undoDepth).toBeGreaterThanOrEqual(100);
    expect(editor.historyBytes).toBeLessThanOrEqual(96 * 1024 * 1024);
    console.info(`busy picture: ${editor.undoDepth} steps in ${(editor.historyBytes / 1048576).toFixed(1)} MB`);
  }, 60_000);

  it('a second finger early in a stroke leaves no trace and no history', () => {
    const { editor, drive, surface, picture } = setup();
    const blank = picture();
    drive.down([300, 300]);
    drive.move([340, 320]);
    editor.renderFrame();
    drive.down([800, 300], 2);
    expect(editor.ops).toHaveLength(0);
    expect(editor.canUndo).toBe(false);
    expect(picture()).toBe(blank);
    expect(inkedPixels(surface.scratch)).toBe(0);
    // The two fingers keep moving and lift: still nothing.
    drive.move([400, 400]);
    drive.up([800, 300], 2);
    drive.up([400, 400]);
    expect(editor.ops).toHaveLength(0);
    expect(inkedPixels(surface.scratch)).toBe(0);
  });

  it('clear is one undoable step and does nothing on a blank page', () => {
    const { editor, drive, surface, picture } = setup();
    expect(editor.clear()).toBe(false);
    expect(editor.canUndo).toBe(false);
    drive.line([200, 200], [800, 800]);
    const drawn = picture();
    expect(editor.clear()).toBe(true);
    expect(inkedPixels(surface.paint)).toBe(0);
    editor.undo();
    expect(picture()).toBe(drawn);
    editor.redo();
    expect(editor.ops.map((op) => op.kind)).toEqual(['stroke', 'clear']);
  });

  it('replaying the op log draws exactly what was drawn live', () => {
    const live = setup();
    (['marker', 'crayon', 'glitter', 'paint', 'rainbow', 'eraser'] as BrushId[]).forEach((brush, i) => {
      live.editor.setTool(brush);
      live.drive.line([150, 150 + i * 200], [2000, 250 + i * 180], 30);
    });
    const replay = setup();
    replay.editor.load(live.editor.ops);
    expect(replay.picture()).toBe(live.picture());
    expect(replay.editor.canUndo).toBe(false);
  });

  it('fast repeated undo taps never skip a step', () => {
    const { editor, drive } = setup();
    for (let i = 0; i < 5; i++) drive.line([100, 100 + i * 100], [600, 100 + i * 100], 3);
    for (let i = 4; i >= 0; i--) {
      editor.undo();
      expect(editor.ops).toHaveLength(i);
    }
  });

  it('keeps a stroke in progress when undo is tapped mid-stroke, then undoes it', () => {
    const { editor, drive, picture } = setup();
    const blank = picture();
    drive.down([300, 300]);
    drive.move([600, 300]);
    expect(editor.undo()).toBe(true);
    expect(picture()).toBe(blank);
    expect(editor.redo()).toBe(true);
    expect(editor.ops).toHaveLength(1);
  });

  it('a read-only picture takes no stroke, fill, stamp, undo or clear', () => {
    const { editor, drive, surface, picture } = setup();
    drive.line([100, 100], [900, 600]);
    const drawn = picture();
    surface.registerStamp('star', createCanvas(64, 64) as never);
    editor.setStamp('star');
    editor.readOnly = true;
    drive.line([100, 900], [900, 1200]);
    expect(editor.fillAt(1500, 1200)).toBe(false);
    expect(editor.stampAt(1500, 1200)).toBe(false);
    expect(editor.undo()).toBe(false);
    expect(editor.clear()).toBe(false);
    expect(editor.ops).toHaveLength(1);
    expect(picture()).toBe(drawn);
  });
});
