/**
 * The day a response is counted in (its year, or before / from the coordinator's date),
 * read from what form engines write: written out case by case at the edges (first and
 * last days, leap years, the digits 0 and 9, the bounds of plausible timestamps).
 * Written for the mutants of src/core/report/dates.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseReportDate } from '../../src/core/index.js';

/** Each value and the day it must give (undefined: no date). */
function check(cases: Array<[unknown, string | undefined]>): void {
  for (const [value, day] of cases) assert.equal(parseReportDate(value), day, `${JSON.stringify(value)} gives ${day}`);
}

describe('ISO dates', () => {
  it('the first and last day of months and years, with a time after a T or a space', () => {
    check([
      ['2026-01-01', '2026-01-01'], ['2026-12-31', '2026-12-31'], ['2026-01-31', '2026-01-31'], ['2026-04-30', '2026-04-30'],
      ['2029-09-09', '2029-09-09'], ['2000-10-20', '2000-10-20'], ['0100-01-01', '0100-01-01'],
      ['2026-03-01T14:05:00+01:00', '2026-03-01'], ['2026-03-01 14:05', '2026-03-01'], ['  2026-03-01  ', '2026-03-01'],
    ]);
  });

  it('no such day, or not a date: nothing', () => {
    check([
      ['2026-00-10', undefined], ['2026-13-01', undefined], ['2026-01-00', undefined], ['2026-01-32', undefined], ['2026-04-31', undefined],
      ['0099-12-31', undefined], ['2026-03-01x', undefined], ['2026-03-0:', undefined], ['2026-0/-01', undefined], ['2026/03/01', undefined],
      ['2026-03-1', undefined], ['202-03-01', undefined], ['x026-03-01', undefined], ['2026-03-01-', undefined],
    ]);
  });

  it('29 February only in leap years (every fourth, not every hundredth, every four hundredth)', () => {
    check([['2024-02-29', '2024-02-29'], ['2023-02-29', undefined], ['1900-02-29', undefined], ['2000-02-29', '2000-02-29'], ['2023-02-28', '2023-02-28'], ['2024-02-30', undefined]]);
  });
});

describe('Belgian day-first dates', () => {
  it('with a slash, a dot or a dash, one or two digits, and a time after a space, a T or a comma', () => {
    check([
      ['1/3/2026', '2026-03-01'], ['01.03.2026', '2026-03-01'], ['01-03-2026', '2026-03-01'], ['31/12/2025', '2025-12-31'],
      ['1/03/2026 10:15', '2026-03-01'], ['1/03/2026T10:15', '2026-03-01'], ['1/03/2026, 10:15', '2026-03-01'], ['29/2/2024', '2024-02-29'],
    ]);
  });

  it('not a day, or not only a date: nothing', () => {
    check([
      ['31/02/2026', undefined], ['29/02/2025', undefined], ['1/13/2026', undefined], ['0/3/2026', undefined], ['001/03/2026', undefined],
      ['1/003/2026', undefined], ['1/3/20261', undefined], ['1/3/26', undefined], ['x1/3/2026', undefined], ['1/3/2026x', undefined], ['1 3 2026', undefined],
      ['192.0.2.10', undefined], ['a/b/cdef', undefined],
    ]);
  });
});

describe('Unix timestamps', () => {
  it('seconds (10 digits, as Drupal stores them) and milliseconds (13), as text or as a number', () => {
    check([
      ['1767225600', '2026-01-01'], ['1767225600000', '2026-01-01'], [1767225600, '2026-01-01'], [1767225600.9, '2026-01-01'],
      [' 1767225600 ', '2026-01-01'], [1767225600000, '2026-01-01'],
    ]);
  });

  it('only from 2000 to 2100: a submission number or an old or far date is no date', () => {
    check([
      ['0946684800', '2000-01-01'], ['0946684799', undefined], ['4133980799', '2100-12-31'], ['4133980800', undefined],
      ['946684800000', undefined], ['17672256000', undefined], ['176722560', undefined], ['1767225600x', undefined], ['x1767225600', undefined],
      ['17672256000000', undefined],
    ]);
  });

  it('anything else is no date, and nothing throws', () => {
    check([[Number.NaN, undefined], [Number.POSITIVE_INFINITY, undefined], [null, undefined], [undefined, undefined], [{ date: '2026-01-01' }, undefined], [['2026-01-01'], undefined], ['', undefined], [true, undefined]]);
  });
});
