/**
 * The report's fast paths give what the plain ways give (test/core/report-reference.ts
 * keeps those): the one-pass totals, the value reader that keeps the parsed answers,
 * the ISO date read without a pattern, and the CSV read row by row. Random inputs,
 * damaged ones among them, so that a fast path that accepts or counts differently fails.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  QUALITY_QUESTIONS, parseReportDate, qualityFormValue, qualityReport, readQualityValue,
  type QualityAudience, type QualityResponse,
} from '../../src/core/index.js';
import { readTable } from '../../src/core/report/table.js';
import { plainQualityReport, plainQualityValue, plainReportDate } from './report-reference.js';

const IDS = QUALITY_QUESTIONS.map((q) => q.id);
const idsOf = (audience: QualityAudience) => QUALITY_QUESTIONS.filter((q) => q.audience === audience).map((q) => q.id);

/** Answers of one audience, sometimes with one of the other audience's questions. */
const answersArb = (audience: QualityAudience) => fc.record({
  own: fc.subarray(idsOf(audience), { minLength: 0 }),
  stray: fc.option(fc.constantFrom(...IDS), { nil: undefined }),
  values: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: IDS.length + 1, maxLength: IDS.length + 1 }),
}).map(({ own, stray, values }) => {
  const answers: Record<string, number> = {};
  own.forEach((id, i) => (answers[id] = values[i]));
  if (stray) answers[stray] = values[IDS.length];
  return answers;
});

let serial = 0;
const responseArb: fc.Arbitrary<QualityResponse> = fc.constantFrom<QualityAudience>('family', 'staff').chain((audience) => fc.record({
  answers: answersArb(audience),
  extended: fc.boolean(),
  service: fc.constantFrom(undefined, 'A', 'B', 'C', ''),
  date: fc.constantFrom(undefined, '2024-12-31', '2025-02-01', '2025-07-01', '2026-01-01', '2026-05-09'),
}).map(({ answers, extended, service, date }) => {
  const r: QualityResponse = { audience, extended, answers, key: `k${serial++}`, source: 't' };
  if (service !== undefined) r.service = service;
  if (date) r.date = date;
  return r;
}));

