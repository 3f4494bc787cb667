import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { ready } from '../../src/components/quality-check/quality-check.js';
import type { SamenQualityCheck } from '../../src/components/quality-check/quality-check.component.js';
import { LOCALES, axeInEveryLocale, captureWarnings, chromiumOnly, setPageLanguage, shadowText } from './helpers.js';

const KEY = 'samen-quality-check-test';

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

interface Attrs { answers?: unknown; audience?: string; extended?: boolean; presentation?: boolean; name?: string }

async function make(attrs: Attrs = {}) {
  await ready;
  const el = await fixture<SamenQualityCheck>(html`<samen-quality-check storage-key=${KEY}
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
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
}

const saved = (label: string, audience: 'family' | 'staff', answers: Record<string, number>, extended = false) =>
  JSON.stringify({ format: 'samen-quality-check', version: 1, audience, extended, answers, scores: {}, label });

/** Words that must never appear in family-facing text, in any of the four languages. */
const STIGMA = /\b(poverty|poor|problems?|target groups?|armoede|arm|arme|probleem|problemen|doelgroep(en)?|pauvreté|pauvres?|problèmes?|groupes? cibles?|Armut|arme|Probleme?|Zielgruppen?)\b/i;

describe('<samen-quality-check>', () => {
  afterEach(async () => {
    localStorage.removeItem(KEY);
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
        expect(text).to.not.match(/comprehensibility|begrijpbaarheid|compréhensibilité|Verständlichkeit/i);
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
      expect(cards[0].querySelector('.ideas')!.textContent).to.contain('discount system');
      expect(cards[1].querySelector('.ideas')!.textContent).to.contain('rights check');
      expect(cards[4].querySelector('details:not([open])'), 'stronger B\'s fold their ideas away').to.exist;
      const rows = $$(el, '.scores tbody tr').map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows[2]).to.contain('13 of 100').and.contain('2 of 2 answered');
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
      expect(localStorage.getItem(KEY)).to.be.a('string');
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
      expect(status(el)).to.contain('1 of 10 answered').and.contain('Weakest so far: Cost');
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
    it('"Start again" clears every answer and says so', async () => {
      const el = await make({ answers: FAMILY });
      const event = oneEvent(el, 'samen-change');
      $<HTMLButtonElement>(el, '.toolbar button.reset').click();
      expect((await event).detail.answers).to.deep.equal({});
      await el.updateComplete;
      expect(status(el)).to.equal('All answers cleared.');
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
        expect(localStorage.getItem(KEY)).to.equal(null);
      } finally {
        Storage.prototype.setItem = original;
      }
    });
    it('after opting in keeps every change, restores it later, and deletes it visibly', async () => {
      const el = await make({ audience: 'staff', answers: STAFF });
      $<HTMLInputElement>(el, '.storage input[type="checkbox"]').click();
      expect(JSON.parse(localStorage.getItem(KEY)!).answers).to.deep.equal(STAFF);
      el.audience = 'family'; // answers of the other audience are kept too
      await el.updateComplete;
      radio(el, 'family-usability-helped', '4').click();
      const stored = JSON.parse(localStorage.getItem(KEY)!);
      expect(stored.format).to.equal('samen-quality-check');
      expect(stored.answers).to.deep.equal({ ...STAFF, 'family-usability-helped': 4 });

      const again = await make();
      expect(again.answers).to.deep.equal({ ...STAFF, 'family-usability-helped': 4 });
      expect($<HTMLInputElement>(again, '.storage input[type="checkbox"]').checked).to.equal(true);
      const del = $<HTMLButtonElement>(again, '.storage button.delete');
      expect(del.textContent).to.contain('Delete');
      del.click();
      await again.updateComplete;
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect($(again, '.storage .warning').textContent).to.contain('deleted');
      expect(again.answers, 'the answers on screen stay').to.deep.equal({ ...STAFF, 'family-usability-helped': 4 });
    });
    it('reads kept answers once: moving the element in the page keeps what the page set since', async () => {
      localStorage.setItem(KEY, JSON.stringify({ format: 'samen-quality-check', version: 1, audience: 'family', extended: false,
        answers: { 'family-usability-helped': 4 }, scores: {} }));
      const el = await make();
      expect(el.answers).to.deep.equal({ 'family-usability-helped': 4 });
      el.answers = { 'family-usability-helped': 1 };
      el.parentElement!.append(document.createElement('div'), el);
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ 'family-usability-helped': 1 });
    });
    it('discards corrupt saved data with a notice, never a crash', async () => {
      for (const corrupt of ['{not json', '"a string"', JSON.stringify({ format: 'samen-quality-check', version: 99 })]) {
        localStorage.setItem(KEY, corrupt);
        const el = await make();
        expect(el.answers).to.deep.equal({});
        expect(localStorage.getItem(KEY)).to.equal(null);
        expect($(el, '.storage .warning').textContent).to.contain('could not be read');
        expect($<HTMLInputElement>(el, '.storage input[type="checkbox"]').checked).to.equal(false);
      }
    });
    it('keeps the readable part of damaged saved data and says so', async () => {
      localStorage.setItem(KEY, JSON.stringify({ format: 'samen-quality-check', version: 1, audience: 'family', extended: false,
        answers: { 'family-usability-helped': 4, 'family-usability-fits-family': 'lots' }, scores: {} }));
      const el = await make();
      expect(el.answers).to.deep.equal({ 'family-usability-helped': 4 });
      expect($(el, '.storage .warning').textContent).to.contain('left out');
      expect(JSON.parse(localStorage.getItem(KEY)!).answers).to.deep.equal({ 'family-usability-helped': 4 });
    });
  });

  describe('form', () => {
    it('submits { audience, answers, scores } under its name and resets to the page\'s answers', async () => {
      await ready;
      const form = await fixture<HTMLFormElement>(html`<form><samen-quality-check name="quality" storage-key=${KEY}
        answers=${JSON.stringify({ ...FAMILY, 'staff-availability-waiting-list': 1 })}></samen-quality-check></form>`);
      const el = form.querySelector('samen-quality-check')!;
      await el.updateComplete;
      const value = JSON.parse(new FormData(form).get('quality') as string);
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
