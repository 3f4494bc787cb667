import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ready } from '../../src/components/quality-report/quality-report.js';
import type { SamenQualityReport } from '../../src/components/quality-report/quality-report.component.js';
import { axeInEveryLocale, captureWarnings, setPageLanguage, shadowText } from './helpers.js';
import { templates as enIdeas } from '../../src/generated/locales/en/qc-ideas.js';
import { templates as nlIdeas } from '../../src/generated/locales/nl/qc-ideas.js';
import { templates as frIdeas } from '../../src/generated/locales/fr/qc-ideas.js';
import { templates as deIdeas } from '../../src/generated/locales/de/qc-ideas.js';

const $ = <T extends Element = HTMLElement>(el: SamenQualityReport, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: SamenQualityReport, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const fixtureText = async (name: string) => (await fetch(`/test/fixtures/exports/${name}`)).text();

/** Form values of the quality checker: n families answering quick-help with `value`. */
const family = (value: number, service?: string) => ({ audience: 'family', answers: { 'family-availability-quick-help': value, 'family-affordability-could-pay': 3 }, scores: {}, ...(service ? { service } : {}) });
const staff = (value: number) => ({ format: 'samen-quality-check', version: 1, audience: 'staff', extended: false, answers: { 'staff-availability-waiting-list': value }, scores: {} });

async function make(attrs: { minGroup?: string } = {}) {
  await ready;
  const el = await fixture<SamenQualityReport>(html`<samen-quality-report min-group=${attrs.minGroup ?? '5'}></samen-quality-report>`);
  await el.updateComplete;
  return el;
}

/** Picks files in the file input as a user would. */
async function pick(el: SamenQualityReport, files: Array<[string, string]>) {
  const input = $<HTMLInputElement>(el, 'input[type="file"]');
  const transfer = new DataTransfer();
  for (const [name, text] of files) transfer.items.add(new File([text], name, { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await new Promise((r) => setTimeout(r, 100));
  await el.updateComplete;
}

describe('<samen-quality-report>', () => {
  afterEach(() => setPageLanguage('en'));

  axeInEveryLocale([['empty'], ['loaded with a rejected file'], ['periods split at a date']] as const, async ([state]) => {
    const el = await make({ minGroup: '3' });
    if (state !== 'empty') await pick(el, [['webform.csv', await fixtureText('drupal-webform-nl-excel.csv')], ['limesurvey.csv', await fixtureText('limesurvey.csv')], ['notes.txt', 'hello']]);
    if (state === 'periods split at a date') el.period = '2026-01-01';
    await el.updateComplete;
    return el;
  });

  it('reads the exports picked in the file input, says what each gave and announces the load once', async () => {
    const el = await make({ minGroup: '3' });
    const changed = oneEvent(el, 'samen-change');
    await pick(el, [['webform.csv', await fixtureText('drupal-webform-nl-excel.csv')], ['limesurvey.csv', await fixtureText('limesurvey.csv')]]);
    const { detail } = await changed;
    expect(detail.result.total).to.equal(11);
    expect(detail.sources).to.deep.equal(['webform.csv', 'limesurvey.csv']);
    const files = $$(el, '.file-list > li').map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(files[0]).to.contain('webform.csv: 7 responses read; 1 part could not be read');
    expect(files[1]).to.contain('limesurvey.csv: 4 responses read; 2 parts could not be read');
    expect(files[1]).to.contain('row 5: empty');
    expect($(el, '[role="status"]').textContent).to.contain('11 new responses loaded, 11 in all. 3 parts could not be read.');
    // Families: 7 (6 from Drupal, 1 from LimeSurvey); the availability median is a real figure.
    expect(el.result.groups[0]).to.include({ audience: 'family', n: 7 });
    expect(shadowText(el)).to.contain('Families: 7 responses');
  });

  it('reads an export Excel saved as "CSV (puntkomma gescheiden)" in Windows-1252: café stays café', async () => {
    const el = await make({ minGroup: '3' });
    // The bytes of test/fixtures/exports/drupal-webform-nl-excel-1252.csv, made here: the
    // test server reads files as UTF-8 text, which would turn the é into a replacement.
    const text = (await fixtureText('drupal-webform-nl-excel.csv')).replace(/^\uFEFF/, '').replace('De Linde', 'De Linde, café');
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    expect([...text].every((c) => c.charCodeAt(0) < 0x80 || c === 'é')).to.equal(true);
    // Not valid UTF-8: read as UTF-8, the é would be a replacement character.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).to.throw();
    const input = $<HTMLInputElement>(el, 'input[type="file"]');
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'kwaliteit.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(el.result.total).to.equal(7);
    expect(el.result.groups.map((g) => g.service)).to.include('Consultatiebureau De Linde, café');
    expect(shadowText(el)).to.contain('Consultatiebureau De Linde, café');
    expect(shadowText(el)).not.to.contain('\uFFFD');
  });

  it('a second load of the same file adds nothing and says so', async () => {
    const el = await make();
    const text = await fixtureText('drupal-webform-nl-excel.csv');
    await pick(el, [['webform.csv', text]]);
    await pick(el, [['webform (1).csv', text]]);
    expect(el.result.total).to.equal(7);
    expect($$(el, '.file-list > li')[1].textContent!.replace(/\s+/g, ' ')).to.contain('7 of them already loaded');
    expect($(el, '[role="status"]').textContent).to.contain('0 new responses loaded, 7 in all.');
  });

  it('hides a small group: "fewer than N answers" and no figure of it anywhere', async () => {
    const el = await make();
    el.responses = [...Array.from({ length: 6 }, (_, i) => family(1 + (i % 5))), staff(4), staff(2)];
    await el.updateComplete;
    // The hidden group: one line, no table, no figure.
    expect($$(el, 'table.figures').some((t) => t.querySelector('caption')!.textContent!.startsWith('Staff'))).to.equal(false);
    const staffSection = $$(el, 'section.group').find((s) => s.querySelector('h3, h2, h4, [role="heading"]')?.textContent?.startsWith('Staff'))!;
    // Said once, in the heading; no figure below it.
    expect(staffSection.textContent!.match(/fewer than 5 answers/g)).to.have.length(1);
    expect(staffSection.textContent!.replace('fewer than 5 answers', '')).not.to.match(/\d/);
    const pairs = $(el, 'table.pairs');
    expect(pairs.textContent).to.contain('fewer than 5 answers');
    expect(el.result.pairs.every((p) => p.staff === null && p.gap === null)).to.equal(true);
  });

  // The ideas are the check's qc-ideas group, not its first texts: the report loads them as it registers.
  for (const [lang, ideas, loading] of [['nl', nlIdeas, 'Bezig met laden'], ['fr-BE', frIdeas, 'Chargement'], ['de', deIdeas, 'Wird geladen']] as const) {
    it(`shows every idea of the weakest B's in ${lang} at once: no loading line, no English`, async () => {
      await setPageLanguage(lang);
      try {
        const el = await make();
        const seen: string[] = [];
        const watch = new MutationObserver(() => seen.push(shadowText(el)));
        watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
        el.responses = Array.from({ length: 6 }, (_, i) => family(1 + (i % 2)));
        await el.updateComplete;
        watch.disconnect();
        const norm = (t: unknown) => String(t).replace(/\s+/g, ' ').trim();
        const items = $$(el, '.ideas li').map((li) => norm(li.textContent));
        expect(items.length, 'ideas shown').to.be.greaterThan(2);
        const local = Object.entries(ideas).filter(([id]) => !id.startsWith('qc.idea.family.')).map(([, t]) => norm(t));
        for (const item of items) {
          expect(local.some((t) => item.startsWith(t)), `in ${lang}: ${item}`).to.equal(true);
          expect(Object.values(enIdeas).some((t) => item.startsWith(norm(t))), 'never English').to.equal(false);
        }
        for (const shown of [...seen, shadowText(el)]) expect(shown, 'no loading line').to.not.contain(loading);
      } finally {
        await setPageLanguage('en');
      }
    });
  }

  it('names answers the page gave in words, in the page language, not by the property\'s name', async () => {
    await setPageLanguage('nl');
    try {
      const el = await make();
      el.responses = [family(3), family(4)];
      await el.updateComplete;
      const item = $(el, '.file-list li');
      expect(item.querySelector('strong')!.textContent).to.equal('Antwoorden van deze pagina');
      expect(item.querySelector('button')!.textContent!.trim()).to.equal('De antwoorden van deze pagina verwijderen');
      expect(shadowText(el)).not.to.match(/\bresponses\b/);
    } finally {
      await setPageLanguage('en');
    }
  });

  it('removes one file or all data with the keyboard; focus stays in the widget', async () => {
    const el = await make();
    await pick(el, [['a.csv', await fixtureText('limesurvey.csv')], ['b.csv', await fixtureText('wordpress-flamingo.csv')]]);
    const remove = $$<HTMLButtonElement>(el, '.file-list button')[0];
    remove.focus();
    const changed = oneEvent(el, 'samen-change');
    await sendKeys({ press: 'Enter' });
    await changed;
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, 'input[type="file"]'), 'focus moves to the file input', { timeout: 4000 });
    expect(el.result.total).to.equal(4);
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[type="file"]'));
    expect($(el, '[role="status"]').textContent).to.contain('a.csv removed; 4 responses left.');
    const all = $$<HTMLButtonElement>(el, '.files > button').at(-1)!;
    all.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.result.total).to.equal(0);
    expect(shadowText(el)).to.contain('No answers loaded yet.');
  });

  it('the page setting responses fires no event; bad input warns once and never throws', async () => {
    const el = await make();
    let fired = 0;
    el.addEventListener('samen-change', () => (fired += 1));
    const warnings = captureWarnings();
    try {
      el.responses = [family(3), '{"broken', { hello: 1 }];
      el.minGroup = 1;
      el.period = 'last week';
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(fired).to.equal(0);
    expect(el.result.total).to.equal(1);
    expect(el.minGroup).to.equal(3);
    expect(el.period).to.equal('year');
    expect(warnings.messages.length).to.equal(3);
    expect(shadowText(el)).to.contain('fewer than 3 answers');
  });

  it('names a file that is too large or not an export, and reads nothing from it', async () => {
    const el = await make();
    await pick(el, [['photo.jpg', 'ÿØÿà binary'], ['empty.csv', '']]);
    const text = $(el, '.files').textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('photo.jpg: 0 responses read; 1 part could not be read');
    expect(text).to.contain('these are no answers of the quality checker');
    expect(text).to.contain('empty: no answers in it');
    expect(el.result.total).to.equal(0);
  });

  it('shows what moved between periods, with the number behind each figure', async () => {
    const el = await make({ minGroup: '3' });
    const dated = (v: number, day: string) => ({ format: 'samen-quality-check', version: 1, audience: 'family', extended: false, answers: { 'family-usability-helped': v }, scores: {}, savedAt: `${day}T10:00:00Z` });
    el.responses = [dated(2, '2025-03-01'), dated(2, '2025-04-01'), dated(3, '2025-05-01'), dated(5, '2026-03-01'), dated(4, '2026-03-02'), dated(5, '2026-03-03')];
    await el.updateComplete;
    const moves = $(el, 'table.moves').textContent!.replace(/\s+/g, ' ');
    expect(moves).to.contain('33 (2025, 3 responses)');
    expect(moves).to.contain('92 (2026, 3 responses)');
    expect(moves).to.contain('+59');
  });

  it('exports only shown figures as CSV', async () => {
    const el = await make();
    el.responses = [...Array.from({ length: 5 }, () => family(4)), staff(1)];
    await el.updateComplete;
    let csv = '';
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (void blob.text().then((t) => (csv = t)), 'blob:x');
    try {
      $$<HTMLButtonElement>(el, '.toolbar button')[0].click();
      await waitUntil(() => csv !== '', 'the CSV is made', { timeout: 4000 });
    } finally {
      URL.createObjectURL = original;
    }
    const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(lines[0]).to.contain('Who;Service;Period;Responses;Topic');
    expect(lines.find((l) => l.startsWith('Families;;;5;Availability')), csv).to.equal('Families;;;5;Availability;5;75;75;0;0;0;5;0');
    expect(lines.find((l) => l.startsWith('Staff'))).to.match(/^Staff;;;hidden;Availability;hidden;;;;;;;$/);
  });
});
