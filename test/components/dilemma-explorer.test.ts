import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ready } from '../../src/components/dilemma-explorer/dilemma-explorer.js';
import type { SamenDilemmaExplorer } from '../../src/components/dilemma-explorer/dilemma-explorer.component.js';
import { DILEMMAS, DILEMMA_KINDS, dilemmasOfKinds, encodeDilemmaWorkshop } from '../../src/core/dilemmas/index.js';
import { LOCALES, axeInEveryLocale, captureWarnings, setPageLanguage, shadowText } from './helpers.js';

type Attrs = Partial<Record<'positions' | 'priorities' | 'kinds' | 'splits' | 'mode' | 'step' | 'view', string>>;

async function make(attrs: Attrs = {}, presentation = false) {
  await ready;
  const el = await fixture<SamenDilemmaExplorer>(html`<samen-dilemma-explorer
    positions=${attrs.positions ?? ''} priorities=${attrs.priorities ?? ''} kinds=${attrs.kinds ?? ''}
    splits=${attrs.splits ?? ''} mode=${attrs.mode ?? 'reflection'} step=${attrs.step ?? 'opening'}
    view=${attrs.view ?? 'organisational'} ?presentation=${presentation}></samen-dilemma-explorer>`);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: SamenDilemmaExplorer, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: SamenDilemmaExplorer, selector: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(selector)];
const stop = (el: SamenDilemmaExplorer, id: string, i: number) => $<HTMLInputElement>(el, `input[name="dx-pos-${id}"][value="${i}"]`);
const card = (el: SamenDilemmaExplorer, id: string) => $(el, `#dx-d-${id}`).closest('article')!;
const button = (root: ParentNode, text: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim().replace(/\s+/g, ' ').includes(text))!;
const settle = async (el: SamenDilemmaExplorer) => {
  await el.updateComplete;
  await el.updateComplete;
};

const PLACED = JSON.stringify({ loyalty: -1, culture: 0.5, power: 0, 'stigma-matthew': 1 });
const SPLIT = JSON.stringify({ loyalty: [4, 1, 0, 1, 4], culture: [0, 1, 6, 2, 0] });

