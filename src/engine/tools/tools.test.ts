import { describe, expect, it } from 'vitest';
import { createNodeSurface, pixelHash } from '../../test/nodeCanvas';
import { EditorDriver } from '../../test/editorDriver';
import { Editor } from '../editor';
import type { FilterAction } from '../input/pointerFilter';
import { BRUSH_IDS } from '../model/ops';
import { brushTool } from './brushTool';
import { fillTool, stampTool } from './placeTool';
import { createTools } from './registry';
import { type ToolDocument, type ToolPointer, type ToolState, transition } from './tool';

/** A document that only writes down what a tool asked of it. */
function recordingDocument() {
  const calls: string[] = [];
  const doc: ToolDocument = {
    beginStroke: (brush, at) => void calls.push(`begin ${brush} ${at.x},${at.y}`),
    extendStroke: (at) => void calls.push(`extend ${at.x},${at.y}`),
    finishStroke: () => void calls.push('finish'),
    dropStroke: () => void calls.push('drop'),
    fillAt: (x, y) => (calls.push(`fill ${x},${y}`), true),
    stampAt: (x, y) => (calls.push(`stamp ${x},${y}`), true),
  };
  return { doc, calls };
}

const at = (x: number, y: number): ToolPointer => ({ x, y, p: 0.5, pen: false });

/** Runs actions through a tool from its resting state; returns the names of the states passed. */
function run(idle: ToolState, steps: [FilterAction['type'], ToolPointer | null][]): string[] {
  let state = idle;
  return steps.map(([type, point]) => (state = transition(state, { type }, point)).name);
}

describe('tools as state machines', () => {
  it('a brush: down starts a stroke, moves extend it, up commits it', () => {
    const { doc, calls } = recordingDocument();
    const states = run(brushTool('crayon', doc).idle, [
      ['start', at(10, 10)],
      ['move', at(20, 10)],
      ['move', at(30, 10)],
      ['end', at(40, 10)],
    ]);
    expect(states).toEqual(['drawing', 'drawing', 'drawing', 'idle']);
    expect(calls).toEqual(['begin crayon 10,10', 'extend 20,10', 'extend 30,10', 'extend 40,10', 'finish']);
  });

  it('a brush: a cancel drops the stroke; moves and lifts with no stroke change nothing', () => {
    const { doc, calls } = recordingDocument();
    const states = run(brushTool('marker', doc).idle, [
      ['move', at(5, 5)],
      ['end', null],
      ['start', at(10, 10)],
      ['cancel', null],
      ['move', at(20, 20)],
    ]);
    expect(states).toEqual(['idle', 'idle', 'drawing', 'idle', 'idle']);
    expect(calls).toEqual(['begin marker 10,10', 'drop']);
  });

  it('fill and stamp act once where the finger lands, not again as it slides', () => {
    for (const [tool, verb] of [[fillTool, 'fill'], [stampTool, 'stamp']] as const) {
      const { doc, calls } = recordingDocument();
      const states = run(tool(doc).idle, [
        ['start', at(100, 200)],
        ['move', at(150, 200)],
        ['end', at(150, 200)],
        ['start', at(300, 300)],
        ['cancel', null],
      ]);
      expect(states).toEqual(['pressed', 'pressed', 'idle', 'pressed', 'idle']);
      expect(calls).toEqual([`${verb} 100,200`, `${verb} 300,300`]);
    }
  });

  it('every tool id has a tool, and each brush draws with its own brush', () => {
    const { doc, calls } = recordingDocument();
    const tools = createTools(doc);
    expect(Object.keys(tools).sort()).toEqual([...BRUSH_IDS, 'fill', 'stamp'].sort());
    for (const brush of BRUSH_IDS) {
      expect(tools[brush].id).toBe(brush);
      transition(tools[brush].idle, { type: 'start' }, at(1, 1));
    }
    expect(calls).toEqual(BRUSH_IDS.map((brush) => `begin ${brush} 1,1`));
  });
});

describe('the editor routes every input to the tool in use', () => {
  function setup() {
    const surface = createNodeSurface();
    let seed = 1;
    const editor = new Editor(surface, { nextSeed: () => seed++, now: () => 1_700_000_000_000 });
    return { editor, drive: new EditorDriver(editor), picture: () => pixelHash(surface.paint) };
  }

  it('a tool chosen during a stroke applies from the next gesture', () => {
    const { editor, drive } = setup();
    editor.setTool('paint');
    drive.down([300, 300]).move([400, 320]);
    editor.setTool('fill');
    drive.move([500, 340]).up([600, 360]);
    expect(editor.ops[0]).toMatchObject({ kind: 'stroke', brush: 'paint' });
    drive.tap([1500, 1200]);
    expect(drive.opKinds).toEqual(['stroke', 'fill']);
  });

  it("another input mode's actions give the same op and pixels as the same touch stroke", () => {
    const touch = setup();
    touch.drive.line([200, 300], [1400, 900], 30);
    const other = setup();
    // A cursor driven by keys or a switch hands the editor filtered actions, not raw touches.
    const samples = [touch.drive.sample('down', [200, 300])];
    for (let i = 1; i <= 30; i++) samples.push(touch.drive.sample('move', [200 + 40 * i, 300 + 20 * i]));
    other.editor.handleAction({ type: 'start', sample: samples[0]! });
    for (const sample of samples.slice(1)) other.editor.handleAction({ type: 'move', sample });
    other.editor.handleAction({ type: 'end', sample: touch.drive.sample('up', [1400, 900]) });
    expect(other.editor.ops).toEqual(touch.editor.ops);
    expect(other.picture()).toBe(touch.picture());
  });

  it('a new gesture from a source that left one open keeps what was drawn', () => {
    const { editor, drive } = setup();
    editor.handleAction({ type: 'start', sample: drive.sample('down', [300, 300]) });
    editor.handleAction({ type: 'move', sample: drive.sample('move', [600, 300]) });
    editor.handleAction({ type: 'start', sample: drive.sample('down', [300, 800]) });
    editor.handleAction({ type: 'end', sample: drive.sample('up', [600, 800]) });
    expect(drive.opKinds).toEqual(['stroke', 'stroke']);
  });

  it('a read-only picture ignores every input mode', () => {
    const { editor, drive } = setup();
    editor.readOnly = true;
    editor.handleAction({ type: 'start', sample: drive.sample('down', [300, 300]) });
    editor.handleAction({ type: 'end', sample: drive.sample('up', [600, 300]) });
    drive.line([100, 100], [500, 500]);
    expect(editor.ops).toHaveLength(0);
  });
});
