/**
 * Which column of a host's CSV export gives a response's date and its submission id:
 * only a column whose whole title is a known one (not one that merely contains it), the
 * first column that holds dates when none is titled, and a UUID only when the whole cell
 * is one. The id decides what counts as one submission, so a wrong column merges two
 * parents' answers, or dates them wrongly. Written for survivors of the table.ts run.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mergeQualityFiles, readQualityFile, readQualityReportFile } from '../../src/core/index.js';

const QUICK = 'family-availability-quick-help';
const cell = (answers: Record<string, number>) => `"${JSON.stringify({ audience: 'family', answers }).replace(/"/g, '""')}"`;
const table = (header: string[], rows: string[][]) => [header, ...rows].map((r) => r.join(';')).join('\r\n');
const ANSWER = cell({ [QUICK]: 3 });

describe('the date column', () => {
  it('is the one whose whole title is a known one, not one whose title only contains it', () => {
    for (const titles of [['Niet completed', 'Completed later', 'Completed'], ['Niet voltooid', 'Voltooid later', 'Voltooid']]) {
      const read = readQualityFile('t.csv', table([...titles, 'Kwaliteit'], [['2026-01-05', '2026-02-06', '2026-03-07', ANSWER]]));
      assert.equal(read.responses[0]?.date, '2026-03-07', `${titles.join(', ')}: the date of “${titles[2]}”`);
    }
  });

  it('without a known title is the first column that holds dates; an empty column holds none', () => {
    const read = readQualityFile('t.csv', table(['Opmerking', 'Wanneer', 'Kwaliteit'], [['', '2026-03-07', ANSWER], [' ', '2026-03-08', cell({ [QUICK]: 4 })]]));
    assert.deepEqual(read.responses.map((r) => r.date), ['2026-03-07', '2026-03-08']);
  });
});

describe('the submission id column', () => {
  /** Two rows with the same answers on the same day, told apart only by their id: how many submissions the report counts. */
  const twoParents = (header: string[], ids: [string[], string[]]) => {
    const file = readQualityReportFile('t.csv', table([...header, 'Completed', 'Kwaliteit'], [[...ids[0], '2026-03-07', ANSWER], [...ids[1], '2026-03-07', ANSWER]]));
    return mergeQualityFiles([file]).data.responses.length;
  };

  it('is the one whose whole title is a known one: two parents stay two', () => {
    assert.equal(twoParents(['Oude uuid', 'uuid kopie', 'uuid'], [['x', 'x', 'a1'], ['x', 'x', 'b2']]), 2, 'uuid');
    assert.equal(twoParents(['Geen sid', 'sid oud', 'sid'], [['x', 'x', '1'], ['x', 'x', '2']]), 2, 'sid');
    assert.equal(twoParents(['Valid', 'Idee', 'ID'], [['ja', 'x', '1'], ['ja', 'x', '2']]), 2, 'ID');
  });

  it('is a column of UUIDs only when each whole cell is one', () => {
    const uuid = '8f14e45f-ceea-467f-a0e6-5a1b2c3d4e5f';
    assert.equal(twoParents(['Ref', 'ID'], [[`ref ${uuid}`, '1'], [`ref ${uuid}`, '2']]), 2, 'a UUID inside a longer text');
    assert.equal(twoParents(['Ref', 'ID'], [[`${uuid} (kopie)`, '1'], [`${uuid} (kopie)`, '2']]), 2, 'a UUID followed by text');
  });

  it('the same submission exported twice is still one', () => {
    assert.equal(twoParents(['ID'], [['7'], ['7']]), 1);
  });
});

describe('the delimiter', () => {
  it('is read from the header line only: the answers\' own semicolons or commas do not count', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const text = `Kwaliteit,Opmerking,Completed${end}${ANSWER},"a;b;c;d;e;f;g",2026-03-07${end}${ANSWER},h;i;j;k;l;m;n;o;p;q;r;s,2026-03-08`;
      const read = readQualityFile('t.csv', text);
      assert.deepEqual(read.responses.map((r) => r.date), ['2026-03-07', '2026-03-08'], `both rows read, lines ending in ${JSON.stringify(end)}`);
    }
  });
});

describe('a table that gives nothing says why, once', () => {
  it('a header alone is an empty table; one cell alone is not an export; no samen column is named', () => {
    assert.deepEqual(readQualityFile('t.csv', 'Naam;Kwaliteit;Completed\r\n'), { responses: [], rejected: [{ source: 't.csv', reason: 'empty' }] });
    assert.deepEqual(readQualityFile('t.csv', 'hallo\r\n'), { responses: [], rejected: [{ source: 't.csv', reason: 'not-samen' }] });
    assert.deepEqual(readQualityFile('t.csv', table(['Naam', 'Opmerking'], [['An', 'goed'], ['Bo', 'ok']])), { responses: [], rejected: [{ source: 't.csv', reason: 'no-samen-column' }] });
  });
});
