/**
 * The role recommender's two further views, as a user reads them: the options of each
 * question in the order shown and the type each points to (written out here from
 * DOMAIN.md, independently of the core's data), the verdict or tie of the tally, and
 * what cleaning reports. Each case was a mutant of src/core/roles/typologies.ts that the
 * older tests let through.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  GOVERNANCE_FORMS, GOVERNANCE_QUESTIONS, DIRECTING_TYPES, DIRECTING_QUESTIONS,
  cleanTypologyAnswers, tallyTypology,
} from '../../src/core/index.js';

/** Provan & Kenis (2008) as DOMAIN.md prints them: each question's options along its own scale. */
const GOVERNANCE: Record<string, [string, string][]> = {
  trust: [['widely-shared', 'shared'], ['moderate', 'nao'], ['low-centralised', 'lead-organisation']],
  size: [['few', 'shared'], ['moderate', 'lead-organisation'], ['many', 'nao']],
  goalConsensus: [['high', 'shared'], ['moderately-high', 'nao'], ['moderately-low', 'lead-organisation']],
  competencies: [['low', 'shared'], ['moderate', 'lead-organisation'], ['high', 'nao']],
};
/** INCh's eight aspects of directing, each answered alone / jointly / by the parties. */
const ASPECTS = ['steering', 'boundaries', 'dependency', 'alignment', 'goals', 'responsibility', 'vision', 'monitoring'];

describe('typologies: the questions a user answers', () => {
  it('governance: four questions, each option in the order shown pointing to its form', () => {
    assert.deepEqual(GOVERNANCE_FORMS, ['shared', 'lead-organisation', 'nao']);
    assert.deepEqual(
      GOVERNANCE_QUESTIONS.map((q) => [q.id, q.options.map((o) => [o.value, o.type])]),
      Object.entries(GOVERNANCE),
    );
  });
  it('directing: eight aspects, each municipality -> executer, joint -> partner, parties -> initiator', () => {
    assert.deepEqual(DIRECTING_TYPES, ['executer', 'partner', 'initiator']);
    assert.deepEqual(DIRECTING_QUESTIONS.map((q) => q.id), ASPECTS);
    for (const q of DIRECTING_QUESTIONS)
      assert.deepEqual(q.options.map((o) => [o.value, o.type]), [['municipality', 'executer'], ['joint', 'partner'], ['parties', 'initiator']]);
  });
});

describe('typologies: the tally', () => {
  it('nothing answered: no type, no tie, every count zero', () => {
    assert.deepEqual(tallyTypology(DIRECTING_TYPES, DIRECTING_QUESTIONS, {}), {
      type: null, tied: [], counts: { executer: 0, partner: 0, initiator: 0 }, answered: 0,
    });
  });
  it('one answer is a verdict with a count of one and no tie', () => {
    assert.deepEqual(tallyTypology(GOVERNANCE_FORMS, GOVERNANCE_QUESTIONS, { size: 'many' }), {
      type: 'nao', tied: [], counts: { shared: 0, 'lead-organisation': 0, nao: 1 }, answered: 1,
    });
  });
  it('a three-way split names all three as tied and no type', () => {
    const r = tallyTypology(DIRECTING_TYPES, DIRECTING_QUESTIONS, { steering: 'municipality', goals: 'joint', vision: 'parties' });
    assert.deepEqual([r.type, r.tied, r.answered], [null, ['executer', 'partner', 'initiator'], 3]);
  });
  it('a lead of one answer over a tie of the others is a verdict', () => {
    const r = tallyTypology(DIRECTING_TYPES, DIRECTING_QUESTIONS, { steering: 'parties', goals: 'parties', vision: 'joint', monitoring: 'municipality' });
    assert.deepEqual([r.type, r.tied, r.counts], ['initiator', [], { executer: 1, partner: 1, initiator: 2 }]);
  });
  it('answers to unknown questions or with unknown options count for nothing', () => {
    const r = tallyTypology(GOVERNANCE_FORMS, GOVERNANCE_QUESTIONS, { colour: 'few', size: 'huge', trust: 'moderate' });
    assert.deepEqual([r.type, r.answered, r.counts.nao], ['nao', 1, 1]);
  });
});

describe('typologies: cleaning', () => {
  it('nothing given is no answer and no issue', () => {
    for (const input of [undefined, null]) assert.deepEqual(cleanTypologyAnswers(GOVERNANCE_QUESTIONS, input, 'governance'), { value: {}, issues: [] });
  });
  it('a list or a string is reported under the given name, with what was received', () => {
    for (const input of [['few'], 'few', 4])
      assert.deepEqual(cleanTypologyAnswers(GOVERNANCE_QUESTIONS, input, 'governance'), {
        value: {}, issues: [{ path: 'governance', problem: 'not-an-object', received: input }],
      });
  });
  it('each dropped answer says where, what kind of mistake and what it was', () => {
    const { value, issues } = cleanTypologyAnswers(DIRECTING_QUESTIONS, { steering: 'joint', colour: 'x', vision: 'nobody' }, 'directing');
    assert.deepEqual(value, { steering: 'joint' });
    assert.deepEqual(issues, [
      { path: 'directing.colour', problem: 'unknown-id', received: 'x' },
      { path: 'directing.vision', problem: 'invalid-value', received: 'nobody' },
    ]);
  });
});
