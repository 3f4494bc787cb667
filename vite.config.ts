/**
 * One config for the demo (`npm start`) and the library build (`npm run build`).
 * The build writes dist/samen.js (the loader), one entry per widget, dist/core.js, and
 * text chunks per language and widget, so a page downloads only its widgets and its
 * language.
 */
import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { WIDGETS } from './scripts/widgets.mjs';

/** Each public entry: the loader, the rules core, and one per widget of the registry (src/widgets.ts). */
const entries: Record<string, string> = {
  samen: 'src/samen.ts',
  core: 'src/core/index.ts',
  ...Object.fromEntries(WIDGETS.map((w) => [w.name, w.entry])),
};

/**
 * Short ids for the shipped code: message ids such as `dx.answer.central-coordination`
 * are for translators; in the build each becomes a two- or three-letter key, the same
 * in the code and in the text modules. Every id in the XLIFF gets one, in sorted order.
 */
function shortIds(): Map<string, string> {
  const ids = [...readFileSync('locales/nl.xlf', 'utf8').matchAll(/<trans-unit id="([^"]+)">/g)].map((m) => m[1]).sort();
  return new Map(ids.map((id, index) => [id, index.toString(36)]));
}

/**
 * Removes the English source text from every msg() call in the shipped code, and the
 * translators' descriptions. Every language, English included, is loaded from a text
 * module (src/localization.ts), so the source strings would only be dead weight that
 * each visitor downloads on top of their own language. Placeholders stay: str`${a}`.
 */
function stripSourceTexts(): Plugin {
  let short = new Map<string, string>();
  return {
    name: 'samen-strip-source-texts',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      short = shortIds();
    },
    transform(code, id) {
      // The text modules: the same short keys as the code below.
      if (/\/src\/generated\/locales\/.*\.ts$/.test(id)) {
        return { code: code.replace(/^(\s*)"([^"]+)":/gm, (whole, space, key) => (short.has(key) ? `${space}"${short.get(key)}":` : whole)), map: null };
      }
      if (!/\/src\/(components|internal|styles)\/.*\.ts$/.test(id)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: Array<[number, number, string]> = [];
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
          const [text, options] = node.arguments;
          if (text && ts.isStringLiteralLike(text)) edits.push([text.getStart(), text.getEnd(), "''"]);
          if (text && ts.isTaggedTemplateExpression(text) && ts.isTemplateExpression(text.template)) {
            const t = text.template;
            edits.push([t.head.getStart(), t.head.getEnd(), '`${']);
            t.templateSpans.forEach((span, i) =>
              edits.push([span.literal.getStart(), span.literal.getEnd(), i === t.templateSpans.length - 1 ? '}`' : '}${']));
          }
          if (options && ts.isObjectLiteralExpression(options)) {
            const props = options.properties;
            props.forEach((p, i) => {
              if (p.name?.getText() === 'id' && ts.isPropertyAssignment(p) && ts.isStringLiteralLike(p.initializer) && short.has(p.initializer.text)) {
                edits.push([p.initializer.getStart(), p.initializer.getEnd(), `'${short.get(p.initializer.text)}'`]);
              }
              if (p.name?.getText() !== 'desc') return;
              edits.push(i > 0 ? [props[i - 1].getEnd(), p.getEnd(), ''] : [p.getStart(), props[1]?.getStart() ?? p.getEnd(), '']);
            });
          }
        }
        if (ts.isTaggedTemplateExpression(node) && ['html', 'css', 'svg'].includes(node.tag.getText())) {
          const parts = ts.isNoSubstitutionTemplateLiteral(node.template)
            ? [node.template]
            : [node.template.head, ...node.template.templateSpans.map((s) => s.literal)];
          for (const part of parts) {
            const raw = part.getText();
            const folded = node.tag.getText() === 'css'
              ? raw.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*\n\s*/g, ' ').replace(/\s*([{};])\s*/g, '$1')
              : raw.replace(/\s*\n\s*/g, ' ');
            if (folded !== raw) edits.push([part.getStart(), part.getEnd(), folded]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      if (!edits.length) return null;
      // Also fold the layout whitespace of html`` and css`` templates: line breaks and
      // indentation render as at most one space, so they are bytes for nothing.
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

export default defineConfig({
  plugins: [stripSourceTexts()],
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
      output: {
        // Text chunks are named by language and widget (dist/locales/nl/rr-….js), so a
        // host, and scripts/size.mjs, can tell what each page downloads.
        chunkFileNames: (chunk: { facadeModuleId: string | null }) => {
          const text = chunk.facadeModuleId?.match(/generated\/locales\/(\w+)\/(\w+)\.ts$/);
          return text ? `locales/${text[1]}/${text[2]}-[hash].js` : 'chunks/[name]-[hash].js';
        },
        minify: true,
      } as never,
    },
  },
});
