import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  QUALITY_DIMENSIONS, QUALITY_PAIRS, qualityQuestion, qualityPairsOf, qualityUnpairedDimensions,
  readQualityFile, readQualityReportFile, mergeQualityFiles, qualityReport, qualityReportMoves, reportWeakest,
  cleanMinGroup, cleanReportPeriod, parseReportDate, readQualityValue, reportScores, qualityResult, QUALITY_QUESTIONS,
  type QualityAudience, type QualityResponse, type QualityReport, type ReportCell, type ReportGroup,
} from '../../src/core/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/exports/${name}`, import.meta.url), 'utf8');
const group = (report: QualityReport, audience: QualityAudience, extra: Partial<ReportGroup> = {}) =>
  report.groups.find((g) => g.audience === audience && g.service === extra.service && g.period === extra.period);
const reportOf = (...files: Array<[string, string]>) =>
  qualityReport(mergeQualityFiles(files.map(([name, text]) => readQualityReportFile(name, text))).data, { minGroup: 3 });

describe('reading exports of host form engines', () => {
  it('Drupal Webform (Dutch titles, Belgian Excel: ; BOM CRLF, day-first dates): six families, one staff, the draft named', () => {
    const read = readQualityFile('webform.csv', fixture('drupal-webform-nl-excel.csv'));
    assert.equal(read.responses.length, 7);
    assert.deepEqual(read.rejected, [{ source: 'webform.csv', row: 9, reason: 'empty' }]);
    assert.deepEqual(read.responses.map((r) => r.date), ['2025-02-03', '2025-02-10', '2026-03-04', '2026-03-05', '2026-03-12', '2026-03-20', '2026-03-21']);
    // The UUID column, whatever its title, recognises the submission.
    assert.match(read.responses[0].key, /^id:Inzendings-UUID=0b6c8f0e/);
    assert.equal(read.responses[2].service, 'Consultatiebureau De Linde');
    const report = reportOf(['webform.csv', fixture('drupal-webform-nl-excel.csv')]);
    const families = group(report, 'family')!;
    assert.equal(families.n, 6);
    // quick-help 1,2,3,4,5,5 -> 0,25,50,75,100,100: median (50+75)/2, mean 350/6.
    assert.deepEqual(families.dimensions.availability, { answered: 6, median: 63, mean: 58, distribution: [1, 1, 1, 1, 2], suppressed: false });
    assert.equal(families.dimensions.affordability!.median, 50);
    // One staff response: hidden, no figure anywhere, not even in the comparison.
    assert.equal(group(report, 'staff')!.n, null);
    assert.equal(group(report, 'staff')!.dimensions.availability!.suppressed, true);
    assert.ok(report.pairs.every((p) => p.staff === null && p.gap === null));
  });

  it('WordPress Flamingo (Contact Form 7): rows read, a cut-off value and a later version named', () => {
    const read = readQualityFile('flamingo.csv', fixture('wordpress-flamingo.csv'));
    assert.equal(read.responses.length, 4);
    assert.deepEqual(read.rejected, [
      { source: 'flamingo.csv', row: 6, reason: 'not-json' },
      { source: 'flamingo.csv', row: 7, reason: 'unknown-version' },
    ]);
    assert.deepEqual(read.responses.map((r) => r.date), ['2026-04-02', '2026-04-03', '2026-04-03', '2026-04-04']);
    // No id column: the content and the time recognise the submission.
    assert.match(read.responses[0].key, /^h:/);
    assert.equal(new Set(read.responses.map((r) => r.key)).size, 4);
  });

  it('LimeSurvey (BOM, ; quoted, trailing blank line): incomplete and non-samen answers named', () => {
    const read = readQualityFile('limesurvey.csv', fixture('limesurvey.csv'));
    assert.deepEqual(read.responses.map((r) => [r.audience, r.date]), [
      ['staff', '2025-11-03'], ['staff', '2025-11-04'], ['staff', '2025-11-05'], ['family', '2025-11-08'],
    ]);
    assert.deepEqual(read.rejected, [
      { source: 'limesurvey.csv', row: 5, reason: 'empty' },
      { source: 'limesurvey.csv', row: 6, reason: 'not-json' },
    ]);
    assert.match(read.responses[0].key, /^id:id=1@/);
    const staff = group(reportOf(['ls.csv', fixture('limesurvey.csv')]), 'staff')!;
    // waiting-list 1,2,3 -> 0,25,50.
    assert.deepEqual([staff.n, staff.dimensions.availability!.median, staff.dimensions.availability!.mean], [3, 25, 25]);
  });

  it('samen saved files as JSON Lines, a JSON array and one document', () => {
    const lines = readQualityFile('saved.jsonl', fixture('samen-saved.jsonl'));
    assert.equal(lines.responses.length, 3);
    assert.deepEqual(lines.rejected, [{ source: 'saved.jsonl', row: 3, reason: 'not-json' }]);
    assert.equal(lines.responses[0].date, '2026-05-01');
    const docs = fixture('samen-saved.jsonl').split('\n').filter((l) => l.endsWith('}'));
    assert.equal(readQualityFile('a.json', `[${docs.join(',')}]`).responses.length, 3);
    assert.equal(readQualityFile('one.json', docs[0]).responses.length, 1);
    // A host's JSON export: submissions in a wrapper, the value in a field of `data`.
    const webformJson = JSON.stringify({ submissions: [{ sid: '4', created: '1767225600', data: { quality: docs[0] } }] });
    const wrapped = readQualityFile('export.json', webformJson).responses;
    assert.deepEqual(wrapped.map((r) => [r.key.startsWith('id:uuid') || r.key.startsWith('id:sid=4'), r.date]), [[true, '2026-01-01']]);
  });

  it('names every file that cannot be read, with its reason', () => {
    assert.deepEqual(readQualityFile('x.csv', null).rejected, [{ source: 'x.csv', reason: 'unreadable' }]);
    assert.deepEqual(readQualityFile('x.csv', '  \r\n').rejected, [{ source: 'x.csv', reason: 'empty' }]);
    assert.deepEqual(readQualityFile('x.json', '{"a":').rejected, [{ source: 'x.json', reason: 'not-json' }]);
    assert.deepEqual(readQualityFile('x.json', '{"a":1}').rejected, [{ source: 'x.json', reason: 'not-samen' }]);
    assert.deepEqual(readQualityFile('x.csv', 'name;email\r\nAn;an@example.org').rejected, [{ source: 'x.csv', reason: 'no-samen-column' }]);
    assert.deepEqual(readQualityFile('big.csv', 'x'.repeat(20 * 1024 * 1024 + 1)).rejected, [{ source: 'big.csv', reason: 'too-large' }]);
    assert.equal(readQualityValue({ audience: 'family', answers: { 'family-availability-quick-help': 9 } }).ok, false);
  });

  it('a second load adds to the first and recognises the same submissions', () => {
    const a = readQualityReportFile('webform.csv', fixture('drupal-webform-nl-excel.csv'));
    const b = readQualityReportFile('limesurvey.csv', fixture('limesurvey.csv'));
    const again = readQualityReportFile('webform (1).csv', fixture('drupal-webform-nl-excel.csv'));
    const { data, outcomes } = mergeQualityFiles([a, b, again]);
    assert.deepEqual(outcomes.map((o) => [o.found, o.added, o.duplicates]), [[7, 7, 0], [4, 4, 0], [7, 0, 7]]);
    assert.equal(data.responses.length, 11);
    assert.equal(data.rejected.length, 1 + 2 + 1);
  });
});

