import { describe, expect, it } from 'vitest';
import { EditorDriver } from '../../test/editorDriver';
import { createNodeSurface } from '../../test/nodeCanvas';
import { Editor } from '../editor';
import { createArtwork } from './artwork';
import { parseArtwork } from './schema';

// Each step keeps when it was taken and how long it took: the therapist's record of the process.

describe('step timing', () => {
  it('a stroke keeps when it began and how long the finger drew it; fill, stamp and clear when they landed', () => {
    let clock = Date.UTC(2026, 10, 29, 10, 0, 0);
    const editor = new Editor(createNodeSurface(), { nextSeed: () => 1, now: () => clock });
    const drive = new EditorDriver(editor);
    drive.down([300, 300]);
    clock += 4200;
    drive.move([900, 600]).up([900, 600]);
    clock += 10_000;
    editor.setTool('fill');
    drive.tap([2000, 1500]);
    clock += 5000;
    editor.clear();
    expect(editor.ops.map((op) => op.timing)).toEqual([
      { at: Date.UTC(2026, 10, 29, 10, 0, 0), ms: 4200 },
      { at: Date.UTC(2026, 10, 29, 10, 0, 14, 200), ms: 0 },
      { at: Date.UTC(2026, 10, 29, 10, 0, 19, 200), ms: 0 },
    ]);
    // Undo and redo give the step back with its timing.
    editor.undo();
    editor.redo();
    expect(editor.ops[2]?.timing).toEqual({ at: Date.UTC(2026, 10, 29, 10, 0, 19, 200), ms: 0 });
  });

  it('is stored and read back; a junk timing is left out and the step kept; old steps have none', () => {
    const at = Date.UTC(2026, 10, 29, 10, 0, 0);
    const artwork = {
      ...createArtwork('art-t', at),
      ops: [
        { kind: 'fill', x: 5, y: 6, color: '#e53935', tolerance: 48, timing: { at, ms: 0 } },
        { kind: 'clear', timing: { at: 'yesterday', ms: 0 } },
        { kind: 'clear', timing: { at: at + 1000, ms: -5 } },
        { kind: 'clear', timing: { at: Date.UTC(1999, 0, 1), ms: 0 } },
        { kind: 'clear' },
      ],
    };
    const parsed = parseArtwork(JSON.parse(JSON.stringify(artwork)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.problems).toEqual([]);
    expect(parsed.value.ops.map((op) => op.timing ?? null)).toEqual([{ at, ms: 0 }, null, null, null, null]);
  });
});
