/**
 * The one cleaned-property pattern (src/internal/cleaned-property.ts), through the real
 * widgets that declare their properties with it: a bad attribute or property value gives
 * the safe default and one warning, the page setting the same value again keeps what the
 * user entered, and no value (a BigInt, a cycle, a Proxy, a throwing getter) throws into
 * the page. A small element of the test's own checks what no widget's cleaner does: a
 * cleaner that throws.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ready as rrReady } from '../../src/components/role-recommender/role-recommender.js';
import { ready as utReady } from '../../src/components/universal-targeted-slider/universal-targeted-slider.js';
import { ready as qcReady } from '../../src/components/quality-check/quality-check.js';
import { ready as dxReady } from '../../src/components/dilemma-explorer/dilemma-explorer.js';
import { ready as qrReady } from '../../src/components/quality-report/quality-report.js';
import type { SamenUniversalTargetedSlider } from '../../src/components/universal-targeted-slider/universal-targeted-slider.component.js';
import type { SamenRoleRecommender } from '../../src/components/role-recommender/role-recommender.component.js';
import { SamenElement } from '../../src/internal/samen-element.js';
import { property } from '../../src/internal/cleaned-property.js';
import { captureWarnings } from './helpers.js';

/** One cleaned property: where it is, a bad attribute value, what the widget then uses, and the warning's line. */
interface Case {
  tag: string;
  attribute: string;
  name: string;
  bad: string;
  safe: unknown;
  line: string;
  /** What the widget uses for a value it cannot read, when that differs from `safe`. */
  fallback?: unknown;
}

const CASES: Case[] = [
  { tag: 'samen-role-recommender', attribute: 'view', name: 'view', bad: 'nope', safe: 'role', line: 'view: invalid-value (got "nope")' },
  { tag: 'samen-role-recommender', attribute: 'answers', name: 'answers', bad: '{"trust":"sometimes"}', safe: {}, line: 'answers.trust: invalid-value' },
  { tag: 'samen-role-recommender', attribute: 'governance', name: 'governance', bad: '{not json', safe: {}, line: 'governance: not-json' },
  { tag: 'samen-universal-targeted-slider', attribute: 'value', name: 'value', bad: 'lots', safe: 50, line: 'value: invalid-value (got "lots")' },
  { tag: 'samen-universal-targeted-slider', attribute: 'services', name: 'services', bad: '{"name":"x"}', safe: [], line: 'services: invalid-value' },
  { tag: 'samen-universal-targeted-slider', attribute: 'view', name: 'view', bad: 'map', safe: 'position', line: 'view: invalid-value (got "map")' },
  { tag: 'samen-quality-check', attribute: 'audience', name: 'audience', bad: 'parents', safe: 'family', line: 'audience: invalid-value (got "parents")' },
  { tag: 'samen-quality-check', attribute: 'reading-level', name: 'readingLevel', bad: 'hard', safe: 'standard', line: 'reading-level: invalid-value (got "hard")' },
  { tag: 'samen-quality-check', attribute: 'service', name: 'service', bad: 'x'.repeat(130), safe: 'x'.repeat(120), line: 'service: out-of-range', fallback: '' },
  { tag: 'samen-quality-check', attribute: 'answers', name: 'answers', bad: '{"family-usability-helped":9}', safe: {}, line: 'answers.family-usability-helped' },
  { tag: 'samen-dilemma-explorer', attribute: 'mode', name: 'mode', bad: 'lecture', safe: 'reflection', line: 'mode: invalid-value (got "lecture")' },
  { tag: 'samen-dilemma-explorer', attribute: 'positions', name: 'positions', bad: '[1,2]', safe: {}, line: 'positions: not-an-object' },
  { tag: 'samen-dilemma-explorer', attribute: 'priorities', name: 'priorities', bad: 'no-such-dilemma', safe: [], line: 'priorities' },
  { tag: 'samen-dilemma-explorer', attribute: 'step', name: 'step', bad: 'the-end', safe: 'opening', line: 'step: ' },
  { tag: 'samen-dilemma-explorer', attribute: 'view', name: 'view', bad: 'everything', safe: 'organisational', line: 'view: invalid-value (got "everything")' },
  { tag: 'samen-quality-report', attribute: 'min-group', name: 'minGroup', bad: '1', safe: 3, line: 'min-group: out-of-range (got "1")', fallback: 5 },
  { tag: 'samen-quality-report', attribute: 'period', name: 'period', bad: 'monthly', safe: 'year', line: 'period: invalid-value (got "monthly")' },
];

/** Values JSON cannot hold or that throw when read. */
function unreadable(): Array<[string, unknown]> {
  const cyclic: Record<string, unknown> = { unknown: 1 };
  cyclic.self = cyclic;
  const throwing = () => {
    throw new Error('trap');
  };
  return [
    ['a BigInt', 10n],
    ['a cyclic object', cyclic],
    ['a Proxy whose every trap throws', new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing, getPrototypeOf: throwing })],
    ['an object with a throwing getter', Object.defineProperty({}, 'trust', { enumerable: true, get: throwing })],
  ];
}

const props = (el: Element) => el as unknown as Record<string, unknown>;

async function make(tag: string): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  await Promise.all([rrReady, utReady, qcReady, dxReady, qrReady]);
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  // Each quality check its own storage key, so two on the page never share one.
  if (tag === 'samen-quality-check') el.setAttribute('storage-key', `cleaned-property-${Math.random()}`);
  (await fixture(html`<div></div>`)).append(el);
  await el.updateComplete;
  return el;
}

