/**
 * Easy read on the family quality check (issue 12): the introduction, the end and the
 * tools in easy-read words in every language, one message per line; OpenMoji pictograms
 * beside the questions (a chunk of their own, hidden from screen readers, in the text
 * colour, credited), and a title whose long service name never breaks mid-word at 320 px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ready } from '../../src/components/quality-check/quality-check.js';
import type { SamenQualityCheck } from '../../src/components/quality-check/quality-check.component.js';
import { ENGINE, LOCALES, chromiumOnly, setPageLanguage, shadowText } from './helpers.js';

interface Attrs { audience?: string; level?: string; service?: string; noPictograms?: boolean; presentation?: boolean }

async function make(attrs: Attrs = {}, width?: number) {
  await ready;
  const box = await fixture<HTMLDivElement>(html`<div><samen-quality-check storage-key="qc-easy-test"
    audience=${attrs.audience ?? 'family'} reading-level=${attrs.level ?? 'easy'} service=${attrs.service ?? ''}
    ?no-pictograms=${attrs.noPictograms ?? false} ?presentation=${attrs.presentation ?? false}></samen-quality-check></div>`);
  const el = box.querySelector('samen-quality-check')!;
  // A phone's width, whatever the test window's.
  // A phone's width, whatever the test window's, and a sans-serif site font (the test
  // page's default serif is narrower than what sites use, and would hide a broken word).
  if (width) Object.assign(box.style, { width: `${width}px`, font: '16px/1.6 "Segoe UI", system-ui, Arial, sans-serif' });
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  return el;
}
const $ = <T extends Element = HTMLElement>(el: SamenQualityCheck, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: SamenQualityCheck, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const lines = (el: SamenQualityCheck, selector: string) => $$(el, `${selector} .line`).map((l) => l.textContent!.trim());
const words = (line: string) => line.split(/\s+/).filter(Boolean).length;
/** Waits until the pictogram chunk has arrived (or gives up after 3 s). */
async function pictograms(el: SamenQualityCheck) {
  for (let i = 0; i < 60 && !$(el, 'svg.picto'); i++) {
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
  }
  return $$(el, 'svg.picto');
}

describe('<samen-quality-check reading-level="easy"> (issue 12)', () => {
  afterEach(async () => {
    if (ENGINE === 'chromium') await emulateMedia({ forcedColors: 'none' });
    await setPageLanguage('en');
  });

  it('a page without easy read never loads the pictograms', async () => {
    const el = await make({ level: 'standard' });
    await new Promise((r) => setTimeout(r, 200));
    expect($(el, 'svg.picto') === null).to.equal(true);
    expect(performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('assets/pictograms'))).to.deep.equal([]);
  });

  for (const lang of LOCALES) {
    it(`${lang}: the introduction, the end and the tools are easy-read, one short message per line`, async () => {
      await setPageLanguage('en');
      const english = await make();
      const englishIntro = lines(english, '.head');
      english.remove();
      await setPageLanguage(lang);
      const el = await make();
      const intro = lines(el, '.head');
      expect(intro.length, 'several lines').to.be.at.least(4);
      for (const line of intro) expect(words(line), line).to.be.at.most(12);
      if (lang !== 'en') intro.forEach((line, i) => expect(line, 'translated').to.not.equal(englishIntro[i]));
      const standard = await make({ level: 'standard' });
      expect($(el, '.title')!.textContent!.length, 'a shorter title').to.be.below($(standard, '.title')!.textContent!.length);
      const end = lines(el, '.where');
      expect(end.length).to.equal(2);
      for (const line of end) expect(words(line), line).to.be.at.most(10);
      expect(lines(el, '.storage').length).to.equal(2);
    });
  }

  it('names the service in the easy introduction; staff keep their standard texts', async () => {
    const el = await make({ service: 'Huis van het Kind Lindeveld' });
    expect(lines(el, '.head')[0]).to.equal('These questions are about Huis van het Kind Lindeveld.');
    expect($(el, '.title')!.textContent).to.equal('Is Huis van het Kind Lindeveld easy for you?');
    const staff = await make({ audience: 'staff' });
    expect($(staff, '.head .lines') === null).to.equal(true);
    expect(shadowText(staff)).to.contain('Answer for your own service');
  });

  it('shows a pictogram beside each question, hidden from screen readers, credited under "About these questions"', async () => {
    const el = await make();
    const shown = await pictograms(el);
    expect(shown.length).to.equal($$(el, 'fieldset.question').length);
    for (const picto of shown) {
      expect(picto.getAttribute('aria-hidden')).to.equal('true');
      expect(picto.querySelector('[style]') === null, 'no style attribute').to.equal(true);
    }
    // In the text colour (dark themes, presentation), strokes and filled shapes alike.
    const text = getComputedStyle($(el, '.picto-item')!).color;
    const paint = new Set(shown.flatMap((p) => [...p.querySelectorAll('path, circle, ellipse, line, polyline, polygon, rect')])
      .flatMap((s) => [getComputedStyle(s).stroke, getComputedStyle(s).fill]).filter((c) => c !== 'none'));
    expect([...paint]).to.deep.equal([text]);
    expect($(el, '.about .credit')!.textContent).to.contain('OpenMoji');
    expect($(el, '.about .credit')!.textContent).to.contain('CC BY-SA 4.0');
  });

  it('no-pictograms leaves them out, and their credit too', async () => {
    await pictograms(await make());
    const el = await make({ noPictograms: true });
    await new Promise((r) => setTimeout(r, 100));
    expect($(el, 'svg.picto') === null).to.equal(true);
    expect($(el, '.about .credit') === null).to.equal(true);
  });

  it('in forced colours the pictograms, strokes and filled shapes, are drawn in the text colour', async function () {
    chromiumOnly(this, 'forced colours can be emulated only through Chromium\'s DevTools protocol');
    await emulateMedia({ forcedColors: 'active' });
    const el = await make();
    const text = getComputedStyle($(el, '.picto-item')!).color;
    const shapes = (await pictograms(el)).flatMap((p) => [...p.querySelectorAll('path, circle, ellipse, line, polyline, polygon, rect')]);
    expect(shapes.length).to.be.above(17);
    // Every stroke and every filled shape in the text colour: none left in SVG's default black.
    const colours = new Set(shapes.flatMap((s) => [getComputedStyle(s).stroke, getComputedStyle(s).fill]).filter((c) => c !== 'none'));
    expect([...colours]).to.deep.equal([text]);
  });

  for (const lang of LOCALES) {
    it(`${lang}: at 320 px in presentation mode a long service name in the title never breaks mid-word`, async () => {
      await setPageLanguage(lang);
      for (const level of ['standard', 'easy']) {
        const el = await make({ service: 'Consultatiebureau De Linde', presentation: true, level }, 320);
        const title = $(el, '.title')!;
        const text = title.firstChild?.nodeType === Node.TEXT_NODE ? title.firstChild : [...title.childNodes].find((n) => n.textContent!.includes('Consultatiebureau'))!;
        const range = document.createRange();
        const start = text.textContent!.indexOf('Consultatiebureau');
        range.setStart(text, start);
        range.setEnd(text, start + 'Consultatiebureau'.length);
        expect(el.getBoundingClientRect().width, 'a 320 px wide checker').to.be.at.most(320);
        const seen = `${lang} ${level}: the word on one line (title ${getComputedStyle(title).fontSize} in ${title.clientWidth} px)`;
        expect(range.getClientRects().length, seen).to.equal(1);
        expect(el.scrollWidth, 'nothing wider than the screen').to.be.at.most(320);
        el.parentElement!.remove();
      }
    });
  }
});
