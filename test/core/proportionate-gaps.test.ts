/**
 * What the slider's portfolio view says about gaps, as a user reads it: which gaps, in
 * which order, pointing at which stops, and who each gap's advice is credited to.
 * Each case was a surviving mutant of src/core/proportionate/portfolio.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SLIDER_GAP_CREDITS, SLIDER_GAP_IDS, portfolioGaps, type SliderService } from '../../src/core/index.js';

const s = (name: string, value: number): SliderService => ({ name, value });

describe('slider gaps: the list a user reads', () => {
  it('four gaps, in the order the element lists them', () => {
    assert.deepEqual(SLIDER_GAP_IDS, ['no-universal-base', 'no-proportionate-middle', 'nothing-for-most-needs', 'all-in-one-place']);
  });
  it('one service at the specialist end shows the first two gaps with the empty stops behind each', () => {
    assert.deepEqual(portfolioGaps([s('Trajectbegeleiding', 95)]).gaps, [
      { id: 'no-universal-base', stops: ['community', 'universal'] },
      { id: 'no-proportionate-middle', stops: ['universal-plus'] },
    ]);
  });
  it('two open offers in one stop: no middle, nothing for most needs, and everything in that stop', () => {
    assert.deepEqual(portfolioGaps([s('Speelplein', 5), s('Bib', 15)]).gaps, [
      { id: 'no-proportionate-middle', stops: ['universal-plus'] },
      { id: 'nothing-for-most-needs', stops: ['targeted', 'specialist'] },
      { id: 'all-in-one-place', stops: ['community'] },
    ]);
  });
  it('one service in each half of the base and of the targeted end is no gap of either', () => {
    assert.deepEqual(portfolioGaps([s('A', 25), s('B', 50), s('C', 65)]).gaps, []);
    assert.deepEqual(portfolioGaps([s('A', 5), s('B', 50), s('C', 85)]).gaps, []);
  });
  it('services are grouped without changing them, by their cleaned position', () => {
    const p = portfolioGaps([s('Late', 79.5), s('Early', 60), s('Far', 150)]);
    assert.deepEqual(p.byStop.map((g) => g.services.map((x) => x.name)), [[], [], [], ['Early', 'Late'], ['Far']]);
    assert.deepEqual(p.byStop[4].services, [{ name: 'Far', value: 150 }]);
  });
});

describe('slider gaps: who the advice is credited to', () => {
  it('INCh for the base and for the families with most needs, Kinderen eerst for the middle, the tool for one place', () => {
    assert.deepEqual(SLIDER_GAP_CREDITS, {
      'no-universal-base': { provenance: 'finding', source: 'inch' },
      'no-proportionate-middle': { provenance: 'finding', source: 'kinderen-eerst' },
      'nothing-for-most-needs': { provenance: 'finding', source: 'inch' },
      'all-in-one-place': { provenance: 'reading', source: 'samen' },
    });
    assert.ok(Object.isFrozen(SLIDER_GAP_CREDITS), 'hosts cannot change a credit');
  });
});
