import { vi } from 'vitest';
import type { Editor } from '../engine/editor';
import { EditorDriver } from './editorDriver';
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

const drivers = new WeakMap<Editor, EditorDriver>();

/** A finger stroke straight across the picture at height `y` (one driver per editor keeps its clock running). */
export function drawStrokeAcross(editor: Editor, y: number): void {
  let driver = drivers.get(editor);
  if (!driver) drivers.set(editor, (driver = new EditorDriver(editor)));
  driver.line([200, y], [900, y], 7);
}
