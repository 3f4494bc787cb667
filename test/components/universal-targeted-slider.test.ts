import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { ready } from '../../src/components/universal-targeted-slider/universal-targeted-slider.js';
import type { SamenUniversalTargetedSlider } from '../../src/components/universal-targeted-slider/universal-targeted-slider.component.js';
import { LOCALES, axeInEveryLocale, captureWarnings, copiedLink as copiedHere, copyLinkButton, fragmentOf, setPageLanguage, shadowText } from './helpers.js';

const BALANCED = [
  { name: 'Speel-o-theek', value: 8 }, { name: 'Consultatiebureau', value: 28 }, { name: 'Opvoedingswinkel', value: 47 },
  { name: 'Brugfiguur', value: 66 }, { name: 'Gezinsbegeleiding', value: 88 },
];
const ONLY_TARGETED = [{ name: 'Brugfiguur', value: 62 }, { name: 'Trajectbegeleiding', value: 90 }];

interface Attrs { value?: string; services?: string; view?: string; name?: string }

async function make(attrs: Attrs = {}, presentation = false) {
  await ready;
  const el = await fixture<SamenUniversalTargetedSlider>(html`<samen-universal-targeted-slider
    value=${attrs.value ?? '50'} services=${attrs.services ?? ''} view=${attrs.view ?? 'position'}
    ?presentation=${presentation}></samen-universal-targeted-slider>`);
  await el.updateComplete;
  return el;
}

const range = (el: SamenUniversalTargetedSlider) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
const status = (el: SamenUniversalTargetedSlider) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const gapItems = (el: SamenUniversalTargetedSlider) => [...el.shadowRoot!.querySelectorAll('.gaps li')].map((li) => li.textContent!.trim());

