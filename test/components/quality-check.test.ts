import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { ready } from '../../src/components/quality-check/quality-check.js';
import type { SamenQualityCheck } from '../../src/components/quality-check/quality-check.component.js';
import { ideaTexts } from '../../src/components/quality-check/quality-check.texts.js';
import { LOCALES, axeInEveryLocale, captureWarnings, chromiumOnly, setPageLanguage, shadowText } from './helpers.js';

const KEY = 'samen-quality-check-test';
/** Where samen keeps it: its own prefix, so a page's entry of the same name is never touched. */
const ENTRY = `samen:${KEY}`;

/** Some answers: affordability weakest for families, staff more positive. */
const FAMILY = {
  'family-availability-quick-help': 4, 'family-availability-easy-to-arrange': 3,
  'family-reachability-easy-to-get-there': 5,
  'family-affordability-could-pay': 1, 'family-affordability-no-extra-costs': 2,
  'family-usability-helped': 4,
  'family-comprehensibility-clear-information': 2, 'family-comprehensibility-explained-during': 4,
};
const STAFF = {
  'staff-availability-waiting-list': 2, 'staff-availability-paperwork': 3, 'staff-availability-unspoken-needs': 2,
  'staff-reachability-opening-hours': 4, 'staff-affordability-price': 5, 'staff-affordability-hidden-costs': 4,
  'staff-usability-fits-needs': 4, 'staff-comprehensibility-plain-language': 3,
  'staff-awareness-known-by-families': 2, 'staff-trust-named-contact': 5,
};

interface Attrs { answers?: unknown; audience?: string; extended?: boolean; presentation?: boolean; name?: string; service?: string; key?: string }

