/**
 * A widget's later part may bring the styles of its views (the views that only show once
 * it is in: results, panels, the room screen), so that a first visit does not download
 * them either. They are adopted into the element's shadow root after its own styles (the
 * cascade stays as it was in one sheet), once per root, in the render that can first show
 * one of those views, so none shows unstyled.
 */
import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

/** The later styles each shadow root has already adopted. */
const adopted = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adopts `styles` into `root` after what it has, unless done before. Without constructable
 * style sheets Lit's helper appends a `<style>` instead (with the page's nonce, for a
 * strict CSP).
 */
export function adoptLaterStyles(root: ShadowRoot, styles: CSSResult): void {
  let done = adopted.get(root);
  if (!done) adopted.set(root, (done = new Set()));
  if (done.has(styles)) return;
  done.add(styles);
  adoptStyles(root, supportsAdoptingStyleSheets ? [...root.adoptedStyleSheets, styles.styleSheet!] : [styles]);
}
