/**
 * The base of every samen element: typed events, one bounded warning per bad input,
 * a guard that keeps a rendering fault inside the element (with a visible fallback),
 * the page-set value guard, the live region, the title with its heading level, the
 * widget's own `lang`, and presentation mode with its full-screen button.
 */
import { LitElement, ReactiveElement, html, nothing, render, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { property, state } from 'lit/decorators.js';
import { parseJson, type Cleaned, type InputIssue } from '../core/shared.js';
import type { SamenEventMap } from '../events.js';
import { shownLocale } from '../localization.js';
import { baseStyles } from '../styles/base.styles.js';
import { MAX_ISSUE_LINES, pageValueKey, preview, tooLarge } from './input-safety.js';
import { headingTemplate, statusRegion } from './templates.js';

/** Heading levels a host may ask for; the title gets it, sub-headings the next ones. */
const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
/** How long an identical repeated message stays cleared so screen readers hear it anew. */
const REANNOUNCE_DELAY = 120;

/** Shared by every samen element; not registered itself. */
export class SamenElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  /**
   * Presentation mode, for projecting in a workshop: large type, high contrast and a
   * full-screen toggle. Everything stays keyboard-operable.
   */
  @property({ type: Boolean, reflect: true }) presentation = false;

  /**
   * Hides the widget's title visually, for a page that gives the widget its own heading.
   * Screen readers still find the title, so the widget keeps its place in the outline.
   */
  @property({ type: Boolean, reflect: true, attribute: 'hide-title' }) hideTitle = false;

  #headingLevel: number = 2;
  /**
   * The level of the widget's title, 2 to 6 (default 2), to fit the page's outline:
   * under a page `h3`, give `heading-level="4"`. Sub-headings follow one and two levels
   * below (never beyond 6). Anything else gives 2, with a warning.
   */
  @property({ attribute: 'heading-level' })
  get headingLevel(): number {
    return this.#headingLevel;
  }
  set headingLevel(input: unknown) {
    const old = this.#headingLevel;
    const n = typeof input === 'string' && /^\s*\d\s*$/.test(input) ? Number(input) : input;
    this.#headingLevel = HEADING_LEVELS.includes(n as 2) ? (n as number) : 2;
    if (input != null && input !== '' && this.#headingLevel !== n) this.warnAbout([{ path: 'heading-level', problem: 'invalid-value', received: input }]);
    this.requestUpdate('headingLevel', old);
  }

  /** True while this element is the document's full-screen element. */
  @state() protected isFullscreen = false;
  /** The text of the live region; see `announce()`. */
  @state() private samenStatus = '';
  #statusTimer: ReturnType<typeof setTimeout> | undefined;
  #pageValues = new Map<string, string | undefined>();
  #renderFailed = false;
  /** Work that re-renders the element when done (a later text group loading): `updateComplete` waits for it. */
  #held = new Set<Promise<unknown>>();

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('fullscreenchange', this.#onFullscreenChange);
    window.addEventListener('lit-localize-status', this.#onLocaleStatus);
    this.#onFullscreenChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
    window.removeEventListener('lit-localize-status', this.#onLocaleStatus);
  }

  readonly #onFullscreenChange = (): void => {
    this.isFullscreen = document.fullscreenElement === this;
  };

  /** A status in the old language is stale: the region is cleared when the texts change. */
  readonly #onLocaleStatus = (event: Event): void => {
    if ((event as CustomEvent<{ status: string }>).detail?.status !== 'ready') return;
    clearTimeout(this.#statusTimer);
    this.samenStatus = '';
  };

  /**
   * Fires a samen event that bubbles out of the shadow root. Call it from user actions
   * only, never from `updated()`, so that setting a property never echoes an event.
   */
  protected emit<K extends keyof SamenEventMap>(name: K, detail: SamenEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }

  /**
   * Tells the page's developer, in one console warning, what input was ignored or
   * corrected. Silent when there is nothing to say. Never throws, whatever `received`
   * holds (a BigInt, a cycle, a Proxy, a throwing getter): values are previewed, and a
   * long list is cut after a few lines with the count of the rest.
   */
  protected warnAbout(issues: readonly InputIssue[]): void {
    try {
      if (!issues.length) return;
      const lines = issues.slice(0, MAX_ISSUE_LINES).map((i) => `  ${i.path}: ${i.problem}${'received' in i ? ` (got ${preview(i.received)})` : ''}`);
      if (issues.length > MAX_ISSUE_LINES) lines.push(`  … and ${issues.length - MAX_ISSUE_LINES} more`);
      console.warn(`<${this.localName}>: some input was ignored or corrected; the widget uses safe values instead.\n${lines.join('\n')}`);
    } catch {
      // A warning must never become the page's exception.
    }
  }

  /**
   * Cleans a property or attribute value with a core cleaning function: a string is
   * parsed as JSON first (attributes arrive as strings), and whatever was dropped or
   * corrected is reported in one warning. Never throws: input that is too large (JSON
   * over 256 kB, more than 10,000 entries) or that throws while being read is refused with
   * a warning, and the widget uses what the cleaner makes of nothing.
   * @param path the attribute name, for the warning.
   */
  protected cleanInput<T>(input: unknown, path: string, clean: (value: unknown) => Cleaned<T>): T {
    try {
      const large = tooLarge(input);
      if (large) {
        this.warnAbout([{ path, problem: 'too-large', received: large }]);
        return clean(undefined).value;
      }
      const parsed = typeof input === 'string' ? parseJson(input, path) : { value: input, issues: [] };
      this.warnAbout(parsed.issues);
      const big = tooLarge(parsed.value);
      if (big) {
        this.warnAbout([{ path, problem: 'too-large', received: big }]);
        return clean(undefined).value;
      }
      const cleaned = clean(parsed.value);
      this.warnAbout(cleaned.issues);
      return cleaned.value;
    } catch {
      this.warnAbout([{ path, problem: 'invalid-value', received: input }]);
      return clean(undefined).value;
    }
  }

  /**
   * True when the page sets a property or attribute to the value it set last time, so
   * the setter can keep what the user entered since (a CMS or framework re-rendering the
   * same `answers` must not wipe the user's work). Records the value otherwise.
   * Attribute strings and property values compare by their JSON, so `answers='{"a":"b"}'`
   * then `el.answers = { a: 'b' }` is a repeat. Use it first thing in a setter:
   * `if (this.samePageValue('answers', input)) return;`
   */
  protected samePageValue(path: string, input: unknown): boolean {
    const key = pageValueKey(input);
    if (key !== undefined && this.#pageValues.has(path) && this.#pageValues.get(path) === key) return true;
    this.#pageValues.set(path, key);
    return false;
  }

  /**
   * Reads a value that must be one of a few words (a `view`, an `audience`): anything
   * else gives the fallback and one warning. `null`/`undefined` give the fallback silently.
   * @param path the attribute name, for the warning.
   */
  protected cleanChoice<T extends string, F = T>(input: unknown, allowed: readonly T[], fallback: F, path: string): T | F {
    if (allowed.includes(input as T)) return input as T;
    if (input != null) this.warnAbout([{ path, problem: 'invalid-value', received: input }]);
    return fallback;
  }

  /**
   * Says something in the widget's live region (render it with `renderStatus()`), once.
   * Every call is a new event: the same text as the last one is cleared first and set
   * again a moment later, so screen readers announce it again.
   */
  protected announce(message: string): void {
    clearTimeout(this.#statusTimer);
    if (message && message === this.samenStatus) {
      this.samenStatus = '';
      this.#statusTimer = setTimeout(() => (this.samenStatus = message), REANNOUNCE_DELAY);
    } else this.samenStatus = message;
  }

  /** The widget's one live region, for `announce()`. */
  protected renderStatus(): TemplateResult {
    return statusRegion(this.samenStatus);
  }

  /**
   * A heading at the widget's level: `depth` 0 is the title's level (`heading-level`),
   * 1 and 2 the levels below. It keeps the look of an h2/h3/h4 whatever its level.
   */
  protected heading(depth: 0 | 1 | 2, content: unknown, options: { id?: string; className?: string } = {}): TemplateResult {
    return headingTemplate(Math.min(6, this.#headingLevel + depth), depth, content, options);
  }

  /** The widget's title: at `heading-level`, visually hidden with `hide-title`. */
  protected renderTitle(text: string): TemplateResult {
    return this.heading(0, text, { className: this.hideTitle ? 'title sr-only' : 'title' });
  }

  /** The full-screen toggle of presentation mode (nothing otherwise); name and pressed state follow the real state. */
  protected renderFullscreenButton(): TemplateResult | typeof nothing {
    if (!this.presentation) return nothing;
    return html`<button type="button" class="fullscreen no-print" aria-pressed=${this.isFullscreen ? 'true' : 'false'} @click=${this.toggleFullscreen}>${this.isFullscreen
      ? msg('Leave full screen', { id: 'common.fullscreenLeave' })
      : msg('Full screen', { id: 'common.fullscreen' })}</button>`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The language the widget shows, which may differ from the section it sits in.
    const lang = shownLocale(document.documentElement.lang);
    if (lang && this.getAttribute('lang') !== lang) this.setAttribute('lang', lang);
  }

  /**
   * Keeps a fault in rendering inside the element: the host page never sees an
   * exception from a widget. The user sees a short notice instead of a blank box, and
   * the console gets one error per fault (not one per later update while it persists).
   */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
      this.#renderFailed = false;
    } catch (error) {
      if (!this.#renderFailed) console.error(`<${this.localName}> could not render.`, error);
      this.#renderFailed = true;
      try {
        // What LitElement's update skipped when render() threw: without it the element
        // would never update again.
        ReactiveElement.prototype['update'].call(this, changed);
        render(html`<p class="warning" role="alert">${msg('Sorry, this part could not be shown. Reloading the page may help.', { id: 'common.renderError' })}</p>`, this.renderRoot, this.renderOptions);
      } catch {
        // Nothing more to do safely.
      }
    }
  }

  /**
   * @internal Makes `updateComplete` wait for work that ends in a new render, such as a
   * later text group loading (controllers/lazy-texts.ts), so a host, test or action that
   * awaits an update sees its result. A failure only ends the wait.
   */
  holdUpdateComplete(work: Promise<unknown>): void {
    const held: Promise<unknown> = work.catch(() => undefined).finally(() => this.#held.delete(held));
    this.#held.add(held);
  }

  /** Also waits for the work held (see `holdUpdateComplete`) and the render that follows it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#held.size) {
      await Promise.all(this.#held);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Enters or leaves full screen for presentation mode; does nothing where not allowed. */
  protected toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void this.requestFullscreen?.().catch(() => undefined);
  }
}

/**
 * Registers an element under a tag, tolerating a second load of the bundle: when the
 * tag is taken, the first registration stays. A host can choose its own prefix by
 * calling this with another tag; a class already registered is subclassed, since the
 * platform allows each constructor under one name only.
 * @returns true when this call registered the tag.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): boolean {
  if (customElements.get(tag)) return false;
  const taken = customElements.getName?.(ctor);
  customElements.define(tag, taken ? class extends ctor {} : ctor);
  return true;
}
