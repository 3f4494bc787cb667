/**
 * What a coordinator reads in the report's tables, on small hand-made sets of responses:
 * the counts, medians and means, which groups and B's are hidden (and which are hidden to
 * protect a smaller one), the order of services and periods, and the settings `min-group`
 * and `period`. Written for the mutants of src/core/report/aggregate.ts and tally.ts that
 * the comparison with the plain reading (report-fast.test.ts) cannot see.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  QUALITY_CORE_DIMENSIONS, QUALITY_DIMENSIONS, cleanMinGroup, cleanReportPeriod, qualityReport,
  type QualityAudience, type QualityReport, type QualityResponse, type ReportGroup,
} from '../../src/core/index.js';

let serial = 0;
/** `n` responses of one audience with the same answers. */
function many(n: number, audience: QualityAudience, answers: Record<string, number>, extra: Partial<QualityResponse> = {}): QualityResponse[] {
  return Array.from({ length: n }, () => ({ audience, extended: false, answers, key: `k${serial++}`, source: 't', ...extra }));
}
const QUICK = 'family-availability-quick-help';
const HELPED = 'family-usability-helped';
const report = (responses: unknown[], options = {}) => qualityReport({ responses: responses as QualityResponse[], rejected: [] }, options);
const find = (r: QualityReport, audience: QualityAudience, extra: Partial<ReportGroup> = {}) =>
  r.groups.find((g) => g.audience === audience && g.service === extra.service && g.period === extra.period);
const sizes = (r: QualityReport) => r.groups.map((g) => [g.service ?? g.period ?? 'all', g.n]);

describe('min-group and period settings', () => {
  it('min-group: empty means 5; whole numbers from 3 are kept; below 3 becomes 3; anything else 5, each with an issue', () => {
    for (const empty of [null, undefined, '']) assert.deepEqual(cleanMinGroup(empty), { value: 5, issues: [] });
    assert.deepEqual(cleanMinGroup(3), { value: 3, issues: [] });
    assert.deepEqual(cleanMinGroup(' 4 '), { value: 4, issues: [] });
    assert.deepEqual(cleanMinGroup(2), { value: 3, issues: [{ path: 'min-group', problem: 'out-of-range', received: 2 }] });
    assert.deepEqual(cleanMinGroup('-7'), { value: 3, issues: [{ path: 'min-group', problem: 'out-of-range', received: '-7' }] });
    assert.deepEqual(cleanMinGroup(4.5), { value: 5, issues: [{ path: 'min-group', problem: 'invalid-value', received: 4.5 }] });
    assert.deepEqual(cleanMinGroup('vijf'), { value: 5, issues: [{ path: 'min-group', problem: 'invalid-value', received: 'vijf' }] });
    assert.deepEqual(cleanMinGroup(true), { value: 5, issues: [{ path: 'min-group', problem: 'invalid-value', received: true }] });
  });

  it('period: empty means year; year, none and a real date are kept; anything else is year with an issue', () => {
    for (const empty of [null, undefined, '']) assert.deepEqual(cleanReportPeriod(empty), { value: 'year', issues: [] });
    assert.deepEqual(cleanReportPeriod('none'), { value: 'none', issues: [] });
    assert.deepEqual(cleanReportPeriod('year'), { value: 'year', issues: [] });
    assert.deepEqual(cleanReportPeriod('2026-02-28'), { value: '2026-02-28', issues: [] });
    for (const bad of ['2026-02-30', '2026-13-01', '2026-2-28', 'x2026-02-28', '2026-02-28x', '2026-02-28 10:00', 'month', 20260228]) {
      assert.deepEqual(cleanReportPeriod(bad), { value: 'year', issues: [{ path: 'period', problem: 'invalid-value', received: bad }] }, String(bad));
    }
  });

  it('a bad setting never breaks the report: it falls back to 5 and to years', () => {
    const responses = [...many(5, 'family', { [QUICK]: 2 }, { date: '2025-03-01' }), ...many(5, 'family', { [QUICK]: 4 }, { date: '2026-03-01' })];
    const r = report(responses, { minGroup: 'abc', period: '2026-13-01' });
    assert.deepEqual(sizes(r), [['all', 10], ['2025', 5], ['2026', 5]]);
  });
});

