/**
 * Files put together (what each load added, what was already there, what could not be
 * read), the weakest B's first, what moved between periods, and which family question is
 * compared with which staff question. Written for the mutants of src/core/report/merge.ts,
 * moves.ts and pairs.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  QUALITY_PAIRS, mergeQualityFiles, qualityPairsOf, qualityReport, qualityReportMoves, qualityUnpairedDimensions,
  readQualityReportFile, reportWeakest,
  type QualityAudience, type QualityResponse, type ReportGroup,
} from '../../src/core/index.js';

const value = (answers: Record<string, number>, audience: QualityAudience = 'family') => JSON.stringify({ audience, answers });
/** A JSON Lines file of samen values, one submission id per line. */
const lines = (...ids: string[]) => ids.map((id, i) => JSON.stringify({ sid: id, created: '2026-03-01', data: { q: value({ 'family-availability-quick-help': 1 + (i % 5) }) } })).join('\n');

describe('files put together', () => {
  it('each submission counted once, the first file keeping it; each file says what it found, added and already had', () => {
    const a = readQualityReportFile('a.jsonl', lines('1', '2', '3'));
    const b = readQualityReportFile('b.jsonl', lines('3', '4', '4'));
    assert.equal(a.source, 'a.jsonl');
    const { data, outcomes } = mergeQualityFiles([a, b]);
    assert.deepEqual(outcomes.map((o) => ({ ...o, rejected: o.rejected.length })), [
      { source: 'a.jsonl', found: 3, added: 3, duplicates: 0, rejected: 0 },
      { source: 'b.jsonl', found: 3, added: 1, duplicates: 2, rejected: 0 },
    ]);
    assert.deepEqual(data.responses.map((r) => [r.key.replace(/@.*/, ''), r.source]), [['id:sid=1', 'a.jsonl'], ['id:sid=2', 'a.jsonl'], ['id:sid=3', 'a.jsonl'], ['id:sid=4', 'b.jsonl']]);
    assert.deepEqual(mergeQualityFiles([]), { data: { responses: [], rejected: [] }, outcomes: [] });
  });

  it('every unreadable row and file is named once, even when the same file is loaded twice', () => {
    const text = `${lines('1')}\n{oops\n${JSON.stringify({ sid: '9', data: { q: '{"audience":"family","answers":{}}' } })}\n{"x":1}`;
    const first = readQualityReportFile('c.jsonl', text);
    const unreadable = readQualityReportFile('d.csv', null);
    const { data, outcomes } = mergeQualityFiles([first, unreadable, readQualityReportFile('c.jsonl', text), readQualityReportFile('d.csv', null)]);
    assert.deepEqual(data.rejected, [
      { source: 'c.jsonl', row: 2, reason: 'not-json' },
      { source: 'c.jsonl', row: 3, reason: 'no-answers' },
      { source: 'c.jsonl', row: 4, reason: 'not-samen' },
      { source: 'd.csv', reason: 'unreadable' },
    ]);
    assert.deepEqual(outcomes.map((o) => o.rejected.length), [3, 1, 3, 1], 'each load still says what it could not read');
    // The same rows of another file are that file's own.
    assert.equal(mergeQualityFiles([first, readQualityReportFile('e.jsonl', text)]).data.rejected.length, 6);
  });
});

