/**
 * The improvement ideas are a text group of their own (`qc-ideas`): no first screen of
 * the quality check shows one, so its first load does not carry them; they come with the
 * check's later group, and the quality report (whose first screen shows them) loads them
 * as it registers, so it shows them in the page language at once, never a loading line.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ready } from '../../src/components/quality-check/quality-check.js';
import { qcLater } from '../../src/components/quality-check/views/later.js';
import { templates as nlFirst } from '../../src/generated/locales/nl/qc.js';
import { templates as nlIdeas } from '../../src/generated/locales/nl/qc-ideas.js';
import { templates as enIdeas } from '../../src/generated/locales/en/qc-ideas.js';
import { freshGroup, markup } from './lazy-helpers.js';
import { setPageLanguage } from './helpers.js';

const text = (t: unknown) => String(t).replace(/\s+/g, ' ').trim();

describe('<samen-quality-check> ideas', () => {
  after(() => setPageLanguage('en'));

  it('the first text group has no idea: they are in qc-ideas', () => {
    expect(Object.keys(nlFirst).filter((id) => id.startsWith('qc.idea.')), 'ideas in the first load').to.deep.equal([]);
    expect(Object.keys(nlIdeas).length, 'staff and family ideas').to.be.greaterThan(30);
  });

  for (const audience of ['staff', 'family'] as const) {
    it(`${audience}: the first screen does not ask for them; an answered result shows every idea in Dutch`, async () => {
      await setPageLanguage('nl');
      await ready;
      const el = document.createElement('samen-quality-check');
      el.setAttribute('storage-key', `samen-ideas-test-${Math.random()}`);
      el.setAttribute('audience', audience);
      const texts = freshGroup(el, qcLater);
      (await fixture(html`<div></div>`)).append(el);
      await el.updateComplete;
      const before = markup(el);
      expect(texts.pending, 'not asked for by the first screen').to.equal(null);
      el.shadowRoot!.querySelector<HTMLInputElement>('.questions input[type="radio"]')!.click();
      await waitUntil(() => texts.ready, 'the later group arrives once something is answered');
      await el.updateComplete;
      const items = [...el.shadowRoot!.querySelectorAll('.ideas li')];
      expect(items.length, 'ideas shown').to.be.greaterThan(2);
      const prefix = audience === 'family' ? 'qc.idea.family.' : 'qc.idea.';
      const dutch = Object.entries(nlIdeas).filter(([id]) => id.startsWith(prefix) && (audience === 'family' || !id.startsWith('qc.idea.family.'))).map(([, t]) => text(t));
      const english = Object.values(enIdeas).map(text);
      for (const li of items) {
        expect(dutch.some((t) => text(li.textContent).startsWith(t)), `in Dutch: ${text(li.textContent)}`).to.equal(true);
        expect(english.some((t) => text(li.textContent).startsWith(t)), 'never English').to.equal(false);
      }
      el.answers = {};
      await el.updateComplete;
      expect(markup(el), 'the same first screen').to.equal(before);
    });
  }
});
