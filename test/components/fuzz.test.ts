/**
 * Fuzzing every attribute and property of every samen element: whatever a page or a
 * CMS throws at a widget (odd strings, broken JSON, wrong types, huge numbers, and values
 * JSON cannot hold: BigInts, cycles, Proxies, throwing getters, null prototypes), nothing
 * may be thrown into the page, no render may fail (the base element's safety net logs a
 * console error and shows a notice when one does), and the widget keeps showing itself.
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

/**
 * Values a page script can set as a property that JSON cannot hold and that
 * `fc.anything()` never makes: each one breaks a naive `JSON.stringify`, `String()`,
 * spread or key lookup, the things a warning or a cleaner does with what it was given.
 * Built fresh per call, so no test shares (or revokes) another's object.
 */
function exoticValues(): Array<[string, unknown]> {
  const cyclic: Record<string, unknown> = { commitment: 'high', name: 'x', value: 5 };
  cyclic.self = cyclic;
  const bare = Object.assign(Object.create(null) as Record<string, unknown>, { name: 'Brugfiguur', value: 30, commitment: 'high', loyalty: 0.5 });
  const throwing = () => {
    throw new Error('hostile trap');
  };
  const trapAll = new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing, getPrototypeOf: throwing });
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const getter = Object.defineProperty({}, 'commitment', { enumerable: true, get: throwing });
  return [
    ['a BigInt', 10n],
    ['a cyclic object', cyclic],
    ['a list containing itself', Object.assign([] as unknown[], { 0: cyclic })],
    ['a null-prototype object', bare],
    ['a Proxy whose every trap throws', trapAll],
    ['a revoked Proxy', revocable.proxy],
    ['an object with a throwing getter', getter],
    ['an object whose toJSON throws', { toJSON: throwing }],
    ['an object whose toString and valueOf throw', { toString: throwing, valueOf: throwing }],
    ['a Symbol', Symbol('x')],
    ['a function', throwing],
    ['a list of BigInts', [1n, 2n]],
  ];
}
/**
 * The exotic values fast-check can carry (it probes every generated value for a clone
 * method, which a throwing or revoked Proxy breaks); those two stay in the table tests.
 */
const carried = () => exoticValues().filter(([name]) => !name.includes('Proxy'));
const exotic = fc.integer({ min: 0, max: carried().length - 1 }).map((i) => carried()[i][1]);

/**
 * Open findings of this fuzz test, skipped with their reason printed until their owner
 * fixes them (remove the entry then): tag -> property -> the exotic values that fail it
 * (empty: all of them, and the property is left out of the random property test too).
 */
const KNOWN: Record<string, Record<string, { values: string[]; reason: string }>> = {};
const known = (tag: string, property: string, value?: string) => {
  const entry = KNOWN[tag]?.[property];
  return entry && (entry.values.length === 0 || (value !== undefined && entry.values.includes(value))) ? entry.reason : undefined;
};
const hostileValue = fc.oneof(
  fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }),
  hostileString,
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, null, undefined),
  exotic,
);

/**
 * True when the element shows itself, not the safety net's "could not be shown" notice:
 * that notice also has child elements, so counting them passes on a crashing render.
 */
function rendersItself(el: Element): boolean {
  const root = el.shadowRoot!;
  return root.querySelector('h1, h2, h3, h4, h5, h6') !== null && root.querySelectorAll('input, button, select, textarea').length > 0;
}

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
  /** console.error calls: the base element logs one for every render it had to catch. */
  let renderFaults: unknown[][] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error ?? e.message);
  let warn: typeof console.warn;
  let error: typeof console.error;

  before(async () => {
    await Promise.all(WIDGETS.map(async (w) => ((await w.load()) as { ready: Promise<void> }).ready));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    warn = console.warn;
    error = console.error;
    // Warnings are the expected answer to bad input; keep the test log readable.
    console.warn = () => undefined;
    console.error = (...args: unknown[]) => void renderFaults.push(args);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    console.warn = warn;
    console.error = error;
  });
  beforeEach(() => {
    errors = [];
    renderFaults = [];
  });
  /** Fails with what went wrong (the first render fault or page error), not just a count. */
  const expectNothingThrown = () => {
    expect(renderFaults.map((args) => args.map(String).join(' ')), 'no render fault caught by the safety net').to.deep.equal([]);
    expect(errors.map(String), 'nothing thrown into the page').to.deep.equal([]);
  };

  for (const tag of TAGS) {
    it(`<${tag}>: random attributes never throw and it keeps rendering`, async () => {
      const props = reactiveProperties(tag);
      expect(props.length, 'the element declares properties').to.be.greaterThan(0);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...props), hostileString), { maxLength: 6 }), async (settings) => {
          const el = await fixture<ReactiveElement>(staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`);
          for (const [{ attribute }, value] of settings) if (attribute) el.setAttribute(attribute, value);
          await el.updateComplete;
          expect(rendersItself(el), 'renders itself, not the fallback notice').to.equal(true);
          expectNothingThrown();
        }),
        { numRuns: 25 },
      );
    });

    it(`<${tag}>: random property values, exotic ones included, never throw and it keeps rendering`, async () => {
      const props = reactiveProperties(tag).filter(({ property }) => {
        // Left out when a known finding's values can come up among the random ones.
        const reason = known(tag, property) ?? carried().map(([name]) => known(tag, property, name)).find(Boolean);
        if (reason) console.log(`known finding, <${tag}>.${property} left out of the random values: ${reason}`);
        return !reason;
      });
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...props), hostileValue), { maxLength: 6 }), async (settings) => {
          const el = document.createElement(tag) as ReactiveElement;
          document.body.append(el);
          try {
            for (const [{ property }, value] of settings) {
              expect(() => ((el as unknown as Record<string, unknown>)[property] = value), property).to.not.throw();
            }
            await el.updateComplete;
            expect(rendersItself(el), 'renders itself, not the fallback notice').to.equal(true);
            expectNothingThrown();
          } finally {
            el.remove();
          }
        }),
        { numRuns: 25 },
      );
    });

    for (const [name, value] of exoticValues()) {
      it(`<${tag}>: ${name} given to every property: nothing thrown, it keeps rendering`, async () => {
        const el = document.createElement(tag) as ReactiveElement;
        document.body.append(el);
        try {
          for (const { property } of reactiveProperties(tag)) {
            const reason = known(tag, property, name);
            if (reason) {
              console.log(`known finding, skipped: <${tag}>.${property} = ${name}: ${reason}`);
              continue;
            }
            expect(() => ((el as unknown as Record<string, unknown>)[property] = value), property).to.not.throw();
          }
          await el.updateComplete;
          expect(rendersItself(el), 'renders itself, not the fallback notice').to.equal(true);
          expectNothingThrown();
        } finally {
          el.remove();
        }
      });
    }
  }
});