describe('dates, min-group and periods', () => {
  it('reads the dates form engines write', () => {
    assert.equal(parseReportDate('2026-03-01 14:05:00'), '2026-03-01');
    assert.equal(parseReportDate('2026-03-01T23:30:00+01:00'), '2026-03-01');
    assert.equal(parseReportDate('1/03/2026 10:15'), '2026-03-01');
    assert.equal(parseReportDate('01.03.2026'), '2026-03-01');
    assert.equal(parseReportDate('1767225600'), '2026-01-01');
    assert.equal(parseReportDate('31/02/2026'), undefined);
    assert.equal(parseReportDate('17'), undefined);
    assert.equal(parseReportDate('192.0.2.10'), undefined);
  });
  it('raises min-group below 3 to 3 with an issue; defaults to 5', () => {
    assert.deepEqual(cleanMinGroup(undefined), { value: 5, issues: [] });
    assert.equal(cleanMinGroup('2').value, 3);
    assert.equal(cleanMinGroup('2').issues[0].problem, 'out-of-range');
    assert.equal(cleanMinGroup('abc').value, 5);
    assert.equal(cleanMinGroup(8).value, 8);
    assert.equal(cleanReportPeriod('2026-02-30').value, 'year');
    assert.equal(cleanReportPeriod('2026-02-28').value, '2026-02-28');
  });
});

