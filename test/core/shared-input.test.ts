/**
 * The helpers every widget's input goes through (src/core/shared.ts) and the credit ids
 * every claim carries (src/core/provenance.ts). A changed check here changes what every
 * widget keeps of an attribute or what a credit line says.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isRecord, parseJson, PROVENANCES, SOURCE_IDS } from '../../src/core/index.js';
import { provenanceText, sourceNames } from '../../src/internal/provenance.js';

describe('shared: isRecord', () => {
  it('a plain object, also an empty one or one without a prototype, is a record', () => {
    for (const value of [{}, { a: 1 }, Object.create(null)]) assert.equal(isRecord(value), true);
  });
  it('null, a list, a string, a number, a function or nothing is not', () => {
    for (const value of [null, undefined, [], [1], 'a', '', 0, 1, true, () => ({})]) assert.equal(isRecord(value), false, String(value));
  });
});

describe('shared: parseJson (an attribute given as JSON)', () => {
  it('no attribute, an empty one or only spaces: nothing given, no issue', () => {
    for (const text of [null, '', '   ', '\n\t']) assert.deepEqual(parseJson(text, 'answers'), { value: undefined, issues: [] });
  });
  it('valid JSON is read as it is, spaces around it included', () => {
    assert.deepEqual(parseJson(' {"a":[1,2]} ', 'answers'), { value: { a: [1, 2] }, issues: [] });
    assert.deepEqual(parseJson('0', 'value'), { value: 0, issues: [] });
    assert.deepEqual(parseJson('null', 'value'), { value: null, issues: [] });
  });
  it('broken JSON gives nothing and one issue naming the attribute and the text', () => {
    assert.deepEqual(parseJson('{a:1', 'answers'), { value: undefined, issues: [{ path: 'answers', problem: 'not-json', received: '{a:1' }] });
  });
});

describe('shared: who a claim is credited to', () => {
  it('three provenances, strongest evidence first, each read differently', () => {
    assert.deepEqual(PROVENANCES, ['finding', 'example', 'reading']);
    const texts = PROVENANCES.map((p) => provenanceText(p, 'inch'));
    assert.equal(new Set(texts).size, 3);
    assert.match(texts[0], /^Research finding: the INCh/);
  });
  it('every source id has its name in a credit line, and no name lacks an id', () => {
    assert.deepEqual(Object.keys(sourceNames()), [...SOURCE_IDS]);
    assert.deepEqual(SOURCE_IDS, ['inch', 'kinderen-eerst', 'demos-2014', 'samen']);
  });
});