describe('fast paths give what the plain ways give', () => {
  it('the one-pass totals: the same report as scoring each response and adding it to each group', () => {
    fc.assert(fc.property(
      fc.array(responseArb, { maxLength: 80 }), fc.integer({ min: 3, max: 7 }), fc.constantFrom('year', 'none', '2025-06-01'),
      (responses, minGroup, period) => {
        const data = { responses, rejected: [] };
        assert.deepEqual(qualityReport(data, { minGroup, period }), plainQualityReport(data, { minGroup, period }));
      },
    ), { numRuns: 300 });
  });

  /** A cell as the checker writes it, then maybe damaged. */
  const cellArb = fc.constantFrom<QualityAudience>('family', 'staff').chain((audience) => fc.record({
    answers: answersArb(audience),
    extended: fc.boolean(),
    service: fc.constantFrom(undefined, 'De Linde', '  Huis "van" het Kind \\ Gent ', 'x'.repeat(130)),
    damage: fc.constantFrom('none', 'none', 'cut', 'char', 'bad-value', 'unknown-key', 'proto', 'version', 'no-format', 'no-audience', 'saved-at', 'spaces'),
    at: fc.nat(),
    char: fc.constantFrom('"', '}', ',', '\u0001', 'x', ' ', '\\'),
  }).map(({ answers, extended, service, damage, at, char }) => {
    let cell = qualityFormValue(answers, audience, extended, service);
    const doc = JSON.parse(cell);
    const write = (change: (d: Record<string, any>) => void) => (change(doc), JSON.stringify(doc));
    if (damage === 'cut') cell = cell.slice(0, at % cell.length);
    if (damage === 'char') cell = cell.slice(0, at % cell.length) + char + cell.slice(at % cell.length);
    if (damage === 'bad-value') cell = write((d) => (d.answers[IDS[at % IDS.length]] = [0, 6, 2.5, '3', null, true][at % 6]));
    if (damage === 'unknown-key') cell = write((d) => (d.answers.other = 3));
    if (damage === 'proto') cell = cell.replace('"answers":{', '"answers":{"__proto__":3,');
    if (damage === 'version') cell = write((d) => (d.version = 2));
    if (damage === 'no-format') cell = write((d) => delete d.format);
    if (damage === 'no-audience') cell = write((d) => delete d.audience);
    if (damage === 'saved-at') cell = write((d) => (d.savedAt = '2026-01-02'));
    if (damage === 'spaces') cell = ` ${JSON.stringify(doc, null, 2)}\n`;
    return cell;
  }));

  it('reading a value keeps the parsed answers only when the plain reading would give the same ones', () => {
    fc.assert(fc.property(cellArb, (cell) => {
      assert.deepEqual(readQualityValue(cell), plainQualityValue(cell));
      // The same value given as an object (the `responses` property): copied, never kept.
      let object: unknown;
      try {
        object = JSON.parse(cell);
      } catch {
        return;
      }
      const read = readQualityValue(object);
      assert.deepEqual(read, plainQualityValue(object));
      if (read.ok) assert.notEqual(read.response.answers, (object as { answers: unknown }).answers);
    }), { numRuns: 600 });
  });

  it('reading a value on a page that put an enumerable key on Object.prototype: own answers only', () => {
    const cell = qualityFormValue({ 'family-availability-quick-help': 4 }, 'family');
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto['family-trust-same-person'] = 2;
      assert.deepEqual(readQualityValue(cell), plainQualityValue(cell));
      assert.deepEqual(Object.keys((readQualityValue(cell) as { response: { answers: object } }).response.answers), ['family-availability-quick-help']);
    } finally {
      delete proto['family-trust-same-person'];
    }
  });

  it('an ISO date read without a pattern: the same day, or none, as the pattern gave', () => {
    const two = fc.integer({ min: 0, max: 39 }).map((n) => String(n).padStart(2, '0'));
    const iso = fc.tuple(fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')), two, two,
      fc.constantFrom('', 'T10:00:00', ' 10:05', 'x', 'Z', '  ', '-1')).map(([y, m, d, rest]) => `${y}-${m}-${d}${rest}`);
    const other = fc.oneof(fc.string({ maxLength: 14 }), fc.stringMatching(/^[0-9/.\- T:]{0,20}$/), fc.integer().map(String));
    fc.assert(fc.property(fc.oneof(iso, other, fc.integer({ min: 946684800, max: 4102444800 })), (value) => {
      assert.equal(parseReportDate(value), plainReportDate(value));
    }), { numRuns: 2000 });
    for (const value of ['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '0099-01-01', '0100-01-01', '2026-04-31 10:00', ' 2026-03-01 ']) {
      assert.equal(parseReportDate(value), plainReportDate(value), value);
    }
  });

  it('a CSV read row by row gives what the whole table read at once gives', () => {
    const rowArb = fc.record({
      cell: fc.oneof(cellArb, fc.constantFrom('', 'hallo', '{"a":1}')),
      date: fc.constantFrom('', '2026-03-01 10:00', '3/02/2025', 'gisteren'),
      id: fc.uuid(),
      blank: fc.boolean(),
    });
    fc.assert(fc.property(fc.array(rowArb, { maxLength: 70 }), fc.constantFrom(';', ','), fc.boolean(), (rows, sep, titled) => {
      const q = (s: string) => (/[;,"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
      const lines = [titled ? ['Inzendings-ID', 'Aangemaakt', 'Kwaliteit'].join(sep) : ['a', 'b', 'c'].join(sep)];
      for (const r of rows) lines.push(r.blank ? `${sep}${sep}` : [r.id, r.date, q(r.cell)].join(sep));
      const text = lines.join('\r\n');
      assert.deepEqual(readTable('x.csv', text, true), readTable('x.csv', text, false));
    }), { numRuns: 200 });
    for (const name of ['drupal-webform-nl-excel.csv', 'limesurvey.csv', 'wordpress-flamingo.csv']) {
      const text = readFileSync(new URL(`../fixtures/exports/${name}`, import.meta.url), 'utf8').replace(/^\uFEFF/, '').trim();
      assert.deepEqual(readTable(name, text, true), readTable(name, text, false), name);
    }
  });
});
