/**
 * Fuzzing every attribute and property of every samen element: whatever a page or a
 * CMS throws at a widget (odd strings, broken JSON, wrong types, huge numbers), nothing
 * may be thrown into the page, and the widget keeps rendering.
 */
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { WIDGETS } from '../../src/widgets.js';
import type { ReactiveElement } from 'lit';

/** Every widget of the registry (src/widgets.ts). */
const TAGS = WIDGETS.map((w) => w.tag);

/** Inputs a CMS or a careless script might produce. */
const hostileString = fc.oneof(
  fc.string(),
  fc.json(),
  fc.constantFrom('', ' ', 'null', 'undefined', '{', '[]', '{"__proto__":{"x":1}}', '1e999', '-0', 'NaN', '<script>alert(1)</script>', '"', 'true'),
  fc.jsonValue().map((v) => JSON.stringify(v)),
);
const hostileValue = fc.oneof(fc.anything(), hostileString, fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, null, undefined, Symbol('x')));

/** The element's reactive properties and their attribute names, as Lit declares them. */
function reactiveProperties(tag: string): Array<{ property: string; attribute: string | null }> {
  const ctor = customElements.get(tag) as unknown as typeof ReactiveElement;
  return [...ctor.elementProperties.entries()]
    .filter(([, options]) => !options.state)
    .map(([key, options]) => ({
      property: String(key),
      attribute: options.attribute === false ? null : typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase(),
    }));
}

describe('fuzzing every attribute and property', () => {
  let errors: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error ?? e.message);
  let warn: typeof console.warn;
  let error: typeof console.error;

  before(async () => {
    await Promise.all(WIDGETS.map(async (w) => ((await w.load()) as { ready: Promise<void> }).ready));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    // Warnings are the expected answer to bad input; keep the test log readable.
    warn = console.warn;
    error = console.error;
    console.warn = () => undefined;
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    console.warn = warn;
    console.error = error;
  });
  beforeEach(() => {
    errors = [];
  });

  for (const tag of TAGS) {
    it(`<${tag}>: random attributes never throw and it keeps rendering`, async () => {
      const props = reactiveProperties(tag);
      expect(props.length, 'the element declares properties').to.be.greaterThan(0);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...props), hostileString), { maxLength: 6 }), async (settings) => {
          const el = await fixture<ReactiveElement>(staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`);
          for (const [{ attribute }, value] of settings) if (attribute) el.setAttribute(attribute, value);
          await el.updateComplete;
          expect(el.shadowRoot!.childElementCount, 'still renders').to.be.greaterThan(0);
        }),
        { numRuns: 25 },
      );
      expect(errors).to.deep.equal([]);
    });

    it(`<${tag}>: random property values never throw and it keeps rendering`, async () => {
      const props = reactiveProperties(tag);
      const renderFaults: unknown[] = [];
      console.error = (...args: unknown[]) => void renderFaults.push(args);
      try {
        await fc.assert(
          fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...props), hostileValue), { maxLength: 6 }), async (settings) => {
            const el = document.createElement(tag) as ReactiveElement;
            document.body.append(el);
            try {
              for (const [{ property }, value] of settings) {
                expect(() => ((el as unknown as Record<string, unknown>)[property] = value)).to.not.throw();
              }
              await el.updateComplete;
              expect(el.shadowRoot!.childElementCount, 'still renders').to.be.greaterThan(0);
            } finally {
              el.remove();
            }
          }),
          { numRuns: 25 },
        );
      } finally {
        console.error = error;
      }
      expect(errors).to.deep.equal([]);
      expect(renderFaults, 'no render fault was caught by the safety net either').to.deep.equal([]);
    });
  }
});