describe('the cleaned-property pattern, through the widgets', () => {
  for (const c of CASES) {
    it(`<${c.tag}> ${c.attribute}: a bad attribute and a bad property value each give ${JSON.stringify(c.safe)} and one warning`, async () => {
      const el = await make(c.tag);
      const warnings = captureWarnings();
      try {
        el.setAttribute(c.attribute, c.bad);
        await el.updateComplete;
        expect(props(el)[c.name]).to.deep.equal(c.safe);
        expect(warnings.messages, 'attribute').to.have.length(1);
        expect(warnings.messages[0]).to.contain(`<${c.tag}>: some input was ignored or corrected; the widget uses safe values instead.`);
        expect(warnings.messages[0]).to.contain(c.line);
        el.removeAttribute(c.attribute);
        await el.updateComplete;
        props(el)[c.name] = c.bad;
        await el.updateComplete;
        expect(props(el)[c.name]).to.deep.equal(c.safe);
        expect(warnings.messages, 'property').to.have.length(2);
      } finally {
        warnings.restore();
      }
    });
  }

  it('a choice reflects its default before anything is set, and its cleaned value after', async () => {
    const el = await make('samen-role-recommender');
    expect(el.getAttribute('view')).to.equal('role');
    const warnings = captureWarnings();
    try {
      props(el).view = 'nope';
      await el.updateComplete;
      expect(el.getAttribute('view')).to.equal('role');
      props(el).view = 'directing';
      await el.updateComplete;
      expect(el.getAttribute('view')).to.equal('directing');
      expect(el.shadowRoot!.querySelector('#rr-tab-directing')!.getAttribute('aria-selected')).to.equal('true');
    } finally {
      warnings.restore();
    }
  });

  it('the page setting the same value again keeps what the user entered; a new value applies', async () => {
    const el = (await make('samen-universal-targeted-slider')) as unknown as SamenUniversalTargetedSlider;
    el.setAttribute('value', '30');
    await el.updateComplete;
    const range = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
    range.value = '80';
    range.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(el.value).to.equal(80);
    // A CMS re-rendering the page sets the attribute, then the property, to what it had.
    el.setAttribute('value', '30');
    el.value = 30;
    await el.updateComplete;
    expect(el.value).to.equal(80);
    expect(range.value).to.equal('80');
    el.value = 40;
    await el.updateComplete;
    expect(el.value).to.equal(40);
    expect(range.value).to.equal('40');
  });

  it('reading a property gives a copy: changing it does not change the widget', async () => {
    const el = (await make('samen-role-recommender')) as unknown as SamenRoleRecommender;
    el.answers = { trust: 'high' };
    const read = el.answers;
    read.trust = 'low';
    expect(el.answers).to.deep.equal({ trust: 'high' });
    expect(el.result.answered).to.equal(1);
  });

  for (const tag of [...new Set(CASES.map((c) => c.tag))]) {
    it(`<${tag}>: a value JSON cannot hold, or that throws when read, never throws and gives the safe value`, async () => {
      const el = await make(tag);
      const warnings = captureWarnings();
      try {
        for (const c of CASES.filter((x) => x.tag === tag)) {
          for (const [what, value] of unreadable()) {
            const before = warnings.messages.length;
            expect(() => (props(el)[c.name] = value), `${c.name} = ${what}`).to.not.throw();
            expect(props(el)[c.name], `${c.name} = ${what}`).to.deep.equal('fallback' in c ? c.fallback : c.safe);
            expect(warnings.messages.length - before, `${c.name} = ${what}: one warning`).to.equal(1);
          }
        }
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[role="alert"]'), 'no render fault').to.equal(null);
      } finally {
        warnings.restore();
      }
    });
  }
});

/** An element of the test's own: its cleaner throws for one input, as a buggy one might. */
class CleanedProbe extends SamenElement {
  private _level = 'low';
  /** Test only. */
  @property((v) => {
    if (v === 'boom') throw new Error('cleaner bug');
    return v === 'low' || v === 'high' || v == null ? { value: (v as string) ?? 'low', issues: [] } : { value: 'low', issues: [{ path: 'level', problem: 'invalid-value', received: v }] };
  }, { reflect: true })
  declare level: string;

  override render() {
    return html`<p>${this._level}</p>`;
  }
}
customElements.define('cleaned-property-probe', CleanedProbe);

describe('the cleaned-property pattern itself', () => {
  it('a cleaner that throws (a bug) keeps the clean value the element had, with one warning, not an exception', async () => {
    const el = await fixture<CleanedProbe>(html`<cleaned-property-probe level="high"></cleaned-property-probe>`);
    expect(el.level).to.equal('high');
    const warnings = captureWarnings();
    try {
      expect(() => (el.level = 'boom')).to.not.throw();
      expect(() => el.setAttribute('level', 'boom')).to.not.throw();
      await el.updateComplete;
      expect(el.level).to.equal('high');
      expect(el.shadowRoot!.textContent).to.contain('high');
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain('level: invalid-value (got "boom")');
      el.level = 'nonsense';
      await el.updateComplete;
      expect(el.level).to.equal('low');
      expect(el.getAttribute('level')).to.equal('low');
      expect(warnings.messages).to.have.length(3);
    } finally {
      warnings.restore();
    }
  });
});