describe('counts, medians and means', () => {
  it('a B answered by exactly min-group responses shows its figures; one fewer hides them', () => {
    const five = report(many(5, 'family', { [QUICK]: 5 }));
    assert.deepEqual(find(five, 'family')!.dimensions.availability, { answered: 5, median: 100, mean: 100, distribution: [0, 0, 0, 0, 5], suppressed: false });
    const four = report(many(4, 'family', { [QUICK]: 5 }), { minGroup: 5 });
    assert.equal(find(four, 'family')!.n, null, 'four responses with min-group 5: the group is hidden');
    assert.deepEqual(find(four, 'family')!.dimensions.availability, { answered: null, median: null, mean: null, distribution: null, suppressed: true });
  });

  it('the median of an odd and of an even number of scores, and the mean, rounded', () => {
    // Scores 0, 25, 100: median 25, mean 41.67.
    const odd = report([...many(1, 'family', { [QUICK]: 1 }), ...many(1, 'family', { [QUICK]: 2 }), ...many(1, 'family', { [QUICK]: 5 })], { minGroup: 3 });
    assert.deepEqual([find(odd, 'family')!.dimensions.availability!.median, find(odd, 'family')!.dimensions.availability!.mean], [25, 42]);
    // Scores 0, 0, 75, 100: median (0 + 75) / 2 = 37.5 -> 38, mean 43.75 -> 44.
    const even = report([...many(2, 'family', { [QUICK]: 1 }), ...many(1, 'family', { [QUICK]: 4 }), ...many(1, 'family', { [QUICK]: 5 })], { minGroup: 3 });
    assert.deepEqual([find(even, 'family')!.dimensions.availability!.median, find(even, 'family')!.dimensions.availability!.mean], [38, 44]);
    // One response answering two questions of a B: one score (their mean), two answers in the distribution.
    const two = report(many(3, 'family', { [QUICK]: 1, 'family-availability-easy-to-arrange': 4 }), { minGroup: 3 });
    assert.deepEqual(find(two, 'family')!.dimensions.availability, { answered: 3, median: 38, mean: 38, distribution: [3, 0, 0, 3, 0], suppressed: false });
  });

  it('each B is counted on its own: answers to one B never land in the next B', () => {
    const r = report(many(5, 'family', { [QUICK]: 5, 'family-reachability-easy-to-get-there': 1 }));
    const families = find(r, 'family')!;
    assert.deepEqual(families.dimensions.availability, { answered: 5, median: 100, mean: 100, distribution: [0, 0, 0, 0, 5], suppressed: false });
    assert.deepEqual(families.dimensions.reachability, { answered: 5, median: 0, mean: 0, distribution: [5, 0, 0, 0, 0], suppressed: false });
    assert.equal(families.dimensions.affordability!.suppressed, true, 'a B nobody answered shows no figure');
  });

  it('a response given straight to the report with an answer outside 1..5 changes no distribution and no other B', () => {
    const r = report([...many(5, 'family', { [QUICK]: 5, 'family-reachability-easy-to-get-there': 3 }), ...many(1, 'family', { [QUICK]: 9 })]);
    const families = find(r, 'family')!;
    assert.deepEqual(families.dimensions.availability!.distribution, [0, 0, 0, 0, 5]);
    assert.deepEqual(families.dimensions.reachability, { answered: 5, median: 50, mean: 50, distribution: [0, 0, 5, 0, 0], suppressed: false });
  });

  it('trust and being known are shown only when a response of that audience was asked them', () => {
    const core = find(report(many(5, 'family', { [QUICK]: 3 })), 'family')!;
    assert.deepEqual(Object.keys(core.dimensions), [...QUALITY_CORE_DIMENSIONS]);
    const extended = find(report([...many(4, 'family', { [QUICK]: 3 }), ...many(1, 'family', { [QUICK]: 3 }, { extended: true })]), 'family')!;
    assert.deepEqual(Object.keys(extended.dimensions), [...QUALITY_DIMENSIONS]);
  });

  it('responses that are not of families or staff are not counted in any group, and nothing throws', () => {
    const r = report([null, 7, { audience: 'parents', answers: { [QUICK]: 3 } }, ...many(5, 'staff', { 'staff-availability-waiting-list': 3 })]);
    assert.deepEqual(r.groups.map((g) => [g.audience, g.n]), [['staff', 5]]);
    assert.deepEqual(qualityReport(null as never), { total: 0, rejected: [], groups: [], pairs: [] });
  });

  it('what could not be read is passed on, as a copy', () => {
    const rejected = [{ source: 'a.csv', row: 3, reason: 'not-json' as const }];
    const r = qualityReport({ responses: many(5, 'family', { [QUICK]: 3 }), rejected });
    assert.deepEqual(r.rejected, rejected);
    assert.notEqual(r.rejected, rejected, 'the report keeps its own list');
    assert.equal(r.total, 5);
  });
});

