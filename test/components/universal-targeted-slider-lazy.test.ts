/**
 * The slider's later part (`ut-later`): the portfolio view with its editor, the gaps and
 * what they mean, the presenter's room-screen notes and the room screen, code and texts,
 * come in a chunk and a text module of their own. The first screen (the position) must
 * not ask for them and must look the same before and after; a page that starts on the
 * portfolio (attribute or property), or in presentation mode, shows a translated loading
 * line, then the part; the room-screen button and a remote's keys work before the part
 * is in; a failed load says so with Try again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ready } from '../../src/components/universal-targeted-slider/universal-targeted-slider.js';
import { utLater } from '../../src/components/universal-targeted-slider/views/later.js';
import { templates as nlLater } from '../../src/generated/locales/nl/ut-later.js';
import { templates as frLater } from '../../src/generated/locales/fr/ut-later.js';
import { templates as deLater } from '../../src/generated/locales/de/ut-later.js';
import { checkFailedLoad, freshGroup, hold, markup, watchTexts } from './lazy-helpers.js';
import { setPageLanguage, shadowText } from './helpers.js';

const ONLY_TARGETED = [{ name: 'Brugfiguur', value: 62 }, { name: 'Trajectbegeleiding', value: 90 }];
const text = (t: unknown) => String(t).replace(/\s+/g, ' ').trim();
/** The modules of the later chunk: none of them may load for a first screen. */
const LATER_MODULES = ['universal-targeted-slider/views/portfolio.ts', 'universal-targeted-slider/portfolio-editor.ts', 'universal-targeted-slider/views/room.ts', 'directives/repeat.js'];
const loaded = (path: string) => performance.getEntriesByType('resource').some((e) => e.name.split('?')[0].endsWith(path));

/** A slider whose later texts are not in yet. */
async function fresh(attrs: Record<string, string> = {}) {
  await ready;
  const el = document.createElement('samen-universal-targeted-slider');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return { el, texts: freshGroup(el, utLater) };
}

/** Counts how often the live region comes to say `words` while `run` goes on. */
async function timesSaid(el: Element, words: string, run: () => Promise<void>): Promise<number> {
  const region = el.shadowRoot!.querySelector('[role="status"]')!;
  let said = 0;
  const count = new MutationObserver(() => void (text(region.textContent).includes(words) && said++));
  count.observe(region, { subtree: true, childList: true, characterData: true });
  try {
    await run();
  } finally {
    count.disconnect();
  }
  return said;
}

