/**
 * The quality checker's question bank and improvement ideas, written out: which
 * questions a parent and a staff member see per B, which answer words each question
 * gets, which family question is put beside which staff question, and which source
 * each idea is credited to. A question dropped or renamed in the data is a question the
 * user no longer sees (its text is looked up by id); a wrong credit is a wrong source.
 * The B's and their order are Roose & De Bie's (2003) with the two Flemish additions
 * (DOMAIN.md section 3).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  QUALITY_AUDIENCES, QUALITY_CORE_DIMENSIONS, QUALITY_DIMENSIONS, QUALITY_EXTENDED_DIMENSIONS, QUALITY_IDEAS,
  QUALITY_QUESTIONS, QUALITY_READING_LEVELS, QUALITY_SCALES, qualityDimensions, qualityIdeas, qualityPairs,
  qualityQuestion, qualityQuestions, qualityScale, type QualityAudience,
} from '../../src/core/index.js';

/** The question slugs per audience and B, in the order they are asked. */
const BANK: Record<QualityAudience, Record<string, string[]>> = {
  family: {
    availability: ['quick-help', 'easy-to-arrange'],
    reachability: ['easy-to-get-there', 'suitable-times'],
    affordability: ['could-pay', 'no-extra-costs', 'ask-lower-price'],
    usability: ['helped', 'fits-family'],
    comprehensibility: ['clear-information', 'explained-during', 'own-language', 'told-other-help'],
    awareness: ['heard-about', 'easy-to-find'],
    trust: ['felt-welcome', 'same-person'],
  },
  staff: {
    // VVSG: administrative thresholds, waiting lists, effort to uncover unspoken needs.
    availability: ['waiting-list', 'paperwork', 'unspoken-needs'],
    // Physically, spatially, in time.
    reachability: ['opening-hours', 'distance-transport', 'outreach'],
    affordability: ['price', 'hidden-costs', 'discreet-reductions'],
    // Meets needs, including those of specific groups.
    usability: ['fits-needs', 'specific-families', 'who-we-miss'],
    comprehensibility: ['plain-language', 'languages-families-speak', 'explained-during', 'rights'],
    awareness: ['known-by-families', 'known-by-partners'],
    trust: ['named-contact', 'transitions', 'no-fear'],
  },
};

/** The full ids of one audience's questions, in the bank's order. */
const idsOf = (audience: QualityAudience, dimensions: readonly string[]) =>
  dimensions.flatMap((d) => BANK[audience][d].map((slug) => `${audience}-${d}-${slug}`));

describe('quality check: the B\'s and the choices', () => {
  it('names the five B\'s in order, then being known and trust', () => {
    assert.deepEqual([...QUALITY_DIMENSIONS],
      ['availability', 'reachability', 'affordability', 'usability', 'comprehensibility', 'awareness', 'trust']);
    assert.deepEqual([...QUALITY_CORE_DIMENSIONS], QUALITY_DIMENSIONS.slice(0, 5), 'the five B\'s are always shown');
    assert.deepEqual([...QUALITY_EXTENDED_DIMENSIONS], ['awareness', 'trust'], 'the Flemish additions are the extension');
  });
  it('shows the five B\'s when nothing says the extension is on', () => {
    assert.deepEqual(qualityDimensions(), [...QUALITY_CORE_DIMENSIONS], 'no argument: five B\'s');
    assert.deepEqual(qualityDimensions(true), [...QUALITY_DIMENSIONS], 'extended: seven B\'s');
    const list = qualityDimensions();
    list.push('trust');
    assert.deepEqual(qualityDimensions(), [...QUALITY_CORE_DIMENSIONS], 'a caller changing its list does not change the next one');
  });
  it('accepts the audiences, reading levels and kinds of answer words the element offers', () => {
    assert.deepEqual([...QUALITY_AUDIENCES], ['family', 'staff']);
    assert.deepEqual([...QUALITY_READING_LEVELS], ['standard', 'easy']);
    assert.deepEqual([...QUALITY_SCALES], ['extent', 'frequency', 'timing']);
  });
});

describe('quality check: the question bank, question by question', () => {
  for (const audience of ['family', 'staff'] as const) {
    it(`asks ${audience} exactly these questions, B by B`, () => {
      assert.deepEqual(qualityQuestions(audience).map((q) => q.id), idsOf(audience, QUALITY_CORE_DIMENSIONS), 'the five B\'s');
      assert.deepEqual(qualityQuestions(audience, true).map((q) => q.id), idsOf(audience, QUALITY_DIMENSIONS), 'with the extension');
      for (const q of qualityQuestions(audience, true))
        assert.ok(q.id.startsWith(`${audience}-${q.dimension}-`), `${q.id} is listed under its own B (${q.dimension})`);
    });
  }
  it('holds no question beyond those two lists', () => {
    assert.deepEqual(QUALITY_QUESTIONS.map((q) => q.id), [...idsOf('family', QUALITY_DIMENSIONS), ...idsOf('staff', QUALITY_DIMENSIONS)]);
    for (const q of QUALITY_QUESTIONS) assert.equal(qualityQuestion(q.id), q, `${q.id} is found by its id`);
    assert.equal(qualityQuestion('family-trust-nope'), undefined, 'an id outside the bank is no question');
  });
  it('shows an unknown audience the family questions, never staff ones', () => {
    const questions = qualityQuestions('parent' as QualityAudience, true).map((q) => q.id);
    assert.deepEqual(questions, idsOf('family', QUALITY_DIMENSIONS));
  });
  it('gives a staff link 21 answer places: one per staff question', () => {
    assert.equal(idsOf('staff', QUALITY_DIMENSIONS).length, 21);
  });
});

