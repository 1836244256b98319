import { describe, expect, it } from 'vitest';
import { EditorDriver } from '../../test/editorDriver';
import { createNodeSurface } from '../../test/nodeCanvas';
import { Editor } from '../editor';
import { Dwell, DWELL_RADIUS_PX } from './dwell';
import { CLOSE_TAP_DOC_PX, TapToStart } from './tapToStart';

describe('dwell', () => {
  it('resting on a target for the dwell time chooses it once, with the progress on the way', () => {
    const dwell = new Dwell<string>(1000);
    expect(dwell.update(100, 100, 0, 'red')).toEqual({ target: 'red', progress: 0, chosen: null });
    expect(dwell.update(110, 95, 500, 'red').progress).toBeCloseTo(0.5);
    expect(dwell.update(104, 102, 1000, 'red').chosen).toBe('red');
    // Still resting there: chosen once only.
    expect(dwell.update(104, 102, 3000, 'red').chosen).toBeNull();
  });

  it('a pointer jittering within the ring still completes; moving past it, or to another target, starts again', () => {
    const dwell = new Dwell<string>(1000);
    dwell.update(100, 100, 0, 'red');
    for (let t = 100; t < 1000; t += 100) expect(dwell.update(100 + (t % 200 === 0 ? 1 : -1) * (DWELL_RADIUS_PX - 2), 100, t, 'red').chosen).toBeNull();
    expect(dwell.update(100, 100, 1000, 'red').chosen).toBe('red');
    dwell.update(300, 100, 1100, 'red');
    expect(dwell.update(300, 100, 1600, 'blue').progress).toBe(0);
    expect(dwell.update(300, 100, 2600, 'blue').chosen).toBe('blue');
    expect(dwell.update(300, 100, 2700, null)).toEqual({ target: null, progress: 0, chosen: null });
  });

  it('after choosing, moving away and resting again chooses again (the second dwell on the picture lifts the brush)', () => {
    const dwell = new Dwell<string>(500);
    dwell.update(0, 0, 0, 'canvas');
    expect(dwell.update(0, 0, 500, 'canvas').chosen).toBe('canvas');
    dwell.update(200, 0, 600, 'canvas');
    expect(dwell.update(200, 0, 1100, 'canvas').chosen).toBe('canvas');
  });
});

describe('tap to start, tap to stop', () => {
  function setup() {
    const editor = new Editor(createNodeSurface(), { nextSeed: () => 3 });
    return { editor, drive: new EditorDriver(editor) };
  }

  it('a tap starts the line, each next tap draws it on, a tap on the start ends it: one stroke', () => {
    const { editor, drive } = setup();
    const taps = new TapToStart();
    const run = (actions: ReturnType<TapToStart['tap']>) => actions.forEach((a) => editor.handleAction(a));
    run(taps.tap(400, 400, false));
    expect(taps.drawing).toBe(true);
    run(taps.tap(1200, 400, false));
    run(taps.hover(1200, 900));
    run(taps.tap(400 + CLOSE_TAP_DOC_PX - 5, 400, false));
    expect(taps.drawing).toBe(false);
    expect(drive.opKinds).toEqual(['stroke']);
    const points = editor.ops[0]?.kind === 'stroke' ? editor.ops[0].points : new Float32Array();
    // Through every tapped point and the hovered one.
    const passes = (x: number, y: number) => {
      for (let i = 0; i < points.length; i += 3) if (Math.hypot(points[i]! - x, points[i + 1]! - y) < 8) return true;
      return false;
    };
    expect([passes(400, 400), passes(1200, 400), passes(1200, 900)]).toEqual([true, true, true]);
  });

  it('"lift" ends the line anywhere; with fill every tap lands', () => {
    const { editor, drive } = setup();
    const taps = new TapToStart();
    const run = (actions: ReturnType<TapToStart['tap']>) => actions.forEach((a) => editor.handleAction(a));
    run(taps.tap(400, 400, false));
    run(taps.tap(900, 900, false));
    run(taps.lift());
    editor.setTool('fill');
    run(taps.tap(2000, 200, true));
    run(taps.tap(300, 1500, true));
    expect(drive.opKinds).toEqual(['stroke', 'fill']);
  });
});
