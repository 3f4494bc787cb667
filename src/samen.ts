/**
 * samen's loader: the one script tag a page needs. It is small on purpose: it watches
 * the page for samen elements and imports a widget's code only when its tag appears,
 * so a page pays only for the widgets it shows (the same idea as Shoelace's autoloader).
 * Loading it twice is harmless.
 * @module
 */

/** Each samen tag and the module that registers it. */
const WIDGETS: Record<string, () => Promise<unknown>> = {
  'samen-role-recommender': () => import('./components/role-recommender/role-recommender.js'),
  'samen-dilemma-explorer': () => import('./components/dilemma-explorer/dilemma-explorer.js'),
  'samen-quality-check': () => import('./components/quality-check/quality-check.js'),
  'samen-universal-targeted-slider': () => import('./components/universal-targeted-slider/universal-targeted-slider.js'),
};

const requested = new Set<string>();

/** Imports the widgets whose tags are in `root` and not yet loaded. */
function discover(root: ParentNode): void {
  for (const [tag, load] of Object.entries(WIDGETS)) {
    if (requested.has(tag) || customElements.get(tag)) continue;
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) {
      requested.add(tag);
      load().catch((error) => {
        requested.delete(tag);
        console.error(`samen: could not load <${tag}>.`, error);
      });
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
