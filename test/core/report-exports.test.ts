/**
 * Reading what coordinators load: samen values (which answers count, whose they are,
 * the service, why a value is refused), JSON exports of form engines (which field holds
 * the value, the date and the submission id) and CSV exports (the delimiter, the samen,
 * date and id columns, found by what the cells hold). Written for the mutants of
 * src/core/report/value.ts, read.ts and table.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  QUALITY_FORMAT, REPORT_MAX_BYTES, REPORT_SERVICE_MAX, mergeQualityFiles, readQualityFile, readQualityReportFile, readQualityValue,
} from '../../src/core/index.js';

const QUICK = 'family-availability-quick-help';
const TRUST = 'family-trust-same-person';
const WAIT = 'staff-availability-waiting-list';
const PAPER = 'staff-availability-paperwork';
const doc = (fields: Record<string, unknown>) => ({ format: QUALITY_FORMAT, version: 1, ...fields });
const reason = (input: unknown) => {
  const read = readQualityValue(input);
  return read.ok ? 'ok' : read.reason;
};
const response = (input: unknown) => {
  const read = readQualityValue(input);
  assert.ok(read.ok, `${JSON.stringify(input)} is readable`);
  return read.response;
};

describe('one samen value', () => {
  it('why a value is refused', () => {
    assert.equal(reason(''), 'empty');
    assert.equal(reason('   '), 'empty');
    assert.equal(reason('{"audience":'), 'not-json');
    assert.equal(reason('[1]'), 'not-samen');
    assert.equal(reason('3'), 'not-samen');
    assert.equal(reason(null), 'not-samen');
    assert.equal(reason({ format: 'other-tool', version: 1, audience: 'family', answers: { [QUICK]: 3 } }), 'not-samen');
    assert.equal(reason({ audience: 'parent', answers: { [QUICK]: 3 } }), 'not-samen');
    assert.equal(reason({ audience: 'family', answers: 'all good' }), 'not-samen');
    assert.equal(reason({ audience: 'family' }), 'not-samen');
    assert.equal(reason(doc({ version: 2, audience: 'family', answers: { [QUICK]: 3 } })), 'unknown-version');
    assert.equal(reason(doc({ audience: 'family', answers: { [QUICK]: 0, [TRUST]: 6, other: 3 } })), 'no-answers');
    assert.equal(reason(doc({ audience: 'family', answers: {} })), 'no-answers');
    assert.equal(reason({ audience: 'staff', answers: { [WAIT]: 3 } }), 'ok');
    assert.equal(reason(doc({ audience: 'family', answers: { [QUICK]: 3 } })), 'ok');
  });

  it('only the own audience\'s valid answers count, from an object or from text', () => {
    const mixed = { audience: 'family', answers: { [QUICK]: 4, [WAIT]: 2, [TRUST]: 2.5, other: 1 } };
    assert.deepEqual(response(mixed).answers, { [QUICK]: 4 });
    assert.deepEqual(response(JSON.stringify(mixed)).answers, { [QUICK]: 4 });
    assert.deepEqual(response(JSON.stringify({ audience: 'staff', answers: { [WAIT]: 5, [PAPER]: 1 } })).answers, { [WAIT]: 5, [PAPER]: 1 });
  });

  it('without an audience, the answers tell whose they are (more staff questions: staff; otherwise families)', () => {
    assert.equal(response(doc({ answers: { [WAIT]: 3, [PAPER]: 4, [QUICK]: 2 } })).audience, 'staff');
    assert.deepEqual(response(doc({ answers: { [WAIT]: 3, [QUICK]: 2 } })), { audience: 'family', extended: false, answers: { [QUICK]: 2 } });
    // Unknown keys do not make it staff.
    assert.equal(reason(doc({ answers: { [WAIT]: 3, note: 1, other: 2 } })), 'no-answers');
  });

  it('trust and being known asked: said by the value, or seen in its answers', () => {
    assert.equal(response({ audience: 'family', answers: { [QUICK]: 3 } }).extended, false);
    assert.equal(response({ audience: 'family', extended: true, answers: { [QUICK]: 3 } }).extended, true);
    assert.equal(response({ audience: 'family', extended: 'yes', answers: { [QUICK]: 3 } }).extended, false);
    assert.equal(response({ audience: 'family', answers: { [TRUST]: 3 } }).extended, true);
    assert.equal(response(JSON.stringify({ audience: 'family', answers: { [TRUST]: 3 } })).extended, true);
    assert.equal(response(JSON.stringify({ audience: 'family', answers: { [QUICK]: 3 } })).extended, false);
    assert.equal(response(JSON.stringify({ audience: 'family', answers: { [QUICK]: 3, [WAIT]: 1, 'staff-trust-named-contact': 2 } })).extended, false);
  });

  it('a page that put an answer on Object.prototype adds no answer to a value without valid ones', () => {
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto[QUICK] = 3;
      assert.equal(reason(JSON.stringify({ audience: 'family', answers: { [TRUST]: 7 } })), 'no-answers');
    } finally {
      delete proto[QUICK];
    }
  });

  it('the time it was saved is a date only when it is text', () => {
    const saved = readQualityValue(doc({ audience: 'family', answers: { [QUICK]: 3 }, savedAt: '2026-01-02' }));
    assert.equal(saved.ok ? saved.savedAt : undefined, '2026-01-02');
    const numeric = readQualityFile('n.json', JSON.stringify(doc({ audience: 'family', answers: { [QUICK]: 3 }, savedAt: 1767225600 }))).responses[0];
    assert.ok(!('date' in numeric), 'a number in savedAt is not read as a date');
  });

  it('the service: trimmed, cut to 120 characters, left out when blank or not text', () => {
    assert.equal(response({ audience: 'family', service: '  De Linde ', answers: { [QUICK]: 3 } }).service, 'De Linde');
    assert.equal(response({ audience: 'family', service: 'x'.repeat(130), answers: { [QUICK]: 3 } }).service, 'x'.repeat(REPORT_SERVICE_MAX));
    assert.equal(REPORT_SERVICE_MAX, 120);
    assert.ok(!('service' in response({ audience: 'family', service: '   ', answers: { [QUICK]: 3 } })), 'a blank service is no service');
    assert.ok(!('service' in response({ audience: 'family', service: 12, answers: { [QUICK]: 3 } })), 'a number is no service');
  });
});

describe('recognising a submission loaded twice', () => {
  const jsonl = (...records: object[]) => records.map((r) => JSON.stringify(r)).join('\n');
  const value = (answers: Record<string, number>, extra = {}) => JSON.stringify({ audience: 'family', answers, ...extra });
  const counts = (...files: Array<[string, string]>) => mergeQualityFiles(files.map(([n, t]) => readQualityReportFile(n, t))).outcomes.map((o) => o.added);

  it('by its id and time: the same id at another time is another submission', () => {
    const text = jsonl({ sid: 1, created: '2026-03-01', q: value({ [QUICK]: 3 }) }, { sid: 1, created: '2026-03-02', q: value({ [QUICK]: 3 }) }, { sid: 1, created: '2026-03-01', q: value({ [QUICK]: 4 }) });
    assert.deepEqual(counts(['a.jsonl', text]), [2]);
  });

  it('without an id, by its answers and time, whatever the order of the answers', () => {
    const a = jsonl({ created: '2026-03-01 10:00', q: value({ [QUICK]: 3, [TRUST]: 4 }) }, { created: '2026-03-01 10:05', q: value({ [QUICK]: 3, [TRUST]: 4 }) });
    const b = jsonl({ created: '2026-03-01 10:00', q: value({ [TRUST]: 4, [QUICK]: 3 }) }, { created: '2026-03-01 10:00', q: value({ [TRUST]: 4, [QUICK]: 3 }, { service: 'De Linde' }) });
    assert.deepEqual(counts(['a.jsonl', a], ['b.jsonl', b]), [2, 1]);
  });

  it('without an id or a time, by its place in its file: the same answers twice are two parents; the same file again adds nothing', () => {
    const text = jsonl({ q: value({ [QUICK]: 3 }) }, { q: value({ [QUICK]: 3 }) }, { created: '', q: value({ [QUICK]: 3 }) });
    assert.deepEqual(counts(['a.jsonl', text], ['a.jsonl', text], ['b.jsonl', text]), [3, 0, 3]);
  });
});

describe('JSON exports', () => {
  const one = (record: unknown) => {
    const read = readQualityFile('x.json', JSON.stringify(record));
    assert.equal(read.responses.length, 1, `one response in ${JSON.stringify(record)}`);
    return read.responses[0];
  };
  const v = { audience: 'family', answers: { [QUICK]: 2 } };

  it('the value in a field, in a field of `data`, as text or as an object, or the record itself', () => {
    assert.equal(one({ id: 1, quality: JSON.stringify(v) }).audience, 'family');
    assert.equal(one({ id: 1, data: { quality: v } }).answers[QUICK], 2);
    assert.equal(one({ id: 1, data: { quality: doc({ audience: 'staff', answers: { [WAIT]: 4 } }) } }).audience, 'staff');
    assert.equal(one({ id: 1, data: { name: 'An', quality: ` ${JSON.stringify(doc({ audience: 'staff', answers: { [WAIT]: 4 } }))}` } }).audience, 'staff');
    assert.equal(one(doc({ audience: 'staff', answers: { [WAIT]: 4 }, savedAt: '2026-02-03T10:00:00Z' })).date, '2026-02-03');
    assert.equal(one({ ...v, service: 'De Linde' }).service, 'De Linde');
    assert.equal(one({ id: 1, answers: { name: 'An' }, data: { quality: JSON.stringify(v) } }).answers[QUICK], 2, 'a host field called answers is not the value');
    assert.deepEqual(readQualityFile('x.json', JSON.stringify({ id: 1, note: '{"a": 1}', data: { other: { x: 1 } } })).rejected, [{ source: 'x.json', reason: 'not-samen' }]);
  });

  it('the date from the first of its fields that holds one, in this order', () => {
    const fields = ['completed', 'submitdate', 'submitted', 'created', 'date', 'savedAt', 'changed'];
    fields.forEach((field, i) => {
      const record: Record<string, unknown> = { q: JSON.stringify(v) };
      for (const later of fields.slice(i)) record[later] = `2026-03-${String(10 + fields.indexOf(later)).padStart(2, '0')}`;
      assert.equal(one(record).date, `2026-03-${10 + i}`, `${field} is read before the fields after it`);
    });
    assert.equal(one({ completed: 'ja', created: '2026-03-01', q: JSON.stringify(v) }).date, '2026-03-01');
    assert.ok(!('date' in one({ q: JSON.stringify(v) })), 'no date field: no date');
  });

  it('the submission id from the first of its fields that is text or a number, in this order', () => {
    const fields = ['uuid', 'sid', 'id', 'serial', 'entry_id'];
    fields.forEach((field, i) => {
      const record: Record<string, unknown> = { q: JSON.stringify(v), created: '2026-03-01' };
      for (const later of fields.slice(i)) record[later] = later === field ? 'A7' : 99;
      assert.equal(one(record).key, `id:${field}=A7@2026-03-01`, `${field} is the id before the fields after it`);
    });
    assert.equal(one({ uuid: { v: 1 }, sid: 5, q: JSON.stringify(v) }).key, 'id:sid=5@');
  });

  it('an array, an export wrapper, one value; an empty list is named', () => {
    assert.equal(readQualityFile('a.json', JSON.stringify([v, v, { x: 1 }])).responses.length, 2);
    assert.deepEqual(readQualityFile('a.json', JSON.stringify([v, { x: 1 }])).rejected, [{ source: 'a.json', row: 2, reason: 'not-samen' }]);
    const wrapped = readQualityFile('w.json', JSON.stringify({ tags: ['a', 'b'], count: 2, submissions: [{ sid: 1, data: { q: v } }, { sid: 2, data: { q: v } }] }));
    assert.deepEqual(wrapped.responses.map((r) => r.key), ['id:sid=1@', 'id:sid=2@']);
    assert.deepEqual(readQualityFile('e.json', '[]').rejected, [{ source: 'e.json', reason: 'empty' }]);
    assert.deepEqual(readQualityFile('e.json', '{"submissions": []}').rejected, [{ source: 'e.json', reason: 'not-samen' }]);
  });

  it('JSON Lines: a line that does not parse is named by its line; broken JSON that is not lines is not-json', () => {
    const read = readQualityFile('l.jsonl', `${JSON.stringify(v)}\r\n\r\n{"audience":\r\n  ${JSON.stringify(v)}`);
    assert.equal(read.responses.length, 2);
    assert.deepEqual(read.rejected, [{ source: 'l.jsonl', row: 3, reason: 'not-json' }]);
    assert.deepEqual(readQualityFile('b.json', '[{"audience":"family"},\n{').rejected, [{ source: 'b.json', reason: 'not-json' }]);
    assert.deepEqual(readQualityFile('b.json', '{"audience": "family", "answers": {').rejected, [{ source: 'b.json', reason: 'not-json' }]);
    assert.equal(readQualityFile('bom.json', `\uFEFF ${JSON.stringify(v)}`).responses.length, 1);
  });

  it('a file of exactly the largest size is read; one character more is refused', () => {
    assert.deepEqual(readQualityFile('big.json', ' '.repeat(REPORT_MAX_BYTES)).rejected, [{ source: 'big.json', reason: 'empty' }]);
    assert.equal(REPORT_MAX_BYTES, 20 * 1024 * 1024);
  });
});

describe('CSV exports', () => {
  const cell = (answers: Record<string, number>, audience = 'family') => `"${JSON.stringify({ audience, answers }).replace(/"/g, '""')}"`;
  const table = (sep: string, header: string[], rows: string[][]) => [header, ...rows].map((r) => r.join(sep)).join('\r\n');

  it('the delimiter is the one the header line uses most, quoted titles aside', () => {
    for (const sep of [',', ';', '\t', '|']) {
      const read = readQualityFile('t.csv', table(sep, ['"Naam, voornaam"', 'Kwaliteit', 'x'], [['An', cell({ [QUICK]: 2 }), '1,2,3,4,5']]));
      assert.equal(read.responses.length, 1, `delimiter ${JSON.stringify(sep)}`);
    }
    // The rows' commas do not count: only the header line decides.
    const read = readQualityFile('t.csv', `a;b\r\n${cell({ [QUICK]: 2 })};1,2,3,4,5,6`);
    assert.equal(read.responses.length, 1);
    assert.equal(readQualityFile('t.csv', `a;b\r${cell({ [QUICK]: 2 })};1,2,3,4,5,6`).responses.length, 1, 'a file with old Mac line ends (CR only)');
    assert.equal(readQualityFile('t.csv', `"Naam, voornaam, roepnaam";Kwaliteit\r\nAn;${cell({ [QUICK]: 2 })}`).responses.length, 1, 'commas inside a quoted title do not count');
    assert.equal(readQualityFile('t.csv', `Naam;voornaam,Kwaliteit\r\nAn,${cell({ [QUICK]: 2 })}`).responses.length, 1, 'a tie goes to the comma');
  });

  it('the samen column is the one holding most samen values, whatever its title', () => {
    const rows = [
      [cell({ [QUICK]: 1 }), cell({ [QUICK]: 5 })],
      ['', cell({ [QUICK]: 5 })],
      ['hallo', cell({ [QUICK]: 5 })],
    ];
    const read = readQualityFile('t.csv', table(';', ['Kwaliteit', 'Notities'], rows));
    assert.deepEqual(read.responses.map((r) => r.answers[QUICK]), [5, 5, 5]);
    const format = readQualityFile('t.csv', table(';', ['a', 'b'], [['x', `"${JSON.stringify(doc({ audience: 'family', answers: { [QUICK]: 4 } })).replace(/"/g, '""')}"`]]));
    assert.equal(format.responses.length, 1, 'a saved document (format, no "answers" first) is recognised too');
  });

  it('the date column: a known title whose cells are dates, else the first column mostly of dates', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [`${10 + i}/01/2026`, `${10 + i}/02/2026`, cell({ [QUICK]: 3 })]);
    assert.equal(readQualityFile('t.csv', table(';', ['Gewijzigd', 'Ingediend', 'Kwaliteit'], rows(3))).responses[0].date, '2026-02-10');
    assert.equal(readQualityFile('t.csv', table(';', ['Gewijzigd', 'Datum', 'Kwaliteit'], rows(3))).responses[0].date, '2026-02-10');
    assert.equal(readQualityFile('t.csv', table(';', ['Created', 'Completed', 'Kwaliteit'], rows(3))).responses[0].date, '2026-02-10', 'completed before created');
    assert.equal(readQualityFile('t.csv', table(';', ['Ingediend', 'Voltooid', 'Kwaliteit'], rows(3))).responses[0].date, '2026-02-10', 'voltooid before ingediend');
    assert.equal(readQualityFile('t.csv', table(';', ['Gewijzigd', ' Ingediend ', 'Kwaliteit'], rows(3))).responses[0].date, '2026-02-10', 'a title with spaces around it');
    assert.equal(readQualityFile('t.csv', table(';', ['Wijzigingsdatum', 'Ingediend', 'Kwaliteit'], rows(3))).responses[0].date, '2026-02-10', 'a title ending in datum is not Datum');
    assert.equal(readQualityFile('t.csv', table(';', ['Datum gewijzigd', 'Ingediend', 'Kwaliteit'], rows(3))).responses[0].date, '2026-02-10', 'a title starting with datum is not Datum');
    assert.equal(readQualityFile('t.csv', table(';', ['Laatst gewijzigd', 'x', 'Kwaliteit'], rows(3))).responses[0].date, '2026-01-10', 'no known title: the first column of dates');
    // Four dates in five cells is a date column; three in five is not.
    const some = (k: number) => Array.from({ length: 5 }, (_, i) => [i < k ? '01/03/2026' : 'onbekend', cell({ [QUICK]: 3 })]);
    assert.equal(readQualityFile('t.csv', table(';', ['Ingediend', 'Kwaliteit'], some(4))).responses[0].date, '2026-03-01');
    assert.ok(!('date' in readQualityFile('t.csv', table(';', ['Ingediend', 'Kwaliteit'], some(3))).responses[0]), 'three dates in five cells: no date column');
    assert.ok(!('date' in readQualityFile('t.csv', table(';', ['Datum', 'Kwaliteit'], [['', cell({ [QUICK]: 3 })]])).responses[0]), 'an empty column is no date column');
  });

  it('the id column: one of UUIDs whatever its title, else a known title; an empty id cell gives no id', () => {
    const uuid = (i: number) => `0b6c8f0e-1f0a-4d7e-9a51-2c1d3e4f5a6${i}`;
    const read = readQualityFile('t.csv', table(';', ['id', 'Kenmerk', 'Kwaliteit'], [['1', uuid(1), cell({ [QUICK]: 3 })], ['2', uuid(2), cell({ [QUICK]: 3 })]]));
    assert.deepEqual(read.responses.map((r) => r.key), [`id:Kenmerk=${uuid(1)}@`, `id:Kenmerk=${uuid(2)}@`]);
    const titled = readQualityFile('t.csv', table(';', ['Nummer', 'Submission ID', 'Kwaliteit'], [['7', '11', cell({ [QUICK]: 3 })], ['8', '', cell({ [QUICK]: 3 })]]));
    assert.equal(titled.responses[0].key, 'id:Submission ID=11@');
    assert.match(titled.responses[1].key, /^h:/);
    const mixed = readQualityFile('t.csv', table(';', ['Kenmerk', 'Kwaliteit'], [[uuid(1), cell({ [QUICK]: 3 })], ['onbekend', cell({ [QUICK]: 3 })]]));
    assert.match(mixed.responses[0].key, /^h:/, 'a column with one UUID among other things is no id column');
    const framed = readQualityFile('t.csv', table(';', ['Kenmerk', 'Kwaliteit'], [[`{${uuid(1)}}`, cell({ [QUICK]: 3 })], [`{${uuid(2)}}`, cell({ [QUICK]: 3 })]]));
    assert.match(framed.responses[0].key, /^h:/, 'a UUID with something around it is no UUID');
    const serial = readQualityFile('t.csv', table(';', ['Serial', 'entry_id', 'Kwaliteit'], [['7', '11', cell({ [QUICK]: 3 })]]));
    assert.equal(serial.responses[0].key, 'id:entry_id=11@', 'an entry id is a better id than a serial number');
  });

  it('rows: an empty or short row is named; a table without samen values, or a header alone, is named', () => {
    const read = readQualityFile('t.csv', table(';', ['Naam', 'Kwaliteit'], [['An', cell({ [QUICK]: 3 })], ['Bo'], ['Cas', '{"x":']]));
    assert.deepEqual(read.rejected, [{ source: 't.csv', row: 3, reason: 'empty' }, { source: 't.csv', row: 4, reason: 'not-json' }]);
    assert.deepEqual(readQualityFile('t.csv', 'Naam;Kwaliteit').rejected, [{ source: 't.csv', reason: 'empty' }]);
    assert.deepEqual(readQualityFile('t.csv', 'hallo').rejected, [{ source: 't.csv', reason: 'not-samen' }]);
    assert.deepEqual(readQualityFile('t.csv', 'a;b\r\nx;y').rejected, [{ source: 't.csv', reason: 'no-samen-column' }]);
  });

  it('a long table: the columns are found from the first 50 rows, and every row after them is read', () => {
    const rows = Array.from({ length: 120 }, (_, i) => [String(i + 1), `${1 + (i % 28)}/03/2026`, cell({ [QUICK]: 1 + (i % 5) })]);
    const read = readQualityFile('t.csv', table(',', ['sid', 'Datum', 'Kwaliteit'], rows));
    assert.equal(read.responses.length, 120);
    assert.deepEqual([read.responses[49].key, read.responses[50].key, read.responses[119].date], ['id:sid=50@22/03/2026', 'id:sid=51@23/03/2026', '2026-03-08']);
    const late = Array.from({ length: 60 }, (_, i) => ['x', i < 55 ? 'geen' : cell({ [QUICK]: 3 })]);
    assert.deepEqual(readQualityFile('t.csv', table(';', ['a', 'b'], late)).rejected, [{ source: 't.csv', reason: 'no-samen-column' }]);
  });
});
