/**
 * Anti-aliased round-capped strokes along polylines, by exact distance from each pixel centre to
 * the nearest segment: a stroke 2·halfWidth px wide, whose edge pixels get partial alpha. Pure
 * functions over typed arrays (no canvas), so the tracer runs in Node and in a Web Worker alike.
 */

/**
 * Strokes the polyline `points` (x, y pairs in pixel coordinates) into `alpha` (0–255), keeping
 * the larger value where strokes overlap. A pixel at distance d from the line gets coverage
 * halfWidth + ½ − d, so it counts as ink (≥ 128) exactly when d ≤ halfWidth.
 */
export function strokePolyline(alpha: Uint8Array, width: number, height: number, points: Float64Array, closed: boolean, halfWidth: number): void {
  const n = points.length / 2;
  if (n === 0) return;
  const reach = halfWidth + 0.5;
  const segments = closed ? n : Math.max(1, n - 1);
  for (let s = 0; s < segments; s++) {
    const ax = points[s * 2]!, ay = points[s * 2 + 1]!;
    const e = (s + 1) % n;
    const bx = n === 1 ? ax : points[e * 2]!, by = n === 1 ? ay : points[e * 2 + 1]!;
    const dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
    const x0 = Math.max(0, Math.floor(Math.min(ax, bx) - reach)), x1 = Math.min(width - 1, Math.ceil(Math.max(ax, bx) + reach));
    const y0 = Math.max(0, Math.floor(Math.min(ay, by) - reach)), y1 = Math.min(height - 1, Math.ceil(Math.max(ay, by) + reach));
    for (let y = y0; y <= y1; y++) {
      const py = y + 0.5;
      for (let x = x0; x <= x1; x++) {
        const px = x + 0.5;
        let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        const qx = ax + t * dx - px, qy = ay + t * dy - py;
        const cover = reach - Math.sqrt(qx * qx + qy * qy);
        if (cover <= 0) continue;
        const a = cover >= 1 ? 255 : Math.round(cover * 255);
        const i = y * width + x;
        if (a > alpha[i]!) alpha[i] = a;
      }
    }
  }
}
