/**
 * Scoring and comparing in the quality check, beyond quality.test.ts: answers that must
 * not count (out of range, not numbers, inherited from a prototype), answers given as
 * null or undefined (skipped, not wrong), what a form or an export keeps by default, and
 * a comparison of perspectives where one has no scores or an impossible one. Each of
 * these changes a score, a "weakest first" list or a row of "Compare views".
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  cleanQualityAnswers, compareQualityResults, isQualityAnswer, qualityCoverage, qualityQuestions, qualityResult,
  qualityShownAnswers, type QualityAudience, type QualityComparable, type QualityDimension,
} from '../../src/core/index.js';

const idsOf = (audience: QualityAudience, dimension: QualityDimension) =>
  qualityQuestions(audience, true).filter((q) => q.dimension === dimension).map((q) => q.id);
const [faA, faB] = idsOf('family', 'availability');
const [faTrust] = idsOf('family', 'trust');

describe('quality check: what counts as an answer', () => {
  it('counts the whole numbers 1 to 5 and nothing else', () => {
    assert.deepEqual([1, 2, 3, 4, 5].map(isQualityAnswer), [true, true, true, true, true]);
    for (const value of [0, 6, -1, 2.5, Number.NaN, Infinity, '3', 3n, null, undefined, [3], { valueOf: () => 3 }])
      assert.equal(isQualityAnswer(value), false, `${String(value)} is no answer`);
  });
  it('scores nothing for answers outside 1..5, however they got in', () => {
    const r = qualityResult({ [faA]: 9, [faB]: 0 }, 'family');
    assert.equal(r.scores.availability, null, 'a 9 and a 0 are not answers, so availability has no score');
    assert.deepEqual(r.weakest, []);
    assert.deepEqual(qualityCoverage({ [faA]: 9, [faB]: '4' as never }, 'family')[0], { dimension: 'availability', answered: 0, asked: 2 });
  });
  it('ignores answers inherited from a prototype', () => {
    const inherited = Object.create({ [faA]: 1, [faB]: 1 }) as Record<string, number>;
    inherited[faB] = 5;
    assert.equal(qualityResult(inherited, 'family').scores.availability, 100, 'only the own answer, 5, counts');
    assert.deepEqual(qualityShownAnswers(inherited, 'family'), { [faB]: 5 }, 'a form submits only the own answer');
  });
  it('scores any answers given as a non-object as nothing answered, without throwing', () => {
    for (const answers of [null, undefined, 42, 'x'])
      assert.equal(qualityResult(answers as never, 'staff').scores.availability, null, `answers ${String(answers)}`);
  });
});

describe('quality check: cleaning answers given as null or undefined', () => {
  it('takes null answers as nothing given, without an issue', () => {
    assert.deepEqual(cleanQualityAnswers(null), { value: {}, issues: [] });
  });
  it('takes an answer given as undefined as skipped, without an issue', () => {
    assert.deepEqual(cleanQualityAnswers({ [faA]: undefined, [faB]: 3 }), { value: { [faB]: 3 }, issues: [] });
  });
  it('reports an unknown question even when its answer is empty', () => {
    assert.deepEqual(cleanQualityAnswers({ nope: null }, 'a').issues, [{ path: 'a.nope', problem: 'unknown-id', received: null }]);
  });
});

describe('quality check: the answers a form submits', () => {
  it('leaves out the extension\'s answers unless asked for them', () => {
    const answers = { [faA]: 4, [faTrust]: 2 };
    assert.deepEqual(qualityShownAnswers(answers, 'family'), { [faA]: 4 });
    assert.deepEqual(qualityShownAnswers(answers, 'family', true), { [faA]: 4, [faTrust]: 2 });
  });
  it('leaves out answers that are not 1..5 and the other audience\'s', () => {
    const [stA] = idsOf('staff', 'availability');
    assert.deepEqual(qualityShownAnswers({ [faA]: 7, [faB]: 2, [stA]: 3 } as never, 'family'), { [faB]: 2 });
  });
});

describe('quality check: comparing perspectives with gaps', () => {
  it('shows a perspective without scores as having none, instead of failing', () => {
    const rows = compareQualityResults([
      { audience: 'family', scores: { usability: 50 } },
      { audience: 'staff' } as unknown as QualityComparable,
      { audience: 'staff', scores: null } as unknown as QualityComparable,
      { audience: 'staff', scores: { usability: 80 } },
    ]);
    assert.deepEqual(rows, [{ dimension: 'usability', scores: [50, null, null, 80], spread: 30, lowest: [0], highest: [3] }]);
  });
  it('shows an impossible score (not a finite number) as none', () => {
    const rows = compareQualityResults([
      { audience: 'family', scores: { usability: Number.NaN, trust: Infinity, availability: -Infinity } },
      { audience: 'staff', scores: { usability: 40, trust: 60, availability: 10 } },
    ]);
    for (const row of rows) {
      assert.equal(row.scores[0], null, `${row.dimension}: the impossible score is shown as none`);
      assert.equal(row.spread, null, `${row.dimension}: one real score alone shows no disagreement`);
    }
  });
  it('lists a dimension only one perspective scored after every disagreement, even a spread of 0', () => {
    const rows = compareQualityResults([
      { audience: 'family', scores: { availability: 50, trust: 10 } },
      { audience: 'staff', scores: { availability: 50 } },
    ]);
    assert.deepEqual(rows.map((r) => [r.dimension, r.spread]), [['availability', 0], ['trust', null]]);
  });
  it('marks every perspective that shares the lowest or the highest score', () => {
    const [row] = compareQualityResults([
      { audience: 'family', scores: { trust: 20 } }, { audience: 'staff', scores: { trust: 90 } },
      { audience: 'family', scores: { trust: 20 } }, { audience: 'staff', scores: { trust: 55 } },
    ]);
    assert.deepEqual([row.spread, row.lowest, row.highest], [70, [0, 2], [1]]);
  });
});
