/**
 * Inputs for the core's "never throws, keeps only what is valid" properties.
 *
 * Why not plain `fc.anything()`: by default it makes no BigInt, no null-prototype object,
 * no Map, Set, Date, typed or sparse array, no boxed value and never a cycle; and almost
 * never a known id with a valid value, so a cleaner keeps nothing and a property's
 * "everything kept is valid" loop never runs. These arbitraries mix the exotic values in
 * and put known keys with valid, almost valid and exotic values side by side; `Kept`
 * counts how often a property actually had something to check.
 */
import fc from 'fast-check';

/** `fc.anything()` with every kind of value it leaves out by default. */
export const exotic: fc.Arbitrary<unknown> = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
  maxDepth: 3,
});

/** An object that contains itself (JSON.stringify throws on it). */
const cyclic = fc.record({ a: exotic }).map((o) => {
  const obj = o as Record<string, unknown>;
  obj.self = obj;
  obj.list = [obj];
  return obj;
});

/** Values that are not plain data at all. */
const odd = fc.constantFrom<unknown>(
  10n,
  -(2n ** 70n),
  Symbol('x'),
  () => 1,
  new Date(NaN),
  Object.create(null),
  new Map([['commitment', 'high']]),
  [,],
  new Uint8Array([1, 2]),
  Number.MAX_VALUE,
  -0,
  NaN,
);

/** Anything a careless page or file can produce: JSON-ish, exotic, cyclic, odd. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(exotic, cyclic, odd, fc.jsonValue());

/**
 * An object keyed by some of `ids`, each value from `valid` or any hostile value, on a
 * plain or a null prototype: the shape that exercises a cleaner's keep-or-drop logic.
 */
export function keyedBy<K extends string>(ids: readonly K[], valid: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  const entry = fc.tuple(fc.oneof(fc.constantFrom(...ids), fc.constantFrom('__proto__', 'constructor', 'x')), fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: hostile }));
  return fc.tuple(fc.array(entry, { maxLength: 8 }), fc.boolean()).map(([entries, bare]) => {
    const obj: Record<string, unknown> = bare ? Object.create(null) : {};
    // defineProperty, so a "__proto__" key is an own key as JSON.parse makes it.
    for (const [k, v] of entries) Object.defineProperty(obj, k, { value: v, enumerable: true, configurable: true, writable: true });
    return obj;
  });
}

/** Counts how many runs of a property had something to check, so a test can insist on it. */
export class Kept {
  /** Runs that had something to check. */
  count = 0;
  /** Marks this run as one that checked something. */
  hit(): void {
    this.count++;
  }
}
