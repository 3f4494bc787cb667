/**
 * The quality check's later texts (a result once something is answered: scores, bands,
 * the weakest B's, the dialogue note) come in a module of their own (`qc-later`). The
 * first screen (questions and an empty result) must not wait for them, for families or
 * staff; while they load a translated line shows; a failed load says so with Try again.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ready } from '../../src/components/quality-check/quality-check.js';
import { qcLater } from '../../src/components/quality-check/views/later.js';
import { templates as nlLater } from '../../src/generated/locales/nl/qc-later.js';
import { checkFailedLoad, freshGroup, markup } from './lazy-helpers.js';
import { setPageLanguage, shadowText } from './helpers.js';

const text = (t: unknown) => String(t).replace(/\s+/g, ' ').trim();
const firstRadio = (el: Element) => el.shadowRoot!.querySelector<HTMLInputElement>('.questions input[type="radio"]')!;

/** A quality check whose later texts are not in yet (nothing kept on the device). */
async function fresh(attrs: Record<string, string> = {}) {
  await ready;
  const el = document.createElement('samen-quality-check');
  el.setAttribute('storage-key', `samen-lazy-test-${Math.random()}`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return { el, texts: freshGroup(el, qcLater) };
}

describe('<samen-quality-check> later texts', () => {
  after(() => setPageLanguage('en'));

  for (const audience of ['family', 'staff']) {
    it(`${audience}: the first screen needs none of them; the result shows in Dutch once they are in`, async () => {
      await setPageLanguage('nl');
      const { el, texts } = await fresh({ audience });
      (await fixture(html`<div></div>`)).append(el);
      await el.updateComplete;
      const before = markup(el);
      expect(texts.ready, 'not loaded by the first screen').to.equal(false);
      expect(texts.pending, 'not even asked for').to.equal(null);
      firstRadio(el).click();
      await waitUntil(() => texts.ready, 'the result texts arrive once something is answered');
      await el.updateComplete;
      expect(shadowText(el)).to.contain(text(nlLater['qc.table.caption']));
      expect(shadowText(el)).to.not.contain('Bezig met laden');
      el.answers = {};
      await el.updateComplete;
      // The radio keeps its checked state in the DOM property, not in the markup: same first screen.
      expect(markup(el), 'a text of the first screen is in the later group').to.equal(before);
    });
  }

  it('a page that starts with answers shows a Dutch loading line, then the result; never English', async () => {
    await setPageLanguage('nl');
    const { el } = await fresh({ audience: 'family', answers: '{"family-affordability-could-pay":1}' });
    const seen: string[] = [];
    const watch = new MutationObserver(() => seen.push(shadowText(el)));
    document.body.append(el);
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    try {
      await el.updateComplete;
      expect(shadowText(el)).to.contain(text(nlLater['qc.table.caption']));
      expect(seen.some((s) => s.includes('Bezig met laden')), 'a loading line first').to.equal(true);
      for (const shown of seen) expect(shown, 'never English').to.not.contain('Score per topic');
    } finally {
      watch.disconnect();
      el.remove();
    }
  });

  it('a failed load says so in French with Réessayer, and keeps focus in the widget', async () => {
    await setPageLanguage('fr-BE');
    const { el, texts } = await fresh({ audience: 'family' });
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    await checkFailedLoad(el, texts, () => firstRadio(el).click(), () => !!el.shadowRoot!.querySelector('table.scores'),
      'Cette partie n’a pas pu être chargée');
  });
});
