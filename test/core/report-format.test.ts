/**
 * A saved result that names the quality check's format but not its audience (an older
 * or hand-edited file) is still read: the audience follows from its answers. Written for
 * the survivor of the read.ts mutation run at samenIn's first test.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readQualityFile } from '../../src/core/index.js';

describe('a saved result without its audience', () => {
  it('is read, as one response of the audience its answers belong to', () => {
    const doc = { format: 'samen-quality-check', version: 1, answers: { 'staff-availability-waiting-list': 4, 'staff-reachability-opening-hours': 2 } };
    for (const text of [JSON.stringify(doc), JSON.stringify([doc]), `${JSON.stringify(doc)}\n${JSON.stringify({ ...doc, answers: { 'staff-availability-waiting-list': 5 } })}`]) {
      const read = readQualityFile('bewaard.json', text);
      assert.deepEqual(read.rejected, [], `nothing refused in ${text.slice(0, 40)}`);
      assert.ok(read.responses.length >= 1, `a response read from ${text.slice(0, 40)}`);
      assert.equal(read.responses[0].audience, 'staff', 'the audience follows from the answers');
      assert.equal(read.responses[0].answers['staff-availability-waiting-list'], 4, 'the answers are kept');
    }
  });
});
