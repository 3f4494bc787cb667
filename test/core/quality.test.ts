import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  QUALITY_DIMENSIONS, QUALITY_CORE_DIMENSIONS, QUALITY_QUESTIONS, QUALITY_IDEAS, QUALITY_FORMAT, QUALITY_LABEL_MAX,
  qualityQuestions, qualityIdeas, cleanQualityAnswers, qualityResult, qualityWeakest, qualityCoverage,
  qualityFormValue, qualityDocument, qualityBand, parseQualityDocument, compareQualityResults,
  type QualityAnswers, type QualityAudience, type QualityDimension, type QualityComparable,
} from '../../src/core/index.js';
import { Kept, hostile, keyedBy } from './arbitraries.js';
import { QUALITY_LINK_MAX, decodeQualityLink, encodeQualityLink } from '../../src/core/quality/link.js';
import { toBase64Url } from '../../src/core/dilemmas/base64url.js';

/** Ids of the questions an audience sees for one dimension. */
const idsOf = (audience: QualityAudience, dimension: QualityDimension, extended = true) =>
  qualityQuestions(audience, extended).filter((q) => q.dimension === dimension).map((q) => q.id);

/** Answers all shown questions of one dimension with the same value. */
const answerAll = (audience: QualityAudience, dimension: QualityDimension, value: number): QualityAnswers =>
  Object.fromEntries(idsOf(audience, dimension).map((id) => [id, value]));

const audienceArb = fc.constantFrom<QualityAudience>('family', 'staff');
/** Any subset of the bank answered with valid values, both audiences mixed. */
const answersArb: fc.Arbitrary<QualityAnswers> = fc.record(
  Object.fromEntries(QUALITY_QUESTIONS.map((q) => [q.id, fc.integer({ min: 1, max: 5 })])),
  { requiredKeys: [] },
) as fc.Arbitrary<QualityAnswers>;
const scoresArb = fc.dictionary(
  fc.constantFrom(...QUALITY_DIMENSIONS),
  fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
) as fc.Arbitrary<Partial<Record<QualityDimension, number | null>>>;

describe('quality check: question bank', () => {
  it('asks a family at least one question per B and staff at least two', () => {
    for (const d of QUALITY_DIMENSIONS) {
      assert.ok(idsOf('family', d).length >= 1, `family ${d}`);
      assert.ok(idsOf('staff', d).length >= 2, `staff ${d}`);
    }
  });
  it('shows the five B\'s in order, and being known and trust only when extended', () => {
    for (const audience of ['family', 'staff'] as const) {
      const plain = [...new Set(qualityQuestions(audience).map((q) => q.dimension))];
      assert.deepEqual(plain, ['availability', 'reachability', 'affordability', 'usability', 'comprehensibility']);
      const extended = [...new Set(qualityQuestions(audience, true).map((q) => q.dimension))];
      assert.deepEqual(extended, [...plain, 'awareness', 'trust']);
    }
  });
  it('gives each audience only its own questions, with unique readable ids', () => {
    const ids = QUALITY_QUESTIONS.map((q) => q.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const q of QUALITY_QUESTIONS) assert.match(q.id, new RegExp(`^${q.audience}-${q.dimension}-[a-z]+(-[a-z]+)*$`));
    assert.ok(qualityQuestions('family', true).every((q) => q.id.startsWith('family-')));
    assert.ok(qualityQuestions('staff', true).every((q) => q.id.startsWith('staff-')));
  });
  it('asks staff about waiting lists, hours, transport, hidden costs, reading level and who they miss', () => {
    for (const id of ['staff-availability-waiting-list', 'staff-reachability-opening-hours', 'staff-reachability-distance-transport',
      'staff-affordability-hidden-costs', 'staff-comprehensibility-plain-language', 'staff-usability-who-we-miss'])
      assert.ok(QUALITY_QUESTIONS.some((q) => q.id === id), id);
  });
  it('has improvement ideas for every B, from DOMAIN.md', () => {
    for (const d of QUALITY_DIMENSIONS) assert.ok(qualityIdeas(d).length >= 1, d);
    const find = (id: string) => QUALITY_IDEAS.find((i) => i.id === id)!;
    assert.ok(find('discount-systems').dimensions.includes('affordability'));
    assert.ok(find('mini-rights-check').dimensions.includes('comprehensibility'));
    assert.ok(find('bridge-figure').dimensions.includes('reachability'));
    assert.ok(find('named-contact-person').dimensions.includes('trust'));
    assert.ok(find('named-contact-person').caveat, 'the seeds name the drawback of one contact person');
  });
  it('lists the ideas best known for a B before those that also help it', () => {
    const ideas = qualityIdeas('usability').map((i) => i.id);
    assert.ok(ideas.includes('named-contact-person'));
    const own = ideas.map((id) => QUALITY_IDEAS.find((i) => i.id === id)!.dimensions[0] === 'usability');
    assert.deepEqual(own, [...own].sort((x, y) => Number(y) - Number(x)), 'own ideas first');
    assert.ok(own[0] && own.includes(false), 'both kinds present, so the order is tested');
  });
});