describe('weakest first, and what moved', () => {
  let serial = 0;
  const many = (n: number, answers: Record<string, number>, date?: string): QualityResponse[] =>
    Array.from({ length: n }, () => ({ audience: 'family', extended: false, answers, key: `m${serial++}`, source: 't', ...(date ? { date } : {}) }));

  it('the B\'s with figures, lowest mean first, hidden ones left out, ties in the order of the B\'s', () => {
    const r = qualityReport({ responses: [
      ...many(5, { 'family-availability-quick-help': 4, 'family-reachability-easy-to-get-there': 2, 'family-affordability-could-pay': 4, 'family-usability-helped': 5 }),
      ...many(2, { 'family-comprehensibility-clear-information': 1 }),
    ], rejected: [] });
    assert.deepEqual(reportWeakest(r.groups[0]), ['reachability', 'availability', 'affordability', 'usability']);
    const empty: ReportGroup = { audience: 'family', n: null, dimensions: {} };
    assert.deepEqual(reportWeakest(empty), []);
  });

  it('between consecutive years only, biggest change first, hidden figures and undated responses left out', () => {
    const q = 'family-availability-quick-help';
    const h = 'family-usability-helped';
    const r = qualityReport({ responses: [
      ...many(5, { [q]: 2, [h]: 3 }, '2024-05-01'),
      ...many(5, { [q]: 3, [h]: 5 }, '2025-05-01'),
      ...many(5, { [q]: 5 }, '2026-05-01'),
      ...many(5, { [q]: 1, [h]: 1 }),
    ], rejected: [] });
    assert.deepEqual(qualityReportMoves(r).map((m) => [m.dimension, m.from, m.to, m.before, m.after, m.change]), [
      ['usability', '2024', '2025', { mean: 50, answered: 5 }, { mean: 100, answered: 5 }, 50],
      ['availability', '2025', '2026', { mean: 50, answered: 5 }, { mean: 100, answered: 5 }, 50],
      ['availability', '2024', '2025', { mean: 25, answered: 5 }, { mean: 50, answered: 5 }, 25],
    ]);
    assert.ok(qualityReportMoves(r).every((m) => m.audience === 'family'), 'every move says whose answers moved');
    // A fall counts as much as a rise; one period alone moves nothing.
    const fall = qualityReport({ responses: [...many(5, { [q]: 5, [h]: 3 }, '2025-01-01'), ...many(5, { [q]: 1, [h]: 4 }, '2026-01-01')], rejected: [] });
    assert.deepEqual(qualityReportMoves(fall).map((m) => [m.dimension, m.change]), [['availability', -100], ['usability', 25]]);
    assert.deepEqual(qualityReportMoves(qualityReport({ responses: many(5, { [q]: 5 }, '2025-01-01'), rejected: [] })), []);
  });
});

describe('which questions are compared', () => {
  it('the fourteen pairs, the family question first, each with the staff question that asks the same thing', () => {
    assert.deepEqual(QUALITY_PAIRS.map((p) => `${p.family} ~ ${p.staff}`), [
      'family-availability-quick-help ~ staff-availability-waiting-list',
      'family-availability-easy-to-arrange ~ staff-availability-paperwork',
      'family-reachability-easy-to-get-there ~ staff-reachability-distance-transport',
      'family-reachability-suitable-times ~ staff-reachability-opening-hours',
      'family-affordability-could-pay ~ staff-affordability-price',
      'family-affordability-no-extra-costs ~ staff-affordability-hidden-costs',
      'family-usability-helped ~ staff-usability-fits-needs',
      'family-usability-fits-family ~ staff-usability-specific-families',
      'family-comprehensibility-explained-during ~ staff-comprehensibility-explained-during',
      'family-awareness-heard-about ~ staff-awareness-known-by-families',
      'family-trust-same-person ~ staff-trust-named-contact',
      'family-affordability-ask-lower-price ~ staff-affordability-discreet-reductions',
      'family-comprehensibility-own-language ~ staff-comprehensibility-languages-families-speak',
      'family-comprehensibility-told-other-help ~ staff-comprehensibility-rights',
    ]);
  });

  it('the pairs of one B, and no B without a pair', () => {
    assert.deepEqual(qualityPairsOf('availability'), [
      { family: 'family-availability-quick-help', staff: 'staff-availability-waiting-list' },
      { family: 'family-availability-easy-to-arrange', staff: 'staff-availability-paperwork' },
    ]);
    assert.deepEqual(qualityPairsOf('trust'), [{ family: 'family-trust-same-person', staff: 'staff-trust-named-contact' }]);
    assert.equal(qualityPairsOf('comprehensibility').length, 3);
    assert.deepEqual(qualityUnpairedDimensions(), []);
  });
});
