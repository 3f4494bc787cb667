/**
 * The slider's later texts (what the gaps in a portfolio mean) come in a module of
 * their own (`ut-later`), loaded once the offer has services. The first screen (the
 * position, the empty portfolio) must not wait for them; while they load a translated
 * line shows, and a failed load says so with Try again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ready } from '../../src/components/universal-targeted-slider/universal-targeted-slider.js';
import { utLater } from '../../src/components/universal-targeted-slider/views/later.js';
import { templates as nlLater } from '../../src/generated/locales/nl/ut-later.js';
import { checkFailedLoad, freshGroup, markup } from './lazy-helpers.js';
import { setPageLanguage, shadowText } from './helpers.js';

const ONLY_TARGETED = [{ name: 'Brugfiguur', value: 62 }, { name: 'Trajectbegeleiding', value: 90 }];
const text = (t: unknown) => String(t).replace(/\s+/g, ' ').trim();

/** A slider whose later texts are not in yet. */
async function fresh(attrs: Record<string, string> = {}) {
  await ready;
  const el = document.createElement('samen-universal-targeted-slider');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return { el, texts: freshGroup(el, utLater) };
}

describe('<samen-universal-targeted-slider> later texts', () => {
  after(() => setPageLanguage('en'));

  it('the first screen of both views needs none of them; the gaps show in Dutch once the offer has services', async () => {
    await setPageLanguage('nl');
    const { el, texts } = await fresh();
    (await fixture(html`<div></div>`)).append(el);
    const before: string[] = [];
    for (const view of ['position', 'portfolio'] as const) {
      el.view = view;
      await el.updateComplete;
      before.push(markup(el));
    }
    expect(texts.ready, 'not loaded by a first screen').to.equal(false);
    expect(texts.pending, 'not even asked for').to.equal(null);
    el.services = ONLY_TARGETED;
    await el.updateComplete;
    expect(texts.ready).to.equal(true);
    expect(shadowText(el)).to.contain(text(nlLater['ut.gaps.title']));
    expect(shadowText(el)).to.contain(text(nlLater['ut.gap.no-universal-base']));
    expect(shadowText(el)).to.not.contain('Bezig met laden');
    el.services = [];
    for (const [i, view] of (['position', 'portfolio'] as const).entries()) {
      el.view = view;
      await el.updateComplete;
      expect(markup(el), `${view}: a text of the first screen is in the later group`).to.equal(before[i]);
    }
  });

  it('a page that starts with services shows a Dutch loading line, then the gaps; never English', async () => {
    await setPageLanguage('nl');
    const { el } = await fresh({ view: 'portfolio', services: JSON.stringify(ONLY_TARGETED) });
    const seen: string[] = [];
    const watch = new MutationObserver(() => seen.push(shadowText(el)));
    document.body.append(el);
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    try {
      await el.updateComplete;
      expect(shadowText(el)).to.contain(text(nlLater['ut.gap.no-universal-base']));
      expect(seen.some((s) => s.includes('Bezig met laden')), 'a loading line first').to.equal(true);
      for (const shown of seen) expect(shown, 'never English').to.not.contain('No universal base');
    } finally {
      watch.disconnect();
      el.remove();
    }
  });

  it('a failed load says so in German with Erneut versuchen, and keeps focus in the widget', async () => {
    await setPageLanguage('de');
    const { el, texts } = await fresh({ view: 'portfolio' });
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    await checkFailedLoad(el, texts, () => void (el.services = ONLY_TARGETED), () => !!el.shadowRoot!.querySelector('.gaps'),
      'Dieser Teil konnte nicht geladen werden');
  });
});
