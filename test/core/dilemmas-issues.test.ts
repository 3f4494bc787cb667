/**
 * A huge careless input (a link or file with thousands of unknown keys) gives the
 * developer a short warning: at most DILEMMA_ISSUES_MAX issues, then one that counts
 * the rest, so the console is readable and nothing overflows. Written for surviving
 * mutants of src/core/dilemmas/limits.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DILEMMA_ISSUES_MAX, cleanDilemmaPositions, cleanDilemmaPriorities, cleanDilemmaRoomSplits, cleanDilemmaWorkshop,
} from '../../src/core/index.js';

/** An object with `n` keys no dilemma has. */
const unknownKeys = (n: number): Record<string, number> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`nope${i}`, i]));

describe('dilemmas: at most twenty issues, then a count of the rest', () => {
  it('keeps every issue up to the limit, and no count', () => {
    assert.equal(DILEMMA_ISSUES_MAX, 20);
    const { issues } = cleanDilemmaPositions(unknownKeys(20));
    assert.equal(issues.length, 20);
    assert.ok(issues.every((i) => i.problem === 'unknown-id'), 'twenty real issues, none of them a count');
    assert.equal(issues[19].path, 'positions.nope19');
  });

  it('one issue over the limit becomes a last issue counting one more', () => {
    const { issues } = cleanDilemmaPositions(unknownKeys(21));
    assert.equal(issues.length, 21);
    assert.deepEqual(issues[20], { path: '…', problem: 'invalid-value', received: 1 });
    assert.equal(issues[19].path, 'positions.nope19', 'the first twenty are the ones kept');
  });

  it('130,000 unknown keys give twenty issues and one counting the other 129,980, and do not overflow', () => {
    const { value, issues } = cleanDilemmaPositions(unknownKeys(130_000));
    assert.deepEqual(value, {});
    assert.equal(issues.length, 21);
    assert.deepEqual(issues[20], { path: '…', problem: 'invalid-value', received: 129_980 });
  });

  it('caps priorities and room splits the same way', () => {
    const priorities = cleanDilemmaPriorities(Array.from({ length: 25 }, (_, i) => `nope${i}`)).issues;
    assert.equal(priorities.length, 21);
    assert.equal(priorities[20].received, 5);
    const splits = cleanDilemmaRoomSplits(unknownKeys(30)).issues;
    assert.equal(splits.length, 21);
    assert.equal(splits[20].received, 10);
  });

  it('caps a whole state\'s issues together, however they are spread over its fields', () => {
    const { value, issues } = cleanDilemmaWorkshop({
      ...unknownKeys(15), positions: unknownKeys(10), priorities: ['culture', ...Array.from({ length: 10 }, (_, i) => `nope${i}`)],
    });
    assert.deepEqual(value.priorities, ['culture'], 'what is valid is still kept');
    assert.equal(issues.length, 21);
    assert.deepEqual(issues[20], { path: '…', problem: 'invalid-value', received: 15 });
    assert.equal(issues[0].path, 'state.nope0');
    assert.equal(issues[15].path, 'state.positions.nope0');
  });
});
