/**
 * samen's loader: the one script tag a page needs. It is small on purpose: it watches
 * the page for samen elements and imports a widget's code only when one of its tags
 * appears near the viewport, so a page pays only for the widgets it shows (the same idea
 * as Shoelace's autoloader).
 * Loading it twice is harmless.
 * @module
 */
import { WIDGETS as REGISTRY } from './widgets.js';

/** Each samen tag and its registry entry. */
const WIDGETS = new Map<string, (typeof REGISTRY)[number]>(REGISTRY.map((w) => [w.tag, w]));

/**
 * What the build knows about dist/ (vite.config.ts writes it here): `l`, the languages
 * with text modules; `w`, per tag, every file the widget's entry needs, itself first;
 * `t`, per tag, the text groups it loads as it registers (besides `common`), where
 * that is more than its own (`prefix`).
 * Outside a library build (dev server, tests) it stays empty and imports chain as usual.
 */
const GRAPH: { l?: string[]; w?: Record<string, string[]>; t?: Record<string, string[]> } = JSON.parse('{"__samen_graph__":0}');

const preloaded = new Set<string>();

/**
 * Asks for every file a widget needs at once, its texts in the page's language
 * included, instead of discovering them import after import: a first visit then waits
 * for one round trip after the loader, not five. The imports that follow find the
 * modules already fetched.
 */
function preload(tag: string, prefix: string): void {
  const files = GRAPH.w?.[tag];
  if (!files) return;
  const base = (document.documentElement.lang || '').trim().toLowerCase().split(/[-_]/)[0];
  const locale = GRAPH.l?.includes(base) ? base : 'en';
  const groups = GRAPH.t?.[tag] ?? [prefix];
  for (const file of [...files, `locales/${locale}/common.js`, ...groups.map((g) => `locales/${locale}/${g}.js`)]) {
    const href = new URL(file, import.meta.url).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

const requested = new Set<string>();

/** Imports a widget's code once; a failed import may be retried by the next sighting. */
function load(tag: string): void {
  const widget = WIDGETS.get(tag);
  if (!widget || requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  preload(tag, widget.prefix);
  widget.load().catch((error) => {
    requested.delete(tag);
    console.error(`samen: could not load <${tag}>.`, error);
  });
}

/**
 * Widgets far down a long page, or in a closed tab, load when they come near the
 * viewport, so the first screen of a page is not slowed down by what no one sees yet.
 */
const nearViewport =
  typeof IntersectionObserver === 'function'
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            nearViewport!.unobserve(entry.target);
            load(entry.target.localName);
          }
        },
        { rootMargin: '50% 0px' },
      )
    : undefined;

/** Finds the samen elements in `root` whose code is not loaded yet. */
function discover(root: ParentNode): void {
  for (const tag of WIDGETS.keys()) {
    if (requested.has(tag) || customElements.get(tag)) continue;
    const found = [...root.querySelectorAll(tag)];
    if (root instanceof Element && root.localName === tag) found.push(root);
    for (const el of found) {
      if (nearViewport) nearViewport.observe(el);
      else load(tag);
    }
  }
}

/** Starts watching the page; idempotent per copy of the bundle. */
function start(): void {
  discover(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
