/**
 * Lighthouse (mobile, simulated throttling, offline) on a CMS-like page with one widget,
 * for the benchmark: the same page with the embed snippet as the README gives it (the
 * stylesheet that keeps the widget's place, then the loader) and with the old snippet
 * (the loader alone), so the layout shift the stylesheet prevents shows as a number.
 */
import { serve } from './static-server.mjs';
import { findChromium } from './ensure-chromium.mjs';

const TEXT = 'In onze gemeente werken het OCMW, het Huis van het Kind, de scholen en de kinderopvang samen voor gezinnen met kinderen. ';

/** A municipal news page: header, navigation, an introduction, the widget, more text, footer. */
function cmsPage(tag, snippet) {
  return `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Samen voor gezinnen | Gemeente Lindeveld</title><meta name="description" content="Hulpmiddelen voor ons lokaal netwerk.">
<style>body{margin:0;font:1rem/1.5 system-ui,sans-serif;color:#1b1f24}header,footer{background:#0b5394;color:#fff;padding:1rem}
nav a{color:#fff;margin-right:1rem}main{max-width:46rem;margin:0 auto;padding:1rem}</style>${snippet}</head>
<body><header><strong>Gemeente Lindeveld</strong><nav><a href="#">Wonen</a><a href="#">Gezin</a><a href="#">Contact</a></nav></header>
<main><h1>Samen voor gezinnen</h1><p>${TEXT}</p><${tag}></${tag}><h2>Meer weten</h2><p>${TEXT.repeat(6)}</p></main>
<footer>Gemeente Lindeveld</footer></body></html>`;
}

/** Runs Lighthouse on the page with the new and the old snippet; returns one row per snippet. */
export async function lighthouseCms(tag) {
  const snippets = {
    'new snippet (samen.css + loader)': '<link rel="stylesheet" href="/samen/samen.css"><script type="module" src="/samen/samen.js"></script>',
    'old snippet (loader only)': '<script type="module" src="/samen/samen.js"></script>',
  };
  const pages = Object.fromEntries(Object.values(snippets).map((s, i) => [`/page-${i}.html`, { body: cmsPage(tag, s) }]));
  const site = await serve({ mounts: { '/samen/': 'dist' }, pages });
  const { default: run } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  const rows = [];
  try {
    for (const [i, name] of Object.keys(snippets).entries()) {
      const { lhr } = await run(`${site.origin}/page-${i}.html`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      rows.push({
        snippet: name,
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].displayValue,
        tbt: lhr.audits['total-blocking-time'].displayValue,
      });
    }
  } finally {
    await chrome.kill();
    site.close();
  }
  return rows;
}