async function make(attrs: Attrs = {}) {
  await ready;
  const el = await fixture<SamenQualityCheck>(html`<samen-quality-check storage-key=${attrs.key ?? KEY} service=${attrs.service ?? ''}
    answers=${attrs.answers === undefined ? '' : typeof attrs.answers === 'string' ? attrs.answers : JSON.stringify(attrs.answers)}
    audience=${attrs.audience ?? 'family'} ?extended=${attrs.extended ?? false} ?presentation=${attrs.presentation ?? false}></samen-quality-check>`);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: SamenQualityCheck, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: SamenQualityCheck, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const radio = (el: SamenQualityCheck, id: string, value: string) => $<HTMLInputElement>(el, `input[name="qc-${id}"][value="${value}"]`);
const status = (el: SamenQualityCheck) => $(el, '[role="status"]').textContent!.trim();

/** Loads saved results into the comparison as if the user picked files. */
async function loadFiles(el: SamenQualityCheck, files: Array<[string, string]>) {
  const input = $<HTMLInputElement>(el, 'input[type="file"]');
  const transfer = new DataTransfer();
  for (const [name, text] of files) transfer.items.add(new File([text], name, { type: 'application/json' }));
  const before = status(el);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  // Reading files takes a moment (longer in Firefox under load): wait for the announcement.
  for (let i = 0; i < 60 && (status(el) === before || status(el) === ''); i++) await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
}

const saved = (label: string, audience: 'family' | 'staff', answers: Record<string, number>, extended = false) =>
  JSON.stringify({ format: 'samen-quality-check', version: 1, audience, extended, answers, scores: {}, label });

/** Words that must never appear in family-facing text, in any of the four languages. */
const STIGMA = /\b(poverty|poor|problems?|target groups?|armoede|arm|arme|probleem|problemen|doelgroep(en)?|pauvreté|pauvres?|problèmes?|groupes? cibles?|Armut|arme|Probleme?|Zielgruppen?)\b/i;

describe('<samen-quality-check>', () => {
  afterEach(async () => {
    for (const k of Object.keys(localStorage)) if (k.includes(KEY) || k === 'settings') localStorage.removeItem(k);
    await emulateMedia({ media: 'screen' });
    await setPageLanguage('en');
  });

  describe('accessibility in every state, audience and language', () => {
    const states: Array<[string, Attrs, ((el: SamenQualityCheck) => Promise<void>)?]> = [
      ['family, empty', {}],
      ['family, partly answered', { answers: FAMILY }],
      ['family, extended, all answered', { extended: true, answers: Object.fromEntries(Object.keys(FAMILY).map((k) => [k, 3])) }],
      ['staff, empty', { audience: 'staff' }],
      ['staff, extended, answered', { audience: 'staff', extended: true, answers: STAFF }],
      ['staff, comparing two saved results', { audience: 'staff', answers: STAFF }, async (el) => {
        await loadFiles(el, [['parents.json', saved('Parents', 'family', FAMILY)], ['broken.json', '{oops']]);
      }],
      ['family, kept on this device', { answers: FAMILY }, async (el) => {
        $<HTMLInputElement>(el, '.storage input[type="checkbox"]').click();
        await el.updateComplete;
      }],
      ['presentation mode', { answers: FAMILY, presentation: true }],
    ];
    axeInEveryLocale(states, async ([, attrs, act]) => {
      const el = await make(attrs);
      await act?.(el);
      return el;
    });
  });

  describe('languages and wording', () => {
    it('asks families in plain words, never a stigmatising one, in every language', async () => {
      const seen = new Set<string>();
      for (const locale of LOCALES) {
        await setPageLanguage(locale);
        const el = await make({ extended: true, answers: { 'family-affordability-could-pay': 1, 'family-trust-felt-welcome': 2, 'family-usability-helped': 5 } });
        for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
        const text = shadowText(el);
        expect(text, locale).to.not.match(STIGMA);
        // The B's own names stay out of a parent's way; only the citation under "About these questions" may name them.
        const about = $(el, 'details.about')?.textContent ?? '';
        expect(text.replace(about.replace(/\s+/g, ' ').trim(), '')).to.not.match(/comprehensibility|begrijpbaarheid|compréhensibilité|Verständlichkeit/i);
        seen.add($$(el, 'legend').map((l) => l.textContent).join('|'));
      }
      expect(seen.size, 'each language has its own questions').to.equal(4);
    });
    it('names the B\'s for staff and explains each', async () => {
      await setPageLanguage('nl-BE');
      const el = await make({ audience: 'staff', answers: STAFF });
      expect($$(el, '.group h3').map((h) => h.textContent)).to.deep.equal(['Beschikbaarheid', 'Bereikbaarheid', 'Betaalbaarheid', 'Bruikbaarheid', 'Begrijpbaarheid']);
    });
  });

  describe('questions and result', () => {
    it('asks one to two questions per B of a family and two or more of staff, with skip on every question', async () => {
      const el = await make();
      expect($$(el, 'fieldset').length).to.equal(el.questions.length);
      for (const f of $$(el, 'fieldset')) expect(f.querySelectorAll('input[type="radio"]').length).to.equal(6);
      expect(new Set(el.questions.map((q) => q.dimension)).size).to.equal(5);
      el.audience = 'staff';
      el.extended = true;
      await el.updateComplete;
      expect(el.questions.length).to.be.greaterThan(14);
      expect($$(el, '.group').length).to.equal(7);
    });
    it('scores each B 0..100 and lists the weakest first, each with ideas', async () => {
      const el = await make({ answers: FAMILY });
      expect(el.result.scores).to.deep.equal({ availability: 63, reachability: 100, affordability: 13, usability: 75, comprehensibility: 50 });
      expect(el.result.weakest).to.deep.equal(['affordability', 'comprehensibility', 'availability', 'usability', 'reachability']);
      const cards = $$(el, '.weakest > li');
      expect(cards[0].textContent).to.contain('Cost').and.contain('13 of 100').and.contain('Needs attention');
      expect(cards[0].querySelector('.ideas')!.textContent).to.contain(ideaTexts('family')['discount-systems']);
      expect(cards[1].querySelector('.ideas')!.textContent).to.contain(ideaTexts('family')['mini-rights-check']);
      expect(cards[4].querySelector('details:not([open])'), 'stronger B\'s fold their ideas away').to.exist;
      const rows = $$(el, '.scores tbody tr').map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows[2]).to.contain('13 of 100').and.contain(`2 of ${el.questions.filter((q) => q.dimension === 'affordability').length} answered`);
    });
    it('never counts a skipped question as low', async () => {
      const el = await make({ answers: { 'family-affordability-could-pay': 5 } });
      expect(el.result.scores.affordability).to.equal(100);
      expect(el.result.scores.availability).to.equal(null);
      expect($$(el, '.scores tbody tr')[0].textContent).to.contain('Not answered');
    });
    it('keeps answers when the audience changes; only the current audience counts', async () => {
      const el = await make({ answers: { ...FAMILY, ...STAFF } });
      el.audience = 'staff';
      await el.updateComplete;
      expect(el.result.scores.affordability).to.equal(88);
      el.audience = 'family';
      await el.updateComplete;
      expect(el.result.scores.affordability).to.equal(13);
      expect(radio(el, 'family-affordability-could-pay', '1').checked).to.equal(true);
    });
    it('adds being known and trust when extended', async () => {
      const el = await make({ audience: 'staff', extended: true, answers: STAFF });
      expect(el.result.weakest[0]).to.equal('awareness');
      expect(shadowText(el)).to.contain('Being known').and.contain('Trustworthiness');
    });
  });

  describe('keyboard', () => {
    it('answers with the arrow keys and skips back out of an answer', async () => {
      const el = await make();
      expect($$<HTMLInputElement>(el, 'input[type="radio"]').some((r) => r.checked), 'nothing is pre-filled').to.equal(false);
      radio(el, 'family-availability-quick-help', '1').focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ 'family-availability-quick-help': 2 });
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(radio(el, 'family-availability-quick-help', '').checked).to.equal(true);
      expect(el.answers).to.deep.equal({});
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('qc-family-availability-easy-to-arrange');
    });
    it('opts in to keeping answers with the keyboard', async () => {
      const el = await make({ answers: FAMILY });
      $<HTMLInputElement>(el, '.storage input[type="checkbox"]').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(localStorage.getItem(ENTRY)).to.be.a('string');
    });
  });

  describe('events', () => {
    it('fires samen-change, bubbling and composed, with answers and result', async () => {
      const el = await make();
      const event = oneEvent(document, 'samen-change');
      radio(el, 'family-affordability-could-pay', '2').click();
      const { detail, bubbles, composed } = await event;
      expect(bubbles && composed).to.equal(true);
      expect(detail.answers).to.deep.equal({ 'family-affordability-could-pay': 2 });
      expect(detail.result).to.deep.equal(el.result);
      expect(detail.result.scores.affordability).to.equal(25);
      await el.updateComplete;
      expect(status(el)).to.contain(`1 of ${el.questions.length} answered`).and.contain('Weakest so far: Cost');
    });
    it('does not fire when the page sets a property', async () => {
      const el = await make();
      let fired = 0;
      el.addEventListener('samen-change', () => fired++);
      el.answers = FAMILY;
      el.audience = 'staff';
      await el.updateComplete;
      expect(fired).to.equal(0);
    });
    it('"Start again" asks first, then clears every answer and says so', async () => {
      const el = await make({ answers: FAMILY });
      const event = oneEvent(el, 'samen-change');
      $<HTMLButtonElement>(el, '.toolbar button.reset').click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.reset-ask button.clear').click();
      expect((await event).detail.answers).to.deep.equal({});
      await el.updateComplete;
      expect(status(el)).to.equal('All answers cleared.');
    });
  });

  describe('the service, and where the answers go', () => {
    it('names the service in the title and introduction, as text only, and keeps it in the file and the form value', async () => {
      const el = await make({ service: 'Consultatiebureau De Linde' });
      expect($(el, 'h2').textContent).to.equal('How easy is Consultatiebureau De Linde for you?');
      expect($(el, '.head p').textContent).to.contain('Think of Consultatiebureau De Linde.');
      el.audience = 'staff';
      await el.updateComplete;
      expect($(el, 'h2').textContent).to.equal('How accessible is Consultatiebureau De Linde?');
      const hostile = await make({ service: '<img src=x onerror="window.__qcXss=1">De Linde' });
      expect(hostile.shadowRoot!.querySelector('img'), 'rendered as text, never as HTML').to.equal(null);
      expect($(hostile, 'h2').textContent).to.contain('<img');
      const form = await fixture<HTMLFormElement>(html`<form><samen-quality-check name="q" service="De Linde" storage-key="${KEY}-form"
        answers=${JSON.stringify(FAMILY)}></samen-quality-check></form>`);
      await form.querySelector('samen-quality-check')!.updateComplete;
      const value = JSON.parse(new FormData(form).get('q') as string);
      expect(value.service).to.equal('De Linde');
      expect(Object.keys(value)).to.deep.equal(['format', 'version', 'audience', 'extended', 'service', 'answers', 'scores']);
    });
    it('saves a file with the service that "Compare views" reads back under that name', async () => {
      const el = await make({ service: 'De Linde', answers: FAMILY });
      let blob: Blob | undefined;
      const original = URL.createObjectURL;
      URL.createObjectURL = (b: Blob) => { blob = b; return 'blob:test'; };
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = () => {};
      try {
        $<HTMLButtonElement>(el, '.toolbar button.download').click();
      } finally {
        URL.createObjectURL = original;
        HTMLAnchorElement.prototype.click = click;
      }
      const doc = JSON.parse(await blob!.text());
      expect(doc.service).to.equal('De Linde');
      const staff = await make({ audience: 'staff', key: `${KEY}-b` });
      await loadFiles(staff, [['x.json', JSON.stringify(doc)]]);
      expect($$(staff, '.compare-table thead th')[1].textContent).to.contain('De Linde');
    });
    it('inside a form with a name says the answers go with the form, never that nothing is sent', async () => {
      for (const locale of LOCALES) {
        await setPageLanguage(locale);
        const form = await fixture<HTMLFormElement>(html`<form><samen-quality-check name="q" storage-key=${KEY}></samen-quality-check></form>`);
        const el = form.querySelector('samen-quality-check')!;
        await el.updateComplete;
        const text = shadowText(el);
        expect(text, locale).to.not.match(/Nothing is sent|Er wordt niets verstuurd|Rien n.est envoyé|nichts gesendet/i);
        if (locale === 'en') expect($(el, '.where').textContent).to.contain('Your answers go with this form');
        el.remove();
      }
    });
    it('outside a form, or in one without a name, says the answers stay on this device', async () => {
      const el = await make();
      expect($(el, '.where').textContent).to.contain('stay on this device');
      const form = await fixture<HTMLFormElement>(html`<form><samen-quality-check storage-key="${KEY}-x"></samen-quality-check></form>`);
      const inner = form.querySelector('samen-quality-check')!;
      await inner.updateComplete;
      expect($(inner, '.where').textContent).to.contain('stay on this device');
    });
    it('after the host form is sent says thank you; a prevented submission does not', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><iframe name="qc-sink" title="sink"></iframe>
        <form target="qc-sink" action="about:blank"><samen-quality-check name="q" storage-key=${KEY}></samen-quality-check></form></div>`);
      const form = wrap.querySelector('form')!;
      const el = form.querySelector('samen-quality-check')!;
      await el.updateComplete;
      const stop = (e: Event) => e.preventDefault();
      form.addEventListener('submit', stop);
      form.requestSubmit();
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      expect($(el, '.where').textContent).to.not.contain('Thank you');
      form.removeEventListener('submit', stop);
      form.requestSubmit();
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      expect($(el, '.where').textContent).to.contain('Thank you');
      expect(status(el)).to.contain('Thank you');
    });
    it('never shows a parent the word JSON, file tools or the comparison; sources sit in "About these questions"', async () => {
      for (const locale of LOCALES) {
        await setPageLanguage(locale);
        const el = await make({ answers: FAMILY });
        for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
        expect(shadowText(el), locale).to.not.match(/json/i);
        expect($(el, '.compare'), 'no comparison for families').to.equal(null);
        expect($(el, 'input[type="text"]'), 'no label field').to.equal(null);
        expect($(el, 'details.about .source').textContent).to.contain('Roose & De Bie');
        if (locale === 'en') expect($(el, '.toolbar button.download').textContent).to.equal('Save my answers');
        el.remove();
      }
      const staff = await make({ audience: 'staff', answers: STAFF });
      expect(shadowText(staff)).to.contain('JSON');
      expect($(staff, '.compare')).to.exist;
      expect($(staff, 'details.about'), 'staff see the sources plainly').to.equal(null);
    });
  });

  describe('"Start again" loses nothing by one stray tap', () => {
    it('asks first; "No" keeps every answer and returns focus to the button', async () => {
      const el = await make({ answers: FAMILY });
      $<HTMLButtonElement>(el, '.toolbar button.reset').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.answers, 'one tap clears nothing').to.deep.equal(FAMILY);
      expect(el.shadowRoot!.activeElement?.classList.contains('keep'), 'focus on the safe answer').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.answers).to.deep.equal(FAMILY);
      expect(el.shadowRoot!.activeElement?.classList.contains('reset')).to.equal(true);
    });
    it('after clearing, focus is on the first question, in view', async () => {
      const el = await make({ answers: FAMILY });
      $<HTMLButtonElement>(el, '.toolbar button.reset').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.reset-ask button.clear').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      expect(el.answers).to.deep.equal({});
      const active = el.shadowRoot!.activeElement as HTMLInputElement;
      expect(document.activeElement).to.equal(el);
      expect(active?.name).to.equal(`qc-${el.questions[0].id}`);
      const box = active.closest('fieldset')!.getBoundingClientRect();
      expect(box.top).to.be.at.least(-1);
      expect(box.top).to.be.below(window.innerHeight);
    });
  });

  describe('keeping answers on this device', () => {
    it('stores nothing before the user opts in', async () => {
      const original = Storage.prototype.setItem;
      let writes = 0;
      Storage.prototype.setItem = function (...args) { writes++; return original.apply(this, args); };
      try {
        const el = await make();
        radio(el, 'family-usability-helped', '4').click();
        await el.updateComplete;
        expect(writes).to.equal(0);
        expect(localStorage.getItem(ENTRY)).to.equal(null);
      } finally {
        Storage.prototype.setItem = original;
      }
    });
    it('after opting in keeps every change, restores it later, and deletes it visibly', async () => {
      const el = await make({ audience: 'staff', answers: STAFF });
      $<HTMLInputElement>(el, '.storage input[type="checkbox"]').click();
      expect(JSON.parse(localStorage.getItem(ENTRY)!).answers).to.deep.equal(STAFF);
      el.audience = 'family'; // answers of the other audience are kept too
      await el.updateComplete;
      radio(el, 'family-usability-helped', '4').click();
      const stored = JSON.parse(localStorage.getItem(ENTRY)!);
      expect(stored.format).to.equal('samen-quality-check');
      expect(stored.answers).to.deep.equal({ ...STAFF, 'family-usability-helped': 4 });

      el.remove(); // as a reload would: the entry is this checker's again
      const again = await make();
      expect(again.answers).to.deep.equal({ ...STAFF, 'family-usability-helped': 4 });
      expect($<HTMLInputElement>(again, '.storage input[type="checkbox"]').checked).to.equal(true);
      const del = $<HTMLButtonElement>(again, '.storage button.delete');
      expect(del.textContent).to.contain('Delete');
      del.click();
      await again.updateComplete;
      expect(localStorage.getItem(ENTRY)).to.equal(null);
      expect($(again, '.storage .warning').textContent).to.contain('deleted');
      expect(again.answers, 'the answers on screen stay').to.deep.equal({ ...STAFF, 'family-usability-helped': 4 });
    });
    it('reads kept answers once: moving the element in the page keeps what the page set since', async () => {
      localStorage.setItem(ENTRY, JSON.stringify({ format: 'samen-quality-check', version: 1, audience: 'family', extended: false,
        answers: { 'family-usability-helped': 4 }, scores: {} }));
      const el = await make();
      expect(el.answers).to.deep.equal({ 'family-usability-helped': 4 });
      el.answers = { 'family-usability-helped': 1 };
      el.parentElement!.append(document.createElement('div'), el);
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ 'family-usability-helped': 1 });
    });
    it('leaves unreadable kept data as it is, with a notice, never a crash', async () => {
      for (const corrupt of ['{not json', '"a string"']) {
        localStorage.setItem(ENTRY, corrupt);
        const el = await make();
        expect(el.answers).to.deep.equal({});
        expect(localStorage.getItem(ENTRY), 'nothing deleted before the user opts in').to.equal(corrupt);
        expect($(el, '.storage .warning').textContent).to.contain('could not be read').and.contain('stay as they are');
        expect($<HTMLInputElement>(el, '.storage input[type="checkbox"]').checked).to.equal(false);
        el.remove();
      }
    });
    it('keeps the readable part of damaged saved data and says so', async () => {
      localStorage.setItem(ENTRY, JSON.stringify({ format: 'samen-quality-check', version: 1, audience: 'family', extended: false,
        answers: { 'family-usability-helped': 4, 'family-usability-fits-family': 'lots' }, scores: {} }));
      const el = await make();
      expect(el.answers).to.deep.equal({ 'family-usability-helped': 4 });
      expect($(el, '.storage .warning').textContent).to.contain('left out');
      expect(JSON.parse(localStorage.getItem(ENTRY)!).answers, 'rewritten only on the next change')
        .to.deep.equal({ 'family-usability-helped': 4, 'family-usability-fits-family': 'lots' });
      radio(el, 'family-usability-helped', '5').click();
      expect(JSON.parse(localStorage.getItem(ENTRY)!).answers).to.deep.equal({ 'family-usability-helped': 5 });
    });
  });

  describe('never deletes what samen did not write; one entry per checker', () => {
    const doc = (answers: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      JSON.stringify({ format: 'samen-quality-check', version: 1, audience: 'family', extended: false, answers, scores: {}, ...extra });
    const box = (el: SamenQualityCheck) => $<HTMLInputElement>(el, '.storage input[type="checkbox"]');

    it('leaves a host page\'s own entry alone, even under its storage-key, and keeps its own under samen:', async () => {
      localStorage.setItem('settings', '{"theme":"dark"}');
      const el = await make({ key: 'settings', answers: FAMILY });
      expect(localStorage.getItem('settings')).to.equal('{"theme":"dark"}');
      expect($(el, '.storage .warning'), 'not ours: not even a notice').to.equal(null);
      box(el).click();
      await el.updateComplete;
      expect(localStorage.getItem('settings')).to.equal('{"theme":"dark"}');
      expect(JSON.parse(localStorage.getItem('samen:settings')!).answers).to.deep.equal(FAMILY);
      $<HTMLButtonElement>(el, '.storage button.delete').click();
      expect(localStorage.getItem('settings')).to.equal('{"theme":"dark"}');
      localStorage.removeItem('samen:settings');
    });
    it('keeps answers of a newer version untouched and says why they are not shown', async () => {
      const newer = JSON.stringify({ format: 'samen-quality-check', version: 2, answers: { 'family-usability-helped': 4 } });
      localStorage.setItem(ENTRY, newer);
      const el = await make();
      expect(localStorage.getItem(ENTRY)).to.equal(newer);
      expect($(el, '.storage .warning').textContent).to.contain('newer version');
      expect(box(el).checked).to.equal(false);
    });
    it('moves answers an older samen kept under the bare key to samen:<key>, and reads them', async () => {
      localStorage.setItem(KEY, doc({ 'family-usability-helped': 4 }));
      const el = await make();
      expect(el.answers).to.deep.equal({ 'family-usability-helped': 4 });
      expect(box(el).checked).to.equal(true);
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(JSON.parse(localStorage.getItem(ENTRY)!).answers).to.deep.equal({ 'family-usability-helped': 4 });
    });
    it('two checkers with the same key on one page keep their own answers, with a warning', async () => {
      const warnings = captureWarnings();
      let staff: SamenQualityCheck;
      const family = await make({ answers: FAMILY });
      try {
        staff = await make({ audience: 'staff', answers: STAFF });
      } finally {
        warnings.restore();
      }
      expect(warnings.messages.join()).to.contain('storage-key');
      box(family).click();
      box(staff).click();
      radio(family, 'family-usability-helped', '1').click();
      radio(staff, 'staff-usability-fits-needs', '1').click();
      family.remove();
      staff.remove();
      const family2 = await make();
      const staff2 = await make({ audience: 'staff' });
      expect(family2.answers['family-usability-helped']).to.equal(1);
      expect(family2.answers).to.not.have.property('staff-availability-waiting-list');
      expect(staff2.answers['staff-usability-fits-needs']).to.equal(1);
      expect(staff2.answers).to.not.have.property('family-availability-quick-help');
    });
    it('honours a storage-key set after the element is in the page', async () => {
      localStorage.setItem(`${ENTRY}-late`, doc({ 'family-usability-helped': 2 }));
      await ready;
      const el = document.createElement('samen-quality-check');
      document.body.append(el);
      try {
        el.storageKey = `${KEY}-late`;
        await el.updateComplete;
        expect(el.answers).to.deep.equal({ 'family-usability-helped': 2 });
        // Kept answers follow a key changed later still.
        el.storageKey = `${KEY}-later`;
        await el.updateComplete;
        expect(localStorage.getItem(`${ENTRY}-late`)).to.equal(null);
        expect(JSON.parse(localStorage.getItem(`${ENTRY}-later`)!).answers).to.deep.equal({ 'family-usability-helped': 2 });
      } finally {
        el.remove();
      }
    });
    it('a form reset also deletes what is kept on this device', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><samen-quality-check name="q" storage-key=${KEY}></samen-quality-check></form>`);
      const el = form.querySelector('samen-quality-check')!;
      await el.updateComplete;
      box(el).click();
      radio(el, 'family-usability-helped', '4').click();
      expect(localStorage.getItem(ENTRY)).to.be.a('string');
      form.reset();
      await el.updateComplete;
      expect(localStorage.getItem(ENTRY)).to.equal(null);
      expect(box(el).checked).to.equal(false);
      expect(el.answers).to.deep.equal({});
    });
    it('after a reload keeps the skip marks, the result\'s name and the service', async () => {
      const el = await make({ audience: 'staff', service: 'De Linde' });
      box(el).click();
      const label = $<HTMLInputElement>(el, '.tools input[type="text"]');
      label.value = 'Team spring';
      label.dispatchEvent(new Event('input'));
      radio(el, 'staff-availability-paperwork', '').click();
      radio(el, 'staff-availability-waiting-list', '3').click();
      el.remove();
      const again = await make({ audience: 'staff' });
      expect(radio(again, 'staff-availability-paperwork', '').checked, 'skip shown as chosen').to.equal(true);
      expect(radio(again, 'staff-availability-unspoken-needs', '').checked, 'untouched stays untouched').to.equal(false);
      expect($<HTMLInputElement>(again, '.tools input[type="text"]').value).to.equal('Team spring');
      expect(again.service).to.equal('De Linde');
    });
    it('when the browser refuses to keep, the box shows it: unticked, a visible and spoken message', async () => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
      try {
        const el = await make({ answers: FAMILY });
        box(el).click();
        await el.updateComplete;
        expect(box(el).checked).to.equal(false);
        expect($(el, '.storage .warning').textContent).to.contain('does not allow');
        expect(status(el)).to.contain('does not allow');
        box(el).click();
        await el.updateComplete;
        await el.updateComplete;
        expect(status(el), 'the same failure again is heard again').to.match(/^Again: .*does not allow/);
      } finally {
        Storage.prototype.setItem = original;
      }
    });
    it('shows what another window kept instead of overwriting it later', async () => {
      const el = await make();
      box(el).click();
      const newValue = doc({ 'family-usability-helped': 5 });
      localStorage.setItem(ENTRY, newValue);
      window.dispatchEvent(new StorageEvent('storage', { key: ENTRY, newValue, storageArea: localStorage }));
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ 'family-usability-helped': 5 });
      expect(status(el)).to.contain('another window');
    });
  });

  describe('focus never falls to the page', () => {
    it('"Delete my answers from this device" moves focus to the box', async () => {
      const el = await make({ answers: FAMILY });
      $<HTMLInputElement>(el, '.storage input[type="checkbox"]').click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '.storage button.delete').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.storage input[type="checkbox"]'));
    });
    it('removing a compared file focuses the next one, then the file picker; each button stays with its file', async () => {
      const el = await make({ audience: 'staff' });
      await loadFiles(el, [['a.json', saved('A', 'family', FAMILY)], ['b.json', saved('B', 'staff', STAFF)]]);
      const [first, second] = $$<HTMLButtonElement>(el, '.loaded button');
      first.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await el.updateComplete;
      expect(second.isConnected && second.textContent, 'B\'s button is still B\'s').to.contain('Remove B');
      expect(el.shadowRoot!.activeElement).to.equal(second);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.compare input[type="file"]'));
    });
  });

  describe('files that are not saved results', () => {
    it('refuses each with its reason, announced; the same refusal twice is heard again', async () => {
      const el = await make({ audience: 'staff' });
      await loadFiles(el, [['notes.json', '{"hello": "world"}'], ['photo.json', '\u0089PNG\r\n'], ['next.json', JSON.stringify({ format: 'samen-quality-check', version: 3 })]]);
      const notices = $$(el, '.compare .warning').map((w) => w.textContent);
      expect(notices[0]).to.contain('notes.json is not a saved result');
      expect(notices[1]).to.contain('photo.json').and.contain('not a JSON file');
      expect(notices[2]).to.contain('next.json').and.contain('newer version');
      expect(status(el)).to.contain('notes.json').and.contain('newer version');
      await loadFiles(el, [['notes.json', '{"hello": "world"}']]);
      const once = status(el);
      await loadFiles(el, [['notes.json', '{"hello": "world"}']]);
      expect(status(el)).to.equal(`Again: ${once}`);
    });
    it('does not read a huge file, and says so', async () => {
      const el = await make({ audience: 'staff' });
      let read = false;
      const big = new File([new Uint8Array(2 * 1024 * 1024)], 'huge.json');
      big.text = () => { read = true; return Promise.resolve(''); };
      const input = $<HTMLInputElement>(el, 'input[type="file"]');
      const transfer = new DataTransfer();
      transfer.items.add(big);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      for (let i = 0; i < 60 && !$(el, '.compare .warning'); i++) await new Promise((r) => setTimeout(r, 50));
      expect($(el, '.compare .warning').textContent).to.contain('huge.json').and.contain('larger than 1 MB');
      expect(read).to.equal(false);
    });
  });

  describe('form', () => {
    it('submits the saved document\'s shape under its name and resets to the page\'s answers', async () => {
      await ready;
      const form = await fixture<HTMLFormElement>(html`<form><samen-quality-check name="quality" storage-key=${KEY}
        answers=${JSON.stringify({ ...FAMILY, 'staff-availability-waiting-list': 1 })}></samen-quality-check></form>`);
      const el = form.querySelector('samen-quality-check')!;
      await el.updateComplete;
      const value = JSON.parse(new FormData(form).get('quality') as string);
      expect(Object.keys(value)).to.deep.equal(['format', 'version', 'audience', 'extended', 'answers', 'scores']);
      expect(value.format).to.equal('samen-quality-check');
      expect(value.audience).to.equal('family');
      expect(value.answers).to.deep.equal(FAMILY);
      expect(value.scores).to.deep.equal(el.result.scores);
      radio(el, 'family-usability-helped', '1').click();
      await el.updateComplete;
      expect(JSON.parse(new FormData(form).get('quality') as string).answers['family-usability-helped']).to.equal(1);
      form.reset();
      await el.updateComplete;
      expect(JSON.parse(new FormData(form).get('quality') as string).answers).to.deep.equal(FAMILY);
    });
  });

  describe('comparing saved results', () => {
    it('shows loaded results side by side, biggest difference first, and skips a corrupt file with a notice', async () => {
      const el = await make({ audience: 'staff', answers: STAFF });
      await loadFiles(el, [
        ['parents.json', saved('Parents', 'family', FAMILY)],
        ['notes.json', '{"hello": "world"}'],
      ]);
      const head = $$(el, '.compare-table thead th').map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
      expect(head[1]).to.contain('These answers');
      expect(head[2]).to.contain('Parents').and.contain('Family');
      const firstRow = $$(el, '.compare-table tbody tr')[0].textContent!.replace(/\s+/g, ' ');
      // Staff score affordability 88, parents 13: the biggest gap (75).
      expect(firstRow).to.contain('Affordability').and.contain('75').and.contain('lowest: Parents');
      expect($(el, '.compare .warning').textContent).to.contain('notes.json');
      $<HTMLButtonElement>(el, '.loaded button').click();
      await el.updateComplete;
      expect($(el, '.compare-table')).to.equal(null);
    });
    it('downloads a result that loads back into a comparison', async () => {
      const el = await make({ answers: FAMILY });
      let blob: Blob | undefined;
      const original = URL.createObjectURL;
      URL.createObjectURL = (b: Blob) => { blob = b; return 'blob:test'; };
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = () => {};
      try {
        $<HTMLButtonElement>(el, '.toolbar button.download').click();
      } finally {
        URL.createObjectURL = original;
        HTMLAnchorElement.prototype.click = click;
      }
      const text = await blob!.text();
      const other = await make({ audience: 'staff', answers: STAFF });
      await loadFiles(other, [['mine.json', text]]);
      expect($$(other, '.compare-table thead th').length).to.equal(4);
      expect($(other, '.compare .warning')).to.equal(null);
    });
  });

  describe('bad input', () => {
    it('broken JSON: one warning, nothing answered, nothing thrown', async () => {
      const warnings = captureWarnings();
      try {
        const el = await make({ answers: '{"family-usability-helped": 4' });
        expect(el.answers).to.deep.equal({});
        expect(warnings.messages.filter((m) => m.includes('not-json'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
    it('unknown ids and out-of-range or non-whole values are ignored with a warning; the rest is kept', async () => {
      const warnings = captureWarnings();
      try {
        const el = await make({ answers: { 'family-usability-helped': 4, 'family-usability-fits-family': 7, 'family-cost': 2, 'family-affordability-could-pay': 2.5 } });
        expect(el.answers).to.deep.equal({ 'family-usability-helped': 4 });
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('family-usability-fits-family').and.contain('family-cost').and.contain('family-affordability-could-pay');
      } finally {
        warnings.restore();
      }
    });
    it('an unknown audience asks families, with a warning', async () => {
      const warnings = captureWarnings();
      try {
        const el = await make({ audience: 'managers' });
        expect(el.audience).to.equal('family');
        expect(el.questions[0].id).to.match(/^family-/);
        expect(warnings.messages.join()).to.contain('audience');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('layout', () => {
    it('gives every answer a full-width target of at least 44 px at 320 px', async () => {
      const el = await make();
      el.style.width = '320px';
      await new Promise((r) => requestAnimationFrame(r));
      const choices = [...$$(el, 'fieldset')[0].querySelectorAll('.choice')].map((c) => c.getBoundingClientRect());
      expect(new Set(choices.map((c) => Math.round(c.left))).size, 'one column').to.equal(1);
      for (const c of choices) expect(c.height).to.be.at.least(44);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    });
    for (const locale of LOCALES) {
      it(`${locale}: at 320 px the result and the comparison fit without sideways scrolling`, async () => {
        await setPageLanguage(locale);
        const el = await make({ audience: 'staff', extended: true, answers: STAFF });
        el.style.width = '320px';
        await loadFiles(el, [['ouders-lentevergadering.json', saved('Ouders lentevergadering', 'family', FAMILY)]]);
        await new Promise((r) => requestAnimationFrame(r));
        for (const part of ['.scores', '.weakest', '.compare-table', '.tools'])
          expect($(el, part).getBoundingClientRect().right, part).to.be.at.most(el.getBoundingClientRect().right);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      });
    }
    for (const locale of LOCALES) {
      it(`${locale}: prints the result alone, on one A4 page`, async function () {
        chromiumOnly(this, 'print media can be emulated only through Chromium\'s DevTools protocol');
        await setPageLanguage(locale);
        const el = await make({ audience: 'staff', extended: true, answers: STAFF });
        el.style.width = '180mm'; // A4 minus default print margins
        await emulateMedia({ media: 'print' });
        await new Promise((r) => requestAnimationFrame(r));
        expect(getComputedStyle($(el, '.questions')).display).to.equal('none');
        expect(getComputedStyle($(el, '.tools')).display).to.equal('none');
        expect(getComputedStyle($(el, '.result')).display).to.not.equal('none');
        const a4 = 267 * (96 / 25.4); // 297 mm minus default print margins
        expect(el.getBoundingClientRect().height).to.be.at.most(a4);
      });
    }
  });
});
