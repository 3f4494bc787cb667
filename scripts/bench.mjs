/**
 * samen's numbers, in one run (a benchmark that prints figures; nothing here fails on
 * a number). Run after `npm run build`:
 *   1. gzip bytes a visitor downloads in one language: one widget, all widgets, each further language;
 *   2. the time to render 50 instances of each widget, in headless Chromium (median of 5 runs);
 *   3. the same two figures for an equivalent form built from Shoelace (radio groups, range, card);
 *   4. Lighthouse (mobile) on the built demo page: performance, accessibility, TBT, FCP.
 *   node scripts/bench.mjs [--lang nl] [--skip-lighthouse]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'vite';
import { chromium } from 'playwright';
import { findChromium } from './ensure-chromium.mjs';
import { serve } from './static-server.mjs';
import { measureSizes, WIDGETS } from './size.mjs';

const args = process.argv.slice(2);
const lang = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : 'nl';
if (!existsSync('dist/samen.js')) {
  console.error('bench: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
const kB = (b) => `${(b / 1024).toFixed(1)} kB`;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

// 1. Sizes.
const sizes = measureSizes(lang);

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
for (const widget of Object.keys(WIDGETS)) {
  const times = await page.evaluate(async ({ widget }) => {
    const mod = await import(`/dist/${widget}.js`);
    await mod.ready;
    const tag = `samen-${widget}`;
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
  }, { widget });
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
await browser.close();
server.close();

// 4. Lighthouse (mobile) on the built demo site, offline, in the system Chromium.
let lighthouse = null;
if (!args.includes('--skip-lighthouse')) {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.demo.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
  const site = await serve({ mounts: { '/': 'demo-dist' } });
  const { default: run } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  try {
    const result = await run(`${site.origin}/index.html`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    const { categories, audits } = result.lhr;
    lighthouse = {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      tbt: audits['total-blocking-time'].displayValue,
      fcp: audits['first-contentful-paint'].displayValue,
      lcp: audits['largest-contentful-paint'].displayValue,
    };
  } finally {
    await chrome.kill();
    site.close();
  }
}

console.log(`\nsamen benchmark (language: ${lang})\n`);
console.log('Bytes a visitor downloads (gzip):');
for (const r of sizes) console.log(`  ${r.page.padEnd(42)} ${kB(r.bytes).padStart(9)}  budget ${kB(r.budget)}${r.bytes > r.budget ? ' (over)' : ''}; each further language +${kB(r.extraLocale)}`);
console.log(`  ${'Shoelace equivalent form (JS + theme CSS)'.padEnd(42)} ${kB(slBytes).padStart(9)}  (English only, no content)`);
console.log('\nTime to render 50 instances (median of 5, Chromium):');
for (const [w, ms] of Object.entries(render)) console.log(`  ${w.padEnd(42)} ${ms.toFixed(0).padStart(6)} ms`);
console.log(`  ${'Shoelace equivalent form'.padEnd(42)} ${median(slTimes).toFixed(0).padStart(6)} ms`);
if (lighthouse) {
  console.log('\nLighthouse (mobile, simulated throttling) on the built demo page:');
  console.log(`  performance ${lighthouse.performance}, accessibility ${lighthouse.accessibility}, total blocking time ${lighthouse.tbt}, first contentful paint ${lighthouse.fcp}, largest contentful paint ${lighthouse.lcp}`);
}
