/**
 * The build's own plugins (used by vite.config.ts): short message ids without source
 * texts and minified templates, the loader's request graph, the React entry kept apart
 * and the rules core built on its own.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { minifyHTMLLiterals } from 'minify-literals';
import { build, type Plugin } from 'vite';
import type { WidgetEntry } from '../src/widgets.ts';

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
export function stripSourceTexts(): Plugin {
  let short = new Map<string, string>();
  return {
    name: 'samen-strip-source-texts',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      short = shortIds();
    },
    async transform(code, id) {
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
        // svg`` templates are not minify-literals' business: fold their layout whitespace here.
        if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'svg') {
          const parts = ts.isNoSubstitutionTemplateLiteral(node.template)
            ? [node.template]
            : [node.template.head, ...node.template.templateSpans.map((s) => s.literal)];
          for (const part of parts) {
            const raw = part.getText();
            const folded = raw.replace(/\s*\n\s*/g, ' ');
            if (folded !== raw) edits.push([part.getStart(), part.getEnd(), folded]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      // html`` and css`` templates through a kept minifier (html-minifier-terser and
      // clean-css, made for Lit's templates): layout whitespace, comments, CSS shorthand.
      const minified = await minifyHTMLLiterals(out, { fileName: id });
      if (minified) out = minified.code;
      return out === code ? null : { code: out, map: null };
    },
  };
}


/**
 * dist/samen.css, for the embed snippet: each widget's place kept while its code
 * loads, so nothing on the page moves when it appears. At most the viewport's height:
 * then what follows the widget is below the fold while it grows.
 */
export function reserveStyles(widgets: ReadonlyArray<Omit<WidgetEntry, 'load'>>): string {
  return `/* samen: keeps each widget's place while it loads, so the page does not shift. */\n${widgets
    .map((w) => `${w.tag}:not(:defined){display:block;min-height:min(${w.reserve},100vh)}`)
    .join('\n')}\n`;
}

/** The marker in src/samen.ts that the build replaces with the request graph. */
const GRAPH_MARKER = /(["'`])\{\\?"__samen_graph__\\?":0\}\1/;

/**
 * The loader's request graph: for each widget, every file its entry needs (the entry
 * and its static chunks, transitively) and the text groups it loads, written into
 * dist/samen.js. The loader then asks
 * for all of them at once (modulepreload), with the page language's text modules, so a
 * first visit waits for the loader and one more round trip instead of a chain of six.
 * Also writes dist/samen.css (see reserveStyles).
 * Library builds only; elsewhere (dev server, tests, demo site) the loader imports as usual.
 */
export function requestGraph(widgets: ReadonlyArray<Omit<WidgetEntry, 'load'>>): Plugin {
  return {
    name: 'samen-request-graph',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const loader = chunks.find((c) => c.isEntry && c.name === 'samen');
      if (!loader) return;
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const closure = (file: string, seen: string[] = []): string[] => {
        if (seen.includes(file)) return seen;
        seen.push(file);
        for (const dep of byFile.get(file)?.imports ?? []) closure(dep, seen);
        return seen;
      };
      const locales = [...new Set(chunks.map((c) => c.fileName.match(/^locales\/([\w-]+)\//)?.[1]).filter(Boolean))];
      const entryOf = (w: Omit<WidgetEntry, 'load'>) => {
        const entry = chunks.find((c) => c.isEntry && c.name === w.name);
        if (!entry) throw new Error(`request graph: no entry chunk for ${w.tag}`);
        return entry;
      };
      // The text groups a widget's code loads as it registers (its own, and another
      // widget's it shows too: the quality report uses the quality check's texts). A later
      // group (a name with a hyphen, such as dx-details) loads only when needed: not
      // preloaded, unless the registry lists it in the widget's `startTexts`.
      const textGroups = (files: string[], start: readonly string[] = []) => [...new Set(files.flatMap((f) => byFile.get(f)?.dynamicImports ?? [])
        .map((f) => f.match(/^locales\/[\w-]+\/([\w-]+)\.js$/)?.[1])
        .filter((g): g is string => !!g && g !== 'common' && (!g.includes('-') || start.includes(g))))];
      const graph = {
        l: locales,
        w: Object.fromEntries(widgets.map((w) => [w.tag, closure(entryOf(w).fileName)])),
        // Only where it is not just the widget's own group (the loader's default): every page downloads the loader.
        t: Object.fromEntries(widgets.map((w) => [w.tag, textGroups(closure(entryOf(w).fileName), w.startTexts), w.prefix] as const)
          .filter(([, groups, prefix]) => groups.join() !== prefix).map(([tag, groups]) => [tag, groups])),
      };
      if (!GRAPH_MARKER.test(loader.code)) throw new Error('request graph: the marker is missing from the loader (src/samen.ts)');
      loader.code = loader.code.replace(GRAPH_MARKER, () => JSON.stringify(JSON.stringify(graph)));
      this.emitFile({ type: 'asset', fileName: 'samen.css', source: reserveStyles(widgets) });
    },
  };
}

/**
 * The React entry (src/react/index.ts) imports the widgets' built entries
 * (`./role-recommender.js`…) instead of their sources: bundled together, the build
 * would move every widget into a shared chunk behind a re-exporting entry, one more
 * request for every page that has no React at all.
 */
export function reactEntryApart(widgets: ReadonlyArray<Omit<WidgetEntry, 'load'>>): Plugin {
  return {
    name: 'samen-react-entry-apart',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer?.replace(/\\/g, '/').endsWith('src/react/index.ts')) return null;
      const widget = widgets.find((w) => source === w.entry.replace(/^src\//, '../').replace(/\.ts$/, '.js'));
      return widget ? { id: `./${widget.name}.js`, external: true } : null;
    },
  };
}

/**
 * dist/core.js built on its own: bundled with the widgets, the functions only core.js
 * exports (file formats, encoders, every cleaner) would share chunks with the widgets
 * and ride along on every page. Library builds only.
 */
export function coreApart(entry: string): Plugin {
  let library = false;
  let outDir = 'dist';
  return {
    name: 'samen-core-apart',
    apply: 'build',
    configResolved(config) {
      library = Boolean(config.build.lib);
      outDir = config.build.outDir;
    },
    async closeBundle() {
      if (!library) return;
      library = false;
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          target: 'es2022',
          outDir,
          emptyOutDir: false,
          lib: { entry, formats: ['es'], fileName: () => 'core.js' },
          rollupOptions: { output: { minify: true } as never },
        },
      });
    },
  };
}

/**
 * The loader needs only each widget's tag, text prefix and `load` from the registry;
 * the folder, source path and reserved height are for the build and the scripts, so
 * they are left out of dist/samen.js (every page downloads the loader).
 */
export function lightRegistry(): Plugin {
  return {
    name: 'samen-light-registry',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/src/widgets.ts')) return null;
      return { code: code.replace(/\b(name|entry|reserve): '[^']*', /g, ''), map: null };
    },
  };
}
