/**
 * The quality checker's live region and focus moves: what a screen reader hears after a
 * user action, and where focus goes when the control that had it goes away.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

/** Speaks through a `role="status"` region and moves focus after renders. */
export class LiveRegion implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  /** What the region says now. */
  text = '';
  /** The last error said, so an identical one is said again as a repeat. */
  #lastError = '';

  /** @param host the element; the controller adds itself to it. */
  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Nothing to set up. */
  hostConnected(): void {}

  /**
   * Says a text once. An error identical to the previous one is said as "Again: …", so
   * a screen-reader user hears that the second try failed too; any identical text is
   * emptied first, or the region would not change and nothing would be heard.
   */
  say(text: string, error = false): void {
    const spoken = error && text === this.#lastError ? msg(str`Again: ${text}`, { id: 'qc.announce.again' }) : text;
    this.#lastError = error ? text : '';
    if (spoken === this.text) {
      this.text = '';
      this.#host.requestUpdate();
      void this.#host.updateComplete.then(() => {
        this.text = spoken;
        this.#host.requestUpdate();
      });
      return;
    }
    this.text = spoken;
    this.#host.requestUpdate();
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

  /** The status region itself. */
  render(): TemplateResult {
    return html`<div class="sr-only" role="status" aria-live="polite">${this.text}</div>`;
  }
}
