/**
 * Watches the host `<form>` of a form-associated element for a submission that went
 * ahead, so the quality checker can say thank you instead of "your answers go with this
 * form". A handler that calls `preventDefault()` (validation, an AJAX form that may
 * still fail) means nothing was sent by the browser: no thank-you.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the host form and whether it was sent. */
export class HostFormWatch implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement & { readonly form: HTMLFormElement | null };
  readonly #onSent: () => void;
  #form: HTMLFormElement | null = null;

  /**
   * @param host the form-associated element.
   * @param onSent called after a submission of the host form that no handler prevented.
   */
  constructor(host: ReactiveControllerHost & HTMLElement & { readonly form: HTMLFormElement | null }, onSent: () => void) {
    this.#host = host;
    this.#onSent = onSent;
    host.addController(this);
  }

  /** Starts watching the host's form. */
  hostConnected(): void {
    this.update();
  }

  /** Stops watching. */
  hostDisconnected(): void {
    this.#form?.removeEventListener('submit', this.#onSubmit);
    this.#form = null;
  }

  /** Follows the host into another form (call from `formAssociatedCallback`). */
  update(): void {
    const form = this.#host.isConnected ? this.#host.form : null;
    if (form === this.#form) return;
    this.#form?.removeEventListener('submit', this.#onSubmit);
    this.#form = form;
    form?.addEventListener('submit', this.#onSubmit);
  }

  /** Checked after the whole dispatch, so the host's own handlers, added later, count too. */
  #onSubmit = (event: Event): void => {
    setTimeout(() => {
      if (!event.defaultPrevented) this.#onSent();
    });
  };
}
