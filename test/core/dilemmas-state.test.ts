/**
 * The workshop state a file, a link or the presenter's window hands on: mode, step,
 * positions, priorities and counts. Each field is kept or dropped on its own, and what
 * was dropped is reported where it was. Written for surviving mutants of
 * src/core/dilemmas/state.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DILEMMA_STATE_FORMAT, cleanDilemmaWorkshop, dilemmaWorkshopFromJson, emptyDilemmaWorkshop,
} from '../../src/core/index.js';

describe('dilemmas: the workshop state', () => {
  it('starts in reflection mode at the opening, with nothing placed, marked or counted', () => {
    assert.deepEqual(emptyDilemmaWorkshop(), { mode: 'reflection', step: 'opening', positions: {}, priorities: [], splits: {} });
    assert.notEqual(emptyDilemmaWorkshop().positions, emptyDilemmaWorkshop().positions, 'each fresh state is its own');
  });

  it('nothing given is the fresh state without issues; a value that is not an object is reported', () => {
    assert.deepEqual(cleanDilemmaWorkshop(undefined), { value: emptyDilemmaWorkshop(), issues: [] });
    assert.deepEqual(cleanDilemmaWorkshop(null), { value: emptyDilemmaWorkshop(), issues: [] });
    for (const bad of [42, 'workshop', [1]]) {
      assert.deepEqual(cleanDilemmaWorkshop(bad), { value: emptyDilemmaWorkshop(), issues: [{ path: 'state', problem: 'not-an-object', received: bad }] });
    }
  });

  it('a state marked as ours, with a version, loads with no issue about those marks', () => {
    const read = cleanDilemmaWorkshop({ format: DILEMMA_STATE_FORMAT, version: 1, mode: 'workshop', step: 'summary' });
    assert.deepEqual(read, { value: { ...emptyDilemmaWorkshop(), mode: 'workshop', step: 'summary' }, issues: [] });
  });

  it('another tool\'s state gives the fresh state and one issue naming its format, nothing else', () => {
    assert.deepEqual(cleanDilemmaWorkshop({ format: 'samen-roles', mode: 'workshop', extra: 1 }), {
      value: emptyDilemmaWorkshop(), issues: [{ path: 'state.format', problem: 'invalid-value', received: 'samen-roles' }],
    });
  });

  it('the workshop and reflection modes are kept; any other mode is reported and reflection used', () => {
    assert.equal(cleanDilemmaWorkshop({ mode: 'workshop' }).value.mode, 'workshop');
    assert.equal(cleanDilemmaWorkshop({ mode: 'reflection' }).value.mode, 'reflection');
    assert.deepEqual(cleanDilemmaWorkshop({ mode: 'Workshop' }), {
      value: emptyDilemmaWorkshop(), issues: [{ path: 'state.mode', problem: 'invalid-value', received: 'Workshop' }],
    });
  });

  it('the opening, the summary and every dilemma are steps; an unknown word or a number is reported', () => {
    for (const step of ['opening', 'summary', 'loyalty', 'individual-structural']) assert.deepEqual(cleanDilemmaWorkshop({ step }), { value: { ...emptyDilemmaWorkshop(), step }, issues: [] }, step);
    assert.deepEqual(cleanDilemmaWorkshop({ step: 'nowhere' }).issues, [{ path: 'state.step', problem: 'unknown-id', received: 'nowhere' }]);
    assert.deepEqual(cleanDilemmaWorkshop({ step: 3 }).issues, [{ path: 'state.step', problem: 'invalid-value', received: 3 }]);
    assert.deepEqual(cleanDilemmaWorkshop({ step: null }).issues, [{ path: 'state.step', problem: 'invalid-value', received: null }]);
  });

  it('names an unknown field with its value, and keeps the known ones', () => {
    const read = cleanDilemmaWorkshop({ mode: 'workshop', colour: 'red' });
    assert.deepEqual(read, { value: { ...emptyDilemmaWorkshop(), mode: 'workshop' }, issues: [{ path: 'state.colour', problem: 'unknown-id', received: 'red' }] });
  });

  it('reports damaged positions, priorities and counts in that order, under state.', () => {
    const read = cleanDilemmaWorkshop({ splits: { power: [1, 'x', 0, 0, 0] }, priorities: [7], positions: { power: 'x' } });
    assert.deepEqual(read.issues.map((i) => i.path), ['state.positions.power', 'state.priorities[0]', 'state.splits.power[1]']);
    assert.deepEqual(read.value.splits, { power: [1, 0, 0, 0, 0] });
  });

  it('a file whose text is not JSON gives the fresh state and says so, with the text', () => {
    assert.deepEqual(dilemmaWorkshopFromJson('{oops'), { value: emptyDilemmaWorkshop(), issues: [{ path: 'state', problem: 'not-json', received: '{oops' }] });
  });
});
