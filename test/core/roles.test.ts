import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  ROLE_FACTORS, ROLES, cleanRoleAnswers, recommendRole, type Role, type RoleAnswers,
  GOVERNANCE_FORMS, GOVERNANCE_QUESTIONS, DIRECTING_TYPES, DIRECTING_QUESTIONS,
  cleanTypologyAnswers, tallyTypology,
} from '../../src/core/index.js';

/** INCh's table as printed in DOMAIN.md, written out independently of the core's data. */
const TABLE: Record<string, [string, Role[], string, Role[]]> = {
  commitment: ['low', ['commissioner'], 'high', ['facilitator']],
  consensus: ['high', ['facilitator'], 'low', ['co-producer', 'commissioner']],
  history: ['positive', ['commissioner'], 'negative', ['facilitator']],
  diversity: ['high', ['commissioner'], 'low', ['facilitator']],
  participation: ['voluntary', ['facilitator'], 'mandatory', ['commissioner']],
  continuity: ['stable', ['facilitator', 'co-producer'], 'unstable', ['commissioner']],
  time: ['much', ['facilitator', 'co-producer'], 'little', ['commissioner']],
  addedValue: ['high', ['facilitator', 'co-producer'], 'low', ['commissioner']],
  trust: ['high', ['facilitator', 'co-producer'], 'low', ['commissioner']],
};

const answerArb = fc.record(
  Object.fromEntries(ROLE_FACTORS.map((f) => [f.id, fc.constantFrom(undefined, f.poles[0].value, f.poles[1].value)])),
  { requiredKeys: [] },
) as fc.Arbitrary<RoleAnswers>;

describe('role recommender: INCh table, every row and both poles', () => {
  for (const [factor, [a, rolesA, b, rolesB]] of Object.entries(TABLE)) {
    for (const [value, roles] of [[a, rolesA], [b, rolesB]] as const) {
      it(`${factor} = ${value} points to ${roles.join(' / ')}`, () => {
        const result = recommendRole({ [factor]: value });
        assert.deepEqual(result.reasons, [{ factor, value, roles }]);
        if (roles.length === 1) assert.equal(result.role, roles[0]);
        else {
          assert.equal(result.role, null, 'two roles named by the table tie');
          assert.deepEqual([...result.tied].sort(), [...roles].sort());
        }
      });
    }
  }
  it('asks exactly the nine characteristics of the table', () => {
    assert.deepEqual(ROLE_FACTORS.map((f) => f.id).sort(), Object.keys(TABLE).sort());
  });
});

describe('role recommender: results', () => {
  it('recommends nothing while nothing is answered', () => {
    const r = recommendRole({});
    assert.equal(r.role, null);
    assert.deepEqual(r.tied, []);
    assert.equal(r.lead, 'none');
  });
  it('a network with every bottom-up answer gets a clear facilitator', () => {
    const all = Object.fromEntries(Object.entries(TABLE).map(([f, row]) => [f, row[1].includes('facilitator') && row[1].length === 1 ? row[0] : row[1].includes('facilitator') ? row[0] : row[2]]));
    const r = recommendRole(all);
    assert.equal(r.role, 'facilitator');
    assert.equal(r.lead, 'clear');
    assert.equal(r.mixed, false);
  });
  it('a network with every top-down answer gets a clear commissioner', () => {
    const all = Object.fromEntries(Object.entries(TABLE).map(([f, row]) => [f, row[1].includes('commissioner') ? row[0] : row[2]]));
    const r = recommendRole(all);
    assert.equal(r.role, 'commissioner');
    assert.equal(r.lead, 'clear');
  });
  it('answers that pull both ways evenly recommend the co-producer and say the signals are mixed', () => {
    const r = recommendRole({ commitment: 'low', history: 'positive', diversity: 'low', participation: 'voluntary' });
    assert.equal(r.role, 'co-producer');
    assert.equal(r.mixed, true);
    // No answer points to the co-producer: its lead is the model's reading, and says so.
    assert.equal(r.middleByModel, true);
    assert.deepEqual(r.order[0], 'co-producer');
  });
  it('a co-producer that an answer points to is not flagged as the model\'s reading', () => {
    const r = recommendRole({ consensus: 'low', time: 'much', continuity: 'stable' });
    assert.ok(r.order[0] === 'co-producer' || r.tied.includes('co-producer'));
    assert.equal(r.middleByModel, false);
    assert.equal(recommendRole({ commitment: 'low' }).middleByModel, false);
  });
  it('orders the roles from closest to furthest, best fit first', () => {
    const r = recommendRole({ commitment: 'low', diversity: 'high', history: 'positive' });
    assert.deepEqual(r.order, ['commissioner', 'co-producer', 'facilitator']);
    for (let i = 1; i < r.order.length; i++) assert.ok(r.scores[r.order[i - 1]] >= r.scores[r.order[i]]);
  });
  it('one or two answers never make a clear lead', () => {
    assert.equal(recommendRole({ commitment: 'low' }).lead, 'slight');
    assert.equal(recommendRole({ commitment: 'low', diversity: 'high', history: 'positive' }).lead, 'clear');
  });
});

