/**
 * The room's counts in a workshop, as the facilitator enters them with + and − and the
 * explorer shows them (how many people, where the room stands, "the room is divided").
 * Written for surviving mutants of src/core/dilemmas/room.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DILEMMA_ROOM_MAX, DILEMMA_ROOM_STOPS, changeDilemmaRoomSplit, cleanDilemmaRoomSplit, cleanDilemmaRoomSplits,
  dilemmaRoomStopOf, emptyDilemmaRoomSplit, summariseDilemmaRoom,
} from '../../src/core/index.js';

const near = (a: number | null, b: number, what: string): void => assert.ok(a !== null && Math.abs(a - b) < 1e-12, `${what}: ${a} ≈ ${b}`);

describe('dilemmas: cleaning the room\'s counts', () => {
  it('five stops from the first pole to the second, all empty at first', () => {
    assert.deepEqual(DILEMMA_ROOM_STOPS, [-1, -0.5, 0, 0.5, 1]);
    assert.deepEqual(emptyDilemmaRoomSplit(), [0, 0, 0, 0, 0]);
    assert.equal(DILEMMA_ROOM_MAX, 999);
  });

  it('keeps 0 and 999 as they are, without an issue', () => {
    assert.deepEqual(cleanDilemmaRoomSplit([0, 999, 1, 0, 7]), { value: [0, 999, 1, 0, 7], issues: [] });
  });

  it('takes 1000 as a typing slip: 999, out of range; -1 becomes 0', () => {
    assert.deepEqual(cleanDilemmaRoomSplit([1000, -1, 0, 0, 0]), {
      value: [999, 0, 0, 0, 0],
      issues: [{ path: 'split[0]', problem: 'out-of-range', received: 1000 }, { path: 'split[1]', problem: 'out-of-range', received: -1 }],
    });
  });

  it('rounds half a person to a whole one, saying so; a count just under 0 or over 999 is brought in, not rounded out', () => {
    assert.deepEqual(cleanDilemmaRoomSplit([2.5, 0.4, -0.4, 998.6, 999.4]), {
      value: [3, 0, 0, 999, 999],
      issues: [
        { path: 'split[0]', problem: 'invalid-value', received: 2.5 },
        { path: 'split[1]', problem: 'invalid-value', received: 0.4 },
        { path: 'split[2]', problem: 'out-of-range', received: -0.4 },
        { path: 'split[3]', problem: 'invalid-value', received: 998.6 },
        { path: 'split[4]', problem: 'out-of-range', received: 999.4 },
      ],
    });
  });

  it('an endless count is out of range and becomes 999; NaN or text counts nobody', () => {
    const { value, issues } = cleanDilemmaRoomSplit([Infinity, -Infinity, NaN, '3', null]);
    assert.deepEqual(value, [999, 0, 0, 0, 0]);
    assert.deepEqual(issues.map((i) => [i.path, i.problem]), [
      ['split[0]', 'out-of-range'], ['split[1]', 'out-of-range'], ['split[2]', 'invalid-value'], ['split[3]', 'invalid-value'], ['split[4]', 'invalid-value'],
    ]);
  });

  it('no count is ever -0 (a saved file reads back the same)', () => {
    assert.ok(Object.is(cleanDilemmaRoomSplit([-0, 0, 0, 0, 1]).value[0], 0), '-0 is stored as 0');
    assert.ok(Object.is(cleanDilemmaRoomSplit([-0.4, 0, 0, 0, 1]).value[0], 0), '-0.4 rounds to 0, not -0');
  });

  it('a split of the wrong length is read as far as it goes, its length reported', () => {
    assert.deepEqual(cleanDilemmaRoomSplit([1, 2, 3, 4, 5, 6, 7]), {
      value: [1, 2, 3, 4, 5], issues: [{ path: 'split', problem: 'invalid-value', received: 7 }],
    });
    assert.deepEqual(cleanDilemmaRoomSplit([]), { value: [0, 0, 0, 0, 0], issues: [{ path: 'split', problem: 'invalid-value', received: 0 }] });
  });

  it('a split that is not a list counts nobody, with an issue at its path', () => {
    assert.deepEqual(cleanDilemmaRoomSplit({ 0: 3 }, 'here'), { value: [0, 0, 0, 0, 0], issues: [{ path: 'here', problem: 'invalid-value', received: { 0: 3 } }] });
    assert.deepEqual(cleanDilemmaRoomSplit('3,0,0,0,0').value, [0, 0, 0, 0, 0]);
    assert.deepEqual(cleanDilemmaRoomSplit(null), { value: [0, 0, 0, 0, 0], issues: [] });
  });

  it('splits per dilemma: a bad count is reported under its dilemma, a split of a non-object refused', () => {
    assert.deepEqual(cleanDilemmaRoomSplits({ power: [1, 'x', 0, 0, 0] }), {
      value: { power: [1, 0, 0, 0, 0] }, issues: [{ path: 'splits.power[1]', problem: 'invalid-value', received: 'x' }],
    });
    assert.deepEqual(cleanDilemmaRoomSplits([[1, 0, 0, 0, 0]]), { value: {}, issues: [{ path: 'splits', problem: 'not-an-object', received: [[1, 0, 0, 0, 0]] }] });
    assert.deepEqual(cleanDilemmaRoomSplits(undefined), { value: {}, issues: [] });
    assert.deepEqual(cleanDilemmaRoomSplits({ power: [0, 0, 0, 0, 1] }).value, { power: [0, 0, 0, 0, 1] }, 'one person at the last stop is kept');
  });
});

describe('dilemmas: + and − on the room\'s counts', () => {
  it('adds and removes people at one stop, leaving the split given untouched', () => {
    const before = [0, 2, 0, 0, 0];
    assert.deepEqual(changeDilemmaRoomSplit(before, 0, 1), [1, 2, 0, 0, 0]);
    assert.deepEqual(changeDilemmaRoomSplit(before, 1, -1), [0, 1, 0, 0, 0]);
    assert.deepEqual(before, [0, 2, 0, 0, 0]);
  });

  it('never goes above 999', () => {
    assert.deepEqual(changeDilemmaRoomSplit([0, 0, 998, 0, 0], 2, 5), [0, 0, 999, 0, 0]);
  });

  it('counts whole people: a delta of 0.6 adds one, 0.4 none', () => {
    assert.deepEqual(changeDilemmaRoomSplit([0, 0, 0, 0, 0], 3, 0.6), [0, 0, 0, 1, 0]);
    assert.deepEqual(changeDilemmaRoomSplit([0, 0, 0, 0, 0], 3, 0.4), [0, 0, 0, 0, 0]);
  });

  it('a stop that does not exist or a delta that is not a number changes nothing', () => {
    const split = [1, 1, 1, 1, 1];
    for (const [stop, delta] of [[-1, 1], [5, 1], [1.5, 1], [NaN, 1], [2, NaN], [2, Infinity], [2, -Infinity]]) {
      assert.deepEqual(changeDilemmaRoomSplit(split, stop, delta), split, `stop ${stop}, delta ${delta}`);
    }
  });

  it('cleans a damaged split before counting', () => {
    assert.deepEqual(changeDilemmaRoomSplit([1, -3, 2.4] as number[], 4, 1), [1, 0, 2, 0, 1]);
  });
});

describe('dilemmas: where a position stands in the room', () => {
  it('the nearest stop; halfway goes away from the middle; outside [-1, 1] the end; not a number the middle', () => {
    const cases: [number, number][] = [[-1, 0], [-0.75, 0], [-0.74, 1], [-0.5, 1], [-0.26, 1], [-0.24, 2], [0, 2], [0.24, 2], [0.26, 3], [0.74, 3], [0.75, 4], [1, 4], [5, 4], [-5, 0], [NaN, 2], [Infinity, 2]];
    for (const [p, stop] of cases) assert.equal(dilemmaRoomStopOf(p), stop, `position ${p}`);
  });
});

describe('dilemmas: what the room\'s split shows', () => {
  it('counts, shares, sides, mean and spread of a room', () => {
    const s = summariseDilemmaRoom([2, 2, 3, 3, 0]);
    assert.equal(s.total, 10);
    assert.deepEqual(s.shares, [0.2, 0.2, 0.3, 0.3, 0]);
    near(s.sides.first, 0.4, 'first side');
    assert.equal(s.sides.middle, 0.3);
    near(s.sides.second, 0.3, 'second side');
    near(s.mean, -0.15, 'mean'); // (2 × -1 + 2 × -0.5 + 3 × 0.5) / 10
    // variance: 0.2 × 0.85² + 0.2 × 0.35² + 0.3 × 0.15² + 0.3 × 0.65² = 0.3025
    near(s.spread, 0.55, 'spread');
    assert.equal(s.lean, 'balanced');
    assert.equal(s.divided, true, '4 and 3 of 10 on either side is a divided room');
  });

  it('a room leaning to the second pole says so', () => {
    const s = summariseDilemmaRoom([0, 0, 1, 1, 2]);
    near(s.mean, 0.625, 'mean');
    assert.equal(s.lean, 'second');
    assert.equal(s.divided, false);
  });

  it('a room whose mean is exactly a quarter from the centre leans', () => {
    assert.equal(summariseDilemmaRoom([0, 1, 1, 0, 0]).lean, 'first');
    assert.equal(summariseDilemmaRoom([0, 0, 1, 1, 0]).lean, 'second');
  });

  it('a side holding exactly 30 % counts; just under does not', () => {
    assert.equal(summariseDilemmaRoom([0, 3, 4, 3, 0]).divided, true);
    assert.equal(summariseDilemmaRoom([3, 0, 5, 0, 2]).divided, false, 'only one side holds 30 %');
    assert.equal(summariseDilemmaRoom([2, 0, 5, 0, 3]).divided, false, 'only the other side holds 30 %');
  });

  it('a room equally on both sides has a mean of exactly 0, never -0 or a hair off', () => {
    for (const split of [[1, 1, 1, 1, 1], [3, 7, 0, 7, 3], [0, 1, 0, 1, 0], [7, 3, 1, 3, 7]]) {
      const s = summariseDilemmaRoom(split);
      assert.ok(Object.is(s.mean, 0), `${split}: mean ${s.mean}`);
      assert.equal(s.lean, 'balanced');
    }
  });

  it('a room all at one stop has no spread', () => {
    for (let stop = 0; stop < 5; stop++) {
      const split = [0, 0, 0, 0, 0];
      split[stop] = 7;
      const s = summariseDilemmaRoom(split);
      assert.equal(s.spread, 0, `all at stop ${stop}`);
      assert.equal(s.mean, DILEMMA_ROOM_STOPS[stop]);
    }
  });
});
