import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { MANDALAS, mandalaSvg } from './mandalas';
import { TRACE_DEFAULTS, traceScene } from '../../engine/trace/trace';

function traced(id: string) {
  const spec = MANDALAS.find((m) => m.id === id)!;
  const image = new Resvg(mandalaSvg(spec), { fitTo: { mode: 'width', value: 2400 } }).render();
  return traceScene(new Uint8Array(image.pixels.buffer, image.pixels.byteOffset, image.pixels.length), image.width, image.height);
}

describe('mandala pages', () => {
  it('are at least ten, from simple to detailed, each within the page', () => {
    expect(MANDALAS.length).toBeGreaterThanOrEqual(10);
    expect(MANDALAS[0]!.segments).toBe(6);
    expect(Math.max(...MANDALAS.map((m) => m.segments))).toBeGreaterThanOrEqual(16);
    for (const spec of MANDALAS) expect(() => mandalaSvg(spec)).not.toThrow();
  });

  // The simplest and the most detailed pass the tracer's checks, as the build script requires of every page.
  it.each(['mandala-1', 'mandala-8'])('%s traces into closed outlines with regions big enough for a finger', (id) => {
    const result = traced(id);
    expect(result.leaks).toBe(0);
    const spec = MANDALAS.find((m) => m.id === id)!;
    // Every shape is its own region, plus the centre's two and the paper around.
    const shapes = spec.rings.reduce((n, ring) => n + ring.count, 0);
    expect(result.regions.count).toBeGreaterThanOrEqual(shapes + 2);
    expect(Math.min(...result.regions.areas)).toBeGreaterThanOrEqual(TRACE_DEFAULTS.minFinalArea);
  }, 30_000);
});
