/**
 * Counts in the plural rules of the language on screen: "1 person counted", "2 people
 * counted", and in French "0 personne", "1 personne", "2 personnes" (French counts 0 and
 * 1 as singular). Every message with a count goes through `plural()`.
 *
 * Usage: give one msg() per form, ids ending in `.one` and `.other`, both with the
 * count as a placeholder, and let the active language choose:
 *
 * ```ts
 * plural(n, {
 *   one: () => msg(str`${n} person counted.`, { id: 'dx.announce.counted.one' }),
 *   other: () => msg(str`${n} people counted.`, { id: 'dx.announce.counted' }),
 * });
 * ```
 *
 * The translator of each language fills in both forms; a language whose rules have more
 * categories (none of samen's four has) would get `other` for them.
 */
import { msg } from '@lit/localize';

/** A form of a counted message: its text, or a function that makes it (called only when chosen). */
export type PluralForm = string | (() => string);

/** The two forms samen's languages need. */
export interface PluralForms {
  /** The singular: English, Dutch and German 1; French 0 and 1. */
  one: PluralForm;
  /** Every other count. */
  other: PluralForm;
}

const rules = new Map<string, Intl.PluralRules>();

/**
 * The language of the texts on screen. Read from a message rather than from the page,
 * so the plural form always matches the language the other texts are shown in, also
 * while a language switch is still loading. @lit/localize has no global getLocale().
 */
export function textLocale(): string {
  return msg('en', { id: 'common.locale', desc: 'The language code of this translation: write nl, fr or de. Used to choose plural forms.' });
}

/**
 * The plural category of a count in the language on screen: `one` or `other`.
 * @param count any number; NaN and non-finite numbers count as `other`.
 */
export function pluralCategory(count: number): 'one' | 'other' {
  if (!Number.isFinite(count)) return 'other';
  const locale = textLocale();
  let rule = rules.get(locale);
  if (!rule) {
    try {
      rule = new Intl.PluralRules(locale);
    } catch {
      // A broken locale code in a translation must not break the widget.
      rule = new Intl.PluralRules('en');
    }
    rules.set(locale, rule);
  }
  return rule.select(count) === 'one' ? 'one' : 'other';
}

/**
 * The form of a counted message that fits the count in the language on screen.
 * @param count the number the message shows.
 * @param forms the `one` and `other` texts (or functions returning them).
 */
export function plural(count: number, forms: PluralForms): string {
  const form = forms[pluralCategory(count)];
  return typeof form === 'function' ? form() : form;
}
