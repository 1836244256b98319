import { vi } from 'vitest';
import type { RawPointer } from '../engine/input/pointerFilter';
import { nodeCanvasFactory } from './nodeCanvas';

/**
 * What a picture needs from a browser, for jsdom tests: real (Skia) canvases that can encode PNG,
 * Web Locks as the browser grants them, and an IndexedDB whose writes can be made to fail.
 */
export function useRealCanvases(): typeof document.createElement {
  const original = document.createElement.bind(document);
  vi.spyOn(document, 'createElement').mockImplementation(((tag: string, options?: ElementCreationOptions) => {
    if (tag !== 'canvas') return original(tag, options);
    const canvas = nodeCanvasFactory(1, 1) as unknown as { encode(format: 'png'): Promise<Uint8Array>; toBlob?: unknown };
    canvas.toBlob = (done: (blob: Blob | null) => void, type = 'image/png') =>
      void canvas.encode('png').then((bytes) => done(new Blob([new Uint8Array(bytes)], { type })));
    return canvas;
  }) as typeof document.createElement);
  return original;
}

/** navigator.locks with `ifAvailable`, enough for one tab's picture locks. */
export function useFakeWebLocks(): { held: Set<string> } {
  const held = new Set<string>();
  const locks = {
    async request(name: string, options: { ifAvailable?: boolean }, callback: (lock: { name: string } | null) => unknown) {
      if (held.has(name) && options.ifAvailable) return callback(null);
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
      }
    },
  };
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
  return { held };
}

/** While `failing` is true every IndexedDB write throws, as a full or broken disk does. */
export function useFailingWrites(): { failing: boolean } {
  const state = { failing: false };
  const store = (globalThis as unknown as { IDBObjectStore?: { prototype: Record<string, unknown> } }).IDBObjectStore;
  if (!store) throw new Error('Install fake-indexeddb/auto first');
  for (const method of ['put', 'add', 'delete', 'clear'] as const) {
    const original = store.prototype[method] as (...args: unknown[]) => unknown;
    store.prototype[method] = function (this: unknown, ...args: unknown[]) {
      if (state.failing) throw new DOMException('The disk is full', 'QuotaExceededError');
      return original.apply(this, args);
    };
  }
  return state;
}

let clock = 0;

/** A finger stroke straight across the picture at height `y`, as the pointer filter receives it. */
export function drawStrokeAcross(editor: { handlePointer(sample: RawPointer): void }, y: number): void {
  const at = (phase: RawPointer['phase'], x: number): RawPointer => ({ id: 1, kind: 'touch', phase, x, y, pressure: 0.5, contactWidth: 10, contactHeight: 10, time: (clock += 20) });
  editor.handlePointer(at('down', 200));
  for (let x = 300; x <= 900; x += 100) editor.handlePointer(at('move', x));
  editor.handlePointer(at('up', 900));
}