describe('groups per service and per period', () => {
  it('no service named: no service groups; one named: a group per service, the unnamed ones last', () => {
    assert.deepEqual(sizes(report(many(6, 'family', { [QUICK]: 3 }))), [['all', 6]]);
    const r = report([...many(5, 'family', { [QUICK]: 3 }), ...many(5, 'family', { [QUICK]: 3 }, { service: 'Zonnebloem' }), ...many(5, 'family', { [QUICK]: 3 }, { service: 'Akker' })]);
    assert.deepEqual(sizes(r), [['all', 15], ['Akker', 5], ['Zonnebloem', 5], ['', 5]]);
  });

  it('periods: one year alone makes no period groups; years in order with the undated last; none makes none', () => {
    assert.deepEqual(sizes(report(many(6, 'family', { [QUICK]: 3 }, { date: '2026-01-05' }))), [['all', 6]]);
    const responses = [...many(5, 'family', { [QUICK]: 3 }, { date: '2026-01-05' }), ...many(5, 'family', { [QUICK]: 3 }), ...many(5, 'family', { [QUICK]: 3 }, { date: '2025-12-31' })];
    assert.deepEqual(sizes(report(responses)), [['all', 15], ['2025', 5], ['2026', 5], ['undated', 5]]);
    assert.deepEqual(sizes(report(responses, { period: 'none' })), [['all', 15]]);
  });

  it('split at a date: a response made on that day counts from it', () => {
    const responses = [...many(5, 'family', { [QUICK]: 1 }, { date: '2026-02-28' }), ...many(5, 'family', { [QUICK]: 5 }, { date: '2026-03-01' }), ...many(3, 'family', { [QUICK]: 5 }, { date: '2026-02-27' })];
    const r = report(responses, { period: '2026-02-28', minGroup: 3 });
    assert.deepEqual(sizes(r), [['all', 13], ['before-2026-02-28', 3], ['from-2026-02-28', 10]]);
  });
});

describe('small groups: hidden, and hidden to protect', () => {
  it('one small service: it is hidden, and the smallest shown service with it, so that the total does not give it away', () => {
    const r = report([...many(2, 'family', { [QUICK]: 1 }, { service: 'A' }), ...many(4, 'family', { [QUICK]: 3 }, { service: 'B' }), ...many(3, 'family', { [QUICK]: 5 }, { service: 'C' })], { minGroup: 3 });
    assert.deepEqual(sizes(r), [['all', 9], ['A', null], ['B', 4], ['C', null]]);
    assert.equal(find(r, 'family', { service: 'C' })!.dimensions.availability!.protects, true, 'C is hidden to protect A, and says so');
    assert.equal(find(r, 'family', { service: 'A' })!.dimensions.availability!.protects, undefined, 'A is hidden for its own size');
    assert.equal(find(r, 'family', { service: 'B' })!.dimensions.availability!.suppressed, false);
  });

  it('of two equally small shown services, the last in the order is the one hidden', () => {
    const r = report([...many(2, 'family', { [QUICK]: 1 }, { service: 'A' }), ...many(3, 'family', { [QUICK]: 3 }, { service: 'B' }), ...many(3, 'family', { [QUICK]: 5 }, { service: 'C' })], { minGroup: 3 });
    assert.deepEqual(sizes(r), [['all', 8], ['A', null], ['B', 3], ['C', null]]);
  });

  it('hidden services that hold min-group responses together need no protection', () => {
    const r = report([...many(2, 'family', { [QUICK]: 1 }, { service: 'A' }), ...many(1, 'family', { [QUICK]: 2 }, { service: 'B' }), ...many(5, 'family', { [QUICK]: 5 }, { service: 'C' })], { minGroup: 3 });
    assert.deepEqual(sizes(r), [['all', 8], ['A', null], ['B', null], ['C', 5]]);
  });

  it('a hidden audience hides every one of its groups, and a tiny report does not throw', () => {
    const r = report([...many(1, 'family', { [QUICK]: 1 }, { service: 'A', date: '2025-01-01' }), ...many(1, 'family', { [QUICK]: 2 }, { service: 'B', date: '2026-01-01' })], { minGroup: 3 });
    assert.deepEqual(sizes(r), [['all', null], ['A', null], ['B', null], ['2025', null], ['2026', null]]);
  });

  it('per B: a service where too few answered one B hides it, and the smallest other service hides it too', () => {
    const r = report([
      ...many(5, 'family', { [QUICK]: 3, [HELPED]: 1 }, { service: 'A' }),
      ...many(5, 'family', { [QUICK]: 3, [HELPED]: 5 }, { service: 'B' }),
      ...many(3, 'family', { [QUICK]: 3, [HELPED]: 4 }, { service: 'C' }),
      ...many(3, 'family', { [QUICK]: 3 }, { service: 'C' }),
      ...many(1, 'family', { [QUICK]: 3, [HELPED]: 2 }, { service: 'D' }),
      ...many(4, 'family', { [QUICK]: 3 }, { service: 'D' }),
    ], { minGroup: 5 });
    const usability = (svc: string) => find(r, 'family', { service: svc })!.dimensions.usability!;
    assert.deepEqual([usability('A').suppressed, usability('B').suppressed, usability('C').suppressed, usability('D').suppressed], [false, true, true, true]);
    assert.equal(usability('B').protects, true, 'B (5, the last of the smallest) hides its usability to protect C and D');
    assert.equal(usability('C').protects, undefined);
    assert.equal(find(r, 'family', { service: 'B' })!.dimensions.availability!.suppressed, false, 'only usability is hidden in B');
  });
});

