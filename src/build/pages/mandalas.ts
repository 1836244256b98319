/**
 * Mandala colouring pages, generated (no source picture): rings of petals, leaves and beads around
 * the page centre, from a simple 6-segment flower to a detailed 16-segment one. Each is drawn as
 * flat colour shapes (the colour hint), then traced by the same pipeline as the professions pages,
 * so its outlines are closed and every region is big enough for a finger.
 */
import { PAGE_HEIGHT, PAGE_WIDTH } from './compose.ts';
import type { PageNames } from './scenes.ts';

export type RingShape = 'petal' | 'leaf' | 'bead' | 'point';

export interface MandalaRing {
  shape: RingShape;
  /** Distance of the shapes' base from the centre, and their length, in page px. */
  inner: number;
  outer: number;
  /** How many shapes around the ring (a multiple of the mandala's segments). */
  count: number;
  /** Turn of the ring in half-steps, so it sits between the shapes of the ring below. */
  offset?: boolean;
}

export interface MandalaSpec {
  id: string;
  names: PageNames;
  segments: number;
  /** Radius of the centre disc. */
  centre: number;
  rings: MandalaRing[];
  /** A circle around it all (a closed band behind the outer ring). */
  frame?: number;
}

const CX = PAGE_WIDTH / 2;
const CY = PAGE_HEIGHT / 2;
/** Soft colours for the hint, alternating so neighbouring shapes always differ. */
const COLOURS = ['#f6b26b', '#93c47d', '#6fa8dc', '#e06666', '#8e7cc3', '#ffd966', '#76a5af', '#c27ba0'];

const f = (n: number) => n.toFixed(2);

/** One shape pointing outward along angle 0, from radius `inner` to `outer`, `width` wide at its widest. */
function shapePath(shape: RingShape, inner: number, outer: number, width: number): string {
  const mid = (inner + outer) / 2;
  const half = width / 2;
  switch (shape) {
    case 'petal':
      // Round-tipped petal: narrow at the base, full at two thirds, a round tip.
      return `M ${f(inner)} 0 C ${f(inner + (outer - inner) * 0.3)} ${f(-half * 1.1)}, ${f(outer)} ${f(-half)}, ${f(outer)} 0 C ${f(outer)} ${f(half)}, ${f(inner + (outer - inner) * 0.3)} ${f(half * 1.1)}, ${f(inner)} 0 Z`;
    case 'leaf':
      // Pointed at both ends.
      return `M ${f(inner)} 0 Q ${f(mid)} ${f(-half * 1.3)} ${f(outer)} 0 Q ${f(mid)} ${f(half * 1.3)} ${f(inner)} 0 Z`;
    case 'point':
      // A wide triangle with a gently rounded base, like a sun's ray.
      return `M ${f(inner)} ${f(-half)} L ${f(outer)} 0 L ${f(inner)} ${f(half)} Q ${f(inner - half * 0.3)} 0 ${f(inner)} ${f(-half)} Z`;
    case 'bead':
      return `M ${f(mid - (outer - inner) / 2)} 0 A ${f((outer - inner) / 2)} ${f(Math.min(half, (outer - inner) / 2))} 0 1 0 ${f(mid + (outer - inner) / 2)} 0 A ${f((outer - inner) / 2)} ${f(Math.min(half, (outer - inner) / 2))} 0 1 0 ${f(mid - (outer - inner) / 2)} 0 Z`;
  }
}

/** The mandala as flat-colour SVG on white, 2400 × 1697. */
export function mandalaSvg(spec: MandalaSpec): string {
  const parts: string[] = [];
  const outermost = Math.max(spec.centre, ...spec.rings.map((r) => r.outer));
  if (spec.frame) {
    parts.push(`<circle cx="${CX}" cy="${CY}" r="${spec.frame}" fill="#fff2cc"/>`);
    parts.push(`<circle cx="${CX}" cy="${CY}" r="${f(spec.frame - 70)}" fill="#ffffff"/>`);
  }
  // Rings from the outside in, so inner shapes lie over the bases of outer ones.
  const rings = [...spec.rings].sort((a, b) => b.outer - a.outer);
  rings.forEach((ring, r) => {
    const step = 360 / ring.count;
    // Widest a shape can be without touching its neighbours at its widest radius.
    const radius = ring.shape === 'bead' ? (ring.inner + ring.outer) / 2 : ring.inner + (ring.outer - ring.inner) * 0.6;
    const width = Math.min(2 * radius * Math.sin(Math.PI / ring.count) * 0.78, (ring.outer - ring.inner) * 0.9);
    const d = shapePath(ring.shape, ring.inner, ring.outer, width);
    for (let i = 0; i < ring.count; i++) {
      const angle = i * step + (ring.offset ? step / 2 : 0) - 90;
      const colour = COLOURS[(r * 3 + (i % 2)) % COLOURS.length];
      parts.push(`<path d="${d}" fill="${colour}" transform="translate(${CX} ${f(CY)}) rotate(${f(angle)})"/>`);
    }
  });
  parts.push(`<circle cx="${CX}" cy="${f(CY)}" r="${spec.centre}" fill="${COLOURS[5]}"/>`);
  parts.push(`<circle cx="${CX}" cy="${f(CY)}" r="${f(spec.centre * 0.45)}" fill="${COLOURS[3]}"/>`);
  if (outermost > CY - 20) throw new Error(`${spec.id}: reaches ${outermost} px from the centre, beyond the page`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE_WIDTH}" height="${PAGE_HEIGHT}" viewBox="0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}"><rect width="${PAGE_WIDTH}" height="${PAGE_HEIGHT}" fill="#ffffff"/>${parts.join('')}</svg>`;
}

