/**
 * The explorer's later texts (stakes, questions, quotes, answers, profile, workshop) come
 * in a text module of their own, loaded when first needed. What a user must never see:
 * a first screen that needs them (it would show English or nothing until they come),
 * English or message ids while they load, a language switch that shows them late, or a
 * silent failure. This file runs in its own page, so nothing is loaded before it starts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ready } from '../../src/components/dilemma-explorer/dilemma-explorer.js';
import type { SamenDilemmaExplorer } from '../../src/components/dilemma-explorer/dilemma-explorer.component.js';
import { loadDetailTexts } from '../../src/components/dilemma-explorer/details.js';
import { templates as nlDetails } from '../../src/generated/locales/nl/dx-details.js';
import { templates as frDetails } from '../../src/generated/locales/fr/dx-details.js';
import { templates as nlFirst } from '../../src/generated/locales/nl/dx.js';
import { DILEMMA_KINDS, dilemmaWorkshopSteps, encodeDilemmaWorkshop } from '../../src/core/dilemmas/index.js';
import { captureErrors, captureWarnings, setPageLanguage, shadowText } from './helpers.js';
import { offline, watchTexts } from './lazy-helpers.js';

const $ = (el: SamenDilemmaExplorer, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
/** A text as shadowText() gives it (no-break spaces and runs of spaces as one space). */
const text = (t: unknown) => String(t).replace(/\s+/g, ' ').trim();

/** The shadow DOM as markup, without the bodies of the dilemmas' details (which show the later texts). */
function firstScreen(el: SamenDilemmaExplorer): string {
  const copy = document.createElement('div');
  for (const node of el.shadowRoot!.childNodes) copy.append(node.cloneNode(true));
  for (const details of copy.querySelectorAll('details')) {
    for (const node of [...details.childNodes]) if ((node as Element).localName !== 'summary') node.remove();
  }
  return copy.innerHTML.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ');
}

/**
 * An explorer whose later texts are not in yet, in whatever language: it loads them
 * through a loader of its own (the same modules), which nothing has used before.
 */
async function fresh(attrs: Record<string, string> = {}): Promise<SamenDilemmaExplorer> {
  await ready;
  const el = document.createElement('samen-dilemma-explorer');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.details.loader = (locale) => loadDetailTexts(locale);
  return el;
}

