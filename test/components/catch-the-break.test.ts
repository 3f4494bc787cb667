/**
 * One-line breaks the rest of the suite would not notice (issue 11), each caught here in
 * every engine:
 * - a service name rendered as markup (`unsafeHTML(name)`, `.innerHTML = name`): XSS;
 * - an inline `style` (a `style=` binding, `styleMap`, `el.style.x = …`) in any state of
 *   any widget: strict CSP (`style-src 'self'`) blocks it, so a CMS with a strict policy
 *   would show the widget broken. The proof pages catch it only in their few states.
 * (The dilemma link applied on every reconnect and the copied link without the page's
 * query string are caught in dilemma-explorer-workshop.test.ts.)
 */
import { expect, fixture } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { html, render } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { WIDGETS } from '../../src/widgets.js';

type Attrs = Record<string, string | true>;

/** States worth rendering per widget, beyond the empty one: every view, mode and kind of result. */
const STATES: Record<string, Attrs[]> = {
  'samen-role-recommender': [
    { answers: JSON.stringify({ commitment: 'high', consensus: 'low', history: 'negative', diversity: 'high', participation: 'mandatory', continuity: 'stable', time: 'little', addedValue: 'high', trust: 'low' }) },
    { view: 'governance', governance: JSON.stringify({ trust: 'low-centralised', size: 'many', goalConsensus: 'moderately-low', competencies: 'high' }) },
    { view: 'directing', directing: JSON.stringify({ steering: 'municipality', boundaries: 'joint', dependency: 'parties' }) },
    { presentation: true },
  ],
  'samen-universal-targeted-slider': [
    { value: '0' }, { value: '55' }, { value: '100' },
    { view: 'portfolio', services: JSON.stringify([{ name: 'Consultatiebureau', value: 28 }, { name: 'Brugfiguur', value: 66 }, { name: 'Buurtwerk', value: 5 }]) },
    { presentation: true },
  ],
  'samen-quality-check': [
    { answers: JSON.stringify({ 'family-availability-quick-help': 4, 'family-affordability-could-pay': 1, 'family-usability-helped': 5 }) },
    { audience: 'staff', extended: true },
    { presentation: true },
  ],
  'samen-dilemma-explorer': [
    { view: 'profile', positions: JSON.stringify({ loyalty: -1, culture: 0.5, 'selective-universal': 1 }), priorities: 'culture loyalty' },
    { mode: 'workshop' },
    { mode: 'workshop', step: 'loyalty', splits: JSON.stringify({ loyalty: [3, 1, 0, 2, 5] }) },
    { mode: 'workshop', step: 'summary', splits: JSON.stringify({ loyalty: [3, 1, 0, 2, 5], culture: [0, 0, 9, 0, 0] }) },
    { presentation: true },
  ],
};

/** Every element with a style attribute in a root and the shadow roots within it. */
function inlineStyles(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.hasAttribute('style')) found.push(`<${el.localName}${el.className ? `.${String(el.className).replace(/\s+/g, '.')}` : ''} style="${el.getAttribute('style')}">`);
    if (el.shadowRoot) found.push(...inlineStyles(el.shadowRoot));
  }
  return found;
}

async function make(tag: string, attrs: Attrs = {}): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value === true ? '' : value);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

const settle = async (el: HTMLElement) => {
  await new Promise((r) => setTimeout(r, 0));
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
};

describe('breaks the suite must catch', () => {
  before(async () => {
    await Promise.all(WIDGETS.map(async (w) => ((await w.load()) as { ready: Promise<void> }).ready));
  });

  describe('no inline style in any state (strict CSP)', () => {
    // Pressing every control must not open windows, dialogs, downloads or print previews.
    const stubs: Array<[object, string, unknown]> = [
      [window, 'print', () => undefined],
      [window, 'open', () => null],
      [window, 'confirm', () => true],
      [HTMLAnchorElement.prototype, 'click', () => undefined],
      [Element.prototype, 'requestFullscreen', () => Promise.resolve()],
    ];
    const saved: Array<PropertyDescriptor | undefined> = [];
    before(() => {
      for (const [target, key, value] of stubs) {
        saved.push(Object.getOwnPropertyDescriptor(target, key));
        Object.defineProperty(target, key, { value, configurable: true, writable: true });
      }
    });
    after(() => {
      localStorage.clear(); // what pressing "keep my answers" wrote
      stubs.forEach(([target, key], i) => {
        const original = saved[i];
        if (original) Object.defineProperty(target, key, original);
        else delete (target as Record<string, unknown>)[key];
      });
    });

    it('the check itself finds a styleMap and a style binding', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      render(html`<p style=${styleMap({ width: '50%' })}></p><span style="color: red"></span>`, root);
      expect(inlineStyles(host.parentNode!)).to.have.length(2);
      host.remove();
    });

    for (const { tag } of WIDGETS) {
      it(`<${tag}>: no element of its shadow root has a style attribute, in every state and after pressing every control`, async () => {
        for (const attrs of [{}, ...(STATES[tag] ?? [])]) {
          const el = await make(tag, attrs);
          const where = (what: string) => `${JSON.stringify(attrs)} ${what}`;
          expect(inlineStyles(el.parentNode!), where('rendered')).to.deep.equal([]);
          const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, input:not([type="file"]), select, summary')].slice(0, 60);
          for (const control of controls) {
            if (!control.isConnected || (control as HTMLButtonElement).disabled) continue;
            control.click();
            await settle(el);
            expect(inlineStyles(el.parentNode!), where(`after pressing ${control.outerHTML.slice(0, 80)}`)).to.deep.equal([]);
          }
          el.remove();
        }
      });
    }
  });

  describe('text is never markup (XSS)', () => {
    it('a service name with markup shows as text and makes no element', async () => {
      const names = ['<img src="/none.png" onerror="window.__samenXss = 1">', '<b>Brugfiguur</b> & "Kind"'];
      const el = await make('samen-universal-targeted-slider', { view: 'portfolio', services: JSON.stringify(names.map((name, i) => ({ name, value: 20 + 40 * i }))) });
      await new Promise((r) => setTimeout(r, 100));
      const root = el.shadowRoot!;
      expect([...root.querySelectorAll('.service-name')].map((e) => e.textContent)).to.have.members(names);
      expect(root.querySelectorAll('img, b').length, 'no element made of a name').to.equal(0);
      expect((window as unknown as { __samenXss?: number }).__samenXss).to.equal(undefined);
      // Names reach aria-labels too ("Remove …"): as text, whole.
      expect([...root.querySelectorAll('button[aria-label]')].map((b) => b.getAttribute('aria-label')).join(' ')).to.contain(names[0]);
    });
  });
});
