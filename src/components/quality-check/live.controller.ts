/**
 * The quality checker's live region and focus moves: what a screen reader hears after a
 * user action, and where focus goes when the control that had it goes away.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';

/** Speaks through the element's one live region and moves focus after renders. */
export class LiveRegion implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #announce: (text: string) => void;
  /** The last error said, so an identical one is said again as a repeat. */
  #lastError = '';

  /**
   * @param host the element; the controller adds itself to it.
   * @param announce the base element's `announce()` (it re-announces identical texts).
   */
  constructor(host: ReactiveControllerHost & HTMLElement, announce: (text: string) => void) {
    this.#host = host;
    this.#announce = announce;
    host.addController(this);
  }

  /** Nothing to set up. */
  hostConnected(): void {}

  /**
   * Says a text once. An error identical to the previous one is said as "Again: …", so
   * a screen-reader user hears that the second try failed too, not the old message.
   */
  say(text: string, error = false): void {
    const spoken = error && text === this.#lastError ? msg(str`Again: ${text}`, { id: 'qc.announce.again' }) : text;
    this.#lastError = error ? text : '';
    this.#announce(spoken);
  }

  /** Focuses the first match in the host's shadow root after the next render. */
  focusAfterUpdate(selector: string, scroll = false): void {
    void this.#host.updateComplete.then(() => {
      const target = this.#host.shadowRoot?.querySelector<HTMLElement>(selector);
      target?.focus({ preventScroll: scroll });
      // Scrolled to the middle, not just anywhere in view: the user sees where they are.
      if (scroll) target?.closest('fieldset')?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    });
  }
}
