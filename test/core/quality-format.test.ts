/**
 * A saved result as it lies in a file: the format marker written out literally (a file
 * saved by an earlier release must still open, so the marker may never change), a team's
 * extended check keeping its being-known and trust parts, and where the warning for an
 * overlong label points.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseQualityDocument, qualityDocument, qualityQuestions } from '../../src/core/index.js';

const staffTrust = qualityQuestions('staff', true).filter((q) => q.dimension === 'trust').map((q) => q.id);

describe('quality check: a saved file', () => {
  it('opens a file saved by an earlier release, written out as it lies on disk', () => {
    const text = '{"format":"samen-quality-check","version":1,"audience":"family","extended":false,'
      + '"answers":{"family-availability-quick-help":4},"label":"Ouders, lente"}';
    const parsed = parseQualityDocument(text, 'ouders.json');
    assert.equal(parsed.usable, true, 'the file is read');
    assert.deepEqual(parsed.issues, []);
    assert.equal(parsed.value.scores.availability, 75);
    assert.equal(parsed.value.label, 'Ouders, lente');
  });
  it('writes the same marker into every export', () => {
    assert.equal(JSON.parse(JSON.stringify(qualityDocument({}, 'family'))).format, 'samen-quality-check');
  });
  it('keeps being known and trust in a team\'s extended check', () => {
    const doc = qualityDocument(Object.fromEntries(staffTrust.map((id) => [id, 5])), 'staff', true);
    assert.equal(doc.extended, true);
    assert.equal(doc.scores.trust, 100, 'the trust answers are scored');
    assert.deepEqual(Object.keys(doc.answers), staffTrust, 'and saved');
  });
  it('points the warning for an overlong label at the label', () => {
    const parsed = parseQualityDocument({ format: 'samen-quality-check', version: 1, audience: 'family', extended: false, label: 'x'.repeat(81) }, 'f.json');
    assert.deepEqual(parsed.issues.map((i) => [i.path, i.problem]), [['f.json.label', 'out-of-range']]);
  });
});
