/**
 * The plural helper every counted message goes through: the form follows the plural
 * rules of the language on screen (English here, as no translation is loaded), and the
 * rules it relies on for French hold (0 and 1 are singular).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { plural, pluralCategory, textLocale } from '../../src/internal/plural.js';

describe('plural()', () => {
  it('chooses one for 1 and other for 0, 2 and fractions in English', () => {
    assert.equal(textLocale(), 'en');
    const people = (n: number) => plural(n, { one: `${n} person`, other: () => `${n} people` });
    assert.deepEqual([0, 1, 2, 1.5].map(people), ['0 people', '1 person', '2 people', '1.5 people']);
  });
  it('calls only the chosen form and treats NaN and infinity as other', () => {
    let called = 0;
    plural(1, { one: 'x', other: () => String(++called) });
    assert.equal(called, 0);
    assert.equal(pluralCategory(Number.NaN), 'other');
    assert.equal(pluralCategory(Infinity), 'other');
  });
  it('relies on rules that make 0 and 1 singular in French, only 1 in Dutch and German', () => {
    const one = (locale: string, n: number) => new Intl.PluralRules(locale).select(n) === 'one';
    assert.deepEqual([0, 1, 2].map((n) => one('fr', n)), [true, true, false]);
    for (const locale of ['nl', 'de']) assert.deepEqual([0, 1, 2].map((n) => one(locale, n)), [false, true, false]);
  });
});