describe('<samen-dilemma-explorer> later texts', () => {
  after(() => setPageLanguage('en'));

  it('the first screen needs none of them: it is the same before and after they arrive (nl, every kind)', async () => {
    await setPageLanguage('nl');
    const el = await fresh({ positions: '{"loyalty":-1}', priorities: 'culture' });
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(el.details.ready, 'not loaded by the first screen').to.equal(false);
    const kinds = ['organisational', 'professional', 'inclusion', 'practice'];
    const before: string[] = [];
    for (const kind of kinds) {
      el.view = kind as SamenDilemmaExplorer['view'];
      await el.updateComplete;
      before.push(firstScreen(el));
    }
    expect(el.details.ready, 'switching kinds loads nothing').to.equal(false);
    // A dilemma's details: a Dutch loading line, then its Dutch stakes and questions.
    el.view = 'organisational';
    await el.updateComplete;
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.textContent).to.contain('Bezig met laden');
    details.open = true;
    await waitUntil(() => el.details.ready, 'the details arrive once a dilemma is opened', { timeout: 5000 });
    await el.updateComplete;
    expect(details.textContent).to.not.contain('Bezig met laden');
    expect(text(details.textContent)).to.contain(text(nlDetails['dx.loyalty.q1']));
    expect(text(details.textContent)).to.contain(text(nlDetails['dx.loyalty.stake1']));
    details.open = false;
    for (const [i, kind] of kinds.entries()) {
      el.view = kind as SamenDilemmaExplorer['view'];
      await el.updateComplete;
      expect(firstScreen(el), `${kind}: a text of the first screen is in the later group`).to.equal(before[i]);
    }
  });

  it('a language switch shows them in the new language at once, never a loading line', async () => {
    const el = await fixture<SamenDilemmaExplorer>(html`<samen-dilemma-explorer view="profile" positions='{"loyalty":-1}' priorities="loyalty"></samen-dilemma-explorer>`);
    expect(shadowText(el)).to.contain(text(nlDetails['dx.loyalty.q1']));
    expect(el.details.ready).to.equal(true);
    const seen = await watchTexts(el, async () => {
      await setPageLanguage('fr-BE');
      await el.updateComplete;
    });
    expect(shadowText(el)).to.contain(text(frDetails['dx.loyalty.q1']));
    for (const shown of seen) expect(shown).to.not.contain('Chargement');
  });

  it('a workshop that starts on the first screen shows a German loading line, then German; never English', async () => {
    await setPageLanguage('de');
    const el = await fresh({ mode: 'workshop' });
    try {
      const seen = await watchTexts(el, () => el.updateComplete);
      expect(shadowText(el)).to.contain('Bevor wir beginnen');
      expect(seen.some((s) => s.includes('Wird geladen')), 'a loading line first').to.equal(true);
      for (const shown of seen) expect(shown).to.not.contain('Before we start');
    } finally {
      el.remove();
    }
  });

  it('a failed load says so in the page language, and Try again brings them, focus kept in the widget', async () => {
    await setPageLanguage('en');
    const { messages: errors, restore: restoreErrors } = captureErrors();
    const el = await fresh({ mode: 'workshop' });
    el.details.loader = offline;
    document.body.append(el);
    try {
      await el.updateComplete;
      const alert = $(el, '[role="alert"]');
      expect(alert, 'a visible message').to.exist;
      expect(alert.textContent).to.contain('could not be loaded');
      expect(errors.length, 'one console error').to.equal(1);
      // A render does not hammer the network: no new attempt without the user.
      el.requestUpdate();
      await el.updateComplete;
      expect(errors.length).to.equal(1);
      el.details.loader = loadDetailTexts;
      const retry = alert.querySelector('button')!;
      retry.focus();
      retry.click();
      await waitUntil(() => shadowText(el).includes('Before we start'), 'the workshop after Try again', { timeout: 5000 });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, 'focus stays in the widget').to.not.equal(null);
    } finally {
      restoreErrors();
      el.remove();
    }
  });
  it('placing, marking, saving and copying the link need nothing of the later part: they work while it cannot load', async () => {
    await setPageLanguage('nl');
    const el = await fresh();
    // The later part cannot come (offline): what the first screen does must not need it.
    el.details.loader = offline;
    const { restore: restoreErrors } = captureErrors();
    document.body.append(el);
    try {
      await el.updateComplete;
      const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="dx-pos-loyalty"]')!;
      radio.focus();
      radio.click();
      $(el, '[data-pressing="loyalty"]').focus();
      $(el, '[data-pressing="loyalty"]').click();
      await el.updateComplete;
      expect(el.details.failed, 'the later part was asked for (focus) and could not come').to.equal(true);
      expect(el.positions).to.deep.equal({ loyalty: -1 });
      expect(el.priorities).to.deep.equal(['loyalty']);
      expect(el.announcement, 'said in Dutch').to.contain(text(nlFirst['dx.loyalty.name'])).and.not.contain('Marked');
      // A download and the clipboard only work in the click itself: nothing may wait.
      const button = (label: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tools button')].find((b) => text(b.textContent).includes(label))!;
      button(text(nlFirst['dx.tools.save'])).click();
      expect(el.confirmation, 'saved in the click').to.equal(nlFirst['dx.announce.savedFile']);
      button(text(nlFirst['dx.tools.link'])).click();
      expect(el.link, 'the link made in the click').to.contain('#samen-dilemmas=');
      await el.updateComplete;
      expect(shadowText(el)).to.contain(text(nlFirst['dx.link.label']));
    } finally {
      restoreErrors();
      el.remove();
    }
  });

  it('the room screen opens in the click, while the workshop still loads', async () => {
    await setPageLanguage('nl');
    const el = await fresh({ mode: 'workshop' });
    // Texts that take a while: the click comes before they are in.
    el.details.loader = (locale) => new Promise((r) => setTimeout(r, 300)).then(() => loadDetailTexts(locale));
    document.body.append(el);
    const original = window.open;
    const opened: unknown[] = [];
    window.open = ((...args: unknown[]) => { opened.push(args); return null; }) as typeof window.open;
    try {
      await new Promise((r) => setTimeout(r));
      expect(el.details.ready, 'still loading').to.equal(false);
      $(el, '#dx-room').click();
      expect(opened.length, 'window.open in the click').to.equal(1);
    } finally {
      window.open = original;
      await el.updateComplete;
      el.remove();
    }
  });

  it('a tool that needs the later part (Start again) waits for it: then its Dutch question, focus on the answer', async () => {
    await setPageLanguage('nl');
    const el = await fresh();
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.details.ready).to.equal(false);
      $(el, '#dx-reset').click();
      await el.updateComplete;
      expect(el.details.ready).to.equal(true);
      expect(text($(el, '#dx-reset-q').textContent)).to.equal(text(nlDetails['dx.reset.question']));
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'dx-reset-yes', 'focus on the answer', { timeout: 5000 });
    } finally {
      el.remove();
    }
  });

  it('a page opened from a workshop link: the loading line, then the workshop at its step; the remote\'s first press moves on', async () => {
    await setPageLanguage('nl');
    const code = encodeDilemmaWorkshop({ mode: 'workshop', step: 'culture', positions: {}, priorities: [], splits: { culture: [2, 0, 0, 0, 1] } });
    history.replaceState(null, '', `#samen-dilemmas=${code}`);
    const el = await fresh();
    try {
      const seen = await watchTexts(el, () => el.updateComplete);
      expect(seen.some((s) => s.includes('Bezig met laden')), 'a loading line first').to.equal(true);
      expect(text($(el, '#dx-step-title').textContent)).to.equal(text(nlFirst['dx.culture.name']));
      expect(el.splits.culture).to.deep.equal([2, 0, 0, 0, 1]);
      // Its styles came with it (later.styles.ts): the stepper spreads out, the stage has its frame.
      expect(getComputedStyle($(el, '.stepper')).justifyContent, 'the later styles are adopted').to.equal('space-between');
      expect(getComputedStyle($(el, '.stage')).borderTopStyle).to.equal('solid');
      $(el, '[data-go="next"]').focus();
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      const steps = dilemmaWorkshopSteps([...DILEMMA_KINDS]);
      expect(el.step, 'moved on the first press').to.equal(steps[steps.indexOf('culture') + 1]);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
      el.remove();
    }
  });

  it('a corrupt workshop link gets its Dutch message at once, without the later part', async () => {
    await setPageLanguage('nl');
    history.replaceState(null, '', '#samen-dilemmas=@@@@');
    const warnings = captureWarnings();
    const el = await fresh();
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(text($(el, '.warning').textContent)).to.equal(text(nlFirst['dx.link.corrupt']));
      expect(el.details.pending).to.equal(null);
    } finally {
      warnings.restore();
      history.replaceState(null, '', location.pathname + location.search);
      el.remove();
    }
  });
});
