/**
 * The role recommender's verdicts a user reads: "clear lead" or "slight lead", "tied",
 * "mixed signals". Each case sits at a boundary, so a changed threshold or comparison
 * (the mutants Stryker made of src/core/roles) changes what the test sees.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ROLES, ROLE_FACTORS, cleanRoleAnswers, recommendRole, type RoleAnswers } from '../../src/core/index.js';
import { hostile } from './arbitraries.js';

/** Top score minus the next, per answered factor: what the "clear lead" verdict measures. */
const margin = (answers: RoleAnswers) => {
  const r = recommendRole(answers);
  const [first, second] = Object.values(r.scores).sort((a, b) => b - a);
  return (first - second) / r.answered;
};

describe('role recommender: how clear the lead is', () => {
  // The two answer sets closest to the 0.2 threshold among all 3^9 combinations.
  const justBelow = { history: 'positive', diversity: 'high', participation: 'voluntary', continuity: 'stable', time: 'much', addedValue: 'high', trust: 'low' };
  const justAbove = { consensus: 'low', history: 'positive', diversity: 'high', participation: 'voluntary', continuity: 'unstable', time: 'little', addedValue: 'low', trust: 'low' };

  it('a lead just under a fifth of the answers is slight', () => {
    assert.ok(margin(justBelow) < 0.2 && margin(justBelow) > 0.19);
    const r = recommendRole(justBelow);
    assert.equal(r.lead, 'slight');
    assert.notEqual(r.role, null);
  });
  it('a lead just over a fifth of the answers is clear', () => {
    assert.ok(margin(justAbove) > 0.2 && margin(justAbove) < 0.21);
    assert.equal(recommendRole(justAbove).lead, 'clear');
    assert.equal(recommendRole(justAbove).role, 'commissioner');
  });
  it('two answers are never a clear lead, however one-sided; three can be', () => {
    const two = { addedValue: 'low', trust: 'low' };
    assert.ok(margin(two) > 0.3);
    assert.equal(recommendRole(two).lead, 'slight');
    const three = { ...two, time: 'little' };
    assert.deepEqual([recommendRole(three).lead, recommendRole(three).role], ['clear', 'commissioner']);
  });
  it('a tie names no role, lists the tied ones and says "tied"', () => {
    const r = recommendRole({ consensus: 'low' });
    assert.deepEqual([r.role, r.lead], [null, 'tied']);
    assert.deepEqual(r.tied, ['co-producer', 'commissioner']);
    // Opposite answers weigh the same: the middle role wins, it is no tie.
    assert.deepEqual([recommendRole({ commitment: 'high', diversity: 'high' }).role, recommendRole({ commitment: 'high', diversity: 'high' }).lead], ['co-producer', 'slight']);
  });
  it('nothing answered: no role, no lead, no mixed signals, the roles in scale order', () => {
    const r = recommendRole({});
    assert.deepEqual([r.role, r.lead, r.mixed, r.answered, r.middleByModel], [null, 'none', false, 0, false]);
    assert.deepEqual(r.order, [...ROLES]);
    assert.deepEqual(r.tied, []);
    assert.deepEqual(r.reasons, []);
  });
  it('scores follow the fit table: a pure pole gives its role 1, the middle 0.625, the far end 0', () => {
    assert.deepEqual(recommendRole({ commitment: 'low' }).scores, { facilitator: 0, 'co-producer': 0.625, commissioner: 1 });
    // consensus low points to co-producer and commissioner: a position of 0.75.
    assert.deepEqual(recommendRole({ consensus: 'low' }).scores, { facilitator: 0.25, 'co-producer': 0.875, commissioner: 0.875 });
  });
});

describe('role recommender: the co-producer as the model\'s reading', () => {
  it('is not the model\'s reading when one answer points to it and another does not', () => {
    // Mutation testing found "no answer points to it" could be read as "not every answer does".
    const r = recommendRole({ trust: 'high', diversity: 'high' });
    assert.deepEqual([r.role, r.middleByModel], ['co-producer', false]);
    const only = recommendRole({ commitment: 'high', diversity: 'high' });
    assert.deepEqual([only.role, only.middleByModel], ['co-producer', true]);
  });
});

