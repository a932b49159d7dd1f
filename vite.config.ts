// The web UI: plain TypeScript modules under web/, built into dist/web, which `pactwatch serve` serves under a
// strict CSP (so the build must emit only external scripts and stylesheets: no inline code).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  base: '/',
  clearScreen: false,
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The polyfill is for browsers without modulepreload; every supported one has it.
    modulePreload: { polyfill: false },
  },
  // `npx vite` for UI work: the API comes from a `pactwatch serve` on the default port.
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
