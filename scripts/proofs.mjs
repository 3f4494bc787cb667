/**
 * Proof pages against the built bundle (run `npm run build` first), in the system
 * Chromium. Each page holds every samen element, the way an editor embeds them:
 *   - csp:    served with `default-src 'self'; style-src 'self'; require-trusted-types-for 'script'`;
 *   - twice:  the bundle loaded twice, from two folders (two full copies), two of each element;
 *   - hostile: a CMS theme at its worst: 62.5% root font size, !important rules on buttons,
 *             inputs and labels, narrow overflow:hidden containers, 320 px wide.
 * On each: no CSP violation, no uncaught error, every element rendered, no request outside
 * this server's bundle files, no cookie, no storage. Prints `N passed, N failed`.
 */
import { readFileSync, existsSync } from 'node:fs';
import { serve } from './static-server.mjs';
import { chromium } from 'playwright';
import { findChromium } from './ensure-chromium.mjs';
import { WIDGETS } from './widgets.mjs';
import { checks } from './checks.mjs';

const TAGS = WIDGETS.map((w) => w.tag);
const CSP = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const elements = (n = 1) => TAGS.map((t) => Array.from({ length: n }, () => `<${t}></${t}>`).join('\n')).join('\n');



const PAGES = {
  csp: { csp: true, body: `<script type="module" src="/dist/samen.js"></script>${elements()}` },
  twice: { body: `<script type="module" src="/dist/samen.js"></script><script type="module" src="/copy/samen.js"></script>${elements(2)}` },
  hostile: { width: 320, body: `<link rel="stylesheet" href="/hostile.css"><script type="module" src="/dist/samen.js"></script><div class="narrow">${elements()}</div>` },
};

if (!existsSync('dist/samen.js')) {
  console.error('proofs: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
// /copy/ is a second, independent copy of the bundle: same files, other URLs, so the
// browser evaluates every module twice, as when two CMS blocks each embed samen.
const server = await serve({
  mounts: { '/dist/': 'dist', '/copy/': 'dist', '/': 'test/proof' },
  pages: {
    ...Object.fromEntries(Object.entries(PAGES).map(([name, page]) => [`/${name}.html`, {
      headers: page.csp ? { 'content-security-policy': CSP } : {},
      body: `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <script src="/record.js"></script><title>${name}</title></head><body>${page.body}</body></html>`,
    }])),
    '/lazy.html': { body: `<!doctype html><html lang="fr-BE"><head><meta charset="utf-8"><link rel="stylesheet" href="/spacer.css"></head>
      <body><script type="module" src="/dist/samen.js"></script><p>Début de la page.</p><div class="spacer"></div>
      <samen-universal-targeted-slider></samen-universal-targeted-slider></body></html>` },
  },
});
const origin = server.origin;
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });
const { check, finish } = checks('proofs');

