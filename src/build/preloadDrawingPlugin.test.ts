import { describe, expect, it } from 'vitest';
import { drawingPreloads } from './preloadDrawingPlugin';

const chunk = (fileName: string, imports: string[], extra: { isEntry?: boolean; facadeModuleId?: string } = {}) => ({ type: 'chunk' as const, fileName, imports, ...extra });

describe('the drawing screen preloaded from index.html', () => {
  const bundle = [
    chunk('assets/index.js', ['assets/runtime.js'], { isEntry: true, facadeModuleId: '/repo/src/main.tsx' }),
    chunk('assets/runtime.js', []),
    chunk('assets/DrawingScreen.js', ['assets/runtime.js', 'assets/session.js'], { facadeModuleId: '/repo/src/features/drawing/DrawingScreen.tsx' }),
    chunk('assets/session.js', ['assets/surface.js', 'assets/runtime.js']),
    chunk('assets/surface.js', []),
    chunk('assets/GalleryScreen.js', ['assets/runtime.js'], { facadeModuleId: '/repo/src/features/gallery/GalleryScreen.tsx' }),
    { type: 'asset' as const, fileName: 'assets/index.css' },
  ];

  it('lists its chunk and every chunk it imports, but nothing the entry loads anyway and no other screen', () => {
    expect(drawingPreloads(bundle, '/src/features/drawing/DrawingScreen.tsx')).toEqual(['assets/DrawingScreen.js', 'assets/session.js', 'assets/surface.js']);
  });

  it('fails the build when the screen has no chunk of its own (a renamed file would silently lose the preload)', () => {
    expect(() => drawingPreloads(bundle, '/src/features/drawing/Missing.tsx')).toThrow(/no chunk/);
  });
});