describe('quality check: cleaning answers', () => {
  it('keeps whole numbers 1..5 and drops everything else with the right issue', () => {
    const q = 'family-availability-quick-help';
    const { value, issues } = cleanQualityAnswers({
      [q]: 4, 'family-reachability-suitable-times': 0, 'family-affordability-could-pay': 6,
      'family-usability-helped': 2.5, 'family-usability-fits-family': '3', 'family-trust-felt-welcome': Number.NaN,
      'nope': 3, 'family-awareness-heard-about': null,
    });
    assert.deepEqual(value, { [q]: 4 });
    assert.deepEqual(issues.map((i) => [i.path, i.problem]), [
      ['answers.family-reachability-suitable-times', 'out-of-range'],
      ['answers.family-affordability-could-pay', 'out-of-range'],
      ['answers.family-usability-helped', 'invalid-value'],
      ['answers.family-usability-fits-family', 'invalid-value'],
      ['answers.family-trust-felt-welcome', 'invalid-value'],
      ['answers.nope', 'unknown-id'],
    ]);
  });
  it('keeps the other audience\'s answers, so switching audience loses nothing', () => {
    const answers = { 'family-availability-quick-help': 2, 'staff-availability-waiting-list': 5 };
    assert.deepEqual(cleanQualityAnswers(answers), { value: answers, issues: [] });
  });
  it('reports a non-object and accepts nothing given', () => {
    assert.deepEqual(cleanQualityAnswers([1, 2]).issues[0].problem, 'not-an-object');
    assert.deepEqual(cleanQualityAnswers('x').value, {});
    assert.deepEqual(cleanQualityAnswers(undefined), { value: {}, issues: [] });
  });
  it('never throws, and keeps only valid answers to known questions, every one of them', () => {
    const kept = new Kept();
    const ids = QUALITY_QUESTIONS.map((q) => q.id);
    const nearlyValid = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -2, max: 8 }), fc.double(), fc.constantFrom('3', 2.5, null, 4n));
    fc.assert(fc.property(fc.oneof(hostile, keyedBy(ids, nearlyValid), keyedBy(ids, nearlyValid)), (input) => {
      const { value } = cleanQualityAnswers(input);
      if (Object.keys(value).length) kept.hit();
      for (const [id, v] of Object.entries(value)) {
        assert.ok(ids.includes(id));
        assert.ok(Number.isInteger(v) && v >= 1 && v <= 5);
      }
      if (input && typeof input === 'object' && !Array.isArray(input)) {
        for (const [id, v] of Object.entries(input)) {
          if (ids.includes(id) && Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5) assert.equal(value[id], v, `valid ${id} kept`);
        }
      }
    }), { numRuns: 200 });
    assert.ok(kept.count > 20, `runs that had kept answers to check (${kept.count})`);
  });
});

