/**
 * The explorer's later part: the texts no first screen shows (each dilemma's stakes,
 * questions, quote, answers and sources; the profile; the whole workshop), in a text
 * module of their own (`dx-details`, see scripts/build-locales.mjs), and the views that
 * show them (later.ts), in a chunk of their own. A first visit downloads only what the
 * cards show; the rest comes when a dilemma's details, the profile or the workshop
 * opens, or as soon as the user starts using the widget.
 *
 * Until then, what would show them shows a short, translated loading line; never
 * English or empty text. A failed load says so, with a button to try again.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { loadTexts, textsLoaded, type TextLoader } from '../../localization.js';

/** The later part's views (later.ts). */
export type Later = typeof import('./later.js');

/** The views, once imported: shared by every explorer on the page. */
let views: Later | null = null;

/** Imports the explorer's later texts in one language. */
export const loadDetailTexts: TextLoader = (locale) => import(`../../generated/locales/${locale}/dx-details.ts`);

/** The host: an element with a shadow root to find a focus target in. */
type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** Loads the later texts once asked for, and re-renders the host when they arrive. */
export class DetailsController implements ReactiveController {
  /** The load in flight, if any: the host's `updateComplete` waits for it. */
  pending: Promise<void> | null = null;
  /** True when the last load failed: then only a user's request tries again. */
  failed = false;
  /** What loads them (a test may put one that fails here). */
  loader: TextLoader = loadDetailTexts;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    // Someone who starts using the widget will soon open something: fetch it now.
    this.host.addEventListener('focusin', this.prefetch);
    this.host.addEventListener('pointerdown', this.prefetch);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.prefetch);
    this.host.removeEventListener('pointerdown', this.prefetch);
  }

  private readonly prefetch = (): void => this.want();

  /** True when the later views and their texts are in, in the language shown. */
  get ready(): boolean {
    return views !== null && textsLoaded(this.loader);
  }

  /** The later views, when they are ready to show. */
  get later(): Later | null {
    return this.ready ? views : null;
  }

  /**
   * Asks for the later texts. Resolves when they are in (the host has re-rendered by
   * then if it awaits `updateComplete`), rejects when they cannot be loaded.
   * @param retry also after a failed load (a user's action, not a render).
   */
  request(retry = false): Promise<void> {
    if (this.ready) {
      // In already (another element asked, or the loader changed): show them.
      if (this.failed) (this.failed = false), this.host.requestUpdate();
      return Promise.resolve();
    }
    if (this.pending) return this.pending;
    if (this.failed && !retry) return Promise.reject(new Error('samen: the explorer\'s details could not be loaded.'));
    this.failed = false;
    const code = views ? Promise.resolve(views) : import('./later.js').then((m) => (views = m));
    const pending = Promise.all([loadTexts(this.loader), code]).then(
      () => {
        this.pending = null;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.pending = null;
        this.failed = true;
        console.error('samen: the dilemma explorer\'s details could not be loaded.', error);
        this.host.requestUpdate();
        throw error;
      },
    );
    this.pending = pending;
    this.host.requestUpdate();
    return pending;
  }

  /** Asks for them without waiting (from a render or an event); after a failure, only `retry` asks again. */
  want(retry = false): void {
    if (!this.ready && !(this.failed && !retry)) this.request(retry).catch(() => undefined);
  }

  /** What shows where the later texts go: a loading line, or why they are missing and a button to try again. */
  placeholder(): TemplateResult {
    if (!this.failed) return html`<p class="muted loading">${msg('Loading…', { id: 'dx.details.loading' })}</p>`;
    return html`<div class="warning" role="alert">
      <p>${msg('This part could not be loaded. Check the internet connection and try again.', { id: 'dx.details.failed' })}</p>
      <button type="button" @click=${this.retry}>${msg('Try again', { id: 'dx.details.retry' })}</button>
    </div>`;
  }

  /** Tries again; the button goes away with the message, so focus moves to what stays. */
  private readonly retry = (event: Event): void => {
    const button = event.currentTarget as HTMLElement;
    const back = button.closest('details')?.querySelector('summary') ?? this.host.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
    void this.request(true).then(
      async () => {
        await this.host.updateComplete;
        if (!button.isConnected) back?.focus();
      },
      () => undefined,
    );
  };
}
