/**
 * The embed configurator as one self-contained page, dist/configurator.html, for an
 * editor who receives dist/ without a dev server: its script (every widget, every
 * language) and styles are inlined as a classic script, so it works from any folder
 * and from a file opened on disk (browsers refuse module scripts from file://).
 * Run after the library build (npm run build does): it adds to dist/, it does not empty it.
 */
import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';
import library from './vite.config.js';

/** Moves the built script and styles into the HTML and drops the separate files. */
function inlineEverything(): Plugin {
  return {
    name: 'samen-configurator-inline',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((f) => f.fileName.endsWith('.html'));
      if (!html || html.type !== 'asset') return;
      let page = String(html.source);
      const scripts: string[] = [];
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') scripts.push(file.code);
        else if (file.fileName.endsWith('.css')) page = page.replace(/<link rel="stylesheet"[^>]*>/, () => `<style>${String(file.source)}</style>`);
        else continue;
        delete bundle[file.fileName];
      }
      page = page.replace(/<link rel="stylesheet"[^>]*>/g, '').replace(/<script type="module"[^>]*><\/script>/g, '');
      // At the end of the body: a classic inline script runs at once, and needs the form parsed.
      const code = scripts.join('\n').replace(/<\/script/gi, '<\\/script');
      html.source = page.replace('</body>', () => `<script>${code}</script>\n</body>`);
    },
  };
}

export default defineConfig({
  ...library,
  // The themes the preview offers are next to the page in dist/themes/.
  define: { __SAMEN_THEMES__: JSON.stringify('./themes/') },
  plugins: [...(library.plugins ?? []), inlineEverything()],
  base: './',
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    modulePreload: false,
    cssCodeSplit: false,
    rollupOptions: {
      // import.meta means nothing in a classic script (the loader's preload is unused here).
      transform: { define: { 'import.meta.url': 'document.baseURI' } },
      input: { configurator: resolve(import.meta.dirname, 'configurator.html') },
      output: { format: 'iife', minify: true },
    } as never,
  },
});
