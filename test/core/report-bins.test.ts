/**
 * Each B keeps its own 101 score bins and five answer bins, side by side in one typed
 * array: an answer outside 1..5 given straight to the report (the `responses` property
 * is not read through the file readers) must not land in the neighbour B's bins.
 * Written for the bounds checks in src/core/report/tally.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { qualityReport, type QualityResponse } from '../../src/core/index.js';

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
