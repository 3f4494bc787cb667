/**
 * Asking for a later group from a render (the `later()` directive) must not schedule a
 * second update while the first is in progress: that is a wasted render, and in Lit's
 * development build (`npm start`) it prints the 'change-in-update' warning in the
 * console of every page that shows the part, though nothing is wrong.
 *
 * This runner serves Lit's production build (web-test-runner.config.mjs, export condition
 * 'production'), where Lit prints no warning. So each render is checked the way Lit's
 * dev build checks it: after `updated()`, is an update pending again? The console is
 * watched too, for a run with the 'development' condition.
 * What a user notices stays: the loading line at once, one render when the part
 * arrives, and `updateComplete` waiting for it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ready as rrReady } from '../../src/components/role-recommender/role-recommender.js';
import { rrLater } from '../../src/components/role-recommender/views/later.js';
import { ready as utReady } from '../../src/components/universal-targeted-slider/universal-targeted-slider.js';
import { utLater } from '../../src/components/universal-targeted-slider/views/later.js';
import type { LaterGroup } from '../../src/internal/controllers/lazy-texts.js';
import { freshGroup, hold } from './lazy-helpers.js';
import { setPageLanguage, shadowText } from './helpers.js';

type Host = HTMLElement & { updateComplete: Promise<boolean>; isUpdatePending: boolean; updated(c: unknown): void };

/** One render as seen at its end: the loading line shown, and an update already scheduled again. */
interface Render {
  loading: boolean;
  again: boolean;
}

/**
 * Records each render of `el` (its own `updated` wraps the class's, as Lit calls it
 * right before its dev-mode check) and Lit's dev-mode warnings.
 */
function watch(el: Host): { renders: Render[]; warnings: string[]; stop(): void } {
  const renders: Render[] = [];
  const warnings: string[] = [];
  const updated = Object.getPrototypeOf(el).updated as (c: unknown) => void;
  el.updated = function (this: Host, changed: unknown) {
    updated.call(this, changed);
    renders.push({ loading: shadowText(this).includes('Bezig met laden'), again: this.isUpdatePending });
  };
  // Lit's dev build says each warning once per page: forget it, so every check can see it.
  (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings?.clear();
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (/scheduled an update|change-in-update/.test(String(args[0]))) warnings.push(String(args[0]));
    warn.apply(console, args);
  };
  return { renders, warnings, stop: () => ((console.warn = warn), delete (el as Partial<Host>).updated) };
}

/**
 * Connects a fresh `tag`, then `show()`s a part of `group` while its texts are held:
 * checks the loading line, the wait, the one render on arrival and no update scheduled
 * during an update. `shown` is true once the part is there.
 */
async function check(tag: string, group: LaterGroup<unknown>, show: (el: Host) => void, shown: (el: Host) => boolean): Promise<void> {
  await setPageLanguage('nl');
  const el = document.createElement(tag) as Host;
  const texts = freshGroup(el, group);
  (await fixture(html`<div></div>`)).append(el);
  await el.updateComplete;
  expect(texts.pending, 'the first screen does not ask for it').to.equal(null);
  const release = hold(texts);
  const seen = watch(el);
  try {
    show(el);
    let complete = false;
    void el.updateComplete.then(() => (complete = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(texts.pending, 'the render asked for the group').to.not.equal(null);
    expect(seen.renders.length, 'one render so far').to.be.greaterThan(0);
    expect(seen.renders.at(-1)!.loading, 'the Dutch loading line shows at once').to.equal(true);
    expect(complete, 'updateComplete waits for the group in flight').to.equal(false);
    const before = seen.renders.length;
    release();
    await el.updateComplete;
    expect(shown(el), 'the part shows once it is in').to.equal(true);
    expect(seen.renders.length - before, 'one render when it arrives').to.equal(1);
    expect(seen.warnings, "Lit's dev-mode warnings").to.deep.equal([]);
    expect(seen.renders.filter((r) => r.again).length, 'updates scheduled during an update (Lit: change-in-update)').to.equal(0);
  } finally {
    seen.stop();
    release();
    el.remove();
  }
}

describe('a later group asked for from a render', () => {
  before(async () => {
    await rrReady;
    await utReady;
  });
  after(() => setPageLanguage('en'));

  it('the slider\'s portfolio tab: loading line, then the portfolio, with no update scheduled during an update', () =>
    check(
      'samen-universal-targeted-slider',
      utLater as LaterGroup<unknown>,
      (el) => el.shadowRoot!.querySelector<HTMLButtonElement>('#ut-tab-portfolio')!.click(),
      (el) => !!el.shadowRoot!.querySelector('form.add'),
    ));

  it('the recommender in presentation mode: loading line, then the Room screen button, with no update scheduled during an update', () =>
    check(
      'samen-role-recommender',
      rrLater as LaterGroup<unknown>,
      (el) => el.toggleAttribute('presentation', true),
      (el) => !!el.shadowRoot!.querySelector('#rr-room'),
    ));
});
