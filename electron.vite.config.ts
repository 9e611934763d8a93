import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// One build for both shells: out/main + out/preload for Electron, out/renderer
// for the desktop window and for web mode (npm run web, end-to-end tests).
export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { main: resolve(__dirname, 'electron/main.ts') }, external: ['better-sqlite3'] },
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
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
