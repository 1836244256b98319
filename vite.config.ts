/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { cspPlugin } from './src/build/cspPlugin.ts';
import { fluentEmojiPlugin } from './src/build/fluentEmojiPlugin.ts';
import { preloadDrawingPlugin } from './src/build/preloadDrawingPlugin.ts';

const BUILD_ID = process.env.EC_BUILD_ID ?? process.env.npm_package_version ?? 'dev';

export default defineConfig({
  define: { __APP_BUILD__: JSON.stringify(BUILD_ID) },
  plugins: [
    react(),
    fluentEmojiPlugin(),
    cspPlugin(),
    preloadDrawingPlugin(),
    VitePWA({
      // Never reload under a child's finger: the app applies updates itself, on the home screen.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.png', 'icons/*.svg'],
      manifest: {
        name: 'Enchanting Canvas',
        short_name: 'Canvas',
        description: "A calm drawing app for children's art-therapy master classes",
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'fullscreen',
        display_override: ['fullscreen', 'standalone'],
        orientation: 'any',
        background_color: '#fff4e0',
        theme_color: '#fff4e0',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webp,woff2,mp3,webm,ogg,json,webmanifest}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Small assets stay files (precached) rather than data: URIs.
    assetsInlineLimit: 0,
    sourcemap: false,
    // A screen's chunks are asked for by the import itself: Vite's helper would add a <link> per
    // chunk to the page first, tens of milliseconds of main thread on a slow tablet for nothing
    // (the drawing screen's are in index.html already, see preloadDrawingPlugin).
    modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    rolldownOptions: {
      output: {
        // Everything the home screen needs in one file: at 4× CPU each extra chunk on the way to
        // the first paint costs its own request, compile and evaluation turn.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