describe('quality check: scores', () => {
  it('maps the mean answer to 0..100: 1 -> 0, 3 -> 50, 5 -> 100', () => {
    assert.equal(qualityResult(answerAll('family', 'availability', 1), 'family').scores.availability, 0);
    assert.equal(qualityResult(answerAll('family', 'availability', 3), 'family').scores.availability, 50);
    assert.equal(qualityResult(answerAll('family', 'availability', 5), 'family').scores.availability, 100);
    const [a, b] = idsOf('family', 'reachability');
    assert.equal(qualityResult({ [a]: 2, [b]: 5 }, 'family').scores.reachability, 63, 'mean 3.5 -> 62.5, rounded');
  });
  it('scores nothing while nothing is answered, and shows only the five B\'s unless extended', () => {
    const r = qualityResult({}, 'family');
    assert.deepEqual(r.scores, { availability: null, reachability: null, affordability: null, usability: null, comprehensibility: null });
    assert.deepEqual(r.weakest, []);
    assert.deepEqual(Object.keys(qualityResult({}, 'staff', true).scores), [...QUALITY_DIMENSIONS]);
  });
  it('does not count a skipped question as low: one answer of 5 and three skipped is 100', () => {
    const [first] = idsOf('staff', 'affordability');
    assert.equal(qualityResult({ [first]: 5 }, 'staff').scores.affordability, 100);
  });
  it('counts only the current audience\'s answers', () => {
    const answers = { ...answerAll('family', 'usability', 1), ...answerAll('staff', 'usability', 5) };
    assert.equal(qualityResult(answers, 'family').scores.usability, 0);
    assert.equal(qualityResult(answers, 'staff').scores.usability, 100);
  });
  it('counts being known and trust only when extended', () => {
    const answers = answerAll('family', 'trust', 2);
    assert.equal('trust' in qualityResult(answers, 'family').scores, false);
    assert.equal(qualityResult(answers, 'family', true).scores.trust, 25);
    assert.deepEqual(qualityResult(answers, 'family', true).weakest, ['trust']);
  });
  it('lists the weakest first, ties in the order availability, reachability, ...', () => {
    const answers = {
      ...answerAll('family', 'comprehensibility', 2), ...answerAll('family', 'reachability', 4),
      ...answerAll('family', 'availability', 4), ...answerAll('family', 'affordability', 1),
    };
    assert.deepEqual(qualityResult(answers, 'family').weakest, ['affordability', 'comprehensibility', 'availability', 'reachability']);
    assert.deepEqual(qualityWeakest({ trust: 10, availability: 10, usability: null, reachability: 5 }), ['reachability', 'availability', 'trust']);
  });
  it('puts scores into words at the answer steps', () => {
    assert.deepEqual([0, 25, 39, 40, 50, 69, 70, 75, 100].map(qualityBand),
      ['attention', 'attention', 'attention', 'partly', 'partly', 'partly', 'good', 'good', 'good']);
  });
  it('says how many questions each score rests on', () => {
    const [first] = idsOf('staff', 'availability');
    const coverage = qualityCoverage({ [first]: 3 }, 'staff');
    assert.deepEqual(coverage[0], { dimension: 'availability', answered: 1, asked: idsOf('staff', 'availability').length });
    assert.equal(coverage.length, QUALITY_CORE_DIMENSIONS.length);
  });
});

describe('quality check: score properties', () => {
  it('every score is a whole number in 0..100 or null, for any input', () => {
    fc.assert(fc.property(fc.oneof(answersArb, fc.anything() as fc.Arbitrary<QualityAnswers>), audienceArb, fc.boolean(), (answers, audience, extended) => {
      const { scores, weakest } = qualityResult(answers, audience, extended);
      for (const s of Object.values(scores)) assert.ok(s === null || (Number.isInteger(s) && s >= 0 && s <= 100));
      assert.deepEqual([...weakest].sort(), Object.keys(scores).filter((d) => scores[d as QualityDimension] !== null).sort());
    }));
  });
  it('skipping a question never gives a lower score than answering it with the lowest value', () => {
    fc.assert(fc.property(answersArb, audienceArb, fc.boolean(), fc.constantFrom(...QUALITY_QUESTIONS), (answers, audience, extended, q) => {
      const skipped = { ...answers };
      delete skipped[q.id];
      const low = qualityResult({ ...answers, [q.id]: 1 }, audience, extended).scores[q.dimension];
      const skip = qualityResult(skipped, audience, extended).scores[q.dimension];
      if (skip !== null && skip !== undefined && low !== null && low !== undefined) assert.ok(skip >= low);
    }));
  });
  it('a dimension whose every answer is 5 scores 100, however many are skipped', () => {
    fc.assert(fc.property(audienceArb, fc.constantFrom(...QUALITY_DIMENSIONS), fc.integer({ min: 1, max: 4 }), (audience, d, keep) => {
      const ids = idsOf(audience, d).slice(0, keep);
      assert.equal(qualityResult(Object.fromEntries(ids.map((id) => [id, 5])), audience, true).scores[d], 100);
    }));
  });
  it('raising one answer never lowers its dimension\'s score', () => {
    fc.assert(fc.property(answersArb, audienceArb, fc.constantFrom(...QUALITY_QUESTIONS), fc.integer({ min: 1, max: 4 }), (answers, audience, q, v) => {
      const lower = qualityResult({ ...answers, [q.id]: v }, audience, true).scores[q.dimension];
      const higher = qualityResult({ ...answers, [q.id]: v + 1 }, audience, true).scores[q.dimension];
      if (lower != null && higher != null) assert.ok(higher >= lower);
    }));
  });
  it('weakest is ordered low to high, equal scores in the canonical order', () => {
    fc.assert(fc.property(scoresArb, (scores) => {
      const weakest = qualityWeakest(scores);
      for (let i = 1; i < weakest.length; i++) {
        const [a, b] = [scores[weakest[i - 1]]!, scores[weakest[i]]!];
        assert.ok(a < b || (a === b && QUALITY_DIMENSIONS.indexOf(weakest[i - 1]) < QUALITY_DIMENSIONS.indexOf(weakest[i])));
      }
    }));
  });
});

