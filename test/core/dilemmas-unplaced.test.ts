/**
 * A dilemma position that is not a finite number is "not placed yet", never a lean to
 * one side: surviving mutants of src/core/dilemmas/profile.ts showed that NaN or an
 * infinity given straight to the profile was not tested (it would read as "second").
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DILEMMAS, dilemmaLean, dilemmaProfile } from '../../src/core/index.js';

describe('dilemmas: a position that is not a number', () => {
  it('NaN, infinities, null, nothing and a numeric string are unplaced', () => {
    for (const p of [NaN, Infinity, -Infinity, null, undefined, '0.8' as unknown as number]) assert.equal(dilemmaLean(p), 'unplaced', String(p));
  });
  it('the profile shows such a position as unplaced and without a position', () => {
    const id = DILEMMAS[0].id;
    for (const bad of [NaN, Infinity, '0.8' as unknown as number]) {
      const profile = dilemmaProfile({ [id]: bad }, []);
      const entry = profile.entries.find((e) => e.id === id)!;
      assert.deepEqual([entry.lean, entry.position], ['unplaced', null], String(bad));
      assert.equal(profile.counts.unplaced, profile.entries.length);
    }
  });
  it('a priority given twice is one pressing dilemma, not two', () => {
    const id = DILEMMAS[0].id;
    const profile = dilemmaProfile({}, [id, id]);
    assert.deepEqual(profile.pressing.map((p) => [p.id, p.reason]), [[id, 'priority']]);
  });
});
