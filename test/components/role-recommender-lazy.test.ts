/**
 * The role recommender's later texts (a result: verdict, lead, order, what a role does,
 * why, evidence against; the room screen's answers) come in a module of their own
 * (`rr-later`), loaded when a result is first shown. A user must never see a first
 * screen that waits for them, English while they load, or a silent failure.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ready } from '../../src/components/role-recommender/role-recommender.js';
import type { RoleView } from '../../src/components/role-recommender/role-recommender.component.js';
import { rrLater } from '../../src/components/role-recommender/views/later.js';
import { templates as nlLater } from '../../src/generated/locales/nl/rr-later.js';
import { templates as deLater } from '../../src/generated/locales/de/rr-later.js';
import { checkFailedLoad, freshGroup, markup } from './lazy-helpers.js';
import { setPageLanguage, shadowText } from './helpers.js';

const text = (t: unknown) => String(t).replace(/\s+/g, ' ').trim();

/** A recommender whose later texts are not in yet. */
async function fresh(attrs: Record<string, string> = {}) {
  await ready;
  const el = document.createElement('samen-role-recommender');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return { el, texts: freshGroup(el, rrLater) };
}

describe('<samen-role-recommender> later texts', () => {
  after(() => setPageLanguage('en'));

  it('the first screen of every view needs none of them; a result shows in Dutch once they are in', async () => {
    await setPageLanguage('nl');
    const { el, texts } = await fresh();
    (await fixture(html`<div></div>`)).append(el);
    const views: RoleView[] = ['role', 'governance', 'directing'];
    const before: string[] = [];
    for (const view of views) {
      el.view = view;
      await el.updateComplete;
      before.push(markup(el));
    }
    expect(texts.ready, 'not loaded by a first screen').to.equal(false);
    expect(texts.pending, 'not even asked for').to.equal(null);
    el.view = 'role';
    await el.updateComplete;
    // The first answer: a Dutch loading line at most, then the Dutch result.
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="rr-commitment"][value="high"]')!.click();
    await waitUntil(() => texts.ready, 'the result texts arrive once something is answered');
    await el.updateComplete;
    expect(shadowText(el)).to.not.contain('Bezig met laden');
    expect(shadowText(el)).to.contain(text(nlLater['rr.why']));
    expect(shadowText(el)).to.contain(text(nlLater['rr.counter.title']));
    // With the texts in and nothing answered, every first screen is the same as before.
    el.answers = {};
    el.governance = {};
    el.directing = {};
    for (const [i, view] of views.entries()) {
      el.view = view;
      await el.updateComplete;
      expect(markup(el), `${view}: a text of the first screen is in the later group`).to.equal(before[i]);
    }
  });

  it('a page that starts with answers shows a Dutch loading line, then the result; updateComplete waits for it', async () => {
    await setPageLanguage('nl');
    const { el, texts } = await fresh({ answers: '{"commitment":"high","consensus":"high"}' });
    const seen: string[] = [];
    const watch = new MutationObserver(() => seen.push(shadowText(el)));
    document.body.append(el);
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    try {
      await el.updateComplete;
      expect(texts.ready).to.equal(true);
      expect(shadowText(el)).to.contain(text(nlLater['rr.result.best']));
      expect(seen.some((s) => s.includes('Bezig met laden')), 'a loading line first').to.equal(true);
      for (const shown of seen) expect(shown, 'never English').to.not.contain('Best fit');
    } finally {
      watch.disconnect();
      el.remove();
    }
  });

  it('a live language switch shows the result in the new language at once, never a loading line', async () => {
    await setPageLanguage('nl');
    const { el, texts } = await fresh({ answers: '{"commitment":"high"}' });
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(texts.ready).to.equal(true);
      const seen: string[] = [];
      const watch = new MutationObserver(() => seen.push(shadowText(el)));
      watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      await setPageLanguage('de');
      await el.updateComplete;
      watch.disconnect();
      expect(texts.ready, 'the group came with the switch').to.equal(true);
      expect(shadowText(el)).to.contain(text(deLater['rr.why']));
      for (const shown of seen) expect(shown).to.not.contain('Wird geladen');
    } finally {
      el.remove();
    }
  });

  it('a failed load says so in French with Réessayer, and keeps focus in the widget', async () => {
    await setPageLanguage('fr-BE');
    const { el, texts } = await fresh({ view: 'governance' });
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    await checkFailedLoad(el, texts,
      () => el.shadowRoot!.querySelector<HTMLInputElement>('input[name="rr-gov-size"][value="few"]')!.click(),
      () => !!el.shadowRoot!.querySelector('.verdict'),
      'Cette partie n’a pas pu être chargée');
    expect(el.shadowRoot!.querySelector('.later-failed button')).to.equal(null);
  });
});
