/**
 * One config for the demo (`npm start`) and the library build (`npm run build`).
 * The build writes dist/samen.js (the loader), one entry per widget, dist/core.js, and
 * text chunks per language and widget, so a page downloads only its widgets and its
 * language.
 */
import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { coreApart, lightRegistry, reactEntryApart, requestGraph, stripSourceTexts } from './scripts/vite-plugins.js';
import { WIDGETS } from './scripts/widgets.mjs';

/** Each public entry: the loader and one per widget of the registry (src/widgets.ts); dist/core.js is built apart (coreApart). */
const entries: Record<string, string> = {
  samen: 'src/samen.ts',
  ...Object.fromEntries(WIDGETS.map((w) => [w.name, w.entry])),
  // React components for React hosts (react and @lit/react come from the host's own install).
  react: 'src/react/index.ts',
};

export default defineConfig({
  plugins: [stripSourceTexts(), lightRegistry(), requestGraph(WIDGETS), reactEntryApart(WIDGETS), coreApart(resolve(import.meta.dirname, 'src/core/index.ts'))],
  oxc: {
    // Lit's decorators as TypeScript's experimental ones (see tsconfig); Vite's default
    // would ship standard decorators untransformed.
    decorator: { legacy: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
  } as never,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // Library mode keeps dynamic imports plain (no preload helper in every page), but
    // leaves ES output unminified; these files go straight to browsers, so the output
    // step minifies them.
    lib: {
      entry: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, resolve(import.meta.dirname, path)])),
      formats: ['es'],
    },
    rollupOptions: {
      external: ['react', '@lit/react'],
      output: {
        // Text chunks are named by language and group (dist/locales/nl/rr.js, nl/dx-details.js), so a host,
        // scripts/size.mjs and the loader (which fetches them early) know each one's name.
        chunkFileNames: (chunk: { facadeModuleId: string | null }) => {
          const text = chunk.facadeModuleId?.match(/generated\/locales\/(\w+)\/([\w-]+)\.ts$/);
          return text ? `locales/${text[1]}/${text[2]}.js` : 'chunks/[name]-[hash].js';
        },
        minify: true,
        // The later-texts controller (controllers/lazy-texts.ts) goes in one file with the
        // element base class, which every widget loads anyway: one request less, and it
        // compresses with its neighbours. In a chunk of its own (with whatever shared code
        // rolldown put beside it) it cost every page about 1 kB more and grew the floor.
        // So do the small helpers most widgets load on their first render: the cleaned
        // property (every widget), joinAnd and plural (three of five each), files, links
        // (share.ts and its base64url: the four widgets, not the report). Alone, each was
        // a request and a chunk compressed on its own, which cost a page more than the
        // never-run code it keeps out: 0.3-0.6 kB less per widget page; the report's page
        // gets 1.0 kB more (files and links it never uses). The room-screen chunk stays
        // apart: merged, it saved three pages 0.55 kB and cost the check's 1.2 kB. The
        // later styles' adopter (later-styles.ts, three widgets) is a few lines: here too.
        codeSplitting: { groups: [{ name: 'samen-element', test: /src[\\/](?:internal[\\/](?:samen-element|later-styles|controllers[\\/](?:lazy-texts|share)|cleaned-property|list|plural|files)|core[\\/]dilemmas[\\/]base64url)\.ts$/ }] },
      } as never,
    },
  },
});