describe('quality check: comparing perspectives', () => {
  const family: QualityComparable = { label: 'Parents', audience: 'family', scores: { availability: 20, reachability: 50, affordability: 10, usability: 80, comprehensibility: null } };
  const staff: QualityComparable = { label: 'Team', audience: 'staff', scores: { availability: 90, reachability: 55, affordability: 70, usability: 80, comprehensibility: 60 } };

  it('shows the biggest disagreement first and who sees it lower', () => {
    const rows = compareQualityResults([family, staff]);
    assert.deepEqual(rows.map((r) => [r.dimension, r.spread]), [
      ['availability', 70], ['affordability', 60], ['reachability', 5], ['usability', 0], ['comprehensibility', null],
    ]);
    assert.deepEqual(rows[0].scores, [20, 90]);
    assert.deepEqual([rows[0].lowest, rows[0].highest], [[0], [1]]);
    assert.deepEqual([rows[3].lowest, rows[3].highest], [[0, 1], [0, 1]], 'agreement: both lowest and highest');
  });
  it('keeps equal spreads in the canonical order and one view alone has no spread', () => {
    const rows = compareQualityResults([
      { audience: 'family', scores: { trust: 0, usability: 50, availability: 40 } },
      { audience: 'staff', scores: { trust: 10, usability: 60, availability: 50, awareness: 90 } },
    ]);
    assert.deepEqual(rows.map((r) => r.dimension), ['availability', 'usability', 'trust', 'awareness']);
    assert.equal(rows[3].spread, null);
    assert.deepEqual(rows[3].scores, [null, 90]);
  });
  it('compares nothing without input, and ignores garbage entries', () => {
    assert.deepEqual(compareQualityResults([]), []);
    assert.deepEqual(compareQualityResults(null as never), []);
    const rows = compareQualityResults([{ audience: 'family', scores: { usability: 'x' as never } }, 5 as never]);
    assert.deepEqual(rows, [{ dimension: 'usability', scores: [null], spread: null, lowest: [], highest: [] }]);
  });
  it('orders rows by spread, biggest first, and each spread is max - min', () => {
    fc.assert(fc.property(fc.array(fc.record({ audience: audienceArb, scores: scoresArb }), { maxLength: 6 }), (results) => {
      const rows = compareQualityResults(results);
      const key = (s: number | null) => (s === null ? -1 : s);
      for (let i = 1; i < rows.length; i++) {
        assert.ok(key(rows[i - 1].spread) >= key(rows[i].spread));
        if (key(rows[i - 1].spread) === key(rows[i].spread))
          assert.ok(QUALITY_DIMENSIONS.indexOf(rows[i - 1].dimension) < QUALITY_DIMENSIONS.indexOf(rows[i].dimension));
      }
      for (const row of rows) {
        const given = row.scores.filter((s): s is number => s !== null);
        assert.equal(row.spread, given.length < 2 ? null : Math.max(...given) - Math.min(...given));
      }
    }));
  });
});

