/**
 * Builds the renderer (web edition; Electron loads the same files). Relative asset paths so the
 * build also works from file:// inside Electron; no inline scripts, so a strict CSP
 * (script-src 'self') holds.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist-web', import.meta.url)),
    emptyOutDir: true,
    // The module preload polyfill is injected as inline code; modern Chromium does not need it.
    modulePreload: { polyfill: false },
    sourcemap: true,
    // One bundle loaded from disk (or localhost), never over a network: splitting it gains nothing.
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