const names = (n: number): PageNames => ({ en: `Mandala ${n}`, ru: `Мандала ${n}`, kk: `Мандала ${n}` });

/** From simple (6 big petals) to detailed (16 segments, four rings); ten in the theme. */
export const MANDALAS: readonly MandalaSpec[] = [
  { id: 'mandala-1', names: names(1), segments: 6, centre: 140, rings: [{ shape: 'petal', inner: 120, outer: 560, count: 6 }] },
  {
    id: 'mandala-2',
    names: names(2),
    segments: 6,
    centre: 130,
    rings: [
      { shape: 'petal', inner: 110, outer: 420, count: 6 },
      { shape: 'leaf', inner: 330, outer: 700, count: 6, offset: true },
    ],
  },
  {
    id: 'mandala-3',
    names: names(3),
    segments: 8,
    centre: 140,
    rings: [
      { shape: 'petal', inner: 120, outer: 440, count: 8 },
      { shape: 'point', inner: 420, outer: 720, count: 8, offset: true },
    ],
  },
  {
    id: 'mandala-4',
    names: names(4),
    segments: 8,
    centre: 120,
    frame: 800,
    rings: [
      { shape: 'leaf', inner: 100, outer: 400, count: 8 },
      { shape: 'petal', inner: 360, outer: 660, count: 8, offset: true },
    ],
  },
  {
    id: 'mandala-5',
    names: names(5),
    segments: 10,
    centre: 150,
    rings: [
      { shape: 'petal', inner: 130, outer: 400, count: 10 },
      { shape: 'bead', inner: 420, outer: 520, count: 10, offset: true },
      { shape: 'leaf', inner: 520, outer: 800, count: 10 },
    ],
  },
  {
    id: 'mandala-6',
    names: names(6),
    segments: 12,
    centre: 160,
    rings: [
      { shape: 'leaf', inner: 140, outer: 420, count: 12 },
      { shape: 'petal', inner: 380, outer: 640, count: 12, offset: true },
      { shape: 'point', inner: 620, outer: 800, count: 12 },
    ],
  },
  {
    id: 'mandala-7',
    names: names(7),
    segments: 12,
    centre: 130,
    frame: 810,
    rings: [
      { shape: 'petal', inner: 110, outer: 360, count: 12 },
      { shape: 'bead', inner: 370, outer: 460, count: 12, offset: true },
      { shape: 'petal', inner: 450, outer: 720, count: 12 },
    ],
  },
  {
    id: 'mandala-8',
    names: names(8),
    segments: 16,
    centre: 150,
    rings: [
      { shape: 'petal', inner: 130, outer: 380, count: 16 },
      { shape: 'leaf', inner: 360, outer: 560, count: 16, offset: true },
      { shape: 'bead', inner: 570, outer: 650, count: 16 },
      { shape: 'point', inner: 650, outer: 820, count: 16, offset: true },
    ],
  },
  {
    id: 'mandala-9',
    names: names(9),
    segments: 10,
    centre: 120,
    frame: 815,
    rings: [
      { shape: 'leaf', inner: 100, outer: 330, count: 10 },
      { shape: 'point', inner: 330, outer: 520, count: 10, offset: true },
      { shape: 'petal', inner: 500, outer: 720, count: 10 },
    ],
  },
  {
    id: 'mandala-10',
    names: names(10),
    segments: 14,
    centre: 140,
    rings: [
      { shape: 'petal', inner: 120, outer: 360, count: 14 },
      { shape: 'bead', inner: 370, outer: 450, count: 14, offset: true },
      { shape: 'leaf', inner: 450, outer: 680, count: 14 },
      { shape: 'bead', inner: 700, outer: 790, count: 14, offset: true },
    ],
  },
];