describe('quality check: saved results', () => {
  const answers = { ...answerAll('staff', 'availability', 2), ...answerAll('staff', 'trust', 5) };

  it('round-trips through JSON with its label and date, without issues', () => {
    const doc = qualityDocument(answers, 'staff', true, { label: ' Team OCMW ', savedAt: new Date('2025-03-01T10:00:00Z') });
    assert.equal(doc.format, QUALITY_FORMAT);
    assert.equal(doc.label, 'Team OCMW');
    assert.equal(doc.savedAt, '2025-03-01T10:00:00.000Z');
    assert.equal(doc.scores.availability, 25);
    assert.deepEqual(parseQualityDocument(JSON.stringify(doc)), { value: doc, issues: [], usable: true });
  });
  it('exports only the shown answers unless asked to keep the others', () => {
    const mixed = { ...answers, 'family-availability-quick-help': 1 };
    assert.equal('family-availability-quick-help' in qualityDocument(mixed, 'staff', true).answers, false);
    assert.equal(qualityDocument(mixed, 'staff', true, { keepOtherAnswers: true }).answers['family-availability-quick-help'], 1);
  });
  it('discards what is not a saved result, with a reason', () => {
    for (const [text, path, problem] of [
      ['{oops', 'document', 'not-json'],
      ['null', 'document', 'not-an-object'],
      ['[1,2]', 'document', 'not-an-object'],
      ['{"format":"other","version":1}', 'document.format', 'invalid-value'],
      [`{"format":"${QUALITY_FORMAT}","version":2}`, 'document.version', 'invalid-value'],
    ]) {
      const parsed = parseQualityDocument(text);
      assert.equal(parsed.usable, false, text);
      assert.deepEqual(parsed.issues.map((i) => [i.path, i.problem]), [[path, problem]], text);
      assert.deepEqual(parsed.value.answers, {});
      assert.equal(parsed.value.audience, 'family');
    }
  });
  it('treats nothing stored as nothing, not as an error', () => {
    assert.deepEqual(parseQualityDocument('').issues, []);
    assert.equal(parseQualityDocument(null).usable, false);
  });
  it('keeps a damaged result usable, dropping the bad parts with issues', () => {
    const parsed = parseQualityDocument({
      format: QUALITY_FORMAT, version: 1, audience: 'staff', extended: true,
      answers: { ...answers, 'staff-usability-fits-needs': 9, bogus: 3 },
      scores: { availability: 99, trust: 100 }, label: 42, savedAt: 'yesterday',
    }, 'team.json');
    assert.equal(parsed.usable, true);
    assert.deepEqual(parsed.value.answers, answers);
    assert.equal(parsed.value.scores.availability, 25, 'the answers win over a tampered score');
    assert.equal('label' in parsed.value || 'savedAt' in parsed.value, false);
    assert.deepEqual(parsed.issues.map((i) => i.path).sort(), [
      'team.json.answers.bogus', 'team.json.answers.staff-usability-fits-needs', 'team.json.label', 'team.json.savedAt', 'team.json.scores.availability',
    ]);
  });
  it('reads a summary with scores only, clamping scores outside 0..100', () => {
    const parsed = parseQualityDocument({ format: QUALITY_FORMAT, version: 1, audience: 'family', extended: false, answers: {}, scores: { availability: 40.5, usability: 120, trust: 3 } });
    assert.deepEqual(parsed.value.scores, { availability: 40.5, reachability: null, affordability: null, usability: 100, comprehensibility: null });
    assert.deepEqual(parsed.issues.map((i) => [i.path, i.problem]), [['document.scores.usability', 'out-of-range'], ['document.scores.trust', 'invalid-value']]);
  });
  it('works out a missing audience and extension from the answers', () => {
    const parsed = parseQualityDocument({ format: QUALITY_FORMAT, version: 1, answers });
    assert.equal(parsed.value.audience, 'staff');
    assert.equal(parsed.value.extended, true);
    assert.equal(parsed.value.scores.trust, 100);
    assert.deepEqual(parsed.issues.map((i) => i.path), ['document.audience']);
  });
  it('cuts an overlong label to fit', () => {
    const parsed = parseQualityDocument({ format: QUALITY_FORMAT, version: 1, audience: 'family', extended: false, answers: {}, label: 'x'.repeat(200) });
    assert.equal(parsed.value.label?.length, QUALITY_LABEL_MAX);
    assert.equal(parsed.issues[0].problem, 'out-of-range');
  });
  it('never throws and always returns a well-formed document, for any text or value', () => {
    const docArb = fc.record({
      format: fc.constantFrom(QUALITY_FORMAT, 'x'), version: fc.constantFrom(1, 2, '1'), audience: fc.anything(),
      extended: fc.anything(), answers: fc.oneof(answersArb, fc.anything()), scores: fc.oneof(scoresArb, fc.anything()),
      label: fc.anything(), savedAt: fc.oneof(fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())), fc.anything()),
    }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.anything(), docArb, docArb.map((d) => JSON.stringify(d))), (input) => {
      const { value, issues, usable } = parseQualityDocument(input);
      assert.ok(Array.isArray(issues));
      assert.equal(typeof usable, 'boolean');
      assert.ok(value.audience === 'family' || value.audience === 'staff');
      assert.equal(typeof value.extended, 'boolean');
      for (const s of Object.values(value.scores)) assert.ok(s === null || (typeof s === 'number' && s >= 0 && s <= 100));
      for (const a of Object.values(value.answers)) assert.ok(Number.isInteger(a) && a >= 1 && a <= 5);
    }), { numRuns: 500 });
  });
  it('reads back every document it writes', () => {
    fc.assert(fc.property(answersArb, audienceArb, fc.boolean(), fc.boolean(), (a, audience, extended, keep) => {
      const doc = qualityDocument(a, audience, extended, { keepOtherAnswers: keep });
      assert.deepEqual(parseQualityDocument(JSON.stringify(doc)), { value: doc, issues: [], usable: true });
    }));
  });
});

