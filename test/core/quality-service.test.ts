/**
 * The service name and the defaults of a saved or submitted result: the name shown in
 * the title and written into exports and links (spaces folded, cut at 120 characters
 * without a dangling space), and what a form submits when the host gives no `extended`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  QUALITY_FORMAT, QUALITY_SERVICE_MAX, cleanQualityService, parseQualityDocument, qualityDocument, qualityFormValue,
  qualityQuestions,
} from '../../src/core/index.js';

const [trust] = qualityQuestions('family', true).filter((q) => q.dimension === 'trust').map((q) => q.id);
const [availability] = qualityQuestions('family').map((q) => q.id);

describe('quality check: the service name', () => {
  it('folds runs of spaces, tabs and new lines into one space and trims the ends', () => {
    assert.deepEqual(cleanQualityService(' \tHuis van\n het   Kind  '), { value: 'Huis van het Kind', issues: [] });
  });
  it('keeps a name of exactly 120 characters whole and without an issue', () => {
    const name = 'n'.repeat(QUALITY_SERVICE_MAX);
    assert.deepEqual(cleanQualityService(name), { value: name, issues: [] });
  });
  it('cuts a longer name at 120 characters, without a space at the end, and says so', () => {
    const name = `${'a'.repeat(QUALITY_SERVICE_MAX - 1)} bcd`;
    const cleaned = cleanQualityService(name, 'service');
    assert.equal(cleaned.value, 'a'.repeat(QUALITY_SERVICE_MAX - 1), 'cut, and the space before the cut is trimmed');
    assert.deepEqual(cleaned.issues, [{ path: 'service', problem: 'out-of-range', received: name }]);
  });
  it('gives no name and no issue for null or nothing, and an issue for anything else', () => {
    assert.deepEqual(cleanQualityService(null), { value: '', issues: [] });
    assert.deepEqual(cleanQualityService(undefined), { value: '', issues: [] });
    assert.deepEqual(cleanQualityService(42), { value: '', issues: [{ path: 'service', problem: 'invalid-value', received: 42 }] });
  });
  it('reads a saved file whose service is null as one without a service, silently', () => {
    const parsed = parseQualityDocument({ format: QUALITY_FORMAT, version: 1, audience: 'family', extended: false, service: null });
    assert.equal('service' in parsed.value, false);
    assert.deepEqual(parsed.issues, []);
  });
  it('writes the cleaned name into an export and leaves a blank one out', () => {
    assert.equal(qualityDocument({}, 'family', false, { service: '  De   Linde ' }).service, 'De Linde');
    assert.equal('service' in qualityDocument({}, 'family', false, { service: '   ' }), false);
  });
});

describe('quality check: defaults of a saved or submitted result', () => {
  it('submits the five B\'s only when the host says nothing about the extension', () => {
    const value = JSON.parse(qualityFormValue({ [availability]: 5, [trust]: 1 }, 'family'));
    assert.equal(value.extended, false);
    assert.deepEqual(value.answers, { [availability]: 5 }, 'the trust answer was not shown, so it is not submitted');
    assert.equal('trust' in value.scores, false);
    assert.equal('service' in value, false, 'no service given: none written');
  });
  it('saves the five B\'s only when nothing says the extension is on', () => {
    const doc = qualityDocument({ [availability]: 5, [trust]: 1 }, 'family');
    assert.equal(doc.extended, false);
    assert.deepEqual(Object.keys(doc.scores), ['availability', 'reachability', 'affordability', 'usability', 'comprehensibility']);
  });
});

describe('quality check: the warning for each damaged part of a saved file', () => {
  it('names the part and what was wrong with it, so the page\'s developer can fix the file', () => {
    const parsed = parseQualityDocument({
      format: QUALITY_FORMAT, version: 1, audience: 'grandparent', extended: 1, label: 42, savedAt: 'soon', service: ['x'],
      answers: { [availability]: 3 },
    }, 'spring.json');
    assert.deepEqual(parsed.issues.map((i) => [i.path, i.problem, i.received]), [
      ['spring.json.audience', 'invalid-value', 'grandparent'],
      ['spring.json.extended', 'invalid-value', 1],
      ['spring.json.service', 'invalid-value', ['x']],
      ['spring.json.label', 'invalid-value', 42],
      ['spring.json.savedAt', 'invalid-value', 'soon'],
    ]);
    assert.equal(parsed.usable, true, 'the answers are still read');
    assert.deepEqual(parsed.value.answers, { [availability]: 3 });
  });
  it('names a score that disagrees with the answers, and one of a B that was not asked', () => {
    const withAnswers = parseQualityDocument({
      format: QUALITY_FORMAT, version: 1, audience: 'family', extended: false, answers: { [availability]: 3 }, scores: { availability: 90 },
    });
    assert.deepEqual(withAnswers.issues, [{ path: 'document.scores.availability', problem: 'invalid-value', received: 90 }]);
    const summary = parseQualityDocument({ format: QUALITY_FORMAT, version: 1, audience: 'family', extended: false, scores: { trust: 30 } });
    assert.deepEqual(summary.issues, [{ path: 'document.scores.trust', problem: 'invalid-value', received: 30 }]);
    assert.equal('trust' in summary.value.scores, false, 'a B that was not asked is not shown');
  });
  it('names a file that is not JSON, no object, another tool\'s or another version\'s', () => {
    assert.deepEqual(parseQualityDocument('{', 'a.json').issues, [{ path: 'a.json', problem: 'not-json', received: '{' }]);
    assert.deepEqual(parseQualityDocument([1], 'a.json').issues, [{ path: 'a.json', problem: 'not-an-object', received: [1] }]);
    assert.deepEqual(parseQualityDocument({ format: 'x' }, 'a.json').issues, [{ path: 'a.json.format', problem: 'invalid-value', received: 'x' }]);
    assert.deepEqual(parseQualityDocument({ format: QUALITY_FORMAT, version: 3 }, 'a.json').issues,
      [{ path: 'a.json.version', problem: 'invalid-value', received: 3 }]);
  });
});
