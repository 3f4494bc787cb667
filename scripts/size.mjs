/**
 * Prints the gzip bytes a visitor downloads from dist/ (run `npm run build` first):
 * for a page with one widget and for a page with all of them, in one language, plus
 * what each further language costs. A benchmark that prints numbers, not a test.
 *
 *   node scripts/size.mjs [--lang nl] [--json]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WIDGETS as REGISTRY } from './widgets.mjs';

/** Each widget's entry in dist/ and the group of its text modules, from the registry (src/widgets.ts). */
export const WIDGETS = Object.fromEntries(REGISTRY.map((w) => [w.name, w.prefix]));
/**
 * The floor of each page (issue 13): Lit's minimum, the app code that runs on the first
 * render and the texts the first screen shows, gzip, nl. A page may weigh at most 1.2x
 * its floor (one widget) or 1.3x (all of them). A widget without a measured floor is
 * printed without a ratio.
 */
export const FLOORS = { 'role-recommender': 12.0, 'dilemma-explorer': 15.2, 'quality-check': 13.8, 'universal-targeted-slider': 13.4, all: 27.8 };
/** The limits, as a ratio to the floor. */
export const LIMITS = { one: 1.2, all: 1.3 };
const LANGS = ['en', 'nl', 'fr', 'de'];


const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A file and every module it imports statically, transitively. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) closure(normalize(join(dirname(file), spec)), seen);
  return seen;
}

/** The text chunk of a group in a language. */
function textChunk(language, group) {
  const dir = `dist/locales/${language}`;
  // Exact names (text chunks carry no hash): `dx-details.js` is not `dx.js`.
  const name = readdirSync(dir).find((f) => f === `${group}.js`);
  return join(dir, name);
}

/** The files a page downloads for these widgets in this language, loader included. */
function pageFiles(widgets, language) {
  const files = closure('dist/samen.js');
  for (const w of widgets) closure(`dist/${w}.js`, files);
  files.add(textChunk(language, 'common'));
  for (const w of widgets) for (const group of textGroups(w)) files.add(textChunk(language, group));
  return files;
}

/** The text groups of these widgets together, `common` included, each once. */
const groupsOf = (widgets) => [...new Set(['common', ...widgets.flatMap((w) => textGroups(w))])];

/**
 * The text groups a widget loads as it registers: as the loader's request graph in
 * dist/samen.js says (the quality report also loads the quality check's), else its own.
 */
function textGroups(widget) {
  const code = readFileSync('dist/samen.js', 'utf8').match(/JSON\.parse\(("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\)/)?.[1];
  const graph = code ? JSON.parse(JSON.parse(code.startsWith("'") ? `"${code.slice(1, -1).replace(/"/g, '\\"')}"` : code)) : {};
  const tag = REGISTRY.find((w) => w.name === widget)?.tag;
  return graph.t?.[tag] ?? [WIDGETS[widget]];
}

const total = (files) => [...files].reduce((sum, f) => sum + gz(f), 0);
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
/** `1.15x floor, within 1.2x` or `1.40x floor, OVER 1.2x`. */
export const verdict = (r) => (r.floor ? `${(r.bytes / r.floor).toFixed(2)}x its floor of ${kB(r.floor)}, ${r.bytes <= r.floor * r.limit ? 'within' : 'OVER'} ${r.limit}x` : 'no floor measured');

/** One row per page: one widget each, the widgets with a floor together, then all widgets; gzip bytes in `lang`. */
export function measureSizes(lang) {
const rows = [];
for (const w of Object.keys(WIDGETS)) {
  const bytes = total(pageFiles([w], lang));
  const extra = LANGS.filter((l) => l !== lang).map((l) => textGroups(w).reduce((n, g) => n + gz(textChunk(l, g)), 0) + gz(textChunk(l, 'common')));
  rows.push({ page: `one widget: ${w}`, widget: w, widgets: [w], bytes, floor: FLOORS[w] && FLOORS[w] * 1024, limit: LIMITS.one, extraLocale: Math.max(...extra) });
}
// The page the issue measured a floor for: the widgets that have one, together.
const floored = Object.keys(WIDGETS).filter((w) => FLOORS[w]);
rows.push({ page: `all ${floored.length} widgets with a floor`, widgets: floored, bytes: total(pageFiles(floored, lang)), floor: FLOORS.all * 1024, limit: LIMITS.all,
  extraLocale: Math.max(...LANGS.filter((l) => l !== lang).map((l) => groupsOf(floored).reduce((n, g) => n + gz(textChunk(l, g)), 0))) });
const all = Object.keys(WIDGETS);
const allBytes = total(pageFiles(all, lang));
const allExtra = Math.max(...LANGS.filter((l) => l !== lang).map((l) => groupsOf(all).reduce((n, g) => n + gz(textChunk(l, g)), 0)));
if (floored.length < all.length) rows.push({ page: `all ${all.length} widgets`, widgets: all, bytes: allBytes, floor: undefined, limit: LIMITS.all, extraLocale: allExtra });
return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
const args = process.argv.slice(2);
const lang = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : 'nl';
if (!existsSync('dist/samen.js')) {
  console.error('size: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
const rows = measureSizes(lang);
const all = Object.keys(WIDGETS);

if (args.includes('--json')) console.log(JSON.stringify({ lang, rows }, null, 2));
else {
  console.log(`gzip bytes a visitor downloads (language: ${lang}; loader, widget code, shared chunks and texts):`);
  for (const r of rows) console.log(`  ${r.page.padEnd(44)} ${kB(r.bytes).padStart(9)}  ${verdict(r)}; each further language +${kB(r.extraLocale)}`);
  const lit = [...closure('dist/samen.js'), ...closure(`dist/${all[0]}.js`)].filter((f) => /lit|reactive|localize/.test(f));
  if (lit.length) console.log(`  of which shared framework chunks (${lit.map((f) => f.split('/').pop()).join(', ')}): ${kB(lit.reduce((s, f) => s + gz(f), 0))}`);
}
}
