/**
 * Which code of a widget's first load never runs on its first render, per source module:
 * the list of candidates for its later part (docs/WIDGET-GUIDE.md, "The later part").
 * Builds dist/ with source maps into node_modules/.cache/samen-unused/<tag>/ (dist/ is
 * left alone), loads a page with one <tag> in headless Chromium with coverage, and prints
 * per source the minified characters: all, in functions that ran, in blocks that ran, and
 * in functions that never ran (the last is what could move; the rest is floor).
 * A benchmark that prints numbers, not a test.
 *
 *   node scripts/bench-unused.mjs samen-quality-check
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'vite';
import { chromium } from 'playwright';
import { findChromium } from './ensure-chromium.mjs';
import { serve } from './static-server.mjs';
import { WIDGETS } from './widgets.mjs';
import { ranMask } from './bench-floor.mjs';

const { SourceMapConsumer } = createRequire(import.meta.url)('source-map');
const tag = process.argv[2];
if (!WIDGETS.some((w) => w.tag === tag)) {
  console.error(`bench-unused: give a widget's tag: ${WIDGETS.map((w) => w.tag).join(', ')}`);
  process.exit(1);
}
const out = `node_modules/.cache/samen-unused/${tag}`;
await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir: out, sourcemap: true, emptyOutDir: true } });
const server = await serve({ mounts: { '/dist/': out }, pages: { '/p.html': { body: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><script type="module" src="/dist/samen.js"></script></head><body><${tag}></${tag}></body></html>` } } });
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
/** Per source: minified characters in all, in functions that ran, in blocks that ran. */
const bySource = {};
const files = [];
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 20000 } });
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  await page.goto(`${server.origin}/p.html`);
  await page.evaluate((t) => customElements.whenDefined(t).then(() => document.querySelector(t).updateComplete), tag);
  for (const entry of await page.coverage.stopJSCoverage()) {
    if (!entry.url.includes('/dist/') || entry.url.includes('/locales/')) continue;
    const name = entry.url.replace(/.*\/dist\//, '');
    files.push(name);
    const file = `${out}/${name}`;
    const { source } = entry;
    const block = ranMask(source, entry.functions);
    const fn = ranMask(source, entry.functions, true);
    const map = await new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    const mappings = [];
    map.eachMapping((m) => mappings.push(m));
    mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
    const lineStart = [0];
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStart.push(i + 1);
    const offset = (m) => lineStart[m.generatedLine - 1] + m.generatedColumn;
    // Each mapping owns the characters up to the next one.
    mappings.forEach((m, i) => {
      const end = i + 1 < mappings.length ? offset(mappings[i + 1]) : source.length;
      // Each source as a path from the project (node_modules/… for a dependency).
      const key = m.source ? relative('.', resolve(dirname(file), m.source)) : '(no source)';
      const o = (bySource[key] ??= { all: 0, fn: 0, block: 0 });
      for (let j = offset(m); j < end && j < source.length; j++) {
        o.all++;
        if (fn[j] > 0) o.fn++;
        if (block[j] > 0) o.block++;
      }
    });
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`files loaded on the first render of <${tag}>: ${files.join(' ')}`);
console.log('   all  fnRan  block  neverRanFn  source (minified characters)');
const rows = Object.entries(bySource).sort((a, b) => (b[1].all - b[1].fn) - (a[1].all - a[1].fn));
for (const [key, o] of rows) console.log(String(o.all).padStart(6), String(o.fn).padStart(6), String(o.block).padStart(6), String(o.all - o.fn).padStart(10), ` ${key}`);
