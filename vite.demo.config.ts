/**
 * Builds the demo site (index.html, configurator.html) as a visitor would get it,
 * minified, into demo-dist/: what the benchmark's Lighthouse run measures.
 */
import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import library from './vite.config.js';

export default defineConfig({
  ...library,
  build: {
    target: 'es2022',
    outDir: 'demo-dist',
    emptyOutDir: true,
    rollupOptions: {
      input: { index: resolve(import.meta.dirname, 'index.html'), configurator: resolve(import.meta.dirname, 'configurator.html') },
    },
  },
});
