/**
 * The one place for a widget's later part: texts no first screen shows (results,
 * reasons, details, sources, help, room-screen texts…), in a text module of their own
 * (a `<prefix>-<part>` group, see LAZY_GROUPS in scripts/build-locales.mjs), and
 * optionally the views that show them, in a chunk of their own. A first visit
 * downloads only what the first screen shows; the rest comes when something needs it,
 * or as soon as the user starts using the widget (first focus or press inside it).
 *
 * Until then, what would show them shows a short, translated loading line, never
 * English or empty text. A failed load says so, with a button to try again; focus
 * stays in the widget. Once asked for, a live language switch loads the group before
 * the new language shows (src/localization.ts). The host's `updateComplete` waits for
 * a group in flight (SamenElement), so a host or test that awaits it sees the texts,
 * and an action that needs them (copy as text, CSV, link) awaits `request(true)`.
 *
 * Views attach it themselves: `laterTexts(host, group)` gives the host's one controller
 * for that group (added with `addController` the first time), and the `later()`
 * directive finds the host from where it is rendered, so no element needs a field.
 */
import { html, noChange, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { msg } from '@lit/localize';
import { loadTexts, textsLoaded, type TextLoader } from '../../localization.js';

/** A later group: its texts, and optionally the code (views) that shows them. */
export interface LaterGroup<M = unknown> {
  /** The group's name, as in LAZY_GROUPS (`rr-later`), for the console. */
  readonly name: string;
  /** Imports the group's texts in one language. */
  readonly texts: TextLoader;
  /** Imports the views that show them, if they live in a chunk of their own. */
  readonly code?: () => Promise<M>;
}

/** The host: an element with a render root, and (SamenElement) a way to make `updateComplete` wait. */
export type LaterHost = ReactiveControllerHost & HTMLElement & {
  renderRoot: HTMLElement | DocumentFragment;
  /** Makes `updateComplete` wait for this (SamenElement has it). */
  holdUpdateComplete?(work: Promise<unknown>): void;
};

/** Each group's code once imported: shared by every element on the page. */
const modules = new WeakMap<LaterGroup, unknown>();
/** Each host's controllers, one per group. */
const controllers = new WeakMap<LaterHost, Map<LaterGroup, unknown>>();

/** The events that show the user is starting to use the widget. */
const PREFETCH_ON = ['focusin', 'pointerdown'] as const;
/** Focusable things a focus can go back to when the Try-again button goes. */
const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]';

/** Says that a later part could not be loaded (shown, and said after an action that needed it). */
export function laterFailedText(): string {
  return msg('This part could not be loaded. Check the internet connection and try again.', { id: 'common.later.failed' });
}

/** Loads a later group once asked for, and re-renders the host when it arrives. */
export class LazyTexts<M = unknown> implements ReactiveController {
  /** The load in flight, if any: the host's `updateComplete` waits for it. */
  pending: Promise<void> | null = null;
  /** True when the last load failed: then only a user's request tries again. */
  failed = false;
  /** True while a load the user asked for again (Try again) is in flight: the button stays, so focus does. */
  private retrying = false;
  /** What loads the texts (a test may put one that fails here). */
  loader: TextLoader;

  constructor(
    protected readonly host: LaterHost,
    readonly group: LaterGroup<M>,
  ) {
    this.loader = group.texts;
    host.addController(this);
    // The host's one controller for this group: laterTexts() finds it.
    if (!controllers.has(host)) controllers.set(host, new Map());
    controllers.get(host)!.set(group, this);
    // Added from a render, the host is connected already: hostConnected will not come.
    if (host.isConnected) this.hostConnected();
  }

  hostConnected(): void {
    // Someone who starts using the widget will soon open something: fetch it now.
    for (const type of PREFETCH_ON) this.host.addEventListener(type, this.prefetch);
  }

  hostDisconnected(): void {
    for (const type of PREFETCH_ON) this.host.removeEventListener(type, this.prefetch);
  }

  private readonly prefetch = (): void => this.want();

  /** True when the group's texts (and code) are in, in the language shown. */
  get ready(): boolean {
    return (!this.group.code || modules.has(this.group)) && textsLoaded(this.loader);
  }

  /** The group's code, when it is ready to show (undefined for a group of texts only). */
  get module(): M | undefined {
    return modules.get(this.group) as M | undefined;
  }