describe('quality check: form value', () => {
  it('submits the saved document\'s shape: format, version, audience, extended, service, the shown answers and the scores', () => {
    const answers = { ...answerAll('family', 'affordability', 4), 'staff-availability-waiting-list': 1 };
    const value = JSON.parse(qualityFormValue(answers, 'family', false, ' De  Linde '));
    assert.deepEqual(Object.keys(value), ['format', 'version', 'audience', 'extended', 'service', 'answers', 'scores']);
    assert.equal(value.service, 'De Linde');
    assert.deepEqual(parseQualityDocument(value).value, value, 'one import reads a form value and a saved file');
    assert.equal(value.audience, 'family');
    assert.deepEqual(value.answers, answerAll('family', 'affordability', 4));
    assert.deepEqual(value.scores, qualityResult(answers, 'family').scores);
    assert.equal(value.scores.affordability, 75);
  });
});

describe('the staff link code (issue 10)', () => {
  const staff = qualityQuestions('staff', true).map((q) => q.id);
  const state = { answers: { [staff[0]]: 2, [staff[5]]: 5, [staff[20]]: 1 }, extended: true, service: 'Consultatiebureau De Linde' };

  it('round-trips the staff answers, extended and the service', () => {
    const read = decodeQualityLink(encodeQualityLink(state));
    assert.deepEqual(read, { ok: true, value: state, partly: false });
  });

  it('never carries a family answer', () => {
    const code = encodeQualityLink({ ...state, answers: { ...state.answers, 'family-affordability-could-pay': 1 } });
    assert.equal(code, encodeQualityLink(state));
    const read = decodeQualityLink(code);
    assert.ok(read.ok && !('family-affordability-could-pay' in read.value.answers));
  });

  it('stays short: every staff answer and a 120-character name fit a QR code', () => {
    const all = Object.fromEntries(staff.map((id) => [id, 3]));
    const code = encodeQualityLink({ answers: all, extended: true, service: 'x'.repeat(120) });
    assert.ok(code.length < 300, `${code.length} characters`);
  });

  it('refuses what is not one of its codes, with the reason, and never throws', () => {
    const json = (value: unknown) => toBase64Url(JSON.stringify(value));
    assert.deepEqual(decodeQualityLink('%%%'), { ok: false, reason: 'damaged' });
    assert.deepEqual(decodeQualityLink(json({ f: 'roles', v: 1, a: {} })), { ok: false, reason: 'not-ours' });
    assert.deepEqual(decodeQualityLink(json([1, 2])), { ok: false, reason: 'not-ours' });
    assert.deepEqual(decodeQualityLink(json({ f: 'quality', v: 2, a: '0'.repeat(staff.length) })), { ok: false, reason: 'not-ours' });
    assert.deepEqual(decodeQualityLink(json({ f: 'quality', v: 1, a: '12345' })), { ok: false, reason: 'other-questions' });
    assert.deepEqual(decodeQualityLink('A'.repeat(QUALITY_LINK_MAX + 1)), { ok: false, reason: 'too-large' });
    fc.assert(fc.property(fc.string(), (code) => { decodeQualityLink(code); }));
  });

  it('keeps the good part of a partly damaged code of its own', () => {
    const read = decodeQualityLink(toBase64Url(JSON.stringify({ f: 'quality', v: 1, a: `9${'0'.repeat(staff.length - 2)}4`, s: 42 })));
    assert.deepEqual(read, { ok: true, value: { answers: { [staff[staff.length - 1]]: 4 }, extended: false, service: '' }, partly: true });
  });
});