describe('<samen-dilemma-explorer>', () => {
  afterEach(() => setPageLanguage('en'));

  describe('accessibility in every state and language', () => {
    const states: Array<[string, Attrs, boolean?]> = [
      ['reflection, nothing placed', {}],
      ['reflection, placed and marked', { positions: PLACED, priorities: '["culture","loyalty"]' }],
      ['one kind only', { kinds: 'inclusion', view: 'inclusion', positions: '{"child-family":0.5}' }],
      ['practice tensions', { view: 'practice' }],
      ['profile, empty', { view: 'profile' }],
      ['profile, proposed from positions', { view: 'profile', positions: PLACED }],
      ['profile, with priorities', { view: 'profile', positions: PLACED, priorities: 'culture loyalty' }],
      ['workshop opening', { mode: 'workshop' }],
      ['workshop dilemma with a divided room', { mode: 'workshop', step: 'loyalty', splits: SPLIT }],
      ['workshop dilemma without detail in the sources', { mode: 'workshop', step: 'learning' }],
      ['workshop summary', { mode: 'workshop', step: 'summary', splits: SPLIT, positions: PLACED, priorities: '["loyalty"]' }],
      ['workshop projected', { mode: 'workshop', step: 'stigma-matthew', splits: '{"stigma-matthew":[1,2,3,2,1]}' }, true],
    ];
    axeInEveryLocale(states, async ([, attrs, presentation]) => {
      const el = await make(attrs, presentation);
      for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
      return el;
    });
  });

  describe('content', () => {
    it('shows every dilemma of the catalogue, with all its questions, factors and answers', async () => {
      for (const kind of DILEMMA_KINDS) {
        const el = await make({ view: kind });
        for (const d of DILEMMAS.filter((x) => x.kind === kind)) {
          const article = card(el, d.id);
          const lists = [...article.querySelectorAll('details ol, details ul')];
          expect(article.querySelector('details ol')!.children.length, `${d.id} questions`).to.equal(d.questions);
          expect(lists.length, `${d.id} lists`).to.equal(1 + (d.mediating.length ? 1 : 0) + (d.answers.length ? 1 : 0));
          for (const li of article.querySelectorAll('details li')) expect(li.textContent!.trim(), d.id).to.not.equal('');
          expect(article.querySelectorAll('dd').length, `${d.id} stakes`).to.equal(2);
          expect(!!article.querySelector('blockquote'), `${d.id} quote`).to.equal(d.quote !== null);
          // Every dilemma says where it comes from (a named source, or the tool's own reading).
          expect(article.querySelector('.source')!.textContent!.replace('Source:', '').trim(), `${d.id} source`).to.not.equal('');
        }
      }
    });

    it('says where the sources give no detail', async () => {
      const el = await make({ view: 'professional' });
      expect(card(el, 'learning').textContent).to.contain('only name this dilemma');
      expect(card(el, 'identity').textContent).to.not.contain('only name this dilemma');
    });

    it('has its own text in every language, names and questions included', async () => {
      const seen = new Set<string>();
      for (const locale of LOCALES) {
        await setPageLanguage(locale);
        const el = await make({ view: 'inclusion' });
        seen.add([...el.shadowRoot!.querySelectorAll('h3, details li')].map((n) => n.textContent).join('|'));
      }
      expect(seen.size).to.equal(4);
    });

    it('shows only the kinds asked for', async () => {
      const el = await make({ kinds: 'inclusion practice' });
      expect($$(el, '#dx-view-panel article').length).to.equal(dilemmasOfKinds(['inclusion']).length);
      expect($$(el, '[role="tab"][id^="dx-view-"]').map((t) => t.id)).to.deep.equal(['dx-view-inclusion', 'dx-view-practice', 'dx-view-profile']);
    });
  });

  describe('reflection', () => {
    it('places the network with the keyboard and says where it stands', async () => {
      const el = await make();
      stop(el, 'loyalty', 2).focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(el.positions).to.deep.equal({ loyalty: 0.5 });
      expect($(el, '[role="status"]').textContent).to.contain('Somewhat towards loyalty to the network');
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(el.positions).to.deep.equal({ loyalty: 1 });
      expect(stop(el, 'loyalty', 4).checked).to.equal(true);
    });

    it('clears a position', async () => {
      const el = await make({ positions: '{"culture":-0.5}' });
      button(card(el, 'culture'), 'Clear position').click();
      await settle(el);
      expect(el.positions).to.deep.equal({});
      expect(card(el, 'culture').textContent).to.contain('Not placed yet');
    });

    it('marks the most pressing dilemmas, in the order they were marked', async () => {
      const el = await make();
      button(card(el, 'power'), 'Most pressing').click();
      button(card(el, 'loyalty'), 'Most pressing').click();
      await settle(el);
      expect(el.priorities).to.deep.equal(['power', 'loyalty']);
      expect(button(card(el, 'power'), 'Most pressing').getAttribute('aria-pressed')).to.equal('true');
      expect($(el, '#dx-view-organisational').textContent).to.contain('(0/4)');
    });

    it('builds a profile: priorities first, questions for the next meeting, where the network stands', async () => {
      const el = await make({ view: 'profile', positions: PLACED, priorities: '["culture"]' });
      const pressing = $$(el, '.pressing > li strong').map((s) => s.textContent);
      expect(pressing).to.deep.equal(['Culture', 'Loyalty', 'Removing stigma or a Matthew effect']);
      const meeting = $(el, '.meeting');
      expect(meeting.textContent).to.contain('Culture');
      expect(meeting.textContent).to.not.contain('Loyalty');
      expect(meeting.querySelectorAll('ol li').length).to.equal(DILEMMAS.find((d) => d.id === 'culture')!.questions);
      expect(shadowText(el)).to.contain('Clearly towards loyalty to our own organisation');
      expect(shadowText(el)).to.contain('Balanced between both');
    });

    it('proposes the clearest leanings when nothing is marked, and says so', async () => {
      const el = await make({ view: 'profile', positions: PLACED });
      expect($$(el, '.pressing > li strong').map((s) => s.textContent)).to.deep.equal(['Loyalty', 'Removing stigma or a Matthew effect', 'Culture']);
      expect(shadowText(el)).to.contain('Nothing is marked as most pressing');
    });

    it('reorders the pressing list with the buttons, keeping focus on the moved item', async function () {
      const el = await make({ view: 'profile', priorities: '["loyalty","culture","power"]' });
      const up = $<HTMLButtonElement>(el, '[data-focus="up-power"]');
      up.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.priorities).to.deep.equal(['loyalty', 'power', 'culture']);
      expect(el.shadowRoot!.activeElement?.getAttribute('data-focus')).to.equal('up-power');
      $<HTMLButtonElement>(el, '[aria-label="Unmark: Loyalty"]').click();
      await settle(el);
      expect(el.priorities).to.deep.equal(['power', 'culture']);
    });

    it('switches between kinds and the profile with the arrow keys', async () => {
      const el = await make();
      $(el, '#dx-view-organisational').focus();
      await sendKeys({ press: 'End' });
      await settle(el);
      expect(el.view).to.equal('profile');
      expect($(el, '#dx-view-panel').textContent).to.contain("Our network's profile");
    });
  });

  describe('workshop: a full keyboard walk', () => {
    it('steps through every dilemma to the summary, records the room, and back', async function () {
      const el = await make({ kinds: 'inclusion' });
      // Into workshop mode through the mode tabs.
      $(el, '#dx-mode-reflection').focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(el.mode).to.equal('workshop');
      expect($(el, '#dx-step-title').textContent).to.equal('Before we start');
      expect($(el, '.statements').children.length).to.equal(3);

      // Next with Enter on the button: focus stays on it, the status says the step.
      button(el.shadowRoot!, 'Next').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.step).to.equal('selective-universal');
      expect(el.shadowRoot!.activeElement?.getAttribute('data-go')).to.equal('next');
      expect($(el, '[role="status"]').textContent).to.contain('Step 2 of 6');

      // Record the room: typing in a count does not move the step, arrows in it count.
      const first = $<HTMLInputElement>(el, '#dx-room-0');
      first.focus();
      first.select();
      await sendKeys({ type: '4' });
      await sendKeys({ press: 'ArrowUp' });
      $<HTMLInputElement>(el, '#dx-room-4').focus();
      await sendKeys({ type: '3' });
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(el.step).to.equal('selective-universal');
      expect(el.splits).to.deep.equal({ 'selective-universal': [5, 0, 0, 0, 3] });
      expect(shadowText(el)).to.contain('The room is divided');

      // Place the network where the room stands.
      button(el.shadowRoot!, 'Place our network where the room stands').click();
      await settle(el);
      expect(el.positions['selective-universal']).to.be.closeTo(-0.25, 1e-9);

      $(el, '#dx-step-title').focus();
      for (const key of ['ArrowRight', 'PageDown', 'ArrowRight']) {
        await sendKeys({ press: key });
        await settle(el);
      }
      expect(el.step).to.equal('conditional-unconditional');
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(el.step).to.equal('summary');
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(el.step).to.equal('summary');
      const rooms = $(el, '.rooms');
      expect(rooms.textContent).to.contain('Selective or universal').and.contain('5 · 0 · 0 · 0 · 3').and.contain('divided');

      await sendKeys({ press: 'PageUp' });
      await settle(el);
      expect(el.step).to.equal('conditional-unconditional');
      await sendKeys({ press: 'Home' });
      await settle(el);
      expect(el.step).to.equal('opening');
      await sendKeys({ press: 'End' });
      await settle(el);
      expect(el.step).to.equal('summary');
      expect(el.shadowRoot!.activeElement?.id).to.equal('dx-step-title');
    });

    it('marks a dilemma as pressing during the workshop; the summary takes its questions', async () => {
      const el = await make({ mode: 'workshop', step: 'culture' });
      button($(el, '.stage'), 'Most pressing').click();
      await settle(el);
      el.step = 'summary';
      await settle(el);
      expect($(el, '.pressing').textContent).to.contain('Culture');
      expect($(el, '.meeting').textContent).to.contain('third space');
    });
  });

  describe('events', () => {
    it('fires samen-change, bubbling and composed, when the user places the network', async () => {
      const el = await make();
      const event = oneEvent(document, 'samen-change');
      stop(el, 'responsibility', 0).click();
      const { detail, bubbles, composed } = await event;
      expect(bubbles && composed).to.equal(true);
      expect(detail.positions).to.deep.equal({ responsibility: -1 });
      expect(detail.priorities).to.deep.equal([]);
      expect(detail.profile.pressing[0].id).to.equal('responsibility');
    });

    it('fires when the room is counted', async () => {
      const el = await make({ mode: 'workshop', step: 'loyalty' });
      const event = oneEvent(el, 'samen-change');
      const input = $<HTMLInputElement>(el, '#dx-room-2');
      input.value = '7';
      input.dispatchEvent(new Event('input'));
      const { detail } = await event;
      expect(detail.splits).to.deep.equal({ loyalty: [0, 0, 7, 0, 0] });
    });

    it('shows a count as it was kept: no negatives, no fractions', async () => {
      const el = await make({ mode: 'workshop', step: 'loyalty' });
      const input = $<HTMLInputElement>(el, '#dx-room-1');
      input.value = '-3';
      input.dispatchEvent(new Event('input'));
      await settle(el);
      expect(input.value).to.equal('0');
      input.value = '2.6';
      input.dispatchEvent(new Event('input'));
      await settle(el);
      expect(input.value).to.equal('3');
      expect(el.splits).to.deep.equal({ loyalty: [0, 3, 0, 0, 0] });
    });

    it('does not fire when the page sets properties or the facilitator only navigates', async () => {
      const el = await make({ mode: 'workshop' });
      let fired = 0;
      el.addEventListener('samen-change', () => fired++);
      el.positions = { loyalty: 1 };
      el.priorities = ['loyalty'];
      button(el.shadowRoot!, 'Next').click();
      await settle(el);
      expect(fired).to.equal(0);
      expect(el.profile.pressing[0].id).to.equal('loyalty');
    });
  });

  describe('bad input', () => {
    it('broken JSON: one warning, nothing placed, nothing thrown', async () => {
      const warnings = captureWarnings();
      try {
        const el = await make({ positions: '{loyalty: 1' });
        expect(el.positions).to.deep.equal({});
        expect(warnings.messages.filter((m) => m.includes('not-json'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('out-of-range positions are clamped, unknown ids and non-numbers ignored, with a warning', async () => {
      const warnings = captureWarnings();
      try {
        const el = await make({ positions: JSON.stringify({ loyalty: 3, culture: 'left', colour: 0.2, power: -0.5 }) });
        expect(el.positions).to.deep.equal({ loyalty: 1, power: -0.5 });
        expect(stop(el, 'loyalty', 4).checked).to.equal(true);
        const all = warnings.messages.join();
        expect(all).to.contain('positions.loyalty: out-of-range').and.contain('positions.culture').and.contain('positions.colour');
      } finally {
        warnings.restore();
      }
    });

    it('unknown or repeated priorities are dropped; a plain list of ids is fine', async () => {
      const warnings = captureWarnings();
      try {
        const el = await make({ priorities: 'culture nonsense culture loyalty' });
        expect(el.priorities).to.deep.equal(['culture', 'loyalty']);
        expect(warnings.messages).to.have.length(1);
        el.setAttribute('priorities', '["power", 7]');
        expect(el.priorities).to.deep.equal(['power']);
      } finally {
        warnings.restore();
      }
    });

    it('unknown kinds, modes, steps, views and counts fall back to safe values', async () => {
      const warnings = captureWarnings();
      try {
        const el = await make({ kinds: 'poverty', mode: 'party', step: 'nowhere', view: 'elsewhere', splits: '{"loyalty":[-2,"x",3.4]}' });
        expect(el.kinds).to.equal(DILEMMA_KINDS.join(' '));
        expect(el.mode).to.equal('reflection');
        expect(el.step).to.equal('opening');
        expect(el.view).to.equal('organisational');
        expect(el.splits).to.deep.equal({ loyalty: [0, 0, 3, 0, 0] });
        expect(warnings.messages.length).to.equal(5);
        expect(shadowText(el)).to.contain('Loyalty');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('saving, loading and handing on', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('restores a workshop from a link', async () => {
      const code = encodeDilemmaWorkshop({ mode: 'workshop', step: 'culture', positions: { culture: 0.5 }, priorities: ['culture'], splits: { culture: [1, 2, 3, 0, 0] } });
      history.replaceState(null, '', `#other=1&samen-dilemmas=${code}`);
      const el = await make();
      // The link wins over the attributes the page set: it is what the user opened.
      expect(el.mode).to.equal('workshop');
      expect(el.step).to.equal('culture');
      expect(el.positions).to.deep.equal({ culture: 0.5 });
      expect(el.priorities).to.deep.equal(['culture']);
      expect((el.shadowRoot!.querySelector('#dx-room-2') as HTMLInputElement).value).to.equal('3');
    });

    it('says so when a link is corrupt, and starts empty', async () => {
      const warnings = captureWarnings();
      try {
        history.replaceState(null, '', '#samen-dilemmas=%%%broken');
        const el = await make();
        expect(el.positions).to.deep.equal({});
        expect(shadowText(el)).to.contain('could not be read');
        expect(warnings.messages.join()).to.contain('link: not-json');
      } finally {
        warnings.restore();
      }
    });

    it('says so when a readable link holds no workshop (another tool\'s, or a bare number), and starts empty', async () => {
      for (const json of ['42', '{"format":"samen-roles","positions":{"culture":1}}']) {
        const warnings = captureWarnings();
        try {
          history.replaceState(null, '', `#samen-dilemmas=${btoa(json).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}`);
          const el = await make();
          expect(el.positions, json).to.deep.equal({});
          expect(shadowText(el), json).to.contain('holds no workshop of the dilemma explorer');
          expect(warnings.messages.join(), json).to.contain('link: invalid-value');
        } finally {
          warnings.restore();
        }
      }
    });

    it('shows the link to copy, with the state in it and a privacy note', async () => {
      const el = await make({ positions: '{"loyalty":1}' });
      button(el.shadowRoot!, 'Copy a link to this workshop').click();
      await waitUntil(() => el.shadowRoot!.querySelector('#dx-link'), 'the copied link is shown', { timeout: 4000 });
      await settle(el);
      const field = $<HTMLInputElement>(el, '#dx-link');
      expect(field.value).to.contain('#samen-dilemmas=');
      expect(field.value).to.match(/#samen-dilemmas=[A-Za-z0-9_-]+$/);
      expect(shadowText(el)).to.contain('nothing leaves your browser');
    });

    it('loads a saved file; refuses another tool\'s file without changing anything', async () => {
      const el = await make({ positions: '{"power":1}' });
      const input = $<HTMLInputElement>(el, 'input[type="file"]');
      // Reading a file takes its own time (longer in WebKit): wait for what the user sees.
      const pick = async (name: string, text: string, shown: () => boolean) => {
        const files = new DataTransfer();
        files.items.add(new File([text], name, { type: 'application/json' }));
        input.files = files.files;
        input.dispatchEvent(new Event('change'));
        await waitUntil(shown, `${name} was not handled`, { timeout: 5000 });
        await settle(el);
      };
      const warnings = captureWarnings();
      try {
        await pick('quality.json', JSON.stringify({ format: 'samen-quality-check', answers: {} }), () => shadowText(el).includes('is not a file saved by the dilemma explorer'));
        expect(el.positions).to.deep.equal({ power: 1 });
        expect(shadowText(el)).to.contain('is not a file saved by the dilemma explorer');
        // Work would be replaced: the explorer asks first.
        await pick('ours.json', JSON.stringify({ format: 'samen-dilemma-explorer', version: 1, positions: { loyalty: -1 }, priorities: ['loyalty'] }), () => el.shadowRoot!.querySelector('#dx-load-yes') !== null);
        expect(el.positions).to.deep.equal({ power: 1 });
        expect(el.shadowRoot!.activeElement?.id).to.equal('dx-load-yes');
        const changed = oneEvent(el, 'samen-change');
        $<HTMLButtonElement>(el, '#dx-load-yes').click();
        const { detail } = await changed;
        expect(detail.positions).to.deep.equal({ loyalty: -1 });
        expect(el.priorities).to.deep.equal(['loyalty']);
      } finally {
        warnings.restore();
      }
    });

    it('asks before clearing everything', async () => {
      const el = await make({ positions: PLACED, priorities: '["loyalty"]' });
      button(el.shadowRoot!, 'Start again').click();
      await settle(el);
      expect(el.positions).to.not.deep.equal({});
      expect(el.shadowRoot!.activeElement?.id).to.equal('dx-reset-yes');
      button(el.shadowRoot!, 'Yes, clear everything').click();
      await settle(el);
      expect(el.positions).to.deep.equal({});
      expect(el.priorities).to.deep.equal([]);
    });
  });
});
