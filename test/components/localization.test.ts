/** Localization across widgets: the page language reaches every widget, however they load. */
import { expect, fixture, html } from '@open-wc/testing';
import { ready } from '../../src/components/role-recommender/role-recommender.js';
import type { SamenRoleRecommender } from '../../src/components/role-recommender/role-recommender.component.js';
import { setPageLanguage } from './helpers.js';

before(() => ready);

describe('several widgets registering while the language loads', () => {
  it('each shows the page language, not English', async () => {
    // The dilemma explorer registers here, while the role recommender's switch to French
    // may still be in flight: both must end up in French.
    document.documentElement.lang = 'fr-BE';
    const { ready: second } = await import('../../src/components/dilemma-explorer/dilemma-explorer.js');
    await second;
    const el = await fixture(html`<samen-dilemma-explorer></samen-dilemma-explorer>`);
    await (el as SamenRoleRecommender).updateComplete;
    const english = await fixture(html`<samen-role-recommender></samen-role-recommender>`);
    expect(english.shadowRoot!.querySelector('h2')!.textContent).to.not.equal('Which coordinator role fits your network?');
    expect(el.shadowRoot!.querySelector('h2, h3')!.textContent).to.match(/[éèàç]|dilemme|Dilemme/);
    await setPageLanguage('en');
  });
});