describe('role recommender: mixed signals', () => {
  it('answers all bottom-up or all top-down are not mixed', () => {
    assert.equal(recommendRole({ commitment: 'high', participation: 'voluntary', trust: 'high' }).mixed, false);
    assert.equal(recommendRole({ commitment: 'low', participation: 'mandatory', consensus: 'low' }).mixed, false);
  });
  it('one answer each way is mixed, whatever the role', () => {
    const r = recommendRole({ commitment: 'high', participation: 'mandatory' });
    assert.equal(r.mixed, true);
    assert.equal(recommendRole({ trust: 'high', consensus: 'low' }).mixed, true);
  });
  it('mixed is exactly "some answer below the middle and some above"', () => {
    const answerArb = fc.record(
      Object.fromEntries(ROLE_FACTORS.map((f) => [f.id, fc.constantFrom(undefined, f.poles[0].value, f.poles[1].value)])),
      { requiredKeys: [] },
    ) as fc.Arbitrary<RoleAnswers>;
    fc.assert(fc.property(answerArb, (answers) => {
      const r = recommendRole(answers);
      const sides = r.reasons.map(({ roles }) => {
        const bottomUp = roles.every((x) => x !== 'commissioner');
        const topDown = roles.every((x) => x !== 'facilitator');
        return bottomUp && !topDown ? 'up' : topDown && !bottomUp ? 'down' : 'middle';
      });
      assert.equal(r.mixed, sides.includes('up') && sides.includes('down'));
    }));
  });
});

describe('role recommender: cleaning answers', () => {
  it('null or undefined for a factor means unanswered, silently', () => {
    assert.deepEqual(cleanRoleAnswers({ commitment: null, trust: undefined, time: 'much' }), { value: { time: 'much' }, issues: [] });
  });
  it('nothing given is no answer and no issue; a list or a string is not answers', () => {
    assert.deepEqual(cleanRoleAnswers(undefined), { value: {}, issues: [] });
    assert.deepEqual(cleanRoleAnswers(null), { value: {}, issues: [] });
    for (const input of [[1], 'commitment', 3]) {
      assert.deepEqual(cleanRoleAnswers(input).value, {});
      assert.deepEqual(cleanRoleAnswers(input).issues.map((i) => [i.path, i.problem]), [['answers', 'not-an-object']]);
    }
  });
  it('a pole of another factor is an invalid value', () => {
    assert.deepEqual(cleanRoleAnswers({ commitment: 'much' }).issues.map((i) => [i.path, i.problem, i.received]), [['answers.commitment', 'invalid-value', 'much']]);
  });
  it('keeps every valid answer of any hostile input and nothing else', () => {
    let checked = 0;
    const valid = fc.constantFrom(...ROLE_FACTORS.flatMap((f) => f.poles.map((p) => p.value)));
    const keyed = fc.dictionary(fc.constantFrom(...ROLE_FACTORS.map((f) => f.id), 'x'), fc.oneof(valid, hostile));
    fc.assert(fc.property(fc.oneof(hostile, keyed), (input) => {
      const { value } = cleanRoleAnswers(input);
      if (Object.keys(value).length) checked++;
      for (const [id, v] of Object.entries(value)) assert.ok(ROLE_FACTORS.find((f) => f.id === id)!.poles.some((p) => p.value === v));
      if (input && typeof input === 'object' && !Array.isArray(input)) {
        for (const f of ROLE_FACTORS) {
          const given: unknown = (input as Record<string, unknown>)[f.id];
          if (Object.hasOwn(input, f.id) && f.poles.some((p) => p.value === given)) assert.equal(value[f.id], given);
        }
      }
      recommendRole(value);
    }), { numRuns: 200 });
    assert.ok(checked > 20, `runs with kept answers to check (${checked})`);
  });
});