describe('<samen-universal-targeted-slider> later part', () => {
  after(() => setPageLanguage('en'));

  it('the first screen (the position) asks for none of it; the portfolio tab brings it, in Dutch; the position looks the same after', async () => {
    await setPageLanguage('nl');
    const { el, texts } = await fresh();
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    const before = markup(el);
    expect(texts.ready, 'not loaded by a first screen').to.equal(false);
    expect(texts.pending, 'not even asked for').to.equal(null);
    expect(loaded('universal-targeted-slider/views/position.ts'), 'resource timing sees the modules').to.equal(true);
    for (const path of LATER_MODULES) expect(loaded(path), `${path} is not downloaded for the first screen`).to.equal(false);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#ut-tab-portfolio')!.click();
    await el.updateComplete;
    expect(shadowText(el)).to.contain(text(nlLater['ut.portfolio.intro'])).and.contain(text(nlLater['ut.portfolio.empty']));
    expect(el.shadowRoot!.querySelector('form.add'), 'the form to add a service').to.exist;
    // Its styles came with it: the form is a grid and the empty error line takes no room.
    expect(getComputedStyle(el.shadowRoot!.querySelector('form.add')!).display, 'the portfolio is styled').to.equal('grid');
    expect(getComputedStyle(el.shadowRoot!.querySelector('#ut-add-error')!).display).to.equal('none');
    for (const path of LATER_MODULES.slice(0, 3)) expect(loaded(path), `${path} came with the portfolio`).to.equal(true);
    el.services = ONLY_TARGETED;
    await el.updateComplete;
    expect(shadowText(el)).to.contain(text(nlLater['ut.gaps.title'])).and.contain(text(nlLater['ut.gap.no-universal-base']));
    expect(shadowText(el)).to.not.contain('Bezig met laden');
    el.services = [];
    el.view = 'position';
    await el.updateComplete;
    expect(markup(el), 'a text or view of the first screen is in the later part').to.equal(before);
  });

  for (const how of ['attribute', 'property'] as const) {
    it(`a page that starts on the portfolio with services (${how}) shows a Dutch loading line, then the portfolio; never English`, async () => {
      await setPageLanguage('nl');
      const { el } = await fresh({ view: 'portfolio', ...(how === 'attribute' ? { services: JSON.stringify(ONLY_TARGETED) } : {}) });
      if (how === 'property') el.services = ONLY_TARGETED;
      // Connected first (the shadow root comes then); the first render comes after this task.
      document.body.append(el);
      const seen = await watchTexts(el, async () => void (await el.updateComplete));
      try {
        expect(seen.some((s) => s.includes('Bezig met laden')), 'a loading line first').to.equal(true);
        expect([...el.shadowRoot!.querySelectorAll('.service-name')].map((s) => s.textContent)).to.deep.equal(ONLY_TARGETED.map((s) => s.name));
        expect(shadowText(el)).to.contain(text(nlLater['ut.gap.no-universal-base']));
        expect(el.services, 'the host\'s services are kept').to.deep.equal(ONLY_TARGETED);
        for (const shown of seen) expect(shown, 'never English').to.not.contain('No universal base').and.not.contain('List the services');
      } finally {
        el.remove();
      }
    });
  }

  it('a live language switch on the portfolio shows it in German at once, never a loading line, and keeps the name being typed', async () => {
    await setPageLanguage('nl');
    const { el, texts } = await fresh({ view: 'portfolio', services: JSON.stringify(ONLY_TARGETED) });
    document.body.append(el);
    try {
      await el.updateComplete;
      const name = el.shadowRoot!.querySelector<HTMLInputElement>('form.add input[type="text"]')!;
      name.value = 'Speel-o-theek';
      name.dispatchEvent(new Event('input'));
      const seen = await watchTexts(el, async () => {
        await setPageLanguage('de');
        await el.updateComplete;
      });
      expect(texts.ready, 'the German texts came with the switch').to.equal(true);
      expect(shadowText(el)).to.contain(text(deLater['ut.gap.no-universal-base'])).and.contain(text(deLater['ut.add.title']));
      for (const shown of seen) expect(shown).to.not.contain('Wird geladen');
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('form.add input[type="text"]')!.value, 'the name typed is kept').to.equal('Speel-o-theek');
    } finally {
      el.remove();
    }
  });

  it('presentation mode: the room-screen button and a remote\'s key work before the part is in; the notes follow a French loading line, said once', async () => {
    await setPageLanguage('fr');
    const { el, texts } = await fresh({ value: '50' });
    el.toggleAttribute('presentation', true);
    const release = hold(texts);
    (await fixture(html`<div></div>`)).append(el);
    await new Promise((r) => setTimeout(r));
    expect(el.shadowRoot!.querySelector('.loading')?.textContent, 'a loading line where the notes go').to.contain('Chargement');
    // A remote's Page Down, on the first press: the next stop's centre.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.stop.current')!.focus();
    await sendKeys({ press: 'PageDown' });
    expect(el.value, 'the first press moved the offer').to.equal(70);
    // The window opens in the click itself (a pop-up needs the click's activation): blocked here.
    const realOpen = window.open;
    let opened = 0;
    window.open = () => (opened++, null);
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('#ut-room')!.click();
    } finally {
      window.open = realOpen;
      if (!opened) release(); // a failed check must not leave the next test waiting
    }
    expect(opened, 'window.open ran in the click').to.equal(1);
    const blocked = text(frLater['ut.room.blocked']);
    const said = await timesSaid(el, blocked, async () => {
      release();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(shadowText(el)).to.contain(text(frLater['ut.room.keys']));
    expect(el.shadowRoot!.querySelector('.room-note.warning')?.textContent).to.contain(blocked);
    expect(said, 'said once').to.equal(1);
  });

  it('copying the link before the part is in: the copy runs in the click, a Dutch loading line, then the link and its words, said once', async () => {
    await setPageLanguage('nl');
    const { el, texts } = await fresh({ value: '30' });
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    const release = hold(texts);
    const written: string[] = [];
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: (t: string) => (written.push(t), Promise.resolve()) });
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.copy-link')!.click();
      expect(written, 'written in the click (the clipboard needs its activation)').to.have.length(1);
      await new Promise((r) => setTimeout(r));
      expect(el.shadowRoot!.querySelector('.loading')?.textContent, 'a loading line where the link goes').to.contain('Bezig met laden');
      const copied = text(nlLater['ut.share.copied']);
      const said = await timesSaid(el, copied, async () => {
        release();
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 50));
      });
      expect(text(el.shadowRoot!.querySelector('.link-done')?.textContent)).to.equal(copied);
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#ut-link')!.value).to.equal(written[0]);
      expect(said, 'said once').to.equal(1);
    } finally {
      release(); // a failed check must not leave the next test waiting
      delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
    }
  });

  it('a failed load says so in German with Erneut versuchen, and keeps focus in the widget', async () => {
    await setPageLanguage('de');
    const { el, texts } = await fresh();
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    await checkFailedLoad(el, texts, () => void (el.view = 'portfolio'), () => !!el.shadowRoot!.querySelector('form.add'),
      'Dieser Teil konnte nicht geladen werden');
  });
});