for (const [name, page] of Object.entries(PAGES)) {
  const context = await browser.newContext({ viewport: { width: page.width ?? 1024, height: 800 } });
  const tab = await context.newPage();
  const errors = [];
  const foreign = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  tab.on('request', (r) => !/^\/(dist|copy)\/|^\/(record\.js|hostile\.css|spacer\.css|favicon\.ico|\w+\.html)$/.test(new URL(r.url()).pathname) && foreign.push(r.url()));
  tab.on('request', (r) => !r.url().startsWith(origin) && foreign.push(r.url()));
  await tab.goto(`${origin}/${name}.html`);
  // Widgets load as they come near the viewport: scroll through the page as a reader would.
  await tab.evaluate(async () => {
    for (const el of document.querySelectorAll('body *')) {
      if (!el.localName.startsWith('samen-')) continue;
      el.scrollIntoView();
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  const rendered = await tab.waitForFunction(
    (tags) => tags.every((t) => [...document.querySelectorAll(t)].every((el) => el.shadowRoot?.querySelector('h2, h3, fieldset, input'))),
    TAGS, { timeout: 15000 },
  ).then(() => true, () => false);
  // Use each widget once, as a person would, so that storage or requests on interaction show.
  await tab.evaluate((tags) => tags.forEach((t) => document.querySelector(t)?.shadowRoot?.querySelector('input, button')?.click()), TAGS);
  await tab.waitForTimeout(300);
  const violations = await tab.evaluate(() => window.__violations);
  const storage = await tab.evaluate(() => localStorage.length + sessionStorage.length);
  const cookies = await context.cookies();
  check(`${name}: every element rendered (${TAGS.join(', ')})`, rendered);
  // The shipped code carries no text of its own: every heading must come from the Dutch text modules.
  const headings = await tab.evaluate((tags) => tags.map((t) => document.querySelector(t)?.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? ''), TAGS);
  check(`${name}: every element shows its Dutch texts`, headings.every((h) => h.length > 3) && !headings.some((h) => /^(Which|How|Dilemmas in|For every)/.test(h)), JSON.stringify(headings));
  check(`${name}: no CSP violation`, violations.length === 0, violations.join('; '));
  check(`${name}: no error`, errors.length === 0, errors.join('; '));
  check(`${name}: no request beyond the bundle`, foreign.length === 0, foreign.join(', '));
  check(`${name}: no cookie and no storage`, cookies.length === 0 && storage === 0);
  // The loader asks for each widget's files and its Dutch texts at once (one round trip),
  // through <link rel=modulepreload>, which a strict CSP allows for the bundle's own files.
  if (name === 'csp') {
    const preloaded = await tab.evaluate(() => [...document.querySelectorAll('link[rel=modulepreload]')].map((l) => new URL(l.href).pathname));
    const wanted = WIDGETS.flatMap((w) => [`/dist/${w.name}.js`, `/dist/locales/nl/${w.prefix}.js`]).concat('/dist/locales/nl/common.js');
    check('csp: the loader preloads every widget\'s entry and its Dutch texts', wanted.every((p) => preloaded.includes(p)), wanted.filter((p) => !preloaded.includes(p)).join(', '));
  }
  if (name === 'hostile') {
    const sizes = await tab.evaluate((tags) => tags.map((t) => {
      const el = document.querySelector(t);
      const inner = el?.shadowRoot?.querySelector('legend, h3, p');
      const rect = el?.getBoundingClientRect();
      return { t, font: inner ? parseFloat(getComputedStyle(inner).fontSize) : 0, fits: !!rect && rect.width <= 300 + 1 };
    }), TAGS);
    check('hostile: text stays readable (>= 12 px) despite html { font-size: 62.5% }', sizes.every((s) => s.font >= 12), JSON.stringify(sizes));
    check('hostile: every element fits its 300 px overflow:hidden container', sizes.every((s) => s.fits), JSON.stringify(sizes));
    await tab.screenshot({ path: 'proof-hostile.png', fullPage: false }).catch(() => undefined);
  }
  await context.close();
}
// A widget far below the fold costs nothing until the reader scrolls near it.
{
  const tab = await browser.newPage();
  const fetched = [];
  tab.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await tab.goto(`${origin}/lazy.html`);
  await tab.waitForTimeout(500);
  const before = fetched.filter((p) => p.includes('universal-targeted-slider')).length;
  await tab.evaluate(() => document.querySelector('samen-universal-targeted-slider').scrollIntoView());
  const rendered = await tab.waitForFunction(() => document.querySelector('samen-universal-targeted-slider').shadowRoot?.querySelector('input'), null, { timeout: 10000 }).then(() => true, () => false);
  check('lazy: a widget far below the fold is fetched only when scrolled near', before === 0 && rendered, `fetched before scrolling: ${before}, rendered after: ${rendered}`);
  await tab.close();
}
// A service name is text, never markup, in the built code too: a CMS editor's pasted
// "<img onerror>" must neither make an element nor run (issue 11; engines).
{
  const tab = await browser.newPage();
  const names = ['<img src="/none.png" onerror="window.__xss = 1">', '<b>Brugfiguur</b> & "Kind"'];
  await tab.route(`${origin}/xss.html`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"></head><body><script type="module" src="/dist/samen.js"></script><samen-universal-targeted-slider view="portfolio"></samen-universal-targeted-slider></body></html>' }));
  await tab.goto(`${origin}/xss.html`);
  await tab.evaluate((list) => document.querySelector('samen-universal-targeted-slider').setAttribute('services', JSON.stringify(list.map((name, i) => ({ name, value: 20 + 40 * i })))), names);
  const shown = await tab.waitForFunction(() => document.querySelector('samen-universal-targeted-slider').shadowRoot?.querySelectorAll('.service-name').length === 2, null, { timeout: 10000 })
    .then(() => tab.waitForTimeout(300))
    .then(() => tab.evaluate(() => {
      const root = document.querySelector('samen-universal-targeted-slider').shadowRoot;
      return { texts: [...root.querySelectorAll('.service-name')].map((e) => e.textContent), markup: root.querySelectorAll('img, b').length, ran: window.__xss === 1 };
    }), () => null);
  check('xss: service names show as text, make no element and run nothing', !!shown && shown.markup === 0 && !shown.ran && names.every((n) => shown.texts.includes(n)), JSON.stringify(shown));
  await tab.close();
}
await browser.close();
server.close();
// Every message the shipped code asks for exists in every language's text modules.
{
  const { readdirSync } = await import('node:fs');
  const codeFiles = [...readdirSync('dist').filter((f) => f.endsWith('.js')).map((f) => `dist/${f}`), ...readdirSync('dist/chunks').map((f) => `dist/chunks/${f}`)];
  // Message ids are letters, digits and dots (short ids in the build); `{ id: 'qc-result-title' }`
  // with a dash is a heading's HTML id, not a message.
  const asked = new Set(codeFiles.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\{id:[`'"]([\w.]+)[`'"]\}/g)].map((m) => m[1])));
  for (const locale of readdirSync('dist/locales')) {
    const keys = new Set(readdirSync(`dist/locales/${locale}`).flatMap((f) => [...readFileSync(`dist/locales/${locale}/${f}`, 'utf8').matchAll(/[{,]"?([\w.-]+)"?:/g)].map((m) => m[1])));
    const missing = [...asked].filter((id) => !keys.has(id));
    check(`built ${locale} texts cover all ${asked.size} messages of the code`, asked.size > 100 && missing.length === 0, missing.slice(0, 10).join(', '));
  }
}
finish();
