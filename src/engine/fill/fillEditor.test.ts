import { describe, expect, it } from 'vitest';
import { createNodeSurface, pixelHash } from '../../test/nodeCanvas';
import { Editor } from '../editor';
import { EditorDriver } from '../../test/editorDriver';
import { DOC_HEIGHT, DOC_WIDTH } from '../model/document';
import type { PageContext } from '../painting';

/** A page with one outlined box (x 400..1200, y 300..1100, 8 px outline). */
function boxPage(): PageContext {
  const walls = new Uint8Array(DOC_WIDTH * DOC_HEIGHT);
  for (let y = 300; y < 1100; y++) {
    for (let x = 400; x < 1200; x++) {
      if (x < 408 || x >= 1192 || y < 308 || y >= 1092) walls[y * DOC_WIDTH + x] = 1;
    }
  }
  return { walls };
}

function setup(page: PageContext | null) {
  const surface = createNodeSurface();
  let seed = 1;
  const editor = new Editor(surface, { nextSeed: () => seed++ });
  if (page) editor.setPage(page);
  const alpha = (x: number, y: number) => surface.paint.getImageData(x, y, 1, 1).data[3] ?? 0;
  const rgb = (x: number, y: number) => Array.from(surface.paint.getImageData(x, y, 1, 1).data.slice(0, 3));
  return { surface, editor, drive: new EditorDriver(editor), alpha, rgb, picture: () => pixelHash(surface.paint) };
}


describe('tap-to-fill in the editor', () => {
  it('fills a region completely and nothing outside, as one undoable step', () => {
    const { editor, alpha, rgb, picture } = setup(boxPage());
    const blank = picture();
    editor.setColor('#1e4fd8');
    expect(editor.fillAt(800, 700)).toBe(true);
    expect(rgb(800, 700)).toEqual([0x1e, 0x4f, 0xd8]);
    expect(alpha(409, 309)).toBe(255); // the corner, right up to the outline
    expect(alpha(406, 700)).toBe(255); // 2 px under the outline
    expect(alpha(300, 700)).toBe(0); // outside the box
    expect(editor.ops).toHaveLength(1);
    editor.undo();
    expect(picture()).toBe(blank);
  });

  it('filling with the same colour changes nothing and records no step', () => {
    const { editor, picture } = setup(boxPage());
    editor.setColor('#1e4fd8');
    editor.fillAt(800, 700);
    const once = picture();
    expect(editor.fillAt(800, 700)).toBe(false);
    expect(editor.ops).toHaveLength(1);
    expect(picture()).toBe(once);
  });

  it('works on a blank picture, bounded by paint', () => {
    const { editor, drive, rgb, alpha } = setup(null);
    editor.setTool('marker');
    editor.setColor('#1b1b1b');
    // A closed square of marker strokes.
    const corners: [number, number][] = [[500, 500], [1500, 500], [1500, 1300], [500, 1300], [500, 500]];
    drive.stroke(corners.flatMap((corner) => Array<[number, number]>(20).fill(corner)));
    editor.setTool('fill');
    editor.setColor('#fdd835');
    drive.tap([1000, 900]);
    expect(rgb(1000, 900)).toEqual([0xfd, 0xd8, 0x35]);
    expect(alpha(200, 200)).toBe(0);
    expect(drive.opKinds).toEqual(['stroke', 'fill']);
  });

  it('a tap outside the page is ignored', () => {
    const { editor } = setup(boxPage());
    expect(editor.fillAt(-20, 500)).toBe(false);
    expect(editor.fillAt(500, DOC_HEIGHT + 3)).toBe(false);
    expect(editor.ops).toHaveLength(0);
  });

  it('fills replay to the same pixels', () => {
    const live = setup(boxPage());
    live.editor.setColor('#1e4fd8');
    live.editor.fillAt(800, 700);
    live.editor.setColor('#e53935');
    live.editor.fillAt(100, 100);
    const replay = setup(boxPage());
    replay.editor.load(live.editor.ops);
    expect(replay.picture()).toBe(live.picture());
  });
});

describe('staying inside the lines', () => {
  const scribble = (editor: Editor) => new EditorDriver(editor).line([800, 700], [1500, 700], 35);

  it('a stroke that starts inside a region paints only inside it', () => {
    const { editor, alpha } = setup(boxPage());
    scribble(editor);
    expect(alpha(1000, 700)).toBe(255);
    expect(alpha(1300, 700)).toBe(0); // beyond the outline at x = 1200
    expect(editor.ops[0]).toMatchObject({ kind: 'stroke', clip: { x: 800, y: 700 } });
  });

  it('can be switched off', () => {
    const { editor, alpha } = setup(boxPage());
    editor.stayInside = false;
    scribble(editor);
    expect(alpha(1300, 700)).toBe(255);
  });

  it('replays clipped strokes exactly', () => {
    const live = setup(boxPage());
    live.editor.setTool('crayon');
    scribble(live.editor);
    const replay = setup(boxPage());
    replay.editor.load(live.editor.ops);
    expect(replay.picture()).toBe(live.picture());
  });
});
