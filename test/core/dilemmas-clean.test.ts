/**
 * What a page (attributes, properties) or a file gives the explorer: where the network
 * stands, which dilemmas are pressing and in what order, which kinds are shown. What
 * the user sees must follow from what was valid, and what was dropped is reported at
 * its place. Also the facilitator's "mark as pressing" and "move up / down", and the
 * workshop's next / previous. Written for surviving mutants of src/core/dilemmas/clean.ts
 * and steps.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DILEMMA_KINDS, cleanDilemmaKinds, cleanDilemmaPositions, cleanDilemmaPriorities, dilemmaWorkshopSteps,
  dilemmasOfKinds, moveDilemmaPriority, moveDilemmaWorkshopStep, toggleDilemmaPriority,
} from '../../src/core/index.js';

describe('dilemmas: positions given by a page or a file', () => {
  it('reports each problem at its path, under the name given', () => {
    assert.deepEqual(cleanDilemmaPositions({ power: 2, nope: 1, culture: 'x' }, 'state.positions').issues, [
      { path: 'state.positions.power', problem: 'out-of-range', received: 2 },
      { path: 'state.positions.nope', problem: 'unknown-id', received: 1 },
      { path: 'state.positions.culture', problem: 'invalid-value', received: 'x' },
    ]);
    assert.deepEqual(cleanDilemmaPositions('x', 'state.positions').issues, [{ path: 'state.positions', problem: 'not-an-object', received: 'x' }]);
  });

  it('keeps the ends -1 and 1 without an issue; not placed (null) is no issue', () => {
    assert.deepEqual(cleanDilemmaPositions({ power: -1, culture: 1, loyalty: null, role: undefined }), { value: { power: -1, culture: 1 }, issues: [] });
    assert.deepEqual(cleanDilemmaPositions(null), { value: {}, issues: [] });
  });

  it('a position for a dilemma that does not exist is reported even when it is null', () => {
    assert.deepEqual(cleanDilemmaPositions({ nope: null }).issues, [{ path: 'positions.nope', problem: 'unknown-id', received: null }]);
  });
});

describe('dilemmas: pressing dilemmas given by a page or a file', () => {
  it('something that is neither a list nor text is refused as a whole, at its path', () => {
    for (const bad of [42, { 0: 'power' }, true]) {
      assert.deepEqual(cleanDilemmaPriorities(bad, 'state.priorities'), { value: [], issues: [{ path: 'state.priorities', problem: 'invalid-value', received: bad }] });
    }
    assert.deepEqual(cleanDilemmaPriorities(undefined), { value: [], issues: [] });
  });

  it('names each dropped entry by its place in the list', () => {
    assert.deepEqual(cleanDilemmaPriorities(['power', 3, 'nope', 'power'], 'p').issues, [
      { path: 'p[1]', problem: 'invalid-value', received: 3 },
      { path: 'p[2]', problem: 'unknown-id', received: 'nope' },
      { path: 'p[3]', problem: 'duplicate', received: 'power' },
    ]);
  });

  it('reads a list split by commas, spaces, tabs or line breaks, with no empty parts', () => {
    assert.deepEqual(cleanDilemmaPriorities('power,,culture\n\trole , loyalty'), { value: ['power', 'culture', 'role', 'loyalty'], issues: [] });
    assert.deepEqual(cleanDilemmaPriorities('   '), { value: [], issues: [] });
  });
});

describe('dilemmas: the kinds shown', () => {
  it('nothing given shows every kind, in display order', () => {
    assert.deepEqual(DILEMMA_KINDS, ['organisational', 'professional', 'inclusion', 'practice']);
    assert.deepEqual(cleanDilemmaKinds(undefined), { value: [...DILEMMA_KINDS], issues: [] });
    assert.deepEqual(cleanDilemmaKinds(null), { value: [...DILEMMA_KINDS], issues: [] });
  });

  it('a list of kinds shows those, in display order', () => {
    assert.deepEqual(cleanDilemmaKinds(['practice', 'inclusion']), { value: ['inclusion', 'practice'], issues: [] });
  });

  it('a kind given twice is shown once, the repeat reported', () => {
    assert.deepEqual(cleanDilemmaKinds('inclusion inclusion', 'kinds'), {
      value: ['inclusion'], issues: [{ path: 'kinds[1]', problem: 'duplicate', received: 'inclusion' }],
    });
  });

  it('an entry that is not text is an invalid value, an unknown word an unknown id', () => {
    assert.deepEqual(cleanDilemmaKinds(['inclusion', 7, 'nope'], 'k').issues, [
      { path: 'k[1]', problem: 'invalid-value', received: 7 },
      { path: 'k[2]', problem: 'unknown-id', received: 'nope' },
    ]);
  });

  it('something that is not a list shows every kind, with an issue; a revoked Proxy does not throw', () => {
    assert.deepEqual(cleanDilemmaKinds(42, 'k'), { value: [...DILEMMA_KINDS], issues: [{ path: 'k', problem: 'invalid-value', received: 42 }] });
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    const read = cleanDilemmaKinds(proxy);
    assert.deepEqual(read.value, [...DILEMMA_KINDS]);
    assert.deepEqual(read.issues.map((i) => i.problem), ['invalid-value']);
  });
});

describe('dilemmas: marking and ordering pressing dilemmas', () => {
  it('marking adds at the end, marking again removes only that one', () => {
    assert.deepEqual(toggleDilemmaPriority([], 'power'), ['power']);
    assert.deepEqual(toggleDilemmaPriority(['power', 'culture', 'role'], 'culture'), ['power', 'role']);
  });

  it('moves up and down by whole places, fractions cut toward zero', () => {
    const list = ['a', 'b', 'c', 'd'];
    assert.deepEqual(moveDilemmaPriority(list, 'b', 1), ['a', 'c', 'b', 'd']);
    assert.deepEqual(moveDilemmaPriority(list, 'c', -2), ['c', 'a', 'b', 'd']);
    assert.deepEqual(moveDilemmaPriority(list, 'b', 1.9), ['a', 'c', 'b', 'd']);
    assert.deepEqual(moveDilemmaPriority(list, 'c', -1.9), ['a', 'c', 'b', 'd']);
    assert.deepEqual(moveDilemmaPriority(list, 'b', 0.5), list);
    assert.deepEqual(moveDilemmaPriority(list, 'd', 1), list, 'the last stays last');
  });

  it('an id not in the list or a move that is not a number changes nothing, and gives a copy', () => {
    const list = ['a', 'b', 'c'];
    for (const [id, delta] of [['x', 1], ['b', NaN], ['b', Infinity], ['b', -Infinity]] as const) {
      const moved = moveDilemmaPriority(list, id, delta);
      assert.deepEqual(moved, list, `${id} by ${delta}`);
      assert.notEqual(moved, list, 'a new list, so the element sees a change of state');
    }
  });
});

describe('dilemmas: the workshop steps', () => {
  it('without kinds, every dilemma in catalogue order between opening and summary', () => {
    const steps = dilemmaWorkshopSteps();
    assert.deepEqual(steps, ['opening', ...dilemmasOfKinds([]).map((x) => x.id), 'summary']);
    assert.equal(steps.length, 22);
  });

  it('previous goes one back; from a step the kinds hide, next and previous start at the opening', () => {
    assert.equal(moveDilemmaWorkshopStep('instrumental-lifeworld', 'previous', ['inclusion']), 'selective-universal');
    assert.equal(moveDilemmaWorkshopStep('selective-universal', 'previous', ['inclusion']), 'opening');
    assert.equal(moveDilemmaWorkshopStep('summary', 'previous', ['inclusion']), 'conditional-unconditional');
    assert.equal(moveDilemmaWorkshopStep('loyalty', 'previous', ['inclusion']), 'opening');
    assert.equal(moveDilemmaWorkshopStep('loyalty', 'last', ['inclusion']), 'summary');
  });

  it('walks every dilemma when no kinds are given', () => {
    assert.equal(moveDilemmaWorkshopStep('opening', 'next'), 'loyalty');
    assert.equal(moveDilemmaWorkshopStep('summary', 'previous'), 'individual-structural');
    assert.equal(moveDilemmaWorkshopStep('individual-structural', 'next'), 'summary');
    assert.equal(moveDilemmaWorkshopStep('opening', 'last'), 'summary');
  });
});
