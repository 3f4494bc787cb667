/**
 * Where each of the role recommender's rules comes from, as a host reads it from
 * ROLE_FACTORS: the seven characteristics of INCh's main deck and the two of its
 * workability deck (DOMAIN.md, seeds 000 and 001). A blanked or swapped source was a
 * surviving mutant of src/core/roles/index.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ROLE_FACTORS } from '../../src/core/index.js';

describe('role recommender: the source of every rule', () => {
  it('commitment to trust: INCh 2018 for the first seven, the workability deck for added value and trust', () => {
    assert.deepEqual(Object.fromEntries(ROLE_FACTORS.map((f) => [f.id, f.source])), {
      commitment: 'inch-2018',
      consensus: 'inch-2018',
      history: 'inch-2018',
      diversity: 'inch-2018',
      participation: 'inch-2018',
      continuity: 'inch-2018',
      time: 'inch-2018',
      addedValue: 'inch-workability',
      trust: 'inch-workability',
    });
  });
});
