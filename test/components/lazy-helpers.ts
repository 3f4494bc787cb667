/**
 * What the widgets' later-texts tests share (test/components/*-lazy.test.ts): a loader
 * nothing has used yet, a loader that fails like a lost connection, the first screen as
 * markup, and the failed-load check every widget must pass.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { laterTexts, type LaterGroup, type LaterHost, type LazyTexts } from '../../src/internal/controllers/lazy-texts.js';
import type { TextLoader } from '../../src/localization.js';
import { captureErrors, shadowText } from './helpers.js';

/** A loader of the same modules that nothing has used before: its texts are "not in yet". */
export const freshLoader = (group: LaterGroup<unknown>): TextLoader => (locale) => group.texts(locale);

/** A loader that fails as a lost connection does. */
export const offline: TextLoader = () => Promise.reject(new TypeError('Failed to fetch'));

/** The element's later-texts controller for a group, with a loader nothing has used (set before it connects). */
export function freshGroup<M>(el: HTMLElement, group: LaterGroup<M>): LazyTexts<M> {
  const texts = laterTexts(el as unknown as LaterHost, group);
  texts.loader = freshLoader(group as LaterGroup<unknown>);
  return texts;
}

/**
 * Every text the shadow DOM shows while `run` goes on, to check that a loading line came
 * on the way and English never did. An element not in the page yet is put in it first
 * (its shadow root exists from then), so its first render is watched too.
 */
export async function watchTexts(el: Element, run: () => Promise<unknown>): Promise<string[]> {
  if (!el.isConnected) document.body.append(el);
  const seen: string[] = [];
  const watch = new MutationObserver(() => seen.push(shadowText(el)));
  watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  try {
    await run();
  } finally {
    watch.disconnect();
  }
  return seen;
}

/** Holds a group's texts back until `release()` is called: the part is on its way. */
export function hold(texts: LazyTexts<unknown>): () => void {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const working = texts.loader;
  texts.loader = (locale) => gate.then(() => working(locale));
  return release;
}

/** The shadow DOM as markup, comments, runs of white space and the live region's last words left out. */
export function markup(el: Element): string {
  const copy = document.createElement('div');
  for (const node of el.shadowRoot!.childNodes) copy.append(node.cloneNode(true));
  for (const region of copy.querySelectorAll('[role="status"].sr-only')) region.textContent = '';
  return copy.innerHTML.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ');
}

/**
 * A failed load shows a visible message (role alert) in the page language with Try
 * again, logs one console error, does not retry on a mere re-render, keeps focus on the
 * button while it tries again, and shows the part once the load works.
 * @param show makes the element show a part that needs the group (the group's loader fails then).
 * @param shown true once the part shows with its texts.
 * @param failedText the failure message's start in the page's language.
 */
export async function checkFailedLoad(
  el: HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void },
  texts: LazyTexts<unknown>,
  show: () => Promise<void> | void,
  shown: () => boolean,
  failedText: string,
): Promise<void> {
  const { messages: errors, restore: restoreErrors } = captureErrors();
  const working = texts.loader;
  texts.loader = offline;
  try {
    await show();
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector<HTMLElement>('.later-failed[role="alert"]');
    expect(alert, 'a visible message').to.exist;
    expect(alert!.textContent).to.contain(failedText);
    expect(errors.length, 'one console error').to.equal(1);
    // A render does not hammer the network: no new attempt without the user.
    el.requestUpdate();
    await el.updateComplete;
    expect(errors.length, 'no retry on a re-render').to.equal(2 - 1);
    // Try again while still offline: the failure shows again, focus on its button.
    let retry = alert!.querySelector<HTMLButtonElement>('button')!;
    retry.focus();
    retry.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(errors.length, 'Try again tried again').to.equal(2);
    expect(el.shadowRoot!.activeElement?.matches('.later-failed button'), 'focus on Try again after a second failure').to.equal(true);
    // Then with the connection back: the part shows, and focus stays in the widget.
    texts.loader = working;
    retry = el.shadowRoot!.querySelector<HTMLButtonElement>('.later-failed button')!;
    retry.click();
    expect(el.shadowRoot!.activeElement, 'focus kept while it loads').to.equal(retry);
    await waitUntil(shown, 'the part shows after Try again', { timeout: 5000 });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(el.shadowRoot!.activeElement, 'focus stays in the widget').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.later-failed'), 'the message is gone').to.equal(null);
  } finally {
    restoreErrors();
  }
}
