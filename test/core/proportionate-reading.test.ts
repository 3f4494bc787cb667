/**
 * What the slider says a position risks and how it reads its input, where surviving
 * mutants of src/core/proportionate showed the older tests did not look: the band words,
 * one risk's level on its own, who each risk is credited to, who targeted help reaches,
 * numbers written as text, and a portfolio entry whose value is empty.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SLIDER_RISKS, SLIDER_STOPS, cleanServices, cleanSliderValue, sliderResult, sliderRiskLevel } from '../../src/core/index.js';

describe('slider: the words for a risk', () => {
  it('low under a third, moderate under two thirds, high above, and all three occur along the line', () => {
    const seen = new Set<string>();
    for (let v = 0; v <= 100; v += 5)
      for (const r of sliderResult(v).risks) {
        assert.equal(r.band, r.level < 1 / 3 ? 'low' : r.level < 2 / 3 ? 'moderate' : 'high', `${r.id} at ${v}`);
        seen.add(r.band);
      }
    assert.deepEqual([...seen].sort(), ['high', 'low', 'moderate']);
  });
  it('a risk exactly at the floor (5 %) is still shown', () => {
    assert.equal(sliderRiskLevel('poor-reach', 60), 0.05);
    assert.ok(sliderResult(60).risks.some((r) => r.id === 'poor-reach'), 'poor reach at 60 is listed');
    assert.ok(sliderResult(50).risks.some((r) => r.id === 'threshold-exclusion' && r.level === 0.05), 'threshold exclusion at 50 is listed');
  });
  it('one risk read alone has the level the result shows, and an unknown risk is none', () => {
    assert.equal(sliderRiskLevel('stigma', 100), 0.9);
    assert.equal(sliderRiskLevel('poor-reach', 0), 1);
    assert.equal(sliderRiskLevel('stigma', 55), sliderResult(55).risks.find((r) => r.id === 'stigma')!.level);
    assert.equal(sliderRiskLevel('nope' as 'stigma', 50), 0);
  });
  it('each risk names its source: INCh, Van Lancker, or the tool for its own readings', () => {
    assert.deepEqual(SLIDER_RISKS.map((r) => [r.id, r.source, r.provenance]), [
      ['poor-reach', 'inch', 'finding'],
      ['matthew-effect', 'van-lancker-2014', 'finding'],
      ['stigma', 'inch', 'finding'],
      ['threshold-exclusion', 'samen', 'reading'],
      ['eroding-solidarity', 'samen', 'reading'],
      ['late-detection', 'samen', 'reading'],
    ]);
  });
  it('targeted help reaches families with more needs and with the most needs', () => {
    assert.deepEqual(SLIDER_STOPS.find((s) => s.id === 'targeted')!.reaches, ['families-with-more-needs', 'families-with-most-needs']);
  });
});

describe('slider: a position written as text', () => {
  it('decimals, exponents and signed infinities are read; anything around them is not', () => {
    const read = (text: string) => cleanSliderValue(text);
    assert.deepEqual([read('.55').value, read('1e1').value, read('-0.5e1').value], [0.55, 10, 0]);
    assert.deepEqual([read('+Infinity').value, read('-Infinity').value, read('Infinity').value], [100, 0, 100]);
    for (const text of ['xInfinity', 'Infinity1', '*5', '.x', '1e', 'e5'])
      assert.deepEqual(read(text).issues.map((i) => i.problem), ['invalid-value'], text);
  });
});

describe('slider: a portfolio entry without a value', () => {
  it('null or an empty string is a service the network did not place: dropped with an issue, not put at 50', () => {
    const { value, issues } = cleanServices([{ name: 'A', value: null }, { name: 'B', value: '' }, { name: 'C', value: 20 }]);
    assert.deepEqual(value, [{ name: 'C', value: 20 }]);
    assert.deepEqual(issues, [
      { path: 'services[0].value', problem: 'invalid-value', received: null },
      { path: 'services[1].value', problem: 'invalid-value', received: '' },
    ]);
  });
  it('a portfolio that is not a list is reported under "services"', () => {
    assert.deepEqual(cleanServices('A'), { value: [], issues: [{ path: 'services', problem: 'invalid-value', received: 'A' }] });
  });
});
