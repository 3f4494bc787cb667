/**
 * The one pattern for a public property whose input is cleaned: instead of a
 * hand-written get/set pair per property (read a private field; in the setter clean the
 * input, warn, store, requestUpdate), a widget declares the property once, under its
 * JSDoc (which the manifest, Storybook and the README read):
 *
 *   @property(json(cleanRoleAnswers), { attribute: 'answers', keep: true, get: copy })
 *   declare answers: RoleAnswers;
 *
 * and keeps its value in a field named `_answers` (with its default), which its own code
 * reads and writes directly (a user's answer, a reset) without cleaning or warning.
 *
 * Its TypeScript type is the value's (what reading gives): a page passing raw input from
 * TypeScript (a select's string for `view`) casts it, as with any Lit property.
 *
 * It is called `property` on purpose: the manifest analyzer (`cem analyze --litelement`)
 * recognises Lit properties by the decorator's name, and only then documents the
 * attribute, its reflection and type (from the options, its first object argument).
 * Given only options, it is Lit's `property()` itself.
 */
import type { PropertyDeclaration, ReactiveElement } from 'lit';
import { property as litProperty } from 'lit/decorators.js';
import type { Cleaned, InputIssue } from '../core/shared.js';

/**
 * The base element's protected helpers the pattern calls (src/internal/samen-element.ts:
 * one warning path for every widget), seen from outside the class.
 */
export interface CleaningHost {
  /** One console warning for what was ignored or corrected; never throws. */
  warnAbout(issues: readonly InputIssue[]): void;
  /** A JSON-or-value input cleaned by a core cleaner, with its own warnings. */
  cleanInput<T>(input: unknown, path: string, clean: (value: unknown) => Cleaned<T>): T;
  /** One of a few words, or the fallback with a warning. */
  cleanChoice<T extends string, F = T>(input: unknown, allowed: readonly T[], fallback: F, path: string): T | F;
  /** True when the page sets the value it set last time (records it otherwise). */
  samePageValue(path: string, input: unknown): boolean;
}

/**
 * Turns what a page gave (an attribute string or any property value) into the value to
 * keep and the issues to warn about. `path` is the attribute's name, for the warning, so
 * a core cleaner `(input, path = 'value')` is one as it is. `null` and `undefined`
 * (nothing given, the attribute removed) give the default, silently.
 */
export type Cleaner<V> = (input: unknown, path: string, host: CleaningHost) => Cleaned<V>;

/**
 * A legacy (experimentalDecorators) member decorator; TypeScript wants `void` or `any`
 * back. It returns Lit's descriptor for an accessor pair: without it TypeScript would put
 * the unwrapped get/set pair back over Lit's.
 */
type Decorator = (proto: ReactiveElement, name: string) => any;

/** Lit's property options, plus how the cleaned value is kept and read. */
export interface CleanedDeclaration<V, E = never> extends PropertyDeclaration {
  /**
   * Something the user edits: the page setting the value it set last time (a CMS or a
   * framework re-rendering) keeps what the user entered since.
   */
  keep?: boolean;
  /** What reading the property gives, from the kept value (a copy, so the page cannot change the widget's state). */
  get?: (value: V, element: E) => unknown;
  /** Runs after a new value is kept, for what follows from it (e.g. a form reset's value). */
  kept?: (element: E, value: V, old: V) => void;
}

/** Reads a property as a shallow copy of the kept object or array. */
export const copy = (value: unknown): unknown => (Array.isArray(value) ? [...value] : { ...(value as object) });

/** Input given as JSON (attributes are strings) or as a value, cleaned by a core cleaner; `cleanInput` warns. */
export const json = <V>(clean: (value: unknown) => Cleaned<V>): Cleaner<V> => (input, path, host) => ({ value: host.cleanInput(input, path, clean), issues: [] });

/** One of a few words; anything else gives the fallback (`cleanChoice` warns, except for null/undefined). */
export const oneOf = <T extends string, F = T>(allowed: readonly T[], fallback: F): Cleaner<T | F> => (input, path, host) => ({ value: host.cleanChoice(input, allowed, fallback, path), issues: [] });

/**
 * Declares a public property cleaned by `clean` (see the module's comment), with Lit's
 * options and the pattern's in `options`. Lit wraps the accessor defined here, so
 * attribute conversion, reflection (the default reflected on first update too) and the
 * update with the old value (read before the set) behave as for a hand-written get/set
 * pair. The cleaner comes first so that TypeScript infers the value's type from it for
 * `get` and `kept`.
 */
export function property<V, E = never>(clean: Cleaner<V>, options?: CleanedDeclaration<V, E>): Decorator;
/** Lit's `property()`, for a property that needs no cleaning (a boolean, a plain string). */
export function property(options?: PropertyDeclaration): Decorator;
export function property(clean?: Cleaner<unknown> | PropertyDeclaration, options?: CleanedDeclaration<unknown, unknown>): Decorator {
  return (proto, name) => {
    if (typeof clean !== 'function') return litProperty(clean)(proto, name);
    defineCleaned(proto, name, clean, options ?? {});
    return litProperty(options)(proto, name);
  };
}

/** The accessor: reads `_<name>` (through `get`); cleans, warns once and keeps (Lit's wrapper then asks for the update). */
function defineCleaned(proto: object, name: string, clean: Cleaner<unknown>, { keep, get, kept, attribute }: CleanedDeclaration<unknown, unknown>): void {
  const field = `_${name}`;
  const path = typeof attribute === 'string' ? attribute : name;
  type Element = ReactiveElement & CleaningHost & Record<string, unknown>;
  Object.defineProperty(proto, name, {
    // Configurable, so that Lit can put its wrapper (the update, the old value) over it.
    configurable: true,
    get(this: Element) {
      return get ? get(this[field], this) : this[field];
    },
    set(this: Element, input: unknown) {
      // Whatever the page hands over (a BigInt, a cycle, a Proxy, a throwing getter), a
      // property set never throws into the page. The cleaners give a safe value for all
      // of those; should one fail all the same, the widget keeps the (clean) value it
      // had, and says so once.
      try {
        if (keep && this.samePageValue(path, input)) return;
        const old = this[field];
        const { value, issues } = clean(input, path, this);
        this.warnAbout(issues);
        this[field] = value;
        kept?.(this, value, old);
      } catch {
        this.warnAbout([{ path, problem: 'invalid-value', received: input }]);
      }
    },
  });
}
