/**
 * The role recommender's later part (a result: verdict, lead, order, what a role does,
 * why, evidence against; the governance-form and local-government views; the room
 * screen's answers) comes in a text module (`rr-later`) and a code chunk of its own,
 * loaded when it is first shown or the user starts using the widget. A user must never
 * see a first screen that waits for it, English while it loads, or a silent failure.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ready } from '../../src/components/role-recommender/role-recommender.js';
import { rrLater } from '../../src/components/role-recommender/views/later.js';
import { templates as nlLater } from '../../src/generated/locales/nl/rr-later.js';
import { templates as deLater } from '../../src/generated/locales/de/rr-later.js';
import { checkFailedLoad, freshGroup, markup, watchTexts } from './lazy-helpers.js';
import { copiedLink, copyLinkButton, setPageLanguage, shadowText } from './helpers.js';

/** The live region's words. */
const said = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

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

  it('the first screen needs none of it; a result and the other views show in Dutch once it is in', async () => {
    await setPageLanguage('nl');
    const { el, texts } = await fresh();
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    const before = markup(el);
    expect(texts.ready, 'not loaded by the first screen').to.equal(false);
    expect(texts.pending, 'not even asked for').to.equal(null);
    // The first answer: a Dutch loading line at most, then the Dutch result.
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="rr-commitment"][value="high"]')!.click();
    await waitUntil(() => texts.ready, 'the result texts arrive once something is answered', { timeout: 5000 });
    await el.updateComplete;
    expect(shadowText(el)).to.not.contain('Bezig met laden');
    expect(shadowText(el)).to.contain(text(nlLater['rr.why']));
    expect(shadowText(el)).to.contain(text(nlLater['rr.counter.title']));
    // The other views' questions and forms are in the group too.
    el.view = 'governance';
    await el.updateComplete;
    expect(shadowText(el)).to.contain(text(nlLater['rr.gov.trust.q']));
    expect(shadowText(el)).to.contain(text(nlLater['rr.form.nao']));
    el.view = 'directing';
    await el.updateComplete;
    expect(shadowText(el)).to.contain(text(nlLater['rr.dir.steering.q']));
    // With the group in and nothing answered, the first screen is the same as before.
    el.answers = {};
    el.view = 'role';
    await el.updateComplete;
    expect(markup(el), 'a text or view of the first screen is in the later group').to.equal(before);
  });

  for (const view of ['governance', 'directing'] as const) {
    it(`a page that starts in the ${view} view shows a Dutch loading line, then its questions with the answers given`, async () => {
      await setPageLanguage('nl');
      const answers: Record<string, string> = view === 'governance' ? { governance: '{"size":"many"}' } : { directing: '{"steering":"joint"}' };
      const { el, texts } = await fresh({ view, ...answers });
      try {
        const seen = await watchTexts(el, () => el.updateComplete);
        expect(texts.ready).to.equal(true);
        const [name, value, question, english] = view === 'governance'
          ? ['rr-gov-size', 'many', nlLater['rr.gov.trust.q'], 'How is trust spread']
          : ['rr-dir-steering', 'joint', nlLater['rr.dir.steering.q'], 'Who steers the network'];
        expect(shadowText(el)).to.contain(text(question));
        expect(el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!.checked, 'the answer given is kept').to.equal(true);
        expect(seen.some((s) => s.includes('Bezig met laden')), 'a loading line first').to.equal(true);
        for (const shown of seen) expect(shown, 'never English').to.not.contain(english);
      } finally {
        el.remove();
      }
    });
  }

  it('another view opened with the keyboard: focus stays on its tab, its questions come, an answer is announced once', async () => {
    await setPageLanguage('nl');
    const { el, texts } = await fresh();
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('#rr-tab-role')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(el.view).to.equal('governance');
    expect(texts.ready).to.equal(true);
    expect(el.shadowRoot!.activeElement?.id, 'focus on the tab, not the body').to.equal('rr-tab-governance');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="rr-gov-size"][value="many"]')!.click();
    await el.updateComplete;
    expect(said(el)).to.contain(text(nlLater['rr.form.nao']));
    expect(el.shadowRoot!.querySelector('.verdict')!.textContent).to.contain(text(nlLater['rr.form.nao']));
  });

  it('a page that starts with answers shows a Dutch loading line, then the result; updateComplete waits for it', async () => {
    await setPageLanguage('nl');
    const { el, texts } = await fresh({ answers: '{"commitment":"high","consensus":"high"}' });
    try {
      const seen = await watchTexts(el, () => el.updateComplete);
      expect(texts.ready).to.equal(true);
      expect(shadowText(el)).to.contain(text(nlLater['rr.result.best']));
      // Its styles came with it (views/later.styles.ts): the roles in order are a plain list, the verdict large.
      expect(getComputedStyle(el.shadowRoot!.querySelector('.scores')!).listStyleType, 'the later styles are adopted').to.equal('none');
      expect(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.verdict')!).fontSize)).to.be.above(parseFloat(getComputedStyle(el).fontSize));
      expect(seen.some((s) => s.includes('Bezig met laden')), 'a loading line first').to.equal(true);
      for (const shown of seen) expect(shown, 'never English').to.not.contain('Best fit');
    } finally {
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
      const seen = await watchTexts(el, async () => {
        await setPageLanguage('de');
        await el.updateComplete;
      });
      expect(texts.ready, 'the group came with the switch').to.equal(true);
      expect(shadowText(el)).to.contain(text(deLater['rr.why']));
      for (const shown of seen) expect(shown).to.not.contain('Wird geladen');
    } finally {
      el.remove();
    }
  });

  it('a page that starts in presentation mode shows a Dutch loading line by Full screen, then the Room screen button, whose click opens the window at once', async () => {
    await setPageLanguage('nl');
    const { el, texts } = await fresh({ presentation: '' });
    try {
      const seen = await watchTexts(el, () => el.updateComplete);
      expect(texts.ready).to.equal(true);
      expect(seen.some((s) => s.includes('Bezig met laden')), 'a loading line first').to.equal(true);
      for (const shown of seen) expect(shown, 'never English').to.not.match(/Room screen|Keys:/);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('#rr-room')!;
      expect(text(button.textContent)).to.equal(text(nlLater['rr.room.screen']));
      expect(shadowText(el)).to.contain(text(nlLater['rr.room.keys']));
      // The browser allows a pop-up only in the click itself: window.open must run in it, not after an import.
      let opened = 0;
      const realOpen = window.open;
      window.open = (() => ((opened += 1), null)) as typeof window.open;
      try {
        button.focus();
        button.click();
        expect(opened, 'window.open ran in the click').to.equal(1);
        await el.updateComplete;
      } finally {
        // After a moment: a window.open that comes late must meet the stand-in too, not open a real window.
        await new Promise((r) => setTimeout(r, 50));
        window.open = realOpen;
      }
      expect(said(el)).to.equal(text(nlLater['rr.room.blocked']));
      expect(text(el.shadowRoot!.querySelector('.room-note')!.textContent)).to.equal(text(nlLater['rr.room.blocked']));
      expect(el.shadowRoot!.activeElement, 'focus stays on the button').to.equal(button);
    } finally {
      el.remove();
    }
  });

  it('a room screen window shows a Dutch loading line, then what the room reads', async () => {
    await setPageLanguage('nl');
    const before = `${location.pathname}${location.search}${location.hash}`;
    // The marker a presenter's window gives the room screen it opens (this page's first recommender).
    history.replaceState(null, '', '#samen-room=samen-lazy-test~samen-role-recommender~0');
    const { el, texts } = await fresh();
    try {
      const seen = await watchTexts(el, () => el.updateComplete);
      expect(el.hasAttribute('data-room-screen'), 'it is the room screen').to.equal(true);
      expect(texts.ready).to.equal(true);
      expect(seen.some((s) => s.includes('Bezig met laden')), 'a loading line first').to.equal(true);
      for (const shown of seen) expect(shown, 'never English').to.not.contain('The answers given');
      expect(shadowText(el)).to.contain(text(nlLater['rr.room.given']));
      expect(getComputedStyle(el.shadowRoot!.querySelector('.room-grid')!).display, 'styled as a room screen').to.equal('grid');
    } finally {
      el.remove();
      history.replaceState(null, '', before);
    }
  });

  it('in presentation mode, a remote\'s first Page Down moves to the next view, and focus to its tab', async () => {
    await setPageLanguage('nl');
    const { el } = await fresh();
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    el.presentation = true;
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="rr-commitment"][value="high"]')!.focus();
    await sendKeys({ press: 'PageDown' });
    expect(el.view, 'at the first press').to.equal('governance');
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(el.shadowRoot!.activeElement?.id).to.equal('rr-tab-governance');
    expect(shadowText(el)).to.contain(text(nlLater['rr.gov.trust.q']));
  });

  it('Start again on the first screen, before the later part is in: said once in Dutch, focus stays on the button', async () => {
    await setPageLanguage('nl');
    const { el, texts } = await fresh();
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    const reset = el.shadowRoot!.querySelector<HTMLButtonElement>('button.reset')!;
    reset.click();
    await el.updateComplete;
    expect(texts.ready).to.equal(true);
    expect(said(el)).to.equal(text(nlLater['rr.cleared']));
    expect(el.shadowRoot!.querySelector('button.undo'), 'nothing to bring back').to.equal(null);
    // With answers: the Dutch undo offer takes focus, and brings them back.
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="rr-commitment"][value="high"]')!.click();
    await el.updateComplete;
    reset.focus();
    reset.click();
    await el.updateComplete;
    expect(said(el)).to.equal(text(nlLater['rr.clearedUndo']));
    const undo = el.shadowRoot!.querySelector<HTMLButtonElement>('button.undo')!;
    expect(text(undo.textContent)).to.equal(text(nlLater['rr.undo']));
    expect(el.shadowRoot!.activeElement).to.equal(undo);
    undo.click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ commitment: 'high' });
    expect(said(el)).to.equal(text(nlLater['rr.restored']));
    expect(el.shadowRoot!.activeElement).to.equal(reset);
  });

  it('Copy a link on the first screen, before the later part is in: the link and what the copy did show in Dutch', async () => {
    await setPageLanguage('nl');
    const { el, texts } = await fresh();
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    const link = await copiedLink(el, 'rr-link');
    expect(texts.ready).to.equal(true);
    expect(link).to.match(/#samen-roles=/);
    expect(shadowText(el)).to.contain(text(nlLater['rr.share.label']));
    const done = text(el.shadowRoot!.querySelector('.link-done')!.textContent);
    expect([text(nlLater['rr.share.copied']), text(nlLater['rr.share.failed'])]).to.include(done);
    expect(said(el), 'said once, as shown').to.equal(done);
  });

  it('a copy whose later part fails: the link field\'s place says so in German, Try again shows it', async () => {
    await setPageLanguage('de');
    const { el, texts } = await fresh();
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    await checkFailedLoad(el, texts,
      async () => {
        copyLinkButton(el).click();
        await waitUntil(() => el.shadowRoot!.querySelector('.later-failed'), 'the failure shows', { timeout: 4000 });
      },
      () => !!el.shadowRoot!.querySelector('#rr-link'),
      'Dieser Teil konnte nicht geladen werden');
  });

  it('a failed load says so in French with Réessayer, and keeps focus in the widget', async () => {
    await setPageLanguage('fr-BE');
    const { el, texts } = await fresh();
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    await checkFailedLoad(el, texts,
      () => void (el.view = 'governance'),
      () => !!el.shadowRoot!.querySelector('input[name="rr-gov-size"]'),
      'Cette partie n’a pas pu être chargée');
    expect(el.shadowRoot!.querySelector('.later-failed button')).to.equal(null);
  });
});
