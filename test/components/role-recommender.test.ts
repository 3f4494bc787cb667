import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ready } from '../../src/components/role-recommender/role-recommender.js';
import type { SamenRoleRecommender } from '../../src/components/role-recommender/role-recommender.component.js';
import { defineElement } from '../../src/internal/samen-element.js';
import { LOCALES, axeInEveryLocale, captureWarnings, setPageLanguage, shadowText } from './helpers.js';

const FACILITATOR_NETWORK = { commitment: 'high', consensus: 'high', history: 'negative', diversity: 'low', participation: 'voluntary' };

async function make(attrs: Partial<Record<'answers' | 'view' | 'governance' | 'directing', string>> = {}, presentation = false) {
  await ready;
  const el = await fixture<SamenRoleRecommender>(html`<samen-role-recommender
    answers=${attrs.answers ?? ''} view=${attrs.view ?? 'role'} governance=${attrs.governance ?? ''}
    directing=${attrs.directing ?? ''} ?presentation=${presentation}></samen-role-recommender>`);
  await el.updateComplete;
  return el;
}

const radio = (el: SamenRoleRecommender, name: string, value: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;

describe('<samen-role-recommender>', () => {
  afterEach(() => setPageLanguage('en'));

  describe('accessibility in every state and language', () => {
    const states: Array<[string, Parameters<typeof make>[0], boolean?]> = [
      ['empty', {}],
      ['partly answered', { answers: JSON.stringify({ commitment: 'low' }) }],
      ['clear facilitator', { answers: JSON.stringify(FACILITATOR_NETWORK) }],
      ['tie', { answers: JSON.stringify({ continuity: 'stable' }) }],
      ['mixed signals', { answers: JSON.stringify({ commitment: 'low', history: 'positive', diversity: 'low', participation: 'voluntary' }) }],
      ['governance view', { view: 'governance', governance: JSON.stringify({ trust: 'moderate', size: 'many' }) }],
      ['directing view', { view: 'directing', directing: JSON.stringify({ steering: 'joint', goals: 'joint' }) }],
      ['presentation mode', { answers: JSON.stringify(FACILITATOR_NETWORK) }, true],
    ];
    axeInEveryLocale(states, ([, attrs, presentation]) => make(attrs, presentation));
  });

  describe('languages', () => {
    it('follows <html lang>, region forms included, and switches live', async () => {
      await setPageLanguage('nl-BE');
      const el = await make();
      const dutch = shadowText(el);
      await setPageLanguage('fr-BE');
      await el.updateComplete;
      const french = shadowText(el);
      await setPageLanguage('de');
      await el.updateComplete;
      expect(dutch).to.not.equal(french);
      expect(shadowText(el)).to.not.equal(french);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.not.equal('Which coordinator role fits your network?');
    });
    it('shows English for an unsupported language, with one warning', async () => {
      const warnings = captureWarnings();
      try {
        await setPageLanguage('es');
        const el = await make();
        await setPageLanguage('es-ES');
        expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Which coordinator role fits your network?');
        expect(warnings.messages.filter((m) => m.includes('"es'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
    it('every language has its own text for every question', async () => {
      const seen = new Set<string>();
      for (const locale of LOCALES) {
        await setPageLanguage(locale);
        const el = await make();
        seen.add([...el.shadowRoot!.querySelectorAll('legend')].map((l) => l.textContent).join('|'));
      }
      expect(seen.size).to.equal(4);
    });
  });

  describe('keyboard', () => {
    it('answers a question and switches views with the keyboard alone', async () => {
      const el = await make();
      radio(el, 'rr-commitment', 'low').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ commitment: 'high' });
      const tab = el.shadowRoot!.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!;
      tab.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.view).to.equal('governance');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.view).to.equal('directing');
      await new Promise((r) => requestAnimationFrame(r));
      expect(el.shadowRoot!.activeElement?.id).to.equal('rr-tab-directing');
    });
  });

  describe('recommendation', () => {
    it('recommends and explains, and announces it to screen readers', async () => {
      const el = await make();
      radio(el, 'rr-commitment', 'low').click();
      await el.updateComplete;
      expect(el.result.role).to.equal('commissioner');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Commissioner');
      expect(el.shadowRoot!.querySelector('.result')!.textContent).to.contain('Evidence to weigh against it');
    });
    it('says so when the top roles tie, instead of picking one', async () => {
      const el = await make({ answers: JSON.stringify({ continuity: 'stable' }) });
      expect(el.result.role).to.equal(null);
      expect(el.result.tied).to.have.members(['facilitator', 'co-producer']);
      expect(shadowText(el)).to.contain('No single role stands out');
    });
    it('states mixed signals as such', async () => {
      const el = await make({ answers: JSON.stringify({ commitment: 'low', history: 'positive', diversity: 'low', participation: 'voluntary' }) });
      expect(shadowText(el)).to.contain('Mixed signals');
    });
    it('"Don\'t know" takes an answer back', async () => {
      const el = await make({ answers: JSON.stringify({ commitment: 'low' }) });
      radio(el, 'rr-commitment', '').click();
      await el.updateComplete;
      expect(el.answers).to.deep.equal({});
      expect(el.result.role).to.equal(null);
    });
  });

  describe('events', () => {
    it('fires samen-change, bubbling and composed, when the user answers', async () => {
      const el = await make();
      const event = oneEvent(document, 'samen-change');
      radio(el, 'rr-trust', 'low').click();
      const { detail, bubbles, composed } = await event;
      expect(bubbles && composed).to.equal(true);
      expect(detail.answers).to.deep.equal({ trust: 'low' });
      expect(detail.result.role).to.equal('commissioner');
    });
    it('does not fire when a property is set by the page', async () => {
      const el = await make();
      let fired = 0;
      el.addEventListener('samen-change', () => fired++);
      el.answers = { trust: 'high' };
      await el.updateComplete;
      expect(fired).to.equal(0);
      expect(el.result.tied).to.have.members(['facilitator', 'co-producer']);
    });
    it('fires for governance answers too, with their tally', async () => {
      const el = await make({ view: 'governance' });
      const event = oneEvent(el, 'samen-change');
      radio(el, 'rr-gov-size', 'many').click();
      const { detail } = await event;
      expect(detail.governance.result.type).to.equal('nao');
    });
  });

  describe('bad input', () => {
    it('broken JSON: one warning, nothing answered, nothing thrown', async () => {
      const warnings = captureWarnings();
      try {
        const el = await make({ answers: '{commitment: low' });
        expect(el.answers).to.deep.equal({});
        expect(warnings.messages.filter((m) => m.includes('not-json'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
    it('unknown ids and values are ignored with a warning; the rest is kept', async () => {
      const warnings = captureWarnings();
      try {
        const el = await make({ answers: JSON.stringify({ commitment: 'high', colour: 'red', trust: 'maybe' }) });
        expect(el.answers).to.deep.equal({ commitment: 'high' });
        expect(warnings.messages.join()).to.contain('answers.colour').and.contain('answers.trust');
      } finally {
        warnings.restore();
      }
    });
    it('an unknown view shows the coordinator role', async () => {
      const warnings = captureWarnings();
      try {
        const el = await make({ view: 'mystery' });
        expect(el.view).to.equal('role');
        expect(el.shadowRoot!.querySelector('[aria-selected="true"]')!.id).to.equal('rr-tab-role');
      } finally {
        warnings.restore();
      }
    });
    it('tolerates being registered again, as when the bundle loads twice', async () => {
      await ready;
      const ctor = customElements.get('samen-role-recommender')!;
      expect(defineElement('samen-role-recommender', ctor)).to.equal(false);
      expect(defineElement('gent-role-recommender', ctor)).to.equal(true);
      const el = await fixture<SamenRoleRecommender>(html`<gent-role-recommender></gent-role-recommender>`);
      expect(el.shadowRoot!.querySelector('h2')).to.exist;
    });
  });
});
