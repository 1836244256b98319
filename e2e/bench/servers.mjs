// Builds the app and the reference pages into the bench's own folder (never dist/, which the test
// suite and `npm start` use), then serves both with `vite preview`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';

const APP_PORT = 4191;
const REF_PORT = 4192;

/** Folder names stay under dist-bench/, which .gitignore already covers. */
export function benchDirs(root) {
  const out = join(root, process.env.EC_BENCH_OUT ?? 'dist-bench');
  return { app: join(out, 'app'), reference: join(out, 'reference'), referenceSource: join(root, 'e2e/bench/reference') };
}

/**
 * `reuse` skips building when both builds are already there (for iterating on the bench itself).
 * The app is built with hidden source maps: the same JavaScript byte for byte, plus .map files
 * the fill breakdown uses to name the functions in its CPU profile.
 */
export async function buildAll(root, { reuse = false } = {}) {
  const dirs = benchDirs(root);
  if (reuse && existsSync(join(dirs.app, 'index.html')) && existsSync(join(dirs.reference, 'index.html'))) return dirs;
  await build({ root, logLevel: 'warn', build: { outDir: dirs.app, emptyOutDir: true, sourcemap: 'hidden' } });
  await build({
    root: dirs.referenceSource,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: dirs.reference, emptyOutDir: true },
  });
  return dirs;
}

export async function serveAll(root, dirs) {
  const app = await preview({ root, logLevel: 'warn', build: { outDir: dirs.app }, preview: { port: APP_PORT, strictPort: true, host: '127.0.0.1' } });
  const ref = await preview({
    root: dirs.referenceSource,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: dirs.reference },
    preview: { port: REF_PORT, strictPort: true, host: '127.0.0.1' },
  });
  return {
    appUrl: `http://127.0.0.1:${APP_PORT}/`,
    refUrl: `http://127.0.0.1:${REF_PORT}/`,
    close: async () => {
      await app.close();
      await ref.close();
    },
  };
}
