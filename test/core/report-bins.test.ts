/**
 * Each B keeps its own 101 score bins and five answer bins, side by side in one typed
 * array: an answer outside 1..5 given straight to the report (the `responses` property
 * is not read through the file readers) must not land in the neighbour B's bins; the
 * counting with no service or period totals; a period date with a time. Written for the
 * mutants of src/core/report/tally.ts and aggregate.ts that report-counts leaves.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanReportPeriod, qualityReport, reportScores, type QualityResponse } from '../../src/core/index.js';
import { countResponse, medianOf, totals } from '../../src/core/report/tally.js';

let serial = 0;
const many = (n: number, answers: Record<string, number>): QualityResponse[] =>
  Array.from({ length: n }, () => ({ audience: 'family', extended: false, answers, key: `b${serial++}`, source: 't' }));
const families = (responses: QualityResponse[]) => qualityReport({ responses, rejected: [] }).groups[0];

describe('answers outside 1..5', () => {
  it('an answer 0 in the second B changes neither the median nor the distribution of the first', () => {
    const g = families([...many(5, { 'family-availability-quick-help': 5 }), ...many(5, { 'family-reachability-easy-to-get-there': 0 })]);
    assert.deepEqual([g.dimensions.availability!.median, g.dimensions.availability!.distribution], [100, [0, 0, 0, 0, 5]]);
  });

  it('an answer 9 in the first B changes neither the median nor the distribution of the second', () => {
    const g = families([...many(5, { 'family-reachability-easy-to-get-there': 5 }), ...many(5, { 'family-availability-quick-help': 9 })]);
    assert.deepEqual([g.dimensions.reachability!.median, g.dimensions.reachability!.distribution], [100, [0, 0, 0, 0, 5]]);
  });
});

describe('the counting itself', () => {
  it('a response counted in its audience only (no service or period totals given) is counted there, once', () => {
    const top = totals();
    countResponse({ 'family-availability-quick-help': 5, 'family-usability-helped': 1 }, 'family', top, undefined, undefined);
    countResponse({ 'family-availability-quick-help': 3 }, 'family', top, undefined, undefined);
    assert.deepEqual([top.n, top.answered[0], top.sum[0], medianOf(top, 0), top.answered[3], top.pairAnswered[0]], [2, 2, 150, 75, 1, 2]);
  });

  it('a response scored: only questions of the bank count, per B', () => {
    assert.deepEqual(reportScores({ 'family-availability-quick-help': 3, note: 5, 'family-usability-helped': 4 }), { availability: 50, usability: 75 });
  });
});

describe('a period date is a day, nothing more', () => {
  it('a date with a time, or a list holding a date, is no period date', () => {
    for (const bad of ['2026-02-28T00:00:00.000Z', ['2026-02-28']]) {
      assert.deepEqual(cleanReportPeriod(bad), { value: 'year', issues: [{ path: 'period', problem: 'invalid-value', received: bad }] }, JSON.stringify(bad));
    }
  });
});
