import type { BrushId } from '../model/ops';
import type { BrushSpec } from './brush';
import { paintBrush } from './paintBrush';
import { crayonBrush, eraserBrush, glitterBrush, markerBrush, rainbowBrush } from './segmentBrushes';

const BRUSHES: Record<BrushId, BrushSpec> = {
  marker: markerBrush,
  crayon: crayonBrush,
  paint: paintBrush,
  rainbow: rainbowBrush,
  glitter: glitterBrush,
  eraser: eraserBrush,
};

export function getBrush(id: BrushId): BrushSpec {
  return BRUSHES[id];
}
