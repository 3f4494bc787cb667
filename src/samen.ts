/**
 * samen's loader: the one script tag a page needs. It is small on purpose: it watches
 * the page for samen elements and imports a widget's code only when one of its tags
 * appears near the viewport, so a page pays only for the widgets it shows (the same idea
 * as Shoelace's autoloader).
 * Loading it twice is harmless.
 * @module
 */
import { WIDGETS as REGISTRY } from './widgets.js';

/** Each samen tag and the module that registers it, from the one registry. */
const WIDGETS: Record<string, () => Promise<unknown>> = Object.fromEntries(REGISTRY.map((w) => [w.tag, w.load]));

const requested = new Set<string>();

/** Imports a widget's code once; a failed import may be retried by the next sighting. */
function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  WIDGETS[tag]().catch((error) => {
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
  for (const tag of Object.keys(WIDGETS)) {
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
