/**
 * Edges the folder's mutation run found untested (its survivors, 1 December 2026):
 * padding inside a link code, "nothing given" as null or undefined, the default paths
 * and problems of the issues a developer reads, the sides of an empty room, and a link
 * whose JSON is not a workshop state (refused as a link since the fourth session).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  cleanDilemmaKinds, cleanDilemmaPriorities, cleanDilemmaRoomSplit, cleanDilemmaRoomSplits, decodeDilemmaWorkshop,
  emptyDilemmaWorkshop, summariseDilemmaRoom,
} from '../../src/core/index.js';
import { fromBase64Url, toBase64Url } from '../../src/core/dilemmas/base64url.js';

describe('dilemmas: edges found by the mutation run', () => {
  it('a link code with padding in the middle is refused, not read with the padding cut out', () => {
    assert.equal(fromBase64Url('Zm=9v'), null, 'padding is only read at the end');
    assert.equal(fromBase64Url('Zg==Zg'), null, 'padding in the middle');
  });

  it('priorities given as null mean none, with no issue', () => {
    assert.deepEqual(cleanDilemmaPriorities(null), { value: [], issues: [] });
  });

  it('a repeated kind is reported under "kinds" when no other name is given', () => {
    assert.deepEqual(cleanDilemmaKinds('inclusion inclusion').issues, [{ path: 'kinds[1]', problem: 'duplicate', received: 'inclusion' }]);
  });

  it('room counts given as undefined or null mean nobody counted yet, with no issue', () => {
    assert.deepEqual(cleanDilemmaRoomSplit(undefined), { value: [0, 0, 0, 0, 0], issues: [] });
    assert.deepEqual(cleanDilemmaRoomSplits(null), { value: {}, issues: [] });
    assert.deepEqual(cleanDilemmaRoomSplits({ power: undefined, culture: null }), { value: {}, issues: [] });
  });

  it('counts for a dilemma that does not exist are reported as an unknown id', () => {
    assert.deepEqual(cleanDilemmaRoomSplits({ nope: [1, 0, 0, 0, 0] }).issues, [{ path: 'splits.nope', problem: 'unknown-id', received: [1, 0, 0, 0, 0] }]);
  });

  it('an empty room has no one on either side or in the middle', () => {
    assert.deepEqual(summariseDilemmaRoom([0, 0, 0, 0, 0]).sides, { first: 0, middle: 0, second: 0 });
  });

  it('a readable link whose JSON is no workshop state is refused as a link (the explorer says so), and the state issue says why', () => {
    const code = toBase64Url('42');
    assert.deepEqual(decodeDilemmaWorkshop(code), {
      value: emptyDilemmaWorkshop(), issues: [{ path: 'link', problem: 'invalid-value', received: code }, { path: 'state', problem: 'not-an-object', received: 42 }],
    });
    const foreign = toBase64Url(JSON.stringify({ format: 'another-tool', step: 'opening' }));
    assert.deepEqual(decodeDilemmaWorkshop(foreign).issues, [{ path: 'link', problem: 'invalid-value', received: foreign }, { path: 'state.format', problem: 'invalid-value', received: 'another-tool' }]);
  });

  it('a link whose state has one bad field keeps the rest and is not refused', () => {
    const read = decodeDilemmaWorkshop(toBase64Url(JSON.stringify({ mode: 'workshop', step: 'nowhere' })));
    assert.equal(read.value.mode, 'workshop');
    assert.deepEqual(read.issues.map((i) => i.path), ['state.step']);
  });
});
