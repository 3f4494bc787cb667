/**
 * Saved results of the quality check, beyond quality.test.ts: what an export or the
 * device storage keeps (label, date, skipped questions), why a file is refused (the
 * comparison tells "saved by a newer version" apart from other files), and how a saved
 * file's parts are read back: stored scores, a missing audience or extension, a label,
 * a date and the skipped questions. Whatever is kept or lost here is what the user finds
 * again after a reload or sees in "Compare views".
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  QUALITY_FORMAT, QUALITY_LABEL_MAX, parseQualityDocument, qualityDocument, qualityQuestions,
  type QualityAudience, type QualityDimension,
} from '../../src/core/index.js';

/** The ids of one audience's questions of one B. */
const idsOf = (audience: QualityAudience, dimension: QualityDimension) =>
  qualityQuestions(audience, true).filter((q) => q.dimension === dimension).map((q) => q.id);
const [stA, stB] = idsOf('staff', 'availability');
const [faA, faB] = idsOf('family', 'availability');
const [faTrust] = idsOf('family', 'trust');
/** A saved document of this format with these fields. */
const saved = (fields: Record<string, unknown>) => ({ format: QUALITY_FORMAT, version: 1, ...fields });
/** The paths and kinds of the issues of a parse, in order. */
const problems = (parsed: { issues: { path: string; problem: string }[] }) => parsed.issues.map((i) => `${i.path} ${i.problem}`);

describe('saving a result', () => {
  it('leaves out a blank label and cuts a long one to fit the table header', () => {
    assert.equal('label' in qualityDocument({}, 'family', false, { label: '   ' }), false, 'a blank label is no label');
    const long = qualityDocument({}, 'family', false, { label: ` ${'L'.repeat(200)} ` }).label;
    assert.equal(long, 'L'.repeat(QUALITY_LABEL_MAX));
  });
  it('writes a date given as text as ISO 8601, and leaves out a date that is not one', () => {
    assert.equal(qualityDocument({}, 'family', false, { savedAt: '2025-03-01T10:00:00Z' }).savedAt, '2025-03-01T10:00:00.000Z');
    assert.equal('savedAt' in qualityDocument({}, 'family', false, { savedAt: 'yesterday' }), false);
    assert.equal('savedAt' in qualityDocument({}, 'family', false, { savedAt: new Date(Number.NaN) }), false);
  });
  it('reads an unknown audience as a family\'s, and only a real true as the extension', () => {
    const doc = qualityDocument({ [faTrust]: 4, [stA]: 2 }, 'parent' as QualityAudience, 'yes' as never);
    assert.equal(doc.audience, 'family');
    assert.equal(doc.extended, false);
    assert.deepEqual(doc.answers, {}, 'the trust answer is not shown without the extension, the staff one is not the family\'s');
  });
  it('drops answers that are not whole numbers 1..5 from an export', () => {
    const doc = qualityDocument({ [faA]: 4, [faB]: 9 } as never, 'family');
    assert.deepEqual(doc.answers, { [faA]: 4 });
    assert.equal(doc.scores.availability, 75, 'the score rests on the valid answer only');
  });
  it('keeps the skipped questions on the device, once each, never one that was answered', () => {
    const doc = qualityDocument({ [faA]: 4 }, 'family', false, { keepOtherAnswers: true, skipped: new Set([faB, faA, 'nope', stB]) });
    assert.deepEqual(doc.skipped, [faB, stB]);
    const twice = qualityDocument({}, 'family', false, { keepOtherAnswers: true, skipped: [faB, faB] });
    assert.deepEqual(twice.skipped, [faB]);
  });
  it('writes no skipped list in an export, nor an empty one', () => {
    assert.equal('skipped' in qualityDocument({}, 'family', false, { skipped: [faB] }), false, 'an export holds no skip marks');
    assert.equal('skipped' in qualityDocument({ [faA]: 4 }, 'family', false, { keepOtherAnswers: true, skipped: [faA] }), false);
  });
  it('gives back the skipped questions after a reload', () => {
    const doc = qualityDocument({ [faA]: 4 }, 'family', false, { keepOtherAnswers: true, skipped: [faB] });
    assert.deepEqual(parseQualityDocument(JSON.stringify(doc)), { value: doc, issues: [], usable: true });
  });
});

