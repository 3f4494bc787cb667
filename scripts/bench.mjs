/**
 * samen's numbers, in one run (a benchmark that prints figures; nothing here fails on
 * a number). Run after `npm run build`:
 *   1. gzip bytes a visitor downloads in one language, against each page's floor (ratio),
 *      the issue's and the floor measured again on this build (bench-floor.mjs);
 *   2. a first visit on a slow network (150 ms, 1.6 Mbit/s): round trips and time to the
 *      first rendered widget, with the loader's request graph and with the old chain;
 *   3. the time to render 50 instances of each widget, in headless Chromium (median of 5
 *      runs), and the same for an equivalent form built from Shoelace;
 *   4. the slider's portfolio with 500 to 5,000 services (linear or not);
 *   5. Lighthouse (mobile) on a CMS-like page with one widget: CLS with and without the
 *      snippet's stylesheet.
 *   node scripts/bench.mjs [--lang nl] [--runs 3] [--skip-lighthouse] [--skip-network]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright';
import { findChromium } from './ensure-chromium.mjs';
import { serve } from './static-server.mjs';
import { FLOORS, LIMITS, measureSizes, verdict } from './size.mjs';
import { measureFloors } from './bench-floor.mjs';
import { WIDGETS } from './widgets.mjs';
import { firstVisit, NETWORK, serveH2, visitPage } from './bench-network.mjs';
import { lighthouseCms } from './bench-cms.mjs';

const args = process.argv.slice(2);
const lang = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : 'nl';
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
if (!existsSync('dist/samen.js')) {
  console.error('bench: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
const kB = (b) => `${(b / 1024).toFixed(1)} kB`;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

// 1. Sizes, and the floor measured again on this build (the issue's was measured on older code).
const sizes = measureSizes(lang);
const floored = WIDGETS.map((w) => w.name).filter((w) => FLOORS[w]);
const floors = await measureFloors(lang, floored);

// 3a. Build the Shoelace equivalent the way a site would ship it: minified ES modules.
const out = 'node_modules/.cache/samen-bench/shoelace';
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: out, emptyOutDir: true, target: 'es2022',
    lib: { entry: 'bench/shoelace-equivalent.ts', formats: ['es'], fileName: 'shoelace-equivalent' },
    rollupOptions: { output: { minify: true } },
  },
});
const slTheme = 'node_modules/@shoelace-style/shoelace/dist/themes/light.css';
const slFiles = readdirSync(out, { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => join(out, f));
const slBytes = slFiles.reduce((s, f) => s + gz(f), 0) + gz(slTheme);

// 2 and 3b. Render 50 instances, five times each, in Chromium.
const server = await serve({
  mounts: { '/dist/': 'dist', '/sl/': out, '/sl-theme/': 'node_modules/@shoelace-style/shoelace/dist/themes/' },
  pages: {
    '/bench.html': { body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="stylesheet" href="/sl-theme/light.css"></head><body><div id="c"></div></body></html>` },
  },
});
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });
const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
await page.goto(`${server.origin}/bench.html`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const render = {};
for (const { name: widget, tag } of WIDGETS) {
  const times = await page.evaluate(async ({ widget, tag }) => {
    const mod = await import(`/dist/${widget}.js`);
    await mod.ready;
    const runs = [];
    for (let run = 0; run < 6; run++) {
      const c = document.querySelector('#c');
      c.replaceChildren();
      const t0 = performance.now();
      const els = Array.from({ length: 50 }, () => c.appendChild(document.createElement(tag)));
      await Promise.all(els.map((e) => e.updateComplete));
      void c.offsetHeight; // include style and layout
      runs.push(performance.now() - t0);
    }
    return runs.slice(1); // the first run warms up the JIT
  }, { widget, tag });
  render[widget] = median(times);
}
const slTimes = await page.evaluate(async () => {
  const { buildEquivalentForm, shoelaceElements } = await import('/sl/shoelace-equivalent.js');
  const runs = [];
  for (let run = 0; run < 6; run++) {
    const c = document.querySelector('#c');
    c.replaceChildren();
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) c.append(buildEquivalentForm(i));
    await Promise.all(shoelaceElements(c).map((e) => e.updateComplete));
    void c.offsetHeight;
    runs.push(performance.now() - t0);
  }
  return runs.slice(1);
});
// 4. The slider's portfolio: render time per service should stay flat as the list grows.
const portfolio = await page.evaluate(async () => {
  const rows = [];
  for (const n of [500, 1000, 2000, 5000]) {
    const services = Array.from({ length: n }, (_, i) => ({ name: `Service ${i}`, value: (i * 37) % 101 }));
    const c = document.querySelector('#c');
    c.replaceChildren();
    const el = document.createElement('samen-universal-targeted-slider');
    el.setAttribute('view', 'portfolio');
    const t0 = performance.now();
    el.services = services;
    c.append(el);
    await el.updateComplete;
    void c.offsetHeight;
    rows.push({ n, ms: performance.now() - t0 });
  }
  return rows;
});
await browser.close();
server.close();

// 2. A first visit on a slow network, new chain and old chain, per widget page.
const visits = [];
if (!args.includes('--skip-network')) {
  const pages = Object.fromEntries(WIDGETS.flatMap((w) => ['new', 'old'].map((c) => [`/${c}-${w.name}.html`, visitPage(c, w.tag, lang)])));
  const h2 = await serveH2(pages);
  const slow = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });
  try {
    for (const w of WIDGETS) {
      const row = { widget: w.name };
      for (const c of ['new', 'old']) {
        const samples = [];
        for (let i = 0; i < runs; i++) samples.push(await firstVisit(slow, `${h2.origin}/${c}-${w.name}.html`));
        row[c] = { ms: median(samples.map((x) => x.ms)), trips: Math.max(...samples.map((x) => x.trips)), requests: samples[0].requests };
      }
      visits.push(row);
    }
  } finally {
    await slow.close();
    h2.close();
  }
}

// 5. Lighthouse (mobile) on the built demo site, offline, in the system Chromium.
const lighthouse = args.includes('--skip-lighthouse') ? [] : await lighthouseCms(WIDGETS[0].tag);

console.log(`\nsamen benchmark (language: ${lang})\n`);
console.log('Bytes a visitor downloads (gzip), against the floor of each page:');
for (const r of sizes) console.log(`  ${r.page.padEnd(42)} ${kB(r.bytes).padStart(9)}  ${verdict(r)}; each further language +${kB(r.extraLocale)}`);
console.log(`\nThe floor measured on this build (code that ran on the first render + texts shown; scripts/bench-floor.mjs), beside the issue's:`);
console.log(`  ${''.padEnd(42)} ${'bytes'.padStart(9)} ${'floor now'.padStart(10)} ${'ratio'.padStart(6)} ${'issue floor'.padStart(12)} ${'ratio'.padStart(6)}  limit`);
for (const r of sizes) {
  const key = r.widget ?? (r.widgets?.length === floored.length && r.widgets.every((w) => floored.includes(w)) ? 'all' : null);
  const now = key && floors[key];
  if (!now) continue;
  const old = (key === 'all' ? FLOORS.all : FLOORS[key]) * 1024;
  const limit = key === 'all' ? LIMITS.all : LIMITS.one;
  console.log(`  ${r.page.padEnd(42)} ${kB(r.bytes).padStart(9)} ${kB(now.total).padStart(10)} ${`${(r.bytes / now.total).toFixed(2)}x`.padStart(6)} ${kB(old).padStart(12)} ${`${(r.bytes / old).toFixed(2)}x`.padStart(6)}  ${limit}x (code ${kB(now.code)}, texts ${kB(now.texts)}: ${now.textsShown} of ${now.textsLoaded} loaded texts shown)`);
}
console.log('  What any code splitting could reach at best (each function that ran whole, texts shown), against the floor now:');
for (const [key, now] of Object.entries(floors)) console.log(`  ${(key === 'all' ? `all ${floored.length} widgets with a floor` : `one widget: ${key}`).padEnd(42)} ${kB(now.reachable).padStart(9)} ${`${(now.reachable / now.total).toFixed(2)}x`.padStart(6)} the floor now`);
console.log(`  ${'Shoelace equivalent form (JS + theme CSS)'.padEnd(42)} ${kB(slBytes).padStart(9)}  (English only, no content)`);
if (visits.length) {
  console.log(`\nFirst visit, empty cache, ${NETWORK.latency} ms latency, ${NETWORK.downloadThroughput * 8 / 1e6} Mbit/s (HTTP/2, gzip; median of ${runs}):`);
  console.log(`  ${''.padEnd(42)} ${'round trips'.padStart(11)} ${'rendered'.padStart(9)}   old chain: round trips, rendered`);
  for (const v of visits) {
    console.log(`  ${`page with <samen-${v.widget}>`.padEnd(42)} ${String(v.new.trips).padStart(11)} ${`${(v.new.ms / 1000).toFixed(2)} s`.padStart(9)}   ${v.old.trips}, ${(v.old.ms / 1000).toFixed(2)} s (${Math.round((1 - v.new.ms / v.old.ms) * 100)} % faster now)`);
  }
}
console.log('\nTime to render 50 instances (median of 5, Chromium):');
for (const [w, ms] of Object.entries(render)) console.log(`  ${w.padEnd(42)} ${ms.toFixed(0).padStart(6)} ms`);
console.log(`  ${'Shoelace equivalent form'.padEnd(42)} ${median(slTimes).toFixed(0).padStart(6)} ms`);
console.log('\nSlider portfolio render by number of services (linear when the time per service stays flat):');
for (const p of portfolio) console.log(`  ${`${p.n} services`.padEnd(42)} ${p.ms.toFixed(0).padStart(6)} ms  ${(p.ms / p.n * 1000).toFixed(0).padStart(5)} µs per service`);
if (lighthouse.length) {
  console.log(`\nLighthouse 12 (mobile, simulated throttling) on a CMS-like page with <${WIDGETS[0].tag}>:`);
  for (const l of lighthouse) console.log(`  ${l.snippet.padEnd(42)} CLS ${l.cls.toFixed(3)}, performance ${l.performance}, accessibility ${l.accessibility}, LCP ${l.lcp}, TBT ${l.tbt}`);
}
