/**
 * A first visit on a slow network, for the benchmark: a page with one widget, served
 * over HTTP/2 with gzip (as a CMS would), in Chromium with CDP network emulation
 * (150 ms latency, 1.6 Mbit/s down, 750 kbit/s up, cache empty). Measures the time to
 * the first rendered widget and the round trips it took, for the build as it is
 * ("new chain": the loader preloads the widget's files and texts at once) and for the
 * same files with the loader's request graph emptied ("old chain": each import found
 * one after the other, as before).
 */
import { createSecureServer } from 'node:http2';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The emulated network: "slow 4G" of the issue. */
export const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) };
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };
/** The loader's request graph, as the build writes it (vite-plugins.ts). */
const GRAPH = /JSON\.parse\((["'`])\{\\"l\\".*?\}\1\)/;

/** A self-signed certificate for 127.0.0.1, made once with openssl (browsers speak HTTP/2 only over TLS). */
function certificate() {
  const dir = 'node_modules/.cache/samen-bench/tls';
  if (!existsSync(`${dir}/cert.pem`)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '365', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', `${dir}/key.pem`, '-out', `${dir}/cert.pem`], { stdio: 'ignore' });
  }
  return { key: readFileSync(`${dir}/key.pem`), cert: readFileSync(`${dir}/cert.pem`) };
}

/**
 * Serves dist/ twice over HTTP/2: /new/ as built, /old/ with the loader's graph emptied;
 * `pages` maps a path to an HTML body. Everything gzip-compressed.
 */
export async function serveH2(pages) {
  const cache = new Map();
  const server = createSecureServer({ ...certificate(), allowHTTP1: true }, (req, res) => {
    const path = new URL(req.url, 'https://x').pathname;
    let body = pages[path];
    let type = 'text/html';
    const chain = path.match(/^\/(new|old)\/(.+)$/);
    if (body === undefined && chain) {
      const file = normalize(join('dist', chain[2]));
      if (file.startsWith('dist') && existsSync(file) && statSync(file).isFile()) {
        body = readFileSync(file, 'utf8');
        if (chain[1] === 'old' && chain[2] === 'samen.js') body = body.replace(GRAPH, 'JSON.parse("{}")');
        type = TYPES[extname(file)] ?? 'application/octet-stream';
      }
    }
    if (body === undefined) return res.writeHead(404).end();
    if (!cache.has(path)) cache.set(path, gzipSync(body, { level: 9 }));
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store' }).end(cache.get(path));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `https://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** A page with one widget, as an editor pastes it: the stylesheet, the loader, the element. */
export function visitPage(chain, tag, lang) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/${chain}/samen.css"><script type="module" src="/${chain}/samen.js"></script>
<script>customElements.whenDefined('${tag}').then(() => document.querySelector('${tag}').updateComplete).then(() => { window.__rendered = performance.now(); });</script>
<title>first visit</title></head><body><h1>Page</h1><${tag}></${tag}><p>After the widget.</p></body></html>`;
}

/**
 * Round trips of a page load, from Resource Timing: the document is the first; a
 * request is one more than the latest request that had finished when it started.
 */
export function roundTrips(navigationEnd, resources) {
  const done = [{ end: navigationEnd, trip: 1 }];
  let most = 1;
  for (const r of [...resources].sort((a, b) => a.start - b.start)) {
    const trip = 1 + Math.max(...done.filter((d) => d.end <= r.start + 1).map((d) => d.trip));
    done.push({ end: r.end, trip });
    most = Math.max(most, trip);
  }
  return most;
}

/** One first visit in a fresh context (empty cache): time to the rendered widget, round trips, bytes. */
export async function firstVisit(browser, url) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 412, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await page.goto(url);
  await page.waitForFunction(() => window.__rendered, null, { timeout: 30000 });
  const result = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource').filter((r) => !r.name.endsWith('favicon.ico'))
      .map((r) => ({ start: r.startTime, end: r.responseEnd, bytes: r.encodedBodySize }));
    return { ms: window.__rendered, navigationEnd: nav.responseEnd, resources, protocol: nav.nextHopProtocol };
  });
  await context.close();
  return { ms: result.ms, trips: roundTrips(result.navigationEnd, result.resources), requests: result.resources.length, protocol: result.protocol };
}