async function press(el: SamenUniversalTargetedSlider, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<samen-universal-targeted-slider>', () => {
  afterEach(() => setPageLanguage('en'));

  describe('accessibility in every state and language', () => {
    const states: Array<[string, Attrs, boolean?]> = [
      ['proportionate middle', {}],
      ['fully universal', { value: '0' }],
      ['universal', { value: '30' }],
      ['targeted', { value: '70' }],
      ['fully targeted', { value: '100' }],
      ['portfolio, empty', { view: 'portfolio' }],
      ['portfolio with gaps', { view: 'portfolio', services: JSON.stringify(ONLY_TARGETED) }],
      ['portfolio without gaps', { view: 'portfolio', services: JSON.stringify(BALANCED) }],
      ['presentation mode', { value: '15' }, true],
      ['presentation mode, portfolio', { view: 'portfolio', services: JSON.stringify(BALANCED) }, true],
    ];
    axeInEveryLocale(states, ([, attrs, presentation]) => make(attrs, presentation));
    for (const locale of LOCALES) {
      it(`${locale}: a refused new service (no name) has no axe violations`, async () => {
        await setPageLanguage(locale);
        const el = await make({ view: 'portfolio' });
        el.shadowRoot!.querySelector<HTMLButtonElement>('form.add button[type="submit"]')!.click();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.error')!.textContent!.trim()).to.not.equal('');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('languages', () => {
    it('names the stops in the page language, in the text and in aria-valuetext', async () => {
      const seen = new Set<string>();
      for (const locale of LOCALES) {
        await setPageLanguage(locale);
        const el = await make({ value: '70' });
        const stops = [...el.shadowRoot!.querySelectorAll('.stop')].map((b) => b.textContent!.trim()).join('|');
        const valuetext = range(el).getAttribute('aria-valuetext')!;
        expect(valuetext).to.contain(el.shadowRoot!.querySelector('.stop.current')!.textContent!.trim());
        seen.add(`${stops}/${valuetext}/${el.shadowRoot!.querySelector('h2')!.textContent}`);
      }
      expect(seen.size).to.equal(4);
    });
    it('switches language live', async () => {
      await setPageLanguage('nl-BE');
      const el = await make();
      const dutch = shadowText(el);
      await setPageLanguage('fr-BE');
      await el.updateComplete;
      expect(shadowText(el)).to.not.equal(dutch);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.not.equal('For every family, or for the families who need it most?');
    });
  });

  describe('the scale', () => {
    it('starts in the middle: proportionate universalism, low risks on both sides', async () => {
      const el = await make();
      expect(el.value).to.equal(50);
      expect(el.result.stop).to.equal('universal-plus');
      expect(range(el).getAttribute('aria-valuetext')).to.equal('Universal plus (50)');
      expect(shadowText(el)).to.contain('This is proportionate universalism');
      expect(el.result.risks.every((r) => r.band === 'low')).to.equal(true);
    });
    it('says where each part of the proportionate-universalism note comes from (Marmot, INCh, the tool)', async () => {
      const el = await make();
      const parts = [...el.shadowRoot!.querySelectorAll('.note.proportionate p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
      expect(parts).to.have.length(3);
      expect(parts[0]).to.match(/^This is proportionate universalism.*Research finding: Marmot’s review “Fair Society, Healthy Lives” \(2010\)\.$/);
      expect(parts[1]).to.match(/Huizen van het Kind.*multi-dimensional.*Research finding: the INCh research project/);
      expect(parts[2]).to.match(/^It balances the risks; it does not remove them\. The tool’s own reading, not a research finding\.$/);
    });
    it('fully universal: poor reach and the Matthew effect, high, and the way to proportionate universalism', async () => {
      const el = await make({ value: '0' });
      const risks = [...el.shadowRoot!.querySelectorAll('.risk-name')].map((p) => p.textContent!.trim());
      expect(risks).to.deep.equal(['Poor reach: high risk', 'Matthew effect: high risk']);
      expect(shadowText(el)).to.contain('Proportionate universalism lies further toward targeted');
      expect(shadowText(el)).to.contain('whole neighbourhood');
    });
    it('fully targeted: stigma and shut out at the threshold lead; every family is no longer reached', async () => {
      const el = await make({ value: '100' });
      const risks = [...el.shadowRoot!.querySelectorAll('.risk-name')].map((p) => p.textContent!.trim().split(':')[0]);
      expect(risks.slice(0, 2)).to.have.members(['Stigma', 'Shut out just above the threshold']);
      expect(risks).to.include('Late detection').and.include('Eroding solidarity');
      expect(shadowText(el)).to.not.contain('Every family, without conditions');
      expect(shadowText(el)).to.contain('Proportionate universalism lies further toward universal');
    });
    it('credits its sources', async () => {
      const el = await make();
      expect(el.shadowRoot!.querySelector('p.source')!.textContent).to.contain('Marmot (2010)').and.contain('Van Lancker (2014)').and.contain('INCh');
    });
    it('a stop button moves the slider to that stop and marks it as current', async () => {
      const el = await make();
      const specialist = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.stop')].find((b) => b.textContent!.trim() === 'Specialist')!;
      specialist.click();
      await el.updateComplete;
      expect(el.value).to.equal(90);
      expect(specialist.getAttribute('aria-current')).to.equal('step');
      expect(status(el)).to.contain('Specialist');
    });
  });

  describe('keyboard', () => {
    it('arrows, Page Up/Down, Home and End move the slider and name the stop', async () => {
      const el = await make();
      range(el).focus();
      await press(el, 'ArrowRight');
      expect(el.value).to.equal(51);
      await press(el, 'PageUp');
      expect(el.value).to.equal(61);
      expect(range(el).getAttribute('aria-valuetext')).to.equal('Targeted (61)');
      await press(el, 'PageDown');
      await press(el, 'PageDown');
      expect(el.value).to.equal(41);
      await press(el, 'Home');
      expect(el.value).to.equal(0);
      expect(range(el).getAttribute('aria-valuetext')).to.equal('Community (0)');
      await press(el, 'End');
      expect(el.value).to.equal(100);
      expect(el.result.stop).to.equal('specialist');
      expect(status(el)).to.match(/^Specialist\. Strongest risk: /);
    });
    it('Page Up stops at 100', async () => {
      const el = await make({ value: '95' });
      range(el).focus();
      await press(el, 'PageUp');
      expect(el.value).to.equal(100);
    });
    it('switches to the portfolio with the arrow keys on the tabs', async () => {
      const el = await make();
      el.shadowRoot!.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!.focus();
      await press(el, 'ArrowRight');
      expect(el.view).to.equal('portfolio');
      expect(el.shadowRoot!.querySelector('.portfolio')).to.exist;
    });
  });

  describe('events', () => {
    it('fires samen-change, bubbling and composed, on every user change, with value and result', async () => {
      const el = await make();
      range(el).focus();
      const event = oneEvent(document, 'samen-change');
      await sendKeys({ press: 'ArrowLeft' });
      const { detail, bubbles, composed } = await event;
      expect(bubbles && composed).to.equal(true);
      expect(detail.value).to.equal(49);
      expect(detail.result.stop).to.equal('universal-plus');
      expect(detail.result.risks.map((r: { id: string }) => r.id)).to.include('poor-reach');
    });
    it('fires while dragging (input events), not only on release', async () => {
      const el = await make();
      let fired = 0;
      el.addEventListener('samen-change', () => fired++);
      const input = range(el);
      for (const v of ['45', '40', '35']) {
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      expect(fired).to.equal(3);
      expect(el.value).to.equal(35);
    });
    it('does not fire when the page sets a property', async () => {
      const el = await make();
      let fired = 0;
      el.addEventListener('samen-change', () => fired++);
      el.value = 10;
      el.services = BALANCED;
      await el.updateComplete;
      expect(fired).to.equal(0);
      expect(el.result.stop).to.equal('community');
      expect(range(el).value).to.equal('10');
    });
  });

  describe('form', () => {
    it('submits the position under its name, follows the user, and resets to the attribute', async () => {
      await ready;
      const form = await fixture<HTMLFormElement>(html`<form><samen-universal-targeted-slider name="position" value="30"></samen-universal-targeted-slider></form>`);
      const el = form.querySelector('samen-universal-targeted-slider')!;
      await el.updateComplete;
      expect(new FormData(form).get('position')).to.equal('30');
      expect(el.form).to.equal(form);
      range(el).focus();
      await press(el, 'PageUp');
      expect(new FormData(form).get('position')).to.equal('40');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal(30);
      expect(new FormData(form).get('position')).to.equal('30');
    });
    it('submits nothing without a name', async () => {
      await ready;
      const form = await fixture<HTMLFormElement>(html`<form><samen-universal-targeted-slider value="30"></samen-universal-targeted-slider></form>`);
      await form.querySelector('samen-universal-targeted-slider')!.updateComplete;
      expect([...new FormData(form).keys()]).to.deep.equal([]);
    });
  });

  describe('portfolio', () => {
    it('shows every service on one line, numbered in scale order, with no gaps for a balanced offer', async () => {
      const el = await make({ view: 'portfolio', services: JSON.stringify([...BALANCED].reverse()) });
      const names = [...el.shadowRoot!.querySelectorAll('.service-name')].map((s) => s.textContent);
      expect(names).to.deep.equal(BALANCED.map((s) => s.name));
      expect(el.shadowRoot!.querySelectorAll('svg.line circle')).to.have.length(5);
      expect(gapItems(el)).to.deep.equal([]);
      expect(shadowText(el)).to.contain('No gaps on the line');
    });
    it('calls out the gaps: no universal base, no proportionate middle', async () => {
      const el = await make({ view: 'portfolio', services: JSON.stringify(ONLY_TARGETED) });
      const gaps = gapItems(el);
      expect(gaps).to.have.length(2);
      expect(gaps[0]).to.match(/^No universal base/);
      expect(gaps[1]).to.match(/^No proportionate middle/);
      expect(el.portfolio.gaps.map((g) => g.id)).to.deep.equal(['no-universal-base', 'no-proportionate-middle']);
    });
    it('calls out nothing for the families with the most needs, and everything in one place with the stop', async () => {
      const el = await make({ view: 'portfolio', services: JSON.stringify([{ name: 'A', value: 22 }, { name: 'B', value: 35 }]) });
      const gaps = gapItems(el);
      expect(gaps.some((g) => g.startsWith('Nothing for the families with the most needs'))).to.equal(true);
      expect(gaps.find((g) => g.startsWith('Everything in one place'))).to.contain('Universal');
    });
    it('adds a service from the form, announces it and fires samen-change with the services and gaps', async () => {
      const el = await make({ view: 'portfolio', services: JSON.stringify(ONLY_TARGETED) });
      const name = el.shadowRoot!.querySelector<HTMLInputElement>('form.add input[type="text"]')!;
      const stop = el.shadowRoot!.querySelector<HTMLSelectElement>('form.add select')!;
      name.focus();
      await sendKeys({ type: '  Consultatiebureau ' });
      stop.value = 'universal';
      stop.dispatchEvent(new Event('change'));
      const event = oneEvent(el, 'samen-change');
      name.focus();
      await sendKeys({ press: 'Enter' });
      const { detail } = await event;
      await el.updateComplete;
      expect(detail.services).to.deep.include({ name: 'Consultatiebureau', value: 30 });
      expect(detail.gaps).to.deep.equal(['no-proportionate-middle']);
      expect(status(el)).to.contain('Consultatiebureau added at Universal').and.contain('1 gap on the line');
      expect(name.value).to.equal('');
    });
    it('refuses a service without a name or with a name already listed, and says why', async () => {
      const el = await make({ view: 'portfolio', services: JSON.stringify(ONLY_TARGETED) });
      let fired = 0;
      el.addEventListener('samen-change', () => fired++);
      const submit = el.shadowRoot!.querySelector<HTMLButtonElement>('form.add button[type="submit"]')!;
      submit.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.error')!.textContent).to.contain('Give the service a name');
      const name = el.shadowRoot!.querySelector<HTMLInputElement>('form.add input[type="text"]')!;
      name.value = 'brugfiguur';
      name.dispatchEvent(new Event('input'));
      submit.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.error')!.textContent).to.contain('There is already a service called brugfiguur');
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(el.services).to.have.length(2);
      expect(fired).to.equal(0);
    });
    it('removes a service with its own, named button', async () => {
      const el = await make({ view: 'portfolio', services: JSON.stringify(ONLY_TARGETED) });
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Remove Brugfiguur"]')!;
      const event = oneEvent(el, 'samen-change');
      button.click();
      const { detail } = await event;
      expect(detail.services.map((s: { name: string }) => s.name)).to.deep.equal(['Trajectbegeleiding']);
      await el.updateComplete;
      expect(status(el)).to.contain('Brugfiguur removed');
    });
  });

  describe('bad input', () => {
    async function warned(attrs: Attrs) {
      const warnings = captureWarnings();
      try {
        const el = await make(attrs);
        return { el, messages: warnings.messages };
      } finally {
        warnings.restore();
      }
    }
    it('a value that is not a number: one warning, the middle', async () => {
      const { el, messages } = await warned({ value: 'lots' });
      expect(el.value).to.equal(50);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('value: invalid-value');
    });
    it('an out-of-range value is clamped, with one warning', async () => {
      const { el, messages } = await warned({ value: '150' });
      expect(el.value).to.equal(100);
      expect(range(el).value).to.equal('100');
      expect(messages.filter((m) => m.includes('out-of-range'))).to.have.length(1);
      const warnings = captureWarnings();
      try {
        el.value = -3;
        expect(el.value).to.equal(0);
        expect(warnings.messages).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
    it('NaN as a property gives the middle, never NaN in the form or on screen', async () => {
      const warnings = captureWarnings();
      try {
        const el = await make();
        el.value = NaN;
        await el.updateComplete;
        expect(el.value).to.equal(50);
        expect(shadowText(el)).to.not.contain('NaN');
        // It captured warnings but asserted none (issue 11): a NaN is not a number, so one warning.
        expect(warnings.messages.filter((m) => m.includes('value: invalid-value'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
    it('broken JSON in services: one warning, an empty portfolio, nothing thrown', async () => {
      const { el, messages } = await warned({ view: 'portfolio', services: '[{name: "x"' });
      expect(el.services).to.deep.equal([]);
      expect(messages.filter((m) => m.includes('not-json'))).to.have.length(1);
      expect(shadowText(el)).to.contain('No services yet');
    });
    it('invalid services are left out with one warning; the rest is kept and clamped', async () => {
      const { el, messages } = await warned({
        view: 'portfolio',
        services: JSON.stringify([{ name: 'Ok', value: 140 }, { name: '', value: 3 }, 'text', { name: 'No value' }, { name: 'ok', value: 5 }]),
      });
      expect(el.services).to.deep.equal([{ name: 'Ok', value: 100 }]);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('services[0].value: out-of-range').and.contain('services[1].name').and.contain('services[4].name: duplicate');
    });
    it('an unknown view shows the position view, with a warning', async () => {
      const { el, messages } = await warned({ view: 'mystery' });
      expect(el.view).to.equal('position');
      expect(el.shadowRoot!.querySelector('[aria-selected="true"]')!.id).to.equal('ut-tab-position');
      expect(messages).to.have.length(1);
    });
  });
});

describe('<samen-universal-targeted-slider>: focus, kept input, forced colours (issue 11)', () => {
  afterEach(() => setPageLanguage('en'));
  const THREE = [{ name: 'Speel-o-theek', value: 8 }, { name: 'Consultatiebureau', value: 28 }, { name: 'Brugfiguur', value: 66 }];
  const removeButtons = (el: SamenUniversalTargetedSlider) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.remove')];

  it('removing a service moves focus to the next remove button, then the one before, then the name field', async () => {
    const el = await make({ view: 'portfolio', services: JSON.stringify(THREE) });
    removeButtons(el)[1].focus();
    await press(el, 'Enter');
    await el.updateComplete;
    expect(el.services.map((s) => s.name)).to.deep.equal(['Speel-o-theek', 'Brugfiguur']);
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Remove Brugfiguur');
    await new Promise((r) => setTimeout(r, 450));
    await press(el, 'Enter');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Remove Speel-o-theek');
    await new Promise((r) => setTimeout(r, 450));
    await press(el, 'Enter');
    await el.updateComplete;
    expect(el.services).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('ut-name');
    expect(document.activeElement?.localName).to.equal('samen-universal-targeted-slider');
  });
  // Three services at one stop share one list: an unkeyed list would reuse their buttons.
  const ONE_STOP = [{ name: 'Brugfiguur', value: 62 }, { name: 'Trajectbegeleiding', value: 66 }, { name: 'Huiswerkklas', value: 70 }];
  it('pressing a remove button twice in a hurry removes one service, not two', async () => {
    const el = await make({ view: 'portfolio', services: JSON.stringify(ONE_STOP) });
    removeButtons(el)[0].focus();
    await press(el, 'Enter');
    await press(el, 'Enter');
    await el.updateComplete;
    expect(el.services.map((s) => s.name)).to.deep.equal(['Trajectbegeleiding', 'Huiswerkklas']);
  });
  it('each remove button stays with its service when the list changes (keyed list)', async () => {
    const el = await make({ view: 'portfolio', services: JSON.stringify(ONE_STOP) });
    const traject = removeButtons(el).find((b) => b.getAttribute('aria-label') === 'Remove Trajectbegeleiding')!;
    removeButtons(el)[0].click();
    await el.updateComplete;
    expect(traject.isConnected).to.equal(true);
    expect(traject.getAttribute('aria-label')).to.equal('Remove Trajectbegeleiding');
  });
  it('the page setting the same services or value again keeps what the user did; a new value applies', async () => {
    const el = await make({ view: 'portfolio', value: '30', services: JSON.stringify(ONLY_TARGETED) });
    const name = el.shadowRoot!.querySelector<HTMLInputElement>('form.add input[type="text"]')!;
    name.value = 'Consultatiebureau';
    name.dispatchEvent(new Event('input'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('form.add button[type="submit"]')!.click();
    await el.updateComplete;
    expect(el.services).to.have.length(3);
    el.setAttribute('services', JSON.stringify(ONLY_TARGETED));
    el.services = ONLY_TARGETED;
    el.setAttribute('value', '30');
    await el.updateComplete;
    expect(el.services).to.have.length(3);
    el.services = [];
    expect(el.services).to.deep.equal([]);
  });
  it('the user\'s position survives the page setting the same value attribute again', async () => {
    const el = await make({ value: '30' });
    range(el).focus();
    await press(el, 'PageUp');
    expect(el.value).to.equal(40);
    el.setAttribute('value', '30');
    el.value = 30;
    await el.updateComplete;
    expect(el.value).to.equal(40);
    el.value = 70;
    expect(el.value).to.equal(70);
  });
  it('hostile values on every property: warnings, nothing thrown', async () => {
    const el = await make();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const bare = Object.create(null) as object;
    const proxy = new Proxy([], { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } });
    const warnings = captureWarnings();
    try {
      for (const value of [10n, cyclic, bare, proxy, Symbol('s'), [{ name: 'x', value: 1n }]]) {
        for (const key of ['value', 'services', 'name', 'view', 'headingLevel'] as const) {
          expect(() => ((el as unknown as Record<string, unknown>)[key] = value), key).to.not.throw();
        }
      }
      await el.updateComplete;
      expect(warnings.messages.length).to.be.greaterThan(5);
      expect(el.shadowRoot!.querySelector('input[type="range"]')).to.exist;
    } finally {
      warnings.restore();
    }
  });
  it('heading-level applies to the title and the headings below it', async () => {
    await ready;
    const el = await fixture<SamenUniversalTargetedSlider>(html`<samen-universal-targeted-slider heading-level="3" view="portfolio"
      services=${JSON.stringify(ONLY_TARGETED)}></samen-universal-targeted-slider>`);
    const levels = [...el.shadowRoot!.querySelectorAll('h2, h3, h4, h5, h6')].map((h) => h.localName);
    expect(levels[0]).to.equal('h3');
    expect(levels).to.not.include('h2');
    expect(levels).to.include('h4').and.include('h5');
    await expect(el).to.be.accessible();
  });
  it('in forced colours, the current stop and a pressed button still look different', async function () {
    if (!navigator.userAgent.includes('Chrome/')) this.skip(); // forced-colors emulation is Chromium-only (Playwright)
    const el = await make({ value: '50' }, true);
    await emulateMedia({ forcedColors: 'active' });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const look = (node: Element) => {
        const s = getComputedStyle(node);
        return [s.color, s.backgroundColor, s.borderTopWidth, s.borderTopStyle].join('|');
      };
      const current = el.shadowRoot!.querySelector('.stop.current')!;
      const others = [...el.shadowRoot!.querySelectorAll('.stop:not(.current)')];
      for (const other of others) expect(look(current)).to.not.equal(look(other));
      const button = el.shadowRoot!.querySelector('button.fullscreen')!;
      const plain = look(button);
      button.setAttribute('aria-pressed', 'true');
      expect(look(button)).to.not.equal(plain);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
  it('presentation mode at 320 px: nothing is cut off in any language', async () => {
    await ready;
    for (const locale of LOCALES) {
      await setPageLanguage(locale);
      for (const view of ['position', 'portfolio']) {
        const wrap = await fixture<HTMLDivElement>(html`<div><samen-universal-targeted-slider presentation view=${view}
          services=${JSON.stringify([...BALANCED, { name: 'Speel-o-theek De Linde', value: 5 }])}></samen-universal-targeted-slider></div>`);
        // 288 px: a 320 px screen less the page's usual margins.
        wrap.style.cssText = 'width: 288px; overflow-wrap: anywhere;';
        const el = wrap.querySelector('samen-universal-targeted-slider')!;
        await el.updateComplete;
        const box = el.getBoundingClientRect();
        const button = el.shadowRoot!.querySelector('button.fullscreen')!.getBoundingClientRect();
        expect(button.right, `${locale} ${view}`).to.be.at.most(box.right);
        expect(el.scrollWidth, `${locale} ${view}`).to.be.at.most(el.clientWidth + 1);
        const title = el.shadowRoot!.querySelector('h2')!;
        const words = title.textContent!.trim().split(/\s+/).length;
        expect(title.getBoundingClientRect().height / parseFloat(getComputedStyle(title).lineHeight), locale).to.be.at.most(words);
      }
    }
  });

  describe('a link to the position and the portfolio', () => {
    const here = location.pathname;
    afterEach(() => history.replaceState(null, '', here));
    const copyButton = copyLinkButton;
    const copiedLink = (el: SamenUniversalTargetedSlider) => copiedHere(el, 'ut-link');

    it('restores the position and the services in a fresh element, and confirms the copy visibly and once', async () => {
      const el = await make({ value: '83', services: JSON.stringify(BALANCED) });
      expect(copyButton(el).textContent!.trim()).to.equal('Copy a link to these answers');
      const link = await copiedLink(el);
      expect(el.shadowRoot!.querySelector('.link-done')!.textContent).to.match(/Link copied|did not allow copying/);
      expect(status(el)).to.match(/Link copied|did not allow copying/);
      expect(link).to.match(/#samen-slider=[A-Za-z0-9_-]+$/);
      el.remove();
      history.replaceState(null, '', `${here}${fragmentOf(link)}`);
      const fresh = await make();
      expect(fresh.value).to.equal(83);
      expect(range(fresh).value).to.equal('83');
      expect(fresh.services).to.deep.equal(BALANCED);
      expect(fresh.result.stop).to.equal('specialist');
    });

    it('the copied link keeps the page\'s query string', async () => {
      history.replaceState(null, '', `${here}?id=12`);
      const el = await make({ value: '20' });
      expect(await copiedLink(el)).to.contain('?id=12#samen-slider=');
    });

    it('is applied once: moving the element after the user moved the slider keeps the move, and the fragment follows', async () => {
      const source = await make({ value: '10', services: JSON.stringify(ONLY_TARGETED) });
      const link = await copiedLink(source);
      source.remove();
      history.replaceState(null, '', `${here}${fragmentOf(link)}`);
      const el = await make();
      expect(el.value).to.equal(10);
      const specialist = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.stop')].find((b) => b.textContent!.trim() === 'Specialist')!;
      specialist.click();
      await el.updateComplete;
      const moved = el.value;
      expect(moved).to.be.above(80);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(el.value, 'the link is not applied again').to.equal(moved);
      expect(el.services).to.deep.equal(ONLY_TARGETED);
      history.replaceState(null, '', `${here}${location.hash}`);
      const reloaded = await make();
      expect(reloaded.value, 'a reload keeps the move').to.equal(moved);
    });

    for (const [name, code] of [
      ['broken', '%%%not-a-code'],
      ['foreign', btoa(JSON.stringify({ f: 'roles', v: 1, a: { trust: 'low' } })).replace(/=+$/, '')],
      ['far too long', 'A'.repeat(100_000)],
    ]) {
      it(`a ${name} link gives one warning and renders the defaults`, async () => {
        history.replaceState(null, '', `${here}#samen-slider=${code}`);
        const warnings = captureWarnings();
        let el: SamenUniversalTargetedSlider;
        try {
          el = await make();
        } finally {
          warnings.restore();
        }
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('link');
        expect(el.value).to.equal(50);
        expect(el.services).to.deep.equal([]);
        expect(range(el).value).to.equal('50');
      });
    }
  });
});