  /**
   * Asks for the group. Resolves when it is in (the host has re-rendered by then if it
   * awaits `updateComplete`), rejects when it cannot be loaded.
   * @param retry also after a failed load (a user's action, not a render).
   */
  request(retry = false): Promise<void> {
    if (this.ready) {
      // In already (another element asked, or the loader changed): show them.
      if (this.failed) (this.failed = false), this.host.requestUpdate();
      return Promise.resolve();
    }
    if (this.pending) return this.pending;
    if (this.failed && !retry) return Promise.reject(new Error(this.group.name));
    this.retrying = this.failed;
    this.failed = false;
    const { group } = this;
    const code = !group.code || modules.has(group) ? undefined : group.code().then((m) => void modules.set(group, m));
    const pending = Promise.all([loadTexts(this.loader), code]).then(
      () => {
        this.pending = null;
        this.retrying = false;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.pending = null;
        this.retrying = false;
        this.failed = true;
        console.error(`samen: ${group.name} could not be loaded.`, error);
        this.host.requestUpdate();
        throw error;
      },
    );
    this.pending = pending;
    this.host.holdUpdateComplete?.(pending);
    // Only Try again changes what shows while it loads (the button stays, with the loading
    // line); otherwise the loading line shows already. An update asked for here would, from
    // a render (the later() directive), come after the one in progress: a wasted render, and
    // Lit's dev-mode 'change-in-update' warning. The render with the texts comes when they do.
    if (this.retrying) this.host.requestUpdate();
    return pending;
  }

  /** Asks without waiting (from a render or an event); after a failure, only `retry` asks again. */
  want(retry = false): void {
    if (!this.ready && !(this.failed && !retry)) this.request(retry).catch(() => undefined);
  }

  /** What shows where the texts go: a loading line, or why they are missing and a button to try again. */
  placeholder(): TemplateResult {
    const loading = msg('Loading…', { id: 'common.later.loading' });
    const failed = laterFailedText();
    if (!this.failed && !this.retrying) return html`<p class="muted loading">${loading}</p>`;
    // While a retry loads, the message goes but the button stays (disabled for a
    // pointer, still focusable), so focus is not dropped to the page.
    return html`<div class="warning later-failed" role=${this.retrying ? 'status' : 'alert'}>
      <p>${this.retrying ? loading : failed}</p>
      <button type="button" class="retry" aria-disabled=${this.retrying ? 'true' : 'false'} @click=${this.retry}>${msg('Try again', { id: 'common.later.retry' })}</button>
    </div>`;
  }

  /**
   * Where focus goes when the Try-again button has gone with the message: the first
   * thing to focus in what now stands in its place, else the details' summary or the
   * selected tab around it, else the first thing to focus in the widget.
   */
  protected focusBack(area: Element | null): HTMLElement | null {
    const root = this.host.renderRoot;
    return (area?.isConnected ? area.querySelector<HTMLElement>(FOCUSABLE) : null)
      ?? area?.closest('details')?.querySelector('summary')
      ?? root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ?? root.querySelector<HTMLElement>(FOCUSABLE);
  }

  /** Tries again; the button stays while it loads, and focus moves to what replaces it. */
  private readonly retry = (event: Event): void => {
    if (this.pending) return;
    const button = event.currentTarget as HTMLElement;
    const area = button.closest('.later-failed')?.parentElement ?? null;
    void this.request(true).then(
      async () => {
        await this.host.updateComplete;
        if (!button.isConnected) this.focusBack(area)?.focus();
      },
      async () => {
        await this.host.updateComplete;
        // The failure shows again: the new button, where the old one was.
        if (!button.isConnected) (area?.querySelector<HTMLElement>('.later-failed button') ?? this.focusBack(area))?.focus();
      },
    );
  };
}

/**
 * The host's one controller for a later group, added the first time it is asked for
 * (from a view, a controller or a test: the element needs no field for it).
 */
export function laterTexts<M>(host: LaterHost, group: LaterGroup<M>): LazyTexts<M> {
  return (controllers.get(host)?.get(group) as LazyTexts<M> | undefined) ?? new LazyTexts(host, group);
}

/** Shows a later part: `view` once its group is in, the loading line or failure until then (in content only). */
class LaterDirective extends Directive {
  render(_group: LaterGroup<never>, _view: (module: never) => unknown): unknown {
    return noChange;
  }

  override update(part: ChildPart, [group, view]: Parameters<this['render']>): unknown {
    const host = part.options?.host as LaterHost | undefined;
    if (!host) return noChange;
    const texts = laterTexts(host, group);
    texts.want();
    return texts.ready ? view(texts.module as never) : texts.placeholder();
  }
}

const laterDirective = directive(LaterDirective);

/**
 * Renders a view that needs a later group, and asks for the group when it is rendered:
 * `${later(rrLater, () => renderReasons(c))}`, or with the group's code,
 * `${later(group, (views) => views.renderResult(c))}`.
 */
export function later<M>(group: LaterGroup<M>, view: (module: M) => unknown): unknown {
  return laterDirective(group as LaterGroup<never>, view as (module: never) => unknown);
}
