/**
 * The base of every samen element: typed events, one warning per bad input, a guard
 * that keeps a rendering fault inside the element, and presentation mode.
 */
import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { parseJson, type Cleaned, type InputIssue } from '../core/shared.js';
import type { SamenEventMap } from '../events.js';
import { baseStyles } from '../styles/base.styles.js';

/** Shared by every samen element; not registered itself. */
export class SamenElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  /**
   * Presentation mode, for projecting in a workshop: large type, high contrast and a
   * full-screen toggle. Everything stays keyboard-operable.
   */
  @property({ type: Boolean, reflect: true }) presentation = false;

  /**
   * Fires a samen event that bubbles out of the shadow root. Call it from user actions
   * only, never from `updated()`, so that setting a property never echoes an event.
   */
  protected emit<K extends keyof SamenEventMap>(name: K, detail: SamenEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }

  /**
   * Tells the page's developer, in one console warning, what input was ignored or
   * corrected. Silent when there is nothing to say.
   */
  protected warnAbout(issues: readonly InputIssue[]): void {
    if (!issues.length) return;
    const lines = issues.map((i) => `  ${i.path}: ${i.problem}${'received' in i ? ` (got ${JSON.stringify(i.received) ?? String(i.received)})` : ''}`);
    console.warn(`<${this.localName}>: some input was ignored or corrected; the widget uses safe values instead.\n${lines.join('\n')}`);
  }

  /**
   * Cleans a property or attribute value with a core cleaning function: a string is
   * parsed as JSON first (attributes arrive as strings), and whatever was dropped or
   * corrected is reported in one warning. Never throws.
   * @param path the attribute name, for the warning.
   */
  protected cleanInput<T>(input: unknown, path: string, clean: (value: unknown) => Cleaned<T>): T {
    const parsed = typeof input === 'string' ? parseJson(input, path) : { value: input, issues: [] };
    this.warnAbout(parsed.issues);
    const cleaned = clean(parsed.value);
    this.warnAbout(cleaned.issues);
    return cleaned.value;
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
   * Keeps a fault in rendering inside the element: the host page must never see an
   * exception from a widget. The fault is still reported on the console.
   */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      console.error(`<${this.localName}> could not render.`, error);
    }
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
