import type { Plugin } from 'vite';

/** Chunk file names of the bundle, as Vite hands them to transformIndexHtml. */
interface ChunkInfo {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  imports?: string[];
  isEntry?: boolean;
}

/**
 * The drawing screen is the app's main screen but loads as its own chunk (the home screen paints
 * without it). This asks for it, and the chunks it imports, in index.html: the browser fetches and
 * compiles them alongside the entry, and main.tsx runs them while storage opens, so neither the
 * download nor the compile waits for the child's first tap.
 */
export function preloadDrawingPlugin(moduleSuffix = '/src/features/drawing/DrawingScreen.tsx'): Plugin {
  return {
    name: 'preload-drawing-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const links = drawingPreloads(Object.values(ctx.bundle) as ChunkInfo[], moduleSuffix).map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`);
        return html.replace(/\n([ \t]*)<\/head>/, (_match, indent: string) => `${links.map((link) => `\n${indent}  ${link}`).join('')}\n${indent}</head>`);
      },
    },
  };
}

/** The chunk whose module ends in `moduleSuffix` and every chunk it imports, minus what the entry already loads. */
export function drawingPreloads(chunks: ChunkInfo[], moduleSuffix: string): string[] {
  const byName = new Map(chunks.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  const loadedByEntry = new Set<string>();
  const collect = (name: string, into: Set<string>) => {
    if (into.has(name)) return;
    into.add(name);
    for (const next of byName.get(name)?.imports ?? []) collect(next, into);
  };
  for (const chunk of byName.values()) if (chunk.isEntry) collect(chunk.fileName, loadedByEntry);
  const target = [...byName.values()].find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(moduleSuffix));
  if (!target) throw new Error(`preload-drawing-screen: no chunk for ${moduleSuffix}`);
  const wanted = new Set<string>();
  collect(target.fileName, wanted);
  return [...wanted].filter((name) => !loadedByEntry.has(name));
}