describe('role recommender: properties', () => {
  it('moving one answer toward a role never lowers that role\'s score', () => {
    fc.assert(fc.property(answerArb, fc.constantFrom(...ROLE_FACTORS), fc.constantFrom(...ROLES), (answers, factor, role) => {
      const toward = factor.poles.find((p) => p.roles.includes(role));
      const away = factor.poles.find((p) => !p.roles.includes(role));
      if (!toward || !away) return;
      const before = recommendRole({ ...answers, [factor.id]: away.value }).scores[role];
      const unanswered = recommendRole({ ...answers, [factor.id]: undefined }).scores[role];
      const after = recommendRole({ ...answers, [factor.id]: toward.value }).scores[role];
      assert.ok(after >= before, `${factor.id}: ${after} < ${before}`);
      assert.ok(after >= unanswered);
    }));
  });
  it('the result never depends on the order of the answers', () => {
    fc.assert(fc.property(answerArb, (answers) => {
      const reversed = Object.fromEntries(Object.entries(answers).reverse());
      assert.deepEqual(recommendRole(reversed), recommendRole(answers));
    }));
  });
  it('a recommended role always has the top score, and ties are always named', () => {
    fc.assert(fc.property(answerArb, (answers) => {
      const r = recommendRole(answers);
      const best = Math.max(...ROLES.map((x) => r.scores[x]));
      if (r.role) assert.equal(r.scores[r.role], best);
      else if (r.answered > 0) assert.ok(r.tied.length >= 2);
    }));
  });
});

describe('role recommender: bad input', () => {
  it('keeps valid answers and reports unknown ids and values', () => {
    const { value, issues } = cleanRoleAnswers({ commitment: 'high', colour: 'blue', trust: 'maybe' });
    assert.deepEqual(value, { commitment: 'high' });
    assert.deepEqual(issues.map((i) => `${i.path}:${i.problem}`), ['answers.colour:unknown-id', 'answers.trust:invalid-value']);
  });
  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything(), (input) => {
      const { value } = cleanRoleAnswers(input);
      recommendRole(value);
    }));
  });
  it('reports a non-object', () => {
    assert.equal(cleanRoleAnswers([1, 2]).issues[0].problem, 'not-an-object');
  });
});

describe('governance form and directing type', () => {
  it('Provan & Kenis: each form is predicted by its own column', () => {
    for (const form of GOVERNANCE_FORMS) {
      const answers = Object.fromEntries(GOVERNANCE_QUESTIONS.map((q) => [q.id, q.options.find((o) => o.type === form)!.value]));
      const r = tallyTypology(GOVERNANCE_FORMS, GOVERNANCE_QUESTIONS, answers);
      assert.equal(r.type, form);
      assert.equal(r.counts[form], 4);
    }
  });
  it('a split vote is a tie, not a verdict', () => {
    const r = tallyTypology(GOVERNANCE_FORMS, GOVERNANCE_QUESTIONS, { trust: 'widely-shared', size: 'many' });
    assert.equal(r.type, null);
    assert.deepEqual(r.tied, ['shared', 'nao']);
  });
  it('directing: mostly joint answers make a partner', () => {
    const r = tallyTypology(DIRECTING_TYPES, DIRECTING_QUESTIONS, { steering: 'joint', goals: 'joint', vision: 'municipality' });
    assert.equal(r.type, 'partner');
    assert.equal(r.answered, 3);
  });
  it('cleaning drops unknown questions and options', () => {
    const { value, issues } = cleanTypologyAnswers(DIRECTING_QUESTIONS, { steering: 'joint', colour: 'x', vision: 'nobody' }, 'directing');
    assert.deepEqual(value, { steering: 'joint' });
    assert.equal(issues.length, 2);
  });
});