// ---- property tests --------------------------------------------------------------

const FAMILY_IDS = ['family-availability-quick-help', 'family-availability-easy-to-arrange', 'family-affordability-could-pay', 'family-trust-same-person'];
const STAFF_IDS = ['staff-availability-waiting-list', 'staff-affordability-price', 'staff-trust-named-contact'];
let serial = 0;
/** A response with a unique key. */
const responseArb: fc.Arbitrary<QualityResponse> = fc.record({
  audience: fc.constantFrom<QualityAudience>('family', 'staff'),
  service: fc.constantFrom(undefined, 'A', 'B', 'C'),
  year: fc.constantFrom(undefined, '2025', '2026'),
  values: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), { minLength: 4, maxLength: 4 }),
}).map(({ audience, service, year, values }) => {
  const ids = audience === 'family' ? FAMILY_IDS : STAFF_IDS;
  const answers: Record<string, number> = {};
  ids.forEach((id, i) => values[i] !== undefined && (answers[id] = values[i]!));
  if (!Object.keys(answers).length) answers[ids[0]] = 3;
  const r: QualityResponse = { audience, extended: audience === 'family', answers, key: `k${serial++}`, source: 'test' };
  if (service) r.service = service;
  if (year) r.date = `${year}-06-01`;
  return r;
});
const dataOf = (responses: QualityResponse[]) => ({ responses, rejected: [] });

