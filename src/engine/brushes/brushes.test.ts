import { describe, expect, it } from 'vitest';
import { createNodeSurface, inkedPixels, pixelHash } from '../../test/nodeCanvas';
import { BRUSH_IDS, type BrushId } from '../model/ops';
import { createGrainTile } from './grain';
import { getBrush } from './registry';
import type { StrokeStyle } from './brush';

const surface = createNodeSurface();
const ctx = surface.scratch;

function wavyPoints(n = 60): number[] {
  const pts: number[] = [];
  for (let i = 0; i < n; i++) pts.push(200 + i * 12, 400 + Math.sin(i / 5) * 80, 0.5);
  return pts;
}

function render(brush: BrushId, points: number[], style: Partial<StrokeStyle> = {}, chunks = 1): string {
  ctx.clearRect(0, 0, 2400, 1697);
  const renderer = getBrush(brush).createRenderer({ brush, color: '#1e4fd8', size: 34, seed: 99, pressure: false, ...style }, surface.textures);
  const count = points.length / 3;
  // Draw in chunks like live frames, finishing with the final call.
  for (let c = 1; c < chunks; c++) renderer.draw(ctx, points, Math.floor((count * c) / chunks), false);
  renderer.draw(ctx, points, count, true);
  return pixelHash(ctx, 0, 0, 1200, 800);
}

describe('brushes', () => {
  it.each(BRUSH_IDS)('%s paints visible pixels along the path', (brush) => {
    render(brush, wavyPoints());
    expect(inkedPixels(ctx, 0, 0, 1200, 800)).toBeGreaterThan(5000);
  });

  it.each(BRUSH_IDS)('%s draws identical pixels live (in frames) and on replay', (brush) => {
    const points = wavyPoints();
    expect(render(brush, points, {}, 7)).toBe(render(brush, points, {}, 1));
  });

  it('glitter sparkles come from the stroke seed', () => {
    const points = wavyPoints();
    const a = render('glitter', points, { seed: 1 });
    expect(render('glitter', points, { seed: 1 })).toBe(a);
    expect(render('glitter', points, { seed: 2 })).not.toBe(a);
  });

  it('crayon leaves paper grain showing through the wax', () => {
    render('crayon', wavyPoints());
    const data = ctx.getImageData(300, 380, 300, 60).data;
    let solid = 0;
    let grain = 0;
    for (let i = 3; i < data.length; i += 4) {
      const a = data[i] as number;
      if (a === 255) solid++;
      else if (a > 0) grain++;
    }
    expect(solid).toBeGreaterThan(grain);
    expect(grain).toBeGreaterThan(solid * 0.05);
  });

  it('the grain tile is the same on every device', () => {
    expect(Array.from(createGrainTile(7, 16))).toEqual(Array.from(createGrainTile(7, 16)));
  });

  it('a large brush is at least four times as wide as a small one', () => {
    const straight = [300, 400, 0.5, 900, 400, 0.5];
    const widthAt = () => {
      const column = ctx.getImageData(600, 0, 1, 800).data;
      let w = 0;
      for (let i = 3; i < column.length; i += 4) if ((column[i] as number) > 127) w++;
      return w;
    };
    render('marker', straight, { size: 14 });
    const small = widthAt();
    render('marker', straight, { size: 70 });
    expect(widthAt()).toBeGreaterThanOrEqual(small * 4);
  });

  it('a tap (a single point) makes a dot', () => {
    for (const brush of BRUSH_IDS) {
      render(brush, [500, 500, 0.5]);
      expect(inkedPixels(ctx, 450, 450, 100, 100), brush).toBeGreaterThan(100);
    }
  });

  it('paint follows pen pressure', () => {
    const pressured = (p: number) => {
      const pts: number[] = [];
      for (let i = 0; i < 40; i++) pts.push(300 + i * 10, 400, p);
      render('paint', pts, { pressure: true });
      return inkedPixels(ctx, 0, 0, 1200, 800);
    };
    expect(pressured(1)).toBeGreaterThan(pressured(0.2) * 1.3);
  });
});