describe('families next to staff', () => {
  const STAFF_WAIT = 'staff-availability-waiting-list';
  it('a side shows from exactly min-group paired answers; a hidden audience shows no side; gaps, biggest first, then the others in the order of the B\'s', () => {
    const r = report([
      ...many(5, 'family', { [QUICK]: 1, 'family-affordability-could-pay': 5, [HELPED]: 3 }),
      ...many(5, 'staff', { [STAFF_WAIT]: 3, 'staff-affordability-price': 4 }),
    ]);
    assert.deepEqual(r.pairs, [
      { dimension: 'availability', family: 0, staff: 50, gap: -50 },
      { dimension: 'affordability', family: 100, staff: 75, gap: 25 },
      { dimension: 'reachability', family: null, staff: null, gap: null },
      { dimension: 'usability', family: 50, staff: null, gap: null },
      { dimension: 'comprehensibility', family: null, staff: null, gap: null },
    ]);
    const hiddenStaff = report([...many(5, 'family', { [QUICK]: 1 }), ...many(4, 'staff', { [STAFF_WAIT]: 3 })]);
    assert.ok(hiddenStaff.pairs.every((p) => p.staff === null && p.gap === null), 'four staff with min-group 5: no staff figure in the comparison');
  });

  it('trust and being known are compared only when that audience was asked them', () => {
    const r = report([...many(5, 'family', { 'family-trust-same-person': 4 }, { extended: true }), ...many(5, 'staff', { 'staff-trust-named-contact': 2 })]);
    const trust = r.pairs.find((p) => p.dimension === 'trust');
    assert.deepEqual(trust, { dimension: 'trust', family: 75, staff: null, gap: null });
    const none = report(many(5, 'staff', { 'staff-trust-named-contact': 2 }));
    assert.equal(none.pairs.find((p) => p.dimension === 'trust'), undefined, 'staff not asked about trust: no trust row at all');
  });

  it('the comparison uses the paired questions only, each response scored on those alone', () => {
    // quick-help (paired) 5 and easy-to-arrange (paired) 1: 50; unspoken-needs (unpaired) does not count for staff.
    const r = report([
      ...many(5, 'family', { [QUICK]: 5, 'family-availability-easy-to-arrange': 1 }),
      ...many(5, 'staff', { [STAFF_WAIT]: 5, 'staff-availability-unspoken-needs': 1 }),
    ]);
    assert.deepEqual(r.pairs.find((p) => p.dimension === 'availability'), { dimension: 'availability', family: 50, staff: 100, gap: -50 });
    assert.equal(find(r, 'staff')!.dimensions.availability!.mean, 50, 'the table itself counts every question');
  });
});
