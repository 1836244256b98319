import { hueOf, lighten } from '../model/color';
import { createRandom, mixSeed } from '../random';
import type { BrushSpec, Ctx2D } from './brush';
import { createSegmentRenderer, strokeRound, type Segment } from './segmentRenderer';

const AA_PAD = 2;

/** A solid, round felt-tip. */
export const markerBrush: BrushSpec = {
  id: 'marker',
  composite: 'source-over',
  alpha: 1,
  createRenderer: (style) =>
    createSegmentRenderer((ctx, seg) => strokeRound(ctx, seg, style.size, style.color), style.size / 2 + AA_PAD),
};

/** Wax on paper: a solid line with a fixed grain punched out of it, the same on every replay. */
export const crayonBrush: BrushSpec = {
  id: 'crayon',
  composite: 'source-over',
  alpha: 1,
  createRenderer: (style, textures) => {
    const width = style.size * 0.9;
    return createSegmentRenderer((ctx, seg) => {
      strokeRound(ctx, seg, width, style.color);
      const grain = textures.grain(ctx);
      if (!grain) return;
      ctx.save();
      ctx.globalCompositeOperation = 'destination-out';
      strokeRound(ctx, seg, width + 1, grain);
      ctx.restore();
    }, width / 2 + AA_PAD);
  },
};

/** Colour cycles through the rainbow with the distance travelled, starting at the chosen hue. */
export const rainbowBrush: BrushSpec = {
  id: 'rainbow',
  composite: 'source-over',
  alpha: 1,
  createRenderer: (style) => {
    const startHue = hueOf(style.color);
    // Long segments (fast fingers) are split so the colours blend instead of banding.
    const step = Math.max(2, style.size * 0.3);
    return createSegmentRenderer((ctx, seg) => {
      const parts = Math.max(1, Math.ceil(seg.length / step));
      for (let k = 0; k < parts; k++) {
        const t0 = k / parts;
        const t1 = (k + 1) / parts;
        const hue = (startHue + (seg.distance + seg.length * t0) * 0.45) % 360;
        const part = {
          ...seg,
          index: seg.index === 0 ? 0 : 1,
          x0: seg.x0 + (seg.x1 - seg.x0) * t0,
          y0: seg.y0 + (seg.y1 - seg.y0) * t0,
          x1: seg.x0 + (seg.x1 - seg.x0) * t1,
          y1: seg.y0 + (seg.y1 - seg.y0) * t1,
          length: seg.length / parts,
        };
        strokeRound(ctx, part, style.size, `hsl(${hue.toFixed(1)}, 88%, 55%)`);
      }
    }, style.size / 2 + AA_PAD);
  },
};

/** The eraser paints opaque white on the scratch (what the child sees) and cuts it out on commit. */
export const eraserBrush: BrushSpec = {
  id: 'eraser',
  composite: 'destination-out',
  alpha: 1,
  createRenderer: (style) => {
    const width = style.size * 1.4;
    return createSegmentRenderer((ctx, seg) => strokeRound(ctx, seg, width, '#ffffff'), width / 2 + AA_PAD);
  },
};

/** A soft-coloured trail with twinkling four-point sparkles scattered along it. */
export const glitterBrush: BrushSpec = {
  id: 'glitter',
  composite: 'source-over',
  alpha: 1,
  createRenderer: (style) => {
    const base = lighten(style.color, 0.25);
    const sparkleColours = ['#ffffff', '#fff2a8', lighten(style.color, 0.6), '#ffd54f'];
    const spread = style.size * 0.8;
    return createSegmentRenderer((ctx, seg) => {
      strokeRound(ctx, seg, style.size * 0.7, base);
      drawSparkles(ctx, seg, style.seed, style.size, spread, sparkleColours);
    }, spread + style.size * 0.3 + AA_PAD);
  },
};

function drawSparkles(
  ctx: Ctx2D,
  seg: Segment,
  seed: number,
  size: number,
  spread: number,
  colours: readonly string[],
): void {
  // Each segment has its own random stream, so the pattern does not depend on frame timing.
  const random = createRandom(mixSeed(seed, seg.index));
  const count = Math.floor((Math.max(seg.length, 4) * size) / 260 + random());
  for (let k = 0; k < count; k++) {
    const t = random();
    const angle = random() * Math.PI * 2;
    const radius = Math.sqrt(random()) * spread;
    const x = seg.x0 + (seg.x1 - seg.x0) * t + Math.cos(angle) * radius;
    const y = seg.y0 + (seg.y1 - seg.y0) * t + Math.sin(angle) * radius;
    const r = size * (0.09 + random() * 0.2);
    ctx.fillStyle = colours[Math.floor(random() * colours.length)] ?? '#ffffff';
    fourPointStar(ctx, x, y, r, random() * Math.PI);
  }
}

function fourPointStar(ctx: Ctx2D, x: number, y: number, r: number, rotation: number): void {
  const inner = r * 0.28;
  ctx.beginPath();
  for (let i = 0; i < 8; i++) {
    const a = rotation + (i * Math.PI) / 4;
    const len = i % 2 === 0 ? r : inner;
    const px = x + Math.cos(a) * len;
    const py = y + Math.sin(a) * len;
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.closePath();
  ctx.fill();
}
