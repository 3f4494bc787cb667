/**
 * Shared by the browser tests: put the page in a language, wait for texts, collect
 * console warnings, and list the states every locale must pass axe in.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { localeSettled } from '../../src/localization.js';

/** The engine this test file runs in (the runner starts Chromium, Firefox ESR and WebKitGTK). */
export const ENGINE: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

const ENGINE_NAMES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' } as const;

/**
 * Skips the current test outside Chromium, saying so in the runner's output: for what
 * only Chromium's DevTools protocol can do (print media emulation). Call it first thing in
 * a `function () {}` test (an arrow function has no mocha `this`).
 */
export function chromiumOnly(test: Mocha.Context, reason: string): void {
  if (ENGINE === 'chromium') return;
  console.log(`skipped in ${ENGINE_NAMES[ENGINE]}: "${test.test?.fullTitle()}": ${reason}`);
  test.skip();
}

/**
 * Skips a test in one engine, printing why, so the skip shows in every run's output
 * until the cause is found and the skip removed.
 */
export function skipIn(test: Mocha.Context, engine: typeof ENGINE, reason: string): void {
  if (ENGINE !== engine) return;
  console.log(`skipped in ${ENGINE_NAMES[ENGINE]}: "${test.test?.fullTitle()}": ${reason}`);
  test.skip();
}

/** The four languages, with a word of each that proves the texts are in that language. */
export const LOCALES = ['en', 'nl', 'fr', 'de'] as const;

/** Sets `<html lang>` and waits until samen has applied it. */
export async function setPageLanguage(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  await localeSettled();
}

/** Captures console.warn calls until `restore()` is called. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => void (console.warn = original) };
}

/** Collects the first argument of each console error until `restore()` (a failed load logs one error). */
export function captureErrors(): { messages: unknown[]; restore: () => void } {
  const original = console.error;
  const messages: unknown[] = [];
  console.error = (...args: unknown[]) => void messages.push(args[0]);
  return { messages, restore: () => void (console.error = original) };
}

/** The visible text of an element's shadow root, whitespace folded. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * One axe test per state and language: `render` builds the element for a state (and
 * opens or clicks whatever that state needs). The first item of a state is its name.
 */
export function axeInEveryLocale<S extends readonly [string, ...unknown[]]>(states: readonly S[], render: (state: S) => Promise<Element>): void {
  for (const locale of LOCALES) {
    for (const state of states) {
      it(`${locale}: ${state[0]} has no axe violations`, async () => {
        await setPageLanguage(locale);
        await expect(await render(state)).to.be.accessible();
      });
    }
  }
}

/**
 * Waits until `check` holds, or fails with `what`. Unlike waitUntil, a check that throws
 * counts as "not yet": another window (the room screen) may still be loading.
 */
export async function until(check: () => boolean, what: string, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    try {
      if (check()) return;
    } catch { /* the other window is still loading */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for: ${what}`);
}

/** The "copy a link" button of a widget that has one. */
export const copyLinkButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('button.copy-link')!;

/**
 * Presses a widget's "copy a link" button and returns the link it shows in its field
 * `#<fieldId>`. The field shows once the clipboard has answered (or after copyText's
 * limit): this waits for what the user sees, not a fixed delay a loaded machine can miss.
 */
export async function copiedLink(el: Element, fieldId: string): Promise<string> {
  copyLinkButton(el).click();
  await waitUntil(() => el.shadowRoot!.querySelector(`#${fieldId}`), 'the copied link is shown', { timeout: 4000 });
  return el.shadowRoot!.querySelector<HTMLInputElement>(`#${fieldId}`)!.value;
}

/** The fragment (`#…`) of a link. */
export const fragmentOf = (link: string) => link.slice(link.indexOf('#'));

/**
 * Runs `click` (which should open the room screen) and returns the window it opened
 * with window.open, or null when the browser blocked it.
 */
export function windowOpenedBy(click: () => void): Window | null {
  const opened: Window[] = [];
  const realOpen = window.open.bind(window);
  window.open = ((...args: Parameters<typeof window.open>) => {
    const w = realOpen(...args);
    if (w) opened.push(w);
    return w;
  }) as typeof window.open;
  try {
    click();
  } finally {
    window.open = realOpen;
  }
  return opened[0] ?? null;
}
