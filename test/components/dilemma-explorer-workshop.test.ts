/**
 * The dilemma explorer in a real room (issue 10) and what it must never lose (issue 11):
 * a presenter remote's keys wherever focus is, a step that fits a projected screen,
 * room counts with − / + and settled announcements, files refused with their reason,
 * focus that never falls to the body, links applied once, huge input capped.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ready } from '../../src/components/dilemma-explorer/dilemma-explorer.js';
import type { SamenDilemmaExplorer } from '../../src/components/dilemma-explorer/dilemma-explorer.component.js';
import { encodeDilemmaWorkshop } from '../../src/core/dilemmas/index.js';
import { captureWarnings, shadowText } from './helpers.js';

async function make(attrs: Record<string, string> = {}, presentation = false) {
  await ready;
  const el = await fixture<SamenDilemmaExplorer>(html`<samen-dilemma-explorer mode=${attrs.mode ?? 'workshop'}
    step=${attrs.step ?? 'opening'} splits=${attrs.splits ?? ''} positions=${attrs.positions ?? ''} kinds=${attrs.kinds ?? ''}
    ?presentation=${presentation}></samen-dilemma-explorer>`);
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: SamenDilemmaExplorer, s: string) => el.shadowRoot!.querySelector<T & Element>(s)!;
const active = (el: SamenDilemmaExplorer) => el.shadowRoot!.activeElement as HTMLElement | null;
const settle = async (el: SamenDilemmaExplorer) => { await el.updateComplete; await el.updateComplete; };
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const press = async (el: SamenDilemmaExplorer, key: string) => { await sendKeys({ press: key }); await settle(el); };
const SPLIT = JSON.stringify({ loyalty: [4, 1, 0, 1, 4] });

async function pick(el: SamenDilemmaExplorer, name: string, content: BlobPart) {
  const input = $<HTMLInputElement>(el, 'input[type="file"]');
  const files = new DataTransfer();
  files.items.add(new File([content], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
  await wait(80);
  await settle(el);
}

describe('<samen-dilemma-explorer> workshop in a room', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  describe('keys wherever focus is', () => {
    it('mode tabs: an arrow moves focus only (manual activation), Enter switches the mode', async () => {
      const el = await make();
      $(el, '#dx-mode-workshop').focus();
      await press(el, 'ArrowLeft');
      expect(el.mode).to.equal('workshop');
      expect(el.step).to.equal('opening');
      expect(active(el)?.id).to.equal('dx-mode-reflection');
      await press(el, 'Enter');
      expect(el.mode).to.equal('reflection');
    });

    it('Page Down from the mode tab, from a tool button and from a count field moves the step', async () => {
      const el = await make();
      $(el, '#dx-mode-workshop').focus();
      await press(el, 'PageDown');
      expect(el.step).to.equal('loyalty');
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tools button')][0].focus();
      await press(el, 'PageDown');
      expect(el.step).to.equal('responsibility');
      $<HTMLInputElement>(el, '#dx-room-1').focus();
      await press(el, 'PageUp');
      expect(el.step).to.equal('loyalty');
    });

    it('keys typed in a count field stay there: arrows, digits, B and full stop', async () => {
      const el = await make({ step: 'loyalty' });
      const field = $<HTMLInputElement>(el, '#dx-room-0');
      field.focus();
      field.select();
      await sendKeys({ type: '3' });
      await press(el, 'ArrowUp');
      await press(el, 'ArrowRight');
      await press(el, 'b');
      await press(el, 'Home');
      expect(el.step).to.equal('loyalty');
      expect(el.splits.loyalty[0]).to.equal(4);
      expect($(el, '.blank')).to.equal(null);
    });

    it('B or full stop blacks out the screen and brings it back; focus stays inside', async () => {
      const el = await make({ step: 'loyalty' });
      $(el, '#dx-step-title').focus();
      await press(el, 'b');
      expect($(el, '.blank'), 'black after B').to.not.equal(null);
      expect(active(el)?.id).to.equal('dx-step-title');
      await press(el, '.');
      expect($(el, '.blank'), 'back after full stop').to.equal(null);
      await press(el, 'b');
      await press(el, 'PageDown');
      expect($(el, '.blank'), 'a step key also brings the screen back').to.equal(null);
      expect(el.step).to.equal('responsibility');
    });
  });

  describe('focus and announcements', () => {
    it('a step key moves focus to the heading, with no ring, and says nothing else (heard once)', async () => {
      const el = await make({ step: 'loyalty' });
      $(el, '#dx-step-title').focus();
      await press(el, 'PageDown');
      const title = $(el, '#dx-step-title');
      expect(active(el)).to.equal(title);
      expect(title.textContent).to.contain('Responsibility');
      expect(getComputedStyle(title).outlineStyle).to.equal('none');
      expect($(el, '[role="status"]').textContent!.trim()).to.equal('');
    });

    it('the Next button keeps focus and the status says the step; one step counter only', async () => {
      const el = await make({ step: 'loyalty' });
      $<HTMLButtonElement>(el, '[data-go="next"]').focus();
      $<HTMLButtonElement>(el, '[data-go="next"]').click();
      await settle(el);
      expect($(el, '[role="status"]').textContent).to.contain('Step 3 of 22: Responsibility');
      expect(shadowText(el)).to.contain('Step 3 of 22');
      expect(shadowText(el)).to.not.match(/dilemma \d+ of \d+/);
    });

    it('at the last step the disabled Next button hands focus to the heading', async () => {
      const el = await make({ kinds: 'inclusion', step: 'conditional-unconditional' });
      const next = $<HTMLButtonElement>(el, '[data-go="next"]');
      next.focus();
      await press(el, 'Enter');
      expect(el.step).to.equal('summary');
      expect(active(el)?.id).to.equal('dx-step-title');
    });

    it('clearing a position or a count never drops focus to the body', async () => {
      const el = await make({ mode: 'reflection', positions: '{"culture":-0.5}' });
      const clear = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('Clear position'))!;
      clear.focus();
      await press(el, 'Enter');
      await settle(el);
      expect(el.positions).to.deep.equal({});
      expect(active(el)?.getAttribute('data-pressing')).to.equal('culture');

      el.mode = 'workshop';
      el.step = 'loyalty';
      el.splits = { loyalty: [0, 1, 0, 0, 0] };
      await settle(el);
      const clearCount = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.room button')].find((b) => b.textContent!.includes('Clear the count'))!;
      clearCount.focus();
      await press(el, 'Enter');
      await settle(el);
      expect(el.splits).to.deep.equal({});
      expect(active(el)?.id).to.equal('dx-room-0');
    });
  });

  describe('room counts', () => {
    it('large − / + buttons count people; − at zero hands focus to its field', async () => {
      const el = await make({ step: 'loyalty' });
      const plus = $<HTMLButtonElement>(el, '[data-count="plus-1"]');
      plus.click();
      plus.click();
      await settle(el);
      expect(el.splits).to.deep.equal({ loyalty: [0, 2, 0, 0, 0] });
      expect($(el, '[role="status"]').textContent).to.contain('2 people counted');
      const minus = $<HTMLButtonElement>(el, '[data-count="minus-1"]');
      minus.focus();
      await press(el, 'Enter');
      await press(el, 'Enter');
      await settle(el);
      expect(el.splits).to.deep.equal({});
      expect(active(el)?.id).to.equal('dx-room-1');
    });

    it('announces the total once typing settles, not per keystroke', async () => {
      const el = await make({ step: 'loyalty' });
      const field = $<HTMLInputElement>(el, '#dx-room-2');
      field.focus();
      field.select();
      await sendKeys({ type: '12' });
      await settle(el);
      expect(el.splits.loyalty[2]).to.equal(12);
      expect($(el, '[role="status"]').textContent).to.not.contain('people counted');
      await wait(1000);
      await settle(el);
      expect($(el, '[role="status"]').textContent).to.contain('12 people counted');
    });

    it('says visibly when a count was corrected', async () => {
      const el = await make({ step: 'loyalty' });
      const field = $<HTMLInputElement>(el, '#dx-room-1');
      field.value = '2.6';
      field.dispatchEvent(new Event('input'));
      await settle(el);
      expect(field.value).to.equal('3');
      expect($(el, '.corrected').textContent).to.contain('2.6').and.contain('3');
    });

    it('the summary histograms name both poles', async () => {
      const el = await make({ step: 'summary', splits: SPLIT });
      const poles = $(el, '.rooms .hist-poles');
      expect(poles.textContent).to.contain('loyalty to our own organisation').and.contain('loyalty to the network');
    });
  });

  describe('fit on a projected screen', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }).catch(() => undefined));
    /** Sets the viewport; WebKit's WebDriver cannot, so these tests run in Chromium and Firefox. */
    async function viewport(ctx: Mocha.Context, width: number, height: number) {
      try {
        await setViewport({ width, height });
      } catch {
        ctx.skip();
      }
    }

    for (const [width, height] of [[1280, 720], [1920, 1080]]) {
      it(`${width}×${height}: the dilemma, both poles, the counts and the distribution show without scrolling`, async function () {
        await viewport(this, width, height);
        const el = await make({ step: 'loyalty', splits: SPLIT }, true);
        await settle(el);
        $(el, '.stepper').scrollIntoView({ block: 'start' });
        const bottom = (s: string) => $(el, s).getBoundingClientRect().bottom;
        for (const part of ['#dx-step-title', '.lead', '.poles-grid', '.room-row:last-child', '.room-summary']) {
          expect(bottom(part), part).to.be.at.most(height);
          expect($(el, part).getBoundingClientRect().top, part).to.be.at.least(0);
        }
      });
    }

    it('320 px: reflows without sideways scrolling', async function () {
      await viewport(this, 320, 640);
      const el = await make({ step: 'loyalty', splits: SPLIT }, true);
      await settle(el);
      expect(el.shadowRoot!.querySelector('.stage')!.scrollWidth).to.be.at.most($(el, '.stage').clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });

  describe('tools confirm visibly', () => {
    it('save says where the file went, on screen', async () => {
      const el = await make();
      const save = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tools button')].find((b) => b.textContent!.includes('Save as a file'))!;
      save.click();
      await settle(el);
      const done = $(el, '.done');
      expect(done.textContent).to.contain('Saved as a file');
      expect(done.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('opening a saved file', () => {
    it('refuses what is not a dilemma file, with its reason, changing nothing', async () => {
      const el = await make({ positions: '{"power":1}' });
      const warnings = captureWarnings();
      try {
        const cases: Array<[string, string]> = [
          ['{}', 'is not a file saved by the dilemma explorer'],
          ['null', 'is not a file saved by the dilemma explorer'],
          ['{"positions":{"loyalty":1}}', 'is not a file saved by the dilemma explorer'],
          ['{"format":"samen-dilemma-explorer","version":2,"positions":{"loyalty":1}}', 'newer version'],
          ['{"format":"samen-dilemma-explorer","positions":{"loyalty":1}}', 'does not say which version'],
          ['not json', 'could not be read'],
        ];
        for (const [text, reason] of cases) {
          await pick(el, 'x.json', text);
          expect(el.positions, text).to.deep.equal({ power: 1 });
          expect($(el, '.warning').textContent, text).to.contain(reason);
        }
      } finally {
        warnings.restore();
      }
    });

    it('asks before a valid file replaces work, and offers undo', async () => {
      const el = await make({ positions: '{"power":1}' });
      await pick(el, 'ours.json', JSON.stringify({ format: 'samen-dilemma-explorer', version: 1, positions: { loyalty: -1 } }));
      expect(el.positions).to.deep.equal({ power: 1 });
      expect(shadowText(el)).to.contain('replaces the positions, marks and counts');
      const changed = oneEvent(el, 'samen-change');
      $<HTMLButtonElement>(el, '#dx-load-yes').click();
      await changed;
      await settle(el);
      expect(el.positions).to.deep.equal({ loyalty: -1 });
      expect(active(el)?.id).to.equal('dx-undo');
      $<HTMLButtonElement>(el, '#dx-undo').click();
      await settle(el);
      expect(el.positions).to.deep.equal({ power: 1 });
    });

    it('refuses a 50 MB file at once, without reading it', async () => {
      const el = await make();
      const started = performance.now();
      await pick(el, 'huge.json', new Uint8Array(50 * 1024 * 1024));
      expect(performance.now() - started).to.be.below(2000);
      expect($(el, '.warning').textContent).to.contain('far larger');
    });
  });

  describe('what the page and links must not undo', () => {
    it('a page re-setting an attribute to the same value keeps what the user entered', async () => {
      const el = await make({ step: 'loyalty', splits: SPLIT });
      $<HTMLButtonElement>(el, '[data-count="plus-2"]').click();
      await settle(el);
      el.setAttribute('splits', SPLIT);
      el.setAttribute('step', 'loyalty');
      await settle(el);
      expect(el.splits.loyalty).to.deep.equal([4, 1, 1, 1, 4]);
    });

    it('a link is applied once: moving the element keeps later changes, and the fragment follows them', async () => {
      const code = encodeDilemmaWorkshop({ mode: 'workshop', step: 'culture', positions: {}, priorities: [], splits: { culture: [1, 0, 0, 0, 0] } });
      history.replaceState(null, '', `#samen-dilemmas=${code}`);
      const el = await make();
      expect(el.step).to.equal('culture');
      $<HTMLButtonElement>(el, '[data-count="plus-4"]').click();
      await settle(el);
      el.step = 'summary'; // the page moves it on, which does not touch the fragment
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await settle(el);
      expect(el.splits.culture).to.deep.equal([1, 0, 0, 0, 1]);
      expect(el.step, 'the link is not applied again').to.equal('summary');
      const now = new URLSearchParams(location.hash.slice(1)).get('samen-dilemmas');
      expect(now).to.not.equal(code);
      // The fragment follows the user's changes (the count), not what the page set (the step).
      expect(now).to.equal(encodeDilemmaWorkshop({ ...el.state, step: 'culture' }));
    });

    it('the copied link keeps the page\'s query string', async () => {
      history.replaceState(null, '', `${location.pathname}?id=12`);
      try {
        const el = await make();
        [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tools button')].find((b) => b.textContent!.includes('Copy a link'))!.click();
        await wait(50);
        await settle(el);
        expect($<HTMLInputElement>(el, '#dx-link').value).to.contain('?id=12#samen-dilemmas=');
      } finally {
        history.replaceState(null, '', location.pathname);
      }
    });
  });

  describe('huge input', () => {
    it('a 1.5 MB link is refused at once, with a notice', async function () {
      try {
        history.replaceState(null, '', `#samen-dilemmas=${'A'.repeat(1_500_000)}`);
      } catch {
        this.skip(); // Firefox itself refuses a URL this long
      }
      const warnings = captureWarnings();
      try {
        const started = performance.now();
        const el = await make();
        expect(performance.now() - started).to.be.below(2000);
        expect(shadowText(el)).to.contain('far too long');
      } finally {
        warnings.restore();
      }
    });

    it('130,000 unknown keys neither overflow the stack nor freeze the page; one short warning', async () => {
      const el = await make();
      const big: Record<string, number> = {};
      for (let i = 0; i < 130_000; i++) big[`k${i}`] = i;
      const state = { positions: { ...big, loyalty: 1 }, splits: big, ...big };
      const warnings = captureWarnings();
      try {
        const started = performance.now();
        el.state = state;
        el.positions = big;
        // A guard against a freeze (work that grows with the square of the keys takes minutes), not a speed measure:
        // about 0.5 s alone, 4.2 s once with three engines sharing two cores in CI.
        expect(performance.now() - started).to.be.below(15000);
        expect(warnings.messages.length).to.equal(2);
        expect(warnings.messages[0].split('\n').length).to.be.below(30);
      } finally {
        warnings.restore();
      }
    });
  });
});