describe('report properties', () => {
  it('the order of the responses never changes the result', () => {
    fc.assert(fc.property(fc.array(responseArb, { maxLength: 40 }), fc.integer({ min: 3, max: 6 }), (responses, minGroup) => {
      const shuffled = [...responses].reverse().sort(() => 0).sort((a, b) => (a.key < b.key ? 1 : -1));
      assert.deepEqual(qualityReport(dataOf(shuffled), { minGroup }), qualityReport(dataOf(responses), { minGroup }));
    }), { numRuns: 150 });
  });

  it('adding a response changes only its groups: elsewhere a figure shown before and after is the same', () => {
    fc.assert(fc.property(fc.array(responseArb, { maxLength: 40 }), responseArb, (responses, extra) => {
      const before = qualityReport(dataOf(responses), { minGroup: 3 });
      const after = qualityReport(dataOf([...responses, extra]), { minGroup: 3 });
      assert.equal(after.total, before.total + 1);
      const holds = (g: ReportGroup) => g.audience === extra.audience && (g.service === undefined || g.service === (extra.service ?? '') || g.service === extra.service)
        && (g.period === undefined || g.period === (extra.date?.slice(0, 4) ?? 'undated'));
      for (const g of after.groups.filter((x) => !holds(x))) {
        const old = before.groups.find((x) => x.audience === g.audience && x.service === g.service && x.period === g.period);
        if (!old) continue;
        for (const d of QUALITY_DIMENSIONS) {
          const a: ReportCell | undefined = old.dimensions[d];
          const b: ReportCell | undefined = g.dimensions[d];
          if (a && b && !a.suppressed && !b.suppressed) assert.deepEqual(b, a);
        }
      }
    }), { numRuns: 150 });
  });

  it('suppression never leaks: no shown figure rests on fewer than min-group, and no split lets a hidden group be worked out', () => {
    fc.assert(fc.property(fc.array(responseArb, { maxLength: 60 }), fc.integer({ min: 3, max: 7 }), (responses, minGroup) => {
      const report = qualityReport(dataOf(responses), { minGroup });
      const truth = (g: ReportGroup) => responses.filter((r) => r.audience === g.audience
        && (g.service === undefined || (r.service ?? '') === g.service || g.period === undefined && g.service === r.service && !g.period)
        && (g.period === undefined || (r.date?.slice(0, 4) ?? 'undated') === g.period));
      const answeredIn = (rs: QualityResponse[], d: string) => rs.filter((r) => Object.keys(r.answers).some((id) => qualityQuestion(id)?.dimension === d)).length;
      for (const g of report.groups) {
        const members = truth(g);
        if (g.n !== null) assert.ok(g.n >= minGroup && g.n === members.length);
        for (const d of QUALITY_DIMENSIONS) {
          const cell = g.dimensions[d];
          if (!cell) continue;
          if (cell.suppressed) assert.deepEqual([cell.answered, cell.median, cell.mean, cell.distribution], [null, null, null, null]);
          else assert.ok(cell.answered! >= minGroup && cell.answered === answeredIn(members, d));
        }
      }
      // Within each split of an audience: parent minus the shown children gives the hidden
      // children together, so together they must be nobody or at least min-group people.
      for (const audience of ['family', 'staff'] as const) {
        const parent = report.groups.find((g) => g.audience === audience && g.period === undefined && (g.service === undefined || !report.groups.some((x) => x.audience === audience && x.service !== undefined && x !== g && x.period === undefined)));
        if (!parent) continue;
        for (const key of ['service', 'period'] as const) {
          const children = report.groups.filter((g) => g.audience === audience && g[key] !== undefined && (key === 'period' || g.period === undefined) && g !== parent);
          if (children.length < 2) continue;
          if (parent.n !== null) {
            const hiddenPeople = children.filter((c) => c.n === null).reduce((s, c) => s + truth(c).length, 0);
            assert.ok(hiddenPeople === 0 || hiddenPeople >= minGroup, `${key}: ${hiddenPeople} hidden people`);
          }
          for (const d of QUALITY_DIMENSIONS) {
            if (!parent.dimensions[d] || parent.dimensions[d]!.suppressed) continue;
            const hidden = children.filter((c) => c.dimensions[d]!.suppressed).reduce((s, c) => s + answeredIn(truth(c), d), 0);
            assert.ok(hidden === 0 || hidden >= minGroup, `${key} ${d}: ${hidden} hidden answers`);
          }
        }
      }
      // The comparison only shows a side that enough people answered.
      for (const p of report.pairs) {
        for (const side of ['family', 'staff'] as const) {
          if (p[side] === null) continue;
          const ids = new Set(qualityPairsOf(p.dimension).map((x) => x[side]));
          assert.ok(responses.filter((r) => r.audience === side && Object.keys(r.answers).some((id) => ids.has(id))).length >= minGroup);
        }
      }
    }), { numRuns: 300 });
  });
});

describe('scoring', () => {
  it('scores each response exactly as the quality checker does', () => {
    const idsArb = fc.subarray(QUALITY_QUESTIONS.filter((q) => q.audience === 'staff').map((q) => q.id));
    fc.assert(fc.property(idsArb, fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 40, maxLength: 40 }), (ids, values) => {
      const answers = Object.fromEntries(ids.map((id, i) => [id, values[i]]));
      const checker = Object.fromEntries(Object.entries(qualityResult(answers, 'staff', true).scores).filter(([, v]) => v !== null));
      assert.deepEqual(reportScores(answers), checker);
    }));
  });
});

