import { getBrush } from './brushes/registry';
import type { Op } from './model/ops';
import { pointCount } from './model/ops';
import type { RasterSurface } from './raster';

/** Draws one op onto the picture exactly as it was drawn live. */
export function replayOp(surface: RasterSurface, op: Op): void {
  if (op.kind === 'clear') {
    surface.clearPaint();
    return;
  }
  const spec = getBrush(op.brush);
  const renderer = spec.createRenderer(op, surface.textures);
  renderer.draw(surface.scratch, op.points, pointCount(op), true);
  const rect = renderer.bounds.toPageRect();
  if (rect) surface.commitScratch(rect, spec.composite, spec.alpha);
}