describe('reading a saved result: refusals', () => {
  it('tells a file of a newer version apart from one of an unknown version', () => {
    const refusal = (version: unknown) => parseQualityDocument(saved({ version })).refusal;
    assert.equal(refusal(2), 'newer-version');
    assert.equal(refusal(17), 'newer-version');
    for (const version of [0, -1, 1.5, '2', null, undefined]) assert.equal(refusal(version), 'unknown-version', `version ${String(version)}`);
  });
  it('says why nothing was read: empty, not JSON, not samen\'s', () => {
    assert.deepEqual(parseQualityDocument(undefined), { value: qualityDocument({}, 'family'), issues: [], usable: false, refusal: 'empty' });
    assert.equal(parseQualityDocument(null).refusal, 'empty');
    assert.equal(parseQualityDocument('  ').refusal, 'empty');
    assert.equal(parseQualityDocument('{oops').refusal, 'not-json');
    assert.equal(parseQualityDocument('null').refusal, 'not-samen', 'a file holding null is not nothing');
    assert.equal(parseQualityDocument(42).refusal, 'not-samen');
    assert.equal(parseQualityDocument({ format: 'samen-roles', version: 1 }).refusal, 'not-samen');
    assert.equal('refusal' in parseQualityDocument(saved({ audience: 'family', extended: false })), false, 'a usable file has no refusal');
  });
});