describe('quality check: answer words and pairs', () => {
  it('asks "how often" and "how early" questions with fitting answer words, the rest "how much"', () => {
    const special: Record<string, string> = {
      'family-availability-quick-help': 'frequency',
      'family-awareness-heard-about': 'timing',
      'family-trust-felt-welcome': 'frequency',
      'family-trust-same-person': 'frequency',
      'family-comprehensibility-told-other-help': 'frequency',
    };
    for (const q of QUALITY_QUESTIONS) assert.equal(qualityScale(q.id), special[q.id] ?? 'extent', `answer words of ${q.id}`);
    assert.equal(qualityScale('no-such-question'), 'extent', 'an unknown id gets the default words');
  });
  it('puts three family questions beside the staff question on the same topic', () => {
    assert.deepEqual(qualityPairs(), [
      ['family-affordability-ask-lower-price', 'staff-affordability-discreet-reductions'],
      ['family-comprehensibility-own-language', 'staff-comprehensibility-languages-families-speak'],
      // Non-take-up: "they knew and they didn't tell me" (INCh).
      ['family-comprehensibility-told-other-help', 'staff-comprehensibility-rights'],
    ]);
    for (const [family, staff] of qualityPairs()) {
      assert.equal(qualityQuestion(family)?.pairsWith, staff, `${family} says which staff question it pairs with`);
      assert.equal(qualityQuestion(staff)?.audience, 'staff', `${staff} is a staff question of the bank`);
    }
  });
});

describe('quality check: improvement ideas and their sources', () => {
  const INCH = { provenance: 'finding', source: 'inch' };
  const INCH_EXAMPLE = { provenance: 'example', source: 'inch' };
  const KE = { provenance: 'example', source: 'kinderen-eerst' };
  const DEMOS = { provenance: 'example', source: 'demos-2014' };

  it('offers each idea for its B\'s, with its drawback and its own source (DOMAIN.md section 3)', () => {
    assert.deepEqual(QUALITY_IDEAS.map((i) => ({ ...i, dimensions: [...i.dimensions] })), [
      { id: 'home-visits', dimensions: ['reachability', 'awareness'], caveat: 'home-visits-need-trust', credit: INCH },
      { id: 'meeting-spaces', dimensions: ['reachability', 'awareness'], credit: KE },
      { id: 'newsletters-local-papers', dimensions: ['awareness'], credit: KE },
      { id: 'school-contact', dimensions: ['awareness', 'reachability'], credit: KE },
      { id: 'bridge-figure', dimensions: ['reachability', 'awareness'], credit: KE },
      { id: 'information-point', dimensions: ['awareness', 'reachability'], credit: KE },
      { id: 'early-partners', dimensions: ['availability', 'awareness'], credit: KE },
      { id: 'discount-systems', dimensions: ['affordability'], credit: DEMOS },
      { id: 'passes', dimensions: ['affordability'], credit: DEMOS },
      { id: 'local-funds', dimensions: ['affordability'], credit: DEMOS },
      { id: 'named-contact-person', dimensions: ['usability', 'trust'], caveat: 'named-contact-single-person', credit: INCH },
      { id: 'continuity-transitions', dimensions: ['usability', 'trust'], credit: INCH },
      { id: 'inform-rights', dimensions: ['comprehensibility'], credit: INCH },
      { id: 'mini-rights-check', dimensions: ['comprehensibility', 'availability'], credit: INCH_EXAMPLE },
      { id: 'involve-parents', dimensions: ['usability', 'availability', 'comprehensibility', 'trust'], credit: INCH },
      { id: 'involve-stakeholders', dimensions: ['usability', 'trust'], credit: KE },
      { id: 'demand-led-work', dimensions: ['availability', 'usability'], credit: INCH },
    ]);
  });
  it('lists for a B the ideas best known for it first, then the others in table order', () => {
    assert.deepEqual(qualityIdeas('awareness').map((i) => i.id), [
      'newsletters-local-papers', 'school-contact', 'information-point',
      'home-visits', 'meeting-spaces', 'bridge-figure', 'early-partners',
    ]);
    assert.deepEqual(qualityIdeas('availability').map((i) => i.id),
      ['early-partners', 'demand-led-work', 'mini-rights-check', 'involve-parents']);
    assert.deepEqual(qualityIdeas('affordability').map((i) => i.id), ['discount-systems', 'passes', 'local-funds']);
  });
});