describe('families next to staff, periods, weakest first', () => {
  const many = (audience: QualityAudience, answers: Record<string, number>, n: number, date?: string): QualityResponse[] =>
    Array.from({ length: n }, (_, i) => ({ audience, extended: false, answers, key: `${audience}${date}${i}${JSON.stringify(answers)}`, source: 't', ...(date ? { date } : {}) }));

  it('every pair asks the same B of both audiences, and no question is paired twice', () => {
    for (const p of QUALITY_PAIRS) {
      assert.equal(qualityQuestion(p.family)?.audience, 'family');
      assert.equal(qualityQuestion(p.staff)?.audience, 'staff');
      assert.equal(qualityQuestion(p.family)?.dimension, qualityQuestion(p.staff)?.dimension);
    }
    assert.equal(new Set(QUALITY_PAIRS.map((p) => p.family)).size, QUALITY_PAIRS.length);
    assert.equal(new Set(QUALITY_PAIRS.map((p) => p.staff)).size, QUALITY_PAIRS.length);
    assert.deepEqual(qualityUnpairedDimensions(), QUALITY_DIMENSIONS.filter((d) => !qualityPairsOf(d).length));
  });

  it('compares paired questions only, biggest gap first', () => {
    const responses = [
      // Families: quick-help 1 (paired with waiting-list), easy-to-arrange 5 (paired with paperwork), could-pay 4.
      ...many('family', { 'family-availability-quick-help': 1, 'family-availability-easy-to-arrange': 5, 'family-affordability-could-pay': 4 }, 5),
      // Staff: unspoken-needs is unpaired and must not count.
      ...many('staff', { 'staff-availability-waiting-list': 3, 'staff-availability-paperwork': 3, 'staff-availability-unspoken-needs': 1, 'staff-affordability-price': 5 }, 5),
    ];
    const report = qualityReport(dataOf(responses));
    assert.deepEqual(report.pairs.slice(0, 2), [
      { dimension: 'affordability', family: 75, staff: 100, gap: -25 },
      { dimension: 'availability', family: 50, staff: 50, gap: 0 },
    ]);
    assert.deepEqual(reportWeakest(group(report, 'staff')!), ['availability', 'affordability']);
  });

  it('splits by year or at a date the user picks, and says what moved with the n behind it', () => {
    const responses = [...many('family', { 'family-usability-helped': 2 }, 5, '2025-05-01'), ...many('family', { 'family-usability-helped': 4 }, 6, '2026-05-01')];
    const byYear = qualityReport(dataOf(responses));
    assert.deepEqual(byYear.groups.map((g) => [g.period, g.n]), [[undefined, 11], ['2025', 5], ['2026', 6]]);
    assert.deepEqual(qualityReportMoves(byYear).map((m) => [m.dimension, m.before, m.after, m.change]), [['usability', { mean: 25, answered: 5 }, { mean: 75, answered: 6 }, 50]]);
    const split = qualityReport(dataOf(responses), { period: '2026-01-01' });
    assert.deepEqual(split.groups.map((g) => g.period), [undefined, 'before-2026-01-01', 'from-2026-01-01']);
    assert.equal(qualityReport(dataOf(responses), { period: 'none' }).groups.length, 1);
  });

  it('hides a small period and, with it, the period that would give it away', () => {
    const responses = [...many('family', { 'family-usability-helped': 2 }, 2, '2024-05-01'), ...many('family', { 'family-usability-helped': 4 }, 6, '2025-05-01'), ...many('family', { 'family-usability-helped': 5 }, 7, '2026-05-01')];
    const report = qualityReport(dataOf(responses));
    assert.deepEqual(report.groups.map((g) => [g.period, g.n]), [[undefined, 15], ['2024', null], ['2025', null], ['2026', 7]]);
    assert.equal(report.groups[2].dimensions.usability!.protects, true);
  });
});
