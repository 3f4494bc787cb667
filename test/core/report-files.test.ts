/**
 * What a whole file gives when it cannot be read (no response at all, one reason), JSON
 * Lines with indented or blank lines, and a byte order mark inside a value kept. Written
 * for survivors of the read.ts mutation run.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { REPORT_MAX_BYTES, readQualityFile } from '../../src/core/index.js';

const v = (extra = {}) => JSON.stringify({ audience: 'family', answers: { 'family-availability-quick-help': 3 }, ...extra });

describe('a file that cannot be read gives no response and one reason', () => {
  it('unreadable, too large, empty, broken JSON', () => {
    assert.deepEqual(readQualityFile('a', null), { responses: [], rejected: [{ source: 'a', reason: 'unreadable' }] });
    assert.deepEqual(readQualityFile('b', ' '.repeat(REPORT_MAX_BYTES + 1)), { responses: [], rejected: [{ source: 'b', reason: 'too-large' }] });
    assert.deepEqual(readQualityFile('c', '\uFEFF  '), { responses: [], rejected: [{ source: 'c', reason: 'empty' }] });
    assert.deepEqual(readQualityFile('d', '{"audience":'), { responses: [], rejected: [{ source: 'd', reason: 'not-json' }] });
  });
});

describe('JSON Lines', () => {
  it('an indented line and a line of spaces are read as lines, not refused', () => {
    const read = readQualityFile('l.jsonl', `${v()}\n   \n  ${v()}`);
    assert.equal(read.responses.length, 2);
    assert.deepEqual(read.rejected, []);
  });

  it('a byte order mark inside a value is kept; only the one starting the file is dropped', () => {
    assert.equal(readQualityFile('s.json', v({ service: 'De\uFEFFLinde' })).responses[0].service, 'De\uFEFFLinde');
  });
});
