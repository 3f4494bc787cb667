/**
 * The floor of each page, measured on the built dist/ the way issue 13 defines it: the
 * code that actually runs on the widget's first render (Lit's share of it included) and
 * the texts its first screen shows, gzip, in one language. A page can hardly weigh less
 * than that; scripts/size.mjs compares what it does weigh.
 *
 * - Code: Chromium's precise coverage of every script the page runs (loader, entry,
 *   chunks) from navigation to the first rendered widget; per file, only the ranges
 *   that ran, gzip, summed (each file is sent on its own).
 *   Also, as `reachable`, the same with each function that ran whole: the least any
 *   code splitting could ship, as no bundler sends half a function.
 * - Texts: the entries of the page language's text modules whose words appear in the
 *   rendered widget (text and aria-label/title/placeholder; not what a closed
 *   <details> or a hidden element holds), as a module of those
 *   entries alone, gzip.
 *
 *   node scripts/bench-floor.mjs [--lang nl] [--all]   (after `npm run build`; --all: every
 *   registered widget, not only the four the issue measured)
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { findChromium } from './ensure-chromium.mjs';
import { serve } from './static-server.mjs';
import { WIDGETS } from './widgets.mjs';

const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/**
 * Per character of a script, whether it ran (> 0), from V8's block coverage: inner ranges
 * override outer ones. With `whole`, each function that ran counts whole, its branches
 * that did not run included; a function that never ran does not count.
 */
export function ranMask(source, functions, whole = false) {
  const count = new Int32Array(source.length).fill(1);
  const ranges = (whole ? functions.map((f) => f.ranges[0]) : functions.flatMap((f) => f.ranges))
    .sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  for (const r of ranges) count.fill(r.count, r.startOffset, Math.min(r.endOffset, source.length));
  return count;
}

/** The parts of a script that ran (see `ranMask`). */
export function usedSource(source, functions, whole = false) {
  const mask = ranMask(source, functions, whole);
  let used = '';
  for (let i = 0; i < source.length; i++) if (mask[i] > 0) used += source[i];
  return used;
}

/** A text module's entries: id -> the text's fixed parts (placeholders split it). */
function textEntries(language, group) {
  const file = new URL(`../src/generated/locales/${language}/${group}.ts`, import.meta.url);
  if (!existsSync(file)) return [];
  const entries = [];
  for (const [, id, body] of readFileSync(file, 'utf8').matchAll(/^\s*"([^"]+)": (?:str)?`((?:[^`\\]|\\.)*)`,$/gm)) {
    const text = body.replace(/\\(.)/g, '$1');
    entries.push({ id, text, parts: text.split(/\$\{\d+\}/).map((p) => p.trim()).filter((p) => p.length > 1) });
  }
  return entries;
}

/** Everything a user can see or hear of an element: text and accessible names, through shadow roots (not inside closed details or hidden elements). */
function shownTextIn(tag) {
  const out = [];
  const walk = (root) => {
    for (const node of root.childNodes) {
      if (node.nodeType === 3 && !(root.localName === 'details' && !root.open)) out.push(node.textContent);
      if (node.nodeType !== 1 || node.hidden) continue;
      // A closed <details> shows its summary only.
      if (node.parentElement?.localName === 'details' && !node.parentElement.open && node.localName !== 'summary') continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) if (node.hasAttribute(a)) out.push(node.getAttribute(a));
      if (node.shadowRoot) walk(node.shadowRoot);
      walk(node);
    }
  };
  const el = document.querySelector(tag);
  walk(el.shadowRoot ?? el);
  return out.join('\n').replace(/\s+/g, ' ');
}

/**
 * The floor of each one-widget page and of one page with all of `widgets` (default:
 * every registered one), in `lang`. Resolves to
 * `{ [name | 'all']: { code, texts, total, reachable, textsShown, textsLoaded } }`, bytes.
 */
export async function measureFloors(lang = 'nl', widgets = WIDGETS.map((w) => w.name)) {
  const chosen = WIDGETS.filter((w) => widgets.includes(w.name));
  const pageFor = (list) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script type="module" src="/dist/samen.js"></script></head><body>${list.map((w) => `<${w.tag}></${w.tag}>`).join('')}</body></html>`;
  const pages = Object.fromEntries([...chosen.map((w) => [`/${w.name}.html`, { body: pageFor([w]) }]), ['/all.html', { body: pageFor(chosen) }]]);
  const server = await serve({ mounts: { '/dist/': 'dist' }, pages });
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });
  const floors = {};
  try {
    for (const [key, list] of [...chosen.map((w) => [w.name, [w]]), ['all', chosen]]) {
      // A tall viewport: every widget of the page is near it, so the loader loads them all.
      const page = await browser.newPage({ viewport: { width: 1024, height: 20000 } });
      await page.coverage.startJSCoverage({ resetOnNavigation: false });
      await page.goto(`${server.origin}/${key}.html`);
      await page.evaluate((tags) => Promise.all(tags.map((t) => customElements.whenDefined(t).then(() => document.querySelector(t).updateComplete))), list.map((w) => w.tag));
      const coverage = await page.coverage.stopJSCoverage();
      const shown = (await Promise.all(list.map((w) => page.evaluate(shownTextIn, w.tag)))).join(' ');
      await page.close();
      let code = 0;
      let wholeFunctions = 0;
      for (const entry of coverage) {
        if (!entry.url.includes('/dist/') || entry.url.includes('/dist/locales/')) continue;
        code += gz(usedSource(entry.source, entry.functions));
        // Each function that ran kept whole: no bundler can send half a function.
        wholeFunctions += gz(usedSource(entry.source, entry.functions, true));
      }
      const groups = ['common', ...list.map((w) => w.prefix)];
      const lines = groups.flatMap((g) => textEntries(lang, g)).filter((e) => e.parts.length && e.parts.every((p) => shown.includes(p.replace(/\s+/g, ' '))));
      // Short keys as in dist/ (two characters), so the module is shaped like the shipped one.
      const texts = gz(`export const templates={${lines.map((e, i) => `"${i.toString(36).padStart(2, '0')}":${JSON.stringify(e.text)}`).join(',')}};`);
      const all = groups.reduce((n, g) => n + textEntries(lang, g).length, 0);
      floors[key] = { code, texts, total: code + texts, reachable: wholeFunctions + texts, textsShown: lines.length, textsLoaded: all };
    }
  } finally {
    await browser.close();
    server.close();
  }
  return floors;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const lang = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : 'nl';
  if (!existsSync('dist/samen.js')) {
    console.error('bench-floor: dist/ is missing; run `npm run build` first.');
    process.exit(1);
  }
  const kB = (b) => `${(b / 1024).toFixed(1)} kB`;
  // "All" as in the issue: the four widgets it measured a floor for.
  const floors = await measureFloors(lang, args.includes('--all') ? undefined : ['role-recommender', 'universal-targeted-slider', 'quality-check', 'dilemma-explorer']);
  console.log(`Floor at HEAD (language: ${lang}; code that ran on the first render + texts shown, gzip):`);
  for (const [page, f] of Object.entries(floors)) {
    console.log(`  ${page.padEnd(28)} ${kB(f.total).padStart(8)}  code ${kB(f.code)}, texts ${kB(f.texts)} (${f.textsShown} of ${f.textsLoaded} texts loaded are shown); the same with each function that ran whole: ${kB(f.reachable)} (${(f.reachable / f.total).toFixed(2)}x)`);
  }
}