describe('reading a saved result: its parts', () => {
  it('keeps stored scores of 0, 100 and none without an issue', () => {
    const parsed = parseQualityDocument(saved({ audience: 'family', extended: false, scores: { availability: 0, reachability: 100, usability: null } }));
    assert.deepEqual(parsed.value.scores, { availability: 0, reachability: 100, affordability: null, usability: null, comprehensibility: null });
    assert.deepEqual(parsed.issues, []);
  });
  it('raises a negative stored score to 0 and drops one that is not a finite number', () => {
    const parsed = parseQualityDocument(saved({ audience: 'family', extended: false, scores: { availability: -5, reachability: Infinity, usability: '50' } }));
    assert.equal(parsed.value.scores.availability, 0);
    assert.equal(parsed.value.scores.reachability, null);
    assert.equal(parsed.value.scores.usability, null);
    assert.deepEqual(problems(parsed), ['document.scores.availability out-of-range', 'document.scores.reachability invalid-value', 'document.scores.usability invalid-value']);
  });
  it('accepts scores and answers given as null, and reports scores that are no object', () => {
    assert.deepEqual(parseQualityDocument(saved({ audience: 'family', extended: false, answers: null, scores: null })).issues, []);
    assert.deepEqual(problems(parseQualityDocument(saved({ audience: 'family', extended: false, scores: [10] }))), ['document.scores not-an-object']);
    assert.deepEqual(problems(parseQualityDocument(saved({ audience: 'family', extended: false, scores: { beauty: 10 } }))), ['document.scores.beauty unknown-id']);
  });
  it('counts a skipped answer given as undefined as skipped, not as wrong', () => {
    const parsed = parseQualityDocument(saved({ audience: 'family', extended: false, answers: { [faA]: undefined, [faB]: 2 } }));
    assert.deepEqual(parsed.value.answers, { [faB]: 2 });
    assert.deepEqual(parsed.issues, []);
  });
  it('turns the extension on for a summary with a trust score and no mark', () => {
    const parsed = parseQualityDocument(saved({ audience: 'family', scores: { availability: 40, trust: 70 } }));
    assert.equal(parsed.value.extended, true);
    assert.equal(parsed.value.scores.trust, 70, 'the trust score is shown, not dropped');
    assert.deepEqual(parsed.issues, []);
    assert.equal(parseQualityDocument(saved({ audience: 'family', scores: { awareness: 70 } })).value.extended, true, 'being known alone is enough');
  });
  it('leaves the extension off when nothing of it was answered or scored', () => {
    const parsed = parseQualityDocument(saved({ audience: 'family', answers: { [faA]: 4 }, scores: { availability: 75 } }));
    assert.equal(parsed.value.extended, false);
    assert.deepEqual(parsed.issues, []);
    assert.equal(parseQualityDocument(saved({ audience: 'family', answers: { [faA]: 4, [faTrust]: 2 } })).value.extended, true, 'one trust answer is enough');
  });
  it('reports an extension mark that is not true or false, and works it out instead', () => {
    const parsed = parseQualityDocument(saved({ audience: 'family', extended: 'yes', answers: { [faTrust]: 2 } }));
    assert.equal(parsed.value.extended, true);
    assert.deepEqual(problems(parsed), ['document.extended invalid-value']);
  });
  it('takes a document without an audience for a family\'s unless most answers are staff\'s', () => {
    const audience = (answers: Record<string, number>) => parseQualityDocument(saved({ answers })).value.audience;
    assert.equal(audience({}), 'family', 'no answers');
    assert.equal(audience({ [faA]: 3, [stA]: 3 }), 'family', 'a tie');
    assert.equal(audience({ [faA]: 3, [stA]: 3, [stB]: 3 }), 'staff', 'two staff answers against one');
    assert.equal(audience({ [faA]: 3, [faB]: 3, [stA]: 3 }), 'family');
  });
  it('keeps a label of exactly the longest length, and drops a blank one, without an issue', () => {
    const exact = parseQualityDocument(saved({ audience: 'family', extended: false, label: 'x'.repeat(QUALITY_LABEL_MAX) }));
    assert.equal(exact.value.label, 'x'.repeat(QUALITY_LABEL_MAX));
    assert.deepEqual(exact.issues, []);
    const blank = parseQualityDocument(saved({ audience: 'family', extended: false, label: '   ' }));
    assert.equal('label' in blank.value, false);
    assert.deepEqual(blank.issues, []);
  });
  it('keeps a saved date only when it is a date written as text', () => {
    assert.equal(parseQualityDocument(saved({ audience: 'family', extended: false, savedAt: '2025-03-01' })).value.savedAt, '2025-03-01');
    const number = parseQualityDocument(saved({ audience: 'family', extended: false, savedAt: 2025 }));
    assert.equal('savedAt' in number.value, false, 'a number is not a saved date');
    assert.deepEqual(problems(number), ['document.savedAt invalid-value']);
  });
  it('reads the service of a saved file, folded, and reports one that is not text', () => {
    assert.equal(parseQualityDocument(saved({ audience: 'family', extended: false, service: ' De   Linde ' })).value.service, 'De Linde');
    const wrong = parseQualityDocument(saved({ audience: 'family', extended: false, service: 7 }));
    assert.equal('service' in wrong.value, false);
    assert.deepEqual(problems(wrong), ['document.service invalid-value']);
  });
  it('reads back skipped questions once each, without answered or unknown ones', () => {
    const parsed = parseQualityDocument(saved({ audience: 'family', extended: false, answers: { [faA]: 4 }, skipped: [faB, faB, faA, 'nope', 5] }));
    assert.deepEqual(parsed.value.skipped, [faB]);
    assert.deepEqual(parsed.issues.map((i) => [i.path, i.problem, i.received]), [
      ['document.skipped', 'unknown-id', 'nope'], ['document.skipped', 'unknown-id', 5],
    ]);
  });
  it('drops a skipped list that is no list, or holds nothing to keep', () => {
    const wrong = parseQualityDocument(saved({ audience: 'family', extended: false, skipped: faB }));
    assert.equal('skipped' in wrong.value, false);
    assert.deepEqual(problems(wrong), ['document.skipped not-an-object']);
    const empty = parseQualityDocument(saved({ audience: 'family', extended: false, answers: { [faA]: 4 }, skipped: [faA] }));
    assert.equal('skipped' in empty.value, false, 'only answered questions: no list');
    assert.deepEqual(empty.issues, []);
  });
});
