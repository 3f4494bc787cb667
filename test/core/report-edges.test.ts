/**
 * Edges the first mutation runs of src/core/report found unguarded: 30 April and
 * 31 December in a leap year, a date with a stray character where a digit belongs or
 * a slash where a dash belongs, timestamps with a sign or a fraction, two unreadable
 * rows of one file for the same reason, and moves read from a report whose later period
 * lacks a B. (Kept apart from the first test files so that the mutation runs' incremental
 * results for those stay valid.)
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mergeQualityFiles, parseReportDate, qualityReport, qualityReportMoves, readQualityReportFile, type QualityReport } from '../../src/core/index.js';

describe('dates', () => {
  it('the 30th and 31st of a month in a leap year are days', () => {
    for (const day of ['2024-04-30', '2024-12-31', '2024-01-31']) assert.equal(parseReportDate(day), day, day);
  });

  it('a stray character where a digit or a dash belongs makes no date', () => {
    for (const text of ['2026-03-1/', '2026/03-01', '2026-03/01', '2026-0/-15']) assert.equal(parseReportDate(text), undefined, text);
  });

  it('a timestamp with a sign, a fraction or an exponent is no date', () => {
    for (const text of ['+1767225600000', '1767225600000.5', '1767225600000e0', '+1767225600']) assert.equal(parseReportDate(text), undefined, text);
  });
});

describe('files put together', () => {
  it('two rows of one file that cannot be read for the same reason are both named', () => {
    const file = readQualityReportFile('a.jsonl', '{"audience":\n{"audience":"family","answers":{"family-availability-quick-help":3}}\n{"x":\n{"audience":"family","answers":{"family-availability-quick-help":4}}');
    assert.deepEqual(mergeQualityFiles([file]).data.rejected, [
      { source: 'a.jsonl', row: 1, reason: 'not-json' },
      { source: 'a.jsonl', row: 3, reason: 'not-json' },
    ]);
  });
});

describe('moves', () => {
  it('a report whose later period lacks a B moves nothing on that B, and nothing throws', () => {
    const cell = { answered: 5, median: 50, mean: 50, distribution: [0, 0, 5, 0, 0] as [number, number, number, number, number], suppressed: false };
    const report: QualityReport = {
      total: 10, rejected: [], pairs: [],
      groups: [
        { audience: 'family', period: '2025', n: 5, dimensions: { availability: cell, usability: cell } },
        { audience: 'family', period: '2026', n: 5, dimensions: { usability: { ...cell, mean: 75 } } },
      ],
    };
    assert.deepEqual(qualityReportMoves(report).map((m) => [m.dimension, m.change]), [['usability', 25]]);
  });
});

describe('the total', () => {
  it('counts what the groups count: an entry given through the core API without a family or staff audience is in neither', () => {
    const family = { audience: 'family', answers: { 'family-availability-quick-help': 3 } };
    const stray = [{ audience: 'visitor', answers: { 'family-availability-quick-help': 3 } }, null, 'text', { answers: {} }];
    const families = Array.from({ length: 6 }, () => family);
    const report = qualityReport({ responses: [...families, ...stray] as never, rejected: [] });
    assert.equal(report.total, 6, 'six responses counted, the four strays not');
    assert.deepEqual(report.groups.filter((g) => g.service === undefined && g.period === undefined).map((g) => [g.audience, g.n]), [['family', 6]], 'the family group holds the same six');
  });
});
