import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

// react-router's package points every condition at its development build; its production
// build (no dev warnings, smaller) has to be named.
const reactRouterProduction = resolve(__dirname, 'node_modules/react-router/dist/production/index.mjs');

// main.tsx sends the first screen's calls and only then imports the app (boot.tsx); these
// links let the browser fetch the app's chunks together with main.tsx instead of after it.
const preloadBoot: Plugin = {
  name: 'werkagenda-preload-boot',
  transformIndexHtml: {
    order: 'post',
    handler(_html, { bundle, chunk }) {
      if (!bundle || !chunk) return [];
      const files = new Set<string>();
      const add = (file: string) => {
        const item = bundle[file];
        if (files.has(file) || file === chunk.fileName || item?.type !== 'chunk') return;
        files.add(file);
        item.imports.forEach(add);
      };
      chunk.dynamicImports.forEach(add);
      return [...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const }));
    },
  },
};

// One build for both shells: out/main + out/preload for Electron, out/renderer
// for the desktop window and for web mode (npm run web, end-to-end tests).
// WERKAGENDA_RENDERER_OUT: the bench builds its counting renderer (VITE_BENCH=1) elsewhere.
export default defineConfig(({ mode }) => ({
  main: {
    build: {
      // web: npm run web runs the same built core as the desktop app, without Electron (web-cli.ts).
      rollupOptions: { input: { main: resolve(__dirname, 'electron/main.ts'), web: resolve(__dirname, 'electron/web-cli.ts') }, external: ['better-sqlite3'] },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only require 'electron': bundle zod and shared/ into it.
      externalizeDeps: false,
      rollupOptions: { input: { preload: resolve(__dirname, 'electron/preload.ts') }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), preloadBoot],
    define: mode === 'production' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
    resolve: mode === 'production' ? { alias: [{ find: /^react-router$/, replacement: reactRouterProduction }] } : {},
    build: {
      outDir: resolve(__dirname, process.env.WERKAGENDA_RENDERER_OUT ?? 'out/renderer'),
      minify: mode === 'production',
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
}));
